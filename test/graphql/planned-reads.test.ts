/**
 * Reads planned ahead (read-plan.ts, store/neo4j/related-tree.ts). On Neo4j, the seed graph:
 * - the store: a related read with planned levels gives, at every level, what `related` gives for those
 *   parents read one level at a time (pages, sorts, keysets, filters, parents of several labels, levels
 *   that find nothing);
 * - the API: a node asked for by id, its page of statements, their speakers, targets and sources, and the
 *   speakers' roles are read in one wave (one statement), and answer what the same server answers when the
 *   store cannot read planned levels (level by level, three waves); below a list or search hits, the
 *   levels under the first come with it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { VOCABULARY_LABELS } from '../../src/search/vocabulary.js';
import type { GraphStore, PlannedHits, PlannedRead, RelatedHit, RelatedQuery } from '../../src/store/port.js';
import { clearStore, createNeo4jTestStore, TEST_NEO4J_URI, type TestStore } from '../support/stores.js';
import { recordStoreCalls, type StoreCall } from '../support/store-calls.js';
import { startServer, type RunningServer } from '../support/server.js';

const REPORT = 'report:ofsted-social-care-annual-report-2013-14';

/** A report's statements, newest first, and what a who-said-what page reads of each. */
const STATEMENTS: RelatedQuery = { type: 'ABOUT', direction: 'in', otherLabel: 'Statement', sort: { on: 'node', property: 'dateFrom', direction: 'DESC' }, limit: 4, omitLarge: true };
const PLAN: PlannedRead[] = [
  { label: 'Statement', query: { type: 'SAID', direction: 'in', limit: 1, omitLarge: true }, next: [
    { label: 'Person', query: { type: 'HELD_ROLE', direction: 'out', sort: { on: 'relationship', property: 'title', direction: 'ASC' } }, next: [] },
  ] },
  { label: 'Statement', query: { type: 'ABOUT', direction: 'out', omitLarge: true }, next: [] },
  { label: 'Statement', query: { type: 'SOURCED_FROM', direction: 'out', limit: 1, omitLarge: true }, next: [
    { label: 'Source', query: { type: 'PUBLISHED', direction: 'in', limit: 1, omitLarge: true }, next: [] },
  ] },
];

/** Asserts that each planned level holds, for every node of its label among `parents`' hits, what `related` gives it. */
async function expectSameAsLevelByLevel(store: GraphStore, parents: readonly RelatedHit[][], planned: readonly PlannedHits[], reads: readonly PlannedRead[]): Promise<number> {
  expect(planned.map((p) => p.read)).toEqual(reads);
  let checked = 0;
  for (const { read, hitsByParent, next } of planned) {
    const ids = [...new Set(parents.flat().filter((hit) => hit.node.label === read.label).map((hit) => hit.node.id))];
    expect([...hitsByParent.keys()].sort()).toEqual([...ids].sort());
    const levelByLevel = await store.related(ids, read.query);
    expect(ids.map((id) => hitsByParent.get(id))).toEqual(levelByLevel);
    checked += levelByLevel.flat().length;
    checked += await expectSameAsLevelByLevel(store, levelByLevel, next, read.next);
  }
  return checked;
}

describe.skipIf(!TEST_NEO4J_URI)('reads planned ahead, on Neo4j', () => {
  let neo4j: TestStore;
  let store: GraphStore;
  let reports: string[];

  beforeAll(async () => {
    neo4j = await createNeo4jTestStore();
    await clearStore(neo4j.store);
    await seedStore(neo4j.store, SEED_DIR);
    store = neo4j.store;
    reports = (await store.list({ label: 'Report', limit: 100 })).nodes.map((node) => node.id);
  });
  afterAll(async () => {
    if (neo4j) await clearStore(neo4j.store);
    await neo4j?.dispose();
  });

  async function readPlanned(parentIds: readonly string[], query: RelatedQuery, next: readonly PlannedRead[]) {
    const found = await store.relatedWithNext!(parentIds, query, next);
    expect(found.hits).toEqual(await store.related(parentIds, query));
    return { found, checked: found.hits.flat().length + (await expectSameAsLevelByLevel(store, found.hits, found.next, next)) };
  }

  it('gives every level what related gives it, for the statements of every report', async () => {
    expect(store.relatedWithNext).toBeTypeOf('function');
    const { checked } = await readPlanned(reports, STATEMENTS, PLAN);
    expect(checked).toBeGreaterThan(reports.length * 4); // statements, and at each level below them something
  });

  it('follows keyset pages and sorts both ways, and a filter that leaves nothing', async () => {
    const first = await readPlanned([REPORT], STATEMENTS, PLAN);
    const last = first.found.hits[0].at(-1)!;
    await readPlanned([REPORT], { ...STATEMENTS, after: last.key }, PLAN);
    await readPlanned([REPORT], { ...STATEMENTS, sort: { on: 'node', property: 'dateFrom', direction: 'ASC' }, limit: 7 }, PLAN);
    const none = await readPlanned([REPORT], { ...STATEMENTS, nodeFilter: { kind: { eq: 'no such kind' } } }, PLAN);
    expect(none.found.hits).toEqual([[]]);
    expect(none.found.next.map((planned) => planned.hitsByParent.size)).toEqual([0, 0, 0]);
  });

  it('reads parents of several labels, unknown ids and repeated ids', async () => {
    const framework = (await store.list({ label: 'Framework', limit: 1 })).nodes[0].id;
    const ids = [REPORT, framework, 'report:no-such-report', REPORT, 'not an id'];
    const { found } = await readPlanned(ids, { type: 'ABOUT', direction: 'in', otherLabel: 'Statement', limit: 3, omitLarge: true }, PLAN);
    expect(found.hits[0].length).toBe(3);
    expect(found.hits[1].length).toBeGreaterThan(0);
    expect(found.hits[2]).toEqual([]);
    expect(found.hits[3]).toEqual(found.hits[0]);
  });

  it('keeps a filter value a value: text that looks like Cypher matches nothing', async () => {
    const { found } = await readPlanned([REPORT], { ...STATEMENTS, nodeFilter: { text: { contains: "'}) RETURN 1 //" } } }, PLAN);
    expect(found.hits).toEqual([[]]);
  });

  describe('through the API', () => {
    const WHO_SAID_WHAT = `query($id: ID!) { node(id: $id) { ... on Report { title stanceCounts { stance count }
      statements(first: 10) { totalCount edges { cursor node { text kind date
        speaker { id name ... on Person { roles { title at { id name } } } }
        targets { stance target { id } }
        source { title url publisher { name } } } } } } } }`;
    let planned: { server: RunningServer; calls: StoreCall[] };
    let levelByLevel: { server: RunningServer; calls: StoreCall[] };

    beforeAll(async () => {
      const withoutPlans = new Proxy(store, { get: (target, name, receiver) => (name === 'relatedWithNext' ? undefined : Reflect.get(target, name, receiver)) });
      const start = async (target: GraphStore) => {
        const { store: recorded, calls } = recordStoreCalls(target);
        const server = await startServer(recorded);
        // The search vocabulary's background load (one searchTexts per label) is not a request's: wait it out.
        await vi.waitFor(() => expect(calls.filter((call) => call.method === 'searchTexts')).toHaveLength(VOCABULARY_LABELS.length));
        await server.graphql('{ __typename }');
        return { server, calls };
      };
      [planned, levelByLevel] = await Promise.all([start(store), start(withoutPlans)]);
    });
    afterAll(async () => {
      await Promise.all([planned?.server.stop(), levelByLevel?.server.stop()]);
    });

    /** One request's answer, its store calls and waves, and (asked again) the statements Neo4j received. One request at a time. */
    async function ask(target: { server: RunningServer; calls: StoreCall[] }, query: string, variables: Record<string, unknown>) {
      target.calls.length = 0;
      const { body } = await target.server.graphql(query, variables);
      expect(body.errors).toBeUndefined();
      const calls = [...target.calls];
      return { data: body.data, calls, waves: new Set(calls.map((call) => call.wave)).size, statements: await statementsSent(target, query, variables) };
    }

    /** Statements Neo4j received for one request: counted where the runner sends them (read-waves.ts). */
    async function statementsSent(target: { server: RunningServer }, query: string, variables: Record<string, unknown>): Promise<number> {
      const runner = (store as unknown as { runner: { readWithRetries: (...args: unknown[]) => Promise<unknown> } }).runner;
      const send = runner.readWithRetries;
      let sent = 0;
      runner.readWithRetries = (...args: unknown[]) => {
        sent++;
        return send.apply(runner, args);
      };
      try {
        await target.server.graphql(query, variables);
      } finally {
        runner.readWithRetries = send;
      }
      return sent;
    }

    it('reads a report, its page of statements and what the page shows in one wave, one statement', async () => {
      const one = await ask(planned, WHO_SAID_WHAT, { id: REPORT });
      const three = await ask(levelByLevel, WHO_SAID_WHAT, { id: REPORT });
      expect(one.data).toEqual(three.data);
      expect(one.data.node.statements.edges).toHaveLength(10);
      expect(one.data.node.statements.edges.some((edge: { node: { speaker: { roles?: unknown[] } } }) => (edge.node.speaker.roles?.length ?? 0) > 0)).toBe(true);
      expect(one.waves).toBe(1);
      expect(one.calls.map((call) => call.method)).toContain('relatedWithNext');
      expect(one.statements).toBe(1);
      expect(three.waves).toBe(3);
      expect(three.statements).toBe(3);
    });

    it('answers as level by level for other reports, pages and shapes', async () => {
      const questions: [string, Record<string, unknown>][] = [
        ...reports.slice(0, 4).map((id): [string, Record<string, unknown>] => [WHO_SAID_WHAT, { id }]),
        [`query($id: ID!) { node(id: $id) { ... on Person { name roles { title at { name } }
          statements(first: 5, order: DESC) { nodes { text date targets { stance target { id ... on Report { title publishers { name } } } } source { title } } }
          criticised { weight node { id } } } } }`, { id: 'person:michael-wilshaw' }],
        [`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { statements(first: 3) { edges { node { id sameWords { id } source { publisher { name } } } } } } } }`,
          { ids: ['person:michael-wilshaw', 'organisation:ofsted', 'person:no-such-person'] }],
      ];
      const levelByLevelWaves: number[] = [];
      for (const [query, variables] of questions) {
        const a = await ask(planned, query, variables);
        const b = await ask(levelByLevel, query, variables);
        expect(a.data).toEqual(b.data);
        expect(a.waves).toBe(1);
        levelByLevelWaves.push(b.waves);
      }
      expect(Math.max(...levelByLevelWaves)).toBe(3); // the planned levels were there to read
    });

    it('plans below every root field: a page of statements, search hits', async () => {
      const page = `query($n: Int) { statements(first: $n) { nodes { text
        speaker { name ... on Person { roles { title at { name } } } statements(first: 3) { nodes { id } } }
        targets { stance target { id ... on Report { title publishers { name } } } }
        source { title publisher { name } } } } }`;
      const hits = `{ search(text: "wilshaw", first: 3) { nodes { node { id ... on Person { statements(first: 2) { nodes { text source { title publisher { name } } } } } } } } }`;
      for (const [query, variables, levels] of [[page, { n: 30 }, 3], [hits, {}, 3]] as const) {
        const a = await ask(planned, query, variables);
        const b = await ask(levelByLevel, query, variables);
        expect(a.data).toEqual(b.data);
        // The root's own read, then its nodes' first-level reads with every level below them.
        expect(a.waves).toBe(2);
        expect(b.waves).toBeGreaterThanOrEqual(levels);
      }
    });
  });
});
