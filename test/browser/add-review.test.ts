/**
 * The review page (/explore/add) as a coder uses it, in chromium, offline, over a real Chorus server on a
 * real Grafeo store holding the seed: a synthetic article (written for this test) coded from proposal to
 * commit, keyboard first, with a new report (proposed), a new group (made on the page), a claim with two
 * numbers and a rating; a bad input refused with its field named and nothing written; the review kept over
 * a reload; then re-opened, one stance changed and one statement removed, committed again; and after each
 * commit the graph, asked over GraphQL, answers as annotated with no stale records. Also: the page at
 * 800 px has no horizontal scroll, and no request leaves the machine.
 *
 * The README's picture (docs/images/add-article.png, 1280×800) is written by this test when
 * CHORUS_UPDATE_DOCS_SCREENSHOTS=1; otherwise it goes to test/browser/artifacts/ and no tracked file changes.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_ASSETS_DIR, explorerRoute } from '../../src/http/explorer.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { launchBrowser, type GuardedPage, type TestBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';

const ADD_HTML = join(EXPLORER_ASSETS_DIR, 'add.html');
const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test', 'browser', 'artifacts');
const DOCS_SCREENSHOT = join(PROJECT_ROOT, 'docs', 'images', 'add-article.png');
const KEY = 'add-review-key-0123456789abcdef';

/** Written for this test: a review nobody published, of councils losing foster carers. */
const ARTICLE = {
  title: 'Councils struggle to keep foster carers, review finds',
  publisher: 'Children and Young People Now',
  date: '2016-09-14',
  text: [
    'Councils struggle to keep foster carers, review finds',
    '',
    'Ofsted’s Fostering Sufficiency Review 2016, published on Wednesday, found that 11 councils (7%) had lost more foster carers than they recruited last year.',
    '',
    'Alan Wood, president of the ADCS, said: “This review is thorough and fair, and it shows how hard councils are working to find homes for children.”',
    '',
    'Maria Lopez, a social worker in Leeds, said: “The review ignores the carers themselves, who are leaving because nobody listens to them.”',
    '',
    'Knowsley was rated inadequate for its fostering service in the review.',
    '',
    'Foster carers told the inspectorate that training was patchy and that support at weekends was “non-existent”.',
    '',
    'Share this article',
    '',
  ].join('\n'),
};
/** The words of the statement the reviewer adds by hand (the extractor does not propose reported speech after "told"). */
const ADDED_WORDS = 'training was patchy and that support at weekends was “non-existent”.';

function expectClean(guarded: GuardedPage, expected: RegExp[] = []): void {
  expect(guarded.blocked, `requests off this machine: ${guarded.blocked.join(', ')}`).toEqual([]);
  expect(guarded.errors.filter((e) => !expected.some((pattern) => pattern.test(e))), 'page errors (a CSP violation is one)').toEqual([]);
}

async function fillArticle(page: Page): Promise<void> {
  await page.locator('#title').fill(ARTICLE.title);
  await page.locator('#publisher').fill(ARTICLE.publisher);
  await page.locator('#date').fill(ARTICLE.date);
  await page.locator('#text').fill(ARTICLE.text);
}

/** The page with nothing kept from an earlier test's review (the browser's one profile keeps localStorage). */
async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => localStorage.clear());
  await page.goto(url, { waitUntil: 'load' });
}

/** A review key, as a reviewer presses it outside any text field (a letter typed into a field is text). */
async function press(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await page.keyboard.press(key);
}

/** The id of the statement whose card is selected. */
const selectedId = (page: Page) => page.locator('.statement-card.selected').getAttribute('data-statement');

describe('the review page: code an article, commit, re-open, correct (offline, chromium)', () => {
  let testStore: TestStore | undefined;
  let server: RunningServer | undefined;
  let browser: TestBrowser | undefined;
  let baseUrl = '';
  let draft: any;

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await server!.graphql(query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    if (!existsSync(ADD_HTML)) throw new Error(`${ADD_HTML} is missing: run \`npm run build:web\` first (npm test does it in pretest).`);
    testStore = await createGrafeoTestStore();
    await seedStore(testStore.store, SEED_DIR);
    server = await startServer(testStore.store, { CHORUS_API_KEYS: `reviewer:${KEY}` }, [explorerRoute({ assetsDir: EXPLORER_ASSETS_DIR })]);
    baseUrl = server.url;
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    draft = (await gql('query($source: ArticleInput!) { proposeArticle(source: $source) }', { source: ARTICLE })).proposeArticle;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await testStore?.dispose();
  });

  it('marks every proposal by kind and stance, the quotes found and not proposed with their reason, and the furniture', async () => {
    const guarded = await browser!.newPage();
    const { page } = guarded;
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openFresh(page, `${baseUrl}/explore/add`);
      await fillArticle(page);
      await page.locator('#propose').click();
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });

      expect(draft.statements.length, 'the extractor proposes the three statements').toBe(3);
      expect(draft.excludedQuotes.length, 'and finds one quoted term it does not propose').toBeGreaterThan(0);
      expect(await page.locator('#article-view').textContent()).toBe(ARTICLE.text);
      // One mark per statement (no range cuts these), its words exactly the statement's, classed by kind and stance.
      const marks = await page.locator('#article-view mark').evaluateAll((els) => els.map((m) => ({ id: (m as HTMLElement).dataset.statement, text: m.textContent, className: m.className })));
      expect(marks.map((m) => m.id)).toEqual(draft.statements.map((s: any) => s.id));
      expect(marks.map((m) => m.text)).toEqual(draft.statements.map((s: any) => s.text));
      for (const [i, s] of draft.statements.entries()) {
        const stances = new Set(s.about.map((t: any) => t.stance));
        expect(marks[i]!.className).toContain(`kind-${s.kind}`);
        expect(marks[i]!.className).toContain(`stance-${stances.size === 1 ? [...stances][0] : stances.size ? 'mixed' : 'none'}`);
      }
      expect(marks.some((m) => m.className.includes('kind-paraphrase')), 'the paraphrase is marked as one').toBe(true);
      // A paraphrase looks different from a quote (italic, dotted), not only by class.
      const styles = await page.locator('#article-view mark').evaluateAll((els) => els.map((m) => getComputedStyle(m).fontStyle));
      expect(new Set(styles).size).toBe(2);

      // The quote found and not proposed: dashed in the text, its reason on hover and on focus, and in the list.
      const excluded = draft.excludedQuotes[0];
      const span = page.locator('#article-view .excluded-quote').first();
      expect(await span.textContent()).toBe(excluded.text);
      expect(await span.getAttribute('title')).toContain(excluded.reason);
      expect(await span.getAttribute('tabindex')).toBe('0');
      await span.focus();
      expect(await span.evaluate((e) => getComputedStyle(e, '::after').content), 'the reason, shown while focused').toContain(excluded.reason);
      expect(await page.locator('#excluded-list').textContent()).toContain(excluded.reason);
      // The furniture is dimmed.
      const furniture = draft.furniture[0];
      expect(await page.locator('#article-view .furniture').first().textContent()).toBe(Array.from(ARTICLE.text).slice(furniture.start, furniture.end).join(''));
      expect(Number(await page.locator('#article-view .furniture').first().evaluate((e) => getComputedStyle(e).opacity))).toBeLessThan(1);

      // The count of what is left, and the ? overlay lists the keys; Esc closes it.
      expect(await page.locator('.left-count').getAttribute('data-left')).toBe('3');
      await press(page, '?');
      const help = page.locator('#help-overlay');
      await help.waitFor();
      const keys = await help.locator('kbd').allTextContents();
      for (const key of ['j / k', 'a', 'r', 's', '1 2 3 4', 'e', 'n', 'Ctrl+Enter', '?']) expect(keys).toContain(key);
      await page.keyboard.press('Escape');
      expect(await help.count()).toBe(0);

      const screenshot = join(ARTIFACTS_DIR, 'add-article-review.png');
      await press(page, 'j');
      await page.screenshot({ path: screenshot });
      if (process.env.CHORUS_UPDATE_DOCS_SCREENSHOTS === '1') {
        mkdirSync(join(PROJECT_ROOT, 'docs', 'images'), { recursive: true });
        copyFileSync(screenshot, DOCS_SCREENSHOT);
      }
      expectClean(guarded);
    } finally {
      await guarded.close();
    }
  });

  it('at 800 px wide the page has no horizontal scroll, and everything stays in reach', async () => {
    const guarded = await browser!.newPage();
    const { page } = guarded;
    try {
      await page.setViewportSize({ width: 800, height: 700 });
      await openFresh(page, `${baseUrl}/explore/add`);
      await fillArticle(page);
      await page.locator('#propose').click();
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });
      await press(page, 'j');
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      // The text, the selected statement's editor and the commit button are all inside the viewport's width.
      for (const selector of ['#article-view', '.statement-card.selected', '#save']) {
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.x, selector).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, selector).toBeLessThanOrEqual(800);
      }
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'add-article-800.png') });
      expectClean(guarded);
    } finally {
      await guarded.close();
    }
  });

  it('codes the article with the keyboard, refuses a bad input by its field, keeps the work over a reload, commits; the graph answers as annotated', async () => {
    const guarded = await browser!.newPage();
    const { page } = guarded;
    const [ofsted, wood, lopez] = draft.statements;
    const sourceId = draft.source.id;
    const report = draft.mainReport.id;
    try {
      await openFresh(page, `${baseUrl}/explore/add`);
      await fillArticle(page);
      await page.locator('#propose').click();
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });

      // The review starts at the first statement; a accepts it and moves on; k goes back, j on.
      expect(await selectedId(page)).toBe(ofsted.id);
      await press(page, 'a');
      expect(await selectedId(page)).toBe(wood.id);
      await press(page, 'k');
      expect(await selectedId(page)).toBe(ofsted.id);
      expect(await page.locator(`.statement-card[data-statement="${ofsted.id}"]`).getAttribute('data-decision')).toBe('accepted');
      await press(page, 'j');
      // Wood: Alt+← gives back the last word, Alt+→ takes it in again with its full stop (not the closing quotation mark).
      const woodWords = page.locator('.statement-card.selected .statement-text');
      await press(page, 'Alt+ArrowLeft');
      expect(await woodWords.textContent()).toBe(wood.text.replace(/ children\.$/, ''));
      await press(page, 'Alt+ArrowRight');
      expect(await woodWords.textContent()).toBe(wood.text);
      // Alt+Shift+→ starts it a word later; Alt+Shift+← brings the word back.
      await press(page, 'Alt+Shift+ArrowRight');
      expect(await woodWords.textContent()).toBe(wood.text.replace(/^This /, ''));
      await press(page, 'Alt+Shift+ArrowLeft');
      expect(await woodWords.textContent()).toBe(wood.text);
      // s cycles his stance away from supportive and on round to it again (four stances).
      const woodMark = page.locator(`#article-view mark[data-statement="${wood.id}"]`);
      expect(await woodMark.getAttribute('class')).toContain('stance-supportive');
      await press(page, 's');
      expect(await woodMark.getAttribute('class')).toContain('stance-mixed');
      for (let i = 0; i < 3; i++) await press(page, 's');
      expect(await woodMark.getAttribute('class')).toContain('stance-supportive');
      await press(page, 'a');
      // Lopez: 1 is critical (as proposed), 2 supportive; back to 1, accept.
      expect(await selectedId(page)).toBe(lopez.id);
      await press(page, '2');
      expect(await page.locator(`#article-view mark[data-statement="${lopez.id}"]`).getAttribute('class')).toContain('stance-supportive');
      await press(page, '1');
      // She speaks up for the carers: a second target, a group new to the graph, made here, supportive.
      const lopezCard = page.locator('.statement-card.selected');
      await lopezCard.locator('details.new-target summary').click();
      await lopezCard.locator('select.new-target-kind').selectOption('group');
      await lopezCard.locator('input.new-target-name').fill('Foster carers');
      await lopezCard.locator('button.new-target-create').click();
      await page.locator('.statement-card.selected select.stance[data-target="group:foster-carers"]').selectOption('supportive');
      expect(await page.locator(`#article-view mark[data-statement="${lopez.id}"]`).getAttribute('class'), 'two stances: mixed colour').toContain('stance-mixed');
      await press(page, 'a');
      expect(await page.locator('.left-count').getAttribute('data-left')).toBe('0');

      // A statement the extractor missed: to the text (t), the caret to "training", Shift+→ to the quoted term, n.
      await press(page, 't');
      const caret = page.locator('#article-view .text-caret');
      for (let i = 0; i < 200 && (await caret.textContent().catch(() => '')) !== 'training'; i++) await page.keyboard.press('ArrowRight');
      expect(await caret.textContent()).toBe('training');
      const selection = page.locator('#article-view .pending-selection');
      for (let i = 0; i < 20 && !((await selection.allTextContents()).join('').endsWith('non-existent”.')); i++) await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('n');
      const added = page.locator('.statement-card.selected');
      await expect.poll(() => added.getAttribute('data-statement')).toMatch(/\.added-1$/);
      const addedId = (await added.getAttribute('data-statement'))!;
      expect(await added.locator('.statement-text').textContent()).toBe(ADDED_WORDS);
      // n puts the focus in the speaker field: the group made above is offered first, as new.
      await page.keyboard.type('Foster');
      const hit = page.locator('.statement-card.selected .picker-hit[data-id="group:foster-carers"]');
      await hit.waitFor({ timeout: 15_000 });
      expect(await hit.textContent()).toContain('(new)');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.statement-card.selected .speaker-id').textContent()).toBe('group:foster-carers');
      // Reported speech: q makes it a paraphrase; the main report as its target; critical (1).
      await press(page, 'q');
      await page.locator('.statement-card.selected button.add-main-report').click();
      await press(page, '1');
      // Its mark is cut in three by the quoted term inside it, each piece carrying the statement.
      const pieces = page.locator(`#article-view mark[data-statement="${addedId}"]`);
      expect((await pieces.allTextContents()).join('')).toBe(ADDED_WORDS);
      for (const className of await pieces.evaluateAll((els) => els.map((e) => e.className))) expect(className).toMatch(/kind-paraphrase.*stance-critical/);

      // The claim: a new one from the number 11, a second number (7%) in it, the 7% decided to be it too; Ofsted's statement asserts it, not the author.
      await page.locator('.found-claim').nth(0).locator('button.new-claim-from').click();
      const claimCard = page.locator('.claim-card').first();
      const claimId = (await claimCard.getAttribute('data-claim'))!;
      await claimCard.locator(`[data-field="newClaims|${claimId}|text"]`).fill('Councils that lost more foster carers than they recruited');
      await claimCard.locator(`[data-field="newClaims|${claimId}|text"]`).press('Tab');
      await claimCard.locator(`[data-field="newClaims|${claimId}|period"]`).fill('2015-16');
      await claimCard.locator(`[data-field="newClaims|${claimId}|period"]`).press('Tab');
      await claimCard.locator('button.add-value').click();
      await claimCard.locator(`[data-field="newClaims|${claimId}|values.1.value"]`).fill('7');
      await claimCard.locator(`[data-field="newClaims|${claimId}|values.1.value"]`).press('Tab');
      await claimCard.locator(`[data-field="newClaims|${claimId}|values.1.unit"]`).fill('percent');
      await claimCard.locator(`[data-field="newClaims|${claimId}|values.1.unit"]`).press('Tab');
      await page.locator('[data-field="claims|1|claim"]').selectOption(claimId);
      await claimCard.locator('select[data-holder="source"]').selectOption('');
      await claimCard.locator(`select[data-holder="${ofsted.id}"]`).selectOption('asserts');

      // The rating: Knowsley's grade is a new rating in the new report, not the 2013-14 one it matched.
      await page.locator('.found-rating').first().locator('button.new-rating-from').click();
      const ratingCard = page.locator('.rating-card').first();
      const ratingId = (await ratingCard.getAttribute('data-rating'))!;
      expect(await ratingCard.locator(`[data-field="newRatings|${ratingId}|report"]`).inputValue()).toBe(report);

      // Bad input: no rater. Ctrl+Enter names the field and sends nothing.
      await page.locator('#api-key').fill(KEY);
      await page.keyboard.press('Control+Enter');
      const raterField = ratingCard.locator(`[data-field="newRatings|${ratingId}|rater"]`);
      await expect.poll(() => raterField.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`[data-problem-for="newRatings|${ratingId}|rater"]`).textContent()).toMatch(/who gave the grade/);
      expect(await page.locator('#save-result').textContent()).toContain(`draft.newRatings.0.rater`);
      expect(guarded.requests.filter((url) => url.endsWith('/graphql')).length, 'propose, search and conflict checks only').toBeGreaterThan(0);
      expect((await gql(`{ node(id: "${sourceId}") { id } }`)).node, 'nothing written').toBeNull();
      await raterField.fill('organisation:ofsted');
      await raterField.press('Tab');
      // Maria Lopez is new, and her role ("a social worker in Leeds") names no body in the graph: the reviewer drops the role.
      const role = page.locator(`[data-field="newActors|${lopez.speaker.id}|role.title"]`);
      expect(await role.inputValue()).toContain('social worker');
      await role.fill('');
      await role.press('Tab');

      // A reload loses nothing: the review is kept in this browser.
      await page.reload({ waitUntil: 'load' });
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('#review-notice').textContent()).toContain('restored');
      expect(await page.locator(`.statement-card[data-statement="${addedId}"]`).count()).toBe(1);
      expect(await page.locator(`.rating-card [data-field="newRatings|${ratingId}|rater"]`).inputValue()).toBe('organisation:ofsted');
      expect(await page.locator('.claim-card [data-field$="values.1.unit"]').inputValue()).toBe('percent');

      // Commit with the key (Ctrl+Enter): the change, its difference, and a link for every node it touched.
      await page.locator('#api-key').fill(KEY);
      await page.keyboard.press('Control+Enter');
      await page.locator('#save-result .result-applied').waitFor({ timeout: 30_000 });
      expect(await page.locator('#save-result .result-applied').getAttribute('data-applied')).toBe('true');
      const addedRefs = await page.locator('#save-result .diff-added a.node-link').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.node));
      for (const id of [sourceId, report, 'group:foster-carers', claimId, ratingId, ofsted.id, addedId]) expect(addedRefs, id).toContain(id);
      const touched = await page.locator('#save-result .touched-nodes a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const id of [sourceId, 'group:foster-carers', 'person:alan-wood', 'council:knowsley']) expect(touched).toContain(`/explore?node=${encodeURIComponent(id)}`);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('chorus.review')))).toEqual([]);

      // The graph, as annotated.
      const graph = await gql(
        `query($source: ID!, $claim: ID!, $rating: ID!) {
          source: node(id: $source) { ... on Source { statements { id kind speaker { id } targets { stance target { id } } } claims { id } } }
          claim: node(id: $claim) { ... on Claim { period quantities { value unit } assertedBy { id } } }
          rating: node(id: $rating) { ... on Rating { grade council { id } rater { id } report { id } sources { id } } }
          group: node(id: "group:foster-carers") { id ... on Group { name } }
        }`,
        { source: sourceId, claim: claimId, rating: ratingId },
      );
      const statements = Object.fromEntries(graph.source.statements.map((s: any) => [s.id, s]));
      expect(Object.keys(statements).sort()).toEqual([ofsted.id, wood.id, lopez.id, addedId].sort());
      expect(statements[addedId]).toMatchObject({ kind: 'PARAPHRASE', speaker: { id: 'group:foster-carers' }, targets: [{ stance: 'CRITICAL', target: { id: report } }] });
      const byTarget = (a: any, b: any) => a.target.id.localeCompare(b.target.id);
      expect([...statements[lopez.id].targets].sort(byTarget)).toEqual([{ stance: 'SUPPORTIVE', target: { id: 'group:foster-carers' } }, { stance: 'CRITICAL', target: { id: report } }].sort(byTarget));
      expect(graph.claim.quantities).toEqual([{ value: 11, unit: 'councils' }, { value: 7, unit: 'percent' }]);
      expect(graph.claim.period).toBe('2015-16');
      expect(graph.claim.assertedBy.map((n: any) => n.id)).toEqual([ofsted.id]);
      expect(graph.rating).toEqual({ grade: 'inadequate', council: { id: 'council:knowsley' }, rater: { id: 'organisation:ofsted' }, report: { id: report }, sources: [{ id: sourceId }] });
      expect(graph.group).toEqual({ id: 'group:foster-carers', name: 'Foster carers' });
      expectClean(guarded, [/status of 400 \(Bad Request\)/]);
    } catch (error) {
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'add-review-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await guarded.close();
    }
  });

  // Re-opens what the test before committed: the two run in order (vitest runs a file's tests one after another).
  it('re-opens the committed article, changes one stance, removes one statement, commits; no stale records', async () => {
    const guarded = await browser!.newPage();
    const { page } = guarded;
    const [ofsted, wood, lopez] = draft.statements;
    const sourceId = draft.source.id;
    const report = draft.mainReport.id;
    try {
      await page.goto(`${baseUrl}/explore/add?source=${encodeURIComponent(sourceId)}`, { waitUntil: 'load' });
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('#text').inputValue()).toBe(ARTICLE.text);
      expect(await page.locator('.version-line').textContent()).toMatch(/version 1\b/);
      expect(await page.locator('.left-count').getAttribute('data-left'), 'a committed article starts accepted').toBe('0');
      // Committed back as the graph has it, it writes nothing: the page carries the re-opened draft whole.
      await page.locator('#api-key').fill(KEY);
      await page.keyboard.press('Control+Enter');
      await page.locator('#save-result .result-applied').waitFor({ timeout: 30_000 });
      expect(await page.locator('#save-result .result-applied').getAttribute('data-applied')).toBe('false');
      // The first statement (Ofsted's) is current: critical (1), where it was neutral; j to Wood's, reject (r).
      expect(await selectedId(page)).toBe(ofsted.id);
      await press(page, '1');
      await press(page, 'j');
      expect(await selectedId(page)).toBe(wood.id);
      await press(page, 'r');
      expect(await page.locator(`#article-view mark[data-statement="${wood.id}"]`).getAttribute('class')).toContain('decision-rejected');

      // The connection drops: the commit says so, nothing is written, and the review is kept in this browser.
      await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.locator('#save-result').textContent()).toContain('could not reach the server');
      expect(await page.locator('#save-result').textContent()).toContain('kept in this browser');
      const kept = await page.evaluate((id) => JSON.parse(localStorage.getItem(`chorus.review:${id}`) ?? 'null'), sourceId);
      expect(kept.review.reviews[wood.id].decision).toBe('rejected');
      expect(kept.review.draft.statements.find((s: any) => s.id === ofsted.id).about[0].stance).toBe('critical');
      expect((await gql(`{ node(id: "${wood.id}") { id } }`)).node, 'nothing written').not.toBeNull();
      await page.unroute('**/graphql');

      await page.keyboard.press('Control+Enter');
      await page.locator('#save-result .result-applied').waitFor({ timeout: 30_000 });
      expect(await page.locator('#save-result .result-applied').getAttribute('data-applied')).toBe('true');
      const removed = await page.locator('#save-result .diff-removed a.node-link').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.node));
      expect(removed).toContain(wood.id);
      expect(await page.locator('#save-result .diff-changed').textContent()).toContain('ABOUT');

      const graph = await gql(
        `query($source: ID!, $wood: ID!) {
          source: node(id: $source) { ... on Source { statements { id targets { stance target { id } } } ratings { id } } }
          gone: node(id: $wood) { id }
          wood: node(id: "person:alan-wood") { ... on Person { statements(first: 100) { nodes { id } } } }
        }`,
        { source: sourceId, wood: wood.id },
      );
      const statements = Object.fromEntries(graph.source.statements.map((s: any) => [s.id, s]));
      expect(Object.keys(statements)).not.toContain(wood.id);
      expect(graph.gone, 'the removed statement is gone').toBeNull();
      expect(graph.wood.statements.nodes.map((s: any) => s.id)).not.toContain(wood.id);
      // The stance toward the report changed; the claim it asserts (a target read as supportive) stays.
      const claimId = kept.review.draft.newClaims[0].id;
      const byTarget = (a: any, b: any) => a.target.id.localeCompare(b.target.id);
      expect([...statements[ofsted.id].targets].sort(byTarget), 'the stance changed').toEqual([{ stance: 'CRITICAL', target: { id: report } }, { stance: 'SUPPORTIVE', target: { id: claimId } }].sort(byTarget));
      expect(statements[lopez.id].targets, 'the rest as it was').toHaveLength(2);
      expect(graph.source.ratings).toHaveLength(1);
      expectClean(guarded, [/net::ERR_INTERNET_DISCONNECTED/]);
    } finally {
      await guarded.close();
    }
  });
});
