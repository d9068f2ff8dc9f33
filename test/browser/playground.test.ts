/**
 * The GraphiQL playground, end to end and offline: a real Chorus server over
 * a real Grafeo store, the page built by `npm run build:web`, opened in
 * chromium with every request off this machine blocked and counted. Builds
 * nothing itself: `npm test` runs build:web first.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { buildChorusSchema } from '../../src/graphql/schema.js';
import { playgroundRoute, EXAMPLES_PATH, PLAYGROUND_ASSETS_DIR, PLAYGROUND_NOT_BUILT, prefersHtml } from '../../src/http/playground.js';
import { createChorusServer, type ChorusServer } from '../../src/http/server.js';
import { seedStore } from '../../src/seed/load.js';
import { createLogger } from '../../src/logger.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { createGrafeoTestStore, tempDir, type TestStore } from '../support/stores.js';

const INDEX_HTML = join(PLAYGROUND_ASSETS_DIR, 'index.html');
const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test', 'browser', 'artifacts');
const SCREENSHOT = join(ARTIFACTS_DIR, 'playground.png');

/** The operation names of schema/examples.graphql, in file order: one tab each. */
function exampleOperationNames(): string[] {
  return parse(readFileSync(EXAMPLES_PATH, 'utf8'))
    .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? d.name.value : '<anonymous>'));
}

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('GraphiQL playground (offline, chromium)', () => {
  let testStore: TestStore | undefined;
  let server: ChorusServer | undefined;
  let browser: TestBrowser | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    if (!existsSync(INDEX_HTML)) {
      throw new Error(`${INDEX_HTML} is missing: the playground is not built. Run \`npm run build:web\` first (npm test does it in pretest).`);
    }
    testStore = await createGrafeoTestStore();
    await seedStore(testStore.store, SEED_DIR);
    server = await createChorusServer({
      schema: await buildChorusSchema(),
      store: testStore.store,
      settings: loadSettings({}),
      logger: createLogger('silent'),
      routes: [
        playgroundRoute({ examplesPath: EXAMPLES_PATH, assetsDir: PLAYGROUND_ASSETS_DIR }),
        // A page with no Content-Security-Policy at all (every real page has one), for the blocker's control test.
        (_req, res, url) => {
          if (url.pathname !== '/test/no-csp') return false;
          res.removeHeader('content-security-policy');
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<!doctype html><html><head></head><body></body></html>');
          return true;
        },
      ],
    });
    baseUrl = await server.listen(0, '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await testStore?.dispose();
  });

  it('tells browsers from API clients by their Accept header', () => {
    expect(prefersHtml('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe(true);
    expect(prefersHtml('application/json')).toBe(false);
    expect(prefersHtml('application/graphql-response+json, application/json;q=0.9')).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('application/json, text/html')).toBe(false);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });

  it('serves the page at / and to browsers at /graphql, and leaves API calls to Apollo', async () => {
    const home = await fetch(`${baseUrl}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await home.text();
    expect(html).toContain('id="chorus-playground-config"');
    expect(html).toContain('query Stats');
    expect(html).not.toMatch(/(src|href)="https?:/);

    const page = await fetch(`${baseUrl}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('vary')).toContain('Accept');

    const apiGet = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent('{ stats { store } }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(apiGet.headers.get('content-type')).toContain('json');
    expect(await apiGet.json()).toEqual({ data: { stats: { store: 'grafeo' } } });

    const jsonGet = await fetch(`${baseUrl}/graphql`, { headers: { accept: 'application/json' } });
    expect(jsonGet.headers.get('content-type')).toContain('json');

    const post = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "person:alan-wood") { ... on Person { name } } }' }),
    });
    expect(await post.json()).toEqual({ data: { node: { name: 'Alan Wood' } } });
  });

  it('serves the built files with their types and cache headers, and nothing outside them', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const script = /<script type="module" crossorigin src="(\/playground\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /<link rel="stylesheet" crossorigin href="(\/playground\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    expect(script, 'the page names its bundle').toBeDefined();
    expect(style, 'the page names its stylesheet').toBeDefined();

    const js = await fetch(`${baseUrl}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    const etag = js.headers.get('etag');
    expect(etag).toBeTruthy();
    await js.arrayBuffer();
    const again = await fetch(`${baseUrl}${script}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);

    const css = await fetch(`${baseUrl}${style}`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    await css.arrayBuffer();

    const examples = await fetch(`${baseUrl}/playground/examples.graphql`);
    expect(await examples.text()).toBe(readFileSync(EXAMPLES_PATH, 'utf8'));

    for (const path of [
      '/playground/../package.json',
      '/playground/%2e%2e/%2e%2e/package.json',
      '/playground/..%2f..%2fpackage.json',
      '/playground/assets/..%2f..%2f..%2fpackage.json',
      '/playground/%2e%2e%5c%2e%2e%5cpackage.json',
      '/playground/assets/%00.js',
      '/playground/assets/missing.js',
    ]) {
      const response = await rawGet(baseUrl, path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toContain('"name": "chorus"');
    }
    expect((await fetch(`${baseUrl}/playground/assets/x.js`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 503 with the fix while the page is not built', async () => {
    const empty = tempDir('chorus-playground-');
    const route = playgroundRoute({ examplesPath: EXAMPLES_PATH, assetsDir: empty.path });
    const bare: Server = createServer((req, res) => {
      void route(req, res, new URL(req.url ?? '/', 'http://localhost')).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    try {
      await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
      const { port } = bare.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain(PLAYGROUND_NOT_BUILT);
    } finally {
      await new Promise<void>((resolve) => bare.close(() => resolve()));
      empty.remove();
    }
  });

  it('blocks and counts what a page asks of hosts off this machine', async () => {
    const { page, blocked, close } = await browser!.newPage();
    try {
      // A page without a Content-Security-Policy, which would stop these first (every page Chorus serves has one).
      await page.goto(`${baseUrl}/test/no-csp`);
      // 192.0.2.0/24 is TEST-NET-1 (never routed); the route aborts these before they leave anyway.
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = 'http://192.0.2.1/pixel.png';
        document.body.append(image);
        const sheet = document.createElement('link');
        sheet.rel = 'stylesheet';
        sheet.href = 'https://example.com/x.css';
        document.head.append(sheet);
        return fetch('http://192.0.2.1/api').catch(() => undefined);
      });
      await expect.poll(() => [...blocked].sort()).toEqual(['http://192.0.2.1/api', 'http://192.0.2.1/pixel.png', 'https://example.com/x.css']);
      expect(await page.evaluate(() => fetch('/healthz').then((r) => r.status))).toBe(200);
      expect(blocked).toHaveLength(3);
    } finally {
      await close();
    }
  });

  it('opens GraphiQL with the examples, runs one, and loads nothing from outside', async ({ annotate }) => {
    const started = Date.now();
    const { page, blocked, requests, errors } = await browser!.newPage();
    try {
      await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
      await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });

      // One tab per example operation, titled by its name.
      const names = exampleOperationNames();
      expect(names).toContain('CouncilRatingHistory');
      const tabs = page.getByRole('tab');
      await expect.poll(() => tabs.allInnerTexts(), { timeout: 15_000 }).toEqual(names);
      const queryText = async () => (await page.locator('.graphiql-query-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
      const firstTab = await queryText();
      expect(firstTab).toContain(`query ${names[0]}`);
      for (const other of names.slice(1)) expect(firstTab).not.toContain(`query ${other}`);

      // The request headers editor is open, for `Authorization: Bearer <key>`.
      await expect.poll(() => page.locator('.graphiql-editor-tools button[data-name="headers"]').getAttribute('class')).toContain('active');
      await page.locator('section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden) .monaco-editor').waitFor({ state: 'visible' });

      // The schema arrives by introspection: the docs explorer lists the root fields.
      await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.waitFor({ timeout: 15_000 });
      await docs.getByText('Query', { exact: true }).first().click();
      await expect.poll(() => docs.innerText(), { timeout: 15_000 }).toMatch(/stats[\s\S]*node|node[\s\S]*stats/);

      await tabs.filter({ hasText: 'CouncilRatingHistory' }).click();
      await expect.poll(queryText).toContain('query CouncilRatingHistory');
      // GraphiQL re-derives the operation name 100 ms (debounced) after a tab's text loads: a run
      // sooner sends the previous tab's name ("Unknown operation named Stats"). A person never clicks that fast.
      await page.waitForTimeout(400);

      // Run CouncilRatingHistory (its $council defaults to council:birmingham) and read the response pane.
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response');
      // Monaco renders spaces as no-break spaces.
      const responseText = async () => (await response.innerText()).replace(/\u00a0/g, ' ');
      await expect.poll(responseText, { timeout: 15_000 }).toContain('"name": "Birmingham"');
      const text = await responseText();
      expect(text).toContain('"grade": "poor"');
      expect(text).toContain('"grade": "inadequate"');

      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(statSync(SCREENSHOT).size, 'a blank page would be a tiny PNG').toBeGreaterThan(20_000);

      // Autocompletion (the GraphQL worker), after the screenshot: a new line inside the ratings selection suggests Rating's fields.
      const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
      await editor.getByText('grade', { exact: true }).first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+Space');
      const suggestions = page.locator('.graphiql-query-editor .suggest-widget.visible');
      await suggestions.waitFor({ timeout: 15_000 });
      // Generous: the GraphQL worker answers slowly on a loaded 2-core machine.
      await expect.poll(() => suggestions.innerText(), { timeout: 45_000 }).toMatch(/(^|\n)(aspect|council|ordinal)\b/);
      await page.keyboard.press('Escape');

      // Monaco's workers came from this server.
      const workers = page.workers().map((worker) => worker.url());
      expect(workers.length, `workers: ${workers.join(', ')}`).toBeGreaterThanOrEqual(1);
      for (const url of workers) expect(url.startsWith(`${baseUrl}/playground/assets/`), url).toBe(true);
      expect(requests.some((url) => url.includes('graphql.worker')), 'the GraphQL worker was fetched').toBe(true);

      // A browser opening /graphql gets the same page, its files resolved from /playground/.
      await page.goto(`${baseUrl}/graphql`, { waitUntil: 'load' });
      await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
      expect(await tabs.count()).toBeGreaterThanOrEqual(names.length);

      // Nothing came from anywhere else, and nothing went wrong (a CSP violation would be a console error).
      expect(blocked, `requests off this machine: ${blocked.join(', ')}`).toEqual([]);
      expect(errors, 'page errors').toEqual([]);
      await annotate(`playground browser check: ${Date.now() - started} ms, ${requests.length} requests, workers: ${workers.map((u) => u.split('/').pop()).join(', ')}`);
    } catch (error) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'playground-failure.png') }).catch(() => undefined);
      throw error;
    }
  });
  it('shows curly quotes in results as text, scrolls the tab bar, and gives the examples a wide, wrapping editor', async () => {
    const { page, blocked, errors } = await browser!.newPage();
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
      await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
      const tabs = page.getByRole('tab');
      // The browser profile is shared: GraphiQL may have kept a tab from the test before.
      await expect.poll(() => tabs.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(exampleOperationNames().length);
      await tabs.first().click();

      // The first example's statements are full of curly apostrophes and quotation marks: none is boxed as ambiguous.
      await page.waitForTimeout(400);
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response');
      await expect.poll(async () => (await response.innerText()).replace(/\u00a0/g, ' '), { timeout: 15_000 }).toMatch(/[‘’“”]/);
      expect(await page.locator('.graphiql-response .unicode-highlight').count()).toBe(0);
      expect(await page.locator('.graphiql-query-editor .unicode-highlight').count()).toBe(0);

      // The query editor is the wider pane, and wraps: the first example's long line shows whole.
      const editorBox = (await page.locator('.graphiql-editors').boundingBox())!;
      const responseBox = (await response.boundingBox())!;
      expect(editorBox.width).toBeGreaterThan(responseBox.width);
      // Wrapped: no line is wider than the editor (unwrapped, the first example's second line runs past its edge).
      const [linesWidth, editorWidth] = await page.locator('.graphiql-query-editor .monaco-editor').first().evaluate((editor) => [editor.querySelector('.view-lines')!.scrollWidth, editor.clientWidth]);
      expect(linesWidth).toBeLessThanOrEqual(editorWidth);

      // The tab bar overflows and scrolls (with the wheel too) to the last example, which opens.
      const bar = page.locator('.graphiql-tabs');
      const [scrollWidth, clientWidth] = await bar.evaluate((element) => [element.scrollWidth, element.clientWidth]);
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      const barBox = (await bar.boundingBox())!;
      await page.mouse.move(barBox.x + barBox.width / 2, barBox.y + barBox.height / 2);
      await page.mouse.wheel(0, 600);
      await expect.poll(() => bar.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      const last = exampleOperationNames().at(-1)!;
      await tabs.filter({ hasText: last }).click();
      await expect.poll(async () => (await page.locator('.graphiql-query-editor .view-lines').innerText()).replace(/\u00a0/g, ' ')).toContain(last);
      expect(await tabs.filter({ hasText: last }).isVisible()).toBe(true);

      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      expect(blocked).toEqual([]);
      expect(errors, 'page errors').toEqual([]);
    } catch (error) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'playground-failure.png') }).catch(() => undefined);
      throw error;
    }
  });
});
