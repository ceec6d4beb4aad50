import { AppError } from '../../errors.ts';
import { isLocalDateTime, localToInstant } from '../../lib/zoned-time.ts';
import type { TimeSpan } from './meeting-rules.ts';

export interface MeetingTimeInput {
  localStart: string;
  timeZone: string;
  durationMinutes: number;
}

export interface MeetingPlaceInput {
  location?: string | null | undefined;
  videoUrl?: string | null | undefined;
}

/** The instants a local start and a duration name in the agreed zone. */
export function spanOf(input: MeetingTimeInput): TimeSpan {
  if (!isLocalDateTime(input.localStart)) {
    throw new AppError('VALIDATION_FAILED', 'Give the start as a date and time, like 2026-11-03T16:00.');
  }
  const startsAt = localToInstant(input.localStart, input.timeZone);
  return { startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) };
}
