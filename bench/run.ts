/**
 * The benchmark runner (`npm run bench`, `npm run bench -- --quick`). This process is the load
 * generator (autocannon over loopback HTTP); the servers run in child processes:
 *   bench/server.ts     Chorus over Grafeo, over Neo4j, over the in-memory ceiling store (each as built
 *                       and with DataLoaders defeated), after a bulk load through writePlan;
 *   bench/peer/server.ts the Neo4j GraphQL Library over the same Neo4j data.
 * Its own Neo4j (default port 7699, home /tmp/chorus-bench-neo4j) runs from a copy of neo4j/*.sh in
 * /tmp, so the repository's neo4j/neo4j.pid is never touched; it is stopped at the end.
 *
 * Options: --quick (seed scale and 100,000 statements, short runs), --scales 120,10000,100000,1000000,
 * --latency-seconds, --throughput-seconds, --warm-seconds (load before each cell's measurement), --connections, --no-neo4j, --no-memory (no in-memory ceiling server), --dry (write nothing), --ops a,b (only these operations; with --merge their cells replace those in results.json), --merge (keep other scales
 * already in bench/results/results.json), --neo4j-port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Agent, request } from 'node:http';
import type { CorpusTargets } from './generate.js';
import { OPERATIONS, TYPENAME_QUERY, type Operation } from './operations.js';
import type { LoadStats } from './server.js';
import { writeReports, type BenchResults, type Cell, type ScaleResult } from './report.js';
import { hasFlag, optionValue } from './args.js';

const HERE = dirname(fileURLToPath(import.meta.url)); // dist/bench/bench
const ROOT = resolve(HERE, '../../..');
const BENCH_DIR = join(ROOT, 'bench');
const API_KEY = 'bench-key-0123456789abcdef';
/** An operation whose single request takes longer is not load-tested; one that takes longer than the timeout is abandoned. */
const SLOW_MS = 3_000;
const TIMEOUT_MS = 20_000;

const quick = hasFlag('quick');
const scales = optionValue('scales', quick ? '120,100000' : '120,10000,100000,1000000').split(',').map(Number);
const latencySeconds = Number(optionValue('latency-seconds', quick ? '1' : '3'));
const throughputSeconds = Number(optionValue('throughput-seconds', quick ? '1.5' : '5'));
const warmSeconds = Number(optionValue('warm-seconds', quick ? '2' : '4'));
const connections = Number(optionValue('connections', '4'));
const useNeo4j = !hasFlag('no-neo4j');
/** The in-memory ceiling holds a second copy of the corpus in one process: --no-memory leaves it out (e.g. at 1M statements). */
const useMemory = !hasFlag('no-memory');
const onlyOps = hasFlag('ops') ? new Set(optionValue('ops', '').split(',')) : null;
const neo4jPort = Number(optionValue('neo4j-port', '7699'));
const NEO4J_HOME = `/tmp/chorus-bench-neo4j-${neo4jPort}`;
const SCRIPTS = `/tmp/chorus-bench-neo4j-scripts-${neo4jPort}`;
if (neo4jPort === 7688 || neo4jPort === 7687) throw new Error(`port ${neo4jPort} belongs to others: pick another --neo4j-port`);

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

// ---------------------------------------------------------------- processes
interface Child {
  proc: ChildProcess;
  ready: { urls: Record<string, string>; load?: LoadStats; targets?: CorpusTargets; pid: number };
}
const children = new Set<ChildProcess>();

function spawnServer(script: string, options: Record<string, unknown>): Promise<Child> {
  // A server generates its corpus and bulk-loads it before READY: at a million statements that takes
  // several GB of heap (V8's default limit is 2-4 GB) and longer than the 10 minutes smaller scales get.
  const statements = Number(options.statements ?? 0);
  const big = statements >= 300_000;
  const timeoutMs = big ? 90 * 60_000 : 590_000;
  const nodeArgs = ['--enable-source-maps', '--expose-gc', ...(big ? ['--max-old-space-size=16384'] : [])];
  // Every server runs as deployed (the Dockerfile sets NODE_ENV=production): graphql-js then skips its
  // development-time checks, which took a third of the in-memory server's CPU for whoSaidWhat.
  const env = { ...process.env, NODE_ENV: 'production' };
  const proc = spawn(process.execPath, [...nodeArgs, join(HERE, script), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'], env });
  children.add(proc);
  proc.on('exit', () => children.delete(proc));
  return new Promise((resolveReady, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} not ready in ${timeoutMs} ms`)), timeoutMs);
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolveReady({ proc, ready: JSON.parse(line.slice(6)) });
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before READY`));
    });
  });
}

async function stopChild(child: Child | undefined): Promise<void> {
  if (!child || child.proc.exitCode !== null) return;
  const exited = new Promise((r) => child.proc.once('exit', r));
  child.proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.proc.exitCode === null) child.proc.kill('SIGKILL');
}

function neo4jEnv(statements: number): NodeJS.ProcessEnv {
  const big = statements >= 500_000;
  return {
    ...process.env,
    NEO4J_PORT: String(neo4jPort),
    NEO4J_HOME_DIR: NEO4J_HOME,
    NEO4J_FRESH: '1',
    NEO4J_PAGECACHE: big ? '4g' : '1g',
    NEO4J_HEAP: big ? '4g' : '2g',
    NEO4J_HEAP_MIN: '512m',
    NEO4J_START_TIMEOUT: '240',
  };
}

/** A copy of the launcher scripts (their pid file lives next to them) with the jars linked in. */
function prepareNeo4jScripts(): void {
  mkdirSync(SCRIPTS, { recursive: true });
  for (const file of ['Launcher.java', 'run.sh', 'start-background.sh', 'stop.sh', 'pom.xml']) copyFileSync(join(ROOT, 'neo4j', file), join(SCRIPTS, file));
  // Relinked every time: a link left by a run from another checkout may point at jars that are gone.
  rmSync(join(SCRIPTS, 'lib'), { force: true });
  symlinkSync(join(ROOT, 'neo4j', 'lib'), join(SCRIPTS, 'lib'));
}

function startNeo4j(statements: number): number {
  stopNeo4j();
  log(`starting Neo4j on ${neo4jPort} (fresh, home ${NEO4J_HOME})`);
  // start-background.sh looks for READY in the log: an old log would answer before the new server is up.
  rmSync(`${NEO4J_HOME}.log`, { force: true });
  const out = execFileSync('bash', [join(SCRIPTS, 'start-background.sh'), `${NEO4J_HOME}.log`], { env: neo4jEnv(statements), encoding: 'utf8' });
  log(out.trim());
  return Number(readFileSync(join(SCRIPTS, 'neo4j.pid'), 'utf8').trim());
}

function stopNeo4j(): void {
  if (!existsSync(join(SCRIPTS, 'neo4j.pid'))) return;
  try {
    log(execFileSync('bash', [join(SCRIPTS, 'stop.sh')], { encoding: 'utf8' }).trim());
  } catch (error) {
    log(`neo4j stop: ${String(error)}`);
  }
}

// ---------------------------------------------------------------- measuring
/** CPU time (user + system, in clock ticks of 10 ms) a process has used, 0 once it is gone. */
function cpuTicksOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Waits until the processes together use under a tenth of a core for a second (at most `maxSeconds`).
 * Why: after a bulk load Neo4j checkpoints and V8 collects the corpus for a minute or more. At 1M the first
 * cell measured after the load (Chorus's whoSaidWhat) took 13.6 ms of CPU a request across the server and
 * Neo4j, and 7.5 ms when measured again a few minutes later; the peer, measured later, never paid it.
 */
async function settle(pids: number[], maxSeconds: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < maxSeconds * 1000) {
    const before = pids.reduce((sum, pid) => sum + cpuTicksOf(pid), 0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (pids.reduce((sum, pid) => sum + cpuTicksOf(pid), 0) - before < 10) break;
  }
  return (Date.now() - started) / 1000;
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the resident memory of some processes every 100 ms; the peak of their sum. */
function memorySampler(pids: number[]): { stop(): number } {
  let peak = pids.reduce((sum, pid) => sum + rssOf(pid), 0);
  const timer = setInterval(() => {
    peak = Math.max(peak, pids.reduce((sum, pid) => sum + rssOf(pid), 0));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, pids.reduce((sum, pid) => sum + rssOf(pid), 0));
    },
  };
}

interface Pass {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function pass(url: string, body: (i: number) => string, headers: Record<string, string>, conns: number, seconds: number): Promise<Pass> {
  let i = 0;
  let errors = 0;
  const result = await autocannon({
    url,
    connections: conns,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: body(i++) }),
        onResponse: (status: number, responseBody: string) => {
          if (status !== 200 || responseBody.includes('"errors"')) errors++;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errors + result.errors + result.timeouts,
  };
}

/**
 * One client, one request at a time, timed with performance.now() (autocannon's histogram has whole-millisecond
 * resolution): each request's time, for a cell to take percentiles over its rounds.
 */
async function serialPass(url: string, body: (i: number) => string, headers: Record<string, string>, seconds: number): Promise<{ times: number[]; seconds: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const target = new URL(url);
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  for (let i = 0; performance.now() < until; i++) {
    const payload = body(i);
    const t0 = performance.now();
    const { status, text } = await new Promise<{ status: number; text: string }>((resolveRequest, reject) => {
      const req = request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolveRequest({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    times.push(performance.now() - t0);
    if (status !== 200 || text.includes('"errors"')) errors++;
  }
  agent.destroy();
  return { times, seconds: (performance.now() - started) / 1000, errors };
}

async function postJson<T>(url: string, body: unknown, timeoutMs = 600_000): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  return (await response.json()) as T;
}

interface Config {
  key: string;
  store: 'grafeo' | 'neo4j' | 'memory' | 'peer';
  variant: 'chorus' | 'unbatched' | 'peer';
  endpoint: string;
  meterUrl?: string;
  pids: number[];
}

interface Meter {
  portCalls: number;
  dbQueries: number;
}

/** What a cell has measured so far, over its rounds. */
interface Tally {
  /** One client's request times, ms. */
  times: number[];
  serialSeconds: number;
  loaded: Pass[];
  loadedSeconds: number;
  errors: number;
  peakRss: number;
  meter: Meter | null;
}

/** An operation's request body for a server: Chorus's query, or the peer's equivalent. */
function requestOf(config: Config, op: Operation | null, targets: CorpusTargets) {
  const peer = config.variant === 'peer';
  const query = op ? (peer ? op.peer!.query : op.query) : TYPENAME_QUERY;
  const variables = (i: number) => (op ? (peer ? op.peer!.variables(targets) : op.variables(targets, i)) : {});
  const body = (i: number) => JSON.stringify({ query, variables: variables(i) });
  const headers: Record<string, string> = op?.mutation ? { authorization: `Bearer ${API_KEY}` } : {};
  return { body, headers };
}

const readMeter = async (config: Config): Promise<Meter | null> => (config.meterUrl ? ((await (await fetch(config.meterUrl)).json()) as Meter) : null);

/**
 * Times one request, then warms the server on the operation (plans, caches, the JVM's and V8's compilers: a JIT
 * needs seconds of load, not a few requests). An operation slower than SLOW_MS is not load-tested: its cell,
 * from that one request, is returned instead.
 */
async function warm(config: Config, op: Operation | null, targets: CorpusTargets): Promise<Cell | null> {
  const { body, headers } = requestOf(config, op, targets);
  const t0 = performance.now();
  let timedOut = false;
  try {
    await (await fetch(config.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body(999), signal: AbortSignal.timeout(TIMEOUT_MS) })).text();
  } catch {
    timedOut = true;
  }
  const single = performance.now() - t0;
  if (timedOut || single > SLOW_MS) {
    const ms = timedOut ? TIMEOUT_MS : single;
    log(`  ${(op?.name ?? '__typename').padEnd(14)} ${config.key.padEnd(16)} one request took ${timedOut ? `over ${TIMEOUT_MS} ms (timed out)` : `${ms.toFixed(0)} ms`}: not load-tested`);
    return { op: op?.name ?? '__typename', config: config.key, store: config.store, variant: config.variant, rps: 1000 / ms, p50: ms, p99: ms, loadedP50: NaN, loadedP99: NaN, serialRps: 1000 / ms, requests: 1, errors: 0, roundTrips: null, dbQueries: null, peakRssMB: NaN, slow: timedOut ? 'timed out' : 'one request' };
  }
  for (let i = 0; i < 5; i++) await fetch(config.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body(1000 + i) });
  if (warmSeconds > 0) await pass(config.endpoint, body, headers, connections, warmSeconds);
  return null;
}

/** One round of a cell: `share` of its latency and throughput time, added to its tally. */
async function sample(config: Config, op: Operation | null, targets: CorpusTargets, tally: Tally, share: number): Promise<void> {
  const { body, headers } = requestOf(config, op, targets);
  // The meter is read before and after, not reset: the batched and unbatched servers of one process share it.
  const before = await readMeter(config);
  const sampler = memorySampler(config.pids);
  const latency = await serialPass(config.endpoint, body, headers, latencySeconds * share);
  const throughput = await pass(config.endpoint, body, headers, connections, throughputSeconds * share);
  tally.peakRss = Math.max(tally.peakRss, sampler.stop());
  const after = await readMeter(config);
  tally.times.push(...latency.times);
  tally.serialSeconds += latency.seconds;
  tally.loaded.push(throughput);
  tally.loadedSeconds += throughput.requests / throughput.rps;
  tally.errors += latency.errors + throughput.errors;
  if (before && after) tally.meter = { portCalls: (tally.meter?.portCalls ?? 0) + after.portCalls - before.portCalls, dbQueries: (tally.meter?.dbQueries ?? 0) + after.dbQueries - before.dbQueries };
}

function cellOf(config: Config, op: Operation | null, tally: Tally): Cell {
  const times = [...tally.times].sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? NaN;
  const loadedRequests = tally.loaded.reduce((sum, pass) => sum + pass.requests, 0);
  const requests = times.length + loadedRequests;
  const cell: Cell = {
    op: op?.name ?? '__typename',
    config: config.key,
    store: config.store,
    variant: config.variant,
    rps: loadedRequests / tally.loadedSeconds,
    p50: at(0.5),
    p99: at(0.99),
    // autocannon gives each round's percentiles, not its samples: the rounds' p50 weighted by requests, and the worst p99.
    loadedP50: tally.loaded.reduce((sum, pass) => sum + pass.p50 * pass.requests, 0) / loadedRequests,
    loadedP99: Math.max(...tally.loaded.map((pass) => pass.p99)),
    serialRps: times.length / tally.serialSeconds,
    requests,
    errors: tally.errors,
    roundTrips: tally.meter ? tally.meter.portCalls / requests : null,
    dbQueries: tally.meter && config.store === 'neo4j' ? tally.meter.dbQueries / requests : null,
    peakRssMB: tally.peakRss / 2 ** 20,
  };
  log(`  ${cell.op.padEnd(14)} ${config.key.padEnd(16)} ${cell.rps.toFixed(0).padStart(6)} req/s  p50 ${cell.p50.toFixed(1)} ms  p99 ${cell.p99.toFixed(1)} ms  ` +
    `${cell.roundTrips === null ? '' : `${cell.roundTrips.toFixed(1)} calls/req  `}${cell.peakRssMB.toFixed(0)} MB${cell.errors ? `  ERRORS ${cell.errors}` : ''}`);
  return cell;
}

/**
 * An operation's cells on every server, measured side by side: each server is warmed, then measured in two
 * rounds of half the time each, in order and then in reverse (A B C, then C B A), so that each cell's time is
 * centred on the same moment. These shared 2-core machines speed up and slow down by up to 1.9x within two minutes
 * (the same server gave 198, then 374 req/s, two minutes apart); measured one after the other, as before,
 * a ratio of two cells (Chorus against the peer, or against its ceiling) took that drift whole.
 */
async function measureSideBySide(configs: Config[], op: Operation | null, targets: CorpusTargets): Promise<Cell[]> {
  const cells = new Map<string, Cell>();
  const ready: Config[] = [];
  for (const config of configs) {
    const slow = await warm(config, op, targets);
    if (slow) cells.set(config.key, slow);
    else ready.push(config);
  }
  const tallies = new Map<string, Tally>(ready.map((config) => [config.key, { times: [], serialSeconds: 0, loaded: [], loadedSeconds: 0, errors: 0, peakRss: 0, meter: null }]));
  for (const round of [ready, [...ready].reverse()]) for (const config of round) await sample(config, op, targets, tallies.get(config.key)!, 0.5);
  for (const config of ready) cells.set(config.key, cellOf(config, op, tallies.get(config.key)!));
  return configs.map((config) => cells.get(config.key)!);
}

async function rootFields(endpoint: string): Promise<Set<string>> {
  const result = await postJson<{ data?: { __schema: { queryType: { fields: { name: string }[] } } } }>(endpoint, { query: '{ __schema { queryType { fields { name } } } }' });
  return new Set(result.data?.__schema.queryType.fields.map((f) => f.name) ?? []);
}

async function runScale(statements: number): Promise<ScaleResult> {
  log(`=== ${statements} statements ===`);
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-bench-grafeo-'));
  const started: Child[] = [];
  let javaPid = 0;
  try {
    const base = { statements, seed: 1, apiKey: API_KEY };
    const grafeo = await spawnServer('server.js', { ...base, store: 'grafeo', dataDir });
    started.push(grafeo);
    const memory = useMemory ? await spawnServer('server.js', { ...base, store: 'memory' }) : undefined;
    if (memory) started.push(memory);
    let neo4j: Child | undefined;
    let peer: Child | undefined;
    if (useNeo4j) {
      javaPid = startNeo4j(statements);
      neo4j = await spawnServer('server.js', { ...base, store: 'neo4j', neo4jUri: `bolt://127.0.0.1:${neo4jPort}` });
      started.push(neo4j);
      peer = await spawnServer('peer/server.js', { neo4jUri: `bolt://127.0.0.1:${neo4jPort}` });
      started.push(peer);
    }
    const targets = grafeo.ready.targets!;

    const fields = await rootFields(`${grafeo.ready.urls.main}/graphql`);
    const skipped: Record<string, string> = {};
    const ops = OPERATIONS.filter((op) => {
      if (onlyOps && !onlyOps.has(op.name)) return false;
      if (op.requires && !fields.has(op.requires)) {
        skipped[op.name] = `the ${op.requires} query is not in the schema at this run`;
        return false;
      }
      return true;
    });

    const configs: Config[] = [];
    const chorus = (store: 'grafeo' | 'neo4j' | 'memory', child: Child, pids: number[]) => {
      configs.push({ key: store, store, variant: 'chorus', endpoint: `${child.ready.urls.main}/graphql`, meterUrl: `${child.ready.urls.main}/bench/meter`, pids });
      if (store !== 'memory') configs.push({ key: `${store}-unbatched`, store, variant: 'unbatched', endpoint: `${child.ready.urls.unbatched}/graphql`, meterUrl: `${child.ready.urls.main}/bench/meter`, pids });
    };
    chorus('grafeo', grafeo, [grafeo.ready.pid]);
    if (memory) chorus('memory', memory, [memory.ready.pid]);
    if (neo4j && peer) {
      chorus('neo4j', neo4j, [neo4j.ready.pid, javaPid]);
      configs.push({ key: 'peer', store: 'peer', variant: 'peer', endpoint: `${peer.ready.urls.main}/graphql`, pids: [peer.ready.pid, javaPid] });
    }

    // Round trips against result count: the same deep query over 10 and 1,000 critics.
    const probes: ScaleResult['probes'] = {};
    if (targets.probeSmall && targets.probeLarge) {
      for (const [store, child] of [['grafeo', grafeo], ['memory', memory], ['neo4j', neo4j]] as const) {
        if (!child) continue;
        const response = await fetch(`${child.ready.urls.main}/bench/probe?small=${targets.probeSmall}&large=${targets.probeLarge}`);
        probes[store] = (await response.json()) as Record<string, { critics: number; portCalls: number; dbQueries: number; ms: number }>;
        log(`probe ${store}: ${JSON.stringify(probes[store])}`);
      }
    }

    // Floors: each operation's store calls, replayed directly through the port.
    const floors: ScaleResult['floors'] = {};
    for (const [store, child] of [['grafeo', grafeo], ['neo4j', neo4j], ['memory', memory]] as const) {
      if (!child) continue;
      for (const op of ops) {
        let floor: ScaleResult['floors'][string][string];
        try {
          floor = await postJson<ScaleResult['floors'][string][string]>(`${child.ready.urls.main}/bench/floor`, {
            query: op.query,
            // A mutation is warmed on one statement and recorded on the same one a round later (the opposite
            // stance), so the recorded run applies a change whatever the statement held before.
            variables: op.variables(targets, op.mutation ? 7 + targets.mutationStatements.length : 7),
            warmVariables: op.mutation ? op.variables(targets, 7) : undefined,
          }, TIMEOUT_MS * 2);
        } catch {
          floor = { calls: NaN, waves: NaN, methods: [], p50: NaN, p99: NaN, reps: 0, errors: `abandoned after ${TIMEOUT_MS * 2} ms` };
        }
        (floors[store] ??= {})[op.name] = floor;
        log(`floor ${store} ${op.name}: ${floor.p50?.toFixed(2)} ms p50, ${floor.calls} calls in ${floor.waves} waves; alone: ${floor.perCall?.map((c) => `${c.method}${c.ids === undefined ? '' : `[${c.ids}]`} ${c.ms.toFixed(1)}`).join(', ')}${floor.errors ? ` ERRORS ${JSON.stringify(floor.errors).slice(0, 200)}` : ''}`);
      }
    }

    const pids = [...new Set(configs.flatMap((c) => c.pids))];
    log(`settled in ${(await settle(pids, 180)).toFixed(0)} s (the servers and Neo4j under a tenth of a core for a second)`);
    const cells: Cell[] = [];
    if (!onlyOps || onlyOps.has('__typename')) cells.push(...(await measureSideBySide(configs.filter((c) => c.variant !== 'unbatched'), null, targets)));
    for (const op of ops) cells.push(...(await measureSideBySide(configs.filter((c) => c.variant !== 'peer' || op.peer), op, targets)));
    const loads: ScaleResult['loads'] = { grafeo: grafeo.ready.load!, ...(memory ? { memory: memory.ready.load! } : {}) };
    if (neo4j) loads.neo4j = neo4j.ready.load!;
    return { statements, targets, loads, probes, floors, cells, skipped };
  } finally {
    for (const child of started.reverse()) await stopChild(child);
    // Stopped here, not when the next scale starts its own: an idle Neo4j JVM left running slowed the
    // next scale's Grafeo bulk load by a quarter (100k: 49,270 relationships/s beside it, 66,821 alone).
    if (javaPid) stopNeo4j();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function machine(): BenchResults['machine'] {
  const sh = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  };
  return {
    nproc: sh('nproc', []),
    cpu: cpus()[0]?.model ?? '?',
    free: sh('free', ['-h']),
    node: process.version,
    totalMemGB: totalmem() / 2 ** 30,
    freeMemGB: freemem() / 2 ** 30,
    load: sh('cat', ['/proc/loadavg']),
  };
}

async function main(): Promise<void> {
  const resultsFile = join(BENCH_DIR, 'results', 'results.json');
  const previous: BenchResults | null = hasFlag('merge') && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : null;
  if (useNeo4j) prepareNeo4jScripts();
  const startedAt = new Date().toISOString();
  const results: ScaleResult[] = [];
  try {
    for (const statements of scales) results.push(await runScale(statements));
  } finally {
    if (useNeo4j) stopNeo4j();
    for (const child of children) child.kill('SIGTERM');
  }
  // With --ops, only those operations' cells and floors are replaced in the scales already measured.
  if (onlyOps && previous) {
    for (const fresh of results) {
      const old = previous.scales.find((s) => s.statements === fresh.statements);
      if (!old) continue;
      fresh.cells = [...old.cells.filter((c) => !onlyOps.has(c.op)), ...fresh.cells];
      for (const [store, floors] of Object.entries(old.floors)) fresh.floors[store] = { ...floors, ...fresh.floors[store] };
      fresh.probes = Object.keys(fresh.probes).length ? fresh.probes : old.probes;
      fresh.skipped = { ...old.skipped, ...fresh.skipped };
    }
  }
  const kept = (previous?.scales ?? []).filter((s) => !scales.includes(s.statements));
  const all: BenchResults = {
    startedAt,
    finishedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    settings: { latencySeconds, throughputSeconds, connections, neo4jPagecache: neo4jEnv(Math.max(...scales)).NEO4J_PAGECACHE!, neo4jHeap: neo4jEnv(Math.max(...scales)).NEO4J_HEAP! },
    machine: machine(),
    scales: [...kept, ...results].sort((a, b) => a.statements - b.statements),
  };
  if (hasFlag('dry')) {
    log('--dry: nothing written');
    return;
  }
  writeReports(all, BENCH_DIR);
  log(`wrote bench/results/results.json, results.md, latency.svg and the tables in bench/README.md`);
}

process.on('SIGINT', () => {
  if (useNeo4j) stopNeo4j();
  for (const child of children) child.kill('SIGTERM');
  process.exit(130);
});

main().catch((error) => {
  log(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
