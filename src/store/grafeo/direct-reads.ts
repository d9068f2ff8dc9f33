/**
 * Grafeo reads that skip Cypher: nodes by id, and each parent's neighbours over one relationship type,
 * through the binding's direct calls (`getNodeEdges`, `getEdge`, and a view's `getNodeProperty`), which
 * run on the calling thread. Why: a Cypher statement has a fixed cost in Grafeo 0.6.0 and spends CPU across
 * threads, several times what the same small read costs through direct calls, and GraphQL makes many such
 * small reads per request (docs/grafeo.md, "Direct reads"; figures: docs/measurements.md).
 *
 * They cover the shapes GraphQL fields ask most: no property filter, few neighbours, sort values of one
 * type. For anything else a method answers `undefined` and the store runs the Cypher file instead, whose
 * answers these must equal (test/store/grafeo-direct-reads.test.ts compares the two on every shape).
 */
import type { GrafeoDB as GrafeoDatabase } from '@grafeo-db/js';
import { nodeRecord, ReadMemory, type Snapshot, type WriteScope } from './read-memory.js';
import { labelOfId, parseRelationshipId } from '../../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../../model/records.js';
import { isLabel, isRelationshipType, type Label, type RelationshipType, type Stance } from '../../model/schema.js';
import { linkTypesToward, stanceOfLink, STANCE_LINK_TYPES } from '../../model/stance-links.js';
import { relatedSort, type Row } from '../cypher-store.js';
import { neighbourKeys, otherLabels } from '../../model/allow-list.js';
import type { Filter, RelatedHit, RelatedQuery, StanceCountRow } from '../port.js';
import { plain } from './values.js';

/** Above this many relationships in one read, Cypher on Grafeo's worker threads does it: direct calls would hold the event loop. */
const MAX_DIRECT_RELATIONSHIPS = 400;
/** Above this many ids, a node read goes through Cypher. */
const MAX_DIRECT_NODES = 400;
/** Handles remembered; past this the memory starts again (a request's working set is far smaller). */
const MAX_HANDLES = 100_000;

type SortValue = string | number | boolean;

/**
 * Grafeo's internal id of each node named, found by its label's id index (as `MATCH (n:Label {id: …})`
 * finds it). A node that does not exist is absent.
 */
export async function lookUpHandles(db: GrafeoDatabase, nodes: Iterable<readonly [Label, string]>): Promise<Map<string, number>> {
  const byLabel = new Map<Label, Set<string>>();
  for (const [label, id] of nodes) {
    const ids = byLabel.get(label);
    if (ids) ids.add(id);
    else byLabel.set(label, new Set([id]));
  }
  const handles = new Map<string, number>();
  for (const [label, ids] of byLabel) {
    if (!isLabel(label)) throw new Error(`not a label: ${String(label)}`);
    // Two lists in one row, not a row per node: fewer objects to convert, so less CPU for the lookup.
    const result = await db.executeCypher(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN collect(id) AS ids, collect(id(n)) AS handles`, { ids: [...ids] });
    const row = plain(result.toArray()[0]) as { ids?: string[]; handles?: number[] } | undefined;
    const found = row?.ids ?? [];
    const internal = row?.handles ?? [];
    for (let i = 0; i < found.length; i++) handles.set(found[i], internal[i]);
  }
  return handles;
}

const isEmpty = (filter: Filter | undefined) => filter === undefined || Object.keys(filter).length === 0;

/**
 * Strings in code point order, as Grafeo (Rust) orders them; JavaScript's `<` compares UTF-16 units, which
 * puts characters past U+FFFF before U+E000–U+FFFF. Surrogates are moved above that range to compare.
 */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const rank = (u: number) => (u >= 0xe000 ? u - 0x800 : u >= 0xd800 ? u + 0x2000 : u);
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'string') return compareStrings(a, b as string);
  if (typeof a === 'number') return a - (b as number);
  return Number(a) - Number(b);
}

/** A neighbour before its page is chosen: what ordering it needs, and no more. */
interface Candidate {
  neighbour: number;
  edgeHandle: number;
  label: Label;
  id: string;
  value: SortValue;
  /** The relationship's stored properties, when they were read to sort by. */
  edgeStored: Record<string, unknown> | null | undefined;
}

const keySets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The keys as a set, once per array (`neighbourKeys` gives one array per question). */
function keySet(keys: readonly string[]): ReadonlySet<string> {
  let set = keySets.get(keys);
  if (!set) keySets.set(keys, (set = new Set(keys)));
  return set;
}

/**
 * A text search's hits in one label's index, by Grafeo's internal ids: their `keys` (`searchHitKeys`), read
 * one at a time; null for one that is gone or is no longer of that label.
 */
export function searchHitsByHandle(db: GrafeoDatabase, label: Label, handles: readonly number[], keys: readonly string[]): (NodeRecord | null)[] {
  const only = new Set(keys);
  const view = db.asOf(db.currentEpoch());
  try {
    return handles.map((handle) => {
      const node = nodeRecord((key) => plain(view.getNodeProperty(handle, key)), label, only);
      return node && labelOfId(node.id) === label ? node : null;
    });
  } finally {
    view.close();
  }
}

export class DirectReads {
  /** Chorus id → Grafeo's internal id, forgotten when the store deletes the node. */
  private readonly handles = new Map<string, number>();
  /** Parents found to have too many relationships of a type (`id|type|direction`): straight to Cypher next time. */
  private readonly crowded = new Set<string>();
  /** What reads remember between the commits they can account for (read-memory.ts). */
  private readonly memory: ReadMemory;

  constructor(private readonly db: GrafeoDatabase) {
    this.memory = new ReadMemory(db);
  }

  /** Nodes by id (with `properties`, only those: `GraphStore.getNodes`), or undefined when there are too many for direct calls. */
  async getNodes(ids: readonly string[], properties?: readonly string[]): Promise<(NodeRecord | null)[] | undefined> {
    if (ids.length > MAX_DIRECT_NODES) return undefined;
    const handles = await this.handlesOf(ids);
    const snapshot = this.memory.snapshot();
    return ids.map((id) => {
      const handle = handles.get(id);
      const label = labelOfId(id);
      // The keys as every other read decides them (`neighbourKeys`), the Cypher get-nodes included.
      return handle === undefined || !label ? null : snapshot.node(handle, id, label, properties && keySet(neighbourKeys([label], { properties })));
    });
  }

  /**
   * `GraphStore.related`, or undefined when the query is not a shape these reads cover. Each parent's
   * neighbours are sorted by their sort value and id alone; only the page kept is read whole.
   */
  async related(parentIds: readonly string[], query: RelatedQuery): Promise<RelatedHit[][] | undefined> {
    if (!this.covers(query)) return undefined;
    const sort = relatedSort(query);
    if (query.after && (query.after.value === null || typeof query.after.value !== typeof sort.fallback)) return undefined;
    const parents = [...new Set(parentIds)].filter((id) => labelOfId(id) !== null);
    return this.withNeighbours(parents, query, (edges, snapshot) => this.page(parentIds, edges, snapshot, query, sort));
  }

  /** Each parent's page of neighbours from its handle pairs; undefined when a sort value needs Cypher's rules. */
  private page(parentIds: readonly string[], edges: Map<string, readonly (readonly number[])[]>, snapshot: Snapshot, query: RelatedQuery, sort: ReturnType<typeof relatedSort>): RelatedHit[][] | undefined {
    const keys = keySet(neighbourKeys(otherLabels(query.type, query.direction, query.otherLabel), query));
    const sign = sort.direction === 'DESC' ? -1 : 1;
    const order = (a: Candidate, b: Candidate) => sign * (compare(a.value, b.value) || compareStrings(a.id, b.id));
    const byParent = new Map<string, RelatedHit[]>();
    const read = new Map<number, NodeRecord | null>();
    for (const [parent, pairs] of edges) {
      const candidates: Candidate[] = [];
      for (const [neighbour, edgeHandle] of pairs) {
        const id = snapshot.idOf(neighbour) ?? '';
        // A node's label is in its id, as everywhere in Chorus: no call for it.
        const label = labelOfId(id);
        if (!label || (query.otherLabel && label !== query.otherLabel)) continue;
        const edgeStored = sort.on === 'relationship' ? (snapshot.edge(edgeHandle)?.stored ?? null) : undefined;
        const sortValue = sort.on === 'relationship' ? edgeStored?.[sort.property] : sort.property === 'id' ? id : snapshot.property(neighbour, sort.property, id);
        const value = (sortValue ?? sort.fallback) as SortValue;
        // A value of another type than the property's sorts by Cypher's rules across types: leave it to Cypher.
        if (typeof value !== typeof sort.fallback) return undefined;
        candidates.push({ neighbour, edgeHandle, label, id, value, edgeStored });
      }
      candidates.sort(order);
      const after = query.after;
      const kept = after ? candidates.filter((c) => order(c, { id: after.id, value: after.value as SortValue } as Candidate) > 0) : candidates;
      const limit = query.limit === undefined ? Infinity : Math.max(0, query.limit);
      const hits: RelatedHit[] = [];
      for (const c of kept) {
        if (hits.length >= limit) break;
        // A neighbour of several parents (the report every statement of a page is about) is read once.
        let node = read.get(c.neighbour);
        if (node === undefined) read.set(c.neighbour, (node = snapshot.node(c.neighbour, c.id, c.label, keys)));
        const relationship = node && snapshot.relationship(c.edgeHandle, query.type, query.direction === 'out' ? parent : node.id, query.direction === 'out' ? node.id : parent);
        if (node && relationship) hits.push({ node, relationship, key: { value: c.value, id: c.id } });
      }
      byParent.set(parent, hits);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  }

  /**
   * `GraphStore.getRelationships`: an id names its type and both ends, so each is looked for among its start
   * node's relationships of that type, as get-relationships.cypher finds it. Undefined when a start node has
   * too many for direct calls. Why not Cypher: that statement pays a statement's fixed cost even for one id, and
   * every mutation reads the relationships it changes.
   */
  async getRelationships(ids: readonly string[]): Promise<(RelationshipRecord | null)[] | undefined> {
    const byType = new Map<RelationshipType, Map<string, { from: string; to: string }>>();
    for (const id of new Set(ids)) {
      const parsed = parseRelationshipId(id);
      if (!parsed) continue;
      const ofType = byType.get(parsed.type) ?? new Map<string, { from: string; to: string }>();
      byType.set(parsed.type, ofType.set(id, parsed));
    }
    const found = new Map<string, RelationshipRecord>();
    for (const [type, wanted] of byType) {
      const starts = [...new Set([...wanted.values()].map((w) => w.from))];
      const direct = await this.withNeighbours(starts, { type, direction: 'out' }, (edges, snapshot) => {
        for (const [id, { from, to }] of wanted) {
          for (const [neighbour, edgeHandle] of edges.get(from) ?? []) {
            if (snapshot.idOf(neighbour) !== to) continue;
            if (snapshot.edge(edgeHandle)?.stored.id !== id) continue;
            const relationship = snapshot.relationship(edgeHandle, type, from, to);
            if (relationship) found.set(id, relationship);
          }
        }
        return true;
      });
      if (!direct) return undefined;
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** `GraphStore.countRelated`, or undefined when the query is not a shape these reads cover. */
  async countRelated(parentIds: readonly string[], query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): Promise<number[] | undefined> {
    if (!this.covers(query)) return undefined;
    const parents = [...new Set(parentIds)].filter((id) => labelOfId(id) !== null);
    return this.withNeighbours(parents, query, (edges, snapshot) => {
      const counts = new Map<string, number>();
      for (const [parent, pairs] of edges) {
        const otherLabel = query.otherLabel;
        counts.set(parent, otherLabel ? pairs.filter(([neighbour]) => labelOfId(snapshot.idOf(neighbour) ?? '') === otherLabel).length : pairs.length);
      }
      return parentIds.map((id) => counts.get(id) ?? 0);
    });
  }

  /**
   * `GraphStore.stanceCounts` from each target's stance links from statements (ABOUT, or ASSERTS and DISPUTES
   * toward a claim: model/stance-links.ts), or undefined when there are too many for direct calls. Why not
   * Cypher: stance-counts.cypher costs a statement's fixed cost and CPU across threads even for a report of a
   * few statements.
   */
  async stanceCounts(targetIds: readonly string[]): Promise<StanceCountRow[][] | undefined> {
    const targets = [...new Set(targetIds)].filter((id) => labelOfId(id) !== null);
    const counts = new Map<string, Map<Stance, number>>();
    for (const type of STANCE_LINK_TYPES) {
      const linked = targets.filter((id) => linkTypesToward(labelOfId(id)).includes(type));
      if (linked.length === 0) continue;
      const counted = await this.withNeighbours(linked, { type, direction: 'in' }, (edges, snapshot) => {
        for (const [target, pairs] of edges) {
          const byStance = counts.get(target) ?? new Map<Stance, number>();
          counts.set(target, byStance);
          for (const [neighbour, edgeHandle] of pairs) {
            const edge = snapshot.edge(edgeHandle);
            const stance = edge && labelOfId(String(snapshot.idOf(neighbour))) === 'Statement' ? stanceOfLink({ type: edge.type, properties: edge.stored }) : undefined;
            if (stance) byStance.set(stance, (byStance.get(stance) ?? 0) + 1);
          }
        }
        return true;
      });
      if (!counted) return undefined;
    }
    return targetIds.map((id) => [...(counts.get(id) ?? [])].map(([stance, count]) => ({ stance, count })).sort((a, b) => a.stance.localeCompare(b.stance)));
  }

  /**
   * One breadth-first step of a subgraph: expand.cypher's rows, or undefined when there are too many
   * relationships for direct calls. Like the Cypher, it stops at `limit` rows in no set order.
   */
  async expand(ids: readonly string[], types: RelationshipType[] | null, labels: Label[] | null, limit: number): Promise<Row[] | undefined> {
    const crowdKey = (id: string) => `${id}|${types?.join(',') ?? '*'}|both`;
    if (ids.some((id) => this.crowded.has(crowdKey(id)))) return undefined;
    const handles = await this.handlesOf(ids);
    const snapshot = this.memory.snapshot();
    const rows: Row[] = [];
    let total = 0;
    for (const id of new Set(ids)) {
      const handle = handles.get(id);
      if (handle === undefined) continue;
      // Outgoing and incoming apart: the direction then needs no call per edge (sourceId, targetId).
      const outgoing = this.db.getNodeEdges(handle, types ? { direction: 'out', edgeTypes: types } : { direction: 'out' });
      const incoming = this.db.getNodeEdges(handle, types ? { direction: 'in', edgeTypes: types } : { direction: 'in' });
      const count = outgoing.length + incoming.length;
      total += count;
      if (count > MAX_DIRECT_RELATIONSHIPS) this.markCrowded(crowdKey(id));
      if (total > MAX_DIRECT_RELATIONSHIPS) return undefined;
      for (const [pairs, out] of [[outgoing, true], [incoming, false]] as const) {
        for (const [neighbour, edgeHandle] of pairs) {
          const otherId = String(snapshot.idOf(neighbour));
          const otherLabel = labelOfId(otherId);
          if (!otherLabel || (labels && !labels.includes(otherLabel))) continue;
          const edge = snapshot.edge(edgeHandle);
          if (!edge) continue;
          rows.push({ type: edge.type, relationship: edge.stored, from: out ? id : otherId, to: out ? otherId : id, otherId });
          if (rows.length >= limit) return rows;
        }
      }
    }
    return rows;
  }

  /** Tells the reads that a write starts; call what it returns once it has committed or failed (`ReadMemory.writing`). */
  writing(scope: WriteScope): () => void {
    return this.memory.writing(scope);
  }

  /** Closes the view kept for reads (before the database closes). */
  close(): void {
    this.memory.close();
  }

  /** Forgets the handles of deleted nodes (a handle is also checked on use; this keeps the memory small). */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.handles.delete(id);
  }

  private covers(query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): boolean {
    return isRelationshipType(query.type) && (query.otherLabel === undefined || isLabel(query.otherLabel)) && isEmpty(query.relationshipFilter) && isEmpty(query.nodeFilter);
  }

  /**
   * `read` of each existing parent's `[neighbour, relationship]` handle pairs, in one snapshot taken once the
   * handles are known; or undefined when there are too many for direct calls (or a parent had too many before).
   */
  private async withNeighbours<T>(
    parents: readonly string[],
    query: Pick<RelatedQuery, 'type' | 'direction'>,
    read: (edges: Map<string, readonly (readonly number[])[]>, snapshot: Snapshot) => T | undefined,
  ): Promise<T | undefined> {
    const crowdKey = (id: string) => `${id}|${query.type}|${query.direction}`;
    if (parents.some((id) => this.crowded.has(crowdKey(id)))) return undefined;
    const handles = await this.handlesOf(parents);
    const snapshot = this.memory.snapshot();
    const edges = new Map<string, readonly (readonly number[])[]>();
    let total = 0;
    for (const parent of parents) {
      const handle = handles.get(parent);
      if (handle === undefined) continue;
      const pairs = snapshot.neighbours(parent, handle, query.type, query.direction);
      total += pairs.length;
      if (pairs.length > MAX_DIRECT_RELATIONSHIPS) this.markCrowded(crowdKey(parent));
      if (total > MAX_DIRECT_RELATIONSHIPS) return undefined;
      edges.set(parent, pairs);
    }
    return read(edges, snapshot);
  }

  /** The handle of each id that names a node: remembered ones checked against the node, the rest looked up in one statement per label. */
  private async handlesOf(ids: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    const missing: [Label, string][] = [];
    const snapshot = this.memory.snapshot();
    for (const id of ids) {
      const label = labelOfId(id);
      if (!label || found.has(id)) continue;
      const handle = this.handles.get(id);
      // Deletions forget their handles (forget()); a node deleted some other way no longer has its id.
      if (handle !== undefined && snapshot.idOf(handle) === id) found.set(id, handle);
      else missing.push([label, id]);
    }
    if (missing.length === 0) return found;
    for (const [id, handle] of await lookUpHandles(this.db, missing)) {
      found.set(id, handle);
      if (this.handles.size >= MAX_HANDLES) this.handles.clear();
      this.handles.set(id, handle);
    }
    return found;
  }

  private markCrowded(key: string): void {
    if (this.crowded.size >= MAX_HANDLES) this.crowded.clear();
    this.crowded.add(key);
  }
}
