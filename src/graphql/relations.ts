/**
 * Following a relationship from a parent, the few ways resolvers need it:
 * one neighbour, all of them, a cursor connection, or the derived links with
 * their evidence. Everything goes through the request's loaders, so the
 * same field on many parents is one store round trip.
 */
import type { RelatedQuery } from '../store/port.js';
import { otherLabels } from '../model/allow-list.js';
import type { NodeRecord } from '../model/records.js';
import type { RelationshipType } from '../model/schema.js';
import type { Context } from './context.js';
import { paginate, type ConnectionArgs, type Connection } from './connection.js';
import { toGraph, type GraphNode } from './graph-node.js';
import type { Link } from './types/shapes.type.js';

type Query = Omit<RelatedQuery, 'limit' | 'after' | 'omitLarge' | 'properties'>;

/**
 * A read of neighbours that GraphQL will resolve fields on: only the properties the operation selects of
 * their labels (projection.ts), or, before that is known, all but the large ones (a source's text). A
 * field that needs a property left out reads the node whole by id (largeProperty), so a page of statements
 * with their sources' titles ships neither the articles nor the fields nobody asked for.
 */
export function forSelection(ctx: Context, query: Omit<RelatedQuery, 'omitLarge' | 'properties'>): RelatedQuery {
  const properties = ctx.loaders.projection?.propertiesOf(otherLabels(query.type, query.direction, query.otherLabel));
  return properties ? { ...query, properties } : { ...query, omitLarge: true };
}

export async function relatedOne(ctx: Context, parentId: string, query: Query): Promise<GraphNode | null> {
  const hits = await ctx.loaders.related(forSelection(ctx, { ...query, limit: 1 })).load(parentId);
  return hits[0] ? toGraph(hits[0].node) : null;
}

export async function relatedMany(ctx: Context, parentId: string, query: Query): Promise<GraphNode[]> {
  const hits = await ctx.loaders.related(forSelection(ctx, query)).load(parentId);
  return hits.map((hit) => toGraph(hit.node));
}

/** A connection over one relationship; `query.sort` gives the natural order (default: by the neighbour's id). */
export function relatedConnection(ctx: Context, parentId: string, query: Query, args: ConnectionArgs): Connection<GraphNode> {
  const natural = query.sort?.direction ?? 'ASC';
  const { sort, ...countQuery } = query;
  return paginate(
    args,
    natural,
    async ({ direction, after, limit }) => {
      const hits = await ctx.loaders
        .related(forSelection(ctx, { ...query, sort: sort ? { ...sort, direction } : { on: 'node', property: 'id', direction }, after, limit: limit + 1 }))
        .load(parentId);
      return { rows: hits.slice(0, limit).map((hit) => ({ key: hit.key, item: toGraph(hit.node) })), hasMore: hits.length > limit };
    },
    () => ctx.loaders.countRelated(countQuery).load(parentId),
  );
}

/**
 * Derived links (CRITICISED, PRAISED, AGREED_WITH, DISAGREED_WITH, RESPONDED_TO, RATED) from or to a node,
 * heaviest first, with whom the evidence came through when that is not the actor itself (its people, its parts).
 */
export async function links(ctx: Context, parentId: string, type: RelationshipType, direction: 'out' | 'in'): Promise<Link[]> {
  const hits = await ctx.loaders.related(forSelection(ctx, { type, direction, sort: { on: 'relationship', property: 'weight', direction: 'DESC' } })).load(parentId);
  return hits.map(({ relationship, node }) => {
    const actor = direction === 'out' ? parentId : node.id;
    const via = (relationship.properties.via as string[] | undefined) ?? [];
    return {
      id: relationship.id,
      type,
      node: toGraph(node),
      weight: Number(relationship.properties.weight ?? 0),
      firstDate: relationship.properties.firstDate as string | undefined,
      lastDate: relationship.properties.lastDate as string | undefined,
      evidenceIds: (relationship.properties.evidence as string[] | undefined) ?? [],
      viaIds: [...new Set(via)].filter((id) => id !== actor).sort(),
    };
  });
}

/**
 * A property of a node that neighbour reads leave out (model `large`): from the node itself when it came
 * whole, else from the node read by id (one batched read for all the nodes of a request that need it).
 */
export async function largeProperty(ctx: Context, node: GraphNode, key: string): Promise<unknown> {
  if (node[key] !== undefined) return node[key];
  return (await ctx.loaders.nodes.load(node.id))?.properties[key];
}

export async function nodesByIds(ctx: Context, ids: readonly string[]): Promise<GraphNode[]> {
  const nodes = await ctx.loaders.nodes.loadMany(ids);
  return nodes.filter((n): n is NodeRecord => n !== null && !(n instanceof Error)).map((n) => toGraph(n));
}
