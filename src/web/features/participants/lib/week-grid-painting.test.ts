import { describe, expect, it } from 'vitest';
import { cellsToSlots, slotsToCells } from './availability-cells.ts';
import { movedPosition } from './week-grid-navigation.ts';
import { ALL_ROWS, isMarkedAt, paintRectangle, rowsToShow, USUAL_ROWS } from './week-grid-painting.ts';

const noon = 24;

describe('paintRectangle', () => {
  it('marks every cell between two corners given in either order', () => {
    const week = paintRectangle(slotsToCells([]), { day: 2, row: noon + 1 }, { day: 1, row: noon }, true);
    expect(cellsToSlots(week)).toEqual([
      { day: 'tue', start: '12:00', end: '13:00' },
      { day: 'wed', start: '12:00', end: '13:00' },
    ]);
  });

  it('clears cells, parts of half hours included, and leaves the rest alone', () => {
    const week = slotsToCells([{ day: 'mon', start: '11:45', end: '13:10' }]);
    const cleared = paintRectangle(week, { day: 0, row: noon - 1 }, { day: 0, row: noon }, false);
    expect(cellsToSlots(cleared)).toEqual([{ day: 'mon', start: '12:30', end: '13:10' }]);
    expect(isMarkedAt(week, { day: 0, row: noon - 1 })).toBe(true);
    expect(isMarkedAt(cleared, { day: 0, row: noon - 1 })).toBe(false);
  });

  it('makes a half hour held in part whole when marked', () => {
    const week = slotsToCells([{ day: 'mon', start: '12:10', end: '12:20' }]);
    expect(cellsToSlots(paintRectangle(week, { day: 0, row: noon }, { day: 0, row: noon }, true))).toEqual([
      { day: 'mon', start: '12:00', end: '12:30' },
    ]);
  });
});

describe('rowsToShow', () => {
  it('shows 07:00 to 22:00 when nothing is marked outside those hours', () => {
    expect(rowsToShow(slotsToCells([{ day: 'mon', start: '07:00', end: '22:00' }]))).toEqual(USUAL_ROWS);
  });

  it('widens to whole hours around time marked earlier or later', () => {
    const week = slotsToCells([
      { day: 'tue', start: '06:30', end: '07:00' },
      { day: 'sat', start: '21:50', end: '22:10' },
    ]);
    expect(rowsToShow(week)).toEqual({ first: 12, last: 45 });
    expect(rowsToShow(slotsToCells([{ day: 'sun', start: '00:00', end: '23:59' }]))).toEqual(ALL_ROWS);
  });
});

describe('movedPosition', () => {
  const at = { day: 3, row: 20 };

  it('moves one cell with the arrows and stops at the edges of the rows shown', () => {
    expect(movedPosition(at, 'ArrowUp', USUAL_ROWS)).toEqual({ day: 3, row: 19 });
    expect(movedPosition(at, 'ArrowRight', USUAL_ROWS)).toEqual({ day: 4, row: 20 });
    expect(movedPosition({ day: 6, row: 43 }, 'ArrowRight', USUAL_ROWS)).toEqual({ day: 6, row: 43 });
    expect(movedPosition({ day: 6, row: 43 }, 'ArrowDown', USUAL_ROWS)).toEqual({ day: 6, row: 43 });
    expect(movedPosition({ day: 0, row: 14 }, 'PageUp', USUAL_ROWS)).toEqual({ day: 0, row: 14 });
  });

  it('goes to the ends of the row with Home and End, and of the grid with Ctrl', () => {
    expect(movedPosition(at, 'Home', USUAL_ROWS)).toEqual({ day: 0, row: 20 });
    expect(movedPosition(at, 'End', USUAL_ROWS, true)).toEqual({ day: 6, row: 43 });
    expect(movedPosition(at, 'PageDown', USUAL_ROWS)).toEqual({ day: 3, row: 24 });
  });

  it('ignores keys that do not move', () => {
    expect(movedPosition(at, ' ', USUAL_ROWS)).toBeNull();
  });
});
