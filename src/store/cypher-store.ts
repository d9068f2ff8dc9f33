/**
 * The GraphStore port implemented once in Cypher, over whichever database
 * runs it. An adapter supplies a CypherRunner (how to run a statement, how
 * to hold a write transaction, values already converted to plain JS) plus
 * what its database does differently: schema setup and full-text search.
 */
import { labelOfId, parseRelationshipId } from '../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { isLabel, isRelationshipType, labelNames, type Label, type RelationshipType } from '../model/schema.js';
import { fromStoredNode, fromStoredRelationship, nodeRecordKeys, toStoredNode, toStoredRelationship } from '../model/storage.js';
import { ValidationError } from '../errors.js';
import { loadCatalogue, render, renderSequence, type CatalogueEntry, type PlaceholderValue, type Placeholder, type QueryName } from './catalogue.js';
import { neighbourKeys } from '../model/allow-list.js';
import { checkNodeIds, endpointLabels, missingEndpointsError, withEndpointLabels } from './write-batch.js';
import { afterKeyset, and, nodeValues, propertyLists, predicate, sortKey, stanceLinkFragments, statementFilter, statementsFrom, TRUE, type StatementAnchor } from './fragments.js';
import type {
  Filter, GradeCountRow, GraphStore, ListPage, ListQuery, Path, RankQuery, RelatedHit, RelatedQuery, SearchHit, SearchQuery, Sort,
  StanceBreakdownRow, StanceCountRow, StatementFilter, StatementQuery, Subgraph, SubgraphQuery, WriteBatch, WriteSummary,
} from './port.js';
import type { Stance } from '../model/schema.js';
import { linkTypesToward } from '../model/stance-links.js';

export type Row = Record<string, unknown>;
export type Run = (query: QueryName, values?: Partial<Record<Placeholder, PlaceholderValue>>, params?: Record<string, unknown>) => Promise<Row[]>;

export interface CypherRunner {
  /** Runs one statement outside a write transaction; `columns` (its result columns, when known) lets a runner merge reads. */
  read(text: string, params: Record<string, unknown>, columns?: readonly string[]): Promise<Row[]>;
  /**
   * Runs `work` in one write transaction: committed when it resolves, rolled back when it throws.
   * `exclusive: false` marks a write that only creates new records (a bulk load's batch): a runner that
   * otherwise makes writes take turns may run it alongside others.
   */
  write<T>(work: (run: (text: string, params: Record<string, unknown>) => Promise<Row[]>) => Promise<T>, options?: { exclusive?: boolean }): Promise<T>;
}

/** Per-parent limits need a number; this stands for "no limit". */
const NO_LIMIT = 2 ** 31 - 1;

/**
 * The filters that find a statements query's candidates through an index, in the order tried, each with the
 * relationships that reach its statements: a target's are its stance links (ABOUT, or ASSERTS and DISPUTES
 * toward a claim: model/stance-links.ts).
 */
const STATEMENT_ANCHORS: readonly (readonly [StatementAnchor, (ids: readonly string[]) => RelatedQuery[]])[] = [
  ['sources', () => [{ type: 'SOURCED_FROM', direction: 'in' }]],
  ['targets', (ids) => [...new Set(ids.flatMap((id) => linkTypesToward(labelOfId(id))))].map((type) => ({ type, direction: 'in' }))],
  ['speakers', () => [{ type: 'SAID', direction: 'out' }]],
];

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A related read as sent: its statement, and the keys its property lists stand for (fragments.ts `propertyLists`). */
export interface RelatedRead {
  text: string;
  params: Record<string, unknown>;
  columns: readonly string[];
  otherKeys: readonly string[];
  relationshipKeys: readonly string[];
}

/** A list of property values as the map its keys name, nulls left out (a key the record lacks). */
export function byKeys(keys: readonly string[], values: unknown): Record<string, unknown> | null {
  if (!Array.isArray(values)) return null;
  const stored: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    if (values[i] !== null && values[i] !== undefined) stored[key] = values[i];
  });
  return stored;
}

/** A node read as a list of values (fragments.ts `nodeValues`), as its record. */
function nodeFromValues(label: Label, values: unknown): NodeRecord | null {
  return toNode(label, byKeys(nodeRecordKeys(label), values));
}

/**
 * The rows of a related read (related-out/-in.cypher) as hits, added to each parent's list in row order.
 * A row names the parent and the neighbour once each: the relationship's endpoints follow from the direction.
 */
export function addHits(hits: Map<string, RelatedHit[]>, query: RelatedQuery, read: Pick<RelatedRead, 'otherKeys' | 'relationshipKeys'>, rows: readonly Row[]): void {
  for (const row of rows) {
    const node = toNode(row.otherLabel, byKeys(read.otherKeys, row.other));
    if (!node) continue;
    const parent = String(row.parentId);
    const [from, to] = query.direction === 'out' ? [parent, node.id] : [node.id, parent];
    const relationship = toRelationship(query.type, from, to, byKeys(read.relationshipKeys, row.relationship));
    if (!relationship) continue;
    const hit = { node, relationship, key: { value: (row.sortValue ?? null) as RelatedHit['key']['value'], id: node.id } };
    const list = hits.get(parent);
    if (list) list.push(hit);
    else hits.set(parent, [hit]);
  }
}

export function toNode(label: unknown, properties: unknown): NodeRecord | null {
  if (typeof label !== 'string' || !isLabel(label) || properties === null || typeof properties !== 'object') return null;
  const stored = properties as Record<string, unknown>;
  return { id: String(stored.id), label, properties: fromStoredNode(label, stored) };
}

export function toRelationship(type: unknown, from: unknown, to: unknown, properties: unknown): RelationshipRecord | null {
  if (typeof type !== 'string' || !isRelationshipType(type) || properties === null || typeof properties !== 'object') return null;
  const stored = properties as Record<string, unknown>;
  return { id: String(stored.id), type, from: String(from), to: String(to), properties: fromStoredRelationship(type, stored) };
}

/**
 * How a related read orders its neighbours: by a property of the relationship (`r`) or, when the other end
 * is one label, of the node (`other`); otherwise by the node's id, which every label has. A missing value
 * sorts as its type's default (`sortKey`). The Cypher path and Grafeo's direct reads both order by this.
 */
export function relatedSort(query: Pick<RelatedQuery, 'type' | 'otherLabel' | 'sort'>) {
  const on = query.sort?.on === 'relationship' ? ('relationship' as const) : ('node' as const);
  const owner = on === 'relationship' ? { type: query.type } : query.otherLabel ? { label: query.otherLabel } : null;
  const sort = owner ? query.sort : { property: 'id', direction: query.sort?.direction ?? 'ASC' };
  const cypher = sortKey(on === 'relationship' ? 'r' : 'other', owner ?? { label: 'Person' }, sort, 'sortDefault');
  return { on, property: sort?.property ?? 'id', fallback: cypher.key.params.sortDefault as string | number | boolean, direction: cypher.direction, cypher };
}

export abstract class CypherStore implements GraphStore {
  abstract readonly kind: 'grafeo' | 'neo4j';
  abstract readonly bulkLoadConcurrency: number;
  /**
   * Whether a write batch goes as one statement of `CALL () { … }` blocks (renderSequence) rather than one
   * statement per label and type: cheaper where each statement has a fixed cost and plans are cheap (Grafeo),
   * dearer where a statement of many parts is planned again and again (Neo4j).
   */
  protected abstract readonly writesAsOneStatement: boolean;
  protected readonly catalogue: Map<QueryName, CatalogueEntry> = loadCatalogue();

  protected constructor(protected readonly runner: CypherRunner) {}

  abstract setup(): Promise<void>;
  abstract search(query: SearchQuery): Promise<SearchHit[]>;
  abstract close(): Promise<void>;

  async ping(): Promise<void> {
    await this.runner.read('RETURN 1 AS ok', {});
  }

  protected entry(name: QueryName): CatalogueEntry {
    const entry = this.catalogue.get(name);
    if (!entry) throw new Error(`no cypher statement "${name}" in the catalogue`);
    return entry;
  }

  /** Renders a catalogue statement and runs it, outside or inside a transaction. */
  protected run(
    name: QueryName,
    values: Partial<Record<Placeholder, PlaceholderValue>>,
    params: Record<string, unknown>,
    execute: (text: string, params: Record<string, unknown>, columns: readonly string[]) => Promise<Row[]> = (t, p, c) => this.runner.read(t, p, c),
  ): Promise<Row[]> {
    const entry = this.entry(name);
    const rendered = render(entry, values);
    return execute(rendered.text, { ...rendered.params, ...params }, entry.returns);
  }

  async write(batch: WriteBatch): Promise<WriteSummary> {
    const nodes = batch.nodes ?? [];
    const relationships = batch.relationships ?? [];
    const noneWritten = (): WriteSummary => ({ nodesWritten: 0, relationshipsWritten: 0, relationshipsDeleted: 0, nodesDeleted: 0 });
    checkNodeIds(nodes);
    const relationshipRows = withEndpointLabels(relationships);
    const deletions = (batch.deleteRelationships ?? []).map((id) => {
      const parsed = parseRelationshipId(id);
      if (!parsed) throw new ValidationError([{ path: ['deleteRelationships', id], message: `"${id}" is not a relationship id` }]);
      return { id, ...parsed, ...endpointLabels(parsed.from, parsed.to)! };
    });

    // New ids (a bulk load) are created, others upserted. The created rows carry no id beside the
    // properties that hold it: every map in a row costs the driver (Grafeo's most of all) per key.
    const create = batch.createOnly === true;
    // Such a batch changes no record that exists, so it need not wait for other writes (bulk loads overlap them).
    const onlyCreates = create && !deletions.length && !batch.deleteNodes?.length;
    // The batch's parts in order (nodes, relationships, then deletions), each checked when it has run.
    const parts: { name: QueryName; values: Partial<Record<Placeholder, PlaceholderValue>>; params: Record<string, unknown>; check: (row: Row, summary: WriteSummary) => void }[] = [];
    for (const [label, group] of groupBy(nodes, (n) => n.label)) {
      const rows = create
        ? group.map((n) => toStoredNode(label, n.id, n.properties))
        : group.map((n) => ({ id: n.id, properties: toStoredNode(label, n.id, n.properties) }));
      parts.push({ name: create ? 'create-nodes' : 'upsert-nodes', values: { label }, params: { rows }, check: (row, summary) => (summary.nodesWritten += Number(row.written ?? 0)) });
    }
    for (const [, group] of groupBy(relationshipRows, (r) => `${r.rel.type}|${r.fromLabel}|${r.toLabel}`)) {
      const { fromLabel, toLabel, rel: first } = group[0];
      const rows = create
        ? group.map(({ rel }) => ({ from: rel.from, to: rel.to, properties: toStoredRelationship(rel.type, rel.id, rel.properties) }))
        : group.map(({ rel }) => ({ id: rel.id, from: rel.from, to: rel.to, properties: toStoredRelationship(rel.type, rel.id, rel.properties) }));
      parts.push({
        name: create ? 'create-relationships' : 'upsert-relationships',
        values: { type: first.type, fromLabel, toLabel },
        params: { rows },
        check: (row, summary) => {
          const written = Number(row.written ?? 0);
          if (written !== rows.length) throw missingEndpointsError(first.type, rows.length - written, rows.length);
          summary.relationshipsWritten += written;
        },
      });
    }
    for (const [, group] of groupBy(deletions, (d) => `${d.type}|${d.fromLabel}|${d.toLabel}`)) {
      const { type, fromLabel, toLabel } = group[0];
      parts.push({ name: 'delete-relationships', values: { type, fromLabel, toLabel }, params: { rows: group.map(({ id, from, to }) => ({ id, from, to })) }, check: (row, summary) => (summary.relationshipsDeleted += Number(row.deleted ?? 0)) });
    }
    for (const [label, ids] of groupBy(batch.deleteNodes ?? [], (id) => labelOfId(id))) {
      if (!label) throw new ValidationError([{ path: ['deleteNodes'], message: `not node ids: ${ids.join(', ')}` }]);
      parts.push({ name: 'delete-nodes', values: { label }, params: { ids }, check: (row, summary) => (summary.nodesDeleted += Number(row.deleted ?? 0)) });
    }
    if (parts.length === 0) return noneWritten();
    return this.runner.write(async (execute) => {
      // Counted afresh on each attempt: a runner may retry the transaction after a conflict.
      const summary = noneWritten();
      if (parts.length === 1 || !this.writesAsOneStatement) {
        for (const { name, values, params, check } of parts) check((await this.run(name, values, params, execute))[0] ?? {}, summary);
        return summary;
      }
      const sequence = renderSequence(parts.map(({ name, values, params }) => ({ entry: this.entry(name), values, params })));
      const [row] = await execute(sequence.text, sequence.params);
      parts.forEach((part, i) => part.check(Object.fromEntries(Object.entries(sequence.columns[i]).map(([column, combined]) => [column, row?.[combined]])), summary));
      return summary;
    }, { exclusive: !onlyCreates });
  }

  async getNodes(ids: readonly string[], properties?: readonly string[]): Promise<(NodeRecord | null)[]> {
    const found = new Map<string, NodeRecord>();
    await Promise.all(
      [...groupBy(ids, (id) => labelOfId(id))].map(async ([label, group]) => {
        if (!label) return;
        const keys = neighbourKeys([label], { properties });
        const rows = await this.run('get-nodes', { label, nodeValues: nodeValues('n', label, keys) }, { ids: [...new Set(group)] });
        for (const row of rows) {
          const node = toNode(label, byKeys(keys, row.values));
          if (node) found.set(node.id, node);
        }
      }),
    );
    return ids.map((id) => found.get(id) ?? null);
  }

  async getRelationships(ids: readonly string[]): Promise<(RelationshipRecord | null)[]> {
    const parsed = ids.map((id) => ({ id, parsed: parseRelationshipId(id) }));
    const found = new Map<string, RelationshipRecord>();
    const valid = parsed.filter((p) => p.parsed !== null) as { id: string; parsed: NonNullable<ReturnType<typeof parseRelationshipId>> }[];
    await Promise.all(
      [...groupBy(valid, (p) => `${p.parsed.type}|${labelOfId(p.parsed.from)}|${labelOfId(p.parsed.to)}`)].map(async ([, group]) => {
        const { type, from, to } = group[0].parsed;
        const rows = await this.run(
          'get-relationships',
          { type, fromLabel: labelOfId(from)!, toLabel: labelOfId(to)! },
          { rows: group.map((p) => ({ id: p.id, from: p.parsed.from, to: p.parsed.to })) },
        );
        const byId = new Map(group.map((p) => [p.id, p.parsed]));
        for (const row of rows) {
          const where = byId.get(String(row.id));
          const rel = where ? toRelationship(type, where.from, where.to, row.properties) : null;
          if (rel) found.set(rel.id, rel);
        }
      }),
    );
    return ids.map((id) => found.get(id) ?? null);
  }

  private relatedWhere(query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>) {
    return and(
      predicate('r', { type: query.type }, query.relationshipFilter, 'rf'),
      query.otherLabel ? predicate('other', { label: query.otherLabel }, query.nodeFilter, 'nf') : filterWithoutLabel(query.nodeFilter),
    );
  }

  async related(parentIds: readonly string[], query: RelatedQuery): Promise<RelatedHit[][]> {
    const hits = new Map<string, RelatedHit[]>();
    await Promise.all(
      [...groupByLabel(parentIds)].map(async ([label, ids]) => {
        const read = this.relatedRead(label, query);
        addHits(hits, query, read, await this.runner.read(read.text, { ...read.params, ids }, read.columns));
      }),
    );
    return parentIds.map((id) => hits.get(id) ?? []);
  }

  /**
   * The statement that reads the neighbours of parents of one label: by id (`$ids`, left for the caller to
   * give), or, inside a statement that has already found them, as nodes (`$parents`; related-tree.ts).
   */
  protected relatedRead(label: Label, query: RelatedQuery, parents: 'ids' | 'nodes' = 'ids'): RelatedRead {
    const sort = relatedSort(query).cypher;
    const where = and(this.relatedWhere(query), afterKeyset(sort.key.text, 'other.id', sort.direction, query.after));
    const lists = propertyLists('other', 'r', query);
    const entry = this.entry(`related-${query.direction}${parents === 'nodes' ? '-from-nodes' : ''}`);
    const rendered = render(entry, {
      label, type: query.type, otherLabel: query.otherLabel ?? '', where, sortKey: sort.key, direction: sort.direction,
      otherProperties: lists.otherProperties, relationshipProperties: lists.relationshipProperties,
    });
    return { text: rendered.text, params: { ...rendered.params, limit: query.limit ?? NO_LIMIT }, columns: entry.returns, otherKeys: lists.otherKeys, relationshipKeys: lists.relationshipKeys };
  }

  async countRelated(parentIds: readonly string[], query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): Promise<number[]> {
    const counts = new Map<string, number>();
    const where = this.relatedWhere(query);
    await Promise.all(
      [...groupByLabel(parentIds)].map(async ([label, ids]) => {
        const rows = await this.run(
          query.direction === 'out' ? 'count-related-out' : 'count-related-in',
          { label, type: query.type, otherLabel: query.otherLabel ?? '', where },
          { ids },
        );
        for (const row of rows) counts.set(String(row.parentId), Number(row.count));
      }),
    );
    return parentIds.map((id) => counts.get(id) ?? 0);
  }

  async list(query: ListQuery): Promise<ListPage> {
    const owner = { label: query.label };
    const sort = sortKey('n', owner, query.sort, 'sortDefault');
    const rows = await this.run(
      'list',
      {
        label: query.label,
        where: predicate('n', owner, query.filter, 'f'),
        sortKey: sort.key,
        after: afterKeyset('sortValue', 'n.id', sort.direction, query.after),
        direction: sort.direction,
        nodeValues: nodeValues('n', query.label),
      },
      { limit: query.limit + 1 },
    );
    return this.toPage(query.label, rows, query.limit);
  }

  private toPage(label: Label, rows: Row[], limit: number): ListPage {
    const page = rows.slice(0, limit);
    const nodes = page.map((row) => nodeFromValues(label, row.values)!);
    return {
      nodes,
      keys: page.map((row, i) => ({ value: (row.sortValue ?? null) as ListPage['keys'][number]['value'], id: nodes[i].id })),
      hasMore: rows.length > limit,
    };
  }

  async findStatements(query: StatementQuery): Promise<ListPage> {
    const stored = query.sort?.property === 'date' ? { ...query.sort, property: 'dateFrom' } : query.sort; // a date sorts by its start
    const sort = sortKey('n', { label: 'Statement' }, stored, 'sortDefault');
    const page = await this.statementsOfOneAnchor(query, { property: stored?.property ?? 'id', direction: sort.direction });
    if (page) return page;
    const { from, anchor } = await this.statementCandidates(query.filter);
    const rows = await this.run(
      'statements',
      {
        from, statementFilter: statementFilter(query.filter, anchor), sortKey: sort.key, after: afterKeyset('sortValue', 'n.id', sort.direction, query.after),
        direction: sort.direction, nodeValues: nodeValues('n', 'Statement'),
      },
      { limit: query.limit + 1 },
    );
    return this.toPage('Statement', rows, query.limit);
  }

  async countStatements(filter: StatementFilter): Promise<number> {
    const { from, anchor } = await this.statementCandidates(filter);
    const [row] = await this.run('count-statements', { from, statementFilter: statementFilter(filter, anchor) }, {});
    return Number(row?.count ?? 0);
  }

  /**
   * A page of the statements of one speaker, target or source, when nothing else filters them: the
   * neighbour read in the page's order is the whole answer, in one statement instead of two (or, on
   * Grafeo, in direct calls). Undefined when the query is not that shape, or a statement came twice.
   */
  private async statementsOfOneAnchor(query: StatementQuery, sort: Sort): Promise<ListPage | undefined> {
    const anchors = STATEMENT_ANCHORS.filter(([anchor]) => (query.filter[anchor]?.length ?? 0) > 0);
    if (anchors.length !== 1 || query.filter[anchors[0][0]]!.length !== 1) return undefined;
    const [anchor, readsOf] = anchors[0];
    const reads = readsOf(query.filter[anchor]!);
    if (reads.length !== 1 || statementFilter(query.filter, anchor) !== TRUE) return undefined;
    const [related] = reads;
    const [hits] = await this.related(query.filter[anchor]!, {
      ...related,
      otherLabel: 'Statement',
      sort: { on: 'node', ...sort },
      after: query.after,
      limit: query.limit + 1,
    });
    if (new Set(hits.map((hit) => hit.node.id)).size !== hits.length) return undefined;
    const page = hits.slice(0, query.limit);
    return { nodes: page.map((hit) => hit.node), keys: page.map((hit) => hit.key), hasMore: hits.length > query.limit };
  }

  /**
   * Where a statements query should start: with a source, target or speaker given, the statements of one
   * of them through the index (the rest of the filter still applies after); with none, every statement.
   */
  private async statementCandidates(filter: StatementFilter): Promise<{ from: ReturnType<typeof statementsFrom>; anchor?: StatementAnchor }> {
    const found = STATEMENT_ANCHORS.find(([anchor]) => (filter[anchor]?.length ?? 0) > 0);
    if (!found) return { from: statementsFrom(null) };
    const [anchor, readsOf] = found;
    const hits = (await Promise.all(readsOf(filter[anchor]!).map((query) => this.related(filter[anchor]!, query)))).flat();
    return { from: statementsFrom([...new Set(hits.flat().filter((h) => h.node.label === 'Statement').map((h) => h.node.id))]), anchor };
  }

  async rank(query: RankQuery): Promise<ListPage> {
    const rows = await this.run(
      query.related.direction === 'out' ? 'rank-out' : 'rank-in',
      {
        label: query.label,
        where: predicate('n', { label: query.label }, query.filter, 'f'),
        type: query.related.type,
        otherLabel: query.related.otherLabel ?? '',
        relatedWhere: this.relatedWhere(query.related),
        after: afterKeyset('sortValue', 'n.id', query.direction, query.after),
        direction: query.direction,
        nodeValues: nodeValues('n', query.label),
      },
      { limit: query.limit + 1 },
    );
    return this.toPage(query.label, rows, query.limit);
  }

  async searchTexts(label: Label, limit: number): Promise<string[]> {
    const rows = await this.run('search-texts', { label }, { limit });
    return rows.map((row) => String(row.text));
  }

  async stanceCounts(targetIds: readonly string[]): Promise<StanceCountRow[][]> {
    const rowsByTarget = new Map<string, StanceCountRow[]>();
    await Promise.all(
      [...groupByLabel(targetIds)].map(async ([label, ids]) => {
        for (const row of await this.run('stance-counts', { label, ...stanceLinkFragments('about') }, { ids })) {
          const list = rowsByTarget.get(String(row.targetId)) ?? [];
          list.push({ stance: row.stance as Stance, count: Number(row.count) });
          rowsByTarget.set(String(row.targetId), list);
        }
      }),
    );
    return targetIds.map((id) => (rowsByTarget.get(id) ?? []).sort((a, b) => a.stance.localeCompare(b.stance)));
  }

  async stanceBreakdown(targetIds: readonly string[], groupBy: 'speaker' | 'organisation'): Promise<StanceBreakdownRow[][]> {
    const rowsByTarget = new Map<string, StanceBreakdownRow[]>();
    await Promise.all(
      [...groupByLabel(targetIds)].map(async ([label, ids]) => {
        const rows = await this.run(groupBy === 'speaker' ? 'stance-by-speaker' : 'stance-by-organisation', { label, ...stanceLinkFragments('about') }, { ids });
        for (const row of rows) {
          const list = rowsByTarget.get(String(row.targetId)) ?? [];
          list.push({ groupId: String(row.groupId), stance: row.stance as Stance, count: Number(row.count) });
          rowsByTarget.set(String(row.targetId), list);
        }
      }),
    );
    const order = (a: StanceBreakdownRow, b: StanceBreakdownRow) => a.groupId.localeCompare(b.groupId) || a.stance.localeCompare(b.stance);
    return targetIds.map((id) => (rowsByTarget.get(id) ?? []).sort(order));
  }

  async gradeCounts(filter: { reports?: string[]; frameworks?: string[] }): Promise<GradeCountRow[]> {
    const rows = await this.run('grade-counts', {}, { reports: filter.reports ?? null, frameworks: filter.frameworks ?? null });
    return rows.map((row) => ({
      reportId: (row.reportId as string | null) ?? null,
      frameworkId: (row.frameworkId as string | null) ?? null,
      period: (row.period as string | null) ?? null,
      grade: String(row.grade),
      ordinal: row.ordinal === null || row.ordinal === undefined ? null : Number(row.ordinal),
      count: Number(row.count),
    }));
  }

  async count(label: Label, filter?: Filter): Promise<number> {
    const [row] = await this.run('count', { label, where: predicate('n', { label }, filter, 'f') }, {});
    return Number(row?.count ?? 0);
  }

  async countByLabel(): Promise<Record<string, number>> {
    const rows = await this.run('count-by-label', {}, {});
    return Object.fromEntries(rows.map((row) => [String(row.label), Number(row.count)]));
  }

  async countByRelationshipType(): Promise<Record<string, number>> {
    const rows = await this.run('count-by-relationship-type', {}, {});
    return Object.fromEntries(rows.map((row) => [String(row.type), Number(row.count)]));
  }

  /** Breadth-first, one query per depth per label of the frontier: round trips grow with depth, not with size. */
  async subgraph(query: SubgraphQuery): Promise<Subgraph> {
    const seeds = (await this.getNodes(query.seeds, query.properties)).filter((n): n is NodeRecord => n !== null);
    const nodes = new Map(seeds.map((n) => [n.id, n]));
    const reached = new Set(nodes.keys());
    const relationships = new Map<string, RelationshipRecord>();
    let frontier = seeds.map((n) => n.id);
    let truncated = false;
    for (let depth = 0; depth < query.depth && frontier.length > 0 && !truncated; depth++) {
      const next: string[] = [];
      for (const [label, ids] of groupBy(frontier, (id) => labelOfId(id)!)) {
        const remaining = query.limit - relationships.size;
        const rows = await this.expand(label, ids, query.relationshipTypes ?? null, query.labels ?? null, remaining + 1);
        for (const row of rows) {
          const rel = toRelationship(row.type, row.from, row.to, row.relationship);
          const otherId = String(row.otherId);
          if (!rel || relationships.has(rel.id)) continue;
          if (relationships.size >= query.limit) {
            truncated = true;
            break;
          }
          relationships.set(rel.id, rel);
          if (!reached.has(otherId)) {
            reached.add(otherId);
            next.push(otherId);
          }
        }
        // A relationship between two nodes of the frontier comes back once from each end, so the rows can
        // reach the limit before the relationships do: then more may exist than were read.
        if (rows.length > remaining) truncated = true;
        if (truncated) break;
      }
      // Each node reached in this step, read once.
      for (const node of await this.getNodes(next, query.properties)) if (node) nodes.set(node.id, node);
      frontier = next;
    }
    return { nodes: [...nodes.values()], relationships: [...relationships.values()], truncated };
  }

  /** One breadth-first step of a subgraph: expand.cypher's rows (type, relationship, from, to, otherId), at most `limit`, in no set order. */
  protected expand(label: Label, ids: string[], types: RelationshipType[] | null, labels: Label[] | null, limit: number): Promise<Row[]> {
    return this.run('expand', { label }, { ids, types, labels, limit });
  }

  async shortestPath(from: string, to: string, maxLength: number, relationshipTypes?: RelationshipType[]): Promise<Path | null> {
    const fromLabel = labelOfId(from);
    const toLabel = labelOfId(to);
    if (!fromLabel || !toLabel) return null;
    if (from === to) {
      const [node] = await this.getNodes([from]);
      return node ? { nodes: [node], relationships: [] } : null;
    }
    const rows = await this.run('shortest-path', { fromLabel, toLabel, maxLength }, { from, to, types: relationshipTypes ?? null });
    const row = rows[0];
    if (!row) return null;
    const nodes = (row.nodes as { label: unknown; properties: unknown }[]).map((n) => toNode(n.label, n.properties)!);
    const relationships = (row.relationships as { type: unknown; properties: unknown; from: unknown; to: unknown }[]).map(
      (r) => toRelationship(r.type, r.from, r.to, r.properties)!,
    );
    return { nodes, relationships };
  }

  async relationshipsOfTypes(query: { types: RelationshipType[]; labels?: Label[]; limit: number }): Promise<{ relationships: RelationshipRecord[]; truncated: boolean }> {
    const rows = await this.run('relationships-of-types', {}, { types: [...query.types], labels: query.labels?.length ? [...query.labels] : null, limit: query.limit + 1 });
    const relationships = rows.slice(0, query.limit).map((row) => toRelationship(row.type, row.from, row.to, row.relationship)).filter((r): r is RelationshipRecord => r !== null);
    return { relationships, truncated: rows.length > query.limit };
  }
}

/** Node ids grouped by the label their id names; ids that name none are left out. */
export function groupByLabel(ids: readonly string[]): Map<Label, string[]> {
  const groups = new Map<Label, string[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    if (!label) continue;
    const group = groups.get(label);
    if (group) group.push(id);
    else groups.set(label, [id]);
  }
  return groups;
}

/** The parameters of statements.cypher: every filter present, null for "any". */
/** A node filter without a label can only name `id`: other properties differ by label. */
function filterWithoutLabel(filter: Filter | undefined) {
  if (!filter || Object.keys(filter).length === 0) return predicate('other', { label: 'Person' }, undefined, 'nf');
  const unknown = Object.keys(filter).filter((key) => key !== 'id');
  if (unknown.length) {
    throw new ValidationError([{ path: ['nodeFilter'], message: `filtering neighbours by ${unknown.join(', ')} needs otherLabel` }]);
  }
  return predicate('other', { label: labelNames[0] }, filter, 'nf');
}
