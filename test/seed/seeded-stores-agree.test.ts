/** Seeded into Grafeo and into Neo4j, the two graphs are identical: node ids, labels, properties, relationships. */
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { clearStore, createGrafeoTestStore, createNeo4jTestStore, TEST_NEO4J_URI } from '../support/stores.js';
import { snapshotGraph } from '../support/snapshot.js';

describe.skipIf(!TEST_NEO4J_URI)('the seed in both stores', () => {
  it('gives identical graphs', async () => {
    const [grafeo, neo4j] = await Promise.all([createGrafeoTestStore(), createNeo4jTestStore()]);
    try {
      await clearStore(neo4j.store);
      await seedStore(grafeo.store, SEED_DIR);
      await seedStore(neo4j.store, SEED_DIR);
      const [a, b] = await Promise.all([snapshotGraph(grafeo.store), snapshotGraph(neo4j.store)]);
      expect(a.nodes.length).toBeGreaterThan(300);
      expect(a).toEqual(b);
    } finally {
      await clearStore(neo4j.store);
      await Promise.all([grafeo.dispose(), neo4j.dispose()]);
    }
  });
});
