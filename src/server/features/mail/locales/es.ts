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
  matchDeclined: {
    subject: 'Tu mentoría con {{other}} no seguirá adelante',
    body: 'Hola {{name}}:\n\n{{other}} ha rechazado la propuesta en {{program}}. Motivo: {{reason}}\n\nTu coordinador o coordinadora te ayudará a encontrar otra pareja.\n{{url}}',
  },
  roles: {
    admin: 'administrador/a',
    coordinator: 'coordinador/a',
    safeguarding_lead: 'responsable de protección',
    mentor: 'mentor/a',
    mentee: 'mentoreado/a',
  },
};
