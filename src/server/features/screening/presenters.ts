import { z } from 'zod';
import { type screeningChecks, screeningKinds, screeningOutcomes } from '../participants/tables.ts';
import { expiryState, latestPerKind } from './screening-state.ts';

type ScreeningCheck = typeof screeningChecks.$inferSelect;

export const screeningCheckOut = z.object({
  id: z.string(),
  participantId: z.string(),
  kind: z.enum(screeningKinds),
  checkedOn: z.string(),
  outcome: z.enum(screeningOutcomes),
  expiresOn: z.string().nullable(),
  /** Against the organization's today; "expiring" is within 30 days. */
  expiry: z.enum(['expired', 'expiring', 'current', 'no_expiry']),
  /** A newer check of the same kind replaces this one, so its expiry no longer matters. */
  isSuperseded: z.boolean(),
  recordedAt: z.string(),
});

export const screeningListOut = z.object({
  participantId: z.string(),
  today: z.string(),
  isValid: z.boolean(),
  expired: z.array(z.string()),
  expiringSoon: z.array(z.string()),
  checks: z.array(screeningCheckOut),
});

export const presentScreeningCheck = (
  c: ScreeningCheck,
  today: string,
  isSuperseded = false,
): z.infer<typeof screeningCheckOut> => ({
  id: c.id,
  participantId: c.participantId,
  kind: c.kind,
  checkedOn: c.checkedOn,
  outcome: c.outcome,
  expiresOn: c.expiresOn,
  expiry: expiryState(c, today),
  isSuperseded,
  recordedAt: c.createdAt.toISOString(),
});

export const presentScreeningList = (l: {
  participant: { id: string };
  today: string;
  checks: ScreeningCheck[];
  screening: { isValid: boolean; expired: string[] };
}): z.infer<typeof screeningListOut> => {
  const latest = new Set(latestPerKind(l.checks).map((c) => c.id));
  const checks = l.checks.map((c) => presentScreeningCheck(c, l.today, !latest.has(c.id)));
  return {
    participantId: l.participant.id,
    today: l.today,
    isValid: l.screening.isValid,
    expired: l.screening.expired,
    expiringSoon: checks.filter((c) => !c.isSuperseded && c.expiry === 'expiring').map((c) => c.kind),
    checks,
  };
};
