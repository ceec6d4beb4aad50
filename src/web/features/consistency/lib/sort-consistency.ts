import type { MatchConsistency } from '../api/types.ts';

export const sortKeys = ['pair', 'adherence', 'lateChanges', 'noShows', 'disputed', 'commitments', 'response'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

/** Share of due commitments kept on time, or null when none were due yet. */
export const commitmentsKept = (row: MatchConsistency): number | null =>
  row.figures.commitments.due > 0 ? row.figures.commitments.keptOnTime / row.figures.commitments.due : null;

const total = (pair: { mentor: number; mentee: number }) => pair.mentor + pair.mentee;

/** The value a column sorts by; null (nothing to measure yet) always sorts last. */
function sortValue(row: MatchConsistency, key: SortKey): number | string | null {
  switch (key) {
    case 'pair':
      return `${row.mentee.name} ${row.mentor.name}`.toLocaleLowerCase();
    case 'adherence':
      return row.figures.adherence;
    case 'lateChanges':
      return total(row.figures.lateChanges);
    case 'noShows':
      return total(row.figures.noShows);
    case 'disputed':
      return row.figures.disputed;
    case 'commitments':
      return commitmentsKept(row);
    case 'response':
      return row.figures.mentorResponses.medianHours;
  }
}

/** The direction that puts the matches needing attention first, per column. */
export const worstFirst: Record<SortKey, SortDirection> = {
  pair: 'ascending',
  adherence: 'ascending',
  lateChanges: 'descending',
  noShows: 'descending',
  disputed: 'descending',
  commitments: 'ascending',
  response: 'descending',
};

/**
 * The rows ordered by one column; ties fall back to adherence (lowest first), then the mentee's
 * name, so the order is stable whatever the server sent.
 */
export function sortConsistency(rows: MatchConsistency[], key: SortKey, direction: SortDirection): MatchConsistency[] {
  const compare = (a: MatchConsistency, b: MatchConsistency, by: SortKey, sign: number): number => {
    const x = sortValue(a, by);
    const y = sortValue(b, by);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  };
  return [...rows].sort(
    (a, b) =>
      compare(a, b, key, direction === 'ascending' ? 1 : -1) ||
      compare(a, b, 'adherence', 1) ||
      compare(a, b, 'pair', 1),
  );
}
