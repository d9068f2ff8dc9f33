/**
 * Grafeo reads that skip Cypher: nodes by id, and each parent's neighbours over one relationship type,
 * through the binding's direct calls (`getNode`, `getNodeEdges`, `getEdge`), which run on the calling
 * thread. Why: a Cypher statement costs Grafeo 0.6.0 a fixed ~75 µs and, for a page of eight statements'
 * targets, ~335 µs of CPU across threads; the same read through direct calls took ~105 µs. GraphQL makes
 * many such small reads per request (docs/grafeo.md, "Direct reads").
 *
 * They cover the shapes GraphQL fields ask most: no property filter, few neighbours, sort values of one
 * type. For anything else a method answers `undefined` and the store runs the Cypher file instead, whose
 * answers these must equal (test/store/grafeo-direct-reads.test.ts compares the two on every shape).
 */
import type { GrafeoDB as GrafeoDatabase } from '@grafeo-db/js';
import { labelOfId } from '../../model/ids.js';
import type { NodeRecord } from '../../model/records.js';
import { isLabel, isRelationshipType, largeProperties, type Label, type RelationshipType } from '../../model/schema.js';
import { relatedSort, toNode, toRelationship, type Row } from '../cypher-store.js';
import { otherLabels } from '../fragments.js';
import type { Filter, RelatedHit, RelatedQuery } from '../port.js';
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

export class DirectReads {
  /** Chorus id → Grafeo's internal id, forgotten when the store deletes the node. */
  private readonly handles = new Map<string, number>();
  /** Parents found to have too many relationships of a type (`id|type|direction`): straight to Cypher next time. */
  private readonly crowded = new Set<string>();

  constructor(private readonly db: GrafeoDatabase) {}

  /** Nodes by id, or undefined when there are too many for direct calls. */
  async getNodes(ids: readonly string[]): Promise<(NodeRecord | null)[] | undefined> {
    if (ids.length > MAX_DIRECT_NODES) return undefined;
    const handles = await this.handlesOf(ids);
    return ids.map((id) => {
      const handle = handles.get(id);
      const node = handle === undefined ? null : this.db.getNode(handle);
      return node ? toNode(labelOfId(id), plain(node.properties())) : null;
    });
  }

  /** `GraphStore.related`, or undefined when the query is not a shape these reads cover. */
  async related(parentIds: readonly string[], query: RelatedQuery): Promise<RelatedHit[][] | undefined> {
    if (!this.covers(query)) return undefined;
    const sort = relatedSort(query);
    if (query.after && (query.after.value === null || typeof query.after.value !== typeof sort.fallback)) return undefined;
    const parents = [...new Set(parentIds)].filter((id) => labelOfId(id) !== null);
    const edges = await this.edgesOf(parents, query);
    if (!edges) return undefined;

    const large = query.omitLarge ? otherLabels(query.type, query.direction, query.otherLabel) : [];
    const omitted = large.length === 1 ? largeProperties(large[0]) : [];
    const sign = sort.direction === 'DESC' ? -1 : 1;
    const byParent = new Map<string, RelatedHit[]>();
    for (const [parent, pairs] of edges) {
      const hits: RelatedHit[] = [];
      for (const [neighbour, edgeHandle] of pairs) {
        const other = this.db.getNode(neighbour);
        const labels = other?.labels; // a native call each time it is read
        const label = labels?.[0];
        if (!other || !label || (query.otherLabel && !labels.includes(query.otherLabel))) continue;
        const stored = plain(other.properties()) as Record<string, unknown>;
        const edgeStored = plain(this.db.getEdge(edgeHandle)?.properties() ?? null) as Record<string, unknown> | null;
        const value = ((sort.on === 'relationship' ? edgeStored?.[sort.property] : stored[sort.property]) ?? sort.fallback) as SortValue;
        // A value of another type than the property's sorts by Cypher's rules across types: leave it to Cypher.
        if (typeof value !== typeof sort.fallback) return undefined;
        for (const key of omitted) delete stored[key];
        const node = toNode(label, stored);
        const relationship = node && toRelationship(query.type, query.direction === 'out' ? parent : node.id, query.direction === 'out' ? node.id : parent, edgeStored);
        if (!node || !relationship) continue;
        hits.push({ node, relationship, key: { value, id: node.id } });
      }
      hits.sort((a, b) => sign * (compare(a.key.value as SortValue, b.key.value as SortValue) || compareStrings(a.key.id, b.key.id)));
      const after = query.after;
      const kept = after
        ? hits.filter((hit) => sign * (compare(hit.key.value as SortValue, after.value as SortValue) || compareStrings(hit.key.id, after.id)) > 0)
        : hits;
      byParent.set(parent, query.limit === undefined ? kept : kept.slice(0, Math.max(0, query.limit)));
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
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
   * One breadth-first step of a subgraph: expand.cypher's rows, or undefined when there are too many
   * relationships for direct calls. Like the Cypher, it stops at `limit` rows in no set order.
   */
  async expand(ids: readonly string[], types: RelationshipType[] | null, labels: Label[] | null, limit: number): Promise<Row[] | undefined> {
    const crowdKey = (id: string) => `${id}|${types?.join(',') ?? '*'}|both`;
    if (ids.some((id) => this.crowded.has(crowdKey(id)))) return undefined;
    const handles = await this.handlesOf(ids);
    const idOf = new Map<number, string>();
    const rows: Row[] = [];
    let total = 0;
    for (const id of new Set(ids)) {
      const handle = handles.get(id);
      if (handle === undefined) continue;
      const pairs = this.db.getNodeEdges(handle, types ? { direction: 'both', edgeTypes: types } : { direction: 'both' });
      total += pairs.length;
      if (pairs.length > MAX_DIRECT_RELATIONSHIPS) this.markCrowded(crowdKey(id));
      if (total > MAX_DIRECT_RELATIONSHIPS) return undefined;
      for (const [neighbour, edgeHandle] of pairs) {
        const otherLabel = this.db.getNodeLabels(neighbour)?.[0];
        if (!otherLabel || (labels && !(labels as string[]).includes(otherLabel))) continue;
        const edge = this.db.getEdge(edgeHandle);
        let otherId = idOf.get(neighbour);
        if (otherId === undefined) {
          otherId = String(this.db.getNode(neighbour)?.get('id'));
          idOf.set(neighbour, otherId);
        }
        if (!edge) continue;
        rows.push({
          type: edge.edgeType,
          relationship: plain(edge.properties()),
          from: edge.sourceId === handle ? id : otherId,
          to: edge.targetId === handle ? id : otherId,
          otherId,
        });
        if (rows.length >= limit) return rows;
      }
    }
    return rows;
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
    for (const id of ids) {
      const label = labelOfId(id);
      if (!label || found.has(id)) continue;
      const handle = this.handles.get(id);
      // Deletions forget their handles (forget()); a node deleted some other way no longer has labels.
      if (handle !== undefined && this.db.getNodeLabels(handle) !== null) found.set(id, handle);
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
