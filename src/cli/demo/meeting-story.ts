import type { Ctx } from '../../server/context.ts';
import type { Tx } from '../../server/db/database.ts';
import { completeCommitment } from '../../server/features/commitments/complete-commitment.ts';
import { createCommitment } from '../../server/features/commitments/create-commitment.ts';
import type { Actor } from '../../server/features/identity/actor.ts';
import { cancelMeeting } from '../../server/features/meetings/cancel-meeting.ts';
import { proposeMeeting } from '../../server/features/meetings/propose-meeting.ts';
import { type AttendanceInput, recordAttendance } from '../../server/features/meetings/record-attendance.ts';
import type { MatchSideName, MeetingRow } from '../../server/features/meetings/tables.ts';
import { addDays, toLocalParts } from '../../server/lib/zoned-time.ts';
import { actorFor } from './load-participant-records.ts';
import { type Random, seededRandom } from './people.ts';
import type { StoryStep } from './story-clock.ts';
import type { StoryWords } from './story-words.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface StoryPerson {
  participantId: string;
  userId: string;
  name: string;
  email: string;
}

/**
 * What sets a pair's weeks apart: the showcase pair has a late cancellation, a commitment gone
 * overdue and a new time the mentee proposed; one pair has a no-show, one a meeting the two
 * remember differently (for the coordinator to resolve), one a meeting the mentee has not
 * confirmed yet. Every pair has held meetings, a commitment kept and one still open.
 */
export type PairRole = 'showcase' | 'no-show' | 'disputed' | 'awaiting';

export interface StoryPair {
  role: PairRole;
  matchId: string;
  mentor: StoryPerson;
  mentee: StoryPerson;
  timeZone: string;
  /** In [0, 1): the pair's own seed, so its answers do not depend on the other pairs. */
  seed: number;
}

/** The weeks after a rhythm is agreed: answers after each meeting, commitments, changes. */
export function meetingSteps(pair: StoryPair, meetings: MeetingRow[], words: StoryWords, now: Date): StoryStep[] {
  const random = seededRandom(Math.floor(pair.seed * 2 ** 32));
  const past = meetings.filter((m) => m.startsAt < now);
  const last = past.length - 1;
  const cancelled = pair.role === 'showcase' ? past[last - 3] : undefined;
  const troubled = pair.role === 'no-show' || pair.role === 'disputed' ? past[last - 1] : undefined;
  const steps: StoryStep[] = [];
  for (const [k, meeting] of past.entries()) {
    if (meeting === cancelled) {
      steps.push(
        as(pair.mentor, new Date(meeting.startsAt.getTime() - 5 * HOUR), (tx, ctx, actor) =>
          cancelMeeting(tx, ctx, actor, meeting.id, words.lateCancelReason),
        ),
      );
      continue;
    }
    const answers = answersOf(pair.role, meeting === troubled, k === last, random);
    const answerAt = (minutes: number) => new Date(meeting.endsAt.getTime() + minutes * MINUTE);
    const mentorAt = answerAt(20 + Math.floor(random() * 120));
    const menteeAt = answerAt(60 + Math.floor(random() * 240));
    if (answers.mentor) {
      const input = answers.mentor;
      steps.push(as(pair.mentor, mentorAt, (tx, ctx, a) => recordAttendance(tx, ctx, a, meeting.id, input)));
    }
    if (answers.mentee) {
      const input = answers.mentee;
      steps.push(as(pair.mentee, menteeAt, (tx, ctx, a) => recordAttendance(tx, ctx, a, meeting.id, input)));
    }
  }
  const met = past.filter((m) => m !== cancelled && m !== troubled);
  steps.push(...commitmentSteps(pair, met, words, random, now));
  const next = meetings.find((m) => m.startsAt.getTime() > now.getTime() + DAY);
  if (pair.role === 'showcase' && next) {
    const local = toLocalParts(next.startsAt, next.timeZone);
    steps.push(
      as(pair.mentee, new Date(now.getTime() - 3 * HOUR), (tx, ctx, actor) =>
        proposeMeeting(tx, ctx, actor, pair.matchId, {
          meetingId: next.id,
          localStart: `${addDays(local.date, 1)}T${local.time}`,
          timeZone: next.timeZone,
          durationMinutes: (next.endsAt.getTime() - next.startsAt.getTime()) / MINUTE,
          reason: words.proposalReason,
        }),
      ),
    );
  }
  return steps;
}

const FELT_HEARD = [3, 4, 4, 5, 5, 5];

function answersOf(
  role: PairRole,
  isTroubled: boolean,
  isLatest: boolean,
  random: Random,
): { mentor: AttendanceInput | null; mentee: AttendanceInput | null } {
  const met = {
    mentor: { answer: 'met' as const, sharedExperience: random() < 0.35 },
    mentee: { answer: 'met' as const, feltHeard: FELT_HEARD[Math.floor(random() * FELT_HEARD.length)] ?? 4 },
  };
  if (isTroubled && role === 'no-show') {
    return { mentor: { answer: 'they-did-not-come' }, mentee: { answer: 'i-could-not-come' } };
  }
  if (isTroubled && role === 'disputed') {
    return { mentor: { answer: 'met', sharedExperience: false }, mentee: { answer: 'they-did-not-come' } };
  }
  if (isLatest && role === 'awaiting') return { mentor: met.mentor, mentee: null };
  return met;
}

/**
 * Written after meetings they had: a mentee's from the first, kept before it was due; (showcase
 * and no-show pairs) a mentor's from a few weeks ago, now overdue; a mentee's from the latest,
 * due in six days, so it is open whenever the demo is looked at that week.
 */
function commitmentSteps(
  pair: StoryPair,
  met: MeetingRow[],
  words: StoryWords,
  random: Random,
  now: Date,
): StoryStep[] {
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] as string;
  const localDate = (at: Date) => toLocalParts(at, pair.timeZone).date;
  const steps: StoryStep[] = [];
  const created = new Map<string, string>();
  const commit = (meeting: MeetingRow | undefined, owner: MatchSideName, text: string, dueDate: string) => {
    if (!meeting) return;
    const person = owner === 'mentor' ? pair.mentor : pair.mentee;
    steps.push(
      as(person, new Date(meeting.endsAt.getTime() + 10 * MINUTE), async (tx, ctx, actor) => {
        created.set(text, (await createCommitment(tx, ctx, actor, pair.matchId, { owner, text, dueDate })).id);
      }),
    );
  };
  const first = met[0];
  if (first) {
    const kept = pick(words.kept);
    commit(first, 'mentee', kept, addDays(localDate(first.startsAt), 5));
    // Marked done four days on, before the end of its due day.
    steps.push(
      as(pair.mentee, new Date(first.startsAt.getTime() + 4 * DAY), (tx, ctx, actor) =>
        completeCommitment(tx, ctx, actor, created.get(kept) as string),
      ),
    );
  }
  const earlier = met[met.length - 3];
  if (earlier && (pair.role === 'showcase' || pair.role === 'no-show')) {
    commit(earlier, 'mentor', pick(words.overdue), addDays(localDate(earlier.startsAt), 3));
  }
  const latest = met.filter((m) => m.endsAt.getTime() + 10 * MINUTE <= now.getTime()).at(-1);
  commit(latest, 'mentee', pick(words.open), addDays(localDate(now), 6));
  return steps;
}

/** A step one of the pair takes, as themself. */
function as(person: StoryPerson, at: Date, act: (tx: Tx, ctx: Ctx, actor: Actor) => Promise<unknown>): StoryStep {
  return {
    at,
    async run(tx, ctx) {
      await act(tx, ctx, await actorFor(tx, person.userId, person));
      return undefined;
    },
  };
}
