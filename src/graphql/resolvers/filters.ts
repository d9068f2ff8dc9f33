/** Field arguments → store filters, and the statements-about-a-node connection several types share. */
import type { Filter } from '../../store/port.js';
import type { Context } from '../context.js';
import { rangeEnd, rangeStart } from '../dates-input.js';
import { relatedConnection } from '../relations.js';
import type { StatementPageArgs, StatementsAboutArgs } from '../types/args.type.js';

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

/** Statements about a node, by date, filtered by stance, kind and dates. */
export function statementsAbout(ctx: Context, id: string, args: StatementsAboutArgs) {
  return relatedConnection(
    ctx,
    id,
    {
      type: 'ABOUT',
      direction: 'in',
      otherLabel: 'Statement',
      nodeFilter: statementNodeFilter(args),
      relationshipFilter: args.stance ? { stance: { eq: args.stance } } : undefined,
      sort: byDate(args.order),
    },
    args,
  );
}
