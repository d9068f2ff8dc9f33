/** The configured store: Neo4j when NEO4J_URI is set, embedded Grafeo otherwise. */
import type { Settings } from '../config.js';
import { GrafeoStore } from './grafeo/grafeo-store.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';
import type { GraphStore } from './port.js';

export async function openStore(settings: Settings['store']): Promise<GraphStore> {
  const store = settings.kind === 'neo4j' ? Neo4jStore.open(settings) : GrafeoStore.open({ path: settings.path });
  try {
    await store.setup();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export function describeStore(settings: Settings['store']): string {
  return settings.kind === 'neo4j' ? `Neo4j at ${settings.uri} (database ${settings.database})` : `embedded Grafeo at ${settings.path}`;
}
