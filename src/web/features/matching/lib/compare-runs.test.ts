import { describe, expect, it } from 'vitest';
import type { ProposedPair } from '../api/types.ts';
import { compareRuns, togglePair } from './compare-runs.ts';

const pair = (mentee: string, mentor: string, score: number): ProposedPair => ({
  mentee: { participantId: `e-${mentee}`, name: mentee },
  mentor: { participantId: `m-${mentor}`, name: mentor },
  score,
  pinned: false,
  reasons: [],
});

describe('compareRuns', () => {
  it('sorts pairs into new, gone and same, keeping both scores of a kept pair', () => {
    const previous = [pair('Ana', 'Bea', 70), pair('Carl', 'Dora', 60)];
    const current = [pair('Ana', 'Bea', 74), pair('Carl', 'Eve', 65), pair('Fay', 'Dora', 50)];
    const { added, gone, same } = compareRuns(current, previous);
    expect(same).toEqual([expect.objectContaining({ score: 74, previousScore: 70 })]);
    expect(added.map((c) => `${c.mentee.name}-${c.mentor.name}`)).toEqual(['Carl-Eve', 'Fay-Dora']);
    expect(gone).toEqual([expect.objectContaining({ score: null, previousScore: 60 })]);
    expect(gone[0]?.mentor.name).toBe('Dora');
  });

  it('treats a mentee who moved to another mentor as one pair gone and one new', () => {
    const { added, gone, same } = compareRuns([pair('Ana', 'Eve', 80)], [pair('Ana', 'Bea', 80)]);
    expect([added.length, gone.length, same.length]).toEqual([1, 1, 0]);
  });
});

describe('togglePair', () => {
  it('adds a pair once and removes it again', () => {
    const p = { menteeId: 'e1', mentorId: 'm1' };
    const once = togglePair(togglePair([], p, true), p, true);
    expect(once).toEqual([p]);
    expect(togglePair(once, { ...p }, false)).toEqual([]);
  });
});
