/**
 * Writes a run's results: bench/results/results.json (everything), results.md (the tables and the
 * targets), latency.svg (p50 against scale, hand-written SVG), and the same tables into bench/README.md
 * between its `<!-- results:start -->` and `<!-- results:end -->` markers.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusTargets } from './generate.js';
import type { LoadStats } from './server.js';

export interface Cell {
  op: string;
  config: string;
  store: 'grafeo' | 'neo4j' | 'memory' | 'peer';
  variant: 'chorus' | 'unbatched' | 'peer';
  /** Throughput at `connections` concurrent clients. */
  rps: number;
  /** Latency with one client (no queueing). */
  p50: number;
  p99: number;
  /** Latency at `connections` clients. */
  loadedP50: number;
  loadedP99: number;
  serialRps: number;
  requests: number;
  errors: number;
  /** Store port calls per request. */
  roundTrips: number | null;
  /** Cypher statements per request (Neo4j). */
  dbQueries: number | null;
  peakRssMB: number;
  /** Set when the operation was too slow to load-test: its figures come from one request. */
  slow?: string;
}

export interface Floor {
  calls: number;
  waves: number;
  methods: string[];
  p50: number;
  p99: number;
  reps: number;
  /** Each call alone, best of 3. */
  perCall?: { method: string; ms: number; ids?: number }[];
  errors?: unknown;
}

export interface ScaleResult {
  statements: number;
  targets: CorpusTargets;
  loads: Partial<Record<'grafeo' | 'neo4j' | 'memory', LoadStats>>;
  probes: Partial<Record<'grafeo' | 'neo4j' | 'memory', Record<string, { critics: number; portCalls: number; dbQueries: number; ms: number }>>>;
  floors: Partial<Record<'grafeo' | 'neo4j' | 'memory', Record<string, Floor>>> & Record<string, Record<string, Floor>>;
  cells: Cell[];
  skipped: Record<string, string>;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  mode: 'quick' | 'full';
  settings: { latencySeconds: number; throughputSeconds: number; connections: number; neo4jPagecache: string; neo4jHeap: string };
  machine: { nproc: string; cpu: string; free: string; node: string; totalMemGB: number; freeMemGB: number; load: string };
  scales: ScaleResult[];
}

const f0 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : Math.round(n).toLocaleString('en-GB'));
const f1 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(1));
const f2 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(2));
const scaleName = (s: number) => (s >= 1_000_000 ? `${s / 1_000_000}M` : s >= 1000 ? `${s / 1000}k` : String(s));

function cell(scale: ScaleResult, op: string, config: string): Cell | undefined {
  return scale.cells.find((c) => c.op === op && c.config === config);
}

const OP_ORDER = ['__typename', 'whoSaidWhat', 'actorProfile', 'search', 'network', 'discourse', 'councilRatings', 'setStance'];
const CONFIG_ORDER = ['grafeo', 'grafeo-unbatched', 'memory', 'neo4j', 'neo4j-unbatched', 'peer'];

export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(`Run ${results.startedAt} → ${results.finishedAt} (${results.mode} mode). Machine: ${m.nproc} cores (${m.cpu}), ${m.totalMemGB.toFixed(0)} GiB, Node ${m.node}, load average at the end ${m.load}.`);
  lines.push(`Latency (p50, p99) is with one client; throughput with ${results.settings.connections} concurrent clients (autocannon, loopback HTTP, separate process); ` +
    `${results.settings.latencySeconds} s + ${results.settings.throughputSeconds} s per cell. Neo4j page cache ${results.settings.neo4jPagecache}, heap ${results.settings.neo4jHeap}. ` +
    'With --merge, each scale keeps the run that last measured it, and this line names only the last run. The same cell moves by 20–40% between runs on these shared 2-core machines.');
  lines.push('');
  for (const scale of results.scales) {
    lines.push(`### ${scaleName(scale.statements)} statements`);
    lines.push('');
    const loads = Object.entries(scale.loads);
    if (loads.length) {
      lines.push('| bulk load (writePlan) | nodes | relationships (explicit + derived) | nodes/s | relationships/s | total s | generate s |');
      lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const [store, load] of loads) {
        if (!load) continue;
        lines.push(`| ${store} | ${f0(load.nodes)} | ${f0(load.relationships)} + ${f0(load.derived)} | ${f0(load.nodesPerSecond)} | ${f0(load.relationshipsPerSecond)} | ${f1(load.totalMs / 1000)} | ${f1(load.generateMs / 1000)} |`);
      }
      lines.push('');
    }
    lines.push('| operation | server | req/s | p50 ms | p99 ms | p50 ms loaded | round trips/req | Cypher/req | peak RSS MB | floor ms | p50 / floor | req/s / ceiling | vs peer (req/s, p50) | errors / note |');
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
    const ops = [...new Set(scale.cells.map((c) => c.op))].sort((a, b) => OP_ORDER.indexOf(a) - OP_ORDER.indexOf(b));
    for (const op of ops) {
      const configs = scale.cells.filter((c) => c.op === op).sort((a, b) => CONFIG_ORDER.indexOf(a.config) - CONFIG_ORDER.indexOf(b.config));
      for (const c of configs) {
        const floor = c.variant === 'chorus' ? scale.floors[c.store]?.[op] : undefined;
        const ceiling = cell(scale, op, 'memory');
        const peer = c.config === 'neo4j' ? cell(scale, op, 'peer') : undefined;
        lines.push(`| ${op} | ${c.config} | ${f0(c.rps)} | ${f1(c.p50)} | ${f1(c.p99)} | ${f1(c.loadedP50)} | ${f1(c.roundTrips)} | ${f1(c.dbQueries)} | ${f0(c.peakRssMB)} | ${f2(floor?.p50)} | ${floor ? f1(c.p50 / floor.p50) : '–'} | ` +
          `${c.config === 'grafeo' && ceiling ? f2(c.rps / ceiling.rps) : '–'} | ${peer ? `${f2(c.rps / peer.rps)}×, ${f2(c.p50 / peer.p50)}×` : '–'} | ${c.slow ? `one request only (${c.slow})` : c.errors || ''} |`);
      }
    }
    for (const [op, why] of Object.entries(scale.skipped)) lines.push(`\n${op}: skipped: ${why}.`);
    const probes = Object.entries(scale.probes);
    if (probes.length) {
      lines.push('');
      lines.push('Round-trip probe (`critics { node { roles { at } } evidence { source speaker } }` on a report with 10 and with 1,000 critics):');
      lines.push('');
      lines.push('| store | 10 critics: port calls (engine reads) | 1,000 critics: port calls (engine reads) | without DataLoaders: 10 / 1,000 |');
      lines.push('| --- | --- | --- | --- |');
      for (const [store, p] of probes) {
        if (!p) continue;
        const s = p['small.batched'], l = p['large.batched'], su = p['small.unbatched'], lu = p['large.unbatched'];
        lines.push(`| ${store} | ${s?.portCalls} (${s?.dbQueries}) in ${f1(s?.ms)} ms | ${l?.portCalls} (${l?.dbQueries}) in ${f1(l?.ms)} ms, ${l?.critics} critics | ${su?.portCalls} / ${lu?.portCalls} calls |`);
      }
    }
    lines.push('');
  }
  lines.push(...targets(results));
  return lines.join('\n');
}

/** The issue's targets, each with the figures that decide it. */
export function targets(results: BenchResults): string[] {
  const lines = ['### Targets', '', '| target | figures | holds |', '| --- | --- | --- |'];
  const seed = results.scales[0];
  const largest = results.scales[results.scales.length - 1];
  const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
  for (const scale of results.scales) {
    for (const [store, p] of Object.entries(scale.probes)) {
      if (!p) continue;
      const s = p['small.batched'], l = p['large.batched'];
      lines.push(`| round trips do not grow with result count (${store}, ${scaleName(scale.statements)}) | ${s?.portCalls} port calls / ${s?.dbQueries} engine reads at 10 results, ${l?.portCalls} / ${l?.dbQueries} at 1,000 | ${yes(!!s && !!l && l.portCalls <= s.portCalls && l.dbQueries <= s.dbQueries)} |`);
    }
  }
  if (seed) {
    for (const op of OP_ORDER.slice(1)) {
      const g = cell(seed, op, 'grafeo'), mem = cell(seed, op, 'memory');
      if (!g || !mem) continue;
      lines.push(`| seed scale, Grafeo ≥ 50% of the in-memory ceiling: ${op} | ${f0(g.rps)} vs ${f0(mem.rps)} req/s = ${f2(g.rps / mem.rps)} | ${yes(g.rps >= 0.5 * mem.rps)} |`);
    }
  }
  for (const scale of results.scales) {
    for (const op of OP_ORDER.slice(1)) {
      const n = cell(scale, op, 'neo4j'), peer = cell(scale, op, 'peer');
      if (!n || !peer) continue;
      lines.push(`| ${scaleName(scale.statements)}, Neo4j: Chorus ≥ peer req/s and ≤ peer p50: ${op} | ${f0(n.rps)} vs ${f0(peer.rps)} req/s; p50 ${f1(n.p50)} vs ${f1(peer.p50)} ms | ${yes(n.rps >= peer.rps && n.p50 <= peer.p50)} |`);
    }
  }
  if (seed && largest && largest !== seed) {
    const reached = largest.statements >= 1_000_000;
    for (const config of ['grafeo', 'neo4j']) {
      for (const op of OP_ORDER.slice(1)) {
        const a = cell(seed, op, config), b = cell(largest, op, config);
        if (!a || !b) continue;
        lines.push(`| p50 at ${scaleName(largest.statements)} ≤ 2 × seed p50${reached ? '' : ' (1M not run: largest scale measured)'}: ${op}, ${config} | ${f1(b.p50)} vs ${f1(a.p50)} ms = ${f1(b.p50 / a.p50)}× | ${yes(b.p50 <= 2 * a.p50)} |`);
      }
    }
  }
  for (const scale of results.scales) {
    const load = scale.loads.grafeo;
    if (load && scale.statements >= 10_000) lines.push(`| bulk load ≥ 50,000 relationships/s on Grafeo (${scaleName(scale.statements)}) | ${f0(load.relationshipsPerSecond)} relationships/s | ${yes(load.relationshipsPerSecond >= 50_000)} |`);
  }
  return lines;
}

/** p50 (one client) against scale, one line per operation and store, log-scaled x. */
export function svg(results: BenchResults): string {
  const W = 900, H = 520, left = 70, right = 230, top = 40, bottom = 60;
  const scales = results.scales.map((s) => s.statements);
  const series: { name: string; store: string; points: [number, number][] }[] = [];
  for (const op of OP_ORDER) {
    for (const config of ['grafeo', 'neo4j', 'peer', 'memory']) {
      const points = results.scales.map((s) => [s.statements, cell(s, op, config)?.p50] as [number, number | undefined]).filter((p): p is [number, number] => p[1] !== undefined);
      if (points.length) series.push({ name: `${op} · ${config}`, store: config, points });
    }
  }
  const maxY = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[1])));
  const yTop = 10 ** Math.ceil(Math.log10(maxY));
  const yMin = 0.1;
  const x = (v: number) => (scales.length < 2 ? left + (W - left - right) / 2 : left + ((Math.log10(v) - Math.log10(Math.min(...scales))) / (Math.log10(Math.max(...scales)) - Math.log10(Math.min(...scales)))) * (W - left - right));
  const y = (v: number) => top + (1 - (Math.log10(Math.max(v, yMin)) - Math.log10(yMin)) / (Math.log10(yTop) - Math.log10(yMin))) * (H - top - bottom);
  const colours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
  const dash: Record<string, string> = { grafeo: '', neo4j: '6 3', peer: '2 3', memory: '1 4' };
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${left}" y="20" font-size="14">Chorus p50 latency (one client, ms, log) against corpus size (statements, log)</text>`);
  for (let e = Math.log10(yMin); e <= Math.log10(yTop); e++) {
    const v = 10 ** e;
    out.push(`<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v >= 1 ? v : v.toFixed(1)}</text>`);
  }
  for (const s of scales) out.push(`<line x1="${x(s)}" x2="${x(s)}" y1="${top}" y2="${H - bottom}" stroke="#eee"/><text x="${x(s)}" y="${H - bottom + 16}" text-anchor="middle">${scaleName(s)}</text>`);
  out.push(`<text x="${(left + W - right) / 2}" y="${H - 15}" text-anchor="middle">statements</text>`);
  series.forEach((s, i) => {
    const colour = colours[OP_ORDER.indexOf(s.name.split(' · ')[0]) % colours.length];
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="1.6" stroke-dasharray="${dash[s.store] ?? ''}"/>`);
    for (const p of s.points) out.push(`<circle cx="${x(p[0]).toFixed(1)}" cy="${y(p[1]).toFixed(1)}" r="2.5" fill="${colour}"/>`);
    const ly = top + i * 13;
    if (ly < H - 10) out.push(`<line x1="${W - right + 10}" x2="${W - right + 34}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="1.6" stroke-dasharray="${dash[s.store] ?? ''}"/><text x="${W - right + 38}" y="${ly + 4}">${s.name}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

export function writeReports(results: BenchResults, benchDir: string): void {
  const dir = join(benchDir, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 1));
  const md = markdown(results);
  writeFileSync(join(dir, 'results.md'), `# Chorus benchmark results\n\n![p50 against scale](latency.svg)\n\n${md}\n`);
  writeFileSync(join(dir, 'latency.svg'), svg(results));
  const readme = join(benchDir, 'README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    const start = '<!-- results:start -->', end = '<!-- results:end -->';
    if (text.includes(start) && text.includes(end)) {
      const block = `${start}\n\n\`\`\`\n$ nproc; free -h; node --version\n${results.machine.nproc}\n${results.machine.free}\n${results.machine.node}\n\`\`\`\n\n![p50 against scale](results/latency.svg)\n\n${md}\n\n${end}`;
      writeFileSync(readme, text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length));
    }
  }
}
