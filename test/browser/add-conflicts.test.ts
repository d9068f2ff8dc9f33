/**
 * The review page's two kinds of conflict, in chromium over a real server on a real Grafeo store holding the
 * seed: words already in the graph under another speaker (the ⚑ flag: from the proposal's `conflicts`, and
 * asked of `attributionConflicts` for a statement added by hand), and an ARTICLE_CONFLICT (someone changed
 * the article's records since its last version): shown with the change that conflicts, never overwritten
 * until the reviewer chooses to, and then the graph holds the reviewer's version.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixTargets, matchProposals, NewNodes, proposeInPage } from '../support/review-page.js';
import { ARTIFACTS_DIR, expectClean, useAddPageRig } from '../support/add-page-rig.js';

const KEY = 'add-conflicts-key-0123456789abcdef';
const OTHER_KEY = 'add-conflicts-other-0123456789abcdef';

/** Written for this test. Wilshaw's words (in the seed, from the Guardian in 2015) put in Alan Wood's mouth; Debbie Jones's words quoted by nobody in particular. */
const ARTICLE = {
  title: 'Directors answer the chief inspector',
  publisher: 'Children and Young People Now',
  date: '2015-04-02',
  text: [
    'Directors answer the chief inspector',
    '',
    'Alan Wood, president of the ADCS, said: “We must recognise the context and constraints within which social workers and their managers work.”',
    '',
    'A council leader repeated the line that inspectors have seen examples of high quality practice which puts the outcomes for children at the heart of decision-making, and left it there.',
    '',
  ].join('\n'),
};
const WOOD_WORDS = 'We must recognise the context and constraints within which social workers and their managers work.';
const HAND_ADDED = 'inspectors have seen examples of high quality practice which puts the outcomes for children at the heart of decision-making';
const WILSHAW_STATEMENT = 'statement:guardian-2015-sector-response.wilshaw-recognise-context';
const JONES_STATEMENT = 'statement:pse-2015-ofsted-critical.jones-high-quality-practice';

async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => localStorage.clear());
  await page.goto(url, { waitUntil: 'load' });
}

async function press(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await page.keyboard.press(key);
}

describe('the review page shows conflicts and never overwrites on its own (offline, chromium)', () => {
  const rig = useAddPageRig(`reviewer:${KEY},colleague:${OTHER_KEY}`);

  it('flags words the graph gives another speaker, proposed or added by hand; an ARTICLE_CONFLICT is listed, and overwritten only when asked', async () => {
    const guarded = await rig.browser.newPage();
    const { page } = guarded;
    try {
      await openFresh(page, `${rig.server.url}/explore/add`);
      const draft = await proposeInPage(page, ARTICLE);
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });

      // The proposal of Wood's words (found by the words, not by who the extractor says speaks them): they are Wilshaw's in the graph.
      const proposed = matchProposals(ARTICLE.text, [{ key: 'wood', words: WOOD_WORDS, kind: 'quote', speaker: { id: 'person:alan-wood', name: 'Alan Wood' }, targets: [] }], draft.statements).get('wood');
      expect(proposed, 'a proposal carries the words the graph gives Wilshaw (the flag from the proposal needs one)').toBeDefined();
      const woodId = proposed!.id;
      const wood = page.locator(`.statement-card[data-statement="${woodId}"]`);
      expect(await page.locator(`#article-view mark[data-statement="${woodId}"]`).getAttribute('class')).toContain('has-conflict');
      expect(await wood.locator('.badge-conflict').count()).toBe(1);
      await wood.click();
      const flag = page.locator('.statement-card.selected .conflict-flag');
      expect(await flag.textContent()).toContain('Michael Wilshaw');
      expect(await flag.locator('a').first().getAttribute('href')).toBe(`/explore?node=${encodeURIComponent(WILSHAW_STATEMENT)}`);

      // Added by hand: the page asks the graph, and flags Debbie Jones's words.
      await page.evaluate((words) => {
        const view = document.getElementById('article-view')!;
        const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(words);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          view.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return;
        }
        throw new Error('the words are not in the text');
      }, HAND_ADDED);
      expect((await page.locator('#article-view .pending-selection').allTextContents()).join('')).toBe(HAND_ADDED);
      await press(page, 'n');
      const added = page.locator('.statement-card.selected');
      await expect.poll(() => added.getAttribute('data-statement')).toMatch(/\.added-1$/);
      await expect.poll(() => added.locator('.conflict-flag').textContent().catch(() => ''), { timeout: 15_000 }).toContain('Debbie Jones');
      expect(await added.locator('.conflict-flag a').first().getAttribute('href')).toBe(`/explore?node=${encodeURIComponent(JONES_STATEMENT)}`);
      // Not this article's business here: reject it. Wood's statement is about one thing: the framework he
      // speaks of (found by the graph's search unless proposed), criticised (1), and nothing else.
      await press(page, 'r');
      await page.locator(`.statement-card[data-statement="${woodId}"]`).click();
      await fixTargets(page, [{ node: { id: 'framework:single-inspection-framework', name: 'single inspection framework' }, stance: 'critical' }], new NewNodes(draft, []));
      expect(await page.locator(`#article-view mark[data-statement="${woodId}"]`).getAttribute('class')).toContain('stance-critical');

      await page.locator('#api-key').fill(KEY);
      await page.keyboard.press('Control+Enter');
      await page.locator('#save-result .result-applied[data-applied="true"]').waitFor({ timeout: 30_000 });
      const sourceId = (await page.locator('#review-summary code').first().textContent())!;
      const target = (await rig.server.graphql(`{ node(id: "${woodId}") { ... on Statement { targets { stance target { id } } } } }`)).body.data.node.targets[0];

      // A colleague corrects the stance over the API; the page, not knowing, sets another and commits.
      const theirs = target.stance === 'CRITICAL' ? 'SUPPORTIVE' : 'CRITICAL';
      const mine = theirs === 'CRITICAL' ? 'neutral' : 'mixed';
      const set = await rig.server.graphql(`mutation { setStance(statement: "${woodId}", target: "${target.target.id}", stance: ${theirs}) { change { id } } }`, {}, { authorization: `Bearer ${OTHER_KEY}` });
      expect(set.body.errors).toBeUndefined();
      const theirChange = set.body.data.setStance.change.id;
      await page.locator(`.statement-card[data-statement="${woodId}"]`).click();
      await press(page, String(['critical', 'supportive', 'mixed', 'neutral'].indexOf(mine) + 1));
      await page.keyboard.press('Control+Enter');
      const box = page.locator('#save-result .conflict-box');
      await box.waitFor({ timeout: 30_000 });
      expect(await box.textContent()).toContain(theirChange);
      expect(await box.textContent()).toContain('colleague');
      const stanceNow = async () => (await rig.server.graphql(`{ node(id: "${woodId}") { ... on Statement { targets { stance } } } }`)).body.data.node.targets[0].stance;
      expect(await stanceNow(), 'nothing overwritten until asked').toBe(theirs);

      // Asked: overwrite.
      await box.locator('button.overwrite').click();
      await page.locator('#save-result .result-applied[data-applied="true"]').waitFor({ timeout: 30_000 });
      expect(await stanceNow()).toBe(mine.toUpperCase());
      expect(sourceId).toMatch(/^source:/);
      // The conflict is an HTTP 409, which the browser's console reports.
      expectClean(guarded, [/status of 409 \(Conflict\)/]);
    } catch (error) {
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'add-conflicts-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await guarded.close();
    }
  });
});
