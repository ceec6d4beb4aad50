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
  roles: {
    admin: 'administrador/a',
    coordinator: 'coordinador/a',
    safeguarding_lead: 'responsable de protección',
    mentor: 'mentor/a',
    mentee: 'mentoreado/a',
  },
};
