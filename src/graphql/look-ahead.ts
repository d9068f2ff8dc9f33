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
 */
import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { labelOfId } from '../model/ids.js';
import type { Context } from './context.js';

/** Starts the reads of the fields selected on each of these nodes (in the field `info` resolves). */
export function lookAhead(ctx: Context, info: GraphQLResolveInfo, ids: readonly string[]): void {
  // Apollo's plugin hooks sit on the context under non-enumerable symbols: a copy leaves them out, so
  // these calls are not reported as fields resolved (nor given cache hints). The loaders are shared.
  const quiet: Context = { ...ctx };
  const callsByType = new Map<GraphQLObjectType, FieldCall[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    const type = label ? info.schema.getType(label) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    let calls = callsByType.get(type);
    if (!calls) callsByType.set(type, (calls = fieldCalls(info, type)));
    const parent = { __typename: label, id };
    for (const { resolve, args } of calls) {
      try {
        const result: unknown = resolve(parent, args, quiet, info);
        if (result instanceof Promise) result.catch(() => undefined); // the real resolver reports any failure
      } catch {
        // Bad arguments or a property the stand-in lacks: the real resolver will say so, or not need it.
      }
    }
  }
}

interface FieldCall {
  resolve: GraphQLFieldResolver<unknown, Context>;
  args: Record<string, unknown>;
}

/** Each selected field of `type` with a resolver, and its arguments; a field whose arguments are bad is left to GraphQL to report. */
function fieldCalls(info: GraphQLResolveInfo, type: GraphQLObjectType): FieldCall[] {
  const fields = type.getFields();
  const calls: FieldCall[] = [];
  for (const node of selectedFields(info, type, info.fieldNodes)) {
    const field = fields[node.name.value];
    if (!field?.resolve) continue;
    try {
      calls.push({ resolve: field.resolve, args: getArgumentValues(field, node, info.variableValues) });
    } catch {
      // GraphQL reports the same error when it resolves the field.
    }
  }
  return calls;
}

/** The fields selected directly on `type` under these field nodes: through fragments that apply to it, skipping @skip/@include'd ones. */
function selectedFields(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!selection.name.value.startsWith('__') && !seen.has(key)) {
          seen.add(key);
          found.push(selection);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || applies(info, selection.typeCondition.name.value, type)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(info, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return found;
}

function applies(info: GraphQLResolveInfo, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
