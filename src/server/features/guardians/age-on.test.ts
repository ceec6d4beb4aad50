import { describe, expect, it } from 'vitest';
import { ageOn } from './age-on.ts';

describe('ageOn', () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageOn('2014-06-15', '2026-06-14')).toBe(11);
    expect(ageOn('2014-06-15', '2026-06-15')).toBe(12);
    expect(ageOn('2014-06-15', '2026-12-31')).toBe(12);
  });

  it('lets a 29 February birthday count from 1 March in common years', () => {
    expect(ageOn('2012-02-29', '2025-02-28')).toBe(12);
    expect(ageOn('2012-02-29', '2025-03-01')).toBe(13);
    expect(ageOn('2012-02-29', '2024-02-29')).toBe(12);
  });
});
