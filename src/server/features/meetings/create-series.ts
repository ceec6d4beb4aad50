import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { insertMany } from '../../db/insert-many.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { addDays, toLocalParts } from '../../lib/zoned-time.ts';
import type { Actor } from '../identity/actor.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { scheduleMeetingsReminders } from '../notifications/schedule-meeting-reminders.ts';
import { expandSeries } from './expand-series.ts';
import type { MeetingPlaceInput } from './meeting-input.ts';
import { assertMeetingTimes, assertNoOverlap } from './meeting-rules.ts';
import { scheduleChanged } from './schedule-changed.ts';
import { assertActive, findScheduleMatch, type ScheduleMatch } from './schedule-match.ts';
import { type MeetingRow, meetingSeries, meetings, type SeriesRow } from './tables.ts';

export interface SeriesInput extends MeetingPlaceInput {
  /** 0 Sunday … 6 Saturday, in timeZone. */
  weekday: number;
  /** `HH:mm` in timeZone. */
  localTime: string;
  timeZone: string;
  intervalWeeks: 1 | 2 | 4;
  durationMinutes: number;
  /** The rhythm starts on the first `weekday` on or after this date. */
  firstDate: string;
}

const weeksBetweenMeetings: Record<string, number> = { weekly: 1, fortnightly: 2, monthly: 4 };

/**
 * The pair agrees a rhythm: a weekly rule at a local time in one zone, expanded into meetings up
 * to the program's end. A rhythm agreed again replaces the current one: its future meetings are
 * cancelled in the same transaction, so nothing is left half-changed.
 */
export async function createSeries(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  matchId: string,
  input: SeriesInput,
): Promise<{ series: SeriesRow; meetings: MeetingRow[] }> {
  const found = await findScheduleMatch(tx, actor, matchId, 'party', true);
  assertActive(found);
  assertWithinProgramRhythm(found, input.intervalWeeks);
  const now = ctx.clock.now();
  const firstLocalStart = `${firstWeekdayOnOrAfter(input.firstDate, input.weekday)}T${input.localTime}`;
  const rule = {
    firstLocalStart,
    timeZone: input.timeZone,
    intervalWeeks: input.intervalWeeks,
    untilLocalDate: found.program.endsOn,
    durationMinutes: input.durationMinutes,
  };
  const occurrences = expandSeries(rule);
  const first = occurrences[0];
  if (!first) {
    throw new AppError(
      'MEETING_OUTSIDE_MATCH',
      `The first meeting would fall after the program ends (${found.program.endsOn}).`,
    );
  }
  assertMeetingTimes(found, first, now, input.timeZone);
  const replaced = await endCurrentSeries(tx, ctx, found, { side: found.side as MatchSide, userId: actor.userId });
  await assertNoOverlap(tx, found, occurrences, replaced);

  const series: SeriesRow = {
    id: newId(),
    organizationId: found.match.organizationId,
    programId: found.match.programId,
    matchId,
    ...rule,
    location: input.location ?? null,
    videoUrl: input.videoUrl ?? null,
    createdBy: actor.userId,
    createdAt: now,
    endedAt: null,
  };
  await tx.insert(meetingSeries).values(series);
  const rows = occurrences.map((o) => ({
    id: newId(),
    organizationId: series.organizationId,
    programId: series.programId,
    matchId,
    seriesId: series.id,
    occurrenceStart: o.occurrenceStart,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    timeZone: series.timeZone,
    location: series.location,
    videoUrl: series.videoUrl,
    status: 'scheduled' as const,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  }));
  await insertMany(tx, meetings, rows);
  const inserted = await tx.select().from(meetings).where(eq(meetings.seriesId, series.id)).orderBy(meetings.startsAt);
  await scheduleMeetingsReminders(tx, ctx, inserted);
  await scheduleChanged(tx, ctx, found, {
    kind: 'series-created',
    actorUserId: actor.userId,
    actorRole: found.side ?? 'coordinator',
    seriesId: series.id,
    detail: {
      weekday: toLocalParts(first.startsAt, series.timeZone).weekday,
      localTime: input.localTime,
      timeZone: series.timeZone,
      intervalWeeks: series.intervalWeeks,
      meetings: inserted.length,
    },
    tell: { template: 'meetingScheduled', startsAt: first.startsAt },
  });
  return { series, meetings: inserted };
}

function assertWithinProgramRhythm(found: ScheduleMatch, intervalWeeks: number): void {
  const expected = weeksBetweenMeetings[found.program.cadenceFrequency] ?? 1;
  if (intervalWeeks > expected) {
    throw new AppError(
      'RHYTHM_OUTSIDE_PROGRAM',
      `This program expects you to meet at least ${found.program.cadenceFrequency === 'weekly' ? 'every week' : found.program.cadenceFrequency === 'fortnightly' ? 'every two weeks' : 'every four weeks'}.`,
      { programCadence: found.program.cadenceFrequency },
    );
  }
}

function firstWeekdayOnOrAfter(date: string, weekday: number): string {
  const current = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, (weekday - current + 7) % 7);
}

/**
 * Stops the match's current rhythm (if any): later scheduled occurrences are cancelled. Returns
 * their ids, so a new rhythm may take their places.
 */
export async function endCurrentSeries(
  tx: Tx,
  ctx: Ctx,
  found: ScheduleMatch,
  by: { side: MatchSide; userId: string },
  reason = 'The rhythm changed',
): Promise<string[]> {
  const now = ctx.clock.now();
  const current = await tx
    .update(meetingSeries)
    .set({ endedAt: now })
    .where(and(eq(meetingSeries.matchId, found.match.id), isNull(meetingSeries.endedAt)))
    .returning({ id: meetingSeries.id });
  if (current.length === 0) return [];
  const cancelled = await tx
    .update(meetings)
    .set({
      status: 'cancelled',
      cancelledBy: by.side,
      cancelledAt: now,
      cancelReason: reason,
      sequence: sql`${meetings.sequence} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(meetings.matchId, found.match.id),
        eq(meetings.status, 'scheduled'),
        gt(meetings.startsAt, now),
        sql`${meetings.seriesId} in (${sql.join(
          current.map((c) => sql`${c.id}`),
          sql`, `,
        )})`,
      ),
    )
    .returning({ id: meetings.id });
  for (const series of current) {
    await scheduleChanged(tx, ctx, found, {
      kind: 'series-ended',
      actorUserId: by.userId,
      actorRole: by.side,
      seriesId: series.id,
      detail: { reason, cancelledMeetings: cancelled.length },
    });
  }
  return cancelled.map((c) => c.id);
}
