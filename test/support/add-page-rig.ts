/**
 * What the browser suites of the review page (/explore/add) share: a real Chorus server on a Grafeo store
 * holding the seed, serving the explorer's pages, and a Chromium that refuses every request off this machine.
 * `useAddPageRig` starts them before the suite's tests and stops them after; read them through the handle.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { EXPLORER_ASSETS_DIR, explorerRoute } from '../../src/http/explorer.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { launchBrowser, type GuardedPage, type TestBrowser } from './browser.js';
import type { RunningServer } from './server.js';
import { startSeededServer, type SeededServer } from './seeded-server.js';

export const ADD_HTML = join(EXPLORER_ASSETS_DIR, 'add.html');
export const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test', 'browser', 'artifacts');

export interface AddPageRig {
  readonly server: RunningServer;
  readonly browser: TestBrowser;
  /** The server's base URL (`http://127.0.0.1:<port>`). */
  readonly url: string;
}

/** `apiKeys`: CHORUS_API_KEYS for the server (`name:key,…`). */
export function useAddPageRig(apiKeys: string): AddPageRig {
  let server: SeededServer | undefined;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    if (!existsSync(ADD_HTML)) throw new Error(`${ADD_HTML} is missing: run \`npm run build:web\` first (npm test does it in pretest).`);
    server = await startSeededServer({ CHORUS_API_KEYS: apiKeys }, { routes: () => [explorerRoute({ assetsDir: EXPLORER_ASSETS_DIR })] });
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`the add-page rig's ${what} is not started (use it inside a test)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get url() {
      return started(server, 'server').url;
    },
  };
}

/** No request left the machine, and the page logged no error but those the test caused on purpose (`expected`). */
export function expectClean(guarded: GuardedPage, expected: RegExp[] = []): void {
  expect(guarded.blocked, `requests off this machine: ${guarded.blocked.join(', ')}`).toEqual([]);
  expect(guarded.errors.filter((e) => !expected.some((pattern) => pattern.test(e))), 'page errors (a CSP violation is one)').toEqual([]);
}
