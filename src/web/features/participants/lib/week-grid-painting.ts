import { weekDays } from '../api/types.ts';
import { CELLS_PER_DAY, type CellValue, isMarked, type WeekCells } from './availability-cells.ts';

/** A cell of the week grid: `day` counts from Monday (0), `row` from midnight in half hours. */
export interface GridPosition {
  day: number;
  row: number;
}

/** The rows on screen, both included. */
export interface RowSpan {
  first: number;
  last: number;
}

/** 07:00 to 22:00: most people's waking week, and short enough to take in at a glance. */
export const USUAL_ROWS: RowSpan = { first: 14, last: 43 };
export const ALL_ROWS: RowSpan = { first: 0, last: CELLS_PER_DAY - 1 };

/**
 * Marks (or clears) every cell in the rectangle between two corners, in either order, as a mouse
 * drag or Shift with the arrow keys does. Cells holding parts of a half hour become whole.
 */
export function paintRectangle(week: WeekCells, from: GridPosition, to: GridPosition, available: boolean): WeekCells {
  const value: CellValue = available ? 'available' : 'free';
  const [firstDay, lastDay] = [Math.min(from.day, to.day), Math.max(from.day, to.day)];
  const [firstRow, lastRow] = [Math.min(from.row, to.row), Math.max(from.row, to.row)];
  const painted = { ...week };
  weekDays.forEach((day, dayIndex) => {
    if (dayIndex < firstDay || dayIndex > lastDay) return;
    painted[day] = week[day].map((cell, row) => (row >= firstRow && row <= lastRow ? value : cell));
  });
  return painted;
}

/** Whether the cell counts as marked, so a stroke starting on it clears rather than marks. */
export const isMarkedAt = (week: WeekCells, { day, row }: GridPosition): boolean =>
  isMarked(week[weekDays[day] ?? 'mon'][row]);

/**
 * The rows to show: at least `base`, widened to whole hours around anything marked outside it,
 * so that time someone has given is never hidden (nor lost when the grid is saved).
 */
export function rowsToShow(week: WeekCells, base: RowSpan = USUAL_ROWS): RowSpan {
  let { first, last } = base;
  for (const day of weekDays) {
    week[day].forEach((cell, row) => {
      if (!isMarked(cell)) return;
      first = Math.min(first, row - (row % 2));
      last = Math.max(last, row + ((row + 1) % 2));
    });
  }
  return { first, last };
}
