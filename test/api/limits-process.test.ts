/**
 * The real program (dist/src/main.js) in its own process: slow clients are cut off after the configured
 * timeouts, connections over the cap are closed while those open keep working, SIGTERM finishes the
 * requests in flight and exits 0 on either store, and errors carry stack traces only in development.
 */
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { SEED_DIR } from '../../src/paths.js';
import { readdirSync, readFileSync } from 'node:fs';
import { TEST_NEO4J_URI, tempDir } from '../support/stores.js';
import { startProcess, useServerProcess, waitForUrl, type ServerProcess } from '../support/process.js';

const KEY = 'limits-key-0123456789abcdef';

interface RawClient {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
}

/** A plain TCP client, to send requests as slowly as an attacker would. */
function rawClient(url: string): Promise<RawClient> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve({ socket, received: () => received, closed }));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    // A connection the server refuses may be reset rather than ended: either way it is closed.
    socket.on('error', () => undefined);
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.once('error', reject);
  });
}

/** Writes `lines` one at a time, `everyMs` apart, until they are all sent or the server closes the connection; returns how many were sent. */
async function drip(client: RawClient, lines: string[], everyMs: number): Promise<number> {
  let open = true;
  void client.closed.then(() => (open = false));
  let sent = 0;
  for (const line of lines) {
    if (!open) break;
    client.socket.write(line);
    sent++;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return sent;
}

async function healthOver(client: RawClient): Promise<string> {
  const before = client.received().length;
  client.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
  for (let i = 0; i < 100 && !client.received().slice(before).includes('"status":"ok"'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return client.received().slice(before);
}

describe('HTTP timeouts and the connection cap of the server process', () => {
  const server = useServerProcess({
    CHORUS_HTTP_HEADERS_TIMEOUT_MS: '500',
    CHORUS_HTTP_REQUEST_TIMEOUT_MS: '1000',
    CHORUS_HTTP_KEEP_ALIVE_TIMEOUT_MS: '30000',
    CHORUS_HTTP_MAX_CONNECTIONS: '3',
  });

  it('cuts off a client that sends its headers slowly', async () => {
    const client = await rawClient(server.url);
    // A header line every 100 ms for 5 s: well past the 500 ms allowed for all of them.
    const lines = ['GET /healthz HTTP/1.1\r\n', 'Host: localhost\r\n', ...Array.from({ length: 48 }, (_, i) => `X-Slow-${i}: 1\r\n`)];
    const sent = await drip(client, lines, 100);
    await client.closed;
    expect(sent).toBeLessThan(lines.length);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  }, 20_000);

  it('cuts off a client that sends its body slowly', async () => {
    const client = await rawClient(server.url);
    client.socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n');
    // A byte every 100 ms: 10 s for the body, where the whole request has 1 s.
    const sent = await drip(client, Array.from({ length: 100 }, () => ' '), 100);
    await client.closed;
    expect(sent).toBeLessThan(100);
    expect(client.received()).not.toContain('"data"');
  }, 20_000);

  it('closes connections over the cap as they arrive, while those open keep working', async () => {
    const open = await Promise.all([rawClient(server.url), rawClient(server.url), rawClient(server.url)]);
    for (const client of open) expect(await healthOver(client)).toMatch(/^HTTP\/1\.1 200/);

    const extra = await rawClient(server.url);
    extra.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await extra.closed;
    expect(extra.received()).toBe('');

    // The three open ones still answer (keep-alive), and once they close there is room again.
    for (const client of open) expect(await healthOver(client)).toMatch(/^HTTP\/1\.1 200/);
    for (const client of open) client.socket.end();
    await Promise.all(open.map((client) => client.closed));
    const later = await fetch(`${server.url}/healthz`);
    expect(later.status).toBe(200);
  }, 20_000);

  it('refuses a headers timeout longer than the request timeout, naming both', () => {
    expect(() => loadSettings({ CHORUS_HTTP_HEADERS_TIMEOUT_MS: '5000', CHORUS_HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow(
      /CHORUS_HTTP_HEADERS_TIMEOUT_MS=5000: must not be longer than CHORUS_HTTP_REQUEST_TIMEOUT_MS \(1000\)/,
    );
    expect(() => loadSettings({ CHORUS_HTTP_MAX_CONNECTIONS: '0' })).toThrow(/CHORUS_HTTP_MAX_CONNECTIONS="0": expected a whole number from 1/);
  });
});

/** The seed's own articles, repeated to `length` characters. */
function longText(length: number): string {
  const sources = join(SEED_DIR, 'sources');
  const articles = readdirSync(sources).map((file) => readFileSync(join(sources, file), 'utf8'));
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${articles[i % articles.length]}\n\n`;
  return text.slice(0, length);
}

const stores: [string, () => Record<string, string> | null][] = [
  ['Grafeo', () => ({})],
  ['Neo4j', () => (TEST_NEO4J_URI ? { NEO4J_URI: TEST_NEO4J_URI } : null)],
];

describe('SIGTERM', () => {
  const start = (storeEnv: Record<string, string>) => {
    const dir = tempDir();
    // NODE_ENV as `npm start` leaves it: under vitest it is "test", and Apollo then leaves the signals alone.
    const server = startProcess({ NODE_ENV: '', CHORUS_DATA_PATH: join(dir.path, 'chorus.grafeo'), CHORUS_API_KEYS: `limits:${KEY}`, ...storeEnv });
    return { server, dir };
  };
  const expectCleanExit = async (server: ServerProcess) => {
    // 0, not the 1 of "exiting anyway" after 10 s, and only once the store is closed.
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    expect(server.output()).not.toMatch(/exiting anyway/);
  };

  for (const [name, storeEnv] of stores) {
    it.skipIf(storeEnv() === null)(`on ${name}, idle: closes the store and exits 0`, async () => {
      const { server, dir } = start(storeEnv()!);
      try {
        const url = await waitForUrl(server);
        const answered = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "person:alan-wood") { id } }' }) });
        expect(((await answered.json()) as any).data.node.id).toBe('person:alan-wood');
        server.child.kill('SIGTERM');
        await expectCleanExit(server);
      } finally {
        server.child.kill('SIGKILL');
        dir.remove();
      }
    }, 120_000);

    it.skipIf(storeEnv() === null)(`on ${name}: finishes the request in flight, then exits 0`, async () => {
      const { server, dir } = start(storeEnv()!);
      try {
        const url = await waitForUrl(server);
        // A proposal of a long text takes a second or more in its worker: SIGTERM arrives while it runs.
        const inFlight = fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
          body: JSON.stringify({ query: 'query($s: ArticleInput!) { proposeArticle(source: $s) }', variables: { s: { title: 'Long', text: longText(190_000) } } }),
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        server.child.kill('SIGTERM');

        const response = await inFlight;
        expect(response.status).toBe(200);
        const body = (await response.json()) as any;
        expect(body.errors).toBeUndefined();
        expect(body.data.proposeArticle.statements.length).toBeGreaterThan(10);
        await expectCleanExit(server);
      } finally {
        server.child.kill('SIGKILL');
        dir.remove();
      }
    }, 120_000);
  }
});

describe('what errors show, by NODE_ENV', () => {
  const cases: [string, string, { stack: boolean; hints: boolean }][] = [
    ['unset (npm start)', '', { stack: false, hints: true }],
    ['development (npm run dev)', 'development', { stack: true, hints: true }],
    ['production', 'production', { stack: false, hints: false }],
  ];
  for (const [label, nodeEnv, expected] of cases) {
    it(`${label}: stack traces ${expected.stack ? 'shown' : 'hidden'}, "Did you mean" hints ${expected.hints ? 'kept' : 'hidden'}`, async () => {
      const dir = tempDir();
      const server = startProcess({ CHORUS_DATA_PATH: join(dir.path, 'chorus.grafeo'), NODE_ENV: nodeEnv });
      try {
        const url = await waitForUrl(server);
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nod(id: "person:alan-wood") { id } }' }) });
        const [error] = ((await response.json()) as any).errors;
        expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect('stacktrace' in error.extensions).toBe(expected.stack);
        expect(/Did you mean "node"/.test(error.message)).toBe(expected.hints);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
        dir.remove();
      }
    }, 60_000);
  }
});
