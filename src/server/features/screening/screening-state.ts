import { addDays } from './today-in-zone.ts';

export const EXPIRING_WITHIN_DAYS = 30;

export type ExpiryState = 'expired' | 'expiring' | 'current' | 'no_expiry';

/** A check counts as expired from its expiry date on; "expiring" means within the next 30 days. */
export function expiryState(check: { expiresOn: string | null }, today: string): ExpiryState {
  if (check.expiresOn === null) return 'no_expiry';
  if (check.expiresOn <= today) return 'expired';
  if (check.expiresOn <= addDays(today, EXPIRING_WITHIN_DAYS)) return 'expiring';
  return 'current';
}

/** The newest check of each kind: a renewed check replaces the one it renews. */
export function latestPerKind<T extends { kind: string; checkedOn: string; createdAt: Date }>(checks: T[]): T[] {
  const latest = new Map<string, T>();
  for (const check of checks) {
    const seen = latest.get(check.kind);
    const isNewer =
      !seen ||
      check.checkedOn > seen.checkedOn ||
      (check.checkedOn === seen.checkedOn && check.createdAt > seen.createdAt);
    if (isNewer) latest.set(check.kind, check);
  }
  return [...latest.values()];
}
