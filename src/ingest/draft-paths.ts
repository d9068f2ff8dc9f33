/**
 * A problem found in the records a draft became, named by the draft's own path: `draft.newClaims.0.unit`,
 * not the seed file's `claims[0]` or a node id, so the review page can put it on the field it came from.
 * The seed converter names where each record came from in the seed file; `draftToSeedFile` names where
 * each seed record came from in the draft; this joins the two, and adds the field a property or a link is.
 */
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import type { Origin } from '../seed/records.js';
import type { Draft } from './draft.js';
import type { DraftOrigins } from './to-seed.js';

export type DraftPath = (string | number)[];

/** Model properties stored under another name than the draft's field. */
const FIELD_OF_PROPERTY: Record<string, Record<string, string>> = {
  Claim: { values: 'values', valueUnits: 'values', valueCounts: 'values' },
  Source: { contentHash: 'sha256' },
};

/** The draft field each relationship type is written from, by where it was written from. */
const FIELD_OF_LINK: Record<string, string> = {
  SAID: 'speaker',
  ABOUT: 'target',
  RESPONDS_TO: 'respondsTo',
  HELD_ROLE: 'at',
  MEMBER_OF: 'memberOf',
  AUTHORED: 'authors',
  UNDER_FRAMEWORK: 'framework',
  RATING_OF: 'council',
  RATED_BY: 'rater',
  IN_REPORT: 'report',
};

export class DraftPaths {
  constructor(
    private readonly draft: Draft,
    /** Seed path → draft path (from draftToSeedFile). */
    private readonly fromSeed: DraftOrigins,
    /** Record id → where the seed converter read it. */
    private readonly seedOrigins: ReadonlyMap<string, Origin>,
  ) {}

  /** A seed file path (`sources[0].statements[2].about[1]`) as the draft's (`draft.statements.4.about.1`). */
  ofSeedPath(seedPath: string): DraftPath {
    let prefix = seedPath;
    for (;;) {
      const found = this.fromSeed.get(prefix);
      if (found !== undefined) return ['draft', ...split(found), ...rest(seedPath.slice(prefix.length))];
      const cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
      if (cut <= 0) return ['draft', ...rest(seedPath)];
      prefix = prefix.slice(0, cut);
    }
  }

  /** A node's property problem (`['properties', 'unit']`) as the draft field it came from. */
  ofNode(node: NodeRecord, problemPath: DraftPath): DraftPath {
    const origin = this.seedOrigins.get(node.id);
    const base = origin ? this.ofSeedPath(origin.path) : ['draft', node.id];
    if (problemPath[0] !== 'properties' || typeof problemPath[1] !== 'string') return base;
    return [...base, FIELD_OF_PROPERTY[node.label]?.[problemPath[1]] ?? problemPath[1]];
  }

  /** A relationship's problem as the draft field that named its far end. */
  ofRelationship(r: RelationshipRecord): DraftPath {
    const origin = this.seedOrigins.get(r.id);
    const base = origin ? this.ofSeedPath(origin.path) : ['draft', r.from];
    const isSource = base.length === 2 && base[1] === 'source';
    if ((r.type === 'ASSERTS' || r.type === 'DISPUTES') && isSource) return this.sourceClaimPath(r.type, r.to);
    if (r.type === 'ASSERTS' || r.type === 'DISPUTES') return this.statementClaimPath(base, r.type, r.to);
    if (r.type === 'CITES') return this.citedRatingPath(r.from);
    if (r.type === 'PUBLISHED') return isSource ? [...base, 'publisher'] : [...base, 'publishedBy'];
    if (r.type === 'SOURCED_FROM') return base;
    return [...base, FIELD_OF_LINK[r.type] ?? r.type];
  }

  private sourceClaimPath(type: 'ASSERTS' | 'DISPUTES', claim: string): DraftPath {
    const list = type === 'ASSERTS' ? 'sourceAsserts' : 'sourceDisputes';
    const listed = (this.draft[list] ?? []).indexOf(claim);
    if (listed >= 0) return ['draft', list, listed];
    const number = this.draft.claims.findIndex((c) => !c.statement && (c.claim ?? c.matches[0]) === claim);
    return number >= 0 ? ['draft', 'claims', number, 'claim'] : ['draft', list];
  }

  private statementClaimPath(base: DraftPath, type: 'ASSERTS' | 'DISPUTES', claim: string): DraftPath {
    const statement = typeof base[2] === 'number' ? this.draft.statements[base[2]] : undefined;
    const field = type === 'ASSERTS' ? 'asserts' : 'disputes';
    const listed = statement?.[field].indexOf(claim) ?? -1;
    if (listed >= 0) return [...base.slice(0, 3), field, listed];
    const number = this.draft.claims.findIndex((c) => c.statement === statement?.id && (c.claim ?? c.matches[0]) === claim);
    return number >= 0 ? ['draft', 'claims', number, 'claim'] : [...base.slice(0, 3), field];
  }

  private citedRatingPath(rating: string): DraftPath {
    const decided = this.draft.ratings.findIndex((r) => (r.rating ?? r.matches[0]) === rating);
    if (decided >= 0) return ['draft', 'ratings', decided, 'rating'];
    const created = (this.draft.newRatings ?? []).findIndex((r) => r.id === rating);
    return created >= 0 ? ['draft', 'newRatings', created] : ['draft', 'ratings'];
  }
}

/** `newClaims.0` → ['newClaims', 0]. */
function split(path: string): DraftPath {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The rest of a seed path under a mapped record (`.about[1]`, `.roles[0]`, `.values[2]`) as draft path parts. */
function rest(seedRest: string): DraftPath {
  const parts = seedRest.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  // A new person's one role is the draft's `role`.
  if (parts[0] === 'roles') return ['role', ...parts.slice(2)];
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
