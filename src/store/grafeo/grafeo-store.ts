/**
 * The embedded default: Grafeo, in-process. What Grafeo 0.6.0 does that the
 * rest of Chorus must not see, handled here:
 * - a unique constraint creates no index, so setup adds one per label and id;
 * - concurrent writes to one node fail at once (GQLSTATUS 40000) instead of
 *   waiting, so writes go through one queue and a conflict is retried;
 * - after a failed statement a commit saves the rest, so any error rolls back;
 * - open() of a missing path creates an empty database, and a second process
 *   gets "cannot be locked": both are reported as what they are;
 * - the WAL grows until close unless checkpoint triggers are set;
 * - full-text search (`textSearch`) costs time per posting of each query word, whatever k, so the
 *   adapter keeps its own BM25 index in memory (text-index.ts) and Grafeo keeps none;
 * - creating edges with UNWIND … MATCH … CREATE costs twice what `batchCreateEdges` does, so a
 *   bulk load's relationships are created with it, from internal ids that never leave the adapter;
 * - a statement's fixed cost is larger than a small read's work, so small unfiltered reads go through
 *   the binding's direct calls (direct-reads.ts);
 * - after an open, the first read of an edge in each region stalls the calling thread,
 *   so `warmUp` reads one edge of every region in the background (edge-regions.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { BatchEdgeInput, GrafeoDB as GrafeoDatabase, GrafeoError, Transaction } from '@grafeo-db/js';
import type { NodeRecord, RelationshipRecord } from '../../model/records.js';
import { isRelationshipType, labelNames, type Label, type RelationshipType } from '../../model/schema.js';
import { labelOfId } from '../../model/ids.js';
import { indexPlan, isSearchable, SEARCH_TEXT, toStoredRelationship } from '../../model/storage.js';
import { StoreLockedError, StoreUnavailableError, ValidationError, WriteConflictError } from '../../errors.js';
import { CypherStore, type CypherRunner, type Row } from '../cypher-store.js';
import { missingEndpointsError, withEndpointLabels } from '../write-batch.js';
import type { RelatedHit, RelatedQuery, SearchHit, SearchQuery, StanceCountRow, WriteBatch, WriteSummary } from '../port.js';
import { plain } from './values.js';
import { DirectReads, lookUpHandles, searchHitsByHandle } from './direct-reads.js';
import { TextIndex } from './text-index.js';
import { warmEdgeRegions } from './edge-regions.js';
import { searchHitKeys } from '../../model/allow-list.js';

// The package is CommonJS with a native addon: load it the CommonJS way.
const { GrafeoDB } = createRequire(import.meta.url)('@grafeo-db/js') as typeof import('@grafeo-db/js');

const CONFLICT = '40000';
const MAX_CONFLICT_RETRIES = 8;

function rowsOf(result: { toArray(): Record<string, unknown>[] }): Row[] {
  const rows = result.toArray();
  for (const row of rows) plain(row);
  return rows as Row[];
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

class GrafeoRunner implements CypherRunner {
  /** The tail of the write queue: each write starts when the one before it has settled. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Writes that only create records, running beside the queue (settled: never reject). */
  private readonly alongside = new Set<Promise<unknown>>();
  /** Grafeo 0.6.0 still answers reads after close(); a closed store must not look alive. */
  closed = false;

  constructor(private readonly db: GrafeoDatabase) {}

  private checkOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the Grafeo store is closed');
  }

  async read(text: string, params: Record<string, unknown>): Promise<Row[]> {
    this.checkOpen();
    return rowsOf(await this.db.executeCypher(text, params));
  }

  write<T>(work: (run: (text: string, params: Record<string, unknown>) => Promise<Row[]>) => Promise<T>, options: { exclusive?: boolean } = {}): Promise<T> {
    return this.scheduled(options.exclusive ?? true, async () => {
      const tx: Transaction = this.db.beginTransaction();
      try {
        const result = await work(async (text, params) => rowsOf(await tx.executeCypher(text, params)));
        // No compact() after commits: Grafeo 0.6.0 drops old versions by itself (compact() after 500 of
        // the soak's writes collected none), and compact() is a checkpoint that blocks the event loop
        // even on a few thousand nodes (docs/grafeo.md; docs/measurements.md).
        tx.commit();
        return result;
      } catch (error) {
        tx.rollback();
        throw error;
      }
    });
  }

  /**
   * Runs `work` against the database itself, scheduled and retried on conflicts like a transaction:
   * for Grafeo's direct calls, each of which is its own transaction (all or nothing).
   */
  direct<T>(work: (db: GrafeoDatabase) => Promise<T>, options: { exclusive?: boolean } = {}): Promise<T> {
    return this.scheduled(options.exclusive ?? true, () => work(this.db));
  }

  /** Settles once every write started so far has. */
  drain(): Promise<unknown> {
    return Promise.all([this.tail, ...this.alongside]);
  }

  /**
   * Exclusive writes take turns in one queue: Grafeo fails a write to a node another write holds instead
   * of waiting. A write that only creates records touches no node another holds (edges created at once
   * on one node do not conflict: measured), so it starts at once; bulk loads keep a few in flight to
   * use the second core (docs/grafeo.md, quirk 12).
   */
  private scheduled<T>(exclusive: boolean, attempt: () => Promise<T>): Promise<T> {
    this.checkOpen();
    if (exclusive) {
      const next = this.tail.then(() => this.withRetry(attempt));
      this.tail = next.catch(() => undefined);
      return next;
    }
    const running = this.withRetry(attempt);
    const settled = running.catch(() => undefined);
    this.alongside.add(settled);
    void settled.then(() => this.alongside.delete(settled));
    return running;
  }

  private async withRetry<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if ((error as GrafeoError).gqlStatus !== CONFLICT) throw error;
        if (tries >= MAX_CONFLICT_RETRIES) throw new WriteConflictError('the write kept conflicting with other writes; try again', { cause: error });
        await sleep(5 * 2 ** tries);
      }
    }
  }
}

export interface GrafeoStoreOptions {
  /** The database file; Grafeo keeps its write-ahead log beside it in `<path>.wal/`. Omit for an in-memory store. */
  path?: string;
}

export class GrafeoStore extends CypherStore {
  readonly kind = 'grafeo' as const;
  /** Create-only batches in flight during a bulk load (docs/grafeo.md, quirk 12): 3 loaded 100k statements at 37-55k relationships/s, 1 at 27-28k. */
  readonly bulkLoadConcurrency = 3;
  /** A statement has a fixed cost before it does anything (docs/grafeo.md, quirk 18): a write's parts go as one (docs/measurements.md). */
  protected readonly writesAsOneStatement = true;

  private constructor(
    private readonly db: GrafeoDatabase,
    private readonly grafeoRunner: GrafeoRunner,
    readonly path: string | null,
    /** True when this open created the database file. */
    readonly created: boolean,
  ) {
    super(grafeoRunner);
    this.direct = new DirectReads(db);
    this.textIndex = new TextIndex(db);
  }

  /** Full-text search, in memory, kept in step by `write` (text-index.ts). */
  private readonly textIndex: TextIndex;

  /** Small reads through Grafeo's direct calls instead of Cypher (direct-reads.ts); null: always Cypher. */
  private direct: DirectReads | null;

  /** The warm-up under way or done (`warmUp`): started once per store. */
  private warming: Promise<void> | null = null;

  /** Every read through Cypher, as Neo4j runs it: what the direct reads are checked against. */
  withoutDirectReads(): this {
    this.direct = null;
    return this;
  }

  override async getNodes(ids: readonly string[], properties?: readonly string[]): Promise<(NodeRecord | null)[]> {
    this.checkOpen();
    return (await this.direct?.getNodes(ids, properties)) ?? super.getNodes(ids, properties);
  }

  override async related(parentIds: readonly string[], query: RelatedQuery): Promise<RelatedHit[][]> {
    this.checkOpen();
    return (await this.direct?.related(parentIds, query)) ?? super.related(parentIds, query);
  }

  override async getRelationships(ids: readonly string[]): Promise<(RelationshipRecord | null)[]> {
    this.checkOpen();
    return (await this.direct?.getRelationships(ids)) ?? super.getRelationships(ids);
  }

  override async countRelated(parentIds: readonly string[], query: Omit<RelatedQuery, 'sort' | 'limit' | 'after'>): Promise<number[]> {
    this.checkOpen();
    return (await this.direct?.countRelated(parentIds, query)) ?? super.countRelated(parentIds, query);
  }

  override async stanceCounts(targetIds: readonly string[]): Promise<StanceCountRow[][]> {
    this.checkOpen();
    return (await this.direct?.stanceCounts(targetIds)) ?? super.stanceCounts(targetIds);
  }

  protected override async expand(label: Label, ids: string[], types: RelationshipType[] | null, labels: Label[] | null, limit: number): Promise<Row[]> {
    this.checkOpen();
    return (await this.direct?.expand(ids, types, labels, limit)) ?? super.expand(label, ids, types, labels, limit);
  }

  private checkOpen(): void {
    if (this.grafeoRunner.closed) throw new StoreUnavailableError('the Grafeo store is closed');
  }

  static open(options: GrafeoStoreOptions = {}): GrafeoStore {
    if (!options.path) {
      const db = GrafeoDB.create();
      return new GrafeoStore(db, new GrafeoRunner(db), null, true);
    }
    const path = resolve(options.path);
    const exists = existsSync(path);
    let db: GrafeoDatabase;
    try {
      if (exists) db = GrafeoDB.open(path);
      else {
        mkdirSync(dirname(path), { recursive: true });
        db = GrafeoDB.create(path);
      }
    } catch (error) {
      // Grafeo gives a lock failure no GQLSTATUS: its message is all there is to go on.
      if (error instanceof Error && /cannot be locked/.test(error.message)) throw new StoreLockedError(path, { cause: error });
      throw new StoreUnavailableError(`cannot open the Grafeo store at ${path}: ${(error as Error).message}`, { cause: error });
    }
    // Checkpoint the WAL into the main file as it grows, not only at close.
    db.setCheckpointTriggers({ intervalMs: 60_000, walBytes: 64 * 1024 * 1024 });
    return new GrafeoStore(db, new GrafeoRunner(db), path, !exists);
  }

  async setup(): Promise<void> {
    const plan = indexPlan();
    for (const label of plan.uniqueIds) {
      await this.db.executeCypher(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
      // The constraint above makes no index in Grafeo 0.6.0: without this, MERGE on id scans every node.
      await this.db.executeCypher(`CREATE INDEX ${label.toLowerCase()}_id_index IF NOT EXISTS FOR (n:${label}) ON (n.id)`);
    }
    for (const { label, property } of plan.properties) {
      await this.db.executeCypher(`CREATE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`);
    }
    // Full-text search is the adapter's own (text-index.ts): a text index of Grafeo's, from a database an
    // earlier version of Chorus made, would only cost every write its upkeep.
    for (const label of plan.fullText) await this.db.dropTextIndex(label, SEARCH_TEXT);
  }

  /**
   * Starts reading, in the background, what first requests would otherwise wait for: the text index of every
   * searchable label, and Grafeo's edge regions (edge-regions.ts). Once per store; resolves when both are read.
   */
  warmUp(): Promise<void> {
    this.warming ??= Promise.all([
      this.textIndex.warm(labelNames.filter(isSearchable)),
      warmEdgeRegions(this.db, () => this.grafeoRunner.closed),
    ]).then(
      () => undefined,
      () => undefined, // a warm-up that fails leaves the first reads to pay, as without one
    );
    return this.warming;
  }

  /**
   * A batch of new relationships alone (a bulk load's) is created through Grafeo's `batchCreateEdges`,
   * one call that is all or nothing, from its endpoints' internal ids: Cypher's `UNWIND … MATCH … CREATE`
   * created half as many per CPU-second (docs/grafeo.md, quirk 10). Anything else is Cypher, in one transaction.
   */
  override async write(batch: WriteBatch): Promise<WriteSummary> {
    // A deleted node's handle, found while it still has an id, is how the text index learns it is gone: looked
    // up even for labels the index has not read yet, since a read that starts before this write commits holds it.
    const deleted = await lookUpHandles(this.db, (batch.deleteNodes ?? []).flatMap((id) => {
      const label = labelOfId(id);
      return label && isSearchable(label) ? [[label, id] as const] : [];
    }));
    try {
      return await this.writeBatch(batch);
    } finally {
      // Also after a failed write: a node read again that did not change is indexed as it was.
      this.textIndex.noteWrite(
        (batch.nodes ?? []).filter((node) => isSearchable(node.label)).map((node) => [node.label, node.id] as const),
        [...deleted].map(([id, handle]) => [labelOfId(id)!, handle] as const),
      );
    }
  }

  private async writeBatch(batch: WriteBatch): Promise<WriteSummary> {
    const relationships = batch.relationships ?? [];
    const alone = !batch.nodes?.length && !batch.deleteNodes?.length && !batch.deleteRelationships?.length;
    if (batch.deleteNodes?.length) this.direct?.forget(batch.deleteNodes);
    // What the reads remember stays true only if they hear of every write (read-memory.ts). A bulk load's
    // batches are told as unbounded: naming each of thousands of records would cost the load more than it saves.
    const bulk = batch.createOnly === true;
    const done = this.direct?.writing({
      nodes: bulk ? [] : (batch.nodes ?? []).map((n) => n.id),
      relationships: bulk ? [] : relationships.map((r) => r.id),
      deletedRelationships: batch.deleteRelationships ?? [],
      unbounded: Boolean(batch.deleteNodes?.length) || (bulk && relationships.length > 0),
    });
    try {
      return bulk && alone && relationships.length > 0 ? await this.createRelationships(relationships) : await super.write(batch);
    } finally {
      done?.();
    }
  }

  private async createRelationships(relationships: RelationshipRecord[]): Promise<WriteSummary> {
    const rows = withEndpointLabels(relationships);
    const written = await this.grafeoRunner.direct(async (db) => {
      const handles = await lookUpHandles(db, rows.flatMap(({ rel, fromLabel, toLabel }) => [[fromLabel, rel.from], [toLabel, rel.to]] as [Label, string][]));
      const edges: BatchEdgeInput[] = [];
      let missing: RelationshipRecord | null = null;
      for (const { rel } of rows) {
        // The type becomes the edge's as it is: only the model's (the Cypher path's placeholder checks the same).
        if (!isRelationshipType(rel.type)) throw new ValidationError([{ path: ['relationships', rel.id], message: `unknown relationship type "${String(rel.type)}"` }]);
        const src = handles.get(rel.from);
        const dst = handles.get(rel.to);
        if (src === undefined || dst === undefined) missing ??= rel;
        else edges.push({ src, dst, type: rel.type, properties: toStoredRelationship(rel.type, rel.id, rel.properties) });
      }
      if (missing) {
        const type = missing.type;
        const ofType = rows.filter(({ rel }) => rel.type === type);
        throw missingEndpointsError(type, ofType.filter(({ rel }) => !handles.has(rel.from) || !handles.has(rel.to)).length, ofType.length);
      }
      return (await db.batchCreateEdges(edges)).length;
    }, { exclusive: false });
    return { nodesWritten: 0, relationshipsWritten: written, relationshipsDeleted: 0, nodesDeleted: 0 };
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.checkOpen();
    if (query.words.length === 0) return [];
    const hits: SearchHit[] = [];
    for (const label of query.labels.filter(isSearchable)) {
      const found = await this.textIndex.search(label, query.words, query.limit);
      const records = searchHitsByHandle(this.db, label, found.map(([handle]) => handle), searchHitKeys(label, query));
      found.forEach(([, score], i) => {
        const record = records[i];
        if (record) hits.push({ node: record, score });
      });
    }
    return hits.sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id)).slice(0, query.limit);
  }

  async close(): Promise<void> {
    if (this.grafeoRunner.closed) return;
    await this.grafeoRunner.drain();
    this.grafeoRunner.closed = true;
    this.direct?.close();
    this.db.close();
  }
}
