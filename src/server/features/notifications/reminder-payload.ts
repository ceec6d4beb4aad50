import { z } from 'zod';

/** One queue for every reminder and nudge a person gets: a series' reminders go in one insert. */
export const REMINDER_JOB = 'reminder';

const instant = z.iso.datetime({ offset: true });
const dedupKey = z.string().min(1).max(300);

export const reminderPayload = z.discriminatedUnion('kind', [
  /** Before a meeting, for one person, at one of their offsets, computed for one start time. */
  z.object({
    kind: z.literal('meeting'),
    dedupKey,
    meetingId: z.uuid(),
    userId: z.uuid(),
    startsAt: instant,
    offsetMinutes: z.number().int(),
  }),
  /** After a meeting: "did you meet?"; round 2 the next day if still unanswered. */
  z.object({
    kind: z.literal('attendance'),
    dedupKey,
    meetingId: z.uuid(),
    userId: z.uuid(),
    startsAt: instant,
    endsAt: instant,
    round: z.union([z.literal(1), z.literal(2)]),
  }),
  /** A mentee's proposal still unanswered: the mentor after 3 days, the coordinators after 7. */
  z.object({
    kind: z.literal('proposal'),
    dedupKey,
    proposalId: z.uuid(),
    stage: z.enum(['mentor', 'coordinators']),
  }),
  /** A commitment still open at its due time. */
  z.object({ kind: z.literal('commitment'), dedupKey, commitmentId: z.uuid(), dueAt: instant }),
]);

export type ReminderPayload = z.output<typeof reminderPayload>;
export type PayloadOf<K extends ReminderPayload['kind']> = Extract<ReminderPayload, { kind: K }>;

export const DAY = 86_400_000;
