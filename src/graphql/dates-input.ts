/** Date arguments: a partial date names an interval; a range starts at its first day and ends at its last. */
import { parsePartialDate } from '../model/dates.js';
import { ValidationError } from '../errors.js';

export function rangeStart(value: string | undefined, argument: string): string | undefined {
  return value === undefined || value === null ? undefined : parse(value, argument).from;
}

export function rangeEnd(value: string | undefined, argument: string): string | undefined {
  return value === undefined || value === null ? undefined : parse(value, argument).to;
}

function parse(value: string, argument: string) {
  const interval = parsePartialDate(value);
  if (!interval) throw new ValidationError([{ path: [argument], message: `"${value}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` }]);
  return interval;
}
