/**
 * "Add an article" (/explore/add), end to end and offline: a real Chorus
 * server with an API key over a real Grafeo store (the seed), the page built
 * by `npm run build:web`, in chromium with every request off this machine
 * blocked and counted. Paste, propose, review (reject one statement, correct
 * a stance), save with the key, and check through GraphQL what was written;
 * then an article carrying an HTML tag as text, shown literally.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setField, proposeInPage } from '../support/review-page.js';
import { ARTIFACTS_DIR, expectClean, useAddPageRig } from '../support/add-page-rig.js';

const SCREENSHOT = join(ARTIFACTS_DIR, 'add-article.png');
const KEY = 'add-article-key-0123456789abcdef';
const WOOD = 'person:alan-wood';

const ARTICLE = {
  title: 'Directors and social workers divided on Ofsted’s framework',
  publisher: 'Children and Young People Now',
  date: '2015-03-12',
  text: [
    'Directors and social workers divided on Ofsted’s framework',
    '',
    'Alan Wood, president of the ADCS, said: “The framework is flawed and it does not get to the heart of how well services are working for children.”',
    '',
    'Maria Lopez, a social worker in Leeds, said: “The single inspection framework has been a welcome change for our team.”',
    '',
  ].join('\n'),
};

const XSS_TEXT = [
  'A tag in the text',
  '',
  'Alan Wood, president of the ADCS, said: “The framework <img src=x onerror=window.__xss=1> is flawed and does not get to the heart of how services work.”',
  '',
].join('\n');

/** The page with nothing kept from an earlier test's review (the browser's one profile keeps localStorage). */
async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => localStorage.clear());
  await page.goto(url, { waitUntil: 'load' });
}

describe('add an article from the explorer (offline, chromium)', () => {
  const rig = useAddPageRig(`reviewer:${KEY}`);

  it('serves /explore/add with the explorer’s Content-Security-Policy, and links to it from the explorer', async () => {
    const response = await fetch(`${rig.url}/explore/add`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["script-src 'self'", "connect-src 'self'", "style-src 'self'", "default-src 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/explore\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script>|(src|href)="https?:/);
    expect(await (await fetch(`${rig.url}/explore`)).text()).toContain('href="/explore/add"');
  });

  it('proposes, highlights, takes the review, saves with the key, and says what was written', async () => {
    const guarded = await rig.browser.newPage();
    const { page } = guarded;
    try {
      await openFresh(page, `${rig.url}/explore/add`);
      const draft = await proposeInPage(page, ARTICLE);
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });

      // The marks are exactly the statements' texts, over the article's own text.
      const wood = draft.statements.find((s: any) => s.speaker.id === WOOD);
      const other = draft.statements.find((s: any) => s.speaker.id !== WOOD);
      expect(wood, 'Alan Wood is recognised').toBeTruthy();
      expect(wood.about.length, 'his statement has a target').toBeGreaterThan(0);
      expect(other?.speaker.existing, 'the second speaker is new').toBe(false);
      const marks = await page.locator('#article-view mark').evaluateAll((elements) => elements.map((m) => ({ id: (m as HTMLElement).dataset.statement, text: m.textContent, className: m.className })));
      expect(marks.map((m) => m.id)).toEqual(draft.statements.map((s: any) => s.id));
      expect(marks.map((m) => m.text)).toEqual(draft.statements.map((s: any) => s.text));
      const woodStance = new Set(wood.about.map((t: any) => t.stance)).size === 1 ? wood.about[0].stance : 'mixed';
      expect(marks.find((m) => m.id === wood.id)!.className).toContain(`stance-${woodStance}`);
      expect(await page.locator('#article-view').textContent()).toBe(ARTICLE.text);
      // Only marks and the page's own spans (quotes found and not proposed, furniture) are made from the draft.
      const tags = await page.locator('#article-view *').evaluateAll((elements) => elements.map((e) => `${e.tagName}.${e.className.split(' ')[0]}`));
      for (const tag of tags) expect(['MARK.statement-mark', 'SPAN.excluded-quote', 'SPAN.furniture', 'SPAN.text-caret']).toContain(tag);

      // Hovering a statement names its speaker and stance; clicking it opens its card: speaker, targets with stance and confidence, the rule and the cues.
      expect(await page.locator(`#article-view mark[data-statement="${wood.id}"]`).getAttribute('title')).toContain('Alan Wood');
      await page.locator(`#article-view mark[data-statement="${wood.id}"]`).click();
      const woodCard = page.locator(`.statement-card[data-statement="${wood.id}"]`);
      await expect.poll(() => woodCard.getAttribute('class')).toContain('selected');
      const cardText = (await woodCard.textContent()) ?? '';
      for (const expected of ['Alan Wood', wood.rule, wood.about[0].name, `confidence ${wood.about[0].confidence}`, wood.cues[0]]) expect(cardText).toContain(expected);
      expect(await woodCard.locator('.speaker-id').textContent()).toBe(WOOD);

      // Review: reject the new person's statement, correct Wood's stance, accept it.
      await page.locator(`.statement-card[data-statement="${other.id}"] button.reject`).click();
      await expect.poll(() => page.locator(`#article-view mark[data-statement="${other.id}"]`).getAttribute('class')).toContain('decision-rejected');
      // The first target's stance, corrected to one the extractor did not propose.
      const first = wood.about[0];
      const corrected = first.stance === 'mixed' ? 'neutral' : 'mixed';
      await woodCard.locator(`select.stance[data-target="${first.target}"]`).selectOption(corrected);
      if (wood.about.length === 1) await expect.poll(() => page.locator(`#article-view mark[data-statement="${wood.id}"]`).getAttribute('class')).toContain(`stance-${corrected}`);
      expect(await woodCard.locator('.corrections').textContent()).toContain(`${first.stance} → ${corrected}`);
      expect(await woodCard.getAttribute('data-decision')).toBe('accepted');
      expect(await page.locator('#review-summary').textContent()).toContain('1 to save · 1 rejected');

      // A wrong key: UNAUTHENTICATED, shown, and nothing written.
      await page.locator('#api-key').fill('not-the-key');
      await page.locator('#save').click();
      await page.locator('#save-result .error-box[data-code="UNAUTHENTICATED"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('#save-result').textContent()).toMatch(/UNAUTHENTICATED/);
      expect((await rig.server.graphql(`{ node(id: "${draft.source.id}") { id } }`)).body.data.node).toBeNull();

      // The right key: written, and said so; the key kept for the session only.
      await page.locator('#api-key').fill(KEY);
      await page.locator('#save').click();
      await page.locator('#save-result .result-applied').waitFor({ timeout: 30_000 });
      expect(await page.locator('#save-result .result-applied').getAttribute('data-applied')).toBe('true');
      const changeId = await page.locator('#save-result .change-id').textContent();
      expect(changeId).toMatch(/^change:/);
      const link = await page.locator('#save-result a.source-link').getAttribute('href');
      expect(link).toBe(`/explore?node=${encodeURIComponent(draft.source.id)}`);
      const storage = await page.evaluate(() => ({ session: sessionStorage.getItem('chorus.apiKey'), local: Object.keys(localStorage).length, url: location.href }));
      expect(storage.session).toBe(KEY);
      expect(storage.local).toBe(0);
      expect(storage.url).not.toContain(KEY);
      expect(guarded.requests.some((url) => url.includes(KEY))).toBe(false);

      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // Exactly the accepted statement, with the corrected stance; the rejected speaker was not created.
      const written = await rig.server.graphql(`{ statements(filter: { sources: ["${draft.source.id}"] }) { nodes { id text speaker { id } targets { stance target { id } } } } maria: node(id: "${other.speaker.id}") { id } }`);
      expect(written.body.errors).toBeUndefined();
      const expectedTargets = wood.about.map((t: any, i: number) => ({ stance: (i === 0 ? corrected : t.stance).toUpperCase(), target: { id: t.target } }));
      const byTarget = (a: any, b: any) => a.target.id.localeCompare(b.target.id);
      expect(written.body.data.statements.nodes).toHaveLength(1);
      const [statement] = written.body.data.statements.nodes;
      expect({ ...statement, targets: [...statement.targets].sort(byTarget) }).toEqual({ id: wood.id, text: wood.text, speaker: { id: WOOD }, targets: expectedTargets.sort(byTarget) });
      expect(written.body.data.maria).toBeNull();

      // Saving again writes nothing.
      await page.locator('#save').click();
      await expect.poll(() => page.locator('#save-result .result-applied').getAttribute('data-applied'), { timeout: 30_000 }).toBe('false');

      // The link opens the source in the explorer.
      await page.locator('#save-result a.source-link').click();
      await page.waitForURL(/\/explore\?node=/);
      expectClean(guarded, [/^console: Failed to load resource: the server responded with a status of 401/]);
    } catch (error) {
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'add-article-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await guarded.close();
    }
  });

  it('shows an article with an HTML tag in it as text, and runs nothing', async () => {
    const guarded = await rig.browser.newPage();
    const { page } = guarded;
    try {
      await openFresh(page, `${rig.url}/explore/add`);
      await page.locator('#title').fill('A <b>tag</b> in the title');
      await page.locator('#text').fill(XSS_TEXT);
      await page.locator('#propose').click();
      await page.locator('#article-view:not([hidden]), #propose-errors .error-box').first().waitFor({ timeout: 30_000 });
      if (await page.locator('#propose-errors .error-box').count()) {
        // Refused: the reason shows as text.
        expect(await page.locator('#propose-errors').textContent()).toMatch(/HTML/);
      } else {
        expect(await page.locator('#article-view').textContent()).toBe(XSS_TEXT);
        expect(await page.locator('#article-view mark').first().textContent()).toContain('<img src=x onerror=window.__xss=1>');
        expect(await page.locator('.statement-card .statement-text').first().textContent()).toContain('<img src=x onerror=window.__xss=1>');
        await page.screenshot({ path: join(ARTIFACTS_DIR, 'add-article-xss.png'), fullPage: true });
      }
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expectClean(guarded);
    } finally {
      await guarded.close();
    }
  });

  it('puts the server’s BAD_USER_INPUT problems on the fields they name, and the page’s own checks too', async () => {
    const guarded = await rig.browser.newPage();
    const { page } = guarded;
    try {
      await openFresh(page, `${rig.url}/explore/add`);
      // The page's own check: no title, named on its field, and nothing sent.
      await page.locator('#text').fill(ARTICLE.text);
      await page.locator('#propose').click();
      await expect.poll(() => page.locator('#title').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('[data-problem-for="source|title"]').textContent()).toContain('title');
      expect(guarded.requests.filter((url) => url.endsWith('/graphql'))).toEqual([]);
      // The server's: a URL it refuses (javascript:), named on the URL field.
      await page.locator('#title').fill('A second article');
      await page.locator('#url').fill('javascript:alert(1)');
      await page.locator('#propose').click();
      await page.locator('#propose-errors .error-box[data-code="BAD_USER_INPUT"]').waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#url').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#title').getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('[data-problem-for="source|url"]').textContent()).toMatch(/http/);
      expect(await page.locator('#article-view mark').count()).toBe(0);

      // At commit: a new rating dated in words, which only the server checks, is refused on its date field, and nothing is written.
      await page.locator('#url').fill('');
      await page.locator('#propose').click();
      await page.locator('#article-view mark').first().waitFor({ timeout: 30_000 });
      await page.locator('button.add-rating').click();
      const rating = page.locator('.rating-card').first();
      const ratingId = (await rating.getAttribute('data-rating'))!;
      for (const [field, value] of [['council', 'council:birmingham'], ['grade', 'inadequate'], ['rater', 'organisation:ofsted'], ['date', '12 March 2015']]) {
        await page.locator(`[data-field="newRatings|${ratingId}|${field}"]`).fill(value!);
        await page.locator(`[data-field="newRatings|${ratingId}|${field}"]`).press('Tab');
      }
      // A proposed role that names no body (Maria Lopez's, if proposed) would be refused first: the reviewer drops it.
      for (const role of await page.locator('[data-field^="newActors|"][data-field$="|role.title"]').all()) await setField(role, '');
      await page.locator('#api-key').fill(KEY);
      await page.locator('#save').click();
      await page.locator('#save-result .error-box[data-code="BAD_USER_INPUT"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('#save-result').textContent()).toContain('draft.newRatings.0.date');
      const dateField = page.locator(`[data-field="newRatings|${ratingId}|date"]`);
      await expect.poll(() => dateField.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`[data-problem-for="newRatings|${ratingId}|date"]`).textContent()).toMatch(/date/i);
      const sourceId = (await page.locator('#review-summary code').first().textContent())!;
      expect((await rig.server.graphql(`{ node(id: "${sourceId}") { id } }`)).body.data.node, 'nothing written').toBeNull();
      // The refusal is an HTTP 400 (a client's mistake, with no data), which the browser's console reports.
      expectClean(guarded, [/status of 400 \(Bad Request\)/]);
    } finally {
      await guarded.close();
    }
  });
});
