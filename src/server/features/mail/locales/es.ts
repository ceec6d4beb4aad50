import type { MailStrings } from './en.ts';

export const es: MailStrings = {
  footer:
    'Trellis — mentoría entre pares basada en la confianza. Recibes este mensaje porque alguien usó tu dirección en Trellis.',
  invitation: {
    subject: 'Te invitan a {{where}} en Trellis',
    body: '{{inviter}} te ha invitado a unirte a {{where}} como {{role}}.\n\nAcepta la invitación aquí (el enlace sirve una sola vez y caduca el {{expires}}):\n{{url}}',
  },
  resetPassword: {
    subject: 'Restablece tu contraseña de Trellis',
    body: 'Alguien pidió restablecer la contraseña de tu cuenta de Trellis. Si fuiste tú, elige una nueva aquí (el enlace caduca en una hora):\n{{url}}\n\nSi no fuiste tú, ignora este mensaje: tu contraseña no cambia.',
  },
  verifyEmail: {
    subject: 'Confirma tu correo electrónico para Trellis',
    body: 'Confirma que esta es tu dirección de correo:\n{{url}}',
  },
  guardianConsent: {
    subject: '{{child}} quiere participar en {{program}}: necesitamos tu consentimiento',
    body: '{{child}} ha solicitado participar en {{program}}, un programa de mentoría entre pares de {{organization}} en Trellis. Como {{child}} tiene menos de {{age}} años, solo puede participar si su madre, padre o tutor/a lo autoriza.\n\nLee en qué consiste el programa, qué datos guardamos y cómo los protegemos, y da tu consentimiento aquí (el enlace sirve una sola vez y caduca el {{expires}}):\n{{url}}\n\nSi no conoces a {{child}} o no esperabas este mensaje, ignóralo.',
  },
  guardianPage: {
    about:
      'La mentoría entre pares une a una persona joven con alguien que ha recorrido un camino parecido. Se reúnen con regularidad, se fijan metas juntos y hablan de lo que les importa, con una persona coordinadora del programa que acompaña cada pareja.',
    dataKept: [
      'Su nombre, el correo electrónico o nombre de usuario con el que entra y los idiomas que habla.',
      'Su fecha de nacimiento, su zona horaria y los momentos de la semana en que puede reunirse.',
      'Sus intereses y metas, para encontrarle un buen mentor o mentora.',
      'Las experiencias que decida compartir (por ejemplo, haber cambiado de país o cuidar de alguien). Se guardan cifradas y cada una solo se usa o se muestra como la persona consienta.',
      'Las reuniones previstas y si se celebraron. Los mensajes y notas entre mentor y mentoreado quedan entre ellos.',
    ],
    guardianSees:
      'Como tutor/a verás el programa, la situación de tu hijo o hija, el calendario de reuniones y si tiene pareja de mentoría, pero no lo que hablan en privado.',
  },
  matchProposed: {
    subject: 'Te proponemos una pareja de mentoría en {{program}}',
    body: 'Hola {{name}}:\n\n{{program}} te propone a {{other}} como {{otherRole}}. Lee por qué os emparejamos y el acuerdo de confidencialidad para esta pareja, y acepta o rechaza aquí:\n{{url}}\n\nLa mentoría empieza cuando los dos hayáis aceptado.',
  },
  mentorRequested: {
    subject: '{{other}} quiere que seas su mentor o mentora en {{program}}',
    body: 'Hola {{name}}:\n\n{{other}} te ha pedido que seas su mentor o mentora en {{program}}. Acepta (con el acuerdo de confidencialidad para esta pareja) o rechaza indicando el motivo aquí:\n{{url}}',
  },
  matchActive: {
    subject: 'Tu mentoría con {{other}} ha empezado',
    body: 'Hola {{name}}:\n\n{{other}} y tú habéis aceptado: vuestra mentoría en {{program}} está activa. Acordad aquí cuándo y con qué frecuencia os veréis:\n{{url}}',
  },
  meetingScheduled: {
    subject: '{{other}} ha programado una reunión contigo',
    body: 'Hola {{name}}:\n\n{{other}} ha programado una reunión de mentoría contigo en {{program}}: {{when}}.\n\nConsulta tu calendario aquí:\n{{url}}',
  },
  meetingRescheduled: {
    subject: '{{other}} ha cambiado tu reunión',
    body: 'Hola {{name}}:\n\n{{other}} ha cambiado tu reunión en {{program}} a {{when}}. Motivo: {{reason}}\n\nConsulta tu calendario aquí:\n{{url}}',
  },
  meetingCancelled: {
    subject: '{{other}} ha cancelado tu reunión',
    body: 'Hola {{name}}:\n\n{{other}} ha cancelado tu reunión en {{program}} del {{when}}. Motivo: {{reason}}\n\nPropón otra hora aquí:\n{{url}}',
  },
  meetingProposed: {
    subject: '{{other}} ha propuesto una hora para reuniros',
    body: 'Hola {{name}}:\n\n{{other}} ha propuesto {{when}} para una reunión en {{program}}. Motivo: {{reason}}\n\nAcepta o rechaza aquí:\n{{url}}',
  },
  proposalAnswered: {
    subject: '{{other}} ha respondido a la hora que propusiste',
    body: 'Hola {{name}}:\n\n{{other}} ha {{answer}} la hora que propusiste ({{when}}) en {{program}}. Motivo: {{reason}}\n\nConsulta tu calendario aquí:\n{{url}}',
  },
  proposalAnswers: { accepted: 'aceptado', declined: 'rechazado' },
  matchDeclined: {
    subject: 'Tu mentoría con {{other}} no seguirá adelante',
    body: 'Hola {{name}}:\n\n{{other}} ha rechazado la propuesta en {{program}}. Motivo: {{reason}}\n\nTu coordinador o coordinadora te ayudará a encontrar otra pareja.\n{{url}}',
  },
  meetingReminder: {
    subject: 'Recordatorio: reunión con {{other}} el {{when}}',
    body: 'Hola {{name}}:\n\nTe reúnes con {{other}} ({{program}}) el {{when}}.{{where}}\n\nConsulta tu calendario, o cambia la reunión si no puedes asistir:\n{{url}}\n\nEn tu configuración puedes elegir cuándo te avisa Trellis y tus horas de silencio.',
  },
  meetingPlace: { location: '\n\nLugar: {{location}}', video: '\n\nEnlace de vídeo: {{videoUrl}}' },
  attendanceRequest: {
    subject: '¿Te reuniste con {{other}}?',
    body: 'Hola {{name}}:\n\nTu reunión con {{other}} del {{when}} ha terminado. Cuéntanos qué pasó: es un momento y ayuda a {{program}} a acompañaros.\n{{url}}',
  },
  attendanceAgain: {
    subject: 'Pendiente de confirmar: tu reunión con {{other}}',
    body: 'Hola {{name}}:\n\nTodavía no has dicho si tu reunión con {{other}} del {{when}} tuvo lugar. Cuéntanos aquí:\n{{url}}',
  },
  proposalNudge: {
    subject: '{{other}} espera tu respuesta',
    body: 'Hola {{name}}:\n\n{{other}} propuso el {{when}} para una reunión hace {{days}} días y espera tu respuesta. Acéptala, o recházala y propón otra hora:\n{{url}}',
  },
  proposalEscalation: {
    subject: 'Una propuesta de reunión lleva {{days}} días sin respuesta en {{program}}',
    body: 'Hola {{name}}:\n\n{{mentee}} propuso una hora de reunión a su mentor/a {{mentor}} hace {{days}} días y no ha recibido respuesta. Quizá quieras hablar con ellos:\n{{url}}',
  },
  commitmentOverdue: {
    subject: 'Algo que dijiste que harías está vencido',
    body: 'Hola {{name}}:\n\nUn compromiso que hiciste en tu mentoría con {{other}} vencía el {{due}} y no está marcado como hecho. Márcalo como hecho si lo está, o háblalo con {{other}} en vuestra próxima reunión. A partir de ahora los dos lo veis como vencido.\n{{url}}',
  },
  noMeetingAlert: {
    subject: 'Sin reuniones desde hace {{days}} días: {{mentee}} y {{mentor}}',
    body: 'Hola {{name}}:\n\n{{mentee}} y su mentor/a {{mentor}} en {{program}} no se han reunido desde el {{since}}: {{days}} días, cuando su ritmo es cada {{cadence}} días. Quizá quieras hablar con ellos:\n{{url}}',
  },
  notices: {
    meetingReminder: 'Recordatorio: te reúnes con {{other}} el {{when}}',
    attendanceRequest: '¿Te reuniste con {{other}} el {{when}}? Cuéntanos qué pasó',
    attendanceAgain: 'Pendiente de confirmar: tu reunión con {{other}} del {{when}}',
    proposalNudge: '{{other}} espera tu respuesta a la hora que propuso ({{when}})',
    proposalEscalation: 'Una hora que {{mentee}} propuso a {{mentor}} lleva {{days}} días sin respuesta',
    commitmentOverdue: 'Un compromiso tuyo vencía el {{due}}',
    commitmentOverdueOther: 'Un compromiso de {{other}} vencía el {{due}}: los dos lo veis como vencido',
    noMeetingAlert: '{{mentee}} y {{mentor}} no se han reunido desde hace {{days}} días',
    meetingScheduled: '{{other}} planificó una reunión el {{when}}',
    meetingRescheduled: '{{other}} cambió una reunión al {{when}}',
    meetingCancelled: '{{other}} canceló la reunión del {{when}}',
    meetingProposed: '{{other}} propuso el {{when}} para una reunión',
    proposalAnswered: '{{other}} ha {{answer}} la hora que propusiste ({{when}})',
    commitmentAdded: 'Se añadió un compromiso a vuestra mentoría, con fecha el {{due}}',
    commitmentDone: '{{other}} marcó un compromiso como hecho',
    other: 'Algo ha cambiado en tu mentoría',
  },
  calendar: {
    name: 'Reuniones de Trellis',
    summary: 'Mentoría con {{other}}',
    description: 'Tu calendario con {{other}} en Trellis: {{url}}',
  },
  roles: {
    admin: 'administrador/a',
    coordinator: 'coordinador/a',
    safeguarding_lead: 'responsable de protección',
    mentor: 'mentor/a',
    mentee: 'mentoreado/a',
  },
};
