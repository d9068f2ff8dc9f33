/**
 * The seed graph in a fresh store, served over HTTP by a real Chorus server: what every API suite starts
 * from. `useSeededServer` starts one before a suite's tests and stops it after them; `startSeededServer`
 * is the same for one test that needs its own settings.
 */
import { afterAll, beforeAll } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import type { ChorusServerOptions } from '../../src/http/server.js';
import type { GraphStore } from '../../src/store/port.js';
import { startServer, type RunningServer } from './server.js';
import { clearStore, createGrafeoTestStore, createNeo4jTestStore, type TestStore } from './stores.js';

export interface SeededServerOptions {
  /** Which store holds the seed (default Grafeo). Neo4j is the one TEST_NEO4J_URI names, cleared before and after. */
  store?: 'grafeo' | 'neo4j';
  /** Serves the store through this wrapper (a recorder of its calls), while the seed is written to the store itself. */
  wrap?: (store: GraphStore) => GraphStore;
  /** Routes to mount beside the API (the export routes), given the store. */
  routes?: (store: GraphStore) => ChorusServerOptions['routes'];
}

/** A running server over the seed graph, and the store it serves (unwrapped), for checks behind the API's back. */
export interface SeededServer extends RunningServer {
  readonly store: GraphStore;
}

export async function startSeededServer(env: Record<string, string> = {}, options: SeededServerOptions = {}): Promise<SeededServer> {
  const neo4j = options.store === 'neo4j';
  const handle: TestStore = neo4j ? await createNeo4jTestStore() : await createGrafeoTestStore();
  const dispose = async () => {
    if (neo4j) await clearStore(handle.store);
    await handle.dispose();
  };
  try {
    if (neo4j) await clearStore(handle.store);
    await seedStore(handle.store, SEED_DIR);
    const server = await startServer(options.wrap ? options.wrap(handle.store) : handle.store, env, options.routes?.(handle.store));
    return {
      ...server,
      store: handle.store,
      async stop() {
        await server.stop();
        await dispose();
      },
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * For a suite: a seeded server started before its tests and stopped after them (the suite's hooks own its
 * life, so it has no `stop`). The object answers for the server once it runs (`server.graphql(…)`,
 * `server.url`, `server.store` inside tests).
 */
export function useSeededServer(env: Record<string, string> = {}, options: SeededServerOptions = {}): Omit<SeededServer, 'stop'> {
  let running: SeededServer | undefined;
  beforeAll(async () => {
    running = await startSeededServer(env, options);
  });
  afterAll(async () => {
    await running?.stop();
  });
  const live = () => {
    if (!running) throw new Error('the seeded server runs only inside the suite that uses it (after its beforeAll)');
    return running;
  };
  return {
    get url() {
      return live().url;
    },
    get settings() {
      return live().settings;
    },
    get store() {
      return live().store;
    },
    graphql: (query, variables, headers) => live().graphql(query, variables, headers),
  };
}
