import type { Tx } from '../../server/db/database.ts';
import { findCurrentAgreementVersion } from '../../server/features/agreements/find-current-agreement-version.ts';
import { acceptMatch } from '../../server/features/matching/accept-match.ts';
import { rankMentorsForMentee } from '../../server/features/matching/rank-mentors-for-mentee.ts';
import { requestMentor } from '../../server/features/matching/request-mentor.ts';
import { createSeries } from '../../server/features/meetings/create-series.ts';
import { suggestMeetingTimes } from '../../server/features/meetings/suggest-meeting-times.ts';
import { getParticipantForActor } from '../../server/features/participants/get-participant-for-actor.ts';
import { addDays, localToInstant, toLocalParts } from '../../server/lib/zoned-time.ts';
import { actorFor } from './load-participant-records.ts';
import { meetingSteps, type PairRole, type StoryPair, type StoryPerson } from './meeting-story.ts';
import { type Random, shuffle } from './people.ts';
import type { StoryStep } from './story-clock.ts';
import { storyWords } from './story-words.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How long ago the pairs met (about six weeks of weekly meetings behind them). */
export const STORY_DAYS = 44;
/** One pair of each kind, in this order: the first is the one the summary names. */
const ROLES: readonly PairRole[] = ['showcase', 'no-show', 'disputed', 'awaiting'];

export interface MatchStoryProgram {
  programId: string;
  kind: 'school' | 'community';
  timeZone: string;
  cadenceMinutes: number;
  readyMentees: StoryPerson[];
  mentors: Map<string, StoryPerson>;
}

/**
 * The first steps of the demo's matches: four ready mentees (seeded choice; one stays ready for
 * whoever tries choosing a mentor) each ask their best suggested mentor, who accepts the next day;
 * one of the pair then agrees a weekly rhythm, and the meetings' own story follows.
 * The pairs are filled in as the story plays.
 */
export function matchStory(program: MatchStoryProgram, random: Random, now: Date) {
  const pairs: StoryPair[] = [];
  const chosenMentors = new Set<string>();
  const mentees = shuffle(random, program.readyMentees).slice(0, ROLES.length);
  const firstDay = toLocalParts(new Date(now.getTime() - STORY_DAYS * DAY), program.timeZone).date;
  const steps = mentees.map((mentee, i): StoryStep => {
    const role = ROLES[i] as PairRole;
    const requestAt = new Date(localToInstant(`${firstDay}T16:00`, program.timeZone).getTime() + i * 47 * MINUTE);
    const rhythm = { choice: random(), isSetByMentor: random() < 0.5 };
    const seed = random();
    return {
      at: requestAt,
      async run(tx, ctx) {
        const agreementId = await currentAgreementId(tx, program.programId);
        const menteeActor = await actorFor(tx, mentee.userId, mentee);
        const participant = await getParticipantForActor(tx, menteeActor, mentee.participantId, 'self');
        const { ranked } = await rankMentorsForMentee(tx, ctx, participant, Number.POSITIVE_INFINITY);
        const choice = ranked.find((r) => !chosenMentors.has(r.mentor)) ?? ranked[0];
        const mentor = choice && program.mentors.get(choice.mentor);
        if (!mentor) throw new Error(`the demo mentee ${mentee.email} has no mentor to ask`);
        chosenMentors.add(mentor.participantId);
        const match = await requestMentor(tx, ctx, menteeActor, mentee.participantId, {
          mentorParticipantId: mentor.participantId,
          agreementVersionId: agreementId,
        });
        const pair: StoryPair = { role, matchId: match.id, mentor, mentee, timeZone: program.timeZone, seed };
        pairs.push(pair);
        const acceptAt = new Date(requestAt.getTime() + 26 * 60 * MINUTE + i * 13 * MINUTE);
        return [
          {
            at: acceptAt,
            async run(tx, ctx) {
              await acceptMatch(tx, ctx, await actorFor(tx, mentor.userId, mentor), match.id, agreementId);
              return [seriesStep(pair, program, rhythm, new Date(acceptAt.getTime() + 35 * MINUTE), now)];
            },
          },
        ];
      },
    };
  });
  return { steps, pairs };
}

function seriesStep(
  pair: StoryPair,
  program: MatchStoryProgram,
  rhythm: { choice: number; isSetByMentor: boolean },
  at: Date,
  now: Date,
): StoryStep {
  return {
    at,
    async run(tx, ctx) {
      const person = rhythm.isSetByMentor ? pair.mentor : pair.mentee;
      const actor = await actorFor(tx, person.userId, person);
      const durationMinutes = program.cadenceMinutes;
      // What the schedule page offers them: weekly times inside both availabilities.
      const offered = await suggestMeetingTimes(tx, actor, pair.matchId, durationMinutes, at);
      const time = offered[Math.floor(rhythm.choice * offered.length)];
      if (!time) throw new Error(`the demo pair ${pair.mentor.email}, ${pair.mentee.email} share no time`);
      const { meetings } = await createSeries(tx, ctx, actor, pair.matchId, {
        weekday: time.weekday,
        localTime: time.localTime,
        timeZone: time.timeZone,
        intervalWeeks: 1,
        durationMinutes,
        firstDate: addDays(toLocalParts(at, program.timeZone).date, 2),
        location: storyWords[program.kind].location,
      });
      return meetingSteps(pair, meetings, storyWords[program.kind], now);
    },
  };
}

async function currentAgreementId(tx: Tx, programId: string): Promise<string> {
  const current = await findCurrentAgreementVersion(tx, programId);
  const text = current?.texts.find((t) => t.language === 'en') ?? current?.texts[0];
  if (!text) throw new Error('the demo program has no agreement to accept');
  return text.id;
}
