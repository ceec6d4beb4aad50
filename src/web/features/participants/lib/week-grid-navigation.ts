import type { GridPosition, RowSpan } from './week-grid-painting.ts';

const DAYS = 7;
/** PageUp and PageDown move by two hours. */
const PAGE_ROWS = 4;

/**
 * Where a key moves the focus in the week grid (the ARIA grid pattern's keys), or null for a key
 * that does not move it. The focus stops at the edges rather than wrapping.
 */
export function movedPosition(
  { day, row }: GridPosition,
  key: string,
  rows: RowSpan,
  withCtrl = false,
): GridPosition | null {
  const clampRow = (r: number) => Math.min(rows.last, Math.max(rows.first, r));
  switch (key) {
    case 'ArrowUp':
      return { day, row: clampRow(row - 1) };
    case 'ArrowDown':
      return { day, row: clampRow(row + 1) };
    case 'ArrowLeft':
      return { day: Math.max(0, day - 1), row };
    case 'ArrowRight':
      return { day: Math.min(DAYS - 1, day + 1), row };
    case 'PageUp':
      return { day, row: clampRow(row - PAGE_ROWS) };
    case 'PageDown':
      return { day, row: clampRow(row + PAGE_ROWS) };
    case 'Home':
      return withCtrl ? { day: 0, row: rows.first } : { day: 0, row };
    case 'End':
      return withCtrl ? { day: DAYS - 1, row: rows.last } : { day: DAYS - 1, row };
    default:
      return null;
  }
}
