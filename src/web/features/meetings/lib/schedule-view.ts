import type { MatchSide, Schedule } from '../api/types.ts';
import { browserZone } from './zone-dates.ts';

/** What every part of the schedule page needs to know about who reads it. */
export interface ScheduleView {
  schedule: Schedule;
  /** The zone the reader's times are shown in: their own, or the browser's for staff. */
  readerZone: string;
  /** One of the pair, in an active match: may change plans. Staff and closed matches: read only. */
  canChange: boolean;
  nameOf: (side: MatchSide) => string;
  /** The other person's side, for one of the pair. */
  otherSide: MatchSide | null;
}

export function scheduleView(schedule: Schedule): ScheduleView {
  const { mySide } = schedule;
  return {
    schedule,
    readerZone: mySide ? schedule[mySide].timeZone : browserZone(),
    canChange: mySide !== null && schedule.matchStatus === 'active',
    nameOf: (side) => schedule[side].name,
    otherSide: mySide === 'mentor' ? 'mentee' : mySide === 'mentee' ? 'mentor' : null,
  };
}

/** Weeks between meetings the program allows at most: weekly 1, fortnightly 2, monthly 4. */
export function allowedIntervals(frequency: Schedule['programCadence']['frequency']): (1 | 2 | 4)[] {
  if (frequency === 'monthly') return [1, 2, 4];
  if (frequency === 'fortnightly') return [1, 2];
  return [1];
}
