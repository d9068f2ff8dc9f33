/**
 * The network explorer, served by Chorus itself with nothing from a CDN: the
 * page built by `npm run build:web` (web/explorer/ into dist/web/explorer/)
 * at `/explore` (any query string: the page reads its view from it), its
 * files under `/explore/`. The page talks to /graphql and links to
 * /export/* on this origin only; its Content-Security-Policy says so.
 */
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { createFileSender, sendText } from './static-files.js';

/** Where `npm run build:web` writes the page. */
export const EXPLORER_ASSETS_DIR = join(PROJECT_ROOT, 'dist', 'web', 'explorer');
export const EXPLORER_NOT_BUILT = 'explorer not built: run npm run build:web';
const PREFIX = '/explore/';

export interface ExplorerOptions {
  /** The build output: index.html and assets/. */
  assetsDir: string;
}

export type ExplorerRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/**
 * Same origin only. No inline scripts or styles in markup (the page sets
 * sizes and colours through the CSSOM, which style-src does not govern);
 * images may be data: and blob: (the PNG and SVG downloads).
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function explorerRoute(options: ExplorerOptions): ExplorerRoute {
  const assetsDir = resolve(options.assetsDir);
  const send = createFileSender();

  async function servePage(req: IncomingMessage, res: ServerResponse, name = 'index.html'): Promise<void> {
    const file = join(assetsDir, name);
    try {
      await stat(file);
    } catch {
      return sendText(req, res, 503, `${EXPLORER_NOT_BUILT}\n`, { 'retry-after': '60' });
    }
    await send(req, res, file, { 'cache-control': 'no-cache', 'content-security-policy': EXPLORER_CSP, 'referrer-policy': 'no-referrer' });
  }

  async function serveAsset(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(PREFIX.length));
    } catch {
      return sendText(req, res, 400, 'bad path encoding\n');
    }
    // Only built files: no NUL, no backslashes, no dot-files or `..` segments, in any encoding; index.html only as the page.
    if (!relative.startsWith('assets/') || relative.includes('\0') || relative.includes('\\') || relative.split('/').some((segment) => segment.startsWith('.') || segment === '')) {
      return sendText(req, res, 404, 'not found\n');
    }
    const file = resolve(assetsDir, relative);
    if (!file.startsWith(assetsDir + sep)) return sendText(req, res, 404, 'not found\n');
    try {
      const [info, real, realRoot] = await Promise.all([stat(file), realpath(file), realpath(assetsDir)]);
      // A symbolic link inside the build must not lead outside it.
      if (!info.isFile() || !real.startsWith(realRoot + sep)) return sendText(req, res, 404, 'not found\n');
    } catch {
      return sendText(req, res, 404, 'not found\n');
    }
    // Vite puts a content hash in every name under assets/: those never change.
    await send(req, res, file, { 'cache-control': 'public, max-age=31536000, immutable' });
  }

  return async (req, res, url) => {
    const { pathname } = url;
    const page = pathname === '/explore' || pathname === PREFIX || pathname === `${PREFIX}index.html`;
    // "Add an article": its own page (add.html), same CSP.
    const addPage = pathname === `${PREFIX}add` || pathname === `${PREFIX}add/`;
    if (!page && !addPage && !pathname.startsWith(PREFIX)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, `${req.method} not allowed on ${pathname}\n`, { allow: 'GET, HEAD' });
      return true;
    }
    if (page) await servePage(req, res);
    else if (addPage) await servePage(req, res, 'add.html');
    else await serveAsset(req, res, url);
    return true;
  };
}
