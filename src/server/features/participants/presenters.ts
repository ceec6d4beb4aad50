import { z } from 'zod';
import { presentableEmail } from '../identity/placeholder-email.ts';
import type { ParticipantCounts } from './count-program-participants.ts';
import type { ParticipantRow } from './find-participant-rows.ts';
import type { Participant } from './get-participant-for-actor.ts';
import type { ProgramParticipation } from './get-program-participation.ts';
import type { TimelineEntry } from './list-participant-timeline.ts';
import { nextStatuses } from './participant-lifecycle.ts';
import { participantRoles, participantStatuses } from './tables.ts';

// Output schemas and presenters: routes never return raw rows, and never the sealed fields.
const status = z.enum(participantStatuses);
const role = z.enum(participantRoles);
const slot = z.object({
  day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  start: z.string(),
  end: z.string(),
});

export const participationOut = z.object({
  programId: z.string(),
  mentorApplicationsOpen: z.boolean(),
  menteeApplicationsOpen: z.boolean(),
  guardianConsentAge: z.number(),
});

export const participantSummaryOut = z.object({
  id: z.string(),
  programId: z.string(),
  userId: z.string(),
  role,
  status,
  heldStatus: status.nullable(),
  /** Where staff may move the participant next (the lifecycle's rules, not the ready gate). */
  nextStatuses: z.array(status),
  timeZone: z.string(),
  birthDate: z.string().nullable(),
  gender: z.string().nullable(),
  languages: z.array(z.string()),
  interests: z.array(z.string()),
  goals: z.array(z.string()),
  strengths: z.array(z.string()),
  availability: z.array(slot),
  capacity: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const timelineEntryOut = z.object({
  id: z.string(),
  from: status.nullable(),
  to: status,
  by: z.object({ userId: z.string(), name: z.string() }).nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

const person = { name: z.string(), email: z.string().nullable(), username: z.string().nullable() };
export const participantRowOut = participantSummaryOut.extend(person);
export const participantOut = participantRowOut.extend({ timeline: z.array(timelineEntryOut) });

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<T[number], z.ZodNumber>);
/** `total` counts the rows matching the filters; `counts` describe the whole program (for the filter chips). */
export const participantListOut = z.object({
  rows: z.array(participantRowOut),
  total: z.number(),
  counts: z.object({ total: z.number(), byStatus: countsOf(participantStatuses), byRole: countsOf(participantRoles) }),
});

export const participationOfMineOut = participantSummaryOut.extend({ programName: z.string() });

export const presentParticipation = (s: ProgramParticipation): z.infer<typeof participationOut> => ({
  programId: s.programId,
  mentorApplicationsOpen: s.mentorApplicationsOpen,
  menteeApplicationsOpen: s.menteeApplicationsOpen,
  guardianConsentAge: s.guardianConsentAge,
});

export const presentParticipant = (p: Participant): z.infer<typeof participantSummaryOut> => ({
  id: p.id,
  programId: p.programId,
  userId: p.userId,
  role: p.role,
  status: p.status,
  heldStatus: p.heldStatus,
  nextStatuses: nextStatuses(p),
  timeZone: p.timeZone,
  birthDate: p.birthDate,
  gender: p.gender,
  languages: p.languages,
  interests: p.interests,
  goals: p.goals,
  strengths: p.strengths,
  availability: p.availability,
  capacity: p.capacity,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

export const presentTimelineEntry = (e: TimelineEntry): z.infer<typeof timelineEntryOut> => ({
  id: e.id,
  from: e.fromStatus,
  to: e.toStatus,
  by: e.actorId ? { userId: e.actorId, name: e.actorName ?? '' } : null,
  reason: e.reason,
  at: e.occurredAt.toISOString(),
});

export const presentParticipantRow = (r: ParticipantRow): z.infer<typeof participantRowOut> => ({
  ...presentParticipant(r.participant),
  name: r.name,
  email: presentableEmail(r.email),
  username: r.username,
});

export const presentParticipantList = (list: {
  rows: ParticipantRow[];
  total: number;
  counts: ParticipantCounts;
}): z.infer<typeof participantListOut> => ({
  rows: list.rows.map(presentParticipantRow),
  total: list.total,
  counts: list.counts,
});
