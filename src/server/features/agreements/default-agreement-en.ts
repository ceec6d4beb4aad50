/** The confidentiality agreement every new program starts with (version 1, English). Staff can publish their own. */
export const defaultAgreementEn = `# Our confidentiality agreement

Mentoring works because you can speak freely. This agreement explains what stays between a mentor
and a mentee, the one exception to that promise, what program staff can and cannot see, and what to
do if you are worried. Please read it before your first meeting. If anything is unclear, ask your
program coordinator.

## What stays private

- What you talk about in your meetings and messages stays between the two of you.
- Your private notes are yours. Notes you choose to share are seen only by your match.
- You will not repeat what your match tells you to friends, family, classmates or on social media,
  and you will not share screenshots of your conversations.
- If you stop meeting, the promise carries on: what was said in confidence stays in confidence.

## The exception: safety and well-being

Confidentiality has one limit. If something you hear or see makes you worried about **anyone's
safety or well-being** — your match's, your own or someone else's — it must be passed on to the
organisation's **safeguarding lead**. That includes someone being hurt or at risk of being hurt,
thoughts of self-harm, abuse, neglect, or someone being put under pressure they cannot handle alone.

Because of this, a mentor never promises to keep a secret. If a mentee starts to tell you something
like this, say kindly that you may need to pass it on to keep them safe, listen, and do not
investigate or ask leading questions. Pass the concern on the same day. In an emergency, call the
emergency services first, then tell the safeguarding lead.

The safeguarding lead keeps what they learn to the people who need to know in order to help.

## What program staff can and cannot see

Coordinators run the program. They **can** see who is matched with whom, your meeting schedule and
attendance, whether commitments were kept, and how the match is going overall. They see your lived
experiences only where you chose to show them to staff.

They **cannot** see your messages, your notes, the feedback you write for each other or the details
of a concern. Only the safeguarding lead sees a concern, and the content of a match is opened only in
a recorded emergency procedure ("break-glass") that is written to the audit log. If your program
reviews messages between adults and young people, the program tells you so before anyone writes a
word.

## How to raise a concern

- Tell the organisation's safeguarding lead the same day, in person or by phone. Your coordinator
  can put you in touch with them at any time.
- Do not wait for your next meeting, and do not try to sort it out alone or with your match.
- If someone is in immediate danger, call the emergency services first.

You will never be in trouble for raising a concern in good faith.

## For participants under the program's consent age

A parent or guardian gives consent before you take part. Your guardian can see the meeting schedule
and the fact that you have a match. They **cannot** see what you and your match talk about, your
messages or your notes. The safety exception above applies in the same way.

## If this agreement changes

If the program changes this agreement, you will be asked to read and accept the new version before
you carry on.

By accepting, you agree to keep what is shared in mentoring private, and to pass on any concern about
someone's safety or well-being as described above.
`;
