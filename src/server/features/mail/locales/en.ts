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
  meetingScheduled: {
    subject: '{{other}} planned a meeting with you',
    body: 'Hello {{name}},\n\n{{other}} planned a mentoring meeting with you in {{program}}: {{when}}.\n\nSee your schedule here:\n{{url}}',
  },
  meetingRescheduled: {
    subject: '{{other}} moved your meeting',
    body: 'Hello {{name}},\n\n{{other}} moved your meeting in {{program}} to {{when}}. Reason given: {{reason}}\n\nSee your schedule here:\n{{url}}',
  },
  meetingCancelled: {
    subject: '{{other}} cancelled your meeting',
    body: 'Hello {{name}},\n\n{{other}} cancelled your meeting in {{program}} on {{when}}. Reason given: {{reason}}\n\nPlan another time here:\n{{url}}',
  },
  meetingProposed: {
    subject: '{{other}} proposed a meeting time',
    body: 'Hello {{name}},\n\n{{other}} proposed {{when}} for a meeting in {{program}}. Reason given: {{reason}}\n\nAccept or decline here:\n{{url}}',
  },
  proposalAnswered: {
    subject: '{{other}} answered your proposed time',
    body: 'Hello {{name}},\n\n{{other}} {{answer}} the time you proposed ({{when}}) in {{program}}. Reason given: {{reason}}\n\nSee your schedule here:\n{{url}}',
  },
  proposalAnswers: { accepted: 'accepted', declined: 'declined' },
  matchDeclined: {
    subject: 'Your match with {{other}} will not go ahead',
    body: 'Hello {{name}},\n\n{{other}} declined the match in {{program}}. Reason given: {{reason}}\n\nYour coordinator will help you find another match.\n{{url}}',
  },
  meetingReminder: {
    subject: 'Reminder: meeting with {{other}} on {{when}}',
    body: 'Hello {{name}},\n\nYou meet {{other}} ({{program}}) on {{when}}.{{where}}\n\nSee your schedule, or move the meeting if you cannot make it:\n{{url}}\n\nYou can choose when Trellis reminds you, and quiet hours, in your settings.',
  },
  meetingPlace: { location: '\n\nWhere: {{location}}', video: '\n\nVideo link: {{videoUrl}}' },
  attendanceRequest: {
    subject: 'Did you meet {{other}}?',
    body: 'Hello {{name}},\n\nYour meeting with {{other}} on {{when}} has ended. Tell us what happened: it takes a moment, and it helps {{program}} support you both.\n{{url}}',
  },
  attendanceAgain: {
    subject: 'Still to confirm: your meeting with {{other}}',
    body: 'Hello {{name}},\n\nYou have not yet said whether your meeting with {{other}} on {{when}} took place. Please tell us here:\n{{url}}',
  },
  proposalNudge: {
    subject: '{{other}} is waiting for your answer',
    body: 'Hello {{name}},\n\n{{other}} proposed {{when}} for a meeting {{days}} days ago and is waiting for your answer. Accept it, or decline and suggest another time:\n{{url}}',
  },
  proposalEscalation: {
    subject: 'A meeting proposal has waited {{days}} days in {{program}}',
    body: 'Hello {{name}},\n\n{{mentee}} proposed a meeting time to their mentor {{mentor}} {{days}} days ago and has had no answer. You may want to check in with them:\n{{url}}',
  },
  commitmentOverdue: {
    subject: 'Something you said you would do is overdue',
    body: 'Hello {{name}},\n\nA commitment you made in your match with {{other}} was due on {{due}} and is not marked done. Mark it done if it is, or talk it over with {{other}} when you next meet. From now on you both see it as overdue.\n{{url}}',
  },
  noMeetingAlert: {
    subject: 'No meeting held for {{days}} days: {{mentee}} and {{mentor}}',
    body: 'Hello {{name}},\n\n{{mentee}} and their mentor {{mentor}} in {{program}} have not held a meeting since {{since}}: {{days}} days, where their rhythm is every {{cadence}} days. You may want to check in with them:\n{{url}}',
  },
  notices: {
    meetingReminder: 'Reminder: you meet {{other}} on {{when}}',
    attendanceRequest: 'Did you meet {{other}} on {{when}}? Tell us what happened',
    attendanceAgain: 'Still to confirm: your meeting with {{other}} on {{when}}',
    proposalNudge: '{{other}} is waiting for your answer to the time they proposed ({{when}})',
    proposalEscalation: 'A time {{mentee}} proposed to {{mentor}} has waited {{days}} days for an answer',
    commitmentOverdue: 'A commitment of yours was due on {{due}}',
    commitmentOverdueOther: 'A commitment of {{other}} was due on {{due}}: you both see it as overdue',
    noMeetingAlert: '{{mentee}} and {{mentor}} have not held a meeting for {{days}} days',
    meetingScheduled: '{{other}} planned a meeting on {{when}}',
    meetingRescheduled: '{{other}} moved a meeting to {{when}}',
    meetingCancelled: '{{other}} cancelled the meeting on {{when}}',
    meetingProposed: '{{other}} proposed {{when}} for a meeting',
    proposalAnswered: '{{other}} {{answer}} the time you proposed ({{when}})',
    commitmentAdded: 'A commitment was added to your match, due on {{due}}',
    commitmentDone: '{{other}} marked a commitment done',
    other: 'Something changed in your mentoring',
  },
  calendar: {
    name: 'Trellis meetings',
    summary: 'Mentoring with {{other}}',
    description: 'Your schedule with {{other}} in Trellis: {{url}}',
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
