/**
 * /export/* read back by independent readers, compared with the GraphQL
 * answer for the same selection: networkx (Python) for GEXF and GraphML,
 * headless cytoscape for the Cytoscape.js JSON, Python's csv module for the
 * statements. Needs python3 with networkx (CI installs it).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { exportRoute } from '../../src/http/export.js';
import { toGexf, toGraphml, xmlEscape } from '../../src/network/formats.js';
import type { Network } from '../../src/network/network.js';
import { seed } from '../support/seed-facts.js';
import { useSeededServer } from '../support/seeded-server.js';
import { tempDir } from '../support/stores.js';

const REPORT = 'report:ofsted-social-care-annual-report-2013-14';

/** Reads a GEXF or GraphML file with networkx and prints what it found as JSON. */
const NETWORKX_READER = `
import json, sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
G = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
edges = []
for u, v, k, d in (G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))):
    edges.append({'source': u, 'target': v, 'key': k, **{a: d[a] for a in d}})
print(json.dumps({'directed': G.is_directed(), 'multigraph': G.is_multigraph(), 'nodes': {n: dict(d) for n, d in G.nodes(data=True)}, 'edges': edges}, default=str))
`;

const CSV_READER = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
print(json.dumps(rows))
`;

const python = (script: string, ...args: string[]) => JSON.parse(execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));

describe('exports read back by independent readers', () => {
  const server = useSeededServer({}, { routes: (store) => [exportRoute({ store })] });
  const dir = tempDir('chorus-exports-');
  afterAll(() => dir.remove());

  const download = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    // The bytes as sent: response.text() would drop the CSV's byte-order mark.
    const bytes = Buffer.from(await response.arrayBuffer());
    const body = bytes.toString('utf8');
    const file = join(dir.path, `${Math.random().toString(36).slice(2)}-${path.split('?')[0].split('/').pop()}`);
    writeFileSync(file, bytes);
    return { response, body, file };
  };
  const graphqlNetwork = async (args: string) => {
    const { body } = await server.graphql(
      `{ network(${args} metrics: [DEGREE, WEIGHTED_DEGREE, PAGERANK, BETWEENNESS, COMMUNITY, LAYOUT]) { nodes { id type label firstDate lastDate metrics { degree weightedDegree pagerank betweenness community x y } } edges { id source target type weight stance firstDate lastDate evidence } } }`,
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data.network;
  };
  const typeName = (graphqlType: string) => graphqlType.charAt(0) + graphqlType.slice(1).toLowerCase();

  for (const format of ['gexf', 'graphml'] as const) {
    it(`writes ${format.toUpperCase()} that networkx reads back as the GraphQL answer, parallel edges and evidence kept`, async () => {
      const { response, file } = await download(`/export/network.${format}?from=${REPORT}&depth=2`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(format === 'gexf' ? 'application/gexf+xml' : 'application/graphml+xml');
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="chorus-graph-network-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
      const expected = await graphqlNetwork(`from: ["${REPORT}"], depth: 2,`);
      const read = python(NETWORKX_READER, format, file);
      expect(read.directed).toBe(true);
      expect(Object.keys(read.nodes).sort()).toEqual(expected.nodes.map((n: any) => n.id).sort());
      expect(read.edges).toHaveLength(expected.edges.length);
      // Parallel edges (an actor who both criticised and praised a report) are kept: networkx made a multigraph.
      const pairs = expected.edges.map((e: any) => `${e.source}>${e.target}`);
      expect(new Set(pairs).size).toBeLessThan(pairs.length);
      expect(read.multigraph).toBe(true);
      for (const node of expected.nodes) {
        const got = read.nodes[node.id];
        expect(got.label).toBe(node.label);
        expect(got.type).toBe(typeName(node.type));
        expect(Number(got.pagerank)).toBeCloseTo(node.metrics.pagerank, 12);
        expect(Number(got.community)).toBe(node.metrics.community);
        expect(Number(got.degree)).toBe(node.metrics.degree);
        if (format === 'gexf') {
          expect(Number(got.viz.position.x)).toBeCloseTo(node.metrics.x, 6);
          expect(got.viz.color).toBeDefined();
          expect(Number(got.viz.size)).toBeGreaterThan(0);
          if (node.firstDate) expect(got.start).toBeDefined();
        } else {
          expect(Number(got.x)).toBeCloseTo(node.metrics.x, 6);
        }
      }
      for (const edge of expected.edges) {
        const got = read.edges.find((e: any) => e.id === edge.id || e.key === edge.id);
        expect(got, edge.id).toBeDefined();
        expect(got).toMatchObject({ source: edge.source, target: edge.target, type: edge.type });
        expect(Number(got.weight)).toBe(edge.weight);
        expect(got.stance ?? null).toBe(edge.stance?.toLowerCase() ?? null);
        expect(JSON.parse(got.evidence)).toEqual(edge.evidence);
        const quotes = JSON.parse(got.quotes);
        expect(quotes).toHaveLength(edge.evidence.length);
        edge.evidence.forEach((id: string, i: number) => {
          const node = seed.node(id);
          expect(quotes[i]).toBe(node.label === 'Statement' ? node.properties.text : expect.any(String));
        });
        if (format === 'gexf' && edge.firstDate) expect(got.start).toBeDefined();
      }
    });
  }

  it('escapes XML: quotes, ampersands, angle brackets, curly quotes, non-breaking spaces and line breaks survive networkx', () => {
    const nasty = 'He said "no" & ‘yes’ <b>“really”</b>\u00a0— it\'s\nall\tfine\u0001';
    const network: Network = {
      kind: 'graph', directed: true, truncated: false,
      nodes: [
        { id: 'person:a', type: 'Person', label: nasty, metrics: {}, firstDate: '2014', lastDate: '2015-03' },
        { id: 'report:b', type: 'Report', label: 'R & D', metrics: {} },
      ],
      edges: [{ id: 'criticised:person:a>report:b', source: 'person:a', target: 'report:b', type: 'CRITICISED', weight: 1, stance: 'critical', evidence: ['statement:s'], firstDate: '2014' }],
    };
    const texts = new Map([['statement:s', nasty]]);
    const clean = nasty.replace('\u0001', '');
    for (const [format, text] of [['gexf', toGexf(network, texts)], ['graphml', toGraphml(network, texts)]] as const) {
      const file = join(dir.path, `nasty.${format}`);
      writeFileSync(file, text, 'utf8');
      const read = python(NETWORKX_READER, format, file);
      expect(read.nodes['person:a'].label).toBe(clean);
      // JSON inside the attribute escapes even the control character XML cannot carry.
      expect(JSON.parse(read.edges[0].quotes)).toEqual([nasty]);
      if (format === 'gexf') expect(read.nodes['person:a']).toMatchObject({ start: '2014-01-01', end: '2015-03-31' });
    }
    expect(xmlEscape('a&b<c>"d\'')).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });

  it('writes Cytoscape.js JSON that headless cytoscape loads as the GraphQL answer', async () => {
    const { response, body } = await download(`/export/network.cyjs.json?from=${REPORT}`);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="chorus-graph-network-.*\.cyjs\.json"$/);
    const expected = await graphqlNetwork(`from: ["${REPORT}"],`);
    const cy = cytoscape({ headless: true, elements: JSON.parse(body).elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(expected.nodes.length);
    expect(cy.edges().length).toBe(expected.edges.length);
    for (const edge of expected.edges) {
      const got = cy.getElementById(edge.id);
      expect(got.source().id()).toBe(edge.source);
      expect(got.target().id()).toBe(edge.target);
      expect(got.data('weight')).toBe(edge.weight);
      expect(got.data('evidence')).toEqual(edge.evidence);
      expect(got.data('quotes')).toHaveLength(edge.evidence.length);
    }
    for (const node of expected.nodes) {
      const got = cy.getElementById(node.id);
      expect(got.data('label')).toBe(node.label);
      expect(got.position()).toEqual({ x: node.metrics.x, y: node.metrics.y });
    }
  });

  it('writes D3 {nodes, links} JSON for a discourse projection', async () => {
    const { response, body } = await download('/export/network.d3.json?view=congruence&actors=organisation&normalisation=jaccard');
    expect(response.headers.get('content-type')).toContain('application/json');
    const d3 = JSON.parse(body);
    const { body: gql } = await server.graphql('{ discourseNetwork(aggregation: CONGRUENCE, actors: ORGANISATION, normalisation: JACCARD) { nodes { id } edges { id source target weight evidence } } }');
    expect(d3.directed).toBe(false);
    expect(d3.nodes.map((n: any) => n.id)).toEqual(gql.data.discourseNetwork.nodes.map((n: any) => n.id));
    expect(d3.links.map((l: any) => ({ id: l.id, source: l.source, target: l.target, weight: l.weight, evidence: l.evidence }))).toEqual(gql.data.discourseNetwork.edges);
    expect(d3.nodes.every((n: any) => typeof n.pagerank === 'number' && typeof n.community === 'number')).toBe(true);
  });

  it('writes statements as RFC 4180 CSV that Python’s csv module reads, one row per statement and target', async () => {
    const { response, body, file } = await download('/export/statements.csv?view=two-mode');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="chorus-statements-.*\.csv"$/);
    // A byte-order mark first, so that Excel reads UTF-8 ("Children’s", not "Childrenâ€™s").
    expect(body.split('\r\n')[0]).toBe('\uFEFFstatement_id,speaker_id,speaker,organisation_ids,organisations,target_id,target,target_type,stance,kind,date,source_id,source,source_date,url,start,end,text,attitude_of,attribution_conflicts');
    const rows = python(CSV_READER, file) as Record<string, string>[];
    const statements = seed.nodes.filter((n) => n.label === 'Statement');
    const abouts = seed.stanceLinks();
    const saidSomething = statements.filter((s) => abouts.some((a) => a.from === s.id));
    expect(rows).toHaveLength(abouts.filter((a) => saidSomething.some((s) => s.id === a.from)).length);
    for (const row of rows) {
      const statement = seed.node(row.statement_id);
      expect(row.text).toBe(statement.properties.text);
      expect(row.speaker_id).toBe(seed.speakerOf(row.statement_id));
      const about = abouts.find((a) => a.from === row.statement_id && a.to === row.target_id)!;
      expect(row.stance).toBe(about.stance);
      const sourced = seed.relationships('SOURCED_FROM').find((r) => r.from === row.statement_id)!;
      expect([row.source_id, Number(row.start), Number(row.end)]).toEqual([sourced.to, sourced.properties.start, sourced.properties.end]);
      expect(row.attitude_of).toBe(seed.relationships('ATTITUDE_OF').filter((r) => r.from === row.statement_id).map((r) => r.to).join('; '));
    }
    // The one sentence two sources give to two speakers: each row names the other printing.
    const conflicted = Object.fromEntries(rows.filter((r) => r.attribution_conflicts).map((r) => [r.statement_id, r.attribution_conflicts]));
    expect(conflicted).toEqual({
      'statement:guardian-2015-sector-response.wilshaw-recognise-context': 'statement:pse-2015-ofsted-critical.jones-context-and-constraints',
      'statement:pse-2015-ofsted-critical.jones-context-and-constraints': 'statement:guardian-2015-sector-response.wilshaw-recognise-context',
    });
    expect(rows.some((r) => r.attitude_of === 'council:birmingham')).toBe(true);
    // Texts with commas and quotes are there and came back whole.
    expect(rows.some((r) => r.text.includes(',') || r.text.includes('"'))).toBe(true);
  });

  it('exports what the network rests on: the graph view’s CSV is its evidence', async () => {
    const { file } = await download(`/export/statements.csv?from=${REPORT}&stances=critical`);
    const rows = python(CSV_READER, file) as Record<string, string>[];
    expect([...new Set(rows.map((r) => r.statement_id))].sort()).toEqual(seed.about(REPORT, 'critical').sort());
  });

  it('answers bad parameters with 400 naming the parameter, and unknown exports with 404', async () => {
    for (const [query, parameter] of [
      ['depth=deep', 'depth'], ['depth=9', 'depth'], ['view=sideways', 'view'], ['colour=red', 'colour'], ['limit=1000000', 'limit'],
      ['dateFrom=March', 'dateFrom'], ['stances=angry', 'stances'], ['normalisation=jaccard', 'normalisation'], ['includeMixed=maybe', 'includeMixed'],
    ]) {
      const response = await fetch(`${server.url}/export/network.gexf?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as any;
      expect(body.error.parameter, query).toBe(parameter);
      expect(body.error.code).toBe('BAD_USER_INPUT');
    }
    expect((await fetch(`${server.url}/export/network.gexf?from=person:nobody`)).status).toBe(404);
    expect((await fetch(`${server.url}/export/network.pdf`)).status).toBe(404);
    expect((await fetch(`${server.url}/export/network.gexf`, { method: 'POST' })).status).toBe(405);
  });

  it('exports the whole graph within the cap when given no parameters, saying when it is cut', async () => {
    const whole = await fetch(`${server.url}/export/network.d3.json`);
    const d3 = (await whole.json()) as any;
    const derived = ['CRITICISED', 'PRAISED', 'RESPONDED_TO', 'RATED'].flatMap((t) => seed.relationships(t));
    expect(d3.links).toHaveLength(derived.length);
    expect(d3.truncated).toBe(false);
    const cut = await fetch(`${server.url}/export/network.d3.json?limit=10`);
    expect(cut.headers.get('x-chorus-truncated')).toBe('true');
    const body = (await cut.json()) as any;
    expect(body.links).toHaveLength(10);
    expect(body.message).toMatch(/more than 10 relationships/);
  });
});
