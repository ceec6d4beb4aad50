import { referenceWeekStartMs } from './reference-week.ts';
import { buildTagSets, type TagSets } from './tag-sets.ts';
import type { ProfileForm } from './types.ts';
import { weeklyUtcIntervals } from './weekly-availability.ts';

/** A profile-form cohort in flat arrays, built once and read by scoring, reasons and rule-outs. */
export interface CohortIndex {
  input: ProfileForm;
  menteeCount: number;
  mentorCount: number;
  experiences: TagSets;
  /** `idf(e)` per experience id (MATCHING.md "Scores"). */
  experienceIdf: Float64Array;
  /** `Σ idf` of each mentee's experiences: the experiences part's denominator. */
  menteeIdfTotal: Float64Array;
  /** Mentee goals against mentor strengths. */
  goals: TagSets;
  interests: TagSets;
  languages: TagSets;
  /** Flattened UTC intervals (weekly-availability.ts), mentee i at `menteeSlots[i] … menteeSlots[i + 1]`. */
  menteeIntervals: Int32Array;
  menteeSlots: Int32Array;
  mentorIntervals: Int32Array;
  mentorSlots: Int32Array;
  /** Every distinct end point of a mentor interval, ascending (UTC minutes). */
  breakpoints: Int32Array;
  /** `mentorIntervals` with each end point replaced by its index in `breakpoints`. */
  mentorBreakpoints: Int32Array;
  /** Gender codes; -1 for none. A mentee's preference uses the same codes. */
  mentorGender: Int32Array;
  menteeWantsGender: Int32Array;
  /** NaN where not given. */
  mentorAge: Float64Array;
  menteeAge: Float64Array;
  /** Mentors excluded for mentee i, either way round: `excludedMentors[excludedStart[i]] …`. */
  excludedStart: Int32Array;
  excludedMentors: Int32Array;
}

export function buildCohortIndex(input: ProfileForm): CohortIndex {
  const { mentors, mentees } = input;
  const experiences = buildTagSets(
    mentors.map((m) => m.experiences),
    mentees.map((e) => e.experiences),
  );
  const people = mentors.length + mentees.length;
  const experienceId = new Map(experiences.tags.map((tag, id) => [tag, id]));
  const holders = new Int32Array(experiences.tags.length);
  for (const person of [...mentors, ...mentees]) {
    for (const experience of person.experiences) holders[experienceId.get(experience)!]!++;
  }
  const experienceIdf = Float64Array.from(holders, (p) => Math.log((people + 1) / (p + 1)) + 1);
  const menteeIdfTotal = new Float64Array(mentees.length);
  for (let i = 0; i < mentees.length; i++) {
    let total = 0;
    for (let k = experiences.start[i]!; k < experiences.start[i + 1]!; k++)
      total += experienceIdf[experiences.items[k]!]!;
    menteeIdfTotal[i] = total;
  }

  const weekStartMs = referenceWeekStartMs(input.settings.referenceWeek);
  const menteeWeeks = flattenLists(mentees.map((e) => weeklyUtcIntervals(e.availability, e.timezone, weekStartMs)));
  const mentorWeeks = flattenLists(mentors.map((m) => weeklyUtcIntervals(m.availability, m.timezone, weekStartMs)));

  const genders = new Map<string, number>();
  const genderCode = (gender: string | null) => {
    if (gender === null) return -1;
    if (!genders.has(gender)) genders.set(gender, genders.size);
    return genders.get(gender)!;
  };
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map(mentees.map((e, i) => [e.id, i]));
  const excluded: number[][] = mentees.map((e) =>
    e.excludes.map((id) => mentorIndex.get(id)).filter((i): i is number => i !== undefined),
  );
  mentors.forEach((mentor, j) => {
    for (const id of mentor.excludes) {
      const i = menteeIndex.get(id);
      if (i !== undefined) excluded[i]!.push(j);
    }
  });
  const excludedLists = flattenLists(
    excluded.map((list) => (list.length < 2 ? list : [...new Set(list)].sort((a, b) => a - b))),
  );

  return {
    input,
    menteeCount: mentees.length,
    mentorCount: mentors.length,
    experiences,
    experienceIdf,
    menteeIdfTotal,
    goals: buildTagSets(
      mentors.map((m) => m.strengths),
      mentees.map((e) => e.goals),
    ),
    interests: buildTagSets(
      mentors.map((m) => m.interests),
      mentees.map((e) => e.interests),
    ),
    languages: buildTagSets(
      mentors.map((m) => m.languages),
      mentees.map((e) => e.languages),
    ),
    menteeIntervals: menteeWeeks.items,
    menteeSlots: menteeWeeks.start,
    mentorIntervals: mentorWeeks.items,
    mentorSlots: mentorWeeks.start,
    ...breakpointsOf(mentorWeeks.items),
    mentorGender: Int32Array.from(mentors, (m) => genderCode(m.gender)),
    menteeWantsGender: Int32Array.from(mentees, (e) => genderCode(e.preferences.mentorGender)),
    mentorAge: Float64Array.from(mentors, (m) => m.age ?? Number.NaN),
    menteeAge: Float64Array.from(mentees, (e) => e.age ?? Number.NaN),
    excludedStart: excludedLists.start,
    excludedMentors: excludedLists.items,
  };
}

/** Lets scoring read a pair's overlap from a per-mentee table at the mentors' end points (score-all-pairs.ts). */
function breakpointsOf(intervals: Int32Array): { breakpoints: Int32Array; mentorBreakpoints: Int32Array } {
  const breakpoints = Int32Array.from(new Set(intervals)).sort();
  const position = new Map<number, number>();
  breakpoints.forEach((minute, k) => {
    position.set(minute, k);
  });
  return { breakpoints, mentorBreakpoints: intervals.map((minute) => position.get(minute)!) };
}

/** Lists of numbers as one array and the offsets where each list starts (CSR). */
function flattenLists(lists: readonly number[][]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => {
    start[i + 1] = start[i]! + list.length;
  });
  const items = new Int32Array(start[lists.length]!);
  lists.forEach((list, i) => {
    items.set(list, start[i]!);
  });
  return { start, items };
}
