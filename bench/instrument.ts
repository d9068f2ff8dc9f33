/**
 * Store wrappers for the benchmark, none of which change src/:
 * - metered: counts port calls (what the DataLoaders batch) and, on the Cypher stores, database queries;
 * - unbatched: every batched read split into one call per id, what the API would do without DataLoaders;
 * - recording: the port calls one operation makes, with the wave each started in, to replay as the floor.
 */
import type { GraphStore } from '../src/store/port.js';

export interface Meter {
  portCalls: number;
  dbQueries: number;
}

export function newMeter(): Meter {
  return { portCalls: 0, dbQueries: 0 };
}

/** A read Grafeo answers through its binding's direct calls (src/store/grafeo/direct-reads.ts) instead of a statement. */
const DIRECT_READS = ['getNodes', 'related', 'countRelated', 'expand'];

/**
 * Counts the reads a store's engine answers, by patching this instance only: the statements a Cypher store
 * sends (its runner's read and write), and on Grafeo each port call answered by direct calls instead (one
 * trip into the engine, as a statement is; undefined means it fell back to Cypher, counted there).
 */
export function meterDatabase(store: GraphStore, meter: Meter): void {
  const direct = (store as unknown as { direct?: Record<string, (...args: unknown[]) => Promise<unknown>> | null }).direct;
  for (const name of direct ? DIRECT_READS : []) {
    const read = direct![name];
    direct![name] = async (...args: unknown[]) => {
      const answer = await read.apply(direct, args);
      if (answer !== undefined) meter.dbQueries++;
      return answer;
    };
  }
  const runner = (store as unknown as { runner?: Record<string, unknown> }).runner;
  if (!runner) return;
  // Statements sent, not reads asked for: Neo4j's runner sends reads that start together as one statement
  // (src/store/neo4j/read-waves.ts) through readWithRetries, so that is where they are counted.
  const send = typeof runner.readWithRetries === 'function' ? 'readWithRetries' : 'read';
  const read = runner[send] as (...args: unknown[]) => Promise<unknown>;
  runner[send] = (...args: unknown[]) => {
    meter.dbQueries++;
    return read.apply(runner, args);
  };
  const write = runner.write as (work: (run: (...a: unknown[]) => Promise<unknown>) => Promise<unknown>) => Promise<unknown>;
  runner.write = (work: (run: (...a: unknown[]) => Promise<unknown>) => Promise<unknown>) =>
    write.call(runner, (run: (...a: unknown[]) => Promise<unknown>) =>
      work((...a: unknown[]) => {
        meter.dbQueries++;
        return run(...a);
      }),
    );
}

const NOT_CALLS = new Set(['kind', 'then', 'constructor']);

export function metered(store: GraphStore, meter: Meter): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || NOT_CALLS.has(prop)) return value;
      return (...args: unknown[]) => {
        meter.portCalls++;
        return value.apply(target, args);
      };
    },
  });
}

const BATCHED = new Set(['getNodes', 'getRelationships', 'related', 'countRelated', 'stanceCounts', 'stanceBreakdown']);

/** One call per id for every batched read, as if each DataLoader `load` went to the store by itself. */
export function unbatched(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      // Reading planned levels with their parents is batching too: without DataLoaders there is none.
      if (prop === 'relatedWithNext') return undefined;
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      if (BATCHED.has(prop)) {
        return async (ids: readonly string[], ...rest: unknown[]) => {
          const parts = await Promise.all(ids.map((id) => value.call(target, [id], ...rest) as Promise<unknown[]>));
          return parts.map((part) => part[0]);
        };
      }
      if (prop === 'gradeCounts') {
        return async (filter: { reports?: string[]; frameworks?: string[] }) => {
          if (!filter.reports || filter.reports.length < 2) return value.call(target, filter);
          const parts = await Promise.all(filter.reports.map((id) => value.call(target, { ...filter, reports: [id] }) as Promise<unknown[]>));
          return parts.flat();
        };
      }
      return value.bind(target);
    },
  });
}

export interface RecordedCall {
  method: string;
  args: unknown[];
  /** How many calls had finished when this one started: calls of one wave ran concurrently. */
  wave: number;
}

export interface Recorder {
  store: GraphStore;
  start(): void;
  stop(): RecordedCall[];
}

export function recording(store: GraphStore): Recorder {
  let calls: RecordedCall[] | null = null;
  let finished = 0;
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || NOT_CALLS.has(prop)) return value;
      return (...args: unknown[]) => {
        if (!calls || prop === 'close') return value.apply(target, args);
        calls.push({ method: prop, args: structuredClone(args), wave: finished });
        return (value.apply(target, args) as Promise<unknown>).finally(() => finished++);
      };
    },
  });
  return {
    store: proxy,
    start() {
      calls = [];
      finished = 0;
    },
    stop() {
      const recorded = calls ?? [];
      calls = null;
      return recorded;
    },
  };
}

/** Replays recorded calls against a store: each wave's calls together, the waves in order. Resolves to the elapsed ms. */
export async function replay(store: GraphStore, calls: RecordedCall[]): Promise<number> {
  const waves = new Map<number, RecordedCall[]>();
  for (const call of calls) waves.set(call.wave, [...(waves.get(call.wave) ?? []), call]);
  const started = performance.now();
  for (const wave of [...waves.keys()].sort((a, b) => a - b)) {
    await Promise.all(waves.get(wave)!.map((call) => (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[call.method](...call.args)));
  }
  return performance.now() - started;
}
