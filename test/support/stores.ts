/**
 * Real stores for tests: a Grafeo database in a fresh temporary folder, and the Neo4j named by TEST_NEO4J_URI;
 * and the in-memory store, for the contract suite only (product tests run on the real stores).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { GraphStore } from '../../src/store/port.js';
import { LABELS, labelNames } from '../../src/model/schema.js';

/** Tests never read NEO4J_URI: a test that clears data must not reach a user's real database. */
export const TEST_NEO4J_URI = process.env.TEST_NEO4J_URI;

export function tempDir(prefix = 'chorus-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestStore {
  store: GraphStore;
  dispose(): Promise<void>;
}

export async function createGrafeoTestStore(): Promise<TestStore> {
  const dir = tempDir();
  const store = GrafeoStore.open({ path: join(dir.path, 'chorus.grafeo') });
  await store.setup();
  return {
    store,
    async dispose() {
      await store.close();
      dir.remove();
    },
  };
}

/** The benchmarks' ceiling, held to the same contract so its answers stay what the real stores answer. */
export async function createMemoryTestStore(): Promise<TestStore> {
  const store = new MemoryStore();
  await store.setup();
  return { store, dispose: () => store.close() };
}

export async function createNeo4jTestStore(): Promise<TestStore> {
  if (!TEST_NEO4J_URI) throw new Error('TEST_NEO4J_URI is not set: did you forget to start Neo4j (npm run neo4j)?');
  const store = Neo4jStore.open({ uri: TEST_NEO4J_URI, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD });
  await store.setup();
  return { store, dispose: () => store.close() };
}

/** A per-test id prefix, so tests sharing one Neo4j database never touch each other's nodes. */
export function uniquePrefix(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Deletes every node whose id slug starts with the prefix, on any label. */
export async function deleteByPrefix(store: GraphStore, prefix: string): Promise<void> {
  for (const label of labelNames) {
    for (;;) {
      const page = await store.list({ label, filter: { id: { startsWith: `${LABELS[label].idPrefix}:${prefix}` } }, limit: 500 });
      if (page.nodes.length === 0) break;
      await store.write({ deleteNodes: page.nodes.map((n) => n.id) });
    }
  }
}

/** Deletes everything: only for stores a test created itself. */
export async function clearStore(store: GraphStore): Promise<void> {
  for (const label of labelNames) {
    for (;;) {
      const page = await store.list({ label, limit: 1000 });
      if (page.nodes.length === 0) break;
      await store.write({ deleteNodes: page.nodes.map((n) => n.id) });
    }
  }
}
