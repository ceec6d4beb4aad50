// Local wall-clock time → UTC for the days around one reference week, with Intl only (Node 24 has
// no Temporal). Asking Intl for every window would cost microseconds per call and a cohort has tens
// of thousands of windows, so each zone's offsets are read once as a few constant pieces.

const MINUTE_MS = 60_000;
/** Sampled span, in minutes from the reference Monday 00:00 UTC: every UTC instant a local time of that week can be. */
const SPAN_FROM = -1_440;
const SPAN_TO = 11_520;
const SAMPLE_STEP = 60;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the IANA time zone (or alias) `timeZone`. */
export function isTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

/** Minutes to add to UTC to get local time in `timeZone` at the instant `ms`. */
function offsetMinutesAt(formatter: Intl.DateTimeFormat, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/**
 * A zone's UTC offsets over the reference week as pieces: piece i holds from UTC minute `from[i]`
 * (minutes since the reference Monday 00:00 UTC) until the next piece, with `offset[i]` minutes.
 */
export interface OffsetPieces {
  from: number[];
  offset: number[];
}

const tables = new Map<string, OffsetPieces>();

/** The pieces of `timeZone` for the week starting at `weekStartMs` (validated zone). */
export function offsetPieces(timeZone: string, weekStartMs: number): OffsetPieces {
  const key = `${timeZone}@${weekStartMs}`;
  const cached = tables.get(key);
  if (cached) return cached;
  const formatter = formatterFor(timeZone);
  if (!formatter) throw new Error(`unknown time zone ${timeZone}`);
  const at = (minute: number) => offsetMinutesAt(formatter, weekStartMs + minute * MINUTE_MS);
  const pieces: OffsetPieces = { from: [Number.NEGATIVE_INFINITY], offset: [at(SPAN_FROM)] };
  let previous = pieces.offset[0]!;
  for (let minute = SPAN_FROM + SAMPLE_STEP; minute <= SPAN_TO; minute += SAMPLE_STEP) {
    const current = at(minute);
    if (current === previous) continue;
    // A change inside this hour: find its first minute (zones change at most once an hour).
    let low = minute - SAMPLE_STEP;
    let high = minute;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (at(middle) === previous) low = middle;
      else high = middle;
    }
    pieces.from.push(high);
    pieces.offset.push(current);
    previous = current;
  }
  tables.set(key, pieces);
  return pieces;
}

/**
 * The UTC minute of a local minute (both counted from the reference Monday 00:00), resolved as
 * Temporal's "compatible" disambiguation does: a time that happens twice (clocks go back) is the
 * earlier one; a time skipped when clocks go forward is read with the offset from before the
 * change, so it lands as far after the change as it was into the gap.
 */
export function localToUtcMinute(pieces: OffsetPieces, localMinute: number): number {
  const { from, offset } = pieces;
  for (let i = 0; i < from.length; i++) {
    const utc = localMinute - offset[i]!;
    const end = i + 1 < from.length ? from[i + 1]! : Number.POSITIVE_INFINITY;
    if (utc >= from[i]! && utc < end) return utc;
  }
  // In a gap: the local time falls between the change's instant seen with the old and new offsets.
  for (let i = 1; i < from.length; i++) {
    const before = offset[i - 1]!;
    if (localMinute >= from[i]! + before && localMinute < from[i]! + offset[i]!) return localMinute - before;
  }
  throw new Error(`local minute ${localMinute} is outside the sampled span`);
}
