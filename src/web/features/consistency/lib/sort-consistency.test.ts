import { describe, expect, it } from 'vitest';
import type { MatchConsistency } from '../api/types.ts';
import { sortConsistency } from './sort-consistency.ts';

const row = (
  mentee: string,
  adherence: number | null,
  extra: { disputed?: number; medianHours?: number | null } = {},
): MatchConsistency => ({
  matchId: `match-${mentee}`,
  status: 'active',
  mentor: { participantId: `m-${mentee}`, name: 'Milo' },
  mentee: { participantId: `e-${mentee}`, name: mentee },
  figures: {
    cadenceDays: 7,
    expected: 4,
    held: adherence === null ? 0 : Math.round(adherence * 4),
    adherence,
    upcoming: 0,
    awaitingConfirmation: 0,
    disputed: extra.disputed ?? 0,
    cancelled: { mentor: 0, mentee: 0 },
    lateChanges: { mentor: 0, mentee: 0 },
    noShows: { mentor: 0, mentee: 0 },
    commitments: { due: 0, keptOnTime: 0, overdue: 0, open: 0 },
    mentorResponses: { answered: 0, pending: 0, medianHours: extra.medianHours ?? null },
  },
});

const names = (rows: MatchConsistency[]) => rows.map((r) => r.mentee.name);

describe('sortConsistency', () => {
  it('puts the lowest adherence first and matches with nothing expected yet last', () => {
    const rows = [row('Ana', 1), row('Bo', null), row('Cy', 0.25), row('Di', 0.5)];
    expect(names(sortConsistency(rows, 'adherence', 'ascending'))).toEqual(['Cy', 'Di', 'Ana', 'Bo']);
  });

  it('keeps unmeasured rows last when the order is reversed', () => {
    const rows = [
      row('Ana', null, { medianHours: null }),
      row('Bo', 1, { medianHours: 2 }),
      row('Cy', 1, { medianHours: 30 }),
    ];
    expect(names(sortConsistency(rows, 'response', 'descending'))).toEqual(['Cy', 'Bo', 'Ana']);
    expect(names(sortConsistency(rows, 'response', 'ascending'))).toEqual(['Bo', 'Cy', 'Ana']);
  });

  it('breaks ties by adherence, then by name', () => {
    const rows = [row('Di', 1, { disputed: 1 }), row('Ana', 0.5, { disputed: 1 }), row('Bo', 0.5), row('Cy', 0.5)];
    expect(names(sortConsistency(rows, 'disputed', 'descending'))).toEqual(['Ana', 'Di', 'Bo', 'Cy']);
  });
});
