// The engine's contract (../shared/design/MATCHING.md, "The engine's contract") as types. The
// validated forms below are what `validateMatchInput` returns: defaults filled in, lists deduplicated.

export type Objective = 'max-score' | 'most-matched-then-score';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface AvailabilityWindow {
  day: Weekday;
  /** "HH:MM", 00:00–23:59. */
  start: string;
  /** "HH:MM", after `start`; "24:00" is the end of the day. */
  end: string;
}

export interface Weights {
  experiences: number;
  goals: number;
  interests: number;
  availability: number;
  language: number;
}

export interface ProfileSettings {
  weights: Weights;
  /** A Monday, "YYYY-MM-DD". */
  referenceWeek: string;
  minOverlapMinutes: number;
  requireSharedLanguage: boolean;
  /** `null`: no age-gap constraint. */
  ageGap: { min: number; max: number } | null;
  objective: Objective;
}

interface PersonProfile {
  id: string;
  /** Experiences consented for matching. */
  experiences: string[];
  /** Those of `experiences` the person allows to be named to others. */
  showExperiences: string[];
  interests: string[];
  languages: string[];
  /** IANA time zone; required when `availability` is not empty. */
  timezone: string | null;
  availability: AvailabilityWindow[];
  gender: string | null;
  age: number | null;
  /** Ids of people on the other side this person must not be paired with. */
  excludes: string[];
}

export interface MentorProfile extends PersonProfile {
  /** Remaining capacity for this run; 0 takes no one. */
  capacity: number;
  strengths: string[];
}

export interface MenteeProfile extends PersonProfile {
  goals: string[];
  preferences: { mentorGender: string | null };
}

export interface ProfileForm {
  form: 'profile';
  settings: ProfileSettings;
  mentors: MentorProfile[];
  mentees: MenteeProfile[];
}

export interface ScoreForm {
  form: 'score';
  settings: { objective: Objective };
  mentors: { id: string; capacity: number }[];
  mentees: { id: string }[];
  /** `scores[menteeIndex][mentorIndex]`, integers 0–100, `null` for an impossible pair. */
  scores: (number | null)[][];
}

export type MatchInput = ProfileForm | ScoreForm;

export type ReasonCode =
  | 'shared-experience'
  | 'goal-strength'
  | 'shared-interest'
  | 'weekly-overlap'
  | 'shared-language';

/**
 * Why a pair was proposed. `detail` is the experience (or `"private"`), the goal, the interest,
 * the language, or for `weekly-overlap` the minutes of overlap in the reference week.
 */
export interface Reason {
  code: ReasonCode;
  detail: string;
}

export interface Assignment {
  mentee: string;
  mentor: string;
  score: number;
  /** Present (and true) only on a pair pinned before the run (MatchingOptions.pins). */
  pinned?: true;
  reasons: Reason[];
}

/** The hard constraints (and the score form's `null`) that can rule a pair out. */
export type RuledOutBy =
  | 'excluded'
  | 'mentor-gender'
  | 'age-gap'
  | 'language'
  | 'availability'
  | 'impossible-score'
  | 'no-capacity';

export type Unmatched =
  | {
      mentee: string;
      reason: 'no-possible-mentor';
      /** How many mentors each constraint ruled out (a mentor can count under several). */
      ruledOutBy: Partial<Record<RuledOutBy, number>>;
    }
  | {
      mentee: string;
      /** Every possible mentor's capacity went to pairs the objective prefers. */
      reason: 'capacity-taken';
      possibleMentors: number;
    };

export interface MatchOutput {
  assignments: Assignment[];
  unmatched: Unmatched[];
  objective: { matched: number; totalScore: number };
  optimal: true;
  /** The profile form's reference week, so the run can be repeated (it defaults to this week). */
  referenceWeek?: string;
}
