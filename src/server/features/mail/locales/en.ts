export const en = {
  footer: 'Trellis — peer mentoring built on trust. You received this because someone used your address in Trellis.',
  invitation: {
    subject: 'You are invited to {{where}} on Trellis',
    body: '{{inviter}} has invited you to join {{where}} as {{role}}.\n\nAccept the invitation here (the link works once and expires on {{expires}}):\n{{url}}',
  },
  resetPassword: {
    subject: 'Reset your Trellis password',
    body: 'Someone asked to reset the password of your Trellis account. If it was you, choose a new password here (the link expires in one hour):\n{{url}}\n\nIf it was not you, ignore this email: your password stays as it is.',
  },
  verifyEmail: {
    subject: 'Confirm your email address for Trellis',
    body: 'Please confirm that this is your email address:\n{{url}}',
  },
  roles: {
    admin: 'an administrator',
    coordinator: 'a coordinator',
    safeguarding_lead: 'a safeguarding lead',
    mentor: 'a mentor',
    mentee: 'a mentee',
  },
};
export type MailStrings = typeof en;
