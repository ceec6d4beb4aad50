const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11" for the month a date falls in (local time). */
export const monthOf = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;

/** Whether a search value is a month like "2026-11". */
export const isMonth = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The month some months after (or before) the given one. */
export function shiftMonth(month: string, by: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(year, index - 1 + by, 1));
}

/** The first and last dates of a month ("2026-11-01", "2026-11-30"): within the API's 62-day cap. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const last = new Date(year, index, 0).getDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}

/** The Monday (local time) of the week an instant falls in, as "YYYY-MM-DD". */
export function weekStartOf(iso: string): string {
  const date = new Date(iso);
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7));
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}
