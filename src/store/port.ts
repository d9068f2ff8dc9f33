/**
 * The GraphStore port: everything the application asks of a graph database,
 * in domain terms. Reads are batch-shaped (results in the order and length
 * of the ids, null for an unknown id), so each DataLoader is a one-liner over
 * a method here. Nothing above this port sees Cypher or a driver.
 */
import type { Label, RelationshipType, Stance } from '../model/schema.js';
import type { NodeRecord, PropertyValue, RelationshipRecord } from '../model/records.js';

/** A condition on one property. Property names are checked against the model before any query is built. */
export type Condition =
  | { eq: PropertyValue }
  | { in: PropertyValue[] }
  | { contains: string } // case-insensitive substring
  | { startsWith: string }
  | { gte: string | number }
  | { lte: string | number }
  | { exists: boolean }
  | { has: string | number }; // a list property holds this value

export type Filter = Record<string, Condition>;

export interface Sort {
  property: string;
  direction: 'ASC' | 'DESC';
}

/** A keyset cursor: the sort value and id of the last row seen. */
export interface Keyset {
  value: PropertyValue | null;
  id: string;
}

export interface ListQuery {
  label: Label;
  filter?: Filter;
  /** Default: by id. Ties are always broken by id, so the order is total. */
  sort?: Sort;
  after?: Keyset;
  limit: number;
}

export interface ListPage {
  nodes: NodeRecord[];
  /** The keyset of each node, for cursors. */
  keys: Keyset[];
  hasMore: boolean;
}

export interface RelatedQuery {
  type: RelationshipType;
  /** 'out': (parent)-[type]->(other); 'in': (parent)<-[type]-(other). */
  direction: 'out' | 'in';
  /** Only neighbours with this label. */
  otherLabel?: Label;
  relationshipFilter?: Filter;
  nodeFilter?: Filter;
  /** Order neighbours by a property of the node or of the relationship; ties by node id. */
  sort?: Sort & { on: 'node' | 'relationship' };
  /** Per parent: only neighbours after this keyset in the sort order. */
  after?: Keyset;
  /** Per parent. */
  limit?: number;
  /**
   * Leave out the neighbours' large properties (a source's text, declared `large` in the model) when the
   * other end can only be one label: such nodes come back without them, so they are not whole records.
   */
  omitLarge?: boolean;
  /**
   * Read only these of the neighbours' properties (the id always; `omitLarge` then does nothing): what the
   * request's selections ask of the neighbours' labels (graphql/projection.ts). Such nodes are partial
   * records. Only the model's keys are read: a name that is not one is ignored.
   */
  properties?: readonly string[];
}

export interface RelatedHit {
  relationship: RelationshipRecord;
  node: NodeRecord;
  /** Where this hit stands in the sort order, for cursors. */
  key: Keyset;
}

/**
 * A related read planned ahead: for each node of `label` that the read above it finds, its neighbours by
 * `query`, and for those, the reads in `next`. The API plans them from a request's selection (look-ahead),
 * so a store that can may read a whole tree of neighbours in one round trip.
 */
export interface PlannedRead {
  label: Label;
  query: RelatedQuery;
  next: PlannedRead[];
}

/** What a planned read found: the hits of every node of its label that the read above found (none: []). */
export interface PlannedHits {
  read: PlannedRead;
  hitsByParent: Map<string, RelatedHit[]>;
  next: PlannedHits[];
}

export interface SearchQuery {
  /** Normalised words (model/search-text.ts); a node matches when it has any of them. */
  words: string[];
  labels: Label[];
  limit: number;
  /**
   * Read only these of the hits' properties (the id always), as `RelatedQuery.properties`; without them,
   * every property. Large properties (a source's text) are never read: hits are partial records.
   */
  properties?: readonly string[];
}

export interface SearchHit {
  node: NodeRecord;
  score: number;
}

export interface SubgraphQuery {
  seeds: string[];
  depth: number;
  relationshipTypes?: RelationshipType[];
  labels?: Label[];
  /** At most this many relationships; `truncated` says when more were there. */
  limit: number;
  /** Read only these of the nodes' properties (the id always), as `getNodes`; without them, whole nodes. */
  properties?: readonly string[];
}

export interface Subgraph {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

export interface Path {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

/** Statements filtered across their relationships; every field narrows (AND), null or absent means any. */
export interface StatementFilter {
  /** Said by one of these actors. */
  speakers?: string[];
  /** Counting for one of these organisations (SPOKE_FOR): said by it, by a part of it, or by someone in a role at either while it was held. */
  organisations?: string[];
  /** About one of these nodes (with one of `stances`, when given). */
  targets?: string[];
  stances?: Stance[];
  kinds?: ('quote' | 'paraphrase')[];
  /** The statement's date interval overlaps [dateFrom, dateTo] (day strings). */
  dateFrom?: string;
  dateTo?: string;
  sources?: string[];
  /** Case-insensitive substring of the words. */
  text?: string;
}

export interface StatementQuery {
  filter: StatementFilter;
  /** `date` (by the start of its interval) or `id`. */
  sort?: Sort;
  after?: Keyset;
  limit: number;
}

/** Nodes of a label ranked by how many neighbours they have over one relationship type. */
export interface RankQuery {
  label: Label;
  filter?: Filter;
  related: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>;
  direction: 'ASC' | 'DESC';
  after?: Keyset;
  limit: number;
}

export interface StanceCountRow {
  stance: Stance;
  count: number;
}

export interface StanceBreakdownRow {
  /** The speaker, or the organisation the speaker spoke for. */
  groupId: string;
  stance: Stance;
  count: number;
}

export interface GradeCountRow {
  reportId: string | null;
  frameworkId: string | null;
  period: string | null;
  grade: string;
  ordinal: number | null;
  count: number;
}

export interface WriteBatch {
  nodes?: NodeRecord[];
  relationships?: RelationshipRecord[];
  deleteRelationships?: string[];
  /** Detach-deletes: the node's relationships go with it. */
  deleteNodes?: string[];
  /**
   * The writer knows that none of the batch's node and relationship ids is in the store (a bulk load
   * into an empty store): they are created without looking for an existing one, which is what makes an
   * upsert slow (MERGE on a relationship searches its endpoints' relationships). The graph written is
   * the one the upsert would write; endpoints must still exist. A node id present after all fails the
   * batch (its uniqueness constraint); nothing catches a relationship id present after all, so only a
   * writer that checked may set this. Never set by API mutations.
   */
  createOnly?: boolean;
}

export interface WriteSummary {
  nodesWritten: number;
  relationshipsWritten: number;
  relationshipsDeleted: number;
  nodesDeleted: number;
}

export interface GraphStore {
  readonly kind: 'grafeo' | 'neo4j';
  /**
   * How many `createOnly` batches a bulk load may have in flight at once within one phase (nodes, then
   * relationships): such batches create distinct records, so none waits for another. 1: one at a time.
   */
  readonly bulkLoadConcurrency: number;
  /** Creates constraints and indexes the model implies; safe to repeat. */
  setup(): Promise<void>;
  /** Throws unless the store answers a query. */
  ping(): Promise<void>;
  /**
   * Writes one batch in one transaction: upserts (keyed by id, properties
   * replaced), then deletions. All or nothing: a relationship whose endpoint
   * is missing fails the whole batch. The same batch twice changes nothing.
   */
  write(batch: WriteBatch): Promise<WriteSummary>;
  /**
   * Nodes by id (null for one that is missing). With `properties`, only those of them (the id always), as
   * `RelatedQuery.properties`: the records are then partial.
   */
  getNodes(ids: readonly string[], properties?: readonly string[]): Promise<(NodeRecord | null)[]>;
  getRelationships(ids: readonly string[]): Promise<(RelationshipRecord | null)[]>;
  /** For each parent id, its neighbours over one relationship type. */
  related(parentIds: readonly string[], query: RelatedQuery): Promise<RelatedHit[][]>;
  /**
   * Optional: `related`, and the planned reads of the nodes it finds (and of theirs), in one round trip.
   * Each planned read's hits are what `related` would give for those parents. Without it, the API reads
   * level by level.
   */
  relatedWithNext?(parentIds: readonly string[], query: RelatedQuery, next: readonly PlannedRead[]): Promise<{ hits: RelatedHit[][]; next: PlannedHits[] }>;
  /** For each parent id, how many neighbours `related` would give without a limit. */
  countRelated(parentIds: readonly string[], query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): Promise<number[]>;
  list(query: ListQuery): Promise<ListPage>;
  count(label: Label, filter?: Filter): Promise<number>;
  countByLabel(): Promise<Record<string, number>>;
  countByRelationshipType(): Promise<Record<string, number>>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Starts now, in the background, whatever first requests would otherwise wait for (Grafeo: its text index, its edge regions); resolves when done, never rejects. */
  warmUp?(): Promise<void>;
  findStatements(query: StatementQuery): Promise<ListPage>;
  countStatements(filter: StatementFilter): Promise<number>;
  rank(query: RankQuery): Promise<ListPage>;
  /** For each target, its statements counted per stance (stances with none left out), in one round trip. */
  stanceCounts(targetIds: readonly string[]): Promise<StanceCountRow[][]>;
  /** For each target, its statements' stances counted per speaker or per the speaker's organisation. */
  stanceBreakdown(targetIds: readonly string[], groupBy: 'speaker' | 'organisation'): Promise<StanceBreakdownRow[][]>;
  /**
   * The indexed words (`searchText`: normalised, space-separated) of up to
   * `limit` nodes of a label, in no set order: what the search vocabulary is
   * built from, without reading whole records. Nodes with none are left out.
   */
  searchTexts(label: Label, limit: number): Promise<string[]>;
  /** Ratings counted per report, framework, period and grade. */
  gradeCounts(filter: { reports?: string[]; frameworks?: string[] }): Promise<GradeCountRow[]>;
  subgraph(query: SubgraphQuery): Promise<Subgraph>;
  shortestPath(from: string, to: string, maxLength: number, relationshipTypes?: RelationshipType[]): Promise<Path | null>;
  close(): Promise<void>;
  /** Relationships of these types anywhere in the graph (between nodes of `labels`, when given), in id order, at most `limit`; endpoints as ids. */
  relationshipsOfTypes(query: { types: RelationshipType[]; labels?: Label[]; limit: number }): Promise<{ relationships: RelationshipRecord[]; truncated: boolean }>;
}
