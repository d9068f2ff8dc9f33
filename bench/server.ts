/**
 * One benchmark server process: generates the corpus, bulk-loads it into one store through `writePlan`
 * (the loader users use) with a progress display, then serves it with the real Chorus server twice:
 * as built (DataLoaders batching) and with every batched read split per id (no batching). Control routes
 * under /bench/ give the round-trip meter, the floor (an operation's store calls replayed directly through
 * the port) and the round-trip probe. Prints one line `READY {json}` on stdout.
 *
 *   node dist/bench/bench/server.js '{"store":"grafeo","statements":120,"dataDir":"/tmp/x"}'
 */
import 'reflect-metadata';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadSettings } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { buildChorusSchema } from '../src/graphql/schema.js';
import { createChorusServer } from '../src/http/server.js';
import { createContext, type Context } from '../src/graphql/context.js';
import { MutationRateLimit } from '../src/graphql/plugins/mutation-rate-limit.js';
import { ArticleProposals } from '../src/ingest/proposals.js';
import type { ApolloServer } from '@apollo/server';
import { SearchService } from '../src/search/search-service.js';
import { MutationService } from '../src/mutations/mutation-service.js';
import { writePlan, type SeedProgress } from '../src/seed/load.js';
import { GrafeoStore } from '../src/store/grafeo/grafeo-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../src/store/port.js';
import { generateCorpus, type CorpusTargets } from './generate.js';
import { MemoryStore } from '../src/store/memory/memory-store.js';
import { meterDatabase, metered, newMeter, recording, replay, unbatched } from './instrument.js';
import { PROBE_QUERY } from './operations.js';

export interface ServerOptions {
  store: 'grafeo' | 'neo4j' | 'memory';
  statements: number;
  seed?: number;
  dataDir?: string;
  neo4jUri?: string;
  apiKey: string;
  batchSize?: number;
}

export interface LoadStats {
  generateMs: number;
  nodes: number;
  relationships: number;
  derived: number;
  nodesMs: number;
  relationshipsMs: number;
  derivedMs: number;
  totalMs: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;

function progressBar(label: string): (p: SeedProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 500 && p.done !== p.total) return;
    last = now;
    const width = 30;
    const filled = p.total ? Math.round((p.done / p.total) * width) : width;
    process.stderr.write(`\r[${label}] ${p.phase.padEnd(13)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}   ${p.done === p.total ? '\n' : ''}`);
  };
}

async function generateAndLoad(raw: GraphStore, label: string): Promise<{ load: LoadStats; targets: CorpusTargets }> {
  const corpus = generateCorpus(options.statements, options.seed ?? 1);
  process.stderr.write(`[${label}] generated ${corpus.plan.nodes.length} nodes, ${corpus.plan.relationships.length} + ${corpus.plan.derived.length} relationships in ${(corpus.generateMs / 1000).toFixed(1)} s\n`);

  // Bulk load through writePlan, timing each phase from its progress events.
  const phaseStart = new Map<string, number>();
  const phaseEnd = new Map<string, number>();
  const bar = progressBar(label);
  const started = performance.now();
  await writePlan(raw, corpus.plan, {
    batchSize: options.batchSize,
    onProgress: (p) => {
      if (!phaseStart.has(p.phase)) phaseStart.set(p.phase, performance.now());
      phaseEnd.set(p.phase, performance.now());
      bar(p);
    },
  });
  const totalMs = performance.now() - started;
  const span = (phase: string) => (phaseEnd.get(phase) ?? 0) - (phaseStart.get(phase) ?? 0);
  const relationshipsMs = span('relationships');
  const derivedMs = span('derived');
  const load: LoadStats = {
    generateMs: corpus.generateMs,
    nodes: corpus.plan.nodes.length,
    relationships: corpus.plan.relationships.length,
    derived: corpus.plan.derived.length,
    nodesMs: span('nodes'),
    relationshipsMs,
    derivedMs,
    totalMs,
    nodesPerSecond: corpus.plan.nodes.length / (span('nodes') / 1000),
    relationshipsPerSecond: (corpus.plan.relationships.length + corpus.plan.derived.length) / ((relationshipsMs + derivedMs) / 1000),
  };
  process.stderr.write(`[${label}] loaded in ${(totalMs / 1000).toFixed(1)} s: ${Math.round(load.nodesPerSecond)} nodes/s, ${Math.round(load.relationshipsPerSecond)} relationships/s\n`);
  return { load, targets: corpus.targets };
}

async function main(): Promise<void> {
  const label = `${options.store} ${options.statements}`;
  const raw: GraphStore =
    options.store === 'grafeo' ? GrafeoStore.open({ path: join(options.dataDir!, 'chorus.grafeo') })
    : options.store === 'neo4j' ? Neo4jStore.open({ uri: options.neo4jUri! })
    : new MemoryStore();
  await raw.setup();
  // The corpus is generated and loaded in a function of its own, so that its records (gigabytes at 1M) are
  // garbage once loaded: collected here, not by a major GC in the first cell measured.
  const { load, targets } = await generateAndLoad(raw, label);
  (globalThis as { gc?: () => void }).gc?.();

  const meter = newMeter();
  meterDatabase(raw, meter);
  const settings = loadSettings({ PORT: '0', LOG_LEVEL: 'silent', CHORUS_API_KEYS: `bench:${options.apiKey}`, CHORUS_SEED_ON_START: 'false', CHORUS_MUTATIONS_PER_MINUTE: '1000000' });
  const logger = createLogger('silent');
  const schema = await buildChorusSchema();
  const store = metered(raw, meter);

  // The floor: an operation run once through the API with its store calls recorded, then those calls replayed.
  const recorder = recording(raw);
  const floorSearch = new SearchService(recorder.store);
  const floorMutations = new MutationService(recorder.store, (before, after) => floorSearch.noteWrite(before, after));
  const mutationRateLimit = new MutationRateLimit(settings.mutationsPerMinute);
  const floorProposals = new ArticleProposals(recorder.store, settings.proposals);
  const auth = settings.apiKeys.authenticate({ authorization: `Bearer ${options.apiKey}` }, new URL('http://localhost/graphql'));
  const execute = (apolloServer: ApolloServer<Context>, query: string, variables: Record<string, unknown>, target: GraphStore, search = floorSearch, mutations = floorMutations) =>
    apolloServer.executeOperation({ query, variables }, { contextValue: createContext({ store: target, settings, logger, search, mutations, mutationRateLimit, proposals: floorProposals }, auth) });

  async function readJson(req: IncomingMessage): Promise<unknown> {
    let text = '';
    for await (const chunk of req) text += chunk;
    return JSON.parse(text);
  }
  const send = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const control = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname === '/bench/meter') {
      // Read, never reset: the client counts a cell by the difference between two readings.
      send(res, { ...meter, rss: process.memoryUsage().rss });
      return true;
    }
    if (url.pathname === '/bench/floor') {
      const { query, variables, warmVariables } = (await readJson(req)) as { query: string; variables: Record<string, unknown>; warmVariables?: Record<string, unknown> };
      const reps = Number(url.searchParams.get('reps') ?? 30);
      // Warm (the search vocabulary, caches); a mutation is warmed with other variables, so the recorded run applies a change.
      const w0 = performance.now();
      await execute(main_.apollo, query, warmVariables ?? variables, recorder.store);
      const warmMs = performance.now() - w0;
      if (warmMs > 3_000) {
        send(res, { calls: NaN, waves: NaN, methods: [], p50: warmMs, p99: warmMs, reps: 1, errors: `one run took ${Math.round(warmMs)} ms: not replayed` });
        return true;
      }
      recorder.start();
      const result = await execute(main_.apollo, query, variables, recorder.store);
      const calls = recorder.stop();
      const times: number[] = [];
      const until = performance.now() + Number(url.searchParams.get('ms') ?? 1500);
      while (times.length < reps && performance.now() < until) times.push(await replay(raw, calls));
      times.sort((a, b) => a - b);
      // Each call alone (best of 3): which of them the time goes to.
      const perCall: { method: string; ms: number; ids?: number }[] = [];
      for (const call of calls) {
        let best = Infinity;
        for (let k = 0; k < 3; k++) best = Math.min(best, await replay(raw, [{ ...call, wave: 0 }]));
        perCall.push({ method: call.method, ms: best, ...(Array.isArray(call.args[0]) ? { ids: (call.args[0] as unknown[]).length } : {}) });
      }
      const errors = result.body.kind === 'single' ? result.body.singleResult.errors : undefined;
      send(res, { calls: calls.length, waves: new Set(calls.map((c) => c.wave)).size, methods: calls.map((c) => c.method), p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))], reps: times.length, perCall, errors });
      return true;
    }
    if (url.pathname === '/bench/probe') {
      const out: Record<string, unknown> = {};
      for (const [name, report] of [['small', url.searchParams.get('small')], ['large', url.searchParams.get('large')]] as const) {
        if (!report) continue;
        for (const [mode, target] of [['batched', store], ['unbatched', unbatched(store)]] as const) {
          const search = new SearchService(target);
          const mutations = new MutationService(target, (before, after) => search.noteWrite(before, after));
          Object.assign(meter, newMeter());
          const t0 = performance.now();
          const result = await execute(main_.apollo, PROBE_QUERY, { report }, target, search, mutations);
          const ms = performance.now() - t0;
          const data = result.body.kind === 'single' ? (result.body.singleResult.data as { node?: { critics?: unknown[] } } | undefined) : undefined;
          const errors = result.body.kind === 'single' ? result.body.singleResult.errors?.map((e) => e.message) : undefined;
          out[`${name}.${mode}`] = { critics: data?.node?.critics?.length ?? null, portCalls: meter.portCalls, dbQueries: meter.dbQueries, ms, ...(errors ? { errors } : {}) };
        }
      }
      send(res, out);
      return true;
    }
    return false;
  };

  // What a server reads in its first seconds (Grafeo: the text index, the edge regions) is read before any measurement.
  const warming = performance.now();
  await raw.warmUp?.();
  process.stderr.write(`[${label}] warmed up in ${((performance.now() - warming) / 1000).toFixed(1)} s\n`);

  const main_ = await createChorusServer({ schema, store, settings, logger, routes: [control] });
  const unbatchedServer = await createChorusServer({ schema, store: unbatched(store), settings, logger });
  const urls = { main: await main_.listen(0, '127.0.0.1'), unbatched: await unbatchedServer.listen(0, '127.0.0.1') };
  process.stdout.write(`READY ${JSON.stringify({ urls, load, targets, pid: process.pid })}\n`);

  const stop = async () => {
    await Promise.allSettled([main_.stop(), unbatchedServer.stop()]);
    await raw.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
