/**
 * The seed graph in a fresh Grafeo store, served over HTTP through a store that records its calls
 * (store-calls.ts). It resolves once the server's background load of the search vocabulary (one call per
 * vocabulary label) is done, so that every call recorded from then on belongs to a request.
 */
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { VOCABULARY_LABELS } from '../../src/search/vocabulary.js';
import { recordStoreCalls, type StoreCall } from './store-calls.js';
import { createGrafeoTestStore } from './stores.js';
import { startServer, type RunningServer } from './server.js';

export interface RecordedSeedServer {
  server: RunningServer;
  calls: StoreCall[];
  stop(): Promise<void>;
}

export async function startRecordedSeedServer(env: Record<string, string> = {}): Promise<RecordedSeedServer> {
  const handle = await createGrafeoTestStore();
  try {
    await seedStore(handle.store, SEED_DIR);
    const { store, calls } = recordStoreCalls(handle.store);
    const server = await startServer(store, env);
    await vi.waitFor(() => expect(calls.filter((call) => call.method === 'searchTexts')).toHaveLength(VOCABULARY_LABELS.length));
    return {
      server,
      calls,
      stop: async () => {
        await server.stop();
        await handle.dispose();
      },
    };
  } catch (error) {
    await handle.dispose();
    throw error;
  }
}

/**
 * For a suite: starts the recorded seed server before its tests and stops it after. `request` runs one
 * query and answers its body with the store calls that query made.
 */
export function useRecordedSeedServer(env: Record<string, string> = {}) {
  let recorded: RecordedSeedServer | undefined;
  beforeAll(async () => {
    recorded = await startRecordedSeedServer(env);
  });
  afterAll(async () => {
    await recorded?.stop();
  });
  return {
    async request(query: string, variables: Record<string, unknown> = {}) {
      const { server, calls } = recorded!;
      calls.length = 0;
      const { body } = await server.graphql(query, variables);
      return { body, calls: [...calls] };
    },
  };
}
