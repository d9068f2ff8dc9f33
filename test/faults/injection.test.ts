/**
 * Injection strings in every kind of string argument that reaches a query:
 * none changes what the query does (values are parameters; names come from
 * the model). Search treats Lucene syntax as plain words. Run on each store.
 */
import { describe, expect, it } from 'vitest';
import { TEST_NEO4J_URI } from '../support/stores.js';
import { useSeededServer } from '../support/seeded-server.js';
import { snapshotGraph } from '../support/snapshot.js';

const CYPHER = ['") DETACH DELETE n //', "' OR 1=1 //", '`) MATCH (n) DETACH DELETE n //', '\\u0027 OR true', '$ids', '{{label}}'];
const LUCENE = ['wilshaw~ AND (x OR y)', 'wilshaw*', '"wilshaw" OR *:*', 'name:wilshaw^10', 'wilshaw -adcs', '[a TO z]'];

function defineInjectionSuite(name: string, store: 'grafeo' | 'neo4j') {
  describe(`injection strings on ${name}`, () => {
    const server = useSeededServer({}, { store });

    it('ids, names, texts, filters and cursors with Cypher in them find nothing and change nothing', async ({ annotate }) => {
      const before = await snapshotGraph(server.store, { withMarker: true });
      let tried = 0;
      for (const bad of CYPHER) {
        const answers = await Promise.all([
          server.graphql('query($v: ID!) { node(id: $v) { id } }', { v: bad }),
          server.graphql('query($v: String) { people(name: $v, first: 5) { totalCount } }', { v: bad }),
          server.graphql('query($v: String) { statements(filter: { text: $v }) { totalCount } }', { v: bad }),
          server.graphql('query($v: [ID!]) { statements(filter: { speakers: $v, targets: $v, sources: $v }) { totalCount } }', { v: [bad] }),
          server.graphql('query($v: String) { organisations(kind: $v) { totalCount } }', { v: bad }),
          server.graphql('query($v: String) { councils(grade: $v, period: $v) { totalCount } }', { v: bad }),
          server.graphql('query($v: String) { statements(after: $v) { totalCount } }', { v: bad }),
        ]);
        tried += answers.length;
        expect(answers[0].body.data?.node ?? null).toBeNull();
        for (const answer of answers.slice(1, 6)) expect(answer.body.data ? Object.values(answer.body.data)[0] : null).toMatchObject({ totalCount: 0 });
        expect(answers[6].body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      }
      expect(await snapshotGraph(server.store, { withMarker: true })).toEqual(before);
      await annotate(`injection (${name}): ${tried} queries with Cypher in their strings, none matched or changed anything`);
    });

    it('search reads Lucene syntax as words: the same hits as the plain words', async () => {
      const hits = async (text: string) =>
        (await server.graphql('query($t: String!) { search(text: $t, types: [PERSON, ORGANISATION, STATEMENT], first: 100) { nodes { node { id } } } }', { t: text })).body.data.search.nodes.map((n: any) => n.node.id).sort();
      for (const bad of LUCENE) {
        const plain = bad.replace(/[^a-z0-9 ]+/gi, ' ').replace(/\b(AND|OR|TO)\b/g, ' ');
        expect(await hits(bad), bad).toEqual(await hits(plain));
      }
    });
  });
}

defineInjectionSuite('Grafeo', 'grafeo');
describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => defineInjectionSuite('Neo4j', 'neo4j'));
