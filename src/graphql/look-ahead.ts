/**
 * Look-ahead for nodes asked for by id (`node(id:)`, `nodes(ids:)`): the fields selected on them
 * start their reads in the same tick as the nodes' own read, so those reads join one DataLoader
 * batch wave (on Neo4j, one statement: store/neo4j/read-waves.ts) instead of waiting a round trip
 * for the records to come back first.
 *
 * It works because a node type's field resolvers read the store by their parent's id alone (the id
 * names the label too: "report:…"). Each selected field's resolver is run once on a stand-in parent
 * that holds only `__typename` and `id`, and what it returns is dropped: its loads stay in the
 * request's DataLoader caches, where the real resolver, run by GraphQL once the record is there,
 * finds them. A field that reads a property gets undefined from the stand-in, and whatever it does
 * with it is dropped too, so results never depend on the look-ahead: only the number of waves does.
 *
 * The levels below are planned for every root field alike (read-plan.ts, plan-ahead.ts): with
 * them, a store that can reads a report, its statements, their speakers and the speakers' roles at once.
 */
import { getNamedType, GraphQLObjectType, type FieldNode, type GraphQLField, type GraphQLResolveInfo } from 'graphql';
import { labelOfId } from '../model/ids.js';
import { isLabel } from '../model/schema.js';
import type { Context } from './context.js';
import { fieldCalls, selectedFields, type FieldCall } from './selection.js';

/** Starts the reads of the fields selected on each of these nodes (in the field `info` resolves). */
export function lookAhead(ctx: Context, info: GraphQLResolveInfo, ids: readonly string[]): void {
  // Apollo's plugin hooks sit on the context under non-enumerable symbols: a copy leaves them out, so
  // these calls are not reported as fields resolved (nor given cache hints). The loaders are shared.
  const quiet: Context = { ...ctx };
  const callsByType = new Map<GraphQLObjectType, LookAheadCall[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    const type = label ? info.schema.getType(label) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    let calls = callsByType.get(type);
    if (!calls) callsByType.set(type, (calls = fieldCalls(info, type, info.fieldNodes).map((call) => ({ ...call, shapeFields: shapeFieldsOf(info, call.field, call.node) }))));
    const parent = { __typename: label, id };
    for (const call of calls) {
      try {
        const result: unknown = call.field.resolve!(parent, call.args, quiet, info);
        // The real resolver reports any failure.
        if (result instanceof Promise) result.then((shape) => startShapeReads(shape, call.shapeFields)).catch(() => undefined);
        else startShapeReads(result, call.shapeFields);
      } catch {
        // Bad arguments or a property the stand-in lacks: the real resolver will say so, or not need it.
      }
    }
  }
}

interface LookAheadCall extends FieldCall {
  /** When the field gives a shape (a connection), the fields selected on it. */
  shapeFields: string[];
}

/** A shape's fields are read now: a connection's `totalCount` is a getter that starts its count when read. */
function startShapeReads(shape: unknown, fields: readonly string[]): void {
  if (!shape || typeof shape !== 'object') return;
  for (const name of fields) {
    const value: unknown = (shape as Record<string, unknown>)[name];
    if (value instanceof Promise) value.catch(() => undefined);
  }
}

/** The fields selected on a field's result, when that is an object but not a node (a shape, such as a connection). */
function shapeFieldsOf(info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>, node: FieldNode): string[] {
  const type = getNamedType(field.type);
  if (!(type instanceof GraphQLObjectType) || isLabel(type.name)) return [];
  return selectedFields(info, type, [node]).map((selected) => selected.name.value);
}

