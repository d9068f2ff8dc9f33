/**
 * The seed loader against a real store, as one suite each store runs. The
 * store is the suite's own (Grafeo: a temporary file; Neo4j: the test
 * database, cleared before and after).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';
import { SEED_MARKER_ID, SeedValidationError, completedSeedHash, seedStore, writePlan } from '../../src/seed/load.js';
import { seedOnStart } from '../../src/seed/seed-on-start.js';
import { dumpGraph } from '../../src/seed/dump.js';
import { createLogger } from '../../src/logger.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, tempDir, type TestStore } from '../support/stores.js';
import { snapshotGraph } from '../support/snapshot.js';
import { copySeed } from '../support/seed-copy.js';
import { expectedCounts } from './expected-counts.js';
import { useSeededStore } from '../support/seeded-store.js';

const silent = createLogger('silent');

export function defineSeedLoaderSuite(name: string, createStore: () => Promise<TestStore>) {
  describe(`seed loader on ${name}`, () => {
    const seeded = useSeededStore(createStore);
    let store: GraphStore;
    beforeAll(() => {
      store = seeded.store;
    });

    it('writes the counts the seed files declare, per label and per relationship type', async () => {
      const expected = expectedCounts(SEED_DIR);
      const derived = planSeed(SEED_DIR).derived;
      const derivedTypes: Record<string, number> = {};
      for (const r of derived) derivedTypes[r.type] = (derivedTypes[r.type] ?? 0) + 1;
      expect(await store.countByLabel()).toEqual({ ...expected.labels, Marker: 2 });
      expect(await store.countByRelationshipType()).toEqual({ ...expected.types, ...derivedTypes });
      expect(derivedTypes.CRITICISED).toBeGreaterThan(10);
      expect(derivedTypes.SAME_WORDS).toBeGreaterThan(0);
    });

    it('is idempotent: a second seed leaves the same graph', async () => {
      const before = await snapshotGraph(store);
      await seedStore(store, SEED_DIR);
      expect(await snapshotGraph(store)).toEqual(before);
    });

    it('creates into an empty store the same graph an upsert writes, and upserts into one that holds anything', async () => {
      // Sees which way each batch went: a store whose write records the batch's createOnly flag.
      const flags: boolean[] = [];
      const watched = Object.create(store, {
        write: { value: (batch: Parameters<GraphStore['write']>[0]) => (flags.push(batch.createOnly === true), store.write(batch)) },
      }) as GraphStore;
      await clearStore(store);
      await seedStore(watched, SEED_DIR);
      expect(flags.length).toBeGreaterThan(3);
      expect(flags.slice(0, -1).every(Boolean)).toBe(true); // every batch but the marker's
      const created = await snapshotGraph(store);
      // One node the seed does not name: the next load upserts, and still gives the same graph.
      const other = { id: 'person:added-before-seed', label: 'Person' as const, properties: { name: 'Added Before Seed' } };
      await clearStore(store);
      await store.write({ nodes: [other] });
      flags.length = 0;
      await seedStore(watched, SEED_DIR);
      expect(flags.some(Boolean)).toBe(false);
      await store.write({ deleteNodes: [other.id] });
      expect(await snapshotGraph(store)).toEqual(created);
    });

    it('keeps up to the store\'s bulkLoadConcurrency batches in flight when creating, and gives the same graph', async () => {
      const expected = await snapshotGraph(store);
      let inFlight = 0;
      let most = 0;
      const watched = Object.create(store, {
        write: {
          value: async (batch: Parameters<GraphStore['write']>[0]) => {
            most = Math.max(most, ++inFlight);
            try {
              return await store.write(batch);
            } finally {
              inFlight--;
            }
          },
        },
      }) as GraphStore;
      await clearStore(store);
      await writePlan(watched, planSeed(SEED_DIR), { batchSize: 40 });
      expect(most).toBe(store.bulkLoadConcurrency);
      expect(await snapshotGraph(store)).toEqual(expected);
    });

    it('after a failed batch starts no other, lets those in flight settle, then throws the batch\'s error', async () => {
      const failure = new Error('the fourth relationship batch failed');
      let relationshipBatches = 0;
      let started = 0;
      let settled = 0;
      let startedAfterFailure = 0;
      let failed = false;
      const watched = Object.create(store, {
        write: {
          value: async (batch: Parameters<GraphStore['write']>[0]) => {
            if (failed) startedAfterFailure++;
            started++;
            try {
              if (batch.relationships && ++relationshipBatches === 4) {
                failed = true;
                throw failure;
              }
              return await store.write(batch);
            } finally {
              settled++;
            }
          },
        },
      }) as GraphStore;
      await clearStore(store);
      try {
        await expect(writePlan(watched, planSeed(SEED_DIR), { batchSize: 40 })).rejects.toBe(failure);
        expect(settled).toBe(started);
        // Those already in flight when it failed may have started in the same turn; nothing later did.
        expect(startedAfterFailure).toBeLessThan(store.bulkLoadConcurrency);
        expect(await completedSeedHash(store)).toBeNull();
      } finally {
        await clearStore(store);
        await seedStore(store, SEED_DIR);
      }
    });

    it('rejects a broken seed with every problem named by file and record, and writes nothing', async () => {
      const before = await snapshotGraph(store, { withMarker: true });
      const broken = copySeed();
      try {
        broken.edit('source-guardian-2015-sector-response.json', (data) => {
          data.sources[0].statements[0].start += 3;
          data.sources[0].statements[1].speaker = 'person:nobody-at-all';
          data.sources[0].statements[2].about[0].stance = 'furious';
        });
        broken.edit('actors.json', (data) => {
          data.people.push({ id: 'person:new-person', name: 'New Person' });
          data.people[0].speakr = 'typo';
        });
        const plan = planSeed(broken.path);
        const messages = plan.problems.map((p) => `${p.file} › ${p.path}: ${p.message}`).join('\n');
        expect(messages).toMatch(/source-guardian-2015-sector-response\.json › sources\[0\]\.statements\[0\]: text is not verbatim/);
        expect(messages).toMatch(/no node "person:nobody-at-all"/);
        expect(messages).toMatch(/stance must be one of critical, supportive, neutral, mixed; got "furious"/);
        expect(messages).toMatch(/actors\.json › people\[0\]: unknown field "speakr"/);
        await expect(writePlan(store, plan)).rejects.toBeInstanceOf(SeedValidationError);
        expect(await snapshotGraph(store, { withMarker: true })).toEqual(before);
      } finally {
        broken.remove();
      }
    });

    it('keeps what the seed does not name', async () => {
      await store.write({ nodes: [{ id: 'person:added-by-hand', label: 'Person', properties: { name: 'Added By Hand' } }] });
      await seedStore(store, SEED_DIR);
      expect((await store.getNodes(['person:added-by-hand']))[0]?.properties.name).toBe('Added By Hand');
      await store.write({ deleteNodes: ['person:added-by-hand'] });
    });

    it('dumps the graph in the seed format; seeding the dump into an empty store gives the same graph', async () => {
      const dumped = await dumpGraph(store);
      const dir = tempDir('chorus-dump-');
      try {
        mkdirSync(join(dir.path, 'sources'));
        for (const [file, text] of dumped.texts) writeFileSync(join(dir.path, 'sources', file), text);
        for (const [file, content] of dumped.files) writeFileSync(join(dir.path, file), JSON.stringify(content, null, 2));
        const plan = planSeed(dir.path);
        expect(plan.problems).toEqual([]);
        const original = await snapshotGraph(store);
        await clearStore(store);
        await writePlan(store, plan);
        expect(await snapshotGraph(store)).toEqual(original);
      } finally {
        dir.remove();
        await clearStore(store);
        await seedStore(store, SEED_DIR);
      }
    });

    it('on start, finishes a seed that was cut off, and leaves a completed one alone', async () => {
      const complete = await snapshotGraph(store);
      await clearStore(store);
      // A seed killed after its nodes: no marker yet.
      const plan = planSeed(SEED_DIR);
      await store.write({ nodes: plan.nodes.slice(0, 100) });
      expect(await completedSeedHash(store)).toBeNull();
      await seedOnStart(store, silent);
      expect(await snapshotGraph(store)).toEqual(complete);
      const [marker] = await store.getNodes([SEED_MARKER_ID]);
      await seedOnStart(store, silent);
      expect((await store.getNodes([SEED_MARKER_ID]))[0]).toEqual(marker);
    });
  });
}
