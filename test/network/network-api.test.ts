/**
 * The `network` and `discourseNetwork` queries through a real HTTP server on
 * the seeded graph: on Grafeo always, on Neo4j when TEST_NEO4J_URI is set.
 * Expected answers come from the seed files themselves (test/support/seed-facts).
 */
import { describe, expect, it } from 'vitest';
import { recordStoreCalls, type StoreCall } from '../support/store-calls.js';
import { seed } from '../support/seed-facts.js';
import { useSeededServer } from '../support/seeded-server.js';
import { TEST_NEO4J_URI } from '../support/stores.js';

const REPORT = 'report:ofsted-social-care-annual-report-2013-14';
const NODE = 'id type label firstDate lastDate';
const EDGE = 'id source target type weight stance firstDate lastDate evidence';
const ACTOR_LABELS = new Set(['Person', 'Organisation', 'Council']);

function defineNetworkApiSuite(name: string, store: 'grafeo' | 'neo4j') {
  describe(`network queries on the seeded graph: ${name}`, () => {
    let calls: StoreCall[] = [];
    const server = useSeededServer({}, {
      store,
      wrap: (target) => {
        const recorded = recordStoreCalls(target);
        calls = recorded.calls;
        return recorded.store;
      },
    });

    const ask = async (query: string, variables?: Record<string, unknown>) => {
      const { body } = await server.graphql(query, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    };
    const errorOf = async (query: string) => (await server.graphql(query)).body.errors?.[0];

    it('gives a report’s reception: every actor who criticised, praised or responded to it, with the evidence', async () => {
      const { network } = await ask(`{ network(from: ["${REPORT}"]) { kind directed truncated nodes { ${NODE} } edges { ${EDGE} } } }`);
      const expected = ['CRITICISED', 'PRAISED', 'RESPONDED_TO', 'RATED'].flatMap((t) => seed.relationships(t)).filter((r) => r.to === REPORT);
      expect(expected.length).toBeGreaterThan(3);
      expect(network.edges.map((e: any) => e.id).sort()).toEqual(expected.map((r) => r.id).sort());
      for (const rel of expected) {
        const edge = network.edges.find((e: any) => e.id === rel.id);
        expect(edge).toMatchObject({ source: rel.from, target: rel.to, type: rel.type, weight: rel.properties.weight, evidence: rel.properties.evidence });
        expect(edge.stance).toBe(rel.type === 'CRITICISED' ? 'CRITICAL' : rel.type === 'PRAISED' ? 'SUPPORTIVE' : null);
      }
      expect(network.nodes.map((n: any) => n.id).sort()).toEqual([...new Set([REPORT, ...expected.map((r) => r.from)])].sort());
      const report = network.nodes.find((n: any) => n.id === REPORT);
      expect(report).toMatchObject({ type: 'REPORT', label: seed.node(REPORT).properties.title, firstDate: seed.node(REPORT).properties.date });
      expect(network).toMatchObject({ kind: 'graph', directed: true, truncated: false });
    });

    it('gives "who criticised whom" between actors over the whole graph', async () => {
      const { network } = await ask(`{ network(relationshipTypes: ["CRITICISED"], nodeTypes: [PERSON, ORGANISATION, COUNCIL]) { nodes { id type } edges { id source target weight } } }`);
      const expected = seed.relationships('CRITICISED').filter((r) => ACTOR_LABELS.has(seed.node(r.from).label) && ACTOR_LABELS.has(seed.node(r.to).label));
      expect(expected.length).toBeGreaterThan(0);
      expect(network.edges.map((e: any) => e.id).sort()).toEqual(expected.map((r) => r.id).sort());
      expect(network.nodes.every((n: any) => ['PERSON', 'ORGANISATION', 'COUNCIL'].includes(n.type))).toBe(true);
    });

    it('filters by stance, keeping only the evidence with that stance', async () => {
      const { network } = await ask(`{ network(from: ["${REPORT}"], stances: [CRITICAL]) { edges { id source type weight stance evidence } } }`);
      const critical = new Set(seed.about(REPORT, 'critical'));
      // Each critic's critical statements: a speaker's own, and a body's also its people's (the roll-up).
      const byCritic = new Map<string, string[]>();
      for (const r of seed.relationships('CRITICISED').filter((x) => x.to === REPORT)) {
        const kept = (r.properties.evidence as string[]).filter((id) => critical.has(id));
        if (kept.length) byCritic.set(r.from, kept.sort());
      }
      expect([...byCritic.values()].flat()).toEqual(expect.arrayContaining([...critical]));
      expect(network.edges.every((e: any) => e.type === 'CRITICISED' && e.stance === 'CRITICAL')).toBe(true);
      expect(Object.fromEntries(network.edges.map((e: any) => [e.source, [...e.evidence].sort()]))).toEqual(Object.fromEntries(byCritic));
      for (const e of network.edges) expect(e.weight).toBe(seed.utterances(e.evidence));
    });

    it('filters by date range, recomputing weights and dates from the evidence in range', async () => {
      const all = (await ask(`{ network { edges { id weight evidence } } }`)).network;
      const { network } = await ask(`{ network(dateFrom: "2015", dateTo: "2015") { nodes { id } edges { id weight firstDate lastDate evidence } } }`);
      expect(network.edges.length).toBeGreaterThan(0);
      expect(network.edges.length).toBeLessThan(all.edges.length);
      for (const edge of network.edges) {
        expect(edge.weight).toBe(seed.utterances(edge.evidence));
        for (const id of edge.evidence) expect(String(seed.node(id).properties.date)).toMatch(/^2015/);
        expect(edge.firstDate).toMatch(/^2015/);
      }
    });

    it('caps a large selection with truncated and a message, and refuses past the hard cap', async () => {
      const { network } = await ask(`{ network(limit: 5) { truncated message edges { id } } }`);
      expect(network.edges).toHaveLength(5);
      expect(network.truncated).toBe(true);
      expect(network.message).toMatch(/more than 5 relationships/);
      const tooMany = await errorOf(`{ network(limit: 1000000) { truncated } }`);
      expect(tooMany.extensions.code).toBe('BAD_USER_INPUT');
      expect(tooMany.message).toMatch(/limit/);
      const bad = await errorOf(`{ network(depth: 9, from: ["garbage"], relationshipTypes: ["LIKED"]) { truncated } }`);
      expect(bad.extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.extensions.problems.map((p: any) => p.path[0]).sort()).toEqual(['depth', 'from', 'relationshipTypes']);
      expect((await errorOf(`{ network(from: ["person:nobody"]) { truncated } }`)).extensions.code).toBe('NOT_FOUND');
      expect((await errorOf(`{ discourseNetwork(aggregation: TWO_MODE, normalisation: JACCARD) { truncated } }`)).extensions.code).toBe('BAD_USER_INPUT');
    });

    it('computes metrics on request, the same every time', async () => {
      const query = `{ network(metrics: [DEGREE, WEIGHTED_DEGREE, PAGERANK, BETWEENNESS, COMMUNITY, LAYOUT]) { nodes { id metrics { degree inDegree outDegree weightedDegree pagerank betweenness community x y } } edges { source target weight } } }`;
      const first = (await ask(query)).network;
      const second = (await ask(query)).network;
      expect(second).toEqual(first);
      const ranks = first.nodes.map((n: any) => n.metrics.pagerank);
      expect(ranks.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 6);
      for (const node of first.nodes) {
        // Edge ends at this node: a self-loop (an actor criticising itself) counts twice, as in graphology and networkx.
        const incident = first.edges.flatMap((e: any) => [e.source, e.target].filter((end) => end === node.id).map(() => e));
        expect(node.metrics.degree).toBe(incident.length);
        expect(node.metrics.inDegree + node.metrics.outDegree).toBe(node.metrics.degree);
        expect(node.metrics.weightedDegree).toBe(incident.reduce((sum: number, e: any) => sum + e.weight, 0));
        expect(Number.isInteger(node.metrics.community)).toBe(true);
        expect(Number.isFinite(node.metrics.x) && Number.isFinite(node.metrics.y)).toBe(true);
      }
      // Without the argument: only the cheap ones.
      const plain = (await ask(`{ network(from: ["${REPORT}"]) { nodes { metrics { degree pagerank x } } } }`)).network;
      expect(plain.nodes.every((n: any) => n.metrics.degree > 0 && n.metrics.pagerank === null && n.metrics.x === null)).toBe(true);
    });

    it('builds discourse networks: coalitions of organisations on the seed', async () => {
      const { discourseNetwork } = await ask(
        `{ discourseNetwork(aggregation: CONGRUENCE, actors: ORGANISATION, normalisation: AVERAGE, metrics: [COMMUNITY]) { kind directed nodes { id type metrics { community } } edges { source target type weight evidence } } }`,
      );
      expect(discourseNetwork).toMatchObject({ kind: 'congruence', directed: false });
      expect(discourseNetwork.edges.length).toBeGreaterThan(0);
      for (const edge of discourseNetwork.edges) {
        expect(edge.type).toBe('CONGRUENCE');
        expect(edge.source < edge.target).toBe(true);
        expect(edge.weight).toBeGreaterThan(0);
        expect(edge.weight).toBeLessThanOrEqual(1);
        expect(edge.evidence.length).toBeGreaterThan(0);
      }
      const twoMode = (await ask(`{ discourseNetwork(aggregation: TWO_MODE) { edges { source target stance weight evidence } } }`)).discourseNetwork;
      for (const edge of twoMode.edges) {
        for (const id of edge.evidence) {
          expect(seed.speakerOf(id)).toBe(edge.source);
          expect(seed.about(edge.target)).toContain(id);
        }
      }
    });

    it('makes the same store calls, one per step, whatever the size of the network', async () => {
      // Each call as what it reads; the search vocabulary's background load (searchTexts) is the server's, not the request's.
      const callsFor = async (query: string) => {
        calls.length = 0;
        await ask(query);
        return calls
          .filter((call) => call.method !== 'searchTexts')
          .map(({ method, args }) => {
            if (method !== 'related') return method;
            const { type, direction } = args[1] as { type: string; direction: string };
            return `related ${type} ${direction}`;
          })
          .sort();
      };
      // The relationships, then their endpoints, then their evidence statements: each one call, for all of them.
      const network = ['getNodes', 'getNodes', 'relationshipsOfTypes'];
      expect(await callsFor(`{ network(limit: 3) { edges { id } } }`)).toEqual(network);
      expect(await callsFor(`{ network(limit: 5000) { edges { id } } }`)).toEqual(network);
      // The statements, then their speakers, targets (stance links: ABOUT, ASSERTS, DISPUTES), repeated words and the organisations they count for.
      const discourse = ['findStatements', 'related ABOUT out', 'related ASSERTS out', 'related DISPUTES out', 'related SAID in', 'related SAME_WORDS in', 'related SAME_WORDS out', 'related SPOKE_FOR out'];
      expect(await callsFor(`{ discourseNetwork(actors: ORGANISATION, targets: ["${REPORT}"]) { edges { id } } }`)).toEqual(discourse);
      expect(await callsFor(`{ discourseNetwork(actors: ORGANISATION) { edges { id } } }`)).toEqual(discourse);
    });
  });
}

defineNetworkApiSuite('Grafeo', 'grafeo');
describe.skipIf(!TEST_NEO4J_URI)('on Neo4j', () => {
  defineNetworkApiSuite('Neo4j', 'neo4j');
});
