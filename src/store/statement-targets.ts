/**
 * What statements are about, each target with the statement's stance toward it: the one read every caller
 * uses (a statement's `targets`, the discourse networks, the statements CSV, the explorer's evidence), so
 * that a stance toward a claim is always its ASSERTS or DISPUTES link (model/stance-links.ts) and never a
 * second record that could disagree.
 */
import { stanceOfLink, STANCE_LINK_TYPES } from '../model/stance-links.js';
import type { Stance } from '../model/schema.js';
import type { RelatedHit, RelatedQuery } from './port.js';

export interface TargetHit extends RelatedHit {
  stance: Stance;
}

/**
 * Each statement's targets, given how to read one relationship type out of the statements (`store.related`
 * over their ids, or a request's loaders): one read per stance link, in the order ABOUT, ASSERTS, DISPUTES.
 */
export async function statementTargets(
  readOut: (query: RelatedQuery) => Promise<RelatedHit[][]>,
  query: Omit<RelatedQuery, 'type' | 'direction'> = {},
): Promise<TargetHit[][]> {
  const perType = await Promise.all(STANCE_LINK_TYPES.map((type) => readOut({ ...query, type, direction: 'out' })));
  return perType[0].map((_, i) =>
    perType.flatMap((hits) => hits[i].flatMap((hit) => {
      const stance = stanceOfLink(hit.relationship);
      return stance ? [{ ...hit, stance }] : [];
    })),
  );
}
