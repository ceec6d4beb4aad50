import { Checkbox, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklySlot } from '../api/types.ts';
import { cellsToSlots, slotsToCells, type WeekCells } from '../lib/availability-cells.ts';
import { movedPosition } from '../lib/week-grid-navigation.ts';
import {
  ALL_ROWS,
  type GridPosition,
  isMarkedAt,
  paintRectangle,
  type RowSpan,
  rowsToShow,
} from '../lib/week-grid-painting.ts';
import { SlotsSummary } from './slots-summary.tsx';
import { cellElement, WeekGrid } from './week-grid.tsx';

interface AvailabilityEditorProps {
  value: WeeklySlot[];
  onChange: (slots: WeeklySlot[]) => void;
  /** The person's IANA zone: the grid's times are in it. */
  timeZone: string;
  error?: ReactNode;
  headingOrder?: TitleOrder;
}

/**
 * One paint stroke: a mouse drag, or Space then Shift with the arrows. Every step repaints the
 * rectangle from the anchor onto the week as it was when the stroke began, so going back un-paints.
 */
interface Stroke {
  anchor: GridPosition;
  isMarking: boolean;
  before: WeekCells;
}

/** Weekly availability painted on a week grid, with the mouse or the keyboard. */
export function AvailabilityEditor({ value, onChange, timeZone, error, headingOrder = 2 }: AvailabilityEditorProps) {
  const { t } = useTranslation();
  const ids = { label: useId(), heading: useId(), hint: useId(), error: useId() };
  const gridRef = useRef<HTMLTableElement>(null);
  const week = useMemo(() => slotsToCells(value), [value]);

  // The rows only grow while editing, so clearing the last early cell does not pull its row away.
  const [shownRows, setShownRows] = useState<RowSpan>(() => rowsToShow(week));
  const neededRows = rowsToShow(week, shownRows);
  if (neededRows.first !== shownRows.first || neededRows.last !== shownRows.last) setShownRows(neededRows);
  const [isWholeDay, setWholeDay] = useState(false);
  const rows = isWholeDay ? ALL_ROWS : neededRows;

  const [focusAt, setFocusAt] = useState<GridPosition>({ day: 0, row: rows.first });
  const focus = { day: focusAt.day, row: Math.min(rows.last, Math.max(rows.first, focusAt.row)) };
  const stroke = useRef<Stroke | null>(null);
  const isDragging = useRef(false);
  useEffect(() => {
    const endDrag = () => {
      isDragging.current = false;
    };
    window.addEventListener('mouseup', endDrag);
    return () => window.removeEventListener('mouseup', endDrag);
  }, []);

  const moveFocus = (to: GridPosition) => {
    setFocusAt(to);
    cellElement(gridRef.current, to)?.focus();
  };
  const paintTo = (to: GridPosition) => {
    const current = stroke.current;
    if (current) onChange(cellsToSlots(paintRectangle(current.before, current.anchor, to, current.isMarking)));
  };
  const startStroke = (at: GridPosition) => {
    stroke.current = { anchor: at, isMarking: !isMarkedAt(week, at), before: week };
    paintTo(at);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, at: GridPosition) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      startStroke(at);
      return;
    }
    const to = movedPosition(at, event.key, rows, event.ctrlKey || event.metaKey);
    if (!to) return;
    event.preventDefault();
    if (event.shiftKey) {
      if (!stroke.current) startStroke(at);
      paintTo(to);
    } else {
      stroke.current = null;
    }
    moveFocus(to);
  };
  const onMouseDown = (event: MouseEvent<HTMLElement>, at: GridPosition) => {
    if (event.button !== 0) return;
    // No text selection while dragging; the focus moves by hand instead.
    event.preventDefault();
    moveFocus(at);
    isDragging.current = true;
    startStroke(at);
  };
  const onMouseEnter = (at: GridPosition) => {
    if (isDragging.current) paintTo(at);
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby={ids.label}>
      <Text size="sm" fw="var(--mantine-font-weight-medium)" id={ids.label}>
        {t('participants.availability')}
      </Text>
      <Title order={headingOrder} size="h5" id={ids.heading}>
        {t('availabilityGrid.timesIn', { timeZone })}
      </Title>
      <Text size="sm" c="dimmed" id={ids.hint}>
        {t('availabilityGrid.editHint')}
      </Text>
      <WeekGrid
        ref={gridRef}
        week={week}
        rows={rows}
        labelledBy={`${ids.label} ${ids.heading}`}
        describedBy={error ? `${ids.hint} ${ids.error}` : ids.hint}
        interaction={{ focus, onKeyDown, onMouseDown, onMouseEnter }}
      />
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" id={ids.error}>
          {error}
        </Text>
      )}
      <Checkbox
        label={t('availabilityGrid.wholeDay')}
        checked={isWholeDay}
        onChange={(event) => setWholeDay(event.currentTarget.checked)}
      />
      <SlotsSummary slots={value} empty={t('availabilityGrid.nothingMarked')} />
    </Stack>
  );
}
