/**
 * The background read of Grafeo's edge regions after an open (src/store/grafeo/edge-regions.ts): one
 * edge in every 16,384 handles, past the edge count until handles run out, with the event loop free
 * between reads, and no read once the store has closed. Its effect on latency is a benchmark's to show
 * (bench/README.md); here, on a real Grafeo database, that it reads what it should and gets out of the way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { GrafeoDB as GrafeoDatabase } from '@grafeo-db/js';
import { warmEdgeRegions } from '../../src/store/grafeo/edge-regions.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { tempDir } from '../support/stores.js';

const { GrafeoDB } = createRequire(import.meta.url)('@grafeo-db/js') as typeof import('@grafeo-db/js');

/** An in-memory database with `edges` edges between two nodes, handles 0 to edges - 1. */
async function databaseWithEdges(edges: number): Promise<GrafeoDatabase> {
  const db = GrafeoDB.create();
  const a = db.createNode(['A']).id;
  const b = db.createNode(['B']).id;
  await db.batchCreateEdges(Array.from({ length: edges }, () => ({ src: a, dst: b, type: 'LINKS' })));
  return db;
}

describe('warming Grafeo edge regions', () => {
  const open: GrafeoDatabase[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });

  it('reads one edge in every 16,384 handles, then four empty steps past the last', async () => {
    const db = await databaseWithEdges(40_000);
    open.push(db);
    const read: number[] = [];
    const getEdge = db.getEdge.bind(db);
    db.getEdge = (handle: number) => (read.push(handle), getEdge(handle));
    expect(await warmEdgeRegions(db, () => false)).toBe(7);
    expect(read).toEqual([0, 16_384, 32_768, 49_152, 65_536, 81_920, 98_304]);
  });

  it('lets the event loop turn between reads, and stops once the store is stopped', async () => {
    const db = await databaseWithEdges(100_000);
    open.push(db);
    const order: string[] = [];
    const warming = warmEdgeRegions(db, () => order.includes('other')).then((reads) => (order.push('warm'), reads));
    setImmediate(() => setImmediate(() => order.push('other')));
    const reads = await warming;
    expect(order).toEqual(['other', 'warm']);
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThan(7); // 100,000 edges take 7 steps and 4 past them
  });

  it('a store warms up once, and a warm-up under way when the store closes ends without error', async () => {
    const dir = tempDir('chorus-edge-regions-');
    try {
      const store = GrafeoStore.open({ path: `${dir.path}/chorus.grafeo` });
      await store.setup();
      await seedStore(store, SEED_DIR);
      const warming = store.warmUp();
      expect(store.warmUp()).toBe(warming);
      await store.close();
      await expect(warming).resolves.toBeUndefined();
    } finally {
      dir.remove();
    }
  });
});
