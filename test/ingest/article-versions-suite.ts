/**
 * The article as the unit of coding, on a real HTTP server over a real store: a commit, a re-commit with
 * a statement removed and one changed, a conflict with a later setStance (refused, then overwritten),
 * undo one version at a time, a drafts folder loaded into a seeded store (ids resolved against the store,
 * a corrected file replacing the first), new reports and frameworks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths.js';
import { SeedConflictError, completedSeedHash, writePlan } from '../../src/seed/load.js';
import { planSeed, planSeedInto } from '../../src/seed/plan.js';
import { draftToSeedFile } from '../../src/ingest/to-seed.js';
import { articleChangeSet } from '../../src/ingest/commit.js';
import { MutationService } from '../../src/mutations/mutation-service.js';
import { relationshipId } from '../../src/model/ids.js';
import { dumpGraph } from '../../src/seed/dump.js';
import type { Draft } from '../../src/ingest/draft.js';
import type { GraphStore } from '../../src/store/port.js';
import { tempDir } from '../support/stores.js';
import { useSeededServer } from '../support/seeded-server.js';
import { snapshotGraph, type GraphSnapshot } from '../support/snapshot.js';
import { derivedFromScratch, derivedInStore } from '../api/mutations-suite.js';
import { ARTICLE, ARTICLE_TEXT, CITED_RATING, FRAMEWORK, NEW_PERSON, NEW_REPORT, SOURCE_ID, STATED_CLAIM, firstDraft, secondDraft } from '../support/article-drafts.js';

const EDITOR = { authorization: 'Bearer editor-key-0123456789abcdef' };
const OTHER = { authorization: 'Bearer other-key-0123456789abcdef' };
const COMMIT = `mutation($source: ArticleInput!, $draft: JSONObject!, $overwrite: Boolean) {
  commitArticle(source: $source, draft: $draft, overwrite: $overwrite) { applied change { id operation summary } node { id } } }`;
const statementId = (suffix: string) => `statement:${SOURCE_ID.slice('source:'.length)}.${suffix}`;
const WOOD = statementId('alan-wood-1');
const WILSHAW = statementId('michael-wilshaw-1');

export function defineArticleVersionSuite(name: string, storeKind: 'grafeo' | 'neo4j') {
  describe(`the article as the unit of coding on ${name}`, () => {
    const server = useSeededServer({ CHORUS_API_KEYS: `editor:${EDITOR.authorization.slice(7)},other:${OTHER.authorization.slice(7)}`, CHORUS_MAX_COST: '100000' }, { store: storeKind });
    /** The store the server serves, for checks behind the API's back. */
    let store: GraphStore;
    const commit = (draft: Draft, overwrite?: boolean) => server.graphql(COMMIT, { source: { ...ARTICLE, text: ARTICLE_TEXT }, draft, overwrite }, EDITOR);
    const stanceOf = async (statement: string) => {
      const answer = await server.graphql(`{ node(id: "${statement}") { ... on Statement { targets { stance target { id } } } } }`);
      return answer.body.data.node?.targets ?? null;
    };
    /** The graph after each step, for the undos to come back to. */
    const after: Record<string, GraphSnapshot> = {};
    const changeOf: Record<string, string> = {};

    beforeAll(async () => {
      store = server.store;
      after.seed = await snapshotGraph(store);
    });

    it('commits version 1: statements, a new person and report, the claim it states, the rating citing it; what it cannot load yet is held back and named', async () => {
      const result = await commit(firstDraft());
      expect(result.body.errors).toBeUndefined();
      const { applied, change } = result.body.data.commitArticle;
      expect(applied).toBe(true);
      expect(change.summary).toMatch(/version 1 .* with 3 statements/);
      expect(change.summary).toContain('2 held back (statement missing about, number missing claim)');
      changeOf.v1 = change.id;

      const source = await server.graphql(`{ node(id: "${SOURCE_ID}") { ... on Source { statements { id } claims { id } ratings { id } } } }`);
      expect(source.body.data.node).toEqual({
        statements: [{ id: WOOD }, { id: statementId('priya-ashdown-1') }, { id: WILSHAW }],
        claims: [{ id: STATED_CLAIM }],
        ratings: [{ id: CITED_RATING }],
      });
      const report = await server.graphql(`{ node(id: "${NEW_REPORT}") { ... on Report { title critics { node { id } } supporters { node { id } } } } }`);
      // The organisations the speakers held roles at carry what they said (issue 32's roll-up).
      expect(report.body.data.node).toEqual({
        title: 'Review of inspection outcomes',
        critics: [{ node: { id: NEW_PERSON } }, { node: { id: 'organisation:adcs' } }],
        supporters: [{ node: { id: 'person:michael-wilshaw' } }, { node: { id: 'organisation:ofsted' } }],
      });
      const [roles] = await store.related([NEW_PERSON], { type: 'HELD_ROLE', direction: 'out' });
      expect(roles.map((r) => r.relationship.properties.title)).toEqual(['policy adviser']);
      expect((await store.getNodes([statementId('reader-1')]))[0]).toBeNull();
      // The backup keeps the article's own claim and the rating citing it.
      const dumped = (await dumpGraph(store)).files.get(`source-${SOURCE_ID.slice('source:'.length)}.json`)!.sources![0];
      expect([dumped.asserts, dumped.ratings]).toEqual([[STATED_CLAIM], [CITED_RATING]]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      after.v1 = await snapshotGraph(store);
    });

    it('re-committing replaces the version: a removed statement goes with its edges, a changed stance changes, derived edges follow, one Change', async () => {
      const result = await commit(secondDraft());
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.commitArticle.applied).toBe(true);
      expect(result.body.data.commitArticle.change.summary).toMatch(/version 2 .* with 2 statements; removed 1 nodes and 0 relationships of the previous version/);
      changeOf.v2 = result.body.data.commitArticle.change.id;

      expect((await store.getNodes([WOOD]))[0]).toBeNull();
      expect(await stanceOf(WILSHAW)).toEqual([{ stance: 'MIXED', target: { id: NEW_REPORT } }]);
      const critics = await server.graphql(`{ node(id: "${FRAMEWORK}") { ... on Framework { critics { node { id } evidence { id } } } } }`);
      const evidence = critics.body.data.node.critics.flatMap((c: any) => c.evidence.map((e: any) => e.id));
      expect(evidence.length).toBeGreaterThan(0);
      expect(evidence).not.toContain(WOOD);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));

      const history = await server.graphql(`{ changes(node: "${SOURCE_ID}") { nodes { ... on Change { operation } } } }`);
      expect(history.body.data.changes.nodes.map((c: any) => c.operation)).toEqual(['commitArticle', 'commitArticle']);
      const again = await commit(secondDraft());
      expect(again.body.data.commitArticle.applied).toBe(false);
      after.v2 = await snapshotGraph(store);
    });

    it('a later setStance by someone else is a conflict: each named, nothing written, unless told to overwrite', async () => {
      const corrected = await server.graphql(`mutation { setStance(statement: "${WILSHAW}", target: "${NEW_REPORT}", stance: CRITICAL) { change { id } } }`, undefined, OTHER);
      expect(corrected.body.errors).toBeUndefined();
      changeOf.setStance = corrected.body.data.setStance.change.id;
      after.setStance = await snapshotGraph(store);

      const withChanges = await snapshotGraph(store, { withChanges: true });
      const refused = await commit(secondDraft());
      expect(refused.status).toBe(409);
      expect(refused.body.errors[0].extensions).toEqual({
        code: 'ARTICLE_CONFLICT',
        source: SOURCE_ID,
        conflicts: [{ change: changeOf.setStance, operation: 'setStance', keyName: 'other', at: expect.any(String), records: [WILSHAW] }],
      });
      expect(refused.body.errors[0].message).toContain(changeOf.setStance);
      expect(await snapshotGraph(store, { withChanges: true })).toEqual(withChanges);

      const overwritten = await commit(secondDraft(), true);
      expect(overwritten.body.errors).toBeUndefined();
      expect(overwritten.body.data.commitArticle.change.summary).toContain(`overwrote ${changeOf.setStance}`);
      changeOf.v3 = overwritten.body.data.commitArticle.change.id;
      expect(await stanceOf(WILSHAW)).toEqual([{ stance: 'MIXED', target: { id: NEW_REPORT } }]);
    });

    it('undo goes back one version at a time, to exactly the graph each step left', async () => {
      const undo = (change: string) => server.graphql(`mutation { undoChange(change: "${change}") { applied } }`, undefined, EDITOR);
      for (const [change, graph] of [['v3', 'setStance'], ['setStance', 'v2'], ['v2', 'v1'], ['v1', 'seed']] as const) {
        const result = await undo(changeOf[change]);
        expect(result.body.errors, `undo ${change}`).toBeUndefined();
        expect(await snapshotGraph(store), `after undoing ${change}`).toEqual(after[graph]);
      }
    });

    it('a drafts folder loads into a seeded store on its own (ids resolve against the store); a corrected file replaces the first version', async () => {
      const dir = tempDir('chorus-drafts-');
      try {
        mkdirSync(join(dir.path, 'sources'));
        writeFileSync(join(dir.path, 'sources', 'article.txt'), ARTICLE_TEXT);
        const writeDraft = (draft: Draft) => writeFileSync(join(dir.path, 'source-article.json'), JSON.stringify(draftToSeedFile(draft, { textFile: 'article.txt' }), null, 2));
        writeDraft(firstDraft());

        // On its own the folder names actors it does not define; against the store they resolve.
        expect(planSeed(dir.path).problems.map((p) => p.message)).toEqual(expect.arrayContaining(['SAID.from: no node "person:alan-wood"', 'HELD_ROLE.to: no node "organisation:adcs"']));
        const unknown = firstDraft();
        unknown.statements[0].speaker.id = 'person:found-nowhere';
        writeDraft(unknown);
        expect((await planSeedInto(store, dir.path)).problems.map((p) => p.message)).toEqual(['SAID.from: no node "person:found-nowhere"']);
        writeDraft(firstDraft());
        const plan = await planSeedInto(store, dir.path);
        expect(plan.problems).toEqual([]);
        expect(plan.outside).toContain('person:alan-wood');
        expect(plan.heldBack?.map((h) => [h.kind, h.missing])).toEqual([['statement', ['about']], ['number', ['claim']]]);
        await writePlan(store, plan);
        expect((await store.getNodes([WOOD]))[0]?.label).toBe('Statement');
        expect(await completedSeedHash(store), 'drafts add to the seed; its marker stays').toBe(planSeed(SEED_DIR).contentHash);
        expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));

        writeDraft(secondDraft());
        const result = await writePlan(store, await planSeedInto(store, dir.path));
        expect(result.replaced).toEqual([{ source: SOURCE_ID, nodes: 1, relationships: 0 }]);
        expect((await store.getNodes([WOOD]))[0]).toBeNull();
        expect(await stanceOf(WILSHAW)).toEqual([{ stance: 'MIXED', target: { id: NEW_REPORT } }]);
        expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));

        // The same rule as the API: a later change by someone else stops the seed, unless told to overwrite.
        await server.graphql(`mutation { setStance(statement: "${WILSHAW}", target: "${NEW_REPORT}", stance: CRITICAL) { applied } }`, undefined, OTHER);
        const before = await snapshotGraph(store, { withChanges: true });
        await expect(writePlan(store, await planSeedInto(store, dir.path))).rejects.toBeInstanceOf(SeedConflictError);
        expect(await snapshotGraph(store, { withChanges: true })).toEqual(before);
        await writePlan(store, await planSeedInto(store, dir.path), { overwrite: true });
        expect(await stanceOf(WILSHAW)).toEqual([{ stance: 'MIXED', target: { id: NEW_REPORT } }]);
      } finally {
        dir.remove();
      }
    });

    it('adds a report and a framework, checked against the model, and a rating citing its source', async () => {
      const framework = await server.graphql(
        `mutation { addFramework(input: { name: "Joint targeted area inspections", introduced: "2016-01", scale: ["good", "requires improvement", "inadequate"], publishedBy: ["organisation:ofsted"] }) { applied node { id ... on Framework { name scale } } } }`,
        undefined, EDITOR,
      );
      expect(framework.body.errors).toBeUndefined();
      expect(framework.body.data.addFramework.node).toEqual({ id: 'framework:joint-targeted-area-inspections', name: 'Joint targeted area inspections', scale: ['good', 'requires improvement', 'inadequate'] });

      const report = await server.graphql(
        `mutation { addReport(input: { title: "Joint inspections: first findings", kind: "sector-report", date: "2016-09", publishedBy: ["organisation:ofsted"], framework: "framework:joint-targeted-area-inspections" }) { node { id ... on Report { title date framework { id } publishers { id } } } } }`,
        undefined, EDITOR,
      );
      expect(report.body.errors).toBeUndefined();
      expect(report.body.data.addReport.node).toEqual({ id: 'report:joint-inspections-first-findings', title: 'Joint inspections: first findings', date: '2016-09', framework: { id: 'framework:joint-targeted-area-inspections' }, publishers: [{ id: 'organisation:ofsted' }] });

      const badDate = await server.graphql('mutation { addReport(input: { title: "Undated", date: "next spring" }) { applied } }', undefined, EDITOR);
      expect(badDate.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(badDate.body.errors[0].extensions.problems)).toContain('date');
      const unknown = await server.graphql('mutation { addReport(input: { title: "Orphan", publishedBy: ["organisation:nobody"] }) { applied } }', undefined, EDITOR);
      expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await store.getNodes(['report:undated', 'report:orphan'])).every((n) => n === null)).toBe(true);

      const rating = await server.graphql(
        `mutation { addRating(input: { council: "council:birmingham", grade: "inadequate", period: "2016", rater: "organisation:ofsted", report: "report:joint-inspections-first-findings", sources: ["${SOURCE_ID}"] }) { node { ... on Rating { sources { id } } } } }`,
        undefined, EDITOR,
      );
      expect(rating.body.errors).toBeUndefined();
      expect(rating.body.data.addRating.node.sources).toEqual([{ id: SOURCE_ID }]);
      expect((await store.getRelationships([relationshipId('CITES', 'rating:birmingham-2016', SOURCE_ID)]))[0]?.type).toBe('CITES');
    });

    it('a change written between building a commit and writing it is caught as the commit is written', async () => {
      // Another copy of the article (its own source and statements), so that the earlier tests' changes are not in the way.
      const slug = SOURCE_ID.slice('source:'.length);
      const copy = (draft: Draft): Draft => JSON.parse(JSON.stringify(draft).replaceAll(slug, `${slug}-copy`));
      const wilshaw = WILSHAW.replace(slug, `${slug}-copy`);
      const service = new MutationService(store);
      expect((await service.apply(await articleChangeSet(store, copy(firstDraft()), ARTICLE_TEXT), 'editor')).applied).toBe(true);

      const built = await articleChangeSet(store, copy(secondDraft()), ARTICLE_TEXT);
      const corrected = await server.graphql(`mutation { setStance(statement: "${wilshaw}", target: "${NEW_REPORT}", stance: CRITICAL) { change { id } } }`, undefined, OTHER);
      await expect(service.apply(built, 'editor')).rejects.toMatchObject({ code: 'ARTICLE_CONFLICT', conflicts: [{ change: corrected.body.data.setStance.change.id, operation: 'setStance', records: [wilshaw] }] });
      expect(await stanceOf(wilshaw)).toEqual([{ stance: 'CRITICAL', target: { id: NEW_REPORT } }]);

      // Two people committing the same article: the one built on a version no longer in force is refused.
      const stale = await articleChangeSet(store, copy(firstDraft()), ARTICLE_TEXT, { overwrite: true });
      const newer = await service.apply(await articleChangeSet(store, copy(secondDraft()), ARTICLE_TEXT, { overwrite: true }), 'other');
      await expect(service.apply(stale, 'editor')).rejects.toMatchObject({ code: 'ARTICLE_CONFLICT', conflicts: [{ change: newer.change!.id, operation: 'commitArticle' }] });
      expect(await stanceOf(wilshaw)).toEqual([{ stance: 'MIXED', target: { id: NEW_REPORT } }]);
    });
  });
}
