/**
 * commitArticle writes everything a reviewed draft carries, over real HTTP on a real store: new actors of
 * every label, frameworks, reports, claims with their numbers, the claim a number is decided to be, the
 * article's own claims, ratings it reports; a new version drops what it no longer introduces (unless
 * others use it); and bad input is refused with the draft's own path named, nothing written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port.js';
import type { DraftNewActor, DraftStatement } from '../../src/ingest/draft.js';
import { useSeededServer } from '../support/seeded-server.js';
import { snapshotGraph } from '../support/snapshot.js';
import { derivedFromScratch, derivedInStore } from '../api/mutations-suite.js';
import {
  ARTICLE, ARTICLE_TEXT, CITED_RATING, NEW_CLAIM, NEW_COUNCIL, NEW_FRAMEWORK, NEW_GROUP, NEW_ORGANISATION, NEW_RATING, NEW_REPORT,
  SECOND_CLAIM, SECOND_RATING, SOURCE_ID, STATED_CLAIM, fullDraft,
} from '../support/article-drafts.js';

const EDITOR = { authorization: 'Bearer editor-key-0123456789abcdef' };
const OTHER = { authorization: 'Bearer other-key-0123456789abcdef' };
const COMMIT = `mutation($source: ArticleInput!, $draft: JSONObject!) {
  commitArticle(source: $source, draft: $draft) { applied change { id summary } } }`;
const READER = `statement:${SOURCE_ID.slice('source:'.length)}.reader-1`;
const WILSHAW = `statement:${SOURCE_ID.slice('source:'.length)}.michael-wilshaw-1`;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export function defineArticleCommitSuite(name: string, storeKind: 'grafeo' | 'neo4j') {
  describe(`commitArticle writes the whole draft on ${name}`, () => {
    const server = useSeededServer({ CHORUS_API_KEYS: `editor:${EDITOR.authorization.slice(7)},other:${OTHER.authorization.slice(7)}`, CHORUS_MAX_COST: '100000' }, { store: storeKind });
    /** The store the server serves, for checks behind the API's back. */
    let store: GraphStore;
    const commit = (draft: unknown) => server.graphql(COMMIT, { source: { ...ARTICLE, text: ARTICLE_TEXT }, draft }, EDITOR);
    const reopen = async (id: string) => {
      const answer = await server.graphql(`{ articleDraft(source: "${id}") }`);
      expect(answer.body.errors).toBeUndefined();
      return answer.body.data.articleDraft;
    };
    const node = async (id: string, selection: string) => {
      const answer = await server.graphql(`{ node(id: "${id}") { ${selection} } }`);
      expect(answer.body.errors, id).toBeUndefined();
      return answer.body.data.node;
    };

    beforeAll(async () => {
      store = server.store;
    });

    it('refuses bad input naming the draft’s own field, every problem at once, and writes nothing', async () => {
      const before = await snapshotGraph(store, { withChanges: true });
      const draft = fullDraft();
      draft.newClaims![0] = { ...draft.newClaims![0], values: [{ value: 75, unit: 'percent' }, { value: 114, unit: ' ' }] };
      draft.newClaims![1] = { ...draft.newClaims![1], kind: 'opinion' as 'judgement', value: 3 };
      draft.newRatings![0] = { ...draft.newRatings![0], council: 'council:nowhere' };
      draft.newActors.find((a) => a.id === NEW_GROUP)!.memberOf = ['organisation:adcs'];
      draft.sourceDisputes = ['claim:no-such-claim'];
      const result = await commit(draft);
      expect(result.status).toBe(400);
      const [error] = result.body.errors;
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      const problems = error.extensions.problems.map((p: { path: (string | number)[] }) => p.path.join('.'));
      // The checks of the draft's shape come first; the model's checks of its records are reached once those pass.
      expect(problems.sort()).toEqual(['draft.newActors.1.memberOf', 'draft.newClaims.0.values.1.unit', 'draft.newClaims.1.unit'].sort());

      draft.newActors.find((a) => a.id === NEW_GROUP)!.memberOf = undefined;
      draft.newActors[0] = { ...draft.newActors[0], role: { title: 'policy adviser', at: 'organisation:no-such-body' } };
      draft.newClaims = fullDraft().newClaims!.map((c, i) => (i === 1 ? { ...c, kind: 'opinion' as 'judgement' } : c));
      const modelRefused = await commit(draft);
      expect(modelRefused.status).toBe(400);
      const named = modelRefused.body.errors[0].extensions.problems.map((p: { path: (string | number)[]; message: string }) => `${p.path.join('.')}: ${p.message}`);
      expect(named).toEqual(expect.arrayContaining([
        expect.stringMatching(/^draft\.newClaims\.1\.kind: .*must be one of statistic, judgement/),
        expect.stringMatching(/^draft\.newRatings\.0\.council: .*no node "council:nowhere"/),
        expect.stringMatching(/^draft\.sourceDisputes\.0: .*no node "claim:no-such-claim"/),
        expect.stringMatching(/^draft\.newActors\.0\.role\.at: .*no node "organisation:no-such-body"/),
      ]));
      expect(named).toHaveLength(4);
      expect(await snapshotGraph(store, { withChanges: true })).toEqual(before);
    });

    it('writes new actors of every label, a framework, a report under it, claims with their numbers and ratings the article cites', async () => {
      const result = await commit(fullDraft());
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.commitArticle.applied).toBe(true);

      expect(await node(NEW_GROUP, '... on Group { name description statements { nodes { id } } }')).toEqual({ name: 'readers', description: 'Readers who wrote in', statements: { nodes: [{ id: READER }] } });
      expect(await node(NEW_COUNCIL, '... on Council { name region ratings { id grade aspect } }')).toEqual({ name: 'Northshire', region: 'North West', ratings: [{ id: SECOND_RATING, grade: 'good', aspect: 'leadership' }] });
      expect(await node(NEW_ORGANISATION, '... on Organisation { kind memberOf { id } }')).toEqual({ kind: 'charity', memberOf: [{ id: 'organisation:adcs' }] });
      expect(await node(NEW_FRAMEWORK, '... on Framework { name scale introduced }')).toEqual({ name: 'Outcomes review', scale: ['good', 'requires improvement', 'inadequate'], introduced: '2015' });
      expect(await node(NEW_REPORT, '... on Report { framework { id } }')).toEqual({ framework: { id: NEW_FRAMEWORK } });
      expect(await node(NEW_CLAIM, '... on Claim { period quantities { value unit counts } assertedBy { id } }')).toEqual({
        period: '2014-15',
        quantities: [{ value: 75, unit: 'percent', counts: 'councils judged less than good' }, { value: 114, unit: 'councils', counts: null }],
        assertedBy: expect.arrayContaining([{ id: SOURCE_ID }, { id: WILSHAW }]),
      });
      expect(await node(NEW_RATING, '... on Rating { grade ordinal date period council { id } rater { id } report { id } framework { id } sources { id } }')).toEqual({
        grade: 'inadequate', ordinal: 3, date: '2015-03', period: '2014-15',
        council: { id: 'council:birmingham' }, rater: { id: 'organisation:ofsted' }, report: { id: NEW_REPORT }, framework: { id: NEW_FRAMEWORK }, sources: [{ id: SOURCE_ID }],
      });
      // The number decided to be the new claim is the article's own; the match it was not decided to be is not.
      const source = await node(SOURCE_ID, '... on Source { claims { id } disputes { id } ratings { id } }');
      expect(source.claims).toEqual([{ id: NEW_CLAIM }]);
      expect(source.disputes).toEqual([{ id: SECOND_CLAIM }]);
      expect(source.ratings.map((r: { id: string }) => r.id).sort()).toEqual([NEW_RATING, SECOND_RATING].sort());
      expect(source.ratings).not.toContainEqual({ id: CITED_RATING });
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      expect((await commit(fullDraft())).body.data.commitArticle.applied).toBe(false);
    });

    it('re-opens the committed article as the draft that commits it: unchanged, the commit writes nothing', async () => {
      const { source, draft, version, versions } = await reopen(SOURCE_ID);
      expect(source).toEqual({ text: ARTICLE_TEXT, title: ARTICLE.title, publisher: 'The Guardian', date: ARTICLE.date });
      expect(version).toBe(1);
      expect(versions).toEqual([{ version: 1, change: expect.stringMatching(/^change:/), at: expect.any(String), keyName: 'editor', summary: expect.stringMatching(/^committed version 1/) }]);
      expect(draft.statements.map((s: DraftStatement) => [s.id.split('.').pop(), s.speaker.id, s.about.map((t) => `${t.target} ${t.stance}`), s.asserts])).toEqual([
        ['alan-wood-1', 'person:alan-wood', ['framework:single-inspection-framework critical'], []],
        ['priya-ashdown-1', 'person:priya-ashdown', [`${NEW_REPORT} critical`], []],
        ['michael-wilshaw-1', 'person:michael-wilshaw', [`${NEW_REPORT} supportive`], [NEW_CLAIM]],
        ['reader-1', NEW_GROUP, [`${NEW_REPORT} critical`], []],
      ]);
      expect(draft.newActors.map((a: DraftNewActor) => [a.id, a.label])).toEqual(expect.arrayContaining([
        ['person:priya-ashdown', 'Person'], [NEW_GROUP, 'Group'], [NEW_COUNCIL, 'Council'], [NEW_ORGANISATION, 'Organisation'],
      ]));
      expect(draft.newActors.find((a: DraftNewActor) => a.id === NEW_COUNCIL)).toMatchObject({ region: 'North West' });
      expect(draft.newActors.find((a: DraftNewActor) => a.id === 'person:priya-ashdown').role).toEqual({ title: 'policy adviser', at: 'organisation:adcs', atName: 'Association of Directors of Children’s Services' });
      expect(draft.newClaims.find((c: { id: string }) => c.id === NEW_CLAIM).values).toEqual(fullDraft().newClaims![0].values);
      expect(draft.newFrameworks.map((f: { id: string }) => f.id)).toEqual([NEW_FRAMEWORK]);
      expect(draft.newReports.map((r: { id: string; framework: string }) => [r.id, r.framework])).toEqual([[NEW_REPORT, NEW_FRAMEWORK]]);
      expect(draft.newRatings.map((r: { id: string }) => r.id).sort()).toEqual([NEW_RATING, SECOND_RATING].sort());
      expect([draft.sourceAsserts, draft.sourceDisputes]).toEqual([[NEW_CLAIM], [SECOND_CLAIM]]);

      const before = await snapshotGraph(store, { withChanges: true });
      const again = await server.graphql(COMMIT, { source, draft }, EDITOR);
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data.commitArticle.applied).toBe(false);
      expect(await snapshotGraph(store, { withChanges: true })).toEqual(before);
    });

    it('re-opens an article loaded from a seed file (version 0), and nothing of it changes when it is committed back', async () => {
      const seeded = 'source:guardian-2015-sector-response';
      const { source, draft, version, versions } = await reopen(seeded);
      expect([version, versions]).toEqual([0, []]);
      expect(draft.statements.length).toBeGreaterThan(3);
      const before = await snapshotGraph(store);
      const again = await server.graphql(COMMIT, { source, draft }, EDITOR);
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data.commitArticle.applied).toBe(false);
      expect(await snapshotGraph(store)).toEqual(before);
    });

    it('articleDraft: a source id of nothing is null (404), an id of something else is refused naming the argument', async () => {
      const missing = await server.graphql('{ articleDraft(source: "source:no-such-article") }');
      expect([missing.status, missing.body.data?.articleDraft ?? null, missing.body.errors[0].extensions.code]).toEqual([404, null, 'NOT_FOUND']);
      const wrong = await server.graphql('{ articleDraft(source: "person:alan-wood") }');
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: ['source'] }] });
    });

    it('a new version that drops a claim and a rating it introduced removes them, unless something else uses them', async () => {
      // Someone else has the 2013-14 report assert the second claim: it is theirs to keep.
      const used = await server.graphql(`mutation { addRelationship(type: "ASSERTS", from: "report:ofsted-social-care-annual-report-2013-14", to: "${SECOND_CLAIM}") { applied } }`, undefined, OTHER);
      expect(used.body.errors).toBeUndefined();
      const draft = copy(fullDraft());
      draft.newClaims = draft.newClaims!.filter((c) => c.id === SECOND_CLAIM);
      draft.sourceDisputes = [];
      draft.claims[0] = { ...draft.claims[0], claim: STATED_CLAIM };
      draft.statements.find((s) => s.id === WILSHAW)!.asserts = [];
      draft.newRatings = draft.newRatings!.filter((r) => r.id === NEW_RATING);
      const result = await commit(draft);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.commitArticle.applied).toBe(true);

      const [claim, rating, kept] = await store.getNodes([NEW_CLAIM, SECOND_RATING, SECOND_CLAIM]);
      expect([claim, rating]).toEqual([null, null]);
      expect(kept?.id).toBe(SECOND_CLAIM);
      expect(await node(SOURCE_ID, '... on Source { claims { id } disputes { id } ratings { id } }')).toEqual({ claims: [{ id: STATED_CLAIM }], disputes: [], ratings: [{ id: NEW_RATING }] });
      expect(await node(NEW_COUNCIL, '... on Council { ratings { id } }')).toEqual({ ratings: [] });
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));

      // The change's diff is the difference from the previous version, and nothing the two versions share.
      const ref = '{ id kind label name from to }';
      const { diff } = await node(result.body.data.commitArticle.change.id, `... on Change { diff { added ${ref} removed ${ref} changed { ref ${ref} properties } } }`);
      const relationship = (type: string, from: string, to: string) => expect.objectContaining({ kind: 'relationship', label: type, from, to });
      expect(diff.added).toEqual([relationship('ASSERTS', SOURCE_ID, STATED_CLAIM)]);
      // An end the change did not touch is named by its id.
      expect(diff.added[0].name).toBe(`${ARTICLE.title} ASSERTS ${STATED_CLAIM}`);
      expect(diff.removed).toEqual(expect.arrayContaining([
        { id: NEW_CLAIM, kind: 'node', label: 'Claim', name: 'Three quarters of councils (114) were judged less than good', from: null, to: null },
        { id: SECOND_RATING, kind: 'node', label: 'Rating', name: 'good', from: null, to: null },
        relationship('DISPUTES', SOURCE_ID, SECOND_CLAIM),
        relationship('ASSERTS', WILSHAW, NEW_CLAIM),
        relationship('RATING_OF', SECOND_RATING, NEW_COUNCIL),
      ]));
      expect(diff.removed.map((r: { id: string }) => r.id)).not.toContain(SECOND_CLAIM);
      expect(diff.changed).toEqual([]);

      const reopened = await reopen(SOURCE_ID);
      expect([reopened.version, reopened.versions.map((v: { change: string }) => v.change).pop()]).toEqual([2, result.body.data.commitArticle.change.id]);
      expect(reopened.draft.newClaims.map((c: { id: string }) => c.id)).toEqual([SECOND_CLAIM]);
      expect((await server.graphql(COMMIT, { source: reopened.source, draft: reopened.draft }, EDITOR)).body.data.commitArticle.applied).toBe(false);
    });

    it('re-opened, one stance changed and one statement removed, the next version answers as edited, with no stale records', async () => {
      const { source, draft } = await reopen(SOURCE_ID);
      const wood = `statement:${SOURCE_ID.slice('source:'.length)}.alan-wood-1`;
      draft.statements = draft.statements.filter((s: DraftStatement) => s.id !== wood);
      const wilshaw = draft.statements.find((s: DraftStatement) => s.id === WILSHAW);
      wilshaw.about[0].stance = 'mixed';
      const result = await server.graphql(COMMIT, { source, draft }, EDITOR);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.commitArticle.applied).toBe(true);

      expect((await store.getNodes([wood]))[0]).toBeNull();
      expect(await node(WILSHAW, '... on Statement { targets { stance target { id } } }')).toEqual({ targets: [{ stance: 'MIXED', target: { id: NEW_REPORT } }] });
      const critics = await node('framework:single-inspection-framework', '... on Framework { critics { evidence { id } } }');
      expect(critics.critics.flatMap((c: { evidence: { id: string }[] }) => c.evidence.map((e) => e.id))).not.toContain(wood);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      const ref = '{ id kind label from to }';
      const { diff } = await node(result.body.data.commitArticle.change.id, `... on Change { diff { added ${ref} removed ${ref} changed { ref ${ref} properties } } }`);
      // The stance is a property of the ABOUT link: changed in place. The statement goes with its links.
      expect(diff.added).toEqual([]);
      expect(diff.changed).toEqual([{ ref: expect.objectContaining({ kind: 'relationship', label: 'ABOUT', from: WILSHAW, to: NEW_REPORT }), properties: ['stance'] }]);
      expect(diff.removed).toEqual(expect.arrayContaining([
        expect.objectContaining({ id: wood, kind: 'node', label: 'Statement' }),
        expect.objectContaining({ kind: 'relationship', label: 'SAID', from: 'person:alan-wood', to: wood }),
      ]));
    });

    it('a new actor taken out of the new actors while a statement still names it stays, with what it said', async () => {
      const { source, draft } = await reopen(SOURCE_ID);
      draft.newActors = draft.newActors.filter((a: DraftNewActor) => a.id !== NEW_GROUP);
      const result = await server.graphql(COMMIT, { source, draft }, EDITOR);
      expect(result.body.errors).toBeUndefined();
      expect(await node(NEW_GROUP, '... on Group { name statements { nodes { id } } }')).toEqual({ name: 'readers', statements: { nodes: [{ id: READER }] } });
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });
  });
}
