import { VisuallyHidden } from '@mantine/core';
import type { KeyboardEvent, MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { weekDays } from '../api/types.ts';
import { CELL_MINUTES, type CellValue, clockTime, type WeekCells } from '../lib/availability-cells.ts';
import type { GridPosition, RowSpan } from '../lib/week-grid-painting.ts';
import classes from './week-grid.module.css';

/** What makes the grid editable: the one cell in the tab order, and the cells' events. */
export interface GridInteraction {
  focus: GridPosition;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, at: GridPosition) => void;
  onMouseDown: (event: MouseEvent<HTMLElement>, at: GridPosition) => void;
  onMouseEnter: (at: GridPosition) => void;
}

interface WeekGridProps {
  week: WeekCells;
  rows: RowSpan;
  labelledBy: string;
  describedBy?: string;
  /** Editable: an ARIA grid with a roving tab stop. Without it, a plain table to read. */
  interaction?: GridInteraction;
  /** Shorter rows, for reading beside other facts. */
  isCompact?: boolean;
  ref?: Ref<HTMLTableElement>;
}

/** Monday to Sunday across, half hours down, marked time filled in. */
export function WeekGrid({ week, rows, labelledBy, describedBy, interaction, isCompact, ref }: WeekGridProps) {
  const { t } = useTranslation();
  const rowIndexes = Array.from({ length: rows.last - rows.first + 1 }, (_, i) => rows.first + i);
  const gridClass = [classes.grid, interaction && classes.interactive, isCompact && classes.compact];
  const cellClass = (value: CellValue | undefined) =>
    [classes.cell, value === 'available' ? classes.available : Array.isArray(value) ? classes.partial : '']
      .join(' ')
      .trim();
  const describe = (day: number, row: number, value: CellValue | undefined) =>
    t('availabilityGrid.cell', {
      day: t(`weekDays.${weekDays[day]}`),
      start: clockTime(row * CELL_MINUTES),
      end: clockTime((row + 1) * CELL_MINUTES),
      state: cellState(value),
    });
  const cellState = (value: CellValue | undefined): string =>
    value === 'available'
      ? t('availabilityGrid.available')
      : Array.isArray(value)
        ? t('availabilityGrid.partly', {
            times: value.map((part) => `${clockTime(part.start)}–${clockTime(part.end)}`).join(', '),
          })
        : t('availabilityGrid.notAvailable');
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: set only with role="grid", which supports it
    <table
      ref={ref}
      className={gridClass.filter(Boolean).join(' ')}
      role={interaction ? 'grid' : undefined}
      aria-multiselectable={interaction ? true : undefined}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <thead>
        <tr>
          <td className={classes.corner} />
          {weekDays.map((day) => (
            <th key={day} scope="col" className={classes.dayHeader}>
              <span aria-hidden="true">{t(`weekDaysShort.${day}`)}</span>
              <VisuallyHidden>{t(`weekDays.${day}`)}</VisuallyHidden>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowIndexes.map((row) => (
          <tr key={row} className={row % 2 === 0 ? classes.hourStart : undefined}>
            <th scope="row" className={classes.timeHeader}>
              {row % 2 === 0 ? (
                clockTime(row * CELL_MINUTES)
              ) : (
                <VisuallyHidden>{clockTime(row * CELL_MINUTES)}</VisuallyHidden>
              )}
            </th>
            {weekDays.map((day, dayIndex) => {
              const value = week[day][row];
              if (!interaction) {
                return (
                  <td key={day} className={cellClass(value)}>
                    {value !== 'free' && <VisuallyHidden>{cellState(value)}</VisuallyHidden>}
                  </td>
                );
              }
              const at = { day: dayIndex, row };
              const isFocus = interaction.focus.day === dayIndex && interaction.focus.row === row;
              return (
                <td
                  key={day}
                  // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern puts gridcells on a table's cells
                  role="gridcell"
                  tabIndex={isFocus ? 0 : -1}
                  aria-selected={value !== 'free'}
                  aria-label={describe(dayIndex, row, value)}
                  data-cell={`${dayIndex}-${row}`}
                  className={cellClass(value)}
                  onKeyDown={(event) => interaction.onKeyDown(event, at)}
                  onMouseDown={(event) => interaction.onMouseDown(event, at)}
                  onMouseEnter={() => interaction.onMouseEnter(at)}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The DOM cell at a position of an editable grid, for moving the focus to it. */
export const cellElement = (grid: HTMLTableElement | null, { day, row }: GridPosition) =>
  grid?.querySelector<HTMLElement>(`[data-cell="${day}-${row}"]`) ?? null;
