/**
 * Derivation version 3: a statement's relation to a claim is said once, by ASSERTS or DISPUTES
 * (model/stance-links.ts). A store written before kept an ABOUT with a stance beside them; this rewrites
 * each such ABOUT once, when the store is derived again under version 3 (versioned.ts):
 * - supportive or critical, with no claim link yet: written as ASSERTS or DISPUTES;
 * - already said by an ASSERTS or DISPUTES: that link stands (derived edges have read only it since version 2);
 * - neutral or mixed: a relation to a claim cannot say it, so it is dropped (and counted in the log).
 * Every ABOUT to a claim is then removed.
 */
import { relationshipId } from '../model/ids.js';
import type { RelationshipRecord } from '../model/records.js';
import { claimLinkFor, CLAIM_LINK_TYPES } from '../model/stance-links.js';
import type { GraphStore } from '../store/port.js';

export interface ClaimStanceMigration {
  /** ABOUT links to claims found (and removed). */
  found: number;
  /** Of those, written as ASSERTS or DISPUTES. */
  written: number;
  /** Already said by an ASSERTS or DISPUTES of the statement. */
  alreadyLinked: number;
  /** Neutral or mixed: dropped. */
  dropped: number;
}

const BATCH = 2_000;

export async function migrateClaimStances(store: GraphStore, claimIds: readonly string[]): Promise<ClaimStanceMigration> {
  const result: ClaimStanceMigration = { found: 0, written: 0, alreadyLinked: 0, dropped: 0 };
  for (let i = 0; i < claimIds.length; i += BATCH) {
    const claims = claimIds.slice(i, i + BATCH);
    const [about, ...links] = await Promise.all(
      (['ABOUT', ...CLAIM_LINK_TYPES] as const).map((type) => store.related(claims, { type, direction: 'in', otherLabel: 'Statement', properties: [] })),
    );
    const linked = new Set(links.flatMap((perClaim) => perClaim.flatMap((hits, j) => hits.map((hit) => `${hit.node.id}|${claims[j]}`))));
    const write: RelationshipRecord[] = [];
    const remove: string[] = [];
    about.forEach((hits, j) => {
      for (const hit of hits) {
        result.found += 1;
        remove.push(hit.relationship.id);
        const link = claimLinkFor(hit.relationship.properties.stance as Parameters<typeof claimLinkFor>[0]);
        if (!link) result.dropped += 1;
        else if (linked.has(`${hit.node.id}|${claims[j]}`)) result.alreadyLinked += 1;
        else {
          result.written += 1;
          write.push({ id: relationshipId(link, hit.node.id, claims[j], {}), type: link, from: hit.node.id, to: claims[j], properties: {} });
        }
      }
    });
    if (write.length || remove.length) await store.write({ relationships: write, deleteRelationships: remove });
  }
  return result;
}
