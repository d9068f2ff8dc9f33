/**
 * The derivation is versioned (DERIVATION_VERSION in src/model/derived.ts). A store records the version its
 * derived edges were computed with in marker:derivation; a store derived under another version (or before
 * versions were recorded) is derived again from everything in it when the server next starts, so nobody has
 * to rebuild by hand. The marker is written last: a re-derivation cut off halfway runs again on the next start.
 */
import type { Logger } from '../logger.js';
import { DERIVATION_VERSION, derivationRulesHash } from '../model/derived.js';
import { nodeId } from '../model/ids.js';
import type { NodeRecord } from '../model/records.js';
import type { Label } from '../model/schema.js';
import type { GraphStore } from '../store/port.js';
import { rederive } from './recompute.js';
import { migrateClaimStances } from './claim-stance-migration.js';

/** The version from which ABOUT may not point at a claim: older stores have theirs rewritten once (claim-stance-migration.ts). */
const CLAIM_STANCE_VERSION = 3;

export const DERIVATION_MARKER_ID = nodeId('Marker', 'derivation');
const PAGE = 10_000;
const BATCH = 2_000;

/** The version of the rules a store's derived edges were computed with; null when it never recorded one. */
export async function storedDerivationVersion(store: GraphStore): Promise<number | null> {
  const [marker] = await store.getNodes([DERIVATION_MARKER_ID]);
  return marker && typeof marker.properties.version === 'number' ? marker.properties.version : null;
}

/** The marker that says a store's derived edges follow the current rules. */
export function currentDerivationMarker(): NodeRecord {
  return { id: DERIVATION_MARKER_ID, label: 'Marker', properties: { contentHash: derivationRulesHash(), completedAt: new Date().toISOString(), version: DERIVATION_VERSION } };
}

async function allIds(store: GraphStore, label: Label): Promise<string[]> {
  const ids: string[] = [];
  let after: Awaited<ReturnType<GraphStore['list']>>['keys'][number] | undefined;
  for (;;) {
    const page = await store.list({ label, limit: PAGE, ...(after ? { after } : {}) });
    ids.push(...page.nodes.map((n) => n.id));
    if (!page.hasMore || page.nodes.length === 0) return ids;
    after = page.keys[page.keys.length - 1];
  }
}

/**
 * Derives every edge again when the store's derivation version is not the current one. Returns what it
 * wrote, or null when the store was current (or holds nothing to derive from).
 */
export async function deriveIfOutdated(store: GraphStore, logger: Logger): Promise<{ upserted: number; removed: number } | null> {
  const held = await storedDerivationVersion(store);
  if (held === DERIVATION_VERSION) return null;
  if ((await store.count('Statement')) + (await store.count('Rating')) === 0) return null;
  logger.info(`the derived relationships were computed with ${held === null ? 'an unversioned derivation' : `derivation version ${held}`}: deriving them again with version ${DERIVATION_VERSION}`);
  const started = Date.now();
  if (held === null || held < CLAIM_STANCE_VERSION) {
    const migrated = await migrateClaimStances(store, await allIds(store, 'Claim'));
    if (migrated.found) {
      logger.info(
        `a statement’s relation to a claim is now said once (ASSERTS or DISPUTES): ${migrated.found} ABOUT links to claims removed; ` +
          `${migrated.written} written as ASSERTS or DISPUTES, ${migrated.alreadyLinked} already said so, ${migrated.dropped} neutral or mixed dropped`,
      );
    }
  }
  const actors = (await Promise.all((['Person', 'Organisation', 'Council'] as const).map((label) => allIds(store, label)))).flat();
  const raters = actors.filter((id) => id.startsWith('organisation:'));
  const diff = await rederive(store, { nodes: [], relationships: [], deleteNodes: [], deleteRelationships: [] }, { actors, raters });
  for (let i = 0; i < diff.upsert.length; i += BATCH) await store.write({ relationships: diff.upsert.slice(i, i + BATCH) });
  for (let i = 0; i < diff.remove.length; i += BATCH) await store.write({ deleteRelationships: diff.remove.slice(i, i + BATCH) });
  await store.write({ nodes: [currentDerivationMarker()] });
  logger.info(`derived again in ${Date.now() - started} ms: ${diff.upsert.length} relationships written, ${diff.remove.length} removed`);
  return { upserted: diff.upsert.length, removed: diff.remove.length };
}
