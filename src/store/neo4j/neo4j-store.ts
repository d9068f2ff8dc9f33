/**
 * Neo4j 5, for production (a server, a cluster or Aura, by URI) and CI.
 * Driver types stop here: integers and temporal values become plain numbers
 * and strings, and driver errors become the project's own by error code.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, Neo4jError } from 'neo4j-driver';
import { indexPlan, isSearchable, SEARCH_TEXT } from '../../model/storage.js';
import { ChorusError, ERROR_CODES, StoreUnavailableError, ValidationError, WriteConflictError } from '../../errors.js';
import { byKeys, CypherStore, groupByLabel, toNode, type CypherRunner, type Row } from '../cypher-store.js';
import { searchHitKeys } from '../../model/allow-list.js';
import { nodeValues } from '../fragments.js';
import type { PlannedHits, PlannedRead, RelatedHit, RelatedQuery, SearchHit, SearchQuery } from '../port.js';
import { compileTree, mergePlannedHits, treeHits } from './related-tree.js';
import { ReadWaves } from './read-waves.js';

export interface Neo4jStoreOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

function isTemporal(value: unknown): boolean {
  return isDate(value as never) || isDateTime(value as never) || isLocalDateTime(value as never) || isTime(value as never) || isLocalTime(value as never) || isDuration(value as never);
}

/** Driver values to plain JS. */
function plain(value: unknown): unknown {
  // Most values are strings and numbers: skip the driver's type checks for them.
  if (value === null || typeof value !== 'object') return value;
  if (isInt(value)) return value.toNumber();
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  const object: Record<string, unknown> = {};
  for (const key of Object.keys(value)) object[key] = plain((value as Record<string, unknown>)[key]);
  return object;
}

/** A result's records as plain rows keyed by column. */
function rows(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    record.keys.forEach((key, i) => {
      row[String(key)] = plain(record.get(i));
    });
    return row;
  });
}

/** Plain JS to driver values: whole numbers go as Neo4j integers (LIMIT needs one; Grafeo keeps them whole too). */
function toDriver(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriver);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriver(v)]));
  }
  return value;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Database.DatabaseNotFound', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Driver errors to the project's own, by code. */
function mapError(error: unknown): unknown {
  if (error instanceof ChorusError || !(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code)) return new StoreUnavailableError(`Neo4j is unavailable (${error.code})`, { cause: error });
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ValidationError([{ path: [], message: 'a write broke a uniqueness constraint' }]);
  }
  if (error.code.startsWith('Neo.TransientError.Transaction')) return new WriteConflictError('the write conflicted with another; try again', { cause: error });
  return new ChorusError(ERROR_CODES.INTERNAL, `Neo4j failed (${error.code})`, { cause: error });
}

/** How long a failed statement is retried, reads and writes alike (the driver's maxTransactionRetryTime): fail fast when Neo4j is down. */
const RETRY_MS = 2_000;
const FIRST_RETRY_DELAY_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a statement with stack capture off. The driver records a stack trace for every result it creates,
 * only to decorate its own errors (which mapError replaces); formatting it, with --enable-source-maps as
 * `npm start` runs, cost more of the server's time than the rest of the driver's work on a statement.
 * The result is created synchronously, so the limit is back before anything else runs.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

class Neo4jRunner implements CypherRunner {
  private readonly waves = new ReadWaves((text, params) => this.readWithRetries(text, params));

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private static async runIn(tx: ManagedTransaction, text: string, params: Record<string, unknown>): Promise<Row[]> {
    return rows(await withoutStackCapture(() => tx.run(text, toDriver(params) as Record<string, unknown>)));
  }

  /**
   * One auto-commit statement: RUN and PULL go in one write and the rows come back in one reply, where a
   * transaction function costs BEGIN, RUN + PULL and COMMIT round trips (an API request sends 6-12 reads).
   * A read is one statement, so a transaction around it would add nothing but those round trips; the READ
   * session still makes Neo4j refuse a write sent here (Neo.ClientError.Statement.AccessMode).
   */
  private async readOnce(text: string, params: Record<string, unknown>): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return rows(await withoutStackCapture(() => session.run(text, toDriver(params) as Record<string, unknown>)));
    } finally {
      await session.close();
    }
  }

  /**
   * The driver retries transaction functions but not auto-commit statements. A read changes nothing, so
   * one that failed on a transient error (a pooled connection Neo4j dropped, a restart, a leader change)
   * is run again, with growing pauses, within the same budget the driver gives writes.
   */
  private async readWithRetries(text: string, params: Record<string, unknown>): Promise<Row[]> {
    const started = Date.now();
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      try {
        return await this.readOnce(text, params);
      } catch (error) {
        const pause = delay * (0.8 + Math.random() * 0.4); // jitter, so concurrent reads do not retry in step
        if (!Neo4jError.isRetryable(error) || Date.now() - started + pause > RETRY_MS) throw mapError(error);
        await sleep(pause);
      }
    }
  }

  /** A read with known columns joins the reads that start with it in one statement (read-waves.ts). */
  read(text: string, params: Record<string, unknown>, columns?: readonly string[]): Promise<Row[]> {
    return columns && columns.length > 0 ? this.waves.read({ text, params, columns }) : this.readWithRetries(text, params);
  }

  async write<T>(work: (run: (text: string, params: Record<string, unknown>) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work((text, params) => Neo4jRunner.runIn(tx, text, params)));
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements cannot run in a transaction function with other work. */
  async schema(text: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(text);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }
}

const fullTextIndexName = (label: string) => `search_${label.toLowerCase()}`;

export class Neo4jStore extends CypherStore {
  readonly kind = 'neo4j' as const;
  /** Two batches of the 30,000-statement load in flight failed with MemoryPoolOutOfMemoryError (the launcher's defaults). */
  readonly bulkLoadConcurrency = 1;
  /**
   * One statement per part. Neo4j is slow to plan a statement of several CALL blocks, and the parts a batch
   * needs vary (labels, types, upserts or deletions; more with changes written together), so new ones keep
   * coming: a short benchmark run met them at every turn. Once planned, one statement wrote faster than the
   * parts, but not by what the plans cost (figures: docs/measurements.md).
   */
  protected readonly writesAsOneStatement = false;

  private constructor(
    private readonly driver: Driver,
    private readonly neo4jRunner: Neo4jRunner,
  ) {
    super(neo4jRunner);
  }

  static open(options: Neo4jStoreOptions): Neo4jStore {
    const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      // Fail fast when the database is down instead of queueing for a minute.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 2_000,
      maxTransactionRetryTime: RETRY_MS,
      disableLosslessIntegers: false,
      // Every result is read whole (rows()): stream it in one PULL, not a round trip per 1,000 records.
      fetchSize: -1,
    });
    return new Neo4jStore(driver, new Neo4jRunner(driver, options.database ?? 'neo4j'));
  }

  async setup(): Promise<void> {
    const plan = indexPlan();
    for (const label of plan.uniqueIds) {
      // In Neo4j the constraint is backed by an index: no separate id index.
      await this.neo4jRunner.schema(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    }
    for (const { label, property } of plan.properties) {
      await this.neo4jRunner.schema(`CREATE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`);
    }
    for (const label of plan.fullText) {
      // searchText is already normalised (model/search-text.ts): split on whitespace only, as Grafeo does.
      await this.neo4jRunner.schema(
        `CREATE FULLTEXT INDEX ${fullTextIndexName(label)} IF NOT EXISTS FOR (n:${label}) ON EACH [n.${SEARCH_TEXT}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
      );
    }
    await this.neo4jRunner.schema('CALL db.awaitIndexes(300)');
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    if (query.words.length === 0) return [];
    // Words are [a-z0-9]+ after normalisation, so none is Lucene syntax.
    const lucene = query.words.join(' OR ');
    const hits: SearchHit[] = [];
    for (const label of query.labels.filter(isSearchable)) {
      const keys = searchHitKeys(label, query);
      const rows = await this.run('search-neo4j', { nodeValues: nodeValues('n', label, keys) }, { index: fullTextIndexName(label), query: lucene, limit: query.limit });
      for (const row of rows) {
        const node = toNode(label, byKeys(keys, row.values));
        if (node) hits.push({ node, score: Number(row.score) });
      }
    }
    return hits.sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id)).slice(0, query.limit);
  }

  /** One statement per label of the parents (related-tree.ts), joining the read wave it starts in. */
  async relatedWithNext(parentIds: readonly string[], query: RelatedQuery, next: readonly PlannedRead[]): Promise<{ hits: RelatedHit[][]; next: PlannedHits[] }> {
    const parts = await Promise.all(
      [...groupByLabel(parentIds)].map(async ([label, ids]) => {
        const compiled = compileTree(label, query, next, (parentLabel, read) => this.relatedRead(parentLabel, read, 'nodes'));
        const [row] = await this.runner.read(compiled.text, { ...compiled.params, r0_ids: ids }, compiled.columns);
        return treeHits(compiled, query, row);
      }),
    );
    const hits = new Map<string, RelatedHit[]>();
    for (const part of parts) for (const [parent, list] of part.hits) hits.set(parent, list);
    const [found, ...others] = parts.map((part) => part.next);
    for (const other of others) mergePlannedHits(found, other);
    return { hits: parentIds.map((id) => hits.get(id) ?? []), next: found ?? [] };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
