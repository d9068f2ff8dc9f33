/**
 * Keeping derived relationships true after a change. The change is not yet
 * written: this reads the slice of the graph that the derived edges of some
 * actors (and raters) depend on, lays the pending change over it, derives
 * again with the same function the seed loader uses, and returns what to
 * upsert and delete, to be written in the same transaction as the change.
 */
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import type { GraphStore } from '../store/port.js';
import { deriveRelationships } from './derive.js';

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

const STATEMENT_LINKS = ['ABOUT', 'RESPONDS_TO', 'SOURCED_FROM'] as const;

/** The graph slice as maps, with the pending change laid over it. */
class Slice {
  readonly nodes = new Map<string, NodeRecord>();
  readonly relationships = new Map<string, RelationshipRecord>();

  add(nodes: readonly NodeRecord[], relationships: readonly RelationshipRecord[]): void {
    for (const n of nodes) this.nodes.set(n.id, n);
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

export async function rederive(store: GraphStore, pending: PendingWrite, seeds: { actors: string[]; raters: string[] }): Promise<DerivedDiff> {
  const actors = [...new Set(seeds.actors)];
  const raters = [...new Set(seeds.raters)];
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

  // Statements said by the actors, before and after the change.
  const said = await store.related(actors, { type: 'SAID', direction: 'out' });
  collect(said);
  slice.add((await store.getNodes(actors)).filter((n): n is NodeRecord => n !== null), []);
  const statementsBefore = said.flat().map((h) => h.node.id);
  const pendingSaid = pending.relationships.filter((r) => r.type === 'SAID' && actors.includes(r.from)).map((r) => r.to);
  const statements = [...new Set([...statementsBefore, ...pendingSaid])];
  const storedStatements = (await store.getNodes(pendingSaid)).filter((n): n is NodeRecord => n !== null);
  slice.add(storedStatements, []);
  for (const type of STATEMENT_LINKS) collect(await store.related(statements, { type, direction: 'out' }));
  for (const type of ['CRITICISED', 'PRAISED', 'RESPONDED_TO'] as const) collect(await store.related(actors, { type, direction: 'out' }), true);
  for (const direction of ['out', 'in'] as const) collect(await store.related(statements, { type: 'SAME_WORDS', direction }), true);

  // Ratings made by the raters, before and after.
  const rated = await store.related(raters, { type: 'RATED_BY', direction: 'in' });
  collect(rated);
  const pendingRatings = pending.relationships.filter((r) => r.type === 'RATED_BY' && raters.includes(r.to)).map((r) => r.from);
  const ratings = [...new Set([...rated.flat().map((h) => h.node.id), ...pendingRatings])];
  collect(await store.related(ratings, { type: 'RATING_OF', direction: 'out' }));
  collect(await store.related(raters, { type: 'RATED', direction: 'out' }), true);

  slice.overlay(pending);
  const actorSet = new Set(actors);
  const raterSet = new Set(raters);
  const statementSet = new Set(statements);
  const next = deriveRelationships([...slice.nodes.values()], [...slice.relationships.values()]).filter((r) =>
    r.type === 'RATED' ? raterSet.has(r.from) : r.type === 'SAME_WORDS' ? statementSet.has(r.from) || statementSet.has(r.to) : actorSet.has(r.from),
  );

  const nextIds = new Set(next.map((r) => r.id));
  const deleted = new Set(pending.deleteNodes);
  return {
    upsert: next.filter((r) => !existing.has(r.id) || !same(existing.get(r.id)!, r)),
    // Edges of deleted nodes go with them (detach delete); the rest that no longer hold are removed.
    remove: [...existing.keys()].filter((id) => !nextIds.has(id) && !deleted.has(existing.get(id)!.from) && !deleted.has(existing.get(id)!.to)),
  };
}
