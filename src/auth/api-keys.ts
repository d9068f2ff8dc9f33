/**
 * API keys: `CHORUS_API_KEYS=name:key[,name:key:read]`. Keys are kept only
 * as sha256 digests, and a presented key is compared with each digest in
 * constant time. A key may write (default) or only read (`:read`).
 * Keys travel only as `Authorization: Bearer <key>`: one found anywhere
 * else (a query parameter, an X-API-Key header) is refused, so keys do not
 * end up in logs and browser histories.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type Scope = 'write' | 'read';

export interface Principal {
  keyName: string;
  scope: Scope;
}

interface StoredKey {
  name: string;
  digest: Buffer;
  scope: Scope;
}

export type AuthResult =
  | { ok: true; principal: Principal | null }
  | { ok: false; reason: string };

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/** Parses the key list; returns the problems to report at start instead of throwing. */
export function parseApiKeys(spec: string | undefined): { keys: ApiKeys; problems: string[] } {
  const problems: string[] = [];
  const stored: StoredKey[] = [];
  for (const [index, entry] of (spec ?? '').split(',').map((e) => e.trim()).filter(Boolean).entries()) {
    const [name, key, scope, ...rest] = entry.split(':');
    if (!name || !key || rest.length || (scope !== undefined && scope !== 'read' && scope !== 'write')) {
      problems.push(`CHORUS_API_KEYS entry ${index + 1}: expected name:key or name:key:read`);
      continue;
    }
    if (!/^[\w.-]+$/.test(name)) problems.push(`CHORUS_API_KEYS entry ${index + 1}: a key name may hold letters, digits, "_", "." and "-"`);
    if (key.length < 16) problems.push(`CHORUS_API_KEYS "${name}": the key is shorter than 16 characters`);
    if (stored.some((k) => k.name === name)) problems.push(`CHORUS_API_KEYS "${name}": named twice`);
    stored.push({ name, digest: digest(key), scope: (scope as Scope | undefined) ?? 'write' });
  }
  return { keys: new ApiKeys(stored), problems };
}

const MISPLACED_HEADERS = ['x-api-key', 'api-key', 'x-chorus-key'];
const MISPLACED_PARAMS = ['api_key', 'apikey', 'key', 'token', 'access_token'];

export class ApiKeys {
  constructor(private readonly keys: StoredKey[]) {}

  get size(): number {
    return this.keys.length;
  }

  /** Who is calling: null for no key at all; a reason when a key is wrong or sent in the wrong place. */
  authenticate(headers: Record<string, string | string[] | undefined>, url: URL): AuthResult {
    const misplacedHeader = MISPLACED_HEADERS.find((h) => headers[h] !== undefined);
    if (misplacedHeader) return { ok: false, reason: `send the API key as "Authorization: Bearer <key>", not in ${misplacedHeader}` };
    const misplacedParam = MISPLACED_PARAMS.find((p) => url.searchParams.has(p));
    if (misplacedParam) return { ok: false, reason: `send the API key as "Authorization: Bearer <key>", never in the URL (${misplacedParam}=)` };
    const header = headers.authorization;
    if (header === undefined) return { ok: true, principal: null };
    const value = Array.isArray(header) ? header[0] : header;
    const match = /^Bearer ([^\s]+)$/.exec(value.trim());
    if (!match) return { ok: false, reason: 'the Authorization header must be "Bearer <key>"' };
    const presented = digest(match[1]);
    // Compare with every key, each in constant time, so timing tells nothing about which (or whether one) matched.
    let found: StoredKey | null = null;
    for (const key of this.keys) if (timingSafeEqual(presented, key.digest) && !found) found = key;
    return found ? { ok: true, principal: { keyName: found.name, scope: found.scope } } : { ok: false, reason: 'the API key is not valid' };
  }
}
