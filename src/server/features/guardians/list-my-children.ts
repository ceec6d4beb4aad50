import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { user } from '../identity/tables.ts';
import { activeMatchesOf } from '../matching/active-matches-of.ts';
import { listMeetingTimes, type MeetingTime } from '../meetings/list-meeting-times.ts';
import { organizations, programs } from '../organizations/tables.ts';
import { guardianships, participants } from '../participants/tables.ts';
import { firstName } from './invite-guardian.ts';

/**
 * A meeting's status as a guardian reads it: planned, took place, did not take place, called
 * off, or not confirmed yet — once it has started and until the pair agree on what happened.
 * A disagreement between them is theirs to settle, so it reads as "not confirmed yet" too.
 */
export const guardianMeetingStatuses = ['planned', 'unconfirmed', 'held', 'not-held', 'cancelled'] as const;
type GuardianMeetingStatus = (typeof guardianMeetingStatuses)[number];

function guardianStatus(meeting: MeetingTime, now: Date): GuardianMeetingStatus {
  switch (meeting.status) {
    case 'held':
      return 'held';
    case 'no-show':
      return 'not-held';
    case 'cancelled':
      return 'cancelled';
    case 'disputed':
      return 'unconfirmed';
    case 'scheduled':
      return meeting.startsAt > now ? 'planned' : 'unconfirmed';
  }
}

const DAY_MS = 24 * 3600 * 1000;
/** A guardian sees the last four weeks' meetings and the next eight weeks'. */
const SCHEDULE_PAST_DAYS = 28;
const SCHEDULE_AHEAD_DAYS = 56;

/**
 * The children a signed-in guardian consented for: program, role and status, since when they are
 * matched (the fact of a match, not with whom) and their meetings' times, places and whether they
 * took place. Guardians see consent, the schedule and the fact of a match, never a profile or
 * anything private (reasons for changes, video links, attendance answers).
 */
export async function listMyChildren(db: Db, actor: Actor, now: Date) {
  const rows = await db
    .select({
      guardianshipId: guardianships.id,
      confirmedAt: guardianships.confirmedAt,
      participantId: participants.id,
      role: participants.role,
      status: participants.status,
      childName: user.name,
      programName: programs.name,
      organizationName: organizations.name,
    })
    .from(guardianships)
    .innerJoin(participants, eq(participants.id, guardianships.participantId))
    .innerJoin(user, eq(user.id, participants.userId))
    .innerJoin(programs, eq(programs.id, participants.programId))
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(
      and(
        eq(guardianships.guardianUserId, actor.userId),
        isNotNull(guardianships.confirmedAt),
        isNull(guardianships.withdrawnAt),
      ),
    )
    .orderBy(guardianships.confirmedAt);
  const matches = await activeMatchesOf(
    db,
    rows.map((r) => r.participantId),
  );
  const meetings = await listMeetingTimes(
    db,
    [...new Set(matches.map((m) => m.matchId))],
    new Date(now.getTime() - SCHEDULE_PAST_DAYS * DAY_MS),
    new Date(now.getTime() + SCHEDULE_AHEAD_DAYS * DAY_MS),
  );
  return rows.map((r) => {
    const own = matches.filter((m) => m.participantId === r.participantId);
    const matchIds = new Set(own.map((m) => m.matchId));
    const since = own.map((m) => m.startedAt).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    return {
      ...r,
      childFirstName: firstName(r.childName),
      matchedSince: since,
      meetings: meetings.filter((m) => matchIds.has(m.matchId)).map((m) => ({ ...m, status: guardianStatus(m, now) })),
    };
  });
}
