/**
 * Reads planned ahead from a request's selection (port.ts `PlannedRead`): when a field reads a node's
 * neighbours, which reads the fields selected on those neighbours will make, and theirs, so that a store
 * that can (Neo4j: store/neo4j/related-tree.ts) reads the whole tree in one round trip instead of one per
 * level. `{ statements(first: 10) { edges { node { speaker { ... on Person { roles { title } } } } } } }`
 * on a report plans SAID-in for each statement found, then HELD_ROLE-out for each Person among those.
 *
 * The reads are found by running each selected field's resolver on a stand-in node (`__typename` and an
 * id of its label, as look-ahead.ts does) with a context that records the related reads it asks for and
 * answers nothing: resolvers read the store by their parent's id, so what a resolver asks of a stand-in
 * is what it will ask of each real node. A resolver that reads something else first, or reads in another
 * way, is simply not planned, and reads as before: a plan only primes the request's loaders with the
 * answers those reads would give, so it changes how many round trips a request makes, never its answer.
 */
import { getArgumentValues, getNamedType, GraphQLObjectType, isAbstractType, type FieldNode, type GraphQLField, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { nodeId } from '../model/ids.js';
import { isLabel, RELATIONSHIPS, type Label } from '../model/schema.js';
import type { PlannedRead, RelatedQuery } from '../store/port.js';
import type { Context } from './context.js';
import type { Loaders } from './loaders.js';
import { selectedFields } from './selection.js';

/** Levels planned below the read that starts a plan: a page of statements, their speakers, the speakers' roles. */
export const MAX_PLANNED_LEVELS = 3;

/** A node type's selection is looked for this many shapes deep (a connection, its edges, the edge's node). */
const MAX_SHAPE_DEPTH = 3;

/**
 * The reads planned for the nodes that `query` finds, when `field` (selected by `fieldNodes`) asked for it:
 * the reads of the fields selected on those nodes, level by level.
 */
export function planAfter(ctx: Context, info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>, fieldNodes: readonly FieldNode[], query: RelatedQuery, level = 1): PlannedRead[] {
  if (level > MAX_PLANNED_LEVELS) return [];
  const possible = new Set(neighbourLabels(query));
  const planned: PlannedRead[] = [];
  for (const [type, nodes] of nodeSelections(info, field.type, fieldNodes)) {
    if (!possible.has(type.name as Label)) continue;
    planned.push(...readsOfFields(ctx, info, type, nodes, level));
  }
  return planned;
}

/** The related reads the fields selected on nodes of `type` make, each with the reads planned after it. */
function readsOfFields(ctx: Context, info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], level: number): PlannedRead[] {
  const label = type.name as Label;
  const standIn = { __typename: label, id: nodeId(label, 'look-ahead') };
  const fields = type.getFields();
  const planned: PlannedRead[] = [];
  for (const node of selectedFields(info, type, fieldNodes)) {
    const field = fields[node.name.value];
    if (!field?.resolve) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, info.variableValues);
    } catch {
      continue; // GraphQL reports it when it resolves the field
    }
    for (const query of relatedReadsOf(ctx, info, field, standIn, args)) {
      planned.push({ label, query, next: planAfter(ctx, info, field, [node], query, level + 1) });
    }
  }
  return planned;
}

/** The node types a field's selection reaches, through shapes around nodes (connections, edges, links, roles), each with its field nodes. */
function nodeSelections(info: GraphQLResolveInfo, type: GraphQLOutputType, fieldNodes: readonly FieldNode[], depth = 0, found = new Map<GraphQLObjectType, FieldNode[]>()) {
  const named = getNamedType(type);
  const add = (nodeType: GraphQLObjectType) => found.set(nodeType, [...(found.get(nodeType) ?? []), ...fieldNodes]);
  if (isAbstractType(named)) {
    for (const possible of info.schema.getPossibleTypes(named)) if (isLabel(possible.name)) add(possible);
  } else if (named instanceof GraphQLObjectType) {
    if (isLabel(named.name)) add(named);
    else if (depth < MAX_SHAPE_DEPTH) {
      const fields = named.getFields();
      for (const node of selectedFields(info, named, fieldNodes)) {
        const field = fields[node.name.value];
        if (field) nodeSelections(info, field.type, [node], depth + 1, found);
      }
    }
  }
  return found;
}

function neighbourLabels(query: RelatedQuery): readonly Label[] {
  if (query.otherLabel) return [query.otherLabel];
  const spec = RELATIONSHIPS[query.type] as { from: readonly Label[]; to: readonly Label[] };
  return query.direction === 'out' ? spec.to : spec.from;
}

const unanswered = () => new Promise<never>(() => undefined);

/** A loader, or a method that gives one, whose loads never answer. */
interface Idle {
  (): Idle;
  load(): Promise<never>;
  loadMany(): Promise<never>;
}
const idle: Idle = Object.assign((): Idle => idle, { load: unanswered, loadMany: unanswered });

/** The related reads a resolver asks for when run on `parent`, read from a context whose loaders and store answer nothing. */
function relatedReadsOf(ctx: Context, info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>, parent: object, args: Record<string, unknown>): RelatedQuery[] {
  const queries: RelatedQuery[] = [];
  const loaders = new Proxy({} as Loaders, {
    get: (_target, name) =>
      name === 'related'
        ? (query: RelatedQuery) => {
            queries.push(query);
            return idle;
          }
        : idle,
  });
  const silent = new Proxy({}, { get: () => unanswered });
  const recording: Context = { ...ctx, loaders, store: silent as Context['store'], search: silent as Context['search'], mutations: silent as Context['mutations'] };
  try {
    const result: unknown = field.resolve!(parent, args, recording, info);
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // A property the stand-in lacks: nothing planned for this field.
  }
  return queries;
}
