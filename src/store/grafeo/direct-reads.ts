/**
 * Grafeo reads that skip Cypher: nodes by id, and each parent's neighbours over one relationship type,
 * through the binding's direct calls (`getNodeEdges`, `getEdge`, and a view's `getNodeProperty`), which
 * run on the calling thread. Why: a Cypher statement costs Grafeo 0.6.0 a fixed ~75 µs and, for a page of
 * eight statements' targets, ~335 µs of CPU across threads; the same read through direct calls took
 * ~105 µs. GraphQL makes many such small reads per request (docs/grafeo.md, "Direct reads").
 *
 * They cover the shapes GraphQL fields ask most: no property filter, few neighbours, sort values of one
 * type. For anything else a method answers `undefined` and the store runs the Cypher file instead, whose
 * answers these must equal (test/store/grafeo-direct-reads.test.ts compares the two on every shape).
 */
import type { AsOfView, GrafeoDB as GrafeoDatabase, JsEdge } from '@grafeo-db/js';
import { labelOfId, parseRelationshipId } from '../../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../../model/records.js';
import { isLabel, isRelationshipType, type Label, type RelationshipType, type Stance } from '../../model/schema.js';
import { nodeRecordKeys, relationshipRecordKeys } from '../../model/storage.js';
import { relatedSort, toNode, toRelationship, type Row } from '../cypher-store.js';
import { neighbourKeys, otherLabels } from '../fragments.js';
import type { Filter, RelatedHit, RelatedQuery, StanceCountRow } from '../port.js';
import { plain } from './values.js';

/** Above this many relationships in one read, Cypher on Grafeo's worker threads does it: direct calls would hold the event loop. */
const MAX_DIRECT_RELATIONSHIPS = 400;
/** Above this many ids, a node read goes through Cypher. */
const MAX_DIRECT_NODES = 400;
/** Handles remembered; past this the memory starts again (a request's working set is far smaller). */
const MAX_HANDLES = 100_000;
/** Edges remembered between commits; past this the memory starts again. */
const MAX_EDGE_READS = 50_000;

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
    // Two lists in one row, not a row per node: 15% less CPU for the lookup (fewer objects to convert).
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

/**
 * A node's record, its properties read one at a time (with `only`, only those). Why not `getNode`: it copies every
 * stored property, a source's whole text and the search text included, and `properties()` converts them
 * all again (a source: getNode ~7 µs and properties() ~13 µs, against ~0.65 µs a property read alone).
 * `knownId`: the id, when it was just read through the same view (each read is a native call).
 */
function readNode(view: AsOfView, handle: number, label: Label, only?: ReadonlySet<string>, knownId?: string): NodeRecord | null {
  const stored: Record<string, unknown> = {};
  for (const key of nodeRecordKeys(label)) {
    if (only && !only.has(key)) continue;
    const value = key === 'id' && knownId !== undefined ? knownId : view.getNodeProperty(handle, key);
    if (value !== null && value !== undefined) stored[key] = plain(value);
  }
  return typeof stored.id === 'string' ? toNode(label, stored) : null;
}

const keySets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The keys as a set, once per array (`neighbourKeys` gives one array per question). */
function keySet(keys: readonly string[]): ReadonlySet<string> {
  let set = keySets.get(keys);
  if (!set) keySets.set(keys, (set = new Set(keys)));
  return set;
}

/**
 * A relationship's stored properties that its record is built from, each read alone (`properties()` also
 * converts the derived date columns: ~10 µs for a CRITICISED relationship in a request), or null when it
 * no longer exists. The caller gives the type it already knows: each getter of an edge is a native call.
 */
function storedRelationship(edge: JsEdge | null, type: string): Record<string, unknown> | null {
  if (!edge) return null;
  const stored: Record<string, unknown> = {};
  for (const key of isRelationshipType(type) ? relationshipRecordKeys(type) : []) {
    const value = edge.get(key);
    if (value !== null && value !== undefined) stored[key] = plain(value);
  }
  return stored;
}

/** An edge's type and the stored properties its record is built from, frozen: reads share it until the next commit. */
interface EdgeRead {
  type: string;
  stored: Readonly<Record<string, unknown>>;
}

function edgeRead(edge: JsEdge): EdgeRead {
  const type = edge.edgeType;
  const stored = storedRelationship(edge, type)!;
  for (const value of Object.values(stored)) if (Array.isArray(value)) Object.freeze(value);
  return { type, stored: Object.freeze(stored) };
}

/**
 * Runs synchronous reads against one view of the last commit: property reads by handle need a view, and
 * one view for a whole read also reads every node at the same commit.
 */
function withView<T>(db: GrafeoDatabase, read: (view: AsOfView) => T): T {
  const view = db.asOf(db.currentEpoch());
  try {
    return read(view);
  } finally {
    view.close();
  }
}

/**
 * A text search's hits in one label's index, by Grafeo's internal ids: their `keys` (`searchHitKeys`), read
 * one at a time; null for one that is gone or is no longer of that label.
 */
export function searchHitsByHandle(db: GrafeoDatabase, label: Label, handles: readonly number[], keys: readonly string[]): (NodeRecord | null)[] {
  const only = new Set(keys);
  return withView(db, (view) =>
    handles.map((handle) => {
      const node = readNode(view, handle, label, only);
      return node && labelOfId(node.id) === label ? node : null;
    }),
  );
}

export class DirectReads {
  /** Chorus id → Grafeo's internal id, forgotten when the store deletes the node. */
  private readonly handles = new Map<string, number>();
  /** The view of the last commit that reads share, and its epoch (`currentView`). */
  private view: { epoch: bigint; view: AsOfView } | null = null;
  /** Parents found to have too many relationships of a type (`id|type|direction`): straight to Cypher next time. */
  private readonly crowded = new Set<string>();
  /** Edges read, by handle (`edgeAt`), as they are at `edgesValidAt`; and the handle of each by relationship id. */
  private readonly edgeReads = new Map<number, EdgeRead>();
  private readonly edgeHandles = new Map<string, number>();
  private edgesValidAt: bigint | null = null;
  /** Relationship ids that writes under way change (how many writes each), and how many of those delete nodes: not remembered. */
  private readonly changing = new Map<string, number>();
  private deletingNodes = 0;

  constructor(private readonly db: GrafeoDatabase) {}

  /** Nodes by id (with `properties`, only those: `GraphStore.getNodes`), or undefined when there are too many for direct calls. */
  async getNodes(ids: readonly string[], properties?: readonly string[]): Promise<(NodeRecord | null)[] | undefined> {
    if (ids.length > MAX_DIRECT_NODES) return undefined;
    const handles = await this.handlesOf(ids);
    const view = this.currentView();
    return ids.map((id) => {
      const handle = handles.get(id);
      const label = labelOfId(id);
      // The keys as every other read decides them (`neighbourKeys`), the Cypher get-nodes included.
      return handle === undefined || !label ? null : readNode(view, handle, label, properties && keySet(neighbourKeys([label], { properties })));
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
    const edges = await this.edgesOf(parents, query);
    if (!edges) return undefined;

    const keys = keySet(neighbourKeys(otherLabels(query.type, query.direction, query.otherLabel), query));
    const sign = sort.direction === 'DESC' ? -1 : 1;
    const order = (a: Candidate, b: Candidate) => sign * (compare(a.value, b.value) || compareStrings(a.id, b.id));
    const view = this.currentView();
    const byParent = new Map<string, RelatedHit[]>();
    const read = new Map<number, NodeRecord | null>();
    for (const [parent, pairs] of edges) {
      const candidates: Candidate[] = [];
      for (const [neighbour, edgeHandle] of pairs) {
        const stored = view.getNodeProperty(neighbour, 'id');
        const id = typeof stored === 'string' ? stored : '';
        // A node's label is in its id, as everywhere in Chorus: no call for it.
        const label = labelOfId(id);
        if (!label || (query.otherLabel && label !== query.otherLabel)) continue;
        const edgeStored = sort.on === 'relationship' ? (this.edgeAt(edgeHandle)?.stored ?? null) : undefined;
        const sortValue = sort.on === 'relationship' ? edgeStored?.[sort.property] : sort.property === 'id' ? id : plain(view.getNodeProperty(neighbour, sort.property));
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
        if (node === undefined) read.set(c.neighbour, (node = readNode(view, c.neighbour, c.label, keys, c.id)));
        const edgeStored = c.edgeStored ?? this.edgeAt(c.edgeHandle)?.stored ?? null;
        const relationship = node && toRelationship(query.type, query.direction === 'out' ? parent : node.id, query.direction === 'out' ? node.id : parent, edgeStored);
        if (node && relationship) hits.push({ node, relationship, key: { value: c.value, id: c.id } });
      }
      byParent.set(parent, hits);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  }

  /**
   * `GraphStore.getRelationships`: an id names its type and both ends, so each is looked for among its start
   * node's relationships of that type, as get-relationships.cypher finds it. Undefined when a start node has
   * too many for direct calls. Why not Cypher: that statement took ~0.5 ms for one id, and every mutation reads
   * the relationships it changes.
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
      const edges = await this.edgesOf([...new Set([...wanted.values()].map((w) => w.from))], { type, direction: 'out' });
      if (!edges) return undefined;
      const view = this.currentView();
      for (const [id, { from, to }] of wanted) {
        for (const [neighbour, edgeHandle] of edges.get(from) ?? []) {
          if (view.getNodeProperty(neighbour, 'id') !== to) continue;
          const edge = this.edgeAt(edgeHandle);
          if (edge?.stored.id !== id) continue;
          const relationship = toRelationship(type, from, to, edge.stored);
          if (relationship) found.set(id, relationship);
        }
      }
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** `GraphStore.countRelated`, or undefined when the query is not a shape these reads cover. */
  async countRelated(parentIds: readonly string[], query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): Promise<number[] | undefined> {
    if (!this.covers(query)) return undefined;
    const parents = [...new Set(parentIds)].filter((id) => labelOfId(id) !== null);
    const edges = await this.edgesOf(parents, query);
    if (!edges) return undefined;
    const counts = new Map<string, number>();
    for (const [parent, pairs] of edges) {
      const otherLabel = query.otherLabel;
      counts.set(parent, otherLabel ? pairs.filter(([neighbour]) => this.db.getNodeLabels(neighbour)?.includes(otherLabel)).length : pairs.length);
    }
    return parentIds.map((id) => counts.get(id) ?? 0);
  }

  /**
   * `GraphStore.stanceCounts` from each target's ABOUT relationships (a statement's, by the model's rule),
   * or undefined when there are too many for direct calls. Why not Cypher: stance-counts.cypher cost
   * ~170 µs of CPU across threads for a report of eight statements.
   */
  async stanceCounts(targetIds: readonly string[]): Promise<StanceCountRow[][] | undefined> {
    const targets = [...new Set(targetIds)].filter((id) => labelOfId(id) !== null);
    const edges = await this.edgesOf(targets, { type: 'ABOUT', direction: 'in' });
    if (!edges) return undefined;
    this.currentView(); // forgets remembered edges if a commit landed while handles were looked up
    const counts = new Map<string, StanceCountRow[]>();
    for (const [target, pairs] of edges) {
      const byStance = new Map<Stance, number>();
      for (const [, edgeHandle] of pairs) {
        const stance = this.edgeAt(edgeHandle)?.stored.stance;
        if (typeof stance === 'string') byStance.set(stance as Stance, (byStance.get(stance as Stance) ?? 0) + 1);
      }
      counts.set(target, [...byStance].map(([stance, count]) => ({ stance, count })).sort((a, b) => a.stance.localeCompare(b.stance)));
    }
    return targetIds.map((id) => counts.get(id) ?? []);
  }

  /**
   * One breadth-first step of a subgraph: expand.cypher's rows, or undefined when there are too many
   * relationships for direct calls. Like the Cypher, it stops at `limit` rows in no set order.
   */
  async expand(ids: readonly string[], types: RelationshipType[] | null, labels: Label[] | null, limit: number): Promise<Row[] | undefined> {
    const crowdKey = (id: string) => `${id}|${types?.join(',') ?? '*'}|both`;
    if (ids.some((id) => this.crowded.has(crowdKey(id)))) return undefined;
    const handles = await this.handlesOf(ids);
    const view = this.currentView();
    const idOf = new Map<number, string>();
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
          let otherId = idOf.get(neighbour);
          if (otherId === undefined) {
            otherId = String(view.getNodeProperty(neighbour, 'id'));
            idOf.set(neighbour, otherId);
          }
          const otherLabel = labelOfId(otherId);
          if (!otherLabel || (labels && !labels.includes(otherLabel))) continue;
          const edge = this.edgeAt(edgeHandle);
          if (!edge) continue;
          rows.push({ type: edge.type, relationship: edge.stored, from: out ? id : otherId, to: out ? otherId : id, otherId });
          if (rows.length >= limit) return rows;
        }
      }
    }
    return rows;
  }

  /**
   * The view of the last commit, which reads share until a commit lands: property reads by handle need a
   * view, opening and closing one costs ~7 µs, a request makes half a dozen reads, and most requests see no
   * commit between them. A view keeps the versions that later commits replace while it is open, so the one
   * kept holds at most what the commits since the last read replaced. Remembered edges are forgotten when
   * a commit lands that `writing` did not account for.
   */
  private currentView(): AsOfView {
    const epoch = this.db.currentEpoch();
    if (this.view?.epoch !== epoch) {
      this.view?.view.close();
      this.view = { epoch, view: this.db.asOf(epoch) };
    }
    if (this.edgesValidAt !== epoch) {
      this.edgeReads.clear();
      this.edgeHandles.clear();
      this.edgesValidAt = epoch;
    }
    return this.view.view;
  }

  /**
   * An edge's type and stored properties, remembered across commits that did not change it: `getEdge` copies
   * every property and each `get` is another native call, together ~40% of the Grafeo time of the
   * benchmark's reads, and requests read the same relationships again. Call after `currentView()` (after a
   * read's last await), which forgets them when a commit it cannot account for has landed.
   */
  private edgeAt(handle: number): EdgeRead | null {
    const known = this.edgeReads.get(handle);
    if (known) return known;
    const edge = this.db.getEdge(handle);
    if (!edge) return null;
    const read = edgeRead(edge);
    const id = read.stored.id;
    if (typeof id === 'string' && !this.deletingNodes && !this.changing.has(id)) {
      if (this.edgeReads.size >= MAX_EDGE_READS) {
        this.edgeReads.clear();
        this.edgeHandles.clear();
      }
      this.edgeReads.set(handle, read);
      this.edgeHandles.set(id, handle);
    }
    return read;
  }

  /**
   * Tells the reads that a write of these relationships (upserted or deleted) starts; call what it returns
   * once it has committed or failed. Edges remembered stay true through the write's commit: those it
   * changes are forgotten now and not remembered while it is under way. A write that deletes nodes takes
   * their edges too, so nothing is remembered across it; nor across any commit made another way.
   */
  writing(relationshipIds: readonly string[], deletesNodes: boolean): () => void {
    const forget = () => {
      for (const id of relationshipIds) {
        const handle = this.edgeHandles.get(id);
        if (handle !== undefined) this.edgeReads.delete(handle);
        this.edgeHandles.delete(id);
      }
    };
    forget();
    for (const id of relationshipIds) this.changing.set(id, (this.changing.get(id) ?? 0) + 1);
    if (deletesNodes) this.deletingNodes++;
    const validBefore = this.edgesValidAt;
    return () => {
      for (const id of relationshipIds) {
        const left = this.changing.get(id)! - 1;
        if (left) this.changing.set(id, left);
        else this.changing.delete(id);
      }
      if (deletesNodes) this.deletingNodes--;
      forget();
      // One commit since (this write's, or a bulk create's, which changes no edge that exists): still true.
      const epoch = this.db.currentEpoch();
      if (!deletesNodes && validBefore !== null && this.edgesValidAt === validBefore && epoch === validBefore + 1n) this.edgesValidAt = epoch;
    };
  }

  /** Closes the view kept for reads (before the database closes). */
  close(): void {
    this.view?.view.close();
    this.view = null;
  }

  /** Forgets the handles of deleted nodes (a handle is also checked on use; this keeps the memory small). */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.handles.delete(id);
  }

  private covers(query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): boolean {
    return isRelationshipType(query.type) && (query.otherLabel === undefined || isLabel(query.otherLabel)) && isEmpty(query.relationshipFilter) && isEmpty(query.nodeFilter);
  }

  /** Each existing parent's `[neighbour, relationship]` handle pairs, or undefined when there are too many for direct calls. */
  private async edgesOf(parents: string[], query: Pick<RelatedQuery, 'type' | 'direction'>): Promise<Map<string, number[][]> | undefined> {
    const crowdKey = (id: string) => `${id}|${query.type}|${query.direction}`;
    if (parents.some((id) => this.crowded.has(crowdKey(id)))) return undefined;
    const handles = await this.handlesOf(parents);
    const edges = new Map<string, number[][]>();
    let total = 0;
    for (const parent of parents) {
      const handle = handles.get(parent);
      if (handle === undefined) continue;
      const pairs = this.db.getNodeEdges(handle, { direction: query.direction, edgeTypes: [query.type] });
      total += pairs.length;
      if (pairs.length > MAX_DIRECT_RELATIONSHIPS) this.markCrowded(crowdKey(parent));
      if (total > MAX_DIRECT_RELATIONSHIPS) return undefined;
      edges.set(parent, pairs);
    }
    return edges;
  }

  /** The handle of each id that names a node: remembered ones checked against the node, the rest looked up in one statement per label. */
  private async handlesOf(ids: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    const missing: [Label, string][] = [];
    const view = this.currentView();
    for (const id of ids) {
      const label = labelOfId(id);
      if (!label || found.has(id)) continue;
      const handle = this.handles.get(id);
      // Deletions forget their handles (forget()); a node deleted some other way no longer has its id.
      if (handle !== undefined && view.getNodeProperty(handle, 'id') === id) found.set(id, handle);
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
