/** Top-level lists as connections: a label, a filter, an order, keyset pages. */
import type { Label } from '../../model/schema.js';
import type { Filter, RankQuery } from '../../store/port.js';
import type { Context } from '../context.js';
import { pageRows, paginate, type ConnectionArgs } from '../connection.js';
import { toGraph } from '../graph-node.js';

export function listConnection(ctx: Context, label: Label, filter: Filter, sort: { property: string; direction: 'ASC' | 'DESC' }, args: ConnectionArgs) {
  return paginate(
    args,
    sort.direction,
    async ({ direction, after, limit }) => pageRows(await ctx.store.list({ label, filter, sort: { property: sort.property, direction }, after, limit }), toGraph),
    () => ctx.store.count(label, filter),
  );
}

/** Nodes ordered by how many neighbours they have (most-quoted people, most-criticised reports). */
export function rankConnection(ctx: Context, query: Omit<RankQuery, 'after' | 'limit' | 'direction'>, natural: 'ASC' | 'DESC', args: ConnectionArgs) {
  return paginate(
    args,
    natural,
    async ({ direction, after, limit }) => pageRows(await ctx.store.rank({ ...query, direction, after, limit }), toGraph),
    () => ctx.store.count(query.label, query.filter),
  );
}
