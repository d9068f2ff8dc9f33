/**
 * Serving built files (the playground's and the explorer's bundles): content
 * types, ETags and 304s, gzip for text (kept in memory while the file is
 * unchanged), HEAD, and plain-text answers for what is not there.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.ttf', '.txt']);

export interface AcceptRange {
  type: string;
  q: number;
}

/** An Accept (or Accept-Encoding) header as its ranges with their q values. */
export function parseAccept(header: string): AcceptRange[] {
  return header
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      let q = 1;
      for (const param of params) {
        const [key, value] = param.trim().split('=');
        if (key === 'q' && value !== undefined) {
          const parsed = Number(value);
          q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
        }
      }
      return { type: type.trim(), q };
    })
    .filter((range) => range.type);
}

export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  return typeof header === 'string' && parseAccept(header).some((r) => r.type === 'gzip' && r.q > 0);
}

export function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** A sender of files with its own gzip cache: one per route. The caller has already checked the path. */
export function createFileSender() {
  const gzipCache = new Map<string, { tag: string; body: Buffer }>();
  return async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string>): Promise<void> {
    const info = await stat(file);
    const extension = extname(file).toLowerCase();
    const tag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const all: Record<string, string> = { 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff', etag: tag, ...headers };
    const compressible = COMPRESSIBLE.has(extension) && info.size > 1024;
    if (compressible) all.vary = 'Accept-Encoding';
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((candidate) => candidate.trim() === tag || candidate.trim() === '*')) {
      res.writeHead(304, all);
      res.end();
      return;
    }
    if (compressible && acceptsGzip(req)) {
      let cached = gzipCache.get(file);
      if (!cached || cached.tag !== tag) {
        cached = { tag, body: await gzip(await readFile(file)) };
        gzipCache.set(file, cached);
      }
      res.writeHead(200, { ...all, 'content-encoding': 'gzip', 'content-length': String(cached.body.length) });
      res.end(req.method === 'HEAD' ? undefined : cached.body);
      return;
    }
    res.writeHead(200, { ...all, 'content-length': String(info.size) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(createReadStream(file), res);
  };
}
