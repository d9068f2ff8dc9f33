/**
 * Document limits, checked once an operation is parsed, validated and its variables coerced, before anything
 * runs (the number of fragments is counted earlier still, by the HTTP layer: limits/fragment-count.ts).
 * A refused operation gets HTTP 400 and a stable code of its own:
 * - a subscription (none are served) → OPERATION_NOT_SUPPORTED;
 * - variables of the wrong type or shape → BAD_USER_INPUT, naming the variable and the type it needs;
 * - more aliases or directives in the document than allowed → QUERY_TOO_MANY_ALIASES / _DIRECTIVES;
 * - more fields once fragments are expanded → QUERY_TOO_MANY_FIELDS;
 * - fields nested deeper than allowed → QUERY_TOO_DEEP (introspection's own nesting is limited by graphql-js's
 *   MaxIntrospectionDepthRule in validation, before this);
 * - a cost over the limit → QUERY_TOO_COSTLY. Cost: each field costs 1, and a list field multiplies what is
 *   under it by the page it asks for (`first`/`last`, else the default page), so
 *   `statements(first: 100) { speaker { statements(first: 100) } }` costs what it would really fetch.
 * Measuring is linear in the document (measure-operation.ts), so no document can stall the server here.
 */
import { GraphQLError, getNullableType, getVariableValues, isListType, print, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { AdmissionCheck } from './admission.js';
import { DEFAULT_PAGE_SIZE } from '../connection.js';
import { ArgumentValueError, measureOperation, type FieldCost, type OperationMeasures } from '../limits/measure-operation.js';

export const LIMIT_CODES = {
  TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_COSTLY: 'QUERY_TOO_COSTLY',
  TOO_MANY_ALIASES: 'QUERY_TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'QUERY_TOO_MANY_DIRECTIVES',
  TOO_MANY_FIELDS: 'QUERY_TOO_MANY_FIELDS',
  TOO_MANY_FRAGMENTS: 'QUERY_TOO_MANY_FRAGMENTS',
  NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
} as const;

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxFields: number;
}

/** How many aliases and directives a document uses, fragments included (each counted once, where written). */
export function countAliasesAndDirectives(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
  });
  return { aliases, directives };
}

/** Plain list fields (no paging arguments) are assumed to hold this many items, for costing. */
export const ASSUMED_LIST_SIZE = 10;

/** Chorus's cost rule: what a field would fetch, counting pages. */
export const pageCost: FieldCost = ({ field, args, parentType, childCost }) => {
  // Introspection (the playground's schema load) reads no data: free (graphql-js limits how deeply it nests).
  if (field.name.startsWith('__') || parentType.name.startsWith('__')) return 0;
  // A connection's `edges` and `nodes` hold the page its field already paid for.
  if (parentType.name.endsWith('Connection')) return 1 + childCost;
  const pageSize = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  if (pageSize !== undefined) return 1 + childCost * Math.max(pageSize, 1);
  if (field.args.some((arg) => arg.name === 'first')) return 1 + childCost * DEFAULT_PAGE_SIZE;
  if (isListType(getNullableType(field.type))) return 1 + childCost * ASSUMED_LIST_SIZE;
  return 1 + childCost;
};

const refusal = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

/**
 * Variables nested deeper than this are refused before anything reads them: a JSON scalar (`updateNode`'s
 * `set`) takes values of any depth, and every recursive reader of one (coercion, JSON.stringify, validation)
 * would otherwise overflow the stack on a megabyte of brackets.
 */
export const MAX_VARIABLE_DEPTH = 32;

/** How deeply a JSON value nests, counted without recursion (so any depth is measured safely), stopping past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function checkVariableDepth(inputs: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(inputs)) {
    const depth = nestingDepth(value, MAX_VARIABLE_DEPTH);
    if (depth > MAX_VARIABLE_DEPTH) {
      throw refusal(`variable $${name} nests objects or lists more than ${MAX_VARIABLE_DEPTH} deep`, 'BAD_USER_INPUT', { variable: name, maxDepth: MAX_VARIABLE_DEPTH });
    }
  }
}

/** The request's variables, coerced to their declared types: a client's mistake is a 400 naming the variable. */
function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 10 });
  if (!('errors' in result) || !result.errors) return result.coerced;
  const problems = result.errors.map((error) => {
    const definition = operation.variableDefinitions?.find((d) => error.nodes?.includes(d));
    return { variable: definition?.variable.name.value, expected: definition ? print(definition.type) : undefined, message: error.message };
  });
  const first = problems[0];
  throw refusal(first.message, 'BAD_USER_INPUT', { variable: first.variable, expected: first.expected, problems });
}

/** Variable sets remembered per document: a client sends the same query with few of them. */
const MAX_REMEMBERED_VARIABLES = 64;
/** Longer variable sets are measured every time rather than kept as keys. */
const MAX_REMEMBERED_KEY_LENGTH = 2_000;

/**
 * The measures of an operation, remembered per parsed document (Apollo hands the same DocumentNode back for
 * the same query text) and per operation and variables: they are pure functions of those.
 */
function measurer(schema: GraphQLSchema) {
  const remembered = new WeakMap<DocumentNode, { counts: { aliases: number; directives: number }; byVariables: Map<string, OperationMeasures> }>();
  return (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => {
    let known = remembered.get(document);
    if (!known) remembered.set(document, (known = { counts: countAliasesAndDirectives(document), byVariables: new Map() }));
    const key = JSON.stringify([operation.name?.value ?? null, variables]);
    let measures = known.byVariables.get(key);
    if (!measures) {
      measures = measureOperation(schema, document, operation, variables, pageCost);
      if (key.length <= MAX_REMEMBERED_KEY_LENGTH) {
        if (known.byVariables.size >= MAX_REMEMBERED_VARIABLES) known.byVariables.clear();
        known.byVariables.set(key, measures);
      }
    }
    return { ...known.counts, ...measures };
  };
}

/** Each limit in the order a client would want to hear of it: the cheapest to fix first. */
function check(measures: OperationMeasures & { aliases: number; directives: number }, limits: QueryLimits): GraphQLError | undefined {
  const { aliases, directives, fields, depth, cost } = measures;
  if (aliases > limits.maxAliases) return refusal(`query uses ${aliases} aliases; the limit is ${limits.maxAliases}`, LIMIT_CODES.TOO_MANY_ALIASES, { aliases, maxAliases: limits.maxAliases });
  if (directives > limits.maxDirectives) return refusal(`query uses ${directives} directives; the limit is ${limits.maxDirectives}`, LIMIT_CODES.TOO_MANY_DIRECTIVES, { directives, maxDirectives: limits.maxDirectives });
  if (fields > limits.maxFields) {
    return refusal(`query selects ${fields} fields once its fragments are expanded; the limit is ${limits.maxFields}`, LIMIT_CODES.TOO_MANY_FIELDS, { fields, maxFields: limits.maxFields });
  }
  if (depth > limits.maxDepth) return refusal(`query is ${depth} fields deep; the limit is ${limits.maxDepth}`, LIMIT_CODES.TOO_DEEP, { depth, maxDepth: limits.maxDepth });
  if (cost > limits.maxCost) {
    return refusal(`query would cost ${cost}; the limit is ${limits.maxCost} (ask for smaller pages, or fewer nested lists)`, LIMIT_CODES.TOO_COSTLY, { cost, maxCost: limits.maxCost });
  }
  return undefined;
}

export function documentLimitsCheck(limits: QueryLimits): AdmissionCheck {
  const measurers = new WeakMap<GraphQLSchema, ReturnType<typeof measurer>>();
  return ({ request, document, schema, operation }) => {
    // Apollo resolves the operation before admission; none (an unknown operationName) is refused before it.
    if (!operation) return;
    if (operation.operation === 'subscription') throw refusal('subscriptions are not served: use a query, and ask again for changes', LIMIT_CODES.NOT_SUPPORTED, { operation: 'subscription' });
    checkVariableDepth(request.variables ?? {});
    const variables = coerceVariables(schema, operation, request.variables ?? {});
    let measure = measurers.get(schema);
    if (!measure) measurers.set(schema, (measure = measurer(schema)));
    let measures;
    try {
      measures = measure(document, operation, variables);
    } catch (error) {
      if (error instanceof ArgumentValueError) throw refusal(error.message, 'BAD_USER_INPUT');
      throw error;
    }
    const refused = check(measures, limits);
    if (refused) throw refused;
  };
}
