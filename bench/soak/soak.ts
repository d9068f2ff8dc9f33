/**
 * Soak: mixed reads and mutations from many connections for a fixed time
 * against the real program (dist/src/main.js, a process of its own) on one
 * store. It reports errors (other than the intended limits), latency, and
 * the server's memory over time, then checks the graph against the writes
 * that were acknowledged: nothing lost, nothing doubled.
 *
 *   npm run soak -- [--seconds 120] [--connections 32] [--mutations mixed | toggles | none] [--malloc-arena-max 2 | default] [--neo4j bolt://127.0.0.1:7699]
 *
 * Mutations (1 request in 5): `mixed` alternates addActor (a new person) and setStance (a toggle);
 * `toggles` only sets stances, so the graph grows by the audit trail alone; `none` sends reads only.
 *
 * The server runs with MALLOC_ARENA_MAX=2 unless told `--malloc-arena-max default`: Grafeo runs each
 * concurrent call on a thread of its own (55-108 threads here), and with glibc's default of up to 8
 * malloc arenas per core, what those arenas kept grew 51-77 MiB in 240 s against 13-18 MiB with 2
 * (docs/grafeo.md). Deploy the server with the same setting (the Dockerfile, `npm start`).
 *
 * With --neo4j, the database named is cleared and seeded: never point it at data you keep.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, from wherever this runs (bench/ as source, dist/bench/ compiled). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}
const ROOT = projectRoot();
const KEY = 'soak-key-0123456789abcdef';
const LIMIT_CODES = new Set(['RATE_LIMITED', 'QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP']);

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const seconds = Number(option('seconds', '120'));
const connections = Number(option('connections', '32'));
const neo4jUri = option('neo4j', '');
const mutations = option('mutations', 'mixed');
const mallocArenaMax = option('malloc-arena-max', '2');
if (!['mixed', 'toggles', 'none'].includes(mutations)) throw new Error(`--mutations is mixed, toggles or none, not ${mutations}`);

const READS = [
  '{ node(id: "report:ofsted-social-care-annual-report-2013-14") { ... on Report { title stanceCounts { stance count } statements(first: 10) { nodes { text speaker { name } source { title } } } } } }',
  '{ node(id: "person:alan-wood") { ... on Person { name roles { title at { name } } statements(first: 5) { totalCount nodes { text } } criticised { weight node { id } } } } }',
  '{ search(text: "micahel wilshaw", first: 5) { nodes { node { id } } } }',
  '{ node(id: "council:birmingham") { ... on Council { ratings { grade period framework { name } } } } }',
  '{ people(orderBy: STATEMENTS, first: 5) { nodes { id } } }',
  '{ statements(filter: { stances: [CRITICAL] }, first: 20) { totalCount nodes { id } } }',
];

/** Short names for READS, for the latency per kind of request. */
const READ_NAMES = ['report', 'person', 'search', 'council', 'topPeople', 'criticalStatements'];

interface Worker {
  actorsAcknowledged: string[];
  statement: string;
  lastStance: string | null;
  toggles: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const residentMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-soak-'));
  const env: Record<string, string> = {
    ...process.env as Record<string, string>, PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production', CHORUS_API_KEYS: `soak:${KEY}`,
    CHORUS_MUTATIONS_PER_MINUTE: '1000000', CHORUS_DATA_PATH: join(dir, 'soak.grafeo'), NEO4J_URI: neo4jUri,
  };
  if (mallocArenaMax === 'default') delete env.MALLOC_ARENA_MAX;
  else env.MALLOC_ARENA_MAX = mallocArenaMax;
  if (neo4jUri) {
    // Start from the seed alone.
    const { Neo4jStore } = await import(join(ROOT, 'dist/src/store/neo4j/neo4j-store.js'));
    const store = Neo4jStore.open({ uri: neo4jUri });
    await store.setup();
    for (;;) {
      const counts = await store.countByLabel();
      const label = Object.keys(counts).find((l) => counts[l] > 0);
      if (!label) break;
      const page = await store.list({ label, limit: 1000 });
      await store.write({ deleteNodes: page.nodes.map((n: { id: string }) => n.id) });
    }
    await store.close();
  }
  const server = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], { env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (c) => (log += c));
  server.stderr.on('data', (c) => (log += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /serving (http:\/\/[^/\s]+)\/graphql/.exec(log);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      } else if (server.exitCode !== null) reject(new Error(log));
    }, 100);
  });
  const post = async (query: string, variables?: unknown, auth = false) => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${KEY}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any[] };
    return { ms: performance.now() - started, status: response.status, body };
  };
  const nodeCounts = async () => {
    const labels = (await post('{ stats { labels { label count } } }')).body.data.stats.labels as { label: string; count: number }[];
    return Object.fromEntries(labels.map((l) => [l.label, l.count])) as Record<string, number>;
  };

  // Each worker owns one statement (its stance toggles) and its own new actors, so acknowledged writes never race.
  const statements = (await post('{ statements(first: 100) { nodes { id targets { target { id } } } } }')).body.data.statements.nodes as { id: string; targets: { target: { id: string } }[] }[];
  if (connections > statements.length) throw new Error(`at most ${statements.length} connections: each owns a statement`);
  const workers: Worker[] = Array.from({ length: connections }, (_, i) => ({ actorsAcknowledged: [], statement: statements[i % statements.length].id, lastStance: null, toggles: 0 }));
  const owned = new Map(statements.map((s) => [s.id, s.targets[0].target.id]));
  const before = await nodeCounts();

  const latencies: number[] = [];
  /** Latencies per kind of request (READ_NAMES, addActor, setStance). */
  const byKind = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const memory: { at: number; mib: number }[] = [];
  /** When each applied change was acknowledged, and how many nodes it added (its audit record, and a new person). */
  const added: { at: number; nodes: number }[] = [];
  let requests = 0;
  const deadline = Date.now() + seconds * 1000;
  const sampler = setInterval(() => memory.push({ at: Date.now(), mib: residentMiB(server.pid!) }), 1000);

  await Promise.all(
    workers.map(async (worker, w) => {
      for (let i = 0; Date.now() < deadline; i++) {
        let result;
        let kind: string;
        if (i % 5 === 4 && mutations !== 'none') {
          if (i % 10 === 4 && mutations === 'mixed') {
            const id = `person:soak-${w}-${i}`;
            kind = 'addActor';
            result = await post('mutation($input: AddActorInput!) { addActor(input: $input) { applied } }', { input: { id, type: 'PERSON', name: `Soak ${w} ${i}` } }, true);
            if (!result.body.errors) worker.actorsAcknowledged.push(id);
            if (result.body.data?.addActor?.applied) added.push({ at: Date.now(), nodes: 2 });
          } else {
            const stance = worker.toggles++ % 2 ? 'SUPPORTIVE' : 'CRITICAL';
            kind = 'setStance';
            result = await post(`mutation { setStance(statement: "${worker.statement}", target: "${owned.get(worker.statement)}", stance: ${stance}) { applied } }`, undefined, true);
            if (!result.body.errors) worker.lastStance = stance.toLowerCase();
            if (result.body.data?.setStance?.applied) added.push({ at: Date.now(), nodes: 1 });
          }
        } else {
          kind = READ_NAMES[(w + i) % READS.length];
          result = await post(READS[(w + i) % READS.length]);
        }
        requests++;
        latencies.push(result.ms);
        if (!byKind.has(kind)) byKind.set(kind, []);
        byKind.get(kind)!.push(result.ms);
        const code = result.body.errors?.[0]?.extensions?.code as string | undefined;
        if (code && !LIMIT_CODES.has(code)) errors.set(code, (errors.get(code) ?? 0) + 1);
        if (result.status >= 500) errors.set(`HTTP ${result.status}`, (errors.get(`HTTP ${result.status}`) ?? 0) + 1);
      }
    }),
  );
  clearInterval(sampler);

  // Nothing lost, nothing doubled.
  const acknowledged = workers.flatMap((w) => w.actorsAcknowledged);
  const counted = (await post('{ people(name: "Soak ", first: 1) { totalCount } }')).body.data.people.totalCount as number;
  let stancesRight = 0;
  let stancesChecked = 0;
  for (const worker of workers) {
    if (!worker.lastStance) continue;
    stancesChecked++;
    const answer = await post(`{ node(id: "${worker.statement}") { ... on Statement { targets { stance target { id } } } } }`);
    const target = answer.body.data.node.targets.find((t: any) => t.target.id === owned.get(worker.statement));
    if (target?.stance.toLowerCase() === worker.lastStance) stancesRight++;
  }
  const after = await nodeCounts();
  const changesApplied = added.length;
  const changesInGraph = (after.Change ?? 0) - (before.Change ?? 0);
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  rmSync(dir, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  const tenth = Math.max(1, Math.floor(memory.length / 10));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const tenths = Array.from({ length: 10 }, (_, k) => Number(mean(memory.slice(k * tenth, k === 9 ? undefined : (k + 1) * tenth).map((m) => m.mib)).toFixed(1)));
  const second = mean(memory.slice(tenth, 2 * tenth).map((m) => m.mib));
  const last = mean(memory.slice(-tenth).map((m) => m.mib));
  // Nodes the writes added between the middles of the second and the last tenth: what the memory there had to hold more of.
  const from = mean(memory.slice(tenth, 2 * tenth).map((m) => m.at));
  const to = mean(memory.slice(-tenth).map((m) => m.at));
  const nodesAddedBetween = added.filter((a) => a.at >= from && a.at < to).reduce((n, a) => n + a.nodes, 0);
  const nodesTotal = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const result = {
    store: neo4jUri ? 'neo4j' : 'grafeo', seconds, connections, requests, requestsPerSecond: Math.round(requests / seconds),
    p50ms: Number(percentile(sorted, 50).toFixed(1)), p99ms: Number(percentile(sorted, 99).toFixed(1)),
    p99msByKind: Object.fromEntries([...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, xs]) => [k, Number(percentile([...xs].sort((a, b) => a - b), 99).toFixed(1))])),
    mutations, mallocArenaMax, errors: Object.fromEntries(errors),
    memoryMiB: {
      secondTenth: Number(second.toFixed(1)), lastTenth: Number(last.toFixed(1)), flat: last <= second * 1.1, tenths,
      nodesAddedBetween, kibPerNodeAdded: nodesAddedBetween ? Number((((last - second) * 1024) / nodesAddedBetween).toFixed(2)) : null,
    },
    graph: { nodesBefore: nodesTotal(before), nodesAfter: nodesTotal(after) },
    writes: { actorsAcknowledged: acknowledged.length, actorsInGraph: counted, stancesChecked, stancesRight, changesApplied, changesInGraph },
    ok: errors.size === 0 && last <= second * 1.1 && counted === acknowledged.length && stancesRight === stancesChecked && changesInGraph === changesApplied,
  };
  console.log(JSON.stringify(result, null, 2));
  const out = join(ROOT, 'bench/soak', `results-${result.store}${mutations === 'mixed' ? '' : `-${mutations}`}.json`);
  writeFileSync(out, `${JSON.stringify({ ...result, at: new Date().toISOString(), node: process.version }, null, 2)}\n`);
  process.exitCode = result.ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
