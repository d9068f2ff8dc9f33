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
 *
 * Every root field of a query is planned for before it resolves (plan-ahead.ts): a report by id,
 * a page of statements, search hits. The first level's reads then start as they would anyway, each
 * carrying the levels planned below it.
 */
import { getNamedType, GraphQLObjectType, isAbstractType, type FieldNode, type GraphQLField, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { nodeId } from '../model/ids.js';
import { isLabel, type Label } from '../model/schema.js';
import { otherLabels } from '../model/allow-list.js';
import type { PlannedRead, RelatedQuery } from '../store/port.js';
import type { Context } from './context.js';
import type { Loaders } from './loaders.js';
import { fieldCalls, selectedFields, type FieldCall } from './selection.js';

/** Levels of reads planned below a root field's nodes: a report's statements, their speakers, the speakers' roles, and one more. */
export const MAX_PLANNED_LEVELS = 4;

/** A node type's selection is looked for this many shapes deep (a connection, its edges, the edge's node). */
const MAX_SHAPE_DEPTH = 3;

/**
 * Plans ahead for the nodes a field gives (a node, a list, a connection, search hits): each related read
 * their selected fields will make registers, with the request's loaders, the reads planned after it.
 * Nothing to do for a store that cannot read planned levels.
 */
export function planBelow(ctx: Context, info: GraphQLResolveInfo): void {
  if (!ctx.store.relatedWithNext) return;
  for (const [type, nodes] of nodeSelections(info, info.returnType, info.fieldNodes)) {
    for (const call of standInCalls(info, type, nodes)) {
      // Registered as each read is asked for, which may be a few promise steps late (a resolver whose
      // arguments type-graphql converts first): still long before the real read's batch goes out.
      recordRelatedReads(ctx, info, call, (query) => ctx.loaders.planAhead(query, () => planAfter(ctx, info, call.field, [call.node], query, 2)));
    }
  }
}

/**
 * The reads planned for the nodes that `query` finds, when `field` (selected by `fieldNodes`) asked for it:
 * the reads of the fields selected on those nodes, level by level.
 */
function planAfter(ctx: Context, info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>, fieldNodes: readonly FieldNode[], query: RelatedQuery, level: number): PlannedRead[] {
  if (level > MAX_PLANNED_LEVELS) return [];
  const possible = new Set(otherLabels(query.type, query.direction, query.otherLabel));
  const planned: PlannedRead[] = [];
  for (const [type, nodes] of nodeSelections(info, field.type, fieldNodes)) {
    if (possible.has(type.name as Label)) planReadsOfFields(ctx, info, type, nodes, level, planned);
  }
  return planned;
}

/** Adds to `planned` the related reads the fields selected on nodes of `type` make, each with the reads planned after it. */
function planReadsOfFields(ctx: Context, info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], level: number, planned: PlannedRead[]): void {
  for (const call of standInCalls(info, type, fieldNodes)) {
    // A read asked for a few promise steps late (a resolver whose arguments type-graphql converts first)
    // joins the list when it is asked for. Those steps are microtasks, which all run before a DataLoader
    // sends its batch (on a later tick), so it is there when the read above is sent with this plan.
    recordRelatedReads(ctx, info, call, (query) => planned.push({ label: call.label, query, next: planAfter(ctx, info, call.field, [call.node], query, level + 1) }));
  }
}

/** A field call on a stand-in node of `label`: one that holds only `__typename` and an id. */
interface StandInCall extends FieldCall {
  label: Label;
  standIn: { __typename: Label; id: string };
}

function standInCalls(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): StandInCall[] {
  const label = type.name as Label;
  const standIn = { __typename: label, id: nodeId(label, 'look-ahead') };
  return fieldCalls(info, type, fieldNodes).map((call) => ({ ...call, label, standIn }));
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

const unanswered = () => new Promise<never>(() => undefined);

/** A loader, or a method that gives one, whose loads never answer. */
interface Idle {
  (): Idle;
  load(): Promise<never>;
  loadMany(): Promise<never>;
}
const idle: Idle = Object.assign((): Idle => idle, { load: unanswered, loadMany: unanswered });

/** Runs a field's resolver on its stand-in with a context whose loaders and store answer nothing, and hands each related read it asks for to `onRead`. */
function recordRelatedReads(ctx: Context, info: GraphQLResolveInfo, call: StandInCall, onRead: (query: RelatedQuery) => void): void {
  const loaders = new Proxy({} as Loaders, {
    get: (_target, name) =>
      name === 'related'
        ? (query: RelatedQuery) => {
            onRead(query);
            return idle;
          }
        : name === 'projection'
          ? ctx.loaders.projection // the real one: a planned read asks what the read it stands for will ask
          : idle,
  });
  const silent = new Proxy({}, { get: () => unanswered });
  const recording: Context = { ...ctx, loaders, store: silent as Context['store'], search: silent as Context['search'], mutations: silent as Context['mutations'] };
  try {
    const result: unknown = call.field.resolve!(call.standIn, call.args, recording, info);
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // A property the stand-in lacks: nothing planned for this field.
  }
}
