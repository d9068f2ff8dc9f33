/** Field arguments → store filters, and the statements-about-a-node connection several types share. */
import type { Filter, StatementFilter } from '../../store/port.js';
import { labelOfId } from '../../model/ids.js';
import { paginate, type ConnectionArgs } from '../connection.js';
import { toGraph } from '../graph-node.js';
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

/** A connection over the statements a store filter selects, by date. */
export function statementsMatching(ctx: Context, args: ConnectionArgs, order: 'ASC' | 'DESC', filter: StatementFilter) {
  return paginate(
    args,
    order,
    async ({ direction, after, limit }) => {
      const page = await ctx.store.findStatements({ filter, sort: { property: 'date', direction }, after, limit });
      return { rows: page.nodes.map((n, i) => ({ key: page.keys[i], item: toGraph(n) })), hasMore: page.hasMore };
    },
    () => ctx.store.countStatements(filter),
  );
}

/**
 * Statements about a node, by date, filtered by stance, kind and dates. A claim's are those that assert it
 * (supportive) or dispute it (critical), read by the statements filter, which knows that rule (model/stance-links.ts).
 */
export function statementsAbout(ctx: Context, id: string, args: StatementsAboutArgs) {
  if (labelOfId(id) === 'Claim') {
    const filter: StatementFilter = {
      targets: [id],
      ...(args.stance ? { stances: [args.stance] } : {}),
      ...(args.kind ? { kinds: [args.kind] } : {}),
      dateFrom: rangeStart(args.dateFrom, 'dateFrom'),
      dateTo: rangeEnd(args.dateTo, 'dateTo'),
    };
    return statementsMatching(ctx, args, args.order, filter);
  }
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
