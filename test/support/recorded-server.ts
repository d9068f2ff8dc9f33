/**
 * The seeded server (seeded-server.ts), serving its store through a recorder of its calls (store-calls.ts). It resolves once the server's background load of the search vocabulary (one call per
 * vocabulary label) is done, so that every call recorded from then on belongs to a request.
 */
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { VOCABULARY_LABELS } from '../../src/search/vocabulary.js';
import { recordStoreCalls, type StoreCall } from './store-calls.js';
import type { RunningServer } from './server.js';
import { startSeededServer } from './seeded-server.js';

export interface RecordedSeedServer {
  server: RunningServer;
  calls: StoreCall[];
  stop(): Promise<void>;
}

export async function startRecordedSeedServer(env: Record<string, string> = {}): Promise<RecordedSeedServer> {
  let calls: StoreCall[] = [];
  const server = await startSeededServer(env, {
    wrap: (store) => {
      const recorded = recordStoreCalls(store);
      calls = recorded.calls;
      return recorded.store;
    },
  });
  try {
    await vi.waitFor(() => expect(calls.filter((call) => call.method === 'searchTexts')).toHaveLength(VOCABULARY_LABELS.length));
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, calls, stop: () => server.stop() };
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
