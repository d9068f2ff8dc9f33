/**
 * For a suite that reads the seed graph straight from a store (no server): the store, cleared and seeded
 * before the suite's tests, cleared and closed after them. Read it through the handle inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, type TestStore } from './stores.js';

export function useSeededStore(createStore: () => Promise<TestStore>): { readonly store: GraphStore } {
  let handle: TestStore | undefined;
  beforeAll(async () => {
    handle = await createStore();
    await clearStore(handle.store);
    await seedStore(handle.store, SEED_DIR);
  });
  afterAll(async () => {
    if (handle) await clearStore(handle.store);
    await handle?.dispose();
  });
  return {
    get store() {
      if (!handle) throw new Error('the seeded store exists only inside the suite that uses it (after its beforeAll)');
      return handle.store;
    },
  };
}

/** A seeded store, as useSeededStore, and the extractor's gazetteer loaded from it once seeded (hooks run in order). */
export function useSeededGazetteer(createStore: () => Promise<TestStore>): { readonly store: GraphStore; readonly gazetteer: Gazetteer } {
  const seeded = useSeededStore(createStore);
  let gazetteer: Gazetteer | undefined;
  beforeAll(async () => {
    gazetteer = await Gazetteer.load(seeded.store);
  });
  return {
    get store() {
      return seeded.store;
    },
    get gazetteer() {
      if (!gazetteer) throw new Error('the gazetteer exists only inside the suite that uses it (after its beforeAll)');
      return gazetteer;
    },
  };
}
