// The matching shapes the server returns (src/server/features/matching/presenters.ts).

export const weightNames = ['experiences', 'goals', 'interests', 'availability', 'language'] as const;
export type WeightName = (typeof weightNames)[number];
export type Weights = Record<WeightName, number>;

export const objectives = ['most-matched-then-score', 'max-score'] as const;
export type Objective = (typeof objectives)[number];

export interface MatchingSettings {
  weights: Weights;
  minOverlapMinutes: number;
  requireSharedLanguage: boolean;
  /** Mentor's age minus mentee's age must lie in min…max; null: no limit. */
  ageGap: { min: number; max: number } | null;
  objective: Objective;
}

/** A participant as matching shows them: the participant id and the account's display name. */
export interface Person {
  participantId: string;
  name: string;
}

/** A mentee and a mentor by participant id, as pins and forbids name them. */
export interface Pair {
  menteeId: string;
  mentorId: string;
}

export const reasonCodes = [
  'shared-experience',
  'goal-strength',
  'shared-interest',
  'weekly-overlap',
  'shared-language',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/**
 * Why two people fit. `detail` is the experience (or "private" when it may not be named to this
 * reader), the goal, the interest, the language, or for `weekly-overlap` the minutes as a string.
 */
export interface Reason {
  code: ReasonCode;
  detail: string;
}

export interface Figures {
  mentees: number;
  mentors: number;
  matched: number;
  /** One decimal; 0 when nobody is matched. */
  meanScore: number;
  /** Share (0–1) of the pairs with a shared lived experience. */
  sharingExperience: number;
}

export interface RunSummary {
  id: string;
  startedAt: string;
  startedBy: { name: string };
  approvedAt: string | null;
  /** The run considered only some mentees (e.g. a re-match). */
  limitedToMentees: boolean;
  figures: Figures;
}

export interface ProposedPair {
  mentee: Person;
  mentor: Person;
  score: number;
  pinned: boolean;
  reasons: Reason[];
}

/** The constraints that can rule a mentor out for a mentee, in the order they are reported. */
export const ruleOuts = [
  'excluded',
  'mentor-gender',
  'age-gap',
  'language',
  'availability',
  'impossible-score',
  'no-capacity',
] as const;
export type RuleOut = (typeof ruleOuts)[number];

export interface UnmatchedMentee {
  mentee: Person;
  reason: 'no-possible-mentor' | 'capacity-taken';
  /** For `no-possible-mentor`: how many mentors each constraint ruled out (one may count under several). */
  ruledOutBy?: Partial<Record<RuleOut, number>>;
  /** For `capacity-taken`: how many mentors were possible. */
  possibleMentors?: number;
}

export interface MatchingRun {
  id: string;
  programId: string;
  startedAt: string;
  startedBy: { name: string };
  approvedAt: string | null;
  settings: MatchingSettings & { referenceWeek: string };
  pins: Pair[];
  forbids: Pair[];
  menteeIds: string[] | null;
  previousRunId: string | null;
  figures: Figures;
  pairs: ProposedPair[];
  unmatched: UnmatchedMentee[];
}

export interface MatchingCandidates {
  mentees: Person[];
  mentors: (Person & { remainingCapacity: number })[];
}

export const matchStatuses = ['proposed', 'active', 'declined', 'closed'] as const;
export type MatchStatus = (typeof matchStatuses)[number];
export type MatchRole = 'mentor' | 'mentee';

export interface Match {
  id: string;
  programId: string;
  status: MatchStatus;
  source: 'cohort' | 'mentee_choice';
  score: number | null;
  mentor: Person;
  mentee: Person;
  proposedAt: string;
  startedAt: string | null;
  mentorAcceptedAt: string | null;
  menteeAcceptedAt: string | null;
  mentorAgreementAcknowledgedAt: string | null;
  menteeAgreementAcknowledgedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  closedAt: string | null;
  closeReason: string | null;
  rematch: boolean | null;
  /** Whose acceptance a proposed match still needs; empty once it is no longer proposed. */
  waitingFor: MatchRole[];
}

/**
 * The program's current confidentiality agreement, in the reader's language when published in it,
 * as one of the pair is asked to keep it for this match. `versionId` names this text.
 */
export interface MatchAgreement {
  versionId: string;
  version: number;
  language: string;
  /** Markdown. */
  body: string;
}

/** A match as one of the pair sees it. */
export interface MyMatch extends Match {
  myRole: MatchRole;
  programName: string;
  /** Null while the program has published no agreement: nobody can accept until it has. */
  agreement: MatchAgreement | null;
  /** What the two share; experiences named only where both allowed "show to my match". */
  shared: Reason[];
}

export const isMyMatch = (match: Match | MyMatch): match is MyMatch => 'myRole' in match;

export interface MentorSuggestion {
  participantId: string;
  name: string;
  score: number;
  reasons: Reason[];
}
