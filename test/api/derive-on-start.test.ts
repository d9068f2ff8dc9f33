/**
 * `npm start`'s program on a store seeded under older derivation rules (an older marker:derivation, edges as
 * the old rules left them): it derives again before serving, so the API answers with the current rules and
 * nobody rebuilds by hand. On Grafeo (a store file the test writes, then hands to the process) and on Neo4j.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DERIVATION_MARKER_ID } from '../../src/derive/versioned.js';
import { DERIVATION_VERSION } from '../../src/model/derived.js';
import { relationshipId } from '../../src/model/ids.js';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, createNeo4jTestStore, tempDir, TEST_NEO4J_URI } from '../support/stores.js';
import { MAIN, startProcess, waitForUrl } from '../support/process.js';

const SELF_LOOP = relationshipId('CRITICISED', 'council:leicester', 'council:leicester');

/** Seeds the store, then leaves it as the old rules would have: a self-loop, and the marker of an older version. */
async function seedUnderOldRules(store: GraphStore): Promise<void> {
  await seedStore(store, SEED_DIR);
  await store.write({
    relationships: [{ id: SELF_LOOP, type: 'CRITICISED', from: 'council:leicester', to: 'council:leicester', properties: { evidence: [], weight: 1 } }],
    nodes: [{ id: DERIVATION_MARKER_ID, label: 'Marker', properties: { contentHash: 'old', completedAt: '2026-01-01T00:00:00.000Z', version: DERIVATION_VERSION - 1 } }],
  });
  expect(await store.getRelationships([SELF_LOOP])).not.toEqual([null]);
}

async function startAndAsk(env: Record<string, string>): Promise<{ output: string; criticised: string[] }> {
  const started = startProcess(env);
  try {
    const url = await waitForUrl(started, 120_000);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "council:leicester") { ... on Actor { criticised { node { id } } } } }' }),
    });
    const body = (await response.json()) as { data: { node: { criticised: { node: { id: string } }[] } } };
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    return { output: started.output(), criticised: body.data.node.criticised.map((l) => l.node.id) };
  } finally {
    started.child.kill('SIGKILL');
  }
}

describe('a store derived under older rules, started', () => {
  it('on Grafeo: is derived again before it serves', async () => {
    expect(existsSync(MAIN), 'run `npm run build` first (npm test does)').toBe(true);
    const dir = tempDir();
    const path = join(dir.path, 'chorus.grafeo');
    try {
      const store = GrafeoStore.open({ path });
      await store.setup();
      await seedUnderOldRules(store);
      await store.close();

      const { output, criticised } = await startAndAsk({ CHORUS_DATA_PATH: path });
      expect(output).toContain(`derivation version ${DERIVATION_VERSION - 1}: deriving them again with version ${DERIVATION_VERSION}`);
      expect(criticised.length).toBeGreaterThan(0);
      expect(criticised).not.toContain('council:leicester');

      const reopened = GrafeoStore.open({ path });
      try {
        expect(await reopened.getRelationships([SELF_LOOP])).toEqual([null]);
        expect((await reopened.getNodes([DERIVATION_MARKER_ID]))[0]?.properties.version).toBe(DERIVATION_VERSION);
      } finally {
        await reopened.close();
      }
      // The next start finds it current: nothing to derive.
      expect((await startAndAsk({ CHORUS_DATA_PATH: path })).output).not.toMatch(/deriving them again/);
    } finally {
      dir.remove();
    }
  }, 240_000);

  it.skipIf(!TEST_NEO4J_URI)('on Neo4j: is derived again before it serves', async () => {
    const handle = await createNeo4jTestStore();
    try {
      await clearStore(handle.store);
      await seedUnderOldRules(handle.store);
      const { output, criticised } = await startAndAsk({ NEO4J_URI: TEST_NEO4J_URI!, NEO4J_USER: process.env.TEST_NEO4J_USER ?? '', NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '' });
      expect(output).toContain(`deriving them again with version ${DERIVATION_VERSION}`);
      expect(criticised).not.toContain('council:leicester');
      expect(await handle.store.getRelationships([SELF_LOOP])).toEqual([null]);
    } finally {
      await clearStore(handle.store);
      await handle.dispose();
    }
  }, 300_000);
});
