/**
 * Partial dates. Sources often say only "2014" or "June 2016", so a date is
 * the interval it names: '2014' is 2014-01-01..2014-12-31. Stores keep the
 * value as written plus `<name>From` and `<name>To` day strings, which sort
 * and compare identically on every store (ISO strings, no temporal types).
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateInterval {
  value: string;
  precision: DatePrecision;
  from: string;
  to: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string): DateInterval | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const y = Number(year);
  if (month === undefined) return { value, precision: 'year', from: `${year}-01-01`, to: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (day === undefined) {
    return { value, precision: 'month', from: `${year}-${month}-01`, to: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  const d = Number(day);
  if (d < 1 || d > lastDay) return null;
  return { value, precision: 'day', from: value, to: value };
}

/** Two intervals overlap: how a date range filter matches a partial date. */
export function overlaps(a: { from: string; to: string }, b: { from?: string; to?: string }): boolean {
  return (b.to === undefined || a.from <= b.to) && (b.from === undefined || a.to >= b.from);
}

export const dateFromKey = (property: string) => `${property}From`;
export const dateToKey = (property: string) => `${property}To`;
