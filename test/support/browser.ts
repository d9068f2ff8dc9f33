/**
 * A real browser for tests: Debian's chromium (apt-get install -y chromium)
 * driven by playwright-core, headless, in a fresh temporary profile, with no
 * way out of the machine: every request to a host other than 127.0.0.1,
 * localhost or ::1 is blocked and recorded, so a test can assert there was
 * none.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for URLs that stay on this machine: loopback http(s)/ws(s), and data:/blob: URLs the page made itself. */
export function isLocalUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return false;
  return LOOPBACK_HOSTS.has(url.hostname);
}

export interface TestBrowser {
  /** The browser's one context: its own user-data dir, removed on close. */
  readonly context: BrowserContext;
  /** A new tab, its requests guarded: see GuardedPage. */
  newPage(): Promise<GuardedPage>;
  close(): Promise<void>;
}

export interface GuardedPage {
  readonly page: Page;
  /** Every request to a host off this machine, blocked (URLs, in order). */
  readonly blocked: string[];
  /** Every request the page and its workers made (URLs, in order), blocked ones included. */
  readonly requests: string[];
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Launches chromium in a fresh profile; call close() in afterAll, whatever happened. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'chorus-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
      serviceWorkers: 'block',
      timeout: 30_000,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  // The profile opens with one blank tab: tests use their own.
  for (const page of context.pages()) await page.close();

  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const blocked: string[] = [];
      const requests: string[] = [];
      const errors: string[] = [];
      // Routed per page, as asked; Chromium routes the requests of the page's dedicated workers here too.
      await page.route('**/*', async (route) => {
        const href = route.request().url();
        if (isLocalUrl(href)) return route.continue();
        blocked.push(href);
        return route.abort('blockedbyclient');
      });
      page.on('request', (request) => void requests.push(request.url()));
      // WebSockets bypass page.route: count any that leaves the machine (none should open at all).
      page.on('websocket', (socket) => {
        if (!isLocalUrl(socket.url())) blocked.push(socket.url());
      });
      page.on('pageerror', (error) => void errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      return { page, blocked, requests, errors, close: () => page.close() };
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
