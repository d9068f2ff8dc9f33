/**
 * Reads that start together go to Neo4j as one statement. A GraphQL request
 * reads in waves: its DataLoaders dispatch together (a report's statements'
 * speakers, targets and sources), then the next level when those answer. Each
 * read sent alone costs Neo4j a statement (Bolt messages, a transaction, a
 * plan-cache lookup) and the driver a session: most of a small read's cost.
 * Sent as the parts of one `UNION ALL` statement, a wave costs one.
 *
 *   CALL { <read 0, its $params renamed $w0_…> } WITH collect([col, …]) AS rows RETURN 0 AS part, rows
 *   UNION ALL
 *   CALL { <read 1 …> } …
 *
 * Each part gives one row whatever its read returns (an aggregate without a
 * grouping key), holding the read's rows in their order. Only reads whose
 * columns are known (catalogue statements, from their `returns` header) join
 * a wave. A wave is what is read before the callback that started it returns
 * to the event loop (process.nextTick hops, which run after the DataLoaders'
 * own dispatch): one request's reads, never those of other requests, whose
 * answers arrive in callbacks of their own. That matters: every distinct
 * merged text costs Neo4j a new plan (slow the first time, cheap from the plan
 * cache: docs/measurements.md), and waves mixed across requests would make
 * new texts without end. Parts are sorted by text, so a request's wave always
 * gives the same statement text.
 */
import type { Row } from '../cypher-store.js';
import { replaceParameters } from '../catalogue.js';

export interface Read {
  text: string;
  params: Record<string, unknown>;
  /** The statement's result columns, in order. */
  columns: readonly string[];
}

/** At most this many reads in one statement: bounds its size and the variety of merged texts. */
export const MAX_READS_PER_STATEMENT = 16;

/** How many hops (a microtask, then a nextTick) a wave waits for its last reads: at least, and at most. */
const MIN_HOPS = 2;
const MAX_HOPS = 8;

/** A name as a Cypher identifier. */
export const quoted = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** One statement for many reads, with each read's parameters renamed apart. */
export function mergeReads(reads: readonly Read[]): { text: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const parts = reads.map((read, i) => {
    const prefix = `w${i}_`;
    const text = replaceParameters(read.text, (name) => `$${prefix}${name}`);
    for (const [name, value] of Object.entries(read.params)) params[prefix + name] = value;
    return `CALL {\n${text}\n}\nWITH collect([${read.columns.map(quoted).join(', ')}]) AS rows\nRETURN ${i} AS part, rows`;
  });
  return { text: parts.join('\nUNION ALL\n'), params };
}

/** The merged statement's rows, back as each read's own rows. */
export function splitRows(reads: readonly Read[], merged: readonly Row[]): Row[][] {
  const results: Row[][] = reads.map(() => []);
  for (const { part, rows } of merged as { part: number; rows: unknown[][] }[]) {
    const columns = reads[part].columns;
    results[part] = rows.map((values) => Object.fromEntries(columns.map((column, i) => [column, values[i]])));
  }
  return results;
}

interface Pending extends Read {
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

/**
 * Collects reads until the current turn of the event loop ends, then runs them:
 * one alone as itself, several as one merged statement. If the merged statement
 * fails, each read runs alone, so each gets its own answer or its own error.
 */
export class ReadWaves {
  private pending: Pending[] = [];

  constructor(private readonly runOne: (text: string, params: Record<string, unknown>) => Promise<Row[]>) {}

  read(read: Read): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) this.flushWhenSettled();
      this.pending.push({ ...read, resolve, reject });
    });
  }

  /**
   * Flushes once a hop adds no read (after at least MIN_HOPS). A resolver may start its read some
   * promise steps after the others of its wave (its own awaits, then its DataLoader's dispatch tick).
   * A hop is a microtask, then a nextTick: the nextTick queue runs before microtasks, so a hop of
   * nextTicks alone would pass before those steps. No hop yields to I/O, where other requests' reads start.
   */
  private flushWhenSettled(): void {
    let seen = 0;
    let hops = 0;
    const hop = () => {
      const grew = this.pending.length !== seen;
      seen = this.pending.length;
      if ((grew || hops < MIN_HOPS) && hops++ < MAX_HOPS) queueMicrotask(() => process.nextTick(hop));
      else this.flush();
    };
    process.nextTick(hop);
  }

  private flush(): void {
    const wave = this.pending;
    this.pending = [];
    for (let i = 0; i < wave.length; i += MAX_READS_PER_STATEMENT) void this.runWave(wave.slice(i, i + MAX_READS_PER_STATEMENT));
  }

  private async runWave(wave: Pending[]): Promise<void> {
    if (wave.length > 1) {
      wave.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      const merged = mergeReads(wave);
      let rows: Row[] | undefined;
      try {
        rows = await this.runOne(merged.text, merged.params);
      } catch {
        rows = undefined; // each read alone below: the error belongs to one of them, and the others may succeed
      }
      if (rows) {
        splitRows(wave, rows).forEach((result, i) => wave[i].resolve(result));
        return;
      }
    }
    await Promise.all(wave.map((read) => this.runOne(read.text, read.params).then(read.resolve, read.reject)));
  }
}
