/**
 * Settings from environment variables, validated once at start: every bad
 * value is reported at once, by name, with what was expected. `.env.example`
 * documents each variable.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';
import { PROJECT_ROOT } from './paths.js';
import { parseApiKeys, type ApiKeys } from './auth/api-keys.js';
import { MAX_ARTICLE_CHARS } from './ingest/text.js';

export interface Settings {
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** NODE_ENV=production: no internals and no "Did you mean …?" hints in errors. */
  production: boolean;
  /** NODE_ENV=development (`npm run dev`): errors carry their stack traces. Never in production, off by default. */
  stackTraces: boolean;
  /** How long a client may take over each part of a request, and how many sockets may be open at once. */
  http: HttpLimits;
  /** proposeArticle: the longest text, the threads that propose, and what a caller without a key may ask. */
  proposals: ProposalSettings;
  store:
    | { kind: 'grafeo'; path: string }
    | { kind: 'neo4j'; uri: string; user?: string; password?: string; database: string };
  seedOnStart: boolean;
  introspection: boolean;
  sourceText: 'full' | 'snippets';
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Fields a query may select once its fragments are expanded. */
  maxFields: number;
  /** Fragments one document may define (checked before validation, whose time they drive). */
  maxFragments: number;
  maxTokens: number;
  /** Mutations per minute per API key, in this process (each replica counts its own). */
  mutationsPerMinute: number;
  apiKeys: ApiKeys;
  /** Reads need a key too (by default they are open). */
  readsRequireKey: boolean;
}

/**
 * Limits on the HTTP connections themselves (node:http's timeouts and connection cap). A cap on long-lived
 * streams, when there are any, belongs beside these (`maxStreams`, CHORUS_HTTP_MAX_STREAMS).
 */
export interface HttpLimits {
  /** A client must send a request's headers within this (slowloris). */
  headersTimeoutMs: number;
  /** ... and the whole request, body included, within this. It does not bound the time to answer. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Sockets open at once; those over it are closed as they arrive. */
  maxConnections: number;
}

export interface ProposalSettings {
  /** The longest article text proposeArticle reads, in characters (UTF-16 code units, as JavaScript counts). */
  maxChars: number;
  /** Worker threads that propose (each holds the NLP model and the graph's names). */
  threads: number;
  /** Proposals waiting for a thread; past this a proposal gets SERVICE_UNAVAILABLE at once. */
  maxQueued: number;
  /** Callers without an API key: proposal units per minute per client address (a unit is up to 10,000 characters). */
  unitsPerMinute: number;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadSettings(env: Env = process.env): Settings {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name}=${JSON.stringify(env[name])}: expected true or false`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name}=${JSON.stringify(raw)}: expected one of ${allowed.join(', ')}`);
    return fallback;
  };

  const production = env.NODE_ENV === 'production';
  const stackTraces = env.NODE_ENV === 'development';
  const uri = env.NEO4J_URI;
  let store: Settings['store'];
  if (uri) {
    if (!/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/.test(uri)) {
      problems.push(`NEO4J_URI=${JSON.stringify(uri)}: expected a URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io`);
    }
    if (env.NEO4J_USER && env.NEO4J_PASSWORD === undefined) problems.push('NEO4J_PASSWORD: required when NEO4J_USER is set');
    store = { kind: 'neo4j', uri, user: env.NEO4J_USER || undefined, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || 'neo4j' };
  } else {
    const path = env.CHORUS_DATA_PATH || 'data/chorus.grafeo';
    const resolved = resolve(PROJECT_ROOT, path);
    if (path.endsWith('/')) problems.push(`CHORUS_DATA_PATH=${JSON.stringify(path)}: expected a file path (Grafeo keeps <path> and <path>.wal/), not a folder`);
    // A new store may be made in an existing folder; a folder that does not exist is more likely a typo than a wish.
    else if (env.CHORUS_DATA_PATH && !existsSync(dirname(resolved))) {
      problems.push(`CHORUS_DATA_PATH=${JSON.stringify(path)}: the folder ${dirname(resolved)} does not exist (create it to start a new store there, or correct the path)`);
    }
    store = { kind: 'grafeo', path: resolved };
  }

  const keys = parseApiKeys(env.CHORUS_API_KEYS);
  problems.push(...keys.problems);

  const settings: Settings = {
    host: env.HOST || '127.0.0.1',
    port: integer('PORT', 4000, 0, 65535),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, production ? 'info' : 'info'),
    production,
    stackTraces,
    http: {
      headersTimeoutMs: integer('CHORUS_HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
      requestTimeoutMs: integer('CHORUS_HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
      keepAliveTimeoutMs: integer('CHORUS_HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
      maxConnections: integer('CHORUS_HTTP_MAX_CONNECTIONS', 1_000, 1, 1_000_000),
    },
    proposals: {
      maxChars: integer('CHORUS_PROPOSE_MAX_CHARS', 200_000, 1_000, MAX_ARTICLE_CHARS),
      threads: integer('CHORUS_PROPOSE_THREADS', 1, 1, 64),
      maxQueued: integer('CHORUS_PROPOSE_MAX_QUEUED', 8, 1, 10_000),
      unitsPerMinute: integer('CHORUS_PROPOSE_UNITS_PER_MINUTE', 60, 1, 1_000_000),
    },
    store,
    seedOnStart: boolean('CHORUS_SEED_ON_START', true),
    introspection: boolean('CHORUS_INTROSPECTION', true),
    sourceText: oneOf('CHORUS_SOURCE_TEXT', ['full', 'snippets'] as const, 'full'),
    maxDepth: integer('CHORUS_MAX_DEPTH', 12, 2, 100),
    maxCost: integer('CHORUS_MAX_COST', 20_000, 10, 10_000_000),
    maxAliases: integer('CHORUS_MAX_ALIASES', 30, 1, 10_000),
    maxDirectives: integer('CHORUS_MAX_DIRECTIVES', 20, 0, 10_000),
    maxFields: integer('CHORUS_MAX_FIELDS', 1_000, 10, 1_000_000),
    maxFragments: integer('CHORUS_MAX_FRAGMENTS', 100, 1, 10_000),
    maxTokens: integer('CHORUS_MAX_TOKENS', 5_000, 100, 1_000_000),
    mutationsPerMinute: integer('CHORUS_MUTATIONS_PER_MINUTE', 120, 1, 1_000_000),
    apiKeys: keys.keys,
    readsRequireKey: boolean('CHORUS_READS_REQUIRE_KEY', false),
  };
  if (settings.http.headersTimeoutMs > settings.http.requestTimeoutMs) {
    // node:http refuses it too: the headers are part of the request.
    problems.push(`CHORUS_HTTP_HEADERS_TIMEOUT_MS=${settings.http.headersTimeoutMs}: must not be longer than CHORUS_HTTP_REQUEST_TIMEOUT_MS (${settings.http.requestTimeoutMs})`);
  }
  if (problems.length) throw new ConfigurationError(problems);
  return settings;
}
