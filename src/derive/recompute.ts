/**
 * Keeping derived relationships true after a change. The change is not yet
 * written: this reads the slice of the graph that the derived edges of some
 * actors (and raters) depend on, lays the pending change over it, derives
 * again with the same function the seed loader uses, and returns what to
 * upsert and delete, to be written in the same transaction as the change.
 * Only the derived types the change can alter are read and derived again:
 * a corrected stance reads the speaker's ABOUT links, never their sources.
 */
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import type { GraphStore } from '../store/port.js';
import { DERIVED_INPUTS, DERIVED_TYPES, deriveRelationships } from './derive.js';
import { labelOfId, parseRelationshipId } from '../model/ids.js';
import type { RelationshipType } from '../model/schema.js';

const RATING_KEYS: readonly string[] = DERIVED_INPUTS.RATED.properties.Rating ?? [];

export interface PendingWrite {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  deleteNodes: string[];
  deleteRelationships: string[];
}

export interface DerivedDiff {
  upsert: RelationshipRecord[];
  remove: string[];
}

/** The graph slice as maps, with the pending change laid over it. */
class Slice {
  readonly nodes = new Map<string, NodeRecord>();
  readonly relationships = new Map<string, RelationshipRecord>();

  add(nodes: readonly NodeRecord[], relationships: readonly RelationshipRecord[]): void {
    // Reads ask for different properties of one node (a statement's text as said, its id as a neighbour): keep them all.
    for (const n of nodes) {
      const known = this.nodes.get(n.id);
      this.nodes.set(n.id, known ? { ...n, properties: { ...known.properties, ...n.properties } } : n);
    }
    for (const r of relationships) this.relationships.set(r.id, r);
  }

  overlay(pending: PendingWrite): void {
    for (const n of pending.nodes) this.nodes.set(n.id, n);
    for (const r of pending.relationships) this.relationships.set(r.id, r);
    for (const id of pending.deleteRelationships) this.relationships.delete(id);
    const deleted = new Set(pending.deleteNodes);
    for (const id of deleted) this.nodes.delete(id);
    for (const [id, r] of this.relationships) if (deleted.has(r.from) || deleted.has(r.to)) this.relationships.delete(id);
  }
}

const same = (a: RelationshipRecord, b: RelationshipRecord) => JSON.stringify(a) === JSON.stringify(b);

const QUOTE_PAGE = 1_000;

/**
 * Every direct quote in the store: what an attribution conflict is looked for among. A pass over the quotes,
 * paid only by a change to a statement's words, kind, speaker or source (DERIVED_INPUTS).
 */
async function allQuotes(store: Pick<GraphStore, 'list'>, properties: readonly string[]): Promise<NodeRecord[]> {
  const quotes: NodeRecord[] = [];
  let after;
  for (;;) {
    const page = await store.list({ label: 'Statement', filter: { kind: { eq: 'quote' } }, limit: QUOTE_PAGE, after });
    quotes.push(...page.nodes.map((n) => ({ ...n, properties: Object.fromEntries(properties.filter((key) => key in n.properties).map((key) => [key, n.properties[key]])) })));
    if (!page.hasMore) return quotes;
    after = page.keys.at(-1);
  }
}

/** Neighbours whose properties derivation never reads (their label is in their id): read by id alone. */
const ID_ONLY: readonly string[] = [];

/** The statement properties the types in scope read, as one array per scope (a read's key list is cached by identity). */
const statementKeys = new Map<string, readonly string[]>();
function statementProperties(scope: ReadonlySet<string>): readonly string[] {
  const keys = [...new Set([...scope].flatMap((type) => DERIVED_INPUTS[type].properties.Statement ?? []))].sort();
  const memo = keys.join();
  if (!statementKeys.has(memo)) statementKeys.set(memo, keys);
  return statementKeys.get(memo)!;
}

/**
 * The derived types a pending change can alter: those with an input it touches (`DERIVED_INPUTS`): a
 * relationship of an input type written or removed, or an input property of a node that is new, gone or
 * different. `before` holds the records as they are now.
 */
export function derivedTypesAffected(pending: PendingWrite, before: { nodes: readonly NodeRecord[]; relationships: readonly RelationshipRecord[] }): Set<string> {
  if (pending.deleteNodes.length) return new Set(DERIVED_TYPES);
  const touched = new Set([...pending.relationships, ...before.relationships].map((r) => r.type as string));
  for (const id of pending.deleteRelationships) touched.add(parseRelationshipId(id)?.type ?? '');
  const was = new Map(before.nodes.map((n) => [n.id, n]));
  const affected = new Set<string>();
  for (const type of DERIVED_TYPES) {
    const inputs = DERIVED_INPUTS[type];
    if (inputs.relationships.some((t) => touched.has(t))) affected.add(type);
    for (const node of pending.nodes) {
      const keys = inputs.properties[node.label];
      const old = was.get(node.id);
      if (keys && (!old || keys.some((key) => JSON.stringify(old.properties[key]) !== JSON.stringify(node.properties[key])))) affected.add(type);
    }
  }
  return affected;
}

/** Relationships of these types among the pending change's, whose `end` is one of `ids`. */
function pendingEnds(pending: PendingWrite, type: RelationshipType, end: 'from' | 'to', ids: ReadonlySet<string>): RelationshipRecord[] {
  return pending.relationships.filter((r) => r.type === type && ids.has(r[end]));
}

/**
 * The bodies whose actor-level edges a change to `actors` can alter: the actors, and every organisation or
 * council they held a role at or are part of, to the top (roles at any date: the change may move a date).
 */
async function withBodiesAbove(store: Pick<GraphStore, 'related'>, pending: PendingWrite, actors: readonly string[], slice: Slice): Promise<Set<string>> {
  const found = new Set(actors);
  let frontier = [...found];
  while (frontier.length) {
    const people = frontier.filter((id) => labelOfId(id) === 'Person');
    const bodies = frontier.filter((id) => labelOfId(id) !== 'Person');
    const [roles, parts] = await Promise.all([
      store.related(people, { type: 'HELD_ROLE', direction: 'out', properties: ID_ONLY }),
      store.related(bodies, { type: 'MEMBER_OF', direction: 'out', properties: ID_ONLY }),
    ]);
    const links = [...roles.flat(), ...parts.flat()].map((h) => h.relationship);
    slice.add([], links);
    const frontierSet = new Set(frontier);
    links.push(...pendingEnds(pending, 'HELD_ROLE', 'from', frontierSet), ...pendingEnds(pending, 'MEMBER_OF', 'from', frontierSet));
    frontier = [...new Set(links.map((r) => r.to))].filter((id) => !found.has(id));
    for (const id of frontier) found.add(id);
  }
  return found;
}

/** Everyone whose statements can count for these bodies: themselves, their parts, and the people in roles at any of them. */
async function withSpeakersBelow(store: Pick<GraphStore, 'related'>, pending: PendingWrite, bodies: ReadonlySet<string>): Promise<Set<string>> {
  const found = new Set(bodies);
  let frontier = [...bodies].filter((id) => labelOfId(id) !== 'Person');
  while (frontier.length) {
    const [holders, parts] = await Promise.all([
      store.related(frontier, { type: 'HELD_ROLE', direction: 'in', properties: ID_ONLY }),
      store.related(frontier, { type: 'MEMBER_OF', direction: 'in', properties: ID_ONLY }),
    ]);
    const frontierSet = new Set(frontier);
    const below = [
      ...[...holders.flat(), ...parts.flat()].map((h) => h.node.id),
      ...[...pendingEnds(pending, 'HELD_ROLE', 'to', frontierSet), ...pendingEnds(pending, 'MEMBER_OF', 'to', frontierSet)].map((r) => r.from),
    ];
    frontier = [...new Set(below)].filter((id) => !found.has(id));
    for (const id of frontier) found.add(id);
    frontier = frontier.filter((id) => labelOfId(id) !== 'Person');
  }
  return found;
}

/**
 * The derived edges of `seeds` as the pending change leaves them, against those stored: of the types in
 * `scope` only (all by default), reading only what those types are computed from. An actor's edges rest on
 * the statements that count for it (SPOKE_FOR), so the seeds grow by the bodies above them, and the
 * statements read are those of everyone below those bodies.
 */
export async function rederive(store: Pick<GraphStore, 'getNodes' | 'related' | 'list'>, pending: PendingWrite, seeds: { actors: string[]; raters: string[] }, scope: ReadonlySet<string> = new Set(DERIVED_TYPES)): Promise<DerivedDiff> {
  const raters = scope.has('RATED') ? [...new Set(seeds.raters)] : [];
  const slice = new Slice();
  const existing = new Map<string, RelationshipRecord>();
  const collect = (hits: { node: NodeRecord; relationship: RelationshipRecord }[][], derived = false) => {
    for (const list of hits) {
      for (const { node, relationship } of list) {
        slice.add([node], derived ? [] : [relationship]);
        if (derived) existing.set(relationship.id, relationship);
      }
    }
  };

  // Statements said by the actors and by everyone whose statements count for them, before and after the
  // change, with the links the types in scope read.
  const links = (['ABOUT', 'RESPONDS_TO', 'SOURCED_FROM', 'ASSERTS', 'DISPUTES'] as const).filter((link) => [...scope].some((type) => DERIVED_INPUTS[type].relationships.includes(link)));
  const bySpeaker = DERIVED_TYPES.filter((type) => type !== 'RATED' && scope.has(type));
  let actors: string[] = [];
  let statements: string[] = [];
  if (bySpeaker.length && seeds.actors.length) {
    const bodies = await withBodiesAbove(store, pending, [...new Set(seeds.actors)], slice);
    actors = [...bodies];
    const speakers = [...(await withSpeakersBelow(store, pending, bodies))];
    const people = speakers.filter((id) => labelOfId(id) === 'Person');
    // Every role of every speaking person, and every body's MEMBER_OF, so SPOKE_FOR is whole for them.
    collect(await store.related(people, { type: 'HELD_ROLE', direction: 'out', properties: ID_ONLY }));
    collect(await store.related(speakers.filter((id) => labelOfId(id) !== 'Person'), { type: 'MEMBER_OF', direction: 'out', properties: ID_ONLY }));
    const properties = statementProperties(scope);
    const said = await store.related(speakers, { type: 'SAID', direction: 'out', properties });
    collect(said);
    const speakerSet = new Set(speakers);
    const pendingSaid = pending.relationships.filter((r) => r.type === 'SAID' && speakerSet.has(r.from)).map((r) => r.to);
    statements = [...new Set([...said.flat().map((h) => h.node.id), ...pendingSaid])];
    if (pendingSaid.length) slice.add((await store.getNodes(pendingSaid, properties)).filter((n): n is NodeRecord => n !== null), []);
    for (const type of links) collect(await store.related(statements, { type, direction: 'out', properties: ID_ONLY }));
    for (const type of bySpeaker.filter((t) => t !== 'SAME_WORDS' && t !== 'SPOKE_FOR')) collect(await store.related(actors, { type: type as RelationshipType, direction: 'out', properties: ID_ONLY }), true);
    if (scope.has('SPOKE_FOR')) collect(await store.related(statements, { type: 'SPOKE_FOR', direction: 'out', properties: ID_ONLY }), true);
    if (scope.has('SAME_WORDS')) for (const direction of ['out', 'in'] as const) collect(await store.related(statements, { type: 'SAME_WORDS', direction, properties: ID_ONLY }), true);
    if (scope.has('ATTRIBUTION_CONFLICT') && statements.length) {
      // Another speaker's quote anywhere may carry the same words: every quote, with its speaker and source.
      const quotes = await allQuotes(store, properties);
      slice.add(quotes, []);
      const ids = quotes.map((q) => q.id);
      collect(await store.related(ids, { type: 'SAID', direction: 'in', properties: ID_ONLY }));
      collect(await store.related(ids, { type: 'SOURCED_FROM', direction: 'out', properties: ID_ONLY }));
      for (const direction of ['out', 'in'] as const) collect(await store.related(statements, { type: 'ATTRIBUTION_CONFLICT', direction, properties: ID_ONLY }), true);
    }
  }

  // Ratings made by the raters, before and after.
  if (raters.length) {
    const rated = await store.related(raters, { type: 'RATED_BY', direction: 'in', properties: RATING_KEYS });
    collect(rated);
    const pendingRatings = pending.relationships.filter((r) => r.type === 'RATED_BY' && raters.includes(r.to)).map((r) => r.from);
    const ratings = [...new Set([...rated.flat().map((h) => h.node.id), ...pendingRatings])];
    if (pendingRatings.length) slice.add((await store.getNodes(pendingRatings, RATING_KEYS)).filter((n): n is NodeRecord => n !== null), []);
    collect(await store.related(ratings, { type: 'RATING_OF', direction: 'out', properties: ID_ONLY }));
    collect(await store.related(raters, { type: 'RATED', direction: 'out', properties: ID_ONLY }), true);
  }

  slice.overlay(pending);
  const actorSet = new Set(actors);
  const raterSet = new Set(raters);
  const statementSet = new Set(statements);
  const next = deriveRelationships([...slice.nodes.values()], [...slice.relationships.values()]).filter((r) =>
    scope.has(r.type) &&
    (r.type === 'RATED' ? raterSet.has(r.from)
      : r.type === 'SAME_WORDS' || r.type === 'ATTRIBUTION_CONFLICT' ? statementSet.has(r.from) || statementSet.has(r.to)
      : r.type === 'SPOKE_FOR' ? statementSet.has(r.from)
      : actorSet.has(r.from)),
  );

  const nextIds = new Set(next.map((r) => r.id));
  const deleted = new Set(pending.deleteNodes);
  return {
    upsert: next.filter((r) => !existing.has(r.id) || !same(existing.get(r.id)!, r)),
    // Edges of deleted nodes go with them (detach delete); the rest that no longer hold are removed.
    remove: [...existing.keys()].filter((id) => !nextIds.has(id) && !deleted.has(existing.get(id)!.from) && !deleted.has(existing.get(id)!.to)),
  };
}
