/** From text to committed graph to GraphQL answer, through a real server over a real store. */
import { describe, expect, it } from 'vitest';
import { useSeededServer } from '../support/seeded-server.js';
import { snapshotGraph } from '../support/snapshot.js';

const KEY = 'ingest-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };

const ARTICLE = {
  title: 'Directors question Ofsted’s verdict again',
  publisher: 'Children and Young People Now',
  date: '2015-03-12',
  text: [
    'Directors question Ofsted’s verdict again',
    '',
    'The Association of Directors of Children’s Services has renewed its attack on the single inspection framework.',
    '',
    'Alan Wood, president of the ADCS, said: “The framework is flawed and it does not get to the heart of how well services are working for children.”',
    '',
    'Maria Lopez, a social worker in Leeds, said the inspections had left staff demoralised. “We are told we are failing when we are doing our best for children,” she added.',
    '',
  ].join('\n'),
};

const PROPOSE = 'query($source: ArticleInput!) { proposeArticle(source: $source) }';
const COMMIT = 'mutation($source: ArticleInput!, $draft: JSONObject!) { commitArticle(source: $source, draft: $draft) { applied change { id operation } node { id ... on Source { title statements { id text speaker { id } } } } } }';

describe('adding an article through the API', () => {
  const server = useSeededServer({ CHORUS_API_KEYS: `ingester:${KEY}` });

  it('proposes statements with exact spans, commits them once, and answers about them', async () => {
    const proposed = await server.graphql(PROPOSE, { source: ARTICLE });
    expect(proposed.body.errors).toBeUndefined();
    const draft = proposed.body.data.proposeArticle;
    const cps = Array.from(ARTICLE.text);
    expect(draft.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of draft.statements) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
    const wood = draft.statements.find((s: any) => s.speaker.id === 'person:alan-wood');
    expect(wood?.text).toContain('The framework is flawed');

    const refused = await server.graphql(COMMIT, { source: ARTICLE, draft });
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const committed = await server.graphql(COMMIT, { source: ARTICLE, draft }, AUTH);
    expect(committed.body.errors).toBeUndefined();
    expect(committed.body.data.commitArticle).toMatchObject({ applied: true, change: { operation: 'commitArticle' } });
    const source = committed.body.data.commitArticle.node;
    expect(source.title).toBe(ARTICLE.title);
    expect(source.statements.map((s: any) => s.id).sort()).toEqual(draft.statements.filter((s: any) => s.about.length).map((s: any) => s.id).sort());

    const before = await snapshotGraph(server.store, { withChanges: true });
    const again = await server.graphql(COMMIT, { source: ARTICLE, draft }, AUTH);
    expect(again.body.data.commitArticle.applied).toBe(false);
    expect(await snapshotGraph(server.store, { withChanges: true })).toEqual(before);

    const woodSaid = await server.graphql(`{ statements(filter: { speakers: ["person:alan-wood"], sources: ["${source.id}"] }) { nodes { text quote { exact } } } }`);
    expect(woodSaid.body.data.statements.nodes[0].quote.exact).toBe(wood.text);
  });

  it('refuses a draft whose spans do not match the text, and writes nothing', async () => {
    const other = { ...ARTICLE, title: 'Another article', text: ARTICLE.text.replace('Leeds', 'Leeds and York') };
    const { draft } = { draft: (await server.graphql(PROPOSE, { source: other })).body.data.proposeArticle };
    draft.statements[0].start += 2;
    const before = await snapshotGraph(server.store, { withChanges: true });
    const result = await server.graphql(COMMIT, { source: other, draft }, AUTH);
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.body.errors[0].extensions.problems)).toMatch(/not verbatim/);
    expect(await snapshotGraph(server.store, { withChanges: true })).toEqual(before);
  });

  it('refuses a draft edited into the wrong shape, naming each problem by its path, and writes nothing', async () => {
    const draft = (await server.graphql(PROPOSE, { source: ARTICLE })).body.data.proposeArticle;
    draft.claims = 'none';
    delete draft.statements[0].about;
    delete draft.ratings;
    const before = await snapshotGraph(server.store, { withChanges: true });
    const result = await server.graphql(COMMIT, { source: ARTICLE, draft }, AUTH);
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors[0].extensions.problems).toEqual([
      { path: ['draft', 'statements', 0, 'about'], message: 'must be a list' },
      { path: ['draft', 'claims'], message: 'must be a list' },
    ]);
    expect(await snapshotGraph(server.store, { withChanges: true })).toEqual(before);
  });
});
