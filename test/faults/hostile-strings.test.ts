/**
 * Hostile strings (test/support/hostile-strings.ts) in a real store and
 * through a real server, on each store: written directly to the store (as
 * data written before the rules, or by another tool, would be) and through
 * the API (which refuses what is not text, too long or not a web URL, and
 * writes nothing then). The exports are read back by Python's csv module and
 * networkx, and proposeArticle still answers with a 40,000-character name in
 * the graph.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveRelationships } from '../../src/derive/derive.js';
import { exportRoute } from '../../src/http/export.js';
import { relationshipId } from '../../src/model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../../src/model/records.js';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { BAD_URLS, CONTROL_CHARACTERS, FORMULAS, HOSTILE_STRINGS, LONE_SURROGATES, LONG_NAME } from '../support/hostile-strings.js';
import { startServer, type RunningServer } from '../support/server.js';
import { snapshotGraph } from '../support/snapshot.js';
import { clearStore, createGrafeoTestStore, createNeo4jTestStore, tempDir, TEST_NEO4J_URI, type TestStore } from '../support/stores.js';

const KEY = 'hostile-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };
const REPORT = 'report:hostile-report';
const SOURCE = 'source:hostile-source';
const WEB_SOURCE = 'source:hostile-web';
const WEB_URL = 'https://example.org/hostile?a=1&b=2';
const LONG_PERSON = 'person:hostile-long-name';

const CSV_READER = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
print(json.dumps(rows))
`;
const NETWORKX_READER = `
import json, sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
G = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
print(json.dumps({'nodes': {n: dict(d) for n, d in G.nodes(data=True)}, 'edges': [dict(d) for u, v, d in G.edges(data=True)]}, default=str))
`;
const python = (script: string, ...args: string[]) => JSON.parse(execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));

/** What a cell may not start with (a spreadsheet formula), and what no exported text may hold. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A report criticised by one person per hostile string, each person named by it and quoted saying it,
 * all in one source whose URL is javascript:, and once more in a source with a web address. Written as
 * the seed loader would, with its derived edges. The 40,000-character name is a person's name where the
 * store can hold it; Neo4j cannot index a value that long (its range index on Person.name refuses it),
 * so there it is the person's alias, which reaches the article matcher the same way.
 */
function hostileGraph(longName: 'name' | 'alias'): { nodes: NodeRecord[]; relationships: RelationshipRecord[] } {
  const texts = HOSTILE_STRINGS.filter((s) => s !== LONG_NAME);
  const separator = '\n\n';
  const text = texts.join(separator);
  const nodes: NodeRecord[] = [
    { id: REPORT, label: 'Report', properties: { title: FORMULAS[0]!, url: BAD_URLS[0]! } },
    { id: SOURCE, label: 'Source', properties: { title: '</title>&<script>', url: BAD_URLS[0]!, text, contentHash: createHash('sha256').update(text).digest('hex') } },
    { id: LONG_PERSON, label: 'Person', properties: longName === 'name' ? { name: LONG_NAME } : { name: 'Long Alias', aliases: [LONG_NAME] } },
    { id: WEB_SOURCE, label: 'Source', properties: { title: 'A web source', url: WEB_URL, text: FORMULAS[1]!, contentHash: createHash('sha256').update(FORMULAS[1]!).digest('hex') } },
    { id: 'statement:hostile-web', label: 'Statement', properties: { text: FORMULAS[1]!, kind: 'quote', codedBy: 'seed:hostile', confidence: 1 } },
  ];
  const relationships: RelationshipRecord[] = [];
  const rel = (type: string, from: string, to: string, properties: Record<string, unknown> = {}) =>
    relationships.push({ id: relationshipId(type as never, from, to, properties as never), type, from, to, properties } as RelationshipRecord);
  let offset = 0;
  texts.forEach((words, i) => {
    const person = `person:hostile-${i}`;
    const statement = `statement:hostile-${i}`;
    const length = Array.from(words).length;
    nodes.push({ id: person, label: 'Person', properties: { name: words, aliases: [words] } });
    nodes.push({ id: statement, label: 'Statement', properties: { text: words, kind: 'quote', codedBy: 'seed:hostile', confidence: 1, date: '2015-03-12' } });
    rel('SAID', person, statement);
    rel('ABOUT', statement, REPORT, { stance: i % 2 ? 'critical' : 'supportive' });
    rel('SOURCED_FROM', statement, SOURCE, { start: offset, end: offset + length });
    offset += length + Array.from(separator).length;
  });
  rel('SAID', 'person:hostile-1', 'statement:hostile-web');
  rel('ABOUT', 'statement:hostile-web', REPORT, { stance: 'critical' });
  rel('SOURCED_FROM', 'statement:hostile-web', WEB_SOURCE, { start: 0, end: Array.from(FORMULAS[1]!).length });
  return { nodes, relationships: [...relationships, ...deriveRelationships(nodes, relationships)] };
}

function defineHostileSuite(name: string, create: () => Promise<TestStore>, longName: 'name' | 'alias') {
  describe(`hostile strings on ${name}`, () => {
    let handle: TestStore;
    let server: RunningServer;
    const dir = tempDir('chorus-hostile-');
    const graph = hostileGraph(longName);
    /** The hostile persons' names as the store gave them back (a store may not keep a lone surrogate as sent). */
    const stored = new Map<string, string>();

    beforeAll(async () => {
      handle = await create();
      await clearStore(handle.store);
      await seedStore(handle.store, SEED_DIR);
      await handle.store.write({ nodes: graph.nodes, relationships: graph.relationships });
      for (const node of await handle.store.getNodes(graph.nodes.filter((n) => n.label === 'Person').map((n) => n.id))) {
        stored.set(node!.id, String(node!.properties.name));
        if (node!.id === LONG_PERSON && longName === 'alias') stored.set(LONG_PERSON, String((node!.properties.aliases as string[])[0]));
      }
      server = await startServer(handle.store, { CHORUS_API_KEYS: `tester:${KEY}`, CHORUS_MAX_COST: '100000' }, [exportRoute({ store: handle.store })]);
    });
    afterAll(async () => {
      await server?.stop();
      if (handle) await clearStore(handle.store);
      await handle?.dispose();
      dir.remove();
    });

    const download = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      const file = join(dir.path, `${Math.random().toString(36).slice(2)}-${path.split('?')[0]!.split('/').pop()}`);
      writeFileSync(file, bytes);
      return { bytes, file };
    };

    it(`the store holds the hostile names, the 40,000-character one whole (as a ${longName})`, () => {
      expect(stored.get(LONG_PERSON)).toBe(LONG_NAME);
      expect(stored.get('person:hostile-0')).toBe(FORMULAS[0]);
    });

    it('proposeArticle answers with a 40,000-character name and regex syntax among the graph’s names, finding the same speakers', async () => {
      const text = 'Alan Wood, president of the ADCS, said: “We believe the single inspection framework is flawed and does not get to the heart of how well services are working.”\n\n'
        + `Wood|Wilshaw and (a+)+$ and ${LONG_NAME.slice(0, 200)} were mentioned.`;
      const answer = await server.graphql('query($source: ArticleInput!) { proposeArticle(source: $source) }', { source: { text, title: 'A hostile test article' } });
      expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
      const draft = answer.body.data.proposeArticle;
      expect(draft.statements[0]).toMatchObject({ speaker: { id: 'person:alan-wood', existing: true } });
      expect(draft.statements.map((s: any) => s.speaker.id)).not.toContain(LONG_PERSON);
    });

    it('the statements CSV neutralises formulas, drops control characters and the javascript: URL, and keeps numbers numbers', async () => {
      const { bytes, file } = await download('/export/statements.csv?view=two-mode');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = python(CSV_READER, file) as Record<string, string>[];
      const hostileRows = rows.filter((r) => r.statement_id.startsWith('statement:hostile-'));
      expect(hostileRows).toHaveLength(HOSTILE_STRINGS.length);
      for (const row of rows) {
        for (const [column, cell] of Object.entries(row)) {
          expect(FORMULA_START.test(cell), `${column}: ${JSON.stringify(cell)}`).toBe(false);
          expect(cell.match(NOT_TEXT), `${column}: ${JSON.stringify(cell)}`).toBeNull();
        }
        expect(row.url === '' || /^https?:\/\//.test(row.url), row.url).toBe(true);
        expect(Number.isInteger(Number(row.start)) && Number.isInteger(Number(row.end)), `${row.start} ${row.end}`).toBe(true);
      }
      // A web address is kept; the javascript: one is gone.
      expect(hostileRows.filter((r) => r.source_id === WEB_SOURCE).map((r) => r.url)).toEqual([WEB_URL]);
      expect(hostileRows.filter((r) => r.source_id === SOURCE).every((r) => r.url === '')).toBe(true);
      const row = (i: number) => hostileRows.find((r) => r.statement_id === `statement:hostile-${i}`)!;
      // A formula is shown, not run: a leading quote, and otherwise the words exactly.
      FORMULAS.forEach((formula, i) => {
        expect(row(i).speaker).toBe(`'${stored.get(`person:hostile-${i}`)!.replace(NOT_TEXT, '')}`);
        expect(row(i).text).toBe(`'${formula}`);
      });
      expect(row(0).target).toBe(`'${FORMULAS[0]}`);
      // Control characters are removed, the words kept.
      CONTROL_CHARACTERS.forEach((words, k) => {
        const i = FORMULAS.length + k;
        expect(row(i).text).toBe(words.replace(NOT_TEXT, ''));
      });
      // Offsets are the statements' own, as numbers.
      for (const rel of graph.relationships.filter((r) => r.type === 'SOURCED_FROM')) {
        const r = hostileRows.find((x) => x.statement_id === rel.from)!;
        expect([Number(r.start), Number(r.end)]).toEqual([rel.properties.start, rel.properties.end]);
      }
    });

    for (const format of ['gexf', 'graphml'] as const) {
      it(`the ${format.toUpperCase()} export of the hostile report’s reception is XML that networkx reads, names intact but for what XML cannot carry`, async () => {
        const { file } = await download(`/export/network.${format}?from=${REPORT}`);
        const read = python(NETWORKX_READER, format, file);
        const critics = graph.nodes.filter((n) => n.label === 'Person' && n.id !== LONG_PERSON);
        expect(Object.keys(read.nodes).sort()).toEqual([REPORT, ...critics.map((n) => n.id)].sort());
        for (const person of critics) {
          expect(read.nodes[person.id].label, person.id).toBe(stored.get(person.id)!.replace(XML_FORBIDDEN, ''));
        }
        expect(read.nodes[REPORT].label).toBe(FORMULAS[0]);
        // The evidence quotes are JSON inside the attribute: they carry even what XML cannot.
        const quotes = read.edges.flatMap((e: any) => JSON.parse(e.quotes) as string[]);
        expect(quotes).toEqual(expect.arrayContaining(FORMULAS));
      });
    }

    it('the JSON exports parse and carry the names as stored', async () => {
      for (const path of [`/export/network.d3.json?from=${REPORT}`, `/export/network.cyjs.json?from=${REPORT}`]) {
        const { bytes } = await download(path);
        const parsed = JSON.parse(bytes.toString('utf8'));
        const nodes = path.includes('d3') ? parsed.nodes : parsed.elements.nodes.map((n: any) => n.data);
        expect(nodes.find((n: any) => n.id === 'person:hostile-0').label).toBe(FORMULAS[0]);
      }
    });

    it('the API refuses what is not text, too long or not a web URL, naming the field, and writes nothing', async () => {
      const before = await snapshotGraph(handle.store, { withChanges: true });
      const ADD_ACTOR = 'mutation($input: AddActorInput!, $key: String) { addActor(input: $input, idempotencyKey: $key) { applied node { id } } }';
      const refused = async (input: Record<string, unknown>, key?: string) => {
        const answer = await server.graphql(ADD_ACTOR, { input, key }, AUTH);
        expect(answer.body.errors?.[0]?.extensions?.code, JSON.stringify(input).slice(0, 80)).toBe('BAD_USER_INPUT');
        return answer.body.errors[0].extensions.problems as { path: (string | number)[]; message: string }[];
      };
      const long = await refused({ type: 'PERSON', id: 'person:too-long', name: LONG_NAME });
      expect(long).toContainEqual({ path: ['nodes', 0, 'properties', 'name'], message: `Person.name is ${LONG_NAME.length} characters long; the limit is 300` });
      for (const bad of [...CONTROL_CHARACTERS, ...LONE_SURROGATES]) {
        const problems = await refused({ type: 'PERSON', id: 'person:not-text', name: bad });
        expect(problems.map((p) => p.path), JSON.stringify(bad)).toEqual([['nodes', 0, 'properties', 'name']]);
        expect(problems[0]!.message).toMatch(/contains U\+[0-9A-F]{4} at \d+, which is not text/);
      }
      for (const url of BAD_URLS) {
        const problems = await refused({ type: 'ORGANISATION', name: 'Linked Body', kind: 'other', url });
        expect(problems.map((p) => p.path), url).toEqual([['nodes', 0, 'properties', 'url']]);
        expect(problems[0]!.message).toMatch(/must be an http: or https: URL/);
      }
      const key = await refused({ type: 'PERSON', name: 'Keyed Person' }, 'k'.repeat(301));
      expect(key).toEqual([{ path: ['idempotencyKey'], message: 'idempotencyKey is 301 characters long; the limit is 300' }]);
      const noted = await server.graphql(`mutation { updateNode(id: "${REPORT}", set: { url: "javascript:alert(1)" }) { applied } }`, undefined, AUTH);
      expect(noted.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(noted.body.errors[0].extensions.problems[0].path).toEqual(['nodes', 0, 'properties', 'url']);
      expect(await snapshotGraph(handle.store, { withChanges: true })).toEqual(before);
    });

    it('what the API accepts (formulas, bidi overrides, regex and XML syntax in names) is exported safely', async () => {
      const accepted = HOSTILE_STRINGS.filter((s) => s !== LONG_NAME && !s.match(NOT_TEXT));
      const ids: string[] = [];
      for (const [i, name] of accepted.entries()) {
        const answer = await server.graphql('mutation($input: AddActorInput!) { addActor(input: $input) { node { id } } }', { input: { type: 'PERSON', id: `person:api-hostile-${i}`, name } }, AUTH);
        expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
        ids.push(answer.body.data.addActor.node.id);
      }
      // Each says the words of a hostile statement, about the hostile report: the CSV and the networks carry them.
      const statement = graph.nodes.find((n) => n.id === 'statement:hostile-0')!;
      const sourced = graph.relationships.find((r) => r.type === 'SOURCED_FROM' && r.from === statement.id)!;
      const ADD_STATEMENT = 'mutation($input: AddStatementInput!) { addStatement(input: $input) { node { id } } }';
      for (const id of ids) {
        const answer = await server.graphql(ADD_STATEMENT, {
          input: { id: `statement:by-${id.slice('person:'.length)}`, speaker: id, source: SOURCE, start: sourced.properties.start, end: sourced.properties.end, text: statement.properties.text, kind: 'QUOTE', about: [{ target: REPORT, stance: 'CRITICAL' }] },
        }, AUTH);
        expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
      }
      const { file } = await download(`/export/statements.csv?from=${REPORT}`);
      const rows = (python(CSV_READER, file) as Record<string, string>[]).filter((r) => ids.includes(r.speaker_id));
      expect(rows).toHaveLength(ids.length);
      for (const row of rows) {
        const name = accepted[ids.indexOf(row.speaker_id)]!;
        expect(row.speaker).toBe(FORMULA_START.test(name) ? `'${name}` : name);
      }
      for (const format of ['gexf', 'graphml'] as const) {
        const read = python(NETWORKX_READER, format, (await download(`/export/network.${format}?from=${REPORT}`)).file);
        for (const [i, id] of ids.entries()) expect(read.nodes[id]?.label, id).toBe(accepted[i]);
      }
    });

    it('commitArticle refuses a draft whose source URL is not a web address, naming it, and writes nothing', async () => {
      const text = 'Alan Wood, president of the ADCS, said: “We believe the single inspection framework is flawed and does not get to the heart of how well services are working.”';
      const source = { text, title: 'A linked article', url: 'https://example.org/article' };
      const proposed = await server.graphql('query($source: ArticleInput!) { proposeArticle(source: $source) }', { source });
      expect(proposed.body.errors).toBeUndefined();
      const draft = proposed.body.data.proposeArticle;
      const before = await snapshotGraph(handle.store, { withChanges: true });
      const COMMIT = 'mutation($source: ArticleInput!, $draft: JSONObject!) { commitArticle(source: $source, draft: $draft) { applied } }';
      const committed = await server.graphql(COMMIT, { source, draft: { ...draft, source: { ...draft.source, url: 'javascript:alert(1)' } } }, AUTH);
      expect(committed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(committed.body.errors[0].extensions.problems).toContainEqual({ path: ['draft', 'source', 'url'], message: 'Source.url must be an http: or https: URL, got "javascript:alert(1)"' });
      // proposeArticle itself refuses one too.
      const refused = await server.graphql('query($source: ArticleInput!) { proposeArticle(source: $source) }', { source: { ...source, url: 'data:text/html,x' } });
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: ['url'] }] });
      expect(await snapshotGraph(handle.store, { withChanges: true })).toEqual(before);
    });
  });
}

defineHostileSuite('Grafeo', createGrafeoTestStore, 'name');
describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => defineHostileSuite('Neo4j', createNeo4jTestStore, 'alias'));
