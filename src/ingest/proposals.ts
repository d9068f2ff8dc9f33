/**
 * proposeArticle for the server: the proposal runs in a worker thread (propose-worker.ts), so that a long
 * article keeps one thread busy and not the event loop that answers every other request. The workers get
 * the graph's names as a snapshot (graph-names.ts) read here, where the store is, and read again after
 * any write this process makes (or after MAX_NAMES_AGE_MS, for writes another replica made). Each proposed
 * statement is then checked here against the statements in the graph (attribution-conflicts.ts).
 *
 * The pool is piscina (threads started on first use and stopped when idle, a bounded queue, a worker that
 * crashes replaced, a heap limit per worker) rather than a hand-written worker: all of that is what a
 * hand-written one would have to get right again.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { GraphQLError } from 'graphql';
import { ValidationError } from '../errors.js';
import { PROJECT_ROOT } from '../paths.js';
import type { GraphStore } from '../store/port.js';
import type { Draft } from './draft.js';
import { readGraphNames } from './graph-names.js';
import { withAttributionConflicts } from './attribution-conflicts.js';
import type { ArticleInput } from './propose.js';
import type { ProposalOutcome, ProposalTask, SharedNames } from './propose-worker.js';

/**
 * The worker runs JavaScript. Tests load this module from src/ as TypeScript (through vitest), and then
 * the workers run the build's copy, which `npm test` builds first.
 */
const here = fileURLToPath(import.meta.url);
export const WORKER_FILE = here.endsWith('.ts') ? join(PROJECT_ROOT, 'dist/src/ingest/propose-worker.js') : join(dirname(here), 'propose-worker.js');

/** Names are read again at least this often, so that another replica's writes reach the proposals. */
const MAX_NAMES_AGE_MS = 60_000;
/** A worker's heap: a proposal of the longest text allowed needs a small part of it. */
const WORKER_HEAP_MB = 512;
/** Threads are stopped after this long without work, and started again by the next proposal. */
const IDLE_THREAD_MS = 60_000;

export interface ProposalLimits {
  maxChars: number;
  threads: number;
  maxQueued: number;
}

/** The longest text is checked before any work, where the API first sees a request and again here. */
export function textTooLong(text: unknown, maxChars: number): ValidationError | null {
  if (typeof text !== 'string' || text.length <= maxChars) return null;
  return new ValidationError(
    [{ path: ['source', 'text'], message: `the article text is ${text.length.toLocaleString('en')} characters; the limit is ${maxChars.toLocaleString('en')} (CHORUS_PROPOSE_MAX_CHARS)` }],
    'article text too long',
  );
}

export class ArticleProposals {
  private readonly pool: Piscina<ProposalTask, ProposalOutcome>;
  /** Writes this process has made; the names snapshot records how many it has seen. */
  private writes = 0;
  private names: { shared: SharedNames; writesSeen: number; readAt: number } | undefined;
  private reading: { names: Promise<SharedNames>; writesSeen: number } | undefined;
  private nextVersion = 1;

  constructor(
    private readonly store: GraphStore,
    private readonly limits: ProposalLimits,
  ) {
    this.pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: 0,
      maxThreads: Math.max(1, Math.min(limits.threads, availableParallelism())),
      idleTimeout: IDLE_THREAD_MS,
      maxQueue: limits.maxQueued,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
  }

  async propose(source: ArticleInput): Promise<Draft> {
    const tooLong = textTooLong(source.text, this.limits.maxChars);
    if (tooLong) throw tooLong;
    const names = await this.currentNames();
    // Checked just before the task is queued, with no await in between: the queue cannot grow past it.
    if (this.pool.queueSize >= this.limits.maxQueued) {
      // No HTTP status: the other fields of the request may have been answered.
      throw new GraphQLError(`the server is busy proposing other articles (${this.pool.queueSize} waiting); try again in a few seconds`, {
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
      });
    }
    // Only plain fields cross the thread (the GraphQL input is a class instance).
    const { text, title, publisher, author, date, url } = source;
    const outcome = await this.pool.run({ source: { text, title, publisher, author, date, url }, names });
    if ('invalid' in outcome) throw new ValidationError(outcome.invalid, 'cannot read the article');
    // The worker has the graph's names, not its statements: the words others are given are looked up here.
    return withAttributionConflicts(this.store, outcome.draft);
  }

  /** Called for every write this process makes: the next proposal reads the names again. */
  noteWrite(): void {
    this.writes++;
  }

  /** Waits for the proposals in flight, then stops the threads. */
  async close(): Promise<void> {
    await this.pool.close();
  }

  private async currentNames(): Promise<SharedNames> {
    const names = this.names;
    if (names && names.writesSeen === this.writes && Date.now() - names.readAt < MAX_NAMES_AGE_MS) return names.shared;
    // Proposals that arrive while the names are read wait for that read, unless a write came after it began.
    if (!this.reading || this.reading.writesSeen !== this.writes) {
      const reading = { names: this.readNames(), writesSeen: this.writes };
      this.reading = reading;
      reading.names.then(
        () => this.reading === reading && (this.reading = undefined),
        () => this.reading === reading && (this.reading = undefined),
      );
    }
    return this.reading.names;
  }

  private async readNames(): Promise<SharedNames> {
    const writesSeen = this.writes;
    const readAt = Date.now();
    const version = this.nextVersion++;
    const bytes = Buffer.from(JSON.stringify(await readGraphNames(this.store)), 'utf8');
    const json = new SharedArrayBuffer(bytes.length);
    bytes.copy(Buffer.from(json));
    const shared = { version, json };
    // A read that began earlier may end later: it must not replace a newer snapshot.
    if (!this.names || this.names.shared.version < version) this.names = { shared, writesSeen, readAt };
    return shared;
  }
}
