/** The read API through a real HTTP server over the seeded Grafeo store: every query family, error code and limit. */
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/graphql/connection.js';
import { createGrafeoTestStore } from '../support/stores.js';
import { startServer } from '../support/server.js';
import { startSeededServer, useSeededServer } from '../support/seeded-server.js';
import { readCases } from './read-cases.js';

describe('read API on the seeded graph', () => {
  const server = useSeededServer({ CHORUS_MAX_DEPTH: '8', CHORUS_MAX_COST: '5000' });

  for (const c of readCases) {
    it(c.name, async () => {
      const { body } = await server.graphql(c.query, c.variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      c.check(body.data);
    });
  }

  it('pages forward and backward with keyset cursors, without gaps or repeats', async () => {
    const all = (await server.graphql('{ statements(first: 100) { totalCount nodes { id } } }')).body.data.statements;
    const ids: string[] = all.nodes.map((n: any) => n.id);
    expect(ids.length).toBe(Math.min(all.totalCount, 100));
    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = (await server.graphql('query($after: String) { statements(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', { after })).body.data.statements;
      forward.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward.slice(0, ids.length)).toEqual(ids);
    expect(new Set(forward).size).toBe(forward.length);
    expect(forward.length).toBe(all.totalCount);

    const last = (await server.graphql('{ statements(last: 3) { nodes { id } pageInfo { hasPreviousPage startCursor } } }')).body.data.statements;
    expect(last.nodes.map((n: any) => n.id)).toEqual(forward.slice(-3));
    const before = (await server.graphql('query($b: String) { statements(last: 3, before: $b) { nodes { id } } }', { b: last.pageInfo.startCursor })).body.data.statements;
    expect(before.nodes.map((n: any) => n.id)).toEqual(forward.slice(-6, -3));
  });

  it('pages nested lists per parent', async () => {
    const query = 'query($after: String) { node(id: "person:alan-wood") { ... on Person { statements(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } } }';
    const first = (await server.graphql(query)).body.data.node.statements;
    const second = (await server.graphql(query, { after: first.pageInfo.endCursor })).body.data.node.statements;
    expect(first.nodes).toHaveLength(2);
    expect(second.nodes.map((n: any) => n.id)).not.toContain(first.nodes[0].id);
    expect(first.totalCount).toBeGreaterThan(2);
  });

  const code = async (query: string, variables?: Record<string, unknown>) => (await server.graphql(query, variables)).body.errors?.[0]?.extensions?.code;

  it('answers bad input with BAD_USER_INPUT, naming the argument', async () => {
    const bad = await server.graphql('{ statements(first: 5, after: "not-a-cursor") { nodes { id } } }');
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors[0].message).toMatch(/after/);
    expect(await code(`{ statements(first: ${MAX_PAGE_SIZE + 1}) { nodes { id } } }`)).toBe('BAD_USER_INPUT');
    expect(await code(`{ statements(first: ${MAX_PAGE_SIZE}) { nodes { id } } }`)).toBeUndefined();
    expect(await code('{ statements(filter: { dateFrom: "March" }) { nodes { id } } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ stanceCounts(target: "garbage") { count } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ path(from: "person:alan-wood", to: "person:michael-wilshaw", maxLength: 99) { relationship } }')).toBe('BAD_USER_INPUT');
  });

  it('answers an id of nothing with NOT_FOUND', async () => {
    expect(await code('{ stanceCounts(target: "person:nobody") { count } }')).toBe('NOT_FOUND');
    expect(await code('{ path(from: "person:nobody", to: "person:alan-wood") { relationship } }')).toBe('NOT_FOUND');
  });

  it('refuses a query deeper than the limit, and accepts one at it', async () => {
    // depth 8: node > statements > nodes > speaker > statements > nodes > source > title
    const atLimit = '{ node(id: "person:alan-wood") { ... on Person { statements(first: 1) { nodes { speaker { statements(first: 1) { nodes { source { title } } } } } } } } }';
    expect(await code(atLimit)).toBeUndefined();
    const tooDeep = atLimit.replace('source { title }', 'source { publisher { name } }');
    const { status, body } = await server.graphql(tooDeep);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors[0].message).toMatch(/9 fields deep; the limit is 8/);
    expect(status).toBe(400);
  });

  it('refuses a query costing more than the limit, counting pages asked for', async () => {
    const costly = '{ statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { text } } } } } }';
    const { body } = await server.graphql(costly);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(body.errors[0].extensions.maxCost).toBe(5000);
    const cheaper = '{ statements(first: 10) { nodes { speaker { statements(first: 10) { nodes { text } } } } } }';
    expect(await code(cheaper)).toBeUndefined();
    const viaVariable = 'query($n: Int) { statements(first: $n) { nodes { speaker { statements(first: $n) { nodes { text } } } } } }';
    expect(await code(viaVariable, { n: 100 })).toBe('QUERY_TOO_COSTLY');
    // The measures are remembered per document and variables: the same text with other variables is measured again.
    expect(await code(viaVariable, { n: 10 })).toBeUndefined();
    expect(await code(viaVariable, { n: 100 })).toBe('QUERY_TOO_COSTLY');
    expect(await code(viaVariable, { n: 10 })).toBeUndefined();
  });

  it('lets introspection through the limits, so the playground can load the schema', async () => {
    const { body } = await server.graphql('{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(20);
  });
});

describe('deployment settings', () => {
  it('serves only quoted spans with context when CHORUS_SOURCE_TEXT=snippets', async () => {
    const server = await startSeededServer({ CHORUS_SOURCE_TEXT: 'snippets' });
    try {
      const { body } = await server.graphql('{ statements(first: 1) { nodes { text quote { exact prefix } source { text length } } } }');
      const statement = body.data.statements.nodes[0];
      expect(statement.source.text).toBeNull();
      expect(statement.source.length).toBeGreaterThan(1000);
      expect(statement.quote.exact).toBe(statement.text);
    } finally {
      await server.stop();
    }
  });

  it('hides internals in production and can turn introspection off', async () => {
    const handle = await createGrafeoTestStore();
    const server = await startServer(handle.store, { NODE_ENV: 'production', CHORUS_INTROSPECTION: 'false' });
    try {
      const introspection = await server.graphql('{ __schema { queryType { name } } }');
      expect(introspection.body.errors[0].message).toMatch(/introspection/i);
      await handle.store.close();
      const { body } = await server.graphql('{ stats { store } }');
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.[jt]s:\d+|GRAFEO-|Neo\.ClientError/);
    } finally {
      await server.stop();
      await handle.dispose();
    }
  });
});
