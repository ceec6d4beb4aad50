import { z } from 'zod';
import { participantRoles, participantStatuses } from '../participants/tables.ts';
import type { getGuardianPage } from './get-guardian-page.ts';
import { guardianMeetingStatuses, type listMyChildren } from './list-my-children.ts';

export const guardianPageOut = z.object({
  language: z.enum(['en', 'es']),
  email: z.string(),
  hasAccount: z.boolean(),
  expiresAt: z.string(),
  childFirstName: z.string(),
  role: z.enum(participantRoles),
  guardianConsentAge: z.number(),
  programName: z.string(),
  programDescription: z.string(),
  organizationName: z.string(),
  about: z.string(),
  dataKept: z.array(z.string()),
  guardianSees: z.string(),
  agreement: z.object({ version: z.number(), language: z.string(), body: z.string() }).nullable(),
});

export const childOut = z.object({
  guardianshipId: z.string(),
  participantId: z.string(),
  childFirstName: z.string(),
  role: z.enum(participantRoles),
  status: z.enum(participantStatuses),
  programName: z.string(),
  organizationName: z.string(),
  consentedAt: z.string(),
  /** When the child's first active match started; null when not matched. */
  matchedSince: z.string().nullable(),
  /** The child's meetings from four weeks ago to eight weeks ahead, in time order. */
  meetings: z.array(
    z.object({
      id: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      timeZone: z.string(),
      status: z.enum(guardianMeetingStatuses),
      location: z.string().nullable(),
      videoCall: z.boolean(),
    }),
  ),
});

export const guardianLinkOut = z.object({
  id: z.string(),
  email: z.string(),
  language: z.string(),
  expiresAt: z.string(),
});

type GuardianPage = Awaited<ReturnType<typeof getGuardianPage>>;
type Child = Awaited<ReturnType<typeof listMyChildren>>[number];

export const presentGuardianPage = (p: GuardianPage): z.infer<typeof guardianPageOut> => ({
  ...p,
  expiresAt: p.expiresAt.toISOString(),
});

// The full name stays out: a guardian recognises their child by first name.
export const presentChild = (c: Child): z.infer<typeof childOut> => ({
  guardianshipId: c.guardianshipId,
  participantId: c.participantId,
  childFirstName: c.childFirstName,
  role: c.role,
  status: c.status,
  programName: c.programName,
  organizationName: c.organizationName,
  consentedAt: c.confirmedAt?.toISOString() ?? '',
  matchedSince: c.matchedSince?.toISOString() ?? null,
  meetings: c.meetings.map((m) => ({
    id: m.id,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    status: m.status,
    location: m.location,
    videoCall: m.videoCall,
  })),
});
