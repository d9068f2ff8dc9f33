/** Field arguments → store filters. */
import type { Filter } from '../../store/port.js';
import { rangeEnd, rangeStart } from '../dates-input.js';
import type { StatementPageArgs } from '../types/args.type.js';

/** A statement's date interval overlaps the asked range; and its kind, when asked. */
export function statementNodeFilter(args: StatementPageArgs): Filter {
  const filter: Filter = {};
  const from = rangeStart(args.dateFrom, 'dateFrom');
  const to = rangeEnd(args.dateTo, 'dateTo');
  if (from) filter.dateTo = { gte: from };
  if (to) filter.dateFrom = { lte: to };
  if (args.kind) filter.kind = { eq: args.kind };
  return filter;
}

export const byDate = (order: 'ASC' | 'DESC') => ({ on: 'node' as const, property: 'dateFrom', direction: order });
