/**
 * The network target: a depth-2 network of 10,000 edges with degree, PageRank
 * and Louvain in ≤ 1 s; with sampled betweenness and a bounded layout in ≤ 3 s.
 * Asked through the real server over loopback HTTP (store read, network
 * building, metrics, JSON), on Grafeo and, with --neo4j, on Neo4j.
 *
 *   npm run bench:network -- [--edges 10000] [--repeats 5] [--neo4j bolt://127.0.0.1:7699] [--dry]
 *
 * Writes bench/results/network.md and network.json (not with --dry).
 *
 * With --neo4j the database's synthetic nodes (ids `…:net-…`) are written and left; never point it at data you keep.
 * The corpus: `people` people each criticising or praising every one of `reports` reports, one statement per edge,
 * so the depth-2 network from one report (report → its speakers → their other reports) holds every edge.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relationshipId } from '../src/model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../src/model/records.js';
import { deriveRelationships } from '../src/derive/derive.js';
import { loadSettings } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { buildChorusSchema } from '../src/graphql/schema.js';
import { createChorusServer } from '../src/http/server.js';
import { GrafeoStore } from '../src/store/grafeo/grafeo-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../src/store/port.js';
import { hasFlag, optionValue } from './args.js';

const EDGES = Number(optionValue('edges', '10000'));
const REPEATS = Number(optionValue('repeats', '5'));
const NEO4J = optionValue('neo4j', '');
const REPORTS = 20;
const PEOPLE = Math.ceil(EDGES / REPORTS);

function corpus(): { nodes: NodeRecord[]; relationships: RelationshipRecord[] } {
  const nodes: NodeRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  const rel = (type: RelationshipRecord['type'], from: string, to: string, properties: Record<string, string> = {}): RelationshipRecord => ({ id: relationshipId(type, from, to, properties), type, from, to, properties });
  for (let r = 0; r < REPORTS; r++) nodes.push({ id: `report:net-r${r}`, label: 'Report', properties: { title: `Network report ${r}`, date: `${2009 + (r % 8)}-06-01` } });
  for (let p = 0; p < PEOPLE; p++) nodes.push({ id: `person:net-p${p}`, label: 'Person', properties: { name: `Network person ${p}` } });
  for (let i = 0; i < PEOPLE * REPORTS && i < EDGES; i++) {
    const p = Math.floor(i / REPORTS);
    const r = i % REPORTS;
    const statement = `statement:net-s${i}`;
    nodes.push({ id: statement, label: 'Statement', properties: { text: `Network statement ${i}`, kind: 'paraphrase', date: `${2009 + (i % 8)}-${String(1 + (i % 12)).padStart(2, '0')}`, codedBy: 'seed:bench', confidence: 1 } });
    relationships.push(rel('SAID', `person:net-p${p}`, statement), rel('ABOUT', statement, `report:net-r${r}`, { stance: (p + r) % 3 === 2 ? 'supportive' : 'critical' }));
  }
  return { nodes, relationships: [...relationships, ...deriveRelationships(nodes, relationships)] };
}

async function load(store: GraphStore): Promise<void> {
  const { nodes, relationships } = corpus();
  for (let i = 0; i < nodes.length; i += 5_000) await store.write({ nodes: nodes.slice(i, i + 5_000) });
  for (let i = 0; i < relationships.length; i += 5_000) await store.write({ relationships: relationships.slice(i, i + 5_000) });
}

const QUERY = `query($from: [ID!], $limit: Int, $metrics: [NetworkMetric!]) {
  network(from: $from, depth: 2, limit: $limit, metrics: $metrics) { truncated nodes { id metrics { degree pagerank betweenness community x y } } edges { id weight } } }`;

interface Cell { store: string; metrics: string; edges: number; nodes: number; medianMs: number; minMs: number; maxMs: number; targetMs: number; met: boolean }

async function measure(storeName: string, store: GraphStore): Promise<Cell[]> {
  const settings = loadSettings({ PORT: '0', LOG_LEVEL: 'silent', CHORUS_MAX_COST: '10000000' });
  const server = await createChorusServer({ schema: await buildChorusSchema(), store, settings, logger: createLogger('silent') });
  const url = await server.listen(0, '127.0.0.1');
  const cells: Cell[] = [];
  try {
    for (const [metrics, targetMs] of [[['DEGREE', 'PAGERANK', 'COMMUNITY'], 1_000], [['DEGREE', 'PAGERANK', 'COMMUNITY', 'BETWEENNESS', 'LAYOUT'], 3_000]] as const) {
      const times: number[] = [];
      let shape = { edges: 0, nodes: 0 };
      for (let i = 0; i <= REPEATS; i++) {
        const started = performance.now();
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY, variables: { from: ['report:net-r0'], limit: 20_000, metrics } }),
        });
        const body = (await response.json()) as { data?: { network: { nodes: unknown[]; edges: unknown[]; truncated: boolean } }; errors?: unknown };
        const ms = performance.now() - started;
        if (body.errors || !body.data) throw new Error(`network query failed: ${JSON.stringify(body.errors)}`);
        shape = { edges: body.data.network.edges.length, nodes: body.data.network.nodes.length };
        if (i > 0) times.push(ms); // the first is a warm-up
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      cells.push({ store: storeName, metrics: metrics.join('+').toLowerCase(), ...shape, medianMs: Math.round(median), minMs: Math.round(times[0]), maxMs: Math.round(times.at(-1)!), targetMs, met: median <= targetMs });
      console.error(`${storeName} ${metrics.join('+')}: ${shape.edges} edges, ${shape.nodes} nodes, median ${median.toFixed(0)} ms`);
    }
  } finally {
    await server.stop();
  }
  return cells;
}

async function main() {
  const cells: Cell[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-network-'));
  try {
    const grafeo = GrafeoStore.open({ path: join(dir, 'network.grafeo') });
    await grafeo.setup();
    await load(grafeo);
    cells.push(...(await measure('grafeo', grafeo)));
    await grafeo.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (NEO4J) {
    const neo4j = Neo4jStore.open({ uri: NEO4J });
    await neo4j.setup();
    await load(neo4j);
    cells.push(...(await measure('neo4j', neo4j)));
    await neo4j.close();
  }
  const table = [
    `Run ${new Date().toISOString()}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; median of ${REPEATS} requests after one warm-up.`,
    '',
    '| store | metrics | edges | nodes | median ms | min–max ms | target ms | met |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...cells.map((c) => `| ${c.store} | ${c.metrics} | ${c.edges.toLocaleString('en')} | ${c.nodes.toLocaleString('en')} | ${c.medianMs} | ${c.minMs}–${c.maxMs} | ≤ ${c.targetMs} | ${c.met ? 'yes' : 'no'} |`),
  ].join('\n');
  console.log(table);
  if (!hasFlag('dry')) {
    const results = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'results');
    writeFileSync(join(results, 'network.md'), `${table}\n`);
    writeFileSync(join(results, 'network.json'), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cells }, null, 2)}\n`);
  }
  process.exitCode = cells.every((c) => c.met && c.edges >= EDGES) ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
