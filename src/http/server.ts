/**
 * The HTTP server: /graphql through Apollo Server (via its
 * executeHTTPGraphQLRequest, so no web framework is needed), /healthz
 * (the process is up), /readyz (the store answers), and the pages later
 * issues add. It holds no state but the store connection.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Settings } from '../config.js';
import type { Logger } from '../logger.js';
import type { GraphStore } from '../store/port.js';
import { createContext, type Context, type Searcher } from '../graphql/context.js';
import { MutationService } from '../mutations/mutation-service.js';
import { SearchService } from '../search/search-service.js';
import { authCheck } from '../graphql/plugins/auth.js';
import { MutationRateLimit } from '../graphql/plugins/mutation-rate-limit.js';
import { createFormatError } from '../graphql/format-error.js';
import { documentLimitsCheck, LIMIT_CODES } from '../graphql/plugins/query-limits.js';
import { countFragmentDefinitions } from '../graphql/limits/fragment-count.js';
import { admissionPlugin } from '../graphql/plugins/admission.js';
import { errorReportingPlugin } from '../graphql/plugins/error-reporting.js';
import { proposalLimitsCheck } from '../graphql/plugins/proposal-limits.js';
import { ArticleProposals } from '../ingest/proposals.js';

export const MAX_BODY_BYTES = 1024 * 1024;

/** On every response. */
export const SECURITY_HEADERS: [string, string][] = [
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-resource-policy', 'same-origin'],
];

/**
 * On the API's own answers (JSON): nothing in them may load or run anything. Pages and their scripts
 * (the playground) set their own policy; a worker script must not get this one, or it could load nothing.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export interface ChorusServerOptions {
  schema: GraphQLSchema;
  store: GraphStore;
  settings: Settings;
  logger: Logger;
  /** Defaults to a SearchService over the store. */
  search?: Searcher & Partial<Pick<SearchService, 'warm' | 'noteWrite'>>;
  /** Defaults to a MutationService over the store that tells the search and the proposals what each change wrote. */
  mutations?: MutationService;
  /** Extra routes (pages, exports) tried before /graphql; return true when handled. */
  routes?: ((req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean)[];
}

export interface ChorusServer {
  readonly http: Server;
  readonly apollo: ApolloServer<Context>;
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting requests, lets those in flight finish, then stops Apollo and the proposal threads. The caller closes the store. */
  stop(): Promise<void>;
}

class BodyTooLargeError extends Error {}

/**
 * Past the limit a body is still read (and dropped) up to this much more, so that a client still sending it
 * receives the 413 instead of a reset connection; a longer one is cut off.
 */
const MAX_DRAINED_BYTES = 16 * MAX_BODY_BYTES;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES + MAX_DRAINED_BYTES) {
      req.socket.destroy();
      throw new BodyTooLargeError();
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': API_CONTENT_SECURITY_POLICY });
  res.end(JSON.stringify(body));
}

export async function createChorusServer(options: ChorusServerOptions): Promise<ChorusServer> {
  const { schema, store, settings, logger } = options;
  const search = options.search ?? new SearchService(store);
  const proposals = new ArticleProposals(store, settings.proposals);
  const mutations =
    options.mutations ??
    new MutationService(store, (before, after) => {
      search.noteWrite?.(before, after);
      proposals.noteWrite();
    });
  const mutationRateLimit = new MutationRateLimit(settings.mutationsPerMinute);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: settings.introspection,
    csrfPrevention: true,
    // Automatic persisted queries are not served: no client of Chorus sends them, and a hash that does not
    // match its query is answered by Apollo as an uncoded error (a 500). Sent anyway: PERSISTED_QUERY_NOT_SUPPORTED, 400.
    persistedQueries: false,
    // main.ts owns SIGTERM and SIGINT. Apollo's own handlers stop it on the signal too, and a second
    // stop() called meanwhile (ours) waits on a promise that Apollo never resolves once the first succeeds.
    stopOnTerminationSignals: false,
    // Only `npm run dev` (NODE_ENV=development): by default, and in production, clients get no stack traces.
    includeStacktraceInErrorResponses: settings.stackTraces,
    // In production, no "Did you mean …?" suggestions that map the schema for a stranger.
    hideSchemaDetailsFromClientErrors: settings.production,
    parseOptions: { maxTokens: settings.maxTokens },
    formatError: createFormatError(settings.production),
    // Apollo's default landing page loads Sandbox from a CDN: Chorus serves its own playground.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // In this order: who asks, what the document would cost, then the rates (a refused document spends none).
      admissionPlugin([
        authCheck({ readsRequireKey: settings.readsRequireKey }),
        documentLimitsCheck(settings),
        proposalLimitsCheck({ maxChars: settings.proposals.maxChars, unitsPerMinute: settings.proposals.unitsPerMinute }),
        mutationRateLimit.check,
      ]),
      errorReportingPlugin(logger),
      // No cache hints are set anywhere, so no Cache-Control header would ever be sent; its per-field hook cost CPU on every field.
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger: { debug: (m) => logger.debug(m), info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

  /** Before Apollo validates a document, whose time its fragments drive: a document (or a batch's) over the fragment limit. */
  function fragmentRefusal(body: unknown, url: URL): { message: string; extensions: Record<string, unknown> } | undefined {
    const requests = Array.isArray(body) ? body : [body ?? { query: url.searchParams.get('query') }];
    for (const request of requests) {
      const query = (request as { query?: unknown } | null)?.query;
      if (typeof query !== 'string') continue;
      const fragments = countFragmentDefinitions(query, settings.maxTokens);
      if (fragments > settings.maxFragments) {
        return { message: `query defines ${fragments} fragments; the limit is ${settings.maxFragments}`, extensions: { code: LIMIT_CODES.TOO_MANY_FRAGMENTS, fragments, maxFragments: settings.maxFragments } };
      }
    }
    return undefined;
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: unknown;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          sendJson(res, 413, { errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
          return;
        }
        throw error;
      }
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json')) {
        try {
          body = text.length ? JSON.parse(text) : {};
        } catch {
          sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else body = text;
    }
    const tooManyFragments = fragmentRefusal(body, url);
    if (tooManyFragments) return sendJson(res, 400, { errors: [tooManyFragments] });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        createContext({ store, settings, logger, search, mutations, mutationRateLimit, proposals }, settings.apiKeys.authenticate(req.headers, url), req.socket.remoteAddress),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('content-security-policy', API_CONTENT_SECURITY_POLICY);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') res.end(response.body.string);
    else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      try {
        await store.ping();
        return sendJson(res, 200, { status: 'ready', store: store.kind });
      } catch (error) {
        logger.warn({ err: error }, 'store not ready');
        return sendJson(res, 503, { status: 'unavailable', store: store.kind });
      }
    }
    for (const route of options.routes ?? []) {
      if (await route(req, res, url)) return;
    }
    if (url.pathname === '/graphql') return handleGraphQL(req, res, url);
    sendJson(res, 404, { error: `no route ${url.pathname}`, routes: ['/graphql', '/healthz', '/readyz'] });
  }

  const limits = settings.http;
  const http = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // node:http enforces the two timeouts above when it checks its connections (every 30 s by default).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      handle(req, res).catch((error) => {
        logger.error({ err: error, url: req.url }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      });
    },
  );
  // Sockets over the cap are closed as they arrive (node:net), before a byte of them is read.
  http.maxConnections = limits.maxConnections;

  return {
    http,
    apollo,
    listen(port = settings.port, host = settings.host) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          // The store's caches and the search vocabulary load while the first requests come in, not on first use.
          void store.warmUp?.();
          search.warm?.();
          const address = http.address() as AddressInfo;
          resolve(`http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`);
        });
      });
    },
    async stop() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
      await apollo.stop();
      await proposals.close();
    },
  };
}

