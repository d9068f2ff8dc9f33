/**
 * Depth and cost limits, checked once an operation is parsed and its
 * variables known, before anything runs: a query deeper than `maxDepth`
 * fields, or costing more than `maxCost`, is refused whole with a clear
 * message and a stable code. Cost: each field costs 1, and a list field
 * multiplies what is under it by the page it asks for (`first`/`last`, else
 * the default page), so `statements(first: 100) { speaker { statements(first: 100) } }`
 * costs what it would really fetch.
 */
import { GraphQLError, getNullableType, isListType, visit, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, Kind } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from '../connection.js';

// Its ESM build imports 'graphql/index.mjs', a second copy of graphql beside the one Apollo and type-graphql
// load (index.js), and graphql refuses to mix them: take its CommonJS build, which shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export const LIMIT_CODES = {
  TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_COSTLY: 'QUERY_TOO_COSTLY',
  TOO_MANY_ALIASES: 'QUERY_TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'QUERY_TOO_MANY_DIRECTIVES',
} as const;

/** How many aliases and directives a document uses, fragments included (each counted once). */
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

const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field, node, type }) => {
  // Introspection (the playground's schema load) reads no data: free.
  if (node.name.value.startsWith('__') || type.name.startsWith('__')) return 0;
  // A connection's `edges` and `nodes` hold the page its field already paid for.
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  const pageSize = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  if (pageSize !== undefined) return 1 + childComplexity * Math.max(pageSize, 1);
  if (field.args.some((arg) => arg.name === 'first')) return 1 + childComplexity * DEFAULT_PAGE_SIZE;
  if (isListType(getNullableType(field.type))) return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return undefined; // not a list: the simple estimator's 1 + children
};

/** The deepest chain of fields in an operation, following fragments; introspection fields do not count. */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection as FieldNode).name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment that spreads itself is invalid GraphQL, which validation reports; here it just stops.
        if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) deepest = Math.max(deepest, depthOf(d.selectionSet, new Set()));
  }
  return deepest;
}

/** What the limits measure of one operation with one set of variables. */
interface Measures {
  aliases: number;
  directives: number;
  depth: number;
  cost: number;
}

/** Variable sets remembered per document: a client sends the same query with few of them. */
const MAX_REMEMBERED_VARIABLES = 64;

/**
 * The measures of a document, remembered per parsed document (Apollo hands the same DocumentNode back for
 * the same query text) and per operation and variables: they are pure functions of those, and measuring a
 * who-said-what query took a third of a millisecond, about a tenth of the server's CPU for it on Neo4j.
 */
function measurer(schema: GraphQLSchema): (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) => Measures {
  const remembered = new WeakMap<DocumentNode, Map<string, Measures>>();
  return (document, operationName, variables) => {
    let byVariables = remembered.get(document);
    if (!byVariables) remembered.set(document, (byVariables = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    const known = byVariables.get(key);
    if (known) return known;
    const { aliases, directives } = countAliasesAndDirectives(document);
    const depth = queryDepth(document, operationName);
    const cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
    const measures = { aliases, directives, depth, cost };
    if (byVariables.size >= MAX_REMEMBERED_VARIABLES) byVariables.clear();
    byVariables.set(key, measures);
    return measures;
  };
}

export function queryLimitsPlugin(options: { maxDepth: number; maxCost: number; maxAliases: number; maxDirectives: number }): ApolloServerPlugin {
  const measurers = new WeakMap<GraphQLSchema, ReturnType<typeof measurer>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let measure = measurers.get(schema as GraphQLSchema);
          if (!measure) measurers.set(schema as GraphQLSchema, (measure = measurer(schema as GraphQLSchema)));
          const { aliases, directives, depth, cost } = measure(document, operationName, request.variables ?? {});
          if (aliases > options.maxAliases) {
            throw new GraphQLError(`query uses ${aliases} aliases; the limit is ${options.maxAliases}`, {
              extensions: { code: LIMIT_CODES.TOO_MANY_ALIASES, aliases, maxAliases: options.maxAliases, http: { status: 400 } },
            });
          }
          if (directives > options.maxDirectives) {
            throw new GraphQLError(`query uses ${directives} directives; the limit is ${options.maxDirectives}`, {
              extensions: { code: LIMIT_CODES.TOO_MANY_DIRECTIVES, directives, maxDirectives: options.maxDirectives, http: { status: 400 } },
            });
          }
          if (depth > options.maxDepth) {
            throw new GraphQLError(`query is ${depth} fields deep; the limit is ${options.maxDepth}`, {
              extensions: { code: LIMIT_CODES.TOO_DEEP, depth, maxDepth: options.maxDepth, http: { status: 400 } },
            });
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(`query would cost ${cost}; the limit is ${options.maxCost} (ask for smaller pages, or fewer nested lists)`, {
              extensions: { code: LIMIT_CODES.TOO_COSTLY, cost, maxCost: options.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
