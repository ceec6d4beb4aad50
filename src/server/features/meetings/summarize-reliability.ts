import type { ConsistencyFigures } from './measure-consistency.ts';

/** A mentor's figures over all their started matches: the summary they and their coordinator see. */
export function summarizeReliability(all: ConsistencyFigures[]) {
  const sum = (pick: (f: ConsistencyFigures) => number) => all.reduce((total, f) => total + pick(f), 0);
  const expected = sum((f) => f.expected);
  const held = sum((f) => f.held);
  const due = sum((f) => f.commitments.due);
  const hours = all.map((f) => f.mentorResponses.medianHours).filter((h): h is number => h !== null);
  return {
    matches: all.length,
    expected,
    held,
    adherence: expected > 0 ? Math.min(1, held / expected) : null,
    lateChanges: sum((f) => f.lateChanges.mentor),
    noShows: sum((f) => f.noShows.mentor),
    commitmentsKeptOnTime: due > 0 ? sum((f) => f.commitments.keptOnTime) / due : null,
    medianResponseHours: hours.length ? hours.sort((a, b) => a - b)[Math.floor(hours.length / 2)]! : null,
  };
}
