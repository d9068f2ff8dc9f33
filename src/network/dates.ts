/** Partial dates on networks: the earliest start and the latest end of a set of partial dates. */
import { overlaps, parsePartialDate } from '../model/dates.js';

export function dateSpan(dates: Iterable<string | undefined>): { firstDate?: string; lastDate?: string } {
  let first: { value: string; from: string } | undefined;
  let last: { value: string; to: string } | undefined;
  for (const date of dates) {
    const interval = date ? parsePartialDate(date) : null;
    if (!interval) continue;
    if (!first || interval.from < first.from) first = interval;
    if (!last || interval.to > last.to) last = interval;
  }
  return { ...(first ? { firstDate: first.value } : {}), ...(last ? { lastDate: last.value } : {}) };
}

/** True when the partial date overlaps [from, to] (day strings); an undated item is outside any range. */
export function inRange(date: string | undefined, range: { dateFrom?: string; dateTo?: string }): boolean {
  if (range.dateFrom === undefined && range.dateTo === undefined) return true;
  const interval = date ? parsePartialDate(date) : null;
  return interval !== null && overlaps(interval, { from: range.dateFrom, to: range.dateTo });
}

/** The first day a partial date names, and the last: what Gephi's timeline needs. */
export function dayBounds(date: string | undefined, end: 'from' | 'to'): string | undefined {
  const interval = date ? parsePartialDate(date) : null;
  return interval ? interval[end] : undefined;
}
