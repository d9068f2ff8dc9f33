/**
 * Issue 33's corrections to the seed, read back from a real store the seed was loaded into: what the
 * seed states is what its sources support, and nothing more precise or more confident.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, type TestStore } from '../support/stores.js';

const BLOG_2009 = 'source:blog-2009-childrens-social-services';

export function defineSeedCorrectionsSuite(name: string, createStore: () => Promise<TestStore>) {
  describe(`the corrected seed on ${name}`, () => {
    let handle: TestStore;
    let store: GraphStore;

    beforeAll(async () => {
      handle = await createStore();
      store = handle.store;
      await clearStore(store);
      await seedStore(store, SEED_DIR);
    });
    afterAll(async () => {
      if (store) await clearStore(store);
      await handle?.dispose();
    });

    it('dates what the 2009 blog reports to the year, the only precision the blog gives', async () => {
      const [statements] = await store.related([BLOG_2009], { type: 'SOURCED_FROM', direction: 'in', properties: ['date'] });
      expect(statements.length).toBeGreaterThan(20);
      for (const hit of statements) expect(hit.node.properties.date, hit.node.id).toBe('2009');
      const reports = ['report:ofsted-childrens-services-ratings-2009', 'report:ofsted-annual-report-2008-09', 'report:adcs-inspection-report-2009'];
      const records = await store.getNodes([...reports, 'rating:haringey-2009', 'rating:birmingham-2009', 'outcome:birmingham-2009-improvement-measures']);
      for (const record of records) expect(record?.properties.date, record?.id).toBe('2009');
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
  });
}
