import type { Ctx } from '../../server/context.ts';
import { toLocalParts } from '../../server/lib/zoned-time.ts';
import type { PlannedParticipant } from './load-participant-records.ts';
import { matchStory, STORY_DAYS } from './match-story.ts';
import type { StoryPair, StoryPerson } from './meeting-story.ts';
import type { DemoOrganization } from './organizations.ts';
import { seededRandom } from './people.ts';
import { playStory, type StoryClock } from './story-clock.ts';

const DAY = 86_400_000;

/**
 * The program's matches and their last six weeks, played through the product with the clock
 * set back (see story-clock.ts) and ending now. Only where the program ran all that time and
 * runs on for a while (a school's summer has no matches); otherwise there are none.
 */
export async function loadMatchStory(
  ctx: Ctx,
  clock: StoryClock,
  input: {
    org: DemoOrganization;
    programId: string;
    participants: (PlannedParticipant & { participantId: string })[];
    today: Date;
    seed: number;
  },
): Promise<StoryPair[]> {
  const { org, today } = input;
  const dates = org.program.dates(today);
  const localDay = (days: number) => toLocalParts(new Date(today.getTime() + days * DAY), org.timeZone).date;
  if (dates.startsOn > localDay(-STORY_DAYS) || dates.endsOn < localDay(14)) return [];
  const person = (p: PlannedParticipant & { participantId: string }): StoryPerson => ({
    participantId: p.participantId,
    userId: p.userId,
    name: p.name,
    email: p.email,
  });
  const { steps, pairs } = matchStory(
    {
      programId: input.programId,
      kind: org.kind,
      timeZone: org.timeZone,
      cadenceMinutes: org.program.cadenceMinutes,
      readyMentees: input.participants.filter((p) => p.role === 'mentee' && p.plan.status === 'ready').map(person),
      mentors: new Map(input.participants.filter((p) => p.role === 'mentor').map((p) => [p.participantId, person(p)])),
    },
    seededRandom(input.seed),
    today,
  );
  await playStory(ctx, clock, steps, today);
  return pairs;
}
