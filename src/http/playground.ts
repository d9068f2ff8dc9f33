/**
 * The GraphiQL playground, served by Chorus itself with nothing from a CDN:
 * the page built by `npm run build:web` (web/playground/ into
 * dist/web/playground/) at `/`, `/playground/`, and `/graphql` when a browser
 * asks for HTML; its files at `/playground/*`. The page gets
 * schema/examples.graphql inlined, read on each request, so edits show
 * without a restart (GraphiQL keeps a visitor's own tabs in localStorage,
 * though: the examples seed a browser's first visit).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { PROJECT_ROOT, SCHEMA_DIR } from '../paths.js';
import { acceptsGzip, CONTENT_TYPES, createFileSender, parseAccept, sendText } from './static-files.js';

const gzip = promisify(gzipCallback);

/** Where `npm run build:web` writes the page. */
export const PLAYGROUND_ASSETS_DIR = join(PROJECT_ROOT, 'dist', 'web', 'playground');
/** The operations the playground opens with, one tab each. */
export const EXAMPLES_PATH = join(SCHEMA_DIR, 'examples.graphql');

export const PLAYGROUND_NOT_BUILT = 'playground not built: run npm run build:web';
const CONFIG_PLACEHOLDER = '<!-- chorus:playground-config -->';
const ASSETS_PREFIX = '/playground/';

export interface PlaygroundOptions {
  /** schema/examples.graphql; a missing file gives the page a one-line starter query. */
  examplesPath: string;
  /** The build output: index.html and assets/. */
  assetsDir: string;
}

export type PlaygroundRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/**
 * The page may talk to its own origin only. Monaco sets inline styles, and
 * starts its workers from same-origin scripts (no blob: workers).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * True when the Accept header names text/html and ranks it above any JSON
 * type it names: a browser navigating (text/html first, anything else at
 * q=0.8), never a client asking for application/json or
 * application/graphql-response+json.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const html = Math.max(0, ...ranges.filter((r) => r.type === 'text/html').map((r) => r.q));
  if (html === 0) return false;
  const json = Math.max(
    0,
    ...ranges.filter((r) => r.type === 'application/json' || r.type === 'application/graphql-response+json').map((r) => r.q),
  );
  return html > json;
}

/** JSON safe inside a <script> element: no `</script>` or `<!--` can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function playgroundRoute(options: PlaygroundOptions): PlaygroundRoute {
  const assetsDir = resolve(options.assetsDir);
  const examplesPath = resolve(options.examplesPath);
  const sendFile = createFileSender();

  async function servePage(req: IncomingMessage, res: ServerResponse, vary: boolean): Promise<void> {
    const template = await readIfExists(join(assetsDir, 'index.html'));
    if (template === null) return sendText(req, res, 503, `${PLAYGROUND_NOT_BUILT}\n`, { 'retry-after': '60' });
    const examples = await readIfExists(examplesPath);
    const tag = `<script type="application/json" id="chorus-playground-config">${scriptJson({ examples, endpoint: '/graphql' })}</script>`;
    // A function replacement: `$&` and friends in the examples must stay literal.
    const html = template.includes(CONFIG_PLACEHOLDER)
      ? template.replace(CONFIG_PLACEHOLDER, () => tag)
      : template.replace('</head>', () => `${tag}</head>`);
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES['.html']!,
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (vary) headers.vary = 'Accept';
    let body = Buffer.from(html, 'utf8');
    if (acceptsGzip(req)) {
      body = await gzip(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = vary ? 'Accept, Accept-Encoding' : 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function serveExamples(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const examples = await readIfExists(examplesPath);
    if (examples === null) return sendText(req, res, 404, 'no examples file\n');
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : examples);
  }

  async function serveAsset(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(ASSETS_PREFIX.length));
    } catch {
      return sendText(req, res, 400, 'bad path encoding\n');
    }
    // No NUL, no backslash tricks, no dot-files or `..` segments, in any encoding.
    if (relative.includes('\0') || relative.includes('\\') || relative.split('/').some((segment) => segment.startsWith('.'))) {
      return sendText(req, res, 404, 'not found\n');
    }
    const file = resolve(assetsDir, relative);
    if (!file.startsWith(assetsDir + sep)) return sendText(req, res, 404, 'not found\n');
    let info;
    let real: string;
    try {
      info = await stat(file);
      real = await realpath(file);
    } catch {
      return sendText(req, res, 404, 'not found\n');
    }
    // A symbolic link inside the build must not lead outside it either.
    const realRoot = await realpath(assetsDir).catch(() => assetsDir);
    if (!info.isFile() || !real.startsWith(realRoot + sep)) return sendText(req, res, 404, 'not found\n');

    await sendFile(req, res, file, {
      // Vite puts a content hash in every name under assets/: those never change.
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }

  return async (req, res, url) => {
    const { pathname } = url;
    const readOnly = req.method === 'GET' || req.method === 'HEAD';

    if (pathname === '/graphql') {
      // A browser opening /graphql gets the page; API calls (GET ?query=…, POST, JSON accepts) go on to Apollo.
      if (!readOnly || url.searchParams.has('query') || url.searchParams.has('extensions')) return false;
      if (!prefersHtml(req.headers.accept)) return false;
      await servePage(req, res, true);
      return true;
    }

    const page = pathname === '/' || pathname === '/playground' || pathname === '/playground/' || pathname === '/playground/index.html';
    const assets = pathname.startsWith(ASSETS_PREFIX);
    if (!page && !assets) return false;
    if (!readOnly) {
      sendText(req, res, 405, `${req.method} not allowed on ${pathname}\n`, { allow: 'GET, HEAD' });
      return true;
    }
    if (page) await servePage(req, res, false);
    else if (pathname === `${ASSETS_PREFIX}examples.graphql`) await serveExamples(req, res);
    else await serveAsset(req, res, url);
    return true;
  };
}
