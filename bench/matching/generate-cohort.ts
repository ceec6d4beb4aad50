// Seeded, realistic-looking profile-form cohorts for the matching benchmark: lived experiences with
// a few common and many rare ones, afternoon availability in four US time zones, English plus some
// Spanish, teenage mentees and young-adult mentors, a few gender preferences and exclusions.
// About one pair in ten is impossible (language, availability, gender, age gap, exclusions).

type Random = () => number;

/** mulberry32: small, fast and good enough to make benchmark data repeatable. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const EXPERIENCES = Array.from({ length: 40 }, (_, k) => `experience-${k}`);
const GOALS = Array.from({ length: 16 }, (_, k) => `goal-${k}`);
const INTERESTS = Array.from({ length: 50 }, (_, k) => `interest-${k}`);
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function pick<T>(random: Random, list: readonly T[], count: number, skew = 1): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(list[Math.floor(random() ** skew * list.length)]!);
  return [...chosen];
}

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function availability(random: Random) {
  return pick(random, DAYS.slice(0, 5), between(random, 4, 5)).map((day) => {
    const start = between(random, 14, 17);
    return { day, start: `${start}:${random() < 0.5 ? '00' : '30'}`, end: `${start + between(random, 3, 4)}:00` };
  });
}

function person(random: Random, id: string) {
  const experiences = pick(random, EXPERIENCES, between(random, 1, 4), 2);
  return {
    id,
    experiences,
    showExperiences: experiences.filter(() => random() < 0.7),
    interests: pick(random, INTERESTS, between(random, 2, 5), 1.5),
    timezone: ZONES[Math.floor(random() ** 1.5 * ZONES.length)]!,
    availability: availability(random),
    gender: random() < 0.5 ? 'female' : 'male',
  };
}

export function generateCohort(mentees: number, mentors: number, seed: number) {
  const random = seededRandom(seed);
  return {
    settings: { referenceWeek: '2026-11-02', objective: 'most-matched-then-score' as const },
    mentors: Array.from({ length: mentors }, (_, j) => ({
      ...person(random, `mentor-${j}`),
      capacity: between(random, 1, 5),
      strengths: pick(random, GOALS, between(random, 2, 5)),
      languages: random() < 0.3 ? ['en', 'es'] : ['en'],
      age: between(random, 18, 24),
      excludes: random() < 0.02 ? [`mentee-${between(random, 0, mentees - 1)}`] : [],
    })),
    mentees: Array.from({ length: mentees }, (_, i) => ({
      ...person(random, `mentee-${i}`),
      goals: pick(random, GOALS, between(random, 1, 3)),
      languages: random() < 0.03 ? ['es'] : random() < 0.3 ? ['en', 'es'] : ['en'],
      age: between(random, 13, 17),
      preferences: { mentorGender: random() < 0.05 ? 'female' : null },
      excludes: [],
    })),
  };
}
