/**
 * Issue 33's corrections to the seed, read back from a real store the seed was loaded into: what the
 * seed states is what its sources support, and nothing more precise or more confident.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { SEED_MARKER_ID, seedStore } from '../../src/seed/load.js';
import { planSeed } from '../../src/seed/plan.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, type TestStore } from '../support/stores.js';
import { copySeed } from '../support/seed-copy.js';
import { snapshotGraph } from '../support/snapshot.js';
import { useSeededStore } from '../support/seeded-store.js';

const BLOG_2009 = 'source:blog-2009-childrens-social-services';
const CHAGRIN = 'statement:blog-2009-childrens-social-services.birmingham-chagrin';
const WILSHAW_CONTEXT = 'statement:guardian-2015-sector-response.wilshaw-recognise-context';
const JONES_CONTEXT = 'statement:pse-2015-ofsted-critical.jones-context-and-constraints';

export function defineSeedCorrectionsSuite(name: string, createStore: () => Promise<TestStore>) {
  describe(`the corrected seed on ${name}`, () => {
    const seeded = useSeededStore(createStore);
    let store: GraphStore;
    beforeAll(() => {
      store = seeded.store;
    });

    it('dates what the 2009 blog reports to the year, the only precision the blog gives', async () => {
      const [statements] = await store.related([BLOG_2009], { type: 'SOURCED_FROM', direction: 'in', properties: ['date'] });
      expect(statements.length).toBeGreaterThan(20);
      for (const hit of statements) expect(hit.node.properties.date, hit.node.id).toBe('2009');
      const reports = ['report:ofsted-childrens-services-ratings-2009', 'report:ofsted-annual-report-2008-09', 'report:adcs-inspection-report-2009'];
      const records = await store.getNodes([...reports, 'rating:haringey-2009', 'rating:birmingham-2009', 'outcome:birmingham-2009-improvement-measures']);
      for (const record of records) expect(record?.properties.date, record?.id).toBe('2009');
    });

    it('lets no month filter single out December 2009 for the blog: every month of 2009 finds the same statements', async () => {
      const inMonth = async (month: string, last: string) =>
        (await store.findStatements({ filter: { sources: [BLOG_2009], dateFrom: `2009-${month}-01`, dateTo: `2009-${month}-${last}` }, limit: 100 })).nodes.map((n) => n.id).sort();
      const [march, november, december] = [await inMonth('03', '31'), await inMonth('11', '30'), await inMonth('12', '31')];
      expect(december.length).toBeGreaterThan(20);
      expect(march).toEqual(december);
      expect(november).toEqual(december);
    });

    it('links every source to where it was published, except the 2009 tag archive, which was not found', async () => {
      const sources = await store.list({ label: 'Source', limit: 100 });
      const urls = Object.fromEntries(sources.nodes.map((node) => [node.id, node.properties.url ?? null]));
      expect(Object.keys(urls)).toHaveLength(5);
      for (const [id, url] of Object.entries(urls)) {
        if (id === BLOG_2009) expect(url).toBeNull();
        else expect(url, id).toMatch(/^https:\/\/[a-z.]+\//);
      }
    });
    it('codes "much to their chagrin" as the blog’s words about Birmingham’s attitude, so the council criticises nothing', async () => {
      const [[speaker]] = await store.related([CHAGRIN], { type: 'SAID', direction: 'in' });
      const [attitude] = await store.related([CHAGRIN], { type: 'ATTITUDE_OF', direction: 'out' });
      expect(speaker.node.id).toBe('organisation:blog-childrens-social-work-2009');
      expect(attitude.map((hit) => hit.node.id)).toEqual(['council:birmingham']);
      const [criticised] = await store.related(['council:birmingham'], { type: 'CRITICISED', direction: 'out' });
      expect(criticised.map((hit) => hit.node.id)).toEqual([]);
      const [critics] = await store.related(['report:ofsted-childrens-services-ratings-2009'], { type: 'CRITICISED', direction: 'in' });
      expect(critics.map((hit) => hit.node.id)).not.toContain('council:birmingham');
      const [said] = await store.related(['council:birmingham'], { type: 'SAID', direction: 'out' });
      expect(said).toEqual([]);
    });

    it('links the one sentence two sources give to two speakers as an attribution conflict, and nothing else', async () => {
      const [out] = await store.related([JONES_CONTEXT], { type: 'ATTRIBUTION_CONFLICT', direction: 'out' });
      const [into] = await store.related([JONES_CONTEXT], { type: 'ATTRIBUTION_CONFLICT', direction: 'in' });
      expect([...out, ...into].map((hit) => hit.node.id)).toEqual([WILSHAW_CONTEXT]);
      expect((await store.countByRelationshipType()).ATTRIBUTION_CONFLICT).toBe(1);
      // Both attributions keep counting for their own speakers until a coder decides.
      const speakers = await store.related([WILSHAW_CONTEXT, JONES_CONTEXT], { type: 'SAID', direction: 'in' });
      expect(speakers.map(([hit]) => hit.node.id)).toEqual(['person:michael-wilshaw', 'person:debbie-jones']);
    });

    it('keeps every number of a claim with its unit and what it counts, and finds the claim by any of them', async () => {
      const [poor, leadership, inNeed] = await store.getNodes(['claim:ratings-2009-9-councils-poor', 'claim:hmci-2016-60-las-to-improve-leadership', 'claim:children-in-need-397600']);
      expect(poor?.properties.values).toEqual([9, 6]);
      expect(poor?.properties.valueUnits).toEqual(['councils', 'percent']);
      expect(leadership?.properties.values).toEqual([60, 7, 20, 87]);
      expect(inNeed?.properties.values).toEqual([397600, 5]);
      const byPercent = await store.list({ label: 'Claim', filter: { values: { has: 6 } }, limit: 100 });
      expect(byPercent.nodes.map((node) => node.id)).toContain('claim:ratings-2009-9-councils-poor');
      const byTwenty = await store.list({ label: 'Claim', filter: { values: { has: 20 } }, limit: 100 });
      expect(byTwenty.nodes.map((node) => node.id)).toContain('claim:hmci-2016-60-las-to-improve-leadership');
    });

    it('gives every statistic claim its values, the headline value first', () => {
      const claims = planSeed(SEED_DIR).nodes.filter((node) => node.label === 'Claim' && node.properties.kind === 'statistic');
      expect(claims.length).toBeGreaterThan(40);
      for (const claim of claims) {
        const values = claim.properties.values as number[];
        expect(values?.[0], claim.id).toBe(claim.properties.value);
        expect((claim.properties.valueUnits as string[]).length, claim.id).toBe(values.length);
        expect((claim.properties.valueCounts as string[]).length, claim.id).toBe(values.length);
      }
    });

    it('records social workers as a group that statements praise', async () => {
      const [group] = await store.getNodes(['group:social-workers']);
      expect(group?.label).toBe('Group');
      const [praisedBy] = await store.related(['group:social-workers'], { type: 'PRAISED', direction: 'in' });
      expect(praisedBy.map((hit) => hit.node.id).sort()).toEqual(['organisation:blog-childrens-social-work-2009', 'organisation:ofsted']);
    });
    it('re-seeding corrects a store seeded with an earlier seed, and keeps what users added', async () => {
      const corrected = await snapshotGraph(store);
      // The earlier seed: the chagrin passage coded as Birmingham's words, a month the blog never gives, a
      // claim and a report's link that the seed no longer states.
      const earlier = copySeed();
      try {
        earlier.edit('source-blog-2009-childrens-social-services.json', (data) => {
          const chagrin = data.sources[0].statements.find((s: any) => s.id === CHAGRIN);
          Object.assign(chagrin, { speaker: 'council:birmingham', about: [{ target: 'report:ofsted-childrens-services-ratings-2009', stance: 'critical' }], date: '2009-12' });
          delete chagrin.attitudeOf;
        });
        earlier.edit('claims.json', (data) => data.claims.push({ id: 'claim:dropped-by-the-seed', text: 'A claim the seed no longer states.', kind: 'judgement' }, { id: 'claim:dropped-but-used', text: 'Another the seed no longer states.', kind: 'judgement' }));
        earlier.edit('reports.json', (data) => data.reports[0].asserts.push('claim:dropped-by-the-seed'));
        await clearStore(store);
        await seedStore(store, earlier.path);
      } finally {
        earlier.remove();
      }
      const [[criticOnce]] = await store.related(['council:birmingham'], { type: 'CRITICISED', direction: 'out' });
      expect(criticOnce.node.id).toBe('report:ofsted-childrens-services-ratings-2009');
      // A user's statement about one of the claims the seed will drop, in a source of their own.
      const user = { source: 'source:user-added', statement: 'statement:user-added.about-dropped' };
      await store.write({
        nodes: [
          { id: user.source, label: 'Source', properties: { title: 'Added by a user', text: 'Words a user added.', contentHash: '0'.repeat(64) } },
          { id: user.statement, label: 'Statement', properties: { text: 'Words', kind: 'paraphrase', codedBy: 'key:someone', confidence: 1 } },
        ],
      });
      await store.write({
        relationships: [
          { id: `said:person:alan-wood>${user.statement}`, type: 'SAID', from: 'person:alan-wood', to: user.statement, properties: {} },
          { id: `sourced_from:${user.statement}>${user.source}`, type: 'SOURCED_FROM', from: user.statement, to: user.source, properties: { start: 0, end: 5 } },
          { id: `asserts:${user.statement}>claim:dropped-but-used`, type: 'ASSERTS', from: user.statement, to: 'claim:dropped-but-used', properties: {} },
        ],
      });

      const result = await seedStore(store, SEED_DIR);
      // The claim, and three links: the report's to it, and the old chagrin coding's SAID and ABOUT (which the
      // article's own replacement had removed already).
      expect(result.removed).toEqual({ nodes: 1, relationships: 3, kept: ['claim:dropped-but-used'] });
      const [dropped, used, userStatement] = await store.getNodes(['claim:dropped-by-the-seed', 'claim:dropped-but-used', user.statement]);
      expect(dropped).toBeNull();
      expect(used?.id).toBe('claim:dropped-but-used');
      expect(userStatement?.id).toBe(user.statement);
      const [criticised] = await store.related(['council:birmingham'], { type: 'CRITICISED', direction: 'out' });
      expect(criticised).toEqual([]);

      // Take away what the user added: the rest is the graph a fresh seed of the corrected files gives.
      await store.write({ deleteNodes: [user.statement, user.source, 'claim:dropped-but-used'] });
      const after = await snapshotGraph(store);
      expect(after.nodes).toEqual(corrected.nodes);
      expect(after.relationships.map((r) => r.id)).toEqual(corrected.relationships.map((r) => r.id));
    });
    it('corrects a store the seed before issue 33 wrote, which lists no records of its own', async () => {
      const fresh = await snapshotGraph(store);
      // The seed as it was: months the sources never give, the chagrin passage as Birmingham's words, claims with
      // one value, no group, no URLs. Its store's marker lists nothing, as markers before the list did.
      const earlier = copySeed();
      try {
        const monthOf = (record: any) => {
          if (record.date === '2009') record.date = '2009-12';
        };
        earlier.edit('source-blog-2009-childrens-social-services.json', (data) => {
          const source = data.sources[0];
          source.statements.forEach(monthOf);
          const chagrin = source.statements.find((s: any) => s.id === CHAGRIN);
          Object.assign(chagrin, { speaker: 'council:birmingham', about: [{ target: 'rating:birmingham-2009', stance: 'critical' }, { target: 'report:ofsted-childrens-services-ratings-2009', stance: 'critical' }], confidence: 0.6 });
          delete chagrin.attitudeOf;
          for (const statement of source.statements) statement.about = statement.about.filter((a: any) => a.target !== 'group:social-workers');
        });
        earlier.edit('source-blog-2016-hmci-social-care-report.json', (data) => {
          delete data.sources[0].url;
          for (const statement of data.sources[0].statements) statement.about = statement.about.filter((a: any) => a.target !== 'group:social-workers');
        });
        for (const file of ['source-guardian-2015-sector-response.json', 'source-independent-2013-damning-ofsted-report.json', 'source-pse-2015-ofsted-critical.json']) {
          earlier.edit(file, (data) => delete data.sources[0].url);
        }
        earlier.edit('reports.json', (data) => data.reports.filter((r: any) => r.id.endsWith('2009') || r.id.endsWith('2008-09')).forEach(monthOf));
        earlier.edit('ratings.json', (data) => data.ratings.forEach(monthOf));
        earlier.edit('outcomes.json', (data) => data.outcomes.forEach(monthOf));
        earlier.edit('claims.json', (data) => data.claims.forEach((claim: any) => delete claim.values));
        earlier.edit('actors.json', (data) => delete data.groups);
        await clearStore(store);
        await seedStore(store, earlier.path);
      } finally {
        earlier.remove();
      }
      const [marker] = await store.getNodes([SEED_MARKER_ID]);
      const { owned: _owned, ...unlisted } = marker!.properties;
      await store.write({ nodes: [{ ...marker!, properties: unlisted }] });
      expect((await store.getNodes(['rating:birmingham-2009']))[0]?.properties.date).toBe('2009-12');

      await seedStore(store, SEED_DIR);
      const corrected = await snapshotGraph(store);
      expect(corrected.nodes).toEqual(fresh.nodes);
      expect(corrected.relationships).toEqual(fresh.relationships);
    });
  });
}
