/** Stance aggregations of a target's statements, shared by reports, frameworks and the top-level query. */
import { STANCES } from '../../model/schema.js';
import type { Context } from '../context.js';
import { toGraph } from '../graph-node.js';
import type { Stance } from '../types/enums.js';
import type { StanceBreakdown, StanceCount } from '../types/shapes.type.js';

/** One count per stance (all four, zeros included), from one batched store call for all of a request's targets. */
export async function stanceCounts(ctx: Context, targetId: string): Promise<StanceCount[]> {
  const counted = new Map((await ctx.loaders.stanceCounts.load(targetId)).map((row) => [row.stance, row.count]));
  return STANCES.map((stance) => ({ stance: stance as Stance, count: counted.get(stance) ?? 0 }));
}

/** Per speaker (or organisation): statements per stance about the target, most statements first. */
export async function stanceBreakdown(ctx: Context, targetId: string, groupBy: 'speaker' | 'organisation'): Promise<StanceBreakdown[]> {
  const rows = await ctx.loaders.stanceBreakdown(groupBy).load(targetId);
  const groups = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const counts = groups.get(row.groupId) ?? new Map<string, number>();
    counts.set(row.stance, row.count);
    groups.set(row.groupId, counts);
  }
  const actors = await ctx.loaders.nodes.loadMany([...groups.keys()]);
  return [...groups.entries()]
    .map(([actorId, counts], i) => {
      const stances = STANCES.map((stance) => ({ stance: stance as Stance, count: counts.get(stance) ?? 0 }));
      const actor = actors[i];
      return { actorId, actor: actor instanceof Error ? null : toGraph(actor), stances, total: stances.reduce((n, s) => n + s.count, 0) };
    })
    .sort((a, b) => b.total - a.total || a.actorId.localeCompare(b.actorId));
}
