/**
 * Both stores, one answer: every example operation and every read-API case
 * gives the same JSON from a server over Grafeo and a server over Neo4j
 * holding the same seed. Search is compared by its hits (scores, and the
 * order of equally relevant hits, are each engine's own).
 */
import { describe, expect, it } from 'vitest';
import { TEST_NEO4J_URI } from '../support/stores.js';
import { useSeededServer } from '../support/seeded-server.js';
import { exampleOperations } from '../support/examples.js';
import { readCases } from './read-cases.js';

/** For answers that hold search hits: scores and rank cursors dropped, every list sorted. */
function withoutRanking(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRanking).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['score', 'cursor', 'startCursor', 'endCursor'].includes(key))
        .map(([key, v]) => [key, withoutRanking(v)]),
    );
  }
  return value;
}

describe.skipIf(!TEST_NEO4J_URI)('the API on Grafeo and on Neo4j', () => {
  const servers = [useSeededServer({}, { store: 'grafeo' }), useSeededServer({}, { store: 'neo4j' })];

  const questions = [
    ...exampleOperations().filter((o) => !o.mutation).map((o) => ({ name: `example ${o.name}`, query: o.query, variables: undefined as Record<string, unknown> | undefined })),
    ...readCases.map((c) => ({ name: `case: ${c.name}`, query: c.query, variables: c.variables })),
  ];

  for (const { name, query, variables } of questions) {
    it(name, async () => {
      const [a, b] = await Promise.all(servers.map((s) => s.graphql(query, variables)));
      expect(a.body.errors).toBeUndefined();
      // The one field meant to differ: which store answered.
      for (const { body } of [a, b]) if (body.data?.stats?.store) body.data.stats.store = '(store)';
      if (/\bsearch\s*\(/.test(query)) expect(withoutRanking(b.body)).toEqual(withoutRanking(a.body));
      else expect(b.body).toEqual(a.body);
    });
  }

  it('agrees on stats except the store’s name', async () => {
    const [a, b] = await Promise.all(servers.map((s) => s.graphql('{ stats { store labels { label count } relationshipTypes { type count } } }')));
    expect(a.body.data.stats.store).toBe('grafeo');
    expect(b.body.data.stats.store).toBe('neo4j');
    expect({ ...b.body.data.stats, store: 'x' }).toEqual({ ...a.body.data.stats, store: 'x' });
  });
});
