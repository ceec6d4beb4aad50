import { z } from 'zod';

export const weightsSchema = z.object({
  experiences: z.number().min(0).max(100),
  goals: z.number().min(0).max(100),
  interests: z.number().min(0).max(100),
  availability: z.number().min(0).max(100),
  language: z.number().min(0).max(100),
});

export const settingsSchema = z.object({
  weights: weightsSchema,
  minOverlapMinutes: z.number().int().min(0).max(10080),
  requireSharedLanguage: z.boolean(),
  ageGap: z.object({ min: z.number().int().min(-100).max(100), max: z.number().int().min(-100).max(100) }).nullable(),
  objective: z.enum(['max-score', 'most-matched-then-score']),
});

export const pairSchema = z.object({ menteeId: z.uuid(), mentorId: z.uuid() });

export const personOut = z.object({ participantId: z.string(), name: z.string() });

export const reasonOut = z.object({
  code: z.enum(['shared-experience', 'goal-strength', 'shared-interest', 'weekly-overlap', 'shared-language']),
  detail: z.string(),
});

export const figuresOut = z.object({
  mentees: z.number().int(),
  mentors: z.number().int(),
  matched: z.number().int(),
  meanScore: z.number(),
  sharingExperience: z.number(),
});

export const runSummaryOut = z.object({
  id: z.string(),
  startedAt: z.string(),
  startedBy: z.object({ name: z.string() }),
  approvedAt: z.string().nullable(),
  limitedToMentees: z.boolean(),
  figures: figuresOut,
});

const ruledOutByOut = z.object({
  excluded: z.number().int().optional(),
  'mentor-gender': z.number().int().optional(),
  'age-gap': z.number().int().optional(),
  language: z.number().int().optional(),
  availability: z.number().int().optional(),
  'impossible-score': z.number().int().optional(),
  'no-capacity': z.number().int().optional(),
});

export const runOut = runSummaryOut.extend({
  programId: z.string(),
  settings: settingsSchema.extend({ referenceWeek: z.string() }),
  pins: z.array(pairSchema),
  forbids: z.array(pairSchema),
  menteeIds: z.array(z.string()).nullable(),
  previousRunId: z.string().nullable(),
  pairs: z.array(
    z.object({
      mentee: personOut,
      mentor: personOut,
      score: z.number().int(),
      pinned: z.boolean(),
      reasons: z.array(reasonOut),
    }),
  ),
  unmatched: z.array(
    z.object({
      mentee: personOut,
      reason: z.enum(['no-possible-mentor', 'capacity-taken']),
      ruledOutBy: ruledOutByOut.optional(),
      possibleMentors: z.number().int().optional(),
    }),
  ),
});

export const matchOut = z.object({
  id: z.string(),
  programId: z.string(),
  status: z.enum(['proposed', 'active', 'declined', 'closed']),
  source: z.enum(['cohort', 'mentee_choice']),
  score: z.number().int().nullable(),
  mentor: personOut,
  mentee: personOut,
  proposedAt: z.string(),
  startedAt: z.string().nullable(),
  mentorAcceptedAt: z.string().nullable(),
  menteeAcceptedAt: z.string().nullable(),
  mentorAgreementAcknowledgedAt: z.string().nullable(),
  menteeAgreementAcknowledgedAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  rematch: z.boolean().nullable(),
  waitingFor: z.array(z.enum(['mentor', 'mentee'])),
});

export const myMatchOut = matchOut.extend({
  myRole: z.enum(['mentor', 'mentee']),
  programName: z.string(),
  agreement: z
    .object({ versionId: z.string(), version: z.number().int(), language: z.string(), body: z.string() })
    .nullable(),
  shared: z.array(reasonOut),
});

/** Instants go out as ISO strings. */
export const iso = <T extends Date | null>(d: T): T extends Date ? string : string | null =>
  (d === null ? null : d.toISOString()) as T extends Date ? string : string | null;

/** The one item of a list a presenter made for a single row. */
export function first<T>(items: T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('presenter returned nothing');
  return item;
}
