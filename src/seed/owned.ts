/**
 * The seed owns its records. A completed seed lists, on its marker, the ids of every explicit node and
 * relationship it wrote (`owned`); the next seed removes those it no longer states, so a corrected seed
 * corrects the store, while records others added (never in the list) are left alone. A node the seed
 * dropped that something outside the seed still links to (a statement a user added about a claim) is kept,
 * as an article's dropped actor is (ingest/article-versions.ts). Properties need no list: an upsert
 * replaces a record's properties whole.
 */
import { DERIVED_TYPES } from '../model/derived.js';
import { parseRelationshipId } from '../model/ids.js';
import type { GraphStore } from '../store/port.js';
import type { SeedPlan } from './plan.js';

const IDS_ONLY: readonly string[] = [];
const DERIVED = new Set<string>(DERIVED_TYPES);

/** The ids a plan owns, sorted, for the seed marker. */
export function ownedIds(plan: SeedPlan): string[] {
  return [...plan.nodes.map((n) => n.id), ...plan.relationships.map((r) => r.id)].sort();
}

export interface StaleRecords {
  deleteNodes: string[];
  deleteRelationships: string[];
  /** Nodes the seed no longer states that something outside it still links to. */
  kept: string[];
  /** The nodes at either end of a deleted relationship: whose derived edges may change. */
  touched: string[];
}

/**
 * What the seed recorded on `marker` (the store's completed seed) and `plan` no longer states. A store
 * seeded before seeds listed their records has no list, and so nothing is stale in it.
 */
export async function staleSeedRecords(store: GraphStore, markerId: string, plan: SeedPlan): Promise<StaleRecords> {
  const [marker] = await store.getNodes([markerId]);
  const previous = (marker?.properties.owned as string[] | undefined) ?? [];
  const now = new Set(ownedIds(plan));
  const stale = previous.filter((id) => !now.has(id));
  const relationships = stale.filter((id) => parseRelationshipId(id) !== null);
  const relationshipSet = new Set(relationships);
  const nodes = stale.filter((id) => !relationshipSet.has(id));
  const previousSet = new Set(previous);
  const used = new Set<string>();
  if (nodes.length) {
    const around = await store.subgraph({ seeds: nodes, depth: 1, limit: 100_000, properties: IDS_ONLY });
    for (const r of around.relationships) {
      // A link the seed wrote (and now drops, or keeps to a node it drops) is not someone else's use.
      if (DERIVED.has(r.type) || previousSet.has(r.id)) continue;
      for (const end of [r.from, r.to]) if (nodes.includes(end)) used.add(end);
    }
  }
  const deleteNodes = nodes.filter((id) => !used.has(id));
  const touched = relationships.flatMap((id) => {
    const parsed = parseRelationshipId(id)!;
    return [parsed.from, parsed.to];
  });
  return { deleteNodes, deleteRelationships: relationships, kept: nodes.filter((id) => used.has(id)), touched: [...new Set(touched)] };
}
