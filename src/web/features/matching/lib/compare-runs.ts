import type { Pair, Person, ProposedPair } from '../api/types.ts';

export interface PairChange {
  mentee: Person;
  mentor: Person;
  /** This run's score; null for a pair only the previous run had. */
  score: number | null;
  /** The previous run's score; null for a pair new in this run. */
  previousScore: number | null;
}

export interface RunComparison {
  /** Pairs this run proposes and the previous one did not. */
  added: PairChange[];
  /** Pairs the previous run proposed and this one does not. */
  gone: PairChange[];
  /** Pairs both runs propose (the score can differ when the settings changed). */
  same: PairChange[];
}

export const pairKey = (pair: Pair) => `${pair.menteeId} ${pair.mentorId}`;
const keyOf = (pair: ProposedPair) =>
  pairKey({ menteeId: pair.mentee.participantId, mentorId: pair.mentor.participantId });

/** Which pairs a run added, dropped and kept compared with an earlier run, each list by mentee name. */
export function compareRuns(current: ProposedPair[], previous: ProposedPair[]): RunComparison {
  const before = new Map(previous.map((p) => [keyOf(p), p]));
  const now = new Map(current.map((p) => [keyOf(p), p]));
  const byMentee = (a: PairChange, b: PairChange) =>
    a.mentee.name.localeCompare(b.mentee.name) || a.mentor.name.localeCompare(b.mentor.name);
  const added: PairChange[] = [];
  const same: PairChange[] = [];
  for (const [key, p] of now) {
    const earlier = before.get(key);
    const change = { mentee: p.mentee, mentor: p.mentor, score: p.score, previousScore: earlier?.score ?? null };
    (earlier ? same : added).push(change);
  }
  const gone = [...before]
    .filter(([key]) => !now.has(key))
    .map(([, p]) => ({ mentee: p.mentee, mentor: p.mentor, score: null, previousScore: p.score }));
  return { added: added.sort(byMentee), gone: gone.sort(byMentee), same: same.sort(byMentee) };
}

/** Adds or removes one pair from a list of pins or forbids. */
export function togglePair(list: Pair[], pair: Pair, isOn: boolean): Pair[] {
  const rest = list.filter((p) => pairKey(p) !== pairKey(pair));
  return isOn ? [...rest, pair] : rest;
}
