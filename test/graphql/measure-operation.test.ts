/** The document measurer: each fragment measured once, so its work is linear in the document however fragments fan out. */
import { describe, expect, it } from 'vitest';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { buildChorusSchema } from '../../src/graphql/schema.js';
import { measureOperation, type FieldCost } from '../../src/graphql/limits/measure-operation.js';
import { pageCost } from '../../src/graphql/plugins/query-limits.js';

const schema = await buildChorusSchema();

function measure(query: string, variables: Record<string, unknown> = {}, fieldCost: FieldCost = pageCost) {
  const document: DocumentNode = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation, variables, fieldCost);
}

/** `{ ...F<levels> }` where each fragment spreads the one below it `width` times. */
function fanOut(levels: number, width: number, leaf = '__typename'): string {
  const fragments = [`fragment F0 on Query { ${leaf} }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ${Array(width).fill(`...F${i - 1}`).join(' ')} }`);
  return `{ ...F${levels} } ${fragments.join(' ')}`;
}

/** How many times the cost rule is asked about a field: once per field written, if fragments are measured once. */
function costCalls(query: string): number {
  let calls = 0;
  measure(query, {}, (input) => {
    calls++;
    return pageCost(input);
  });
  return calls;
}

describe('measureOperation', () => {
  it('counts the fields a fan-out of fragments expands to, without expanding it', () => {
    expect(measure(fanOut(30, 2)).fields).toBe(2 ** 30);
    expect(measure(fanOut(10, 5, 'stats { store }')).fields).toBe(2 * 5 ** 10);
    // The rule is asked once per field written in the document: one `__typename`, or `stats` and `store`.
    expect(costCalls(fanOut(30, 2))).toBe(1);
    expect(costCalls(fanOut(10, 5, 'stats { store }'))).toBe(2);
  });

  it('measures depth through fragments, and leaves introspection fields out of it', () => {
    const nested = '{ node(id: "x") { ...P } } fragment P on Person { statements(first: 1) { nodes { ...S } } } fragment S on Statement { speaker { name } }';
    expect(measure(nested).depth).toBe(5); // node > statements > nodes > speaker > name
    expect(measure('{ __typename stats { __typename store } }').depth).toBe(2);
  });

  it('prices pages as the old rule did: each list multiplies what is under it by its page', () => {
    // statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { text } } } } }
    // inner: 1 + (nodes 1 + text 1) * 100 = 201 … outer: 1 + (1 + (1 + 201)) * 100 = 20,301
    expect(measure('{ statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { text } } } } } }').cost).toBe(20_301);
    const viaVariable = 'query($n: Int) { statements(first: $n) { nodes { text } } }';
    expect(measure(viaVariable, { n: 10 }).cost).toBe(1 + 2 * 10);
    expect(measure(viaVariable, {}).cost).toBe(1 + 2 * 20); // the default page
  });

  it('charges the dearest concrete type where a selection depends on the type', () => {
    const byType = '{ node(id: "x") { id ... on Person { name } ... on Report { title kind period } } }';
    // node: 1 + (id 1 + the dearest of Person (1) and Report (3))
    expect(measure(byType).cost).toBe(1 + 1 + 3);
  });

  it('leaves out what @skip and @include leave out', () => {
    const query = 'query($s: Boolean!) { stats @skip(if: $s) { store } __typename }';
    expect(measure(query, { s: true }).fields).toBe(1);
    expect(measure(query, { s: false }).fields).toBe(3);
  });

  it('leaves introspection free (graphql-js limits its nesting)', () => {
    expect(measure('{ __schema { types { fields { args { name } } } } }')).toEqual({ depth: 0, fields: 5, cost: 0 });
  });

  it('stops at a fragment cycle (a validation error) instead of looping', () => {
    expect(measure('{ ...A } fragment A on Query { stats { store } ...B } fragment B on Query { ...A }').fields).toBe(2);
  });
});
