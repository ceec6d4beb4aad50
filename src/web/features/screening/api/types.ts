// The screening shapes the server returns (src/server/features/screening/presenters.ts).

export const screeningKinds = ['reference', 'interview', 'background_check'] as const;
export type ScreeningKind = (typeof screeningKinds)[number];
export const screeningOutcomes = ['passed', 'failed', 'pending'] as const;
export type ScreeningOutcome = (typeof screeningOutcomes)[number];
export type ExpiryState = 'expired' | 'expiring' | 'current' | 'no_expiry';

export interface ScreeningCheck {
  id: string;
  participantId: string;
  kind: ScreeningKind;
  checkedOn: string;
  outcome: ScreeningOutcome;
  expiresOn: string | null;
  /** Against the organization's today; "expiring" is within 30 days. */
  expiry: ExpiryState;
  /** A newer check of the same kind replaces this one. */
  isSuperseded: boolean;
  recordedAt: string;
}

export interface ScreeningList {
  participantId: string;
  today: string;
  isValid: boolean;
  expired: ScreeningKind[];
  expiringSoon: ScreeningKind[];
  checks: ScreeningCheck[];
}
