import { AppError } from '../../errors.ts';
import { addDays, localToInstant, toLocalParts } from '../../lib/zoned-time.ts';

/**
 * A commitment is due at the end of its local day in the zone of the person who wrote it down
 * (the instant the next day starts there). It may be today, and no later than the program's end.
 */
export function dueInstant(dueDate: string, timeZone: string, now: Date, programEndsOn: string): Date {
  const today = toLocalParts(now, timeZone).date;
  if (dueDate < today) {
    throw new AppError('COMMITMENT_DUE_INVALID', `The due date has already passed: choose ${today} or later.`, {
      earliest: today,
    });
  }
  if (dueDate > programEndsOn) {
    throw new AppError('COMMITMENT_DUE_INVALID', `The due date must fall before the program ends (${programEndsOn}).`, {
      latest: programEndsOn,
    });
  }
  return localToInstant(`${addDays(dueDate, 1)}T00:00`, timeZone);
}

/** The local day a commitment is due, in the zone it was set in. */
export function dueDateOf(dueAt: Date, timeZone: string): string {
  return toLocalParts(new Date(dueAt.getTime() - 1), timeZone).date;
}
