import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { addDays, localToInstant, toLocalParts } from '../../lib/zoned-time.ts';
import type { Actor } from '../identity/actor.ts';
import { participants, type WeeklySlot } from '../participants/tables.ts';
import { findScheduleMatch } from './schedule-match.ts';

export interface TimeSuggestion {
  /** Anchored in the mentee's zone, as the rhythm will be. */
  weekday: number;
  localTime: string;
  timeZone: string;
  mentee: { weekday: number; time: string };
  mentor: { weekday: number; time: string };
}

const dayNames: WeeklySlot['day'][] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const STEP_MINUTES = 30;
const MAX_SUGGESTIONS = 6;

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};

function fits(slots: WeeklySlot[], weekday: number, start: number, end: number): boolean {
  return slots.some((s) => s.day === dayNames[weekday] && minutesOf(s.start) <= start && end <= minutesOf(s.end));
}

/**
 * Weekly times inside both people's availability, in the coming week (so each person's current
 * offset from UTC applies), anchored in the mentee's zone. At most one per weekday, earliest
 * first, so the pair sees a spread of days to choose from.
 */
export async function suggestMeetingTimes(
  db: Db | Tx,
  actor: Actor,
  matchId: string,
  durationMinutes: number,
  now: Date,
): Promise<TimeSuggestion[]> {
  const found = await findScheduleMatch(db, actor, matchId, 'party');
  const rows = await db
    .select({ id: participants.id, availability: participants.availability })
    .from(participants)
    .where(inArray(participants.id, [found.mentor.participantId, found.mentee.participantId]));
  const slotsOf = (id: string) => rows.find((r) => r.id === id)?.availability ?? [];
  const menteeSlots = slotsOf(found.mentee.participantId);
  const mentorSlots = slotsOf(found.mentor.participantId);
  const zone = found.mentee.timeZone;
  const today = toLocalParts(now, zone).date;
  const suggestions: TimeSuggestion[] = [];
  for (let day = 1; day <= 7 && suggestions.length < MAX_SUGGESTIONS; day++) {
    const date = addDays(today, day);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    for (let start = 0; start + durationMinutes <= 24 * 60; start += STEP_MINUTES) {
      if (!fits(menteeSlots, weekday, start, start + durationMinutes)) continue;
      const time = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
      const startsAt = localToInstant(`${date}T${time}`, zone);
      const mentorStart = toLocalParts(startsAt, found.mentor.timeZone);
      const mentorEnd = toLocalParts(new Date(startsAt.getTime() + durationMinutes * 60_000), found.mentor.timeZone);
      const endMinute = mentorEnd.date === mentorStart.date ? minutesOf(mentorEnd.time) : 24 * 60;
      if (!fits(mentorSlots, mentorStart.weekday, minutesOf(mentorStart.time), endMinute)) continue;
      if (toLocalParts(startsAt, zone).time !== time) continue; // a time the clocks skip
      suggestions.push({
        weekday,
        localTime: time,
        timeZone: zone,
        mentee: { weekday, time },
        mentor: { weekday: mentorStart.weekday, time: mentorStart.time },
      });
      break;
    }
  }
  return suggestions;
}
