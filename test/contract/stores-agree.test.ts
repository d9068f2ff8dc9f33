/**
 * Grafeo and Neo4j, one answer: the same fixture written to both, every port
 * method asked the same questions, the answers compared whole (search by its
 * hits, not its scores, which each engine computes its own way).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseWords } from '../../src/model/search-text.js';
import type { GraphStore } from '../../src/store/port.js';
import { createGrafeoTestStore, createNeo4jTestStore, deleteByPrefix, TEST_NEO4J_URI, uniquePrefix, type TestStore } from '../support/stores.js';
import { fixture } from './graph-store-contract.js';

describe.skipIf(!TEST_NEO4J_URI)('Grafeo and Neo4j give the same answers', () => {
  const prefix = uniquePrefix();
  const f = fixture(prefix);
  let grafeo: TestStore;
  let neo4j: TestStore;

  beforeAll(async () => {
    [grafeo, neo4j] = await Promise.all([createGrafeoTestStore(), createNeo4jTestStore()]);
    for (const { store } of [grafeo, neo4j]) await store.write({ nodes: f.nodes, relationships: f.relationships });
  });
  afterAll(async () => {
    if (neo4j) await deleteByPrefix(neo4j.store, prefix);
    await Promise.all([grafeo?.dispose(), neo4j?.dispose()]);
  });

  const questions: [string, (store: GraphStore) => Promise<unknown>][] = [
    ['getNodes', (s) => s.getNodes([...f.nodes.map((n) => n.id), 'person:nobody'])],
    ['getRelationships', (s) => s.getRelationships(f.relationships.map((r) => r.id))],
    ['related, sorted by a node property', (s) => s.related([f.ids.wood, f.ids.cleary], { type: 'SAID', direction: 'out', otherLabel: 'Statement', sort: { on: 'node', property: 'date', direction: 'DESC' } })],
    ['related, filtered on the relationship', (s) => s.related([f.ids.report, f.ids.sif], { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { in: ['critical', 'mixed'] } } })],
    ['countRelated', (s) => s.countRelated([f.ids.wood, f.ids.report], { type: 'SAID', direction: 'out' })],
    ['list with keyset', async (s) => {
      const filter = { id: { startsWith: `statement:${prefix}` } };
      const first = await s.list({ label: 'Statement', filter, sort: { property: 'confidence', direction: 'DESC' }, limit: 2 });
      const second = await s.list({ label: 'Statement', filter, sort: { property: 'confidence', direction: 'DESC' }, after: first.keys.at(-1), limit: 2 });
      return [first, second];
    }],
    ['count', (s) => s.count('Statement', { id: { startsWith: `statement:${prefix}` }, kind: { eq: 'quote' } })],
    ['search hits', async (s) => (await s.search({ words: normaliseWords('wilshaw wishaw adcs credible framework'), labels: ['Person', 'Organisation', 'Statement', 'Framework'], limit: 100 })).map((h) => h.node.id).filter((id) => id.includes(prefix)).sort()],
    ['subgraph', async (s) => {
      const g = await s.subgraph({ seeds: [f.ids.wood], depth: 3, limit: 1000 });
      return { nodes: g.nodes.map((n) => n.id).sort(), relationships: g.relationships.map((r) => r.id).sort(), truncated: g.truncated };
    }],
    ['shortestPath', (s) => s.shortestPath(f.ids.cleary, f.ids.wood, 5)],
  ];

  for (const [name, ask] of questions) {
    it(name, async () => {
      const [a, b] = await Promise.all([ask(grafeo.store), ask(neo4j.store)]);
      expect(a).toEqual(b);
    });
  }
});
