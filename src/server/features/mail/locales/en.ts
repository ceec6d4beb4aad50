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
  guardianConsent: {
    subject: '{{child}} would like to join {{program}}: your consent is needed',
    body: '{{child}} has applied to {{program}}, a peer mentoring program run by {{organization}} on Trellis. Because {{child}} is under {{age}}, they can only take part once a parent or guardian agrees.\n\nRead what the program is, what we keep and how it is kept private, then give your consent here (the link works once and expires on {{expires}}):\n{{url}}\n\nIf you do not know {{child}} or did not expect this, ignore this email.',
  },
  guardianPage: {
    about:
      'Peer mentoring pairs a young person with someone who has walked a similar path. They meet regularly, set goals together and talk about what matters to them, with a coordinator from the program supporting every match.',
    dataKept: [
      'Their name, the email address or username they sign in with, and the languages they speak.',
      'Their birth date, time zone and the times of the week they are free to meet.',
      'Their interests and goals, so that a good mentor can be found.',
      'Experiences they choose to share (for example moving countries or caring for someone). These are encrypted, and each one is only used or shown as they consent.',
      'The meetings that are planned and whether they took place. Messages and notes between mentor and mentee stay private to the pair.',
    ],
    guardianSees:
      'As a guardian you will see the program, your child’s status, the meeting schedule and whether they have been matched — not what they talk about in private.',
  },
  matchProposed: {
    subject: 'A match is proposed for you in {{program}}',
    body: 'Hello {{name}},\n\n{{program}} proposes {{other}} as your {{otherRole}}. Read why you were matched and the confidentiality agreement for this match, then accept or decline here:\n{{url}}\n\nThe match starts once you both have accepted.',
  },
  mentorRequested: {
    subject: '{{other}} would like you as their mentor in {{program}}',
    body: 'Hello {{name}},\n\n{{other}} has asked you to be their mentor in {{program}}. Accept (with the confidentiality agreement for this match) or decline with a reason here:\n{{url}}',
  },
  matchActive: {
    subject: 'Your match with {{other}} has started',
    body: 'Hello {{name}},\n\nYou and {{other}} have both accepted: your match in {{program}} is active. Agree when and how often you will meet here:\n{{url}}',
  },
  matchDeclined: {
    subject: 'Your match with {{other}} will not go ahead',
    body: 'Hello {{name}},\n\n{{other}} declined the match in {{program}}. Reason given: {{reason}}\n\nYour coordinator will help you find another match.\n{{url}}',
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
