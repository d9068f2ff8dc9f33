/**
 * A GraphStore over plain Maps: the benchmarks' ceiling, what the API costs when the store costs next to
 * nothing. It is not a test double (product tests run on the real stores), but it passes the same
 * contract suite (test/contract/memory.contract.test.ts), so the ceiling answers what the others answer:
 * filters and sorts checked against the model's allow-list, the stores' defaults for missing values,
 * keyset cursors, per-parent limits, the same partial records, and a batch checked whole before any of
 * it is written. Its full-text scoring is its own (a hit scores the number of words matched).
 */
import { labelOfId, parseRelationshipId } from '../../model/ids.js';
import type { NodeRecord, PropertyValue, RelationshipRecord } from '../../model/records.js';
import { checkedProperty, neighbourKeys, otherLabels, searchHitKeys, sortFallback, type Owner } from '../../model/allow-list.js';
import type { Label, RelationshipType, Stance } from '../../model/schema.js';
import { stanceOfLink, STANCE_LINK_TYPES } from '../../model/stance-links.js';
import { fromStoredNode, fromStoredRelationship, SEARCH_TEXT, toStoredNode, toStoredRelationship } from '../../model/storage.js';
import { ValidationError } from '../../errors.js';
import type {
  Condition, Filter, GradeCountRow, GraphStore, Keyset, ListPage, ListQuery, Path, RankQuery, RelatedHit, RelatedQuery, SearchHit, SearchQuery,
  Sort, StanceBreakdownRow, StanceCountRow, StatementFilter, StatementQuery, Subgraph, SubgraphQuery, WriteBatch, WriteSummary,
} from '../port.js';
import { checkNodeIds, missingEndpointsError, withEndpointLabels } from '../write-batch.js';

type Stored = Record<string, PropertyValue>;
interface MNode { id: string; label: Label; stored: Stored; record: NodeRecord }
interface MRel { id: string; type: RelationshipType; from: string; to: string; stored: Stored; record: RelationshipRecord }

/** Whether a record's stored properties pass a filter; a property the model does not declare for the owner is refused. */
function matches(stored: Stored, owner: Owner, filter: Filter | undefined): boolean {
  if (!filter) return true;
  for (const [key, condition] of Object.entries(filter)) {
    checkedProperty(owner, key);
    const value = stored[key];
    const [op, arg] = Object.entries(condition as Condition)[0] ?? [];
    switch (op) {
      case 'eq': if (value !== arg) return false; break;
      case 'in': if (!(arg as PropertyValue[]).includes(value as never)) return false; break;
      case 'contains': if (typeof value !== 'string' || !value.toLowerCase().includes(String(arg).toLowerCase())) return false; break;
      case 'startsWith': if (typeof value !== 'string' || !value.startsWith(String(arg))) return false; break;
      case 'gte': if (value === undefined || (value as string | number) < (arg as string | number)) return false; break;
      case 'lte': if (value === undefined || (value as string | number) > (arg as string | number)) return false; break;
      case 'exists': if ((value !== undefined) !== arg) return false; break;
      case 'has': if (!Array.isArray(value) || !(value as PropertyValue[]).includes(arg as never)) return false; break;
      default: throw new ValidationError([{ path: ['filter', key], message: `unknown condition "${String(op)}"` }]);
    }
  }
  return true;
}

/** A neighbour filter without a label can only name `id`: other properties differ by label (as on the Cypher stores). */
function neighbourOwner(query: Pick<RelatedQuery, 'otherLabel' | 'nodeFilter'>): Owner {
  if (query.otherLabel) return { label: query.otherLabel };
  const unknown = Object.keys(query.nodeFilter ?? {}).filter((key) => key !== 'id');
  if (unknown.length) throw new ValidationError([{ path: ['nodeFilter'], message: `filtering neighbours by ${unknown.join(', ')} needs otherLabel` }]);
  return { label: 'Person' };
}

/** A record with only these of its properties (keys from the allow-list; the id is the record's own). */
function withKeys(record: NodeRecord, keys: readonly string[]): NodeRecord {
  const properties: NodeRecord['properties'] = {};
  for (const key of keys) if (key !== 'id' && record.properties[key] !== undefined) properties[key] = record.properties[key];
  return { ...record, properties };
}

function compare(a: PropertyValue | null, b: PropertyValue | null): number {
  return a! < b! ? -1 : a! > b! ? 1 : 0;
}

/** Sorts rows by (value, id) in a direction and keeps those after the keyset. */
function ordered<T>(rows: T[], value: (row: T) => PropertyValue, id: (row: T) => string, direction: 'ASC' | 'DESC', after?: Keyset): { row: T; key: Keyset }[] {
  const sign = direction === 'DESC' ? -1 : 1;
  let keyed = rows.map((row) => ({ row, key: { value: value(row), id: id(row) } as Keyset }));
  if (after) keyed = keyed.filter(({ key }) => sign * (compare(key.value, after.value) || compare(key.id, after.id)) > 0);
  return keyed.sort((a, b) => sign * (compare(a.key.value, b.key.value) || compare(a.key.id, b.key.id)));
}

export class MemoryStore implements GraphStore {
  // The port names the two real stores only; the ceiling stands in for the embedded one.
  readonly kind = 'grafeo' as const;
  readonly bulkLoadConcurrency = 1;
  private readonly nodes = new Map<string, MNode>();
  private readonly rels = new Map<string, MRel>();
  private readonly out = new Map<string, Map<RelationshipType, MRel[]>>();
  private readonly in = new Map<string, Map<RelationshipType, MRel[]>>();
  private readonly byLabel = new Map<Label, Map<string, MNode>>();

  async setup(): Promise<void> {}
  async ping(): Promise<void> {}
  async close(): Promise<void> {}

  private adjacency(map: Map<string, Map<RelationshipType, MRel[]>>, id: string, type: RelationshipType): MRel[] {
    return map.get(id)?.get(type) ?? [];
  }

  /** A node's stance links (ABOUT, ASSERTS, DISPUTES: model/stance-links.ts), each with the stance it says. */
  private stanceLinks(map: Map<string, Map<RelationshipType, MRel[]>>, id: string): (MRel & { stance: Stance })[] {
    return STANCE_LINK_TYPES.flatMap((type) => this.adjacency(map, id, type).map((r) => ({ ...r, stance: stanceOfLink({ type: r.type, properties: r.stored })! })));
  }

  private link(map: Map<string, Map<RelationshipType, MRel[]>>, id: string, rel: MRel, add: boolean) {
    let byType = map.get(id);
    if (!byType) map.set(id, (byType = new Map()));
    const list = (byType.get(rel.type) ?? []).filter((r) => r.id !== rel.id);
    if (add) list.push(rel);
    byType.set(rel.type, list);
  }

  /**
   * Refuses a batch that a real store would fail, before any of it is written (a transaction fails whole):
   * a node id that does not name its label, ids that are not ids, a node created twice, a missing endpoint.
   */
  private checked(batch: WriteBatch) {
    const nodes = batch.nodes ?? [];
    checkNodeIds(nodes);
    const relationships = withEndpointLabels(batch.relationships ?? []);
    for (const id of batch.deleteRelationships ?? []) {
      if (!parseRelationshipId(id)) throw new ValidationError([{ path: ['deleteRelationships', id], message: `"${id}" is not a relationship id` }]);
    }
    const notNodeIds = (batch.deleteNodes ?? []).filter((id) => !labelOfId(id));
    if (notNodeIds.length) throw new ValidationError([{ path: ['deleteNodes'], message: `not node ids: ${notNodeIds.join(', ')}` }]);
    if (batch.createOnly) {
      const present = nodes.filter((n) => this.nodes.has(n.id)).map((n) => n.id);
      if (present.length) throw new ValidationError([{ path: ['nodes'], message: `already in the store: ${present.join(', ')}` }], 'batch not written');
    }
    const written = new Set(nodes.map((n) => n.id));
    const exists = (id: string) => this.nodes.has(id) || written.has(id);
    // Counted per type and endpoint labels, as the Cypher stores write (and fail) them.
    const byGroup = new Map<string, { type: RelationshipType; total: number; missing: number }>();
    for (const { rel, fromLabel, toLabel } of relationships) {
      const key = `${rel.type}|${fromLabel}|${toLabel}`;
      const group = byGroup.get(key) ?? { type: rel.type, total: 0, missing: 0 };
      group.total++;
      if (!exists(rel.from) || !exists(rel.to)) group.missing++;
      byGroup.set(key, group);
    }
    for (const group of byGroup.values()) if (group.missing) throw missingEndpointsError(group.type, group.missing, group.total);
    return { nodes, relationships };
  }

  async write(batch: WriteBatch): Promise<WriteSummary> {
    const { nodes, relationships } = this.checked(batch);
    const summary: WriteSummary = { nodesWritten: 0, relationshipsWritten: 0, relationshipsDeleted: 0, nodesDeleted: 0 };
    for (const n of nodes) {
      const stored = toStoredNode(n.label, n.id, n.properties);
      const node: MNode = { id: n.id, label: n.label, stored, record: { id: n.id, label: n.label, properties: fromStoredNode(n.label, stored) } };
      this.nodes.set(n.id, node);
      let label = this.byLabel.get(n.label);
      if (!label) this.byLabel.set(n.label, (label = new Map()));
      label.set(n.id, node);
      summary.nodesWritten++;
    }
    for (const { rel: r } of relationships) {
      const stored = toStoredRelationship(r.type, r.id, r.properties);
      const rel: MRel = { id: r.id, type: r.type, from: r.from, to: r.to, stored, record: { id: r.id, type: r.type, from: r.from, to: r.to, properties: fromStoredRelationship(r.type, stored) } };
      const old = this.rels.get(r.id);
      if (old) this.unlink(old);
      this.rels.set(r.id, rel);
      this.link(this.out, r.from, rel, true);
      this.link(this.in, r.to, rel, true);
      summary.relationshipsWritten++;
    }
    for (const id of batch.deleteRelationships ?? []) {
      const rel = this.rels.get(id);
      if (rel) { this.unlink(rel); summary.relationshipsDeleted++; }
    }
    for (const id of batch.deleteNodes ?? []) {
      const node = this.nodes.get(id);
      if (!node) continue;
      for (const map of [this.out, this.in]) for (const list of map.get(id)?.values() ?? []) for (const rel of [...list]) this.unlink(rel);
      this.nodes.delete(id);
      this.byLabel.get(node.label)?.delete(id);
      summary.nodesDeleted++;
    }
    return summary;
  }

  private unlink(rel: MRel) {
    this.rels.delete(rel.id);
    this.link(this.out, rel.from, rel, false);
    this.link(this.in, rel.to, rel, false);
  }

  async getNodes(ids: readonly string[], properties?: readonly string[]): Promise<(NodeRecord | null)[]> {
    return ids.map((id) => {
      const node = this.nodes.get(id);
      if (!node) return null;
      return properties ? withKeys(node.record, neighbourKeys([node.label], { properties })) : node.record;
    });
  }

  async getRelationships(ids: readonly string[]): Promise<(RelationshipRecord | null)[]> {
    return ids.map((id) => this.rels.get(id)?.record ?? null);
  }

  private neighbours(parentId: string, query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): { rel: MRel; other: MNode }[] {
    const rels = this.adjacency(query.direction === 'out' ? this.out : this.in, parentId, query.type);
    const relationshipOwner: Owner = { type: query.type };
    const nodeOwner = neighbourOwner(query);
    const hits: { rel: MRel; other: MNode }[] = [];
    for (const rel of rels) {
      const other = this.nodes.get(query.direction === 'out' ? rel.to : rel.from)!;
      if (query.otherLabel && other.label !== query.otherLabel) continue;
      if (!matches(rel.stored, relationshipOwner, query.relationshipFilter) || !matches(other.stored, nodeOwner, query.nodeFilter)) continue;
      hits.push({ rel, other });
    }
    return hits;
  }

  /**
   * Sorted by a property of the relationship or, when the other end is one label, of the node; otherwise by
   * the node's id, which every label has (as the Cypher stores' relatedSort).
   */
  async related(parentIds: readonly string[], query: RelatedQuery): Promise<RelatedHit[][]> {
    const on = query.sort?.on === 'relationship' ? 'relationship' : 'node';
    const owner: Owner | null = on === 'relationship' ? { type: query.type } : query.otherLabel ? { label: query.otherLabel } : null;
    const property = owner ? (query.sort?.property ?? 'id') : 'id';
    const fallback = sortFallback(checkedProperty(owner ?? { label: 'Person' }, property)) as PropertyValue;
    const direction = query.sort?.direction ?? 'ASC';
    const keys = query.properties || query.omitLarge ? neighbourKeys(otherLabels(query.type, query.direction, query.otherLabel), query) : null;
    return parentIds.map((parentId) => {
      const hits = this.neighbours(parentId, query);
      // A missing value sorts as the stores' default for the property's type.
      const value = ({ rel, other }: { rel: MRel; other: MNode }) => (on === 'relationship' ? rel.stored : other.stored)[property] ?? fallback;
      return ordered(hits, value, (h) => h.other.id, direction, query.after)
        .slice(0, query.limit ?? Infinity)
        .map(({ row, key }) => ({ node: keys ? withKeys(row.other.record, keys) : row.other.record, relationship: row.rel.record, key }));
    });
  }

  async countRelated(parentIds: readonly string[], query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): Promise<number[]> {
    return parentIds.map((id) => this.neighbours(id, query).length);
  }

  private page(label: Label, rows: MNode[], sort: Sort | undefined, after: Keyset | undefined, limit: number): ListPage {
    const property = sort?.property ?? 'id';
    const fallback = sortFallback(checkedProperty({ label }, property)) as PropertyValue;
    const sorted = ordered(rows, (n) => n.stored[property] ?? fallback, (n) => n.id, sort?.direction ?? 'ASC', after);
    const page = sorted.slice(0, limit);
    return { nodes: page.map((p) => p.row.record), keys: page.map((p) => p.key), hasMore: sorted.length > limit };
  }

  private ofLabel(label: Label): MNode[] {
    return [...(this.byLabel.get(label)?.values() ?? [])];
  }

  async list(query: ListQuery): Promise<ListPage> {
    return this.page(query.label, this.ofLabel(query.label).filter((n) => matches(n.stored, { label: query.label }, query.filter)), query.sort, query.after, query.limit);
  }

  async count(label: Label, filter?: Filter): Promise<number> {
    return this.ofLabel(label).filter((n) => matches(n.stored, { label }, filter)).length;
  }

  async countByLabel(): Promise<Record<string, number>> {
    return Object.fromEntries([...this.byLabel].map(([label, nodes]) => [label, nodes.size]));
  }

  async countByRelationshipType(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const rel of this.rels.values()) counts[rel.type] = (counts[rel.type] ?? 0) + 1;
    return counts;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const words = new Set(query.words);
    const hits: { node: MNode; score: number }[] = [];
    for (const label of query.labels) {
      for (const node of this.byLabel.get(label)?.values() ?? []) {
        const text = node.stored[SEARCH_TEXT];
        if (typeof text !== 'string') continue;
        let score = 0;
        for (const word of text.split(' ')) if (words.has(word)) score++;
        if (score > 0) hits.push({ node, score });
      }
    }
    // Only the hits kept are read as records (of the keys a search returns), as a store reads only its page.
    return hits
      .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id))
      .slice(0, query.limit)
      .map(({ node, score }) => ({ node: withKeys(node.record, searchHitKeys(node.label, query)), score }));
  }

  private statementMatches(n: MNode, f: StatementFilter): boolean {
    const s = n.stored;
    if (f.kinds?.length && !f.kinds.includes(s.kind as 'quote')) return false;
    if (f.dateFrom && !((s.dateTo as string) >= f.dateFrom)) return false;
    if (f.dateTo && !((s.dateFrom as string) <= f.dateTo)) return false;
    if (f.text && !String(s.text).toLowerCase().includes(f.text.toLowerCase())) return false;
    const speakers = this.adjacency(this.in, n.id, 'SAID').map((r) => r.from);
    if (f.speakers?.length && !speakers.some((id) => f.speakers!.includes(id))) return false;
    if (f.organisations?.length && !speakers.some((id) => f.organisations!.includes(id) || this.adjacency(this.out, id, 'HELD_ROLE').some((r) => f.organisations!.includes(r.to)))) return false;
    const about = this.stanceLinks(this.out, n.id);
    if (f.targets?.length && !about.some((r) => f.targets!.includes(r.to) && (!f.stances?.length || f.stances.includes(r.stance)))) return false;
    if (f.stances?.length && !about.some((r) => f.stances!.includes(r.stance))) return false;
    if (f.sources?.length && !this.adjacency(this.out, n.id, 'SOURCED_FROM').some((r) => f.sources!.includes(r.to))) return false;
    return true;
  }

  /** Candidates from the narrowest relationship filter, as an index would give them. */
  private statementCandidates(f: StatementFilter): MNode[] {
    const via = (ids: string[], map: Map<string, Map<RelationshipType, MRel[]>>, type: RelationshipType, end: 'from' | 'to') =>
      [...new Set(ids.flatMap((id) => this.adjacency(map, id, type).map((r) => r[end])))].map((id) => this.nodes.get(id)!).filter((n) => n.label === 'Statement');
    if (f.targets?.length) return [...new Set(STANCE_LINK_TYPES.flatMap((type) => via(f.targets!, this.in, type, 'from')))];
    if (f.speakers?.length) return via(f.speakers, this.out, 'SAID', 'to');
    if (f.sources?.length) return via(f.sources, this.in, 'SOURCED_FROM', 'from');
    return this.ofLabel('Statement');
  }

  async findStatements(query: StatementQuery): Promise<ListPage> {
    const sort = query.sort?.property === 'date' ? { ...query.sort, property: 'dateFrom' } : query.sort;
    const rows = this.statementCandidates(query.filter).filter((n) => this.statementMatches(n, query.filter));
    return this.page('Statement', rows, sort, query.after, query.limit);
  }

  async countStatements(filter: StatementFilter): Promise<number> {
    return this.statementCandidates(filter).filter((n) => this.statementMatches(n, filter)).length;
  }

  async rank(query: RankQuery): Promise<ListPage> {
    const rows = this.ofLabel(query.label).filter((n) => matches(n.stored, { label: query.label }, query.filter));
    const counts = new Map(rows.map((n) => [n.id, this.neighbours(n.id, query.related).length]));
    const sorted = ordered(rows, (n) => counts.get(n.id)!, (n) => n.id, query.direction, query.after);
    const page = sorted.slice(0, query.limit);
    return { nodes: page.map((p) => p.row.record), keys: page.map((p) => p.key), hasMore: sorted.length > query.limit };
  }

  async searchTexts(label: Label, limit: number): Promise<string[]> {
    const texts: string[] = [];
    for (const node of this.ofLabel(label)) {
      if (texts.length >= limit) break;
      const text = node.stored[SEARCH_TEXT];
      if (typeof text === 'string') texts.push(text);
    }
    return texts;
  }

  async stanceCounts(targetIds: readonly string[]): Promise<StanceCountRow[][]> {
    return targetIds.map((targetId) => {
      const counts = new Map<string, number>();
      for (const about of this.stanceLinks(this.in, targetId)) {
        if (this.nodes.get(about.from)?.label !== 'Statement') continue;
        const stance = about.stance;
        counts.set(stance, (counts.get(stance) ?? 0) + 1);
      }
      return [...counts].map(([stance, count]) => ({ stance: stance as StanceCountRow['stance'], count })).sort((a, b) => a.stance.localeCompare(b.stance));
    });
  }

  async stanceBreakdown(targetIds: readonly string[], groupBy: 'speaker' | 'organisation'): Promise<StanceBreakdownRow[][]> {
    return targetIds.map((targetId) => {
      const counts = new Map<string, Set<string>>();
      for (const about of this.stanceLinks(this.in, targetId)) {
        if (this.nodes.get(about.from)?.label !== 'Statement') continue;
        for (const said of this.adjacency(this.in, about.from, 'SAID')) {
          const speaker = this.nodes.get(said.from)!;
          const groups = groupBy === 'speaker' ? [speaker.id]
            : speaker.label === 'Organisation' ? [speaker.id]
            : this.adjacency(this.out, speaker.id, 'HELD_ROLE').map((r) => r.to).filter((id) => labelOfId(id) === 'Organisation');
          for (const group of groups) {
            const key = `${group}|${about.stance}`;
            const set = counts.get(key) ?? new Set();
            set.add(about.from);
            counts.set(key, set);
          }
        }
      }
      return [...counts].map(([key, set]) => {
        const [groupId, stance] = key.split('|');
        return { groupId, stance: stance as StanceBreakdownRow['stance'], count: set.size };
      }).sort((a, b) => a.groupId.localeCompare(b.groupId) || a.stance.localeCompare(b.stance));
    });
  }

  async gradeCounts(filter: { reports?: string[]; frameworks?: string[] }): Promise<GradeCountRow[]> {
    const ratings = filter.reports?.length
      ? [...new Set(filter.reports.flatMap((id) => this.adjacency(this.in, id, 'IN_REPORT').map((r) => r.from)))].map((id) => this.nodes.get(id)!)
      : this.ofLabel('Rating');
    const counts = new Map<string, GradeCountRow>();
    for (const rating of ratings) {
      const reportId = this.adjacency(this.out, rating.id, 'IN_REPORT')[0]?.to ?? null;
      const frameworkId = this.adjacency(this.out, rating.id, 'UNDER_FRAMEWORK')[0]?.to ?? null;
      if (filter.reports?.length && !filter.reports.includes(reportId!)) continue;
      if (filter.frameworks?.length && !filter.frameworks.includes(frameworkId!)) continue;
      const period = (rating.stored.period as string | undefined) ?? null;
      const grade = String(rating.stored.grade);
      const ordinal = (rating.stored.ordinal as number | undefined) ?? null;
      const key = `${reportId}|${frameworkId}|${period}|${grade}|${ordinal}`;
      const row = counts.get(key);
      if (row) row.count++;
      else counts.set(key, { reportId, frameworkId, period, grade, ordinal, count: 1 });
    }
    return [...counts.values()].sort((a, b) =>
      compare(a.reportId ?? '', b.reportId ?? '') || compare(a.frameworkId ?? '', b.frameworkId ?? '') || compare(a.period ?? '', b.period ?? '') ||
      compare(a.ordinal ?? 0, b.ordinal ?? 0) || compare(a.grade, b.grade));
  }

  private incident(id: string): { rel: MRel; other: string }[] {
    const all: { rel: MRel; other: string }[] = [];
    for (const list of this.out.get(id)?.values() ?? []) for (const rel of list) all.push({ rel, other: rel.to });
    for (const list of this.in.get(id)?.values() ?? []) for (const rel of list) all.push({ rel, other: rel.from });
    return all;
  }

  async subgraph(query: SubgraphQuery): Promise<Subgraph> {
    const nodes = new Map<string, NodeRecord>();
    const read = (node: MNode) => (query.properties ? withKeys(node.record, neighbourKeys([node.label], query)) : node.record);
    for (const id of query.seeds) { const n = this.nodes.get(id); if (n) nodes.set(id, read(n)); }
    const relationships = new Map<string, RelationshipRecord>();
    let frontier = [...nodes.keys()];
    let truncated = false;
    for (let depth = 0; depth < query.depth && frontier.length && !truncated; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const { rel, other } of this.incident(id)) {
          if (query.relationshipTypes && !query.relationshipTypes.includes(rel.type)) continue;
          const otherNode = this.nodes.get(other)!;
          if (query.labels && !query.labels.includes(otherNode.label)) continue;
          if (relationships.has(rel.id)) continue;
          if (relationships.size >= query.limit) { truncated = true; break; }
          relationships.set(rel.id, rel.record);
          if (!nodes.has(other)) { nodes.set(other, read(otherNode)); next.push(other); }
        }
        if (truncated) break;
      }
      frontier = next;
    }
    return { nodes: [...nodes.values()], relationships: [...relationships.values()], truncated };
  }

  async shortestPath(from: string, to: string, maxLength: number, relationshipTypes?: RelationshipType[]): Promise<Path | null> {
    if (!this.nodes.has(from) || !this.nodes.has(to)) return null;
    const previous = new Map<string, { node: string; rel: MRel } | null>([[from, null]]);
    let frontier = [from];
    for (let depth = 0; depth < maxLength && frontier.length && !previous.has(to); depth++) {
      const next: string[] = [];
      for (const id of frontier) for (const { rel, other } of this.incident(id)) {
        if (relationshipTypes && !relationshipTypes.includes(rel.type)) continue;
        if (!previous.has(other)) { previous.set(other, { node: id, rel }); next.push(other); }
      }
      frontier = next;
    }
    if (!previous.has(to)) return null;
    const nodes: NodeRecord[] = [];
    const relationships: RelationshipRecord[] = [];
    for (let at: string | undefined = to; at !== undefined;) {
      nodes.unshift(this.nodes.get(at)!.record);
      const step = previous.get(at);
      if (step) relationships.unshift(step.rel.record);
      at = step?.node;
    }
    return { nodes, relationships };
  }

  async relationshipsOfTypes(query: { types: RelationshipType[]; labels?: Label[]; limit: number }): Promise<{ relationships: RelationshipRecord[]; truncated: boolean }> {
    const rows = [...this.rels.values()]
      .filter((r) => query.types.includes(r.type))
      .filter((r) => !query.labels?.length || (query.labels.includes(this.nodes.get(r.from)!.label) && query.labels.includes(this.nodes.get(r.to)!.label)))
      .sort((a, b) => compare(a.id, b.id));
    return { relationships: rows.slice(0, query.limit).map((r) => r.record), truncated: rows.length > query.limit };
  }
}
