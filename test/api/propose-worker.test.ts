/**
 * proposeArticle through a real server over a real seeded store: the proposal runs in a worker thread, so
 * the server answers other requests meanwhile; the text has a size limit, refused with the field, the limit
 * and the length before any work; callers without a key are rate-limited per address by text size; and
 * the worker's names follow the graph's writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { TokenBuckets } from '../../src/graphql/plugins/token-buckets.js';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';
import { useServerProcess } from '../support/process.js';
import { startServer, type RunningServer } from '../support/server.js';

const KEY = 'propose-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };
/** Over the default (200,000), so that one proposal near it would hold an event loop for seconds. */
const MAX_CHARS = 600_000;

/** The seed's own articles, repeated to `length` characters: real prose, with quotes and names. */
function longText(length: number): string {
  const dir = join(SEED_DIR, 'sources');
  const articles = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8'));
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${articles[i % articles.length]}\n\n`;
  return text.slice(0, length);
}

const SMALL = {
  title: 'A short piece',
  text: 'Alan Wood, president of the ADCS, said: “The framework is flawed and it does not get to the heart of how well services are working.”',
};

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe('proposeArticle in the server process', () => {
  // The server in a process of its own: in this one, a blocked event loop would block the client that measures it too.
  const server = useServerProcess({ CHORUS_API_KEYS: `proposer:${KEY}`, CHORUS_PROPOSE_MAX_CHARS: String(MAX_CHARS), CHORUS_PROPOSE_THREADS: '1' });

  it('answers /healthz and a small query all the while a proposal near the size limit runs', async () => {
    const source = { title: 'The seed articles, again and again', text: longText(MAX_CHARS - 1_000) };
    let done = false;
    const proposing = post(server.url, 'query($s: ArticleInput!) { proposeArticle(source: $s) }', { s: source }, AUTH).finally(() => (done = true));

    // Ask, one after another, until the proposal is answered: each answer's wait is the event loop's.
    const waits: number[] = [];
    while (!done) {
      const askedAt = performance.now();
      const [health, small] = await Promise.all([fetch(`${server.url}/healthz`), post(server.url, '{ node(id: "person:alan-wood") { id ... on Person { name } } }', {})]);
      waits.push(performance.now() - askedAt);
      expect(health.status).toBe(200);
      expect(small.body.data.node.name).toBe('Alan Wood');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const result = await proposing;
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.proposeArticle.statements.length).toBeGreaterThan(10);
    // The proposal took a while (many rounds were answered meanwhile), and no round waited for it:
    // in the event loop it would hold every request for seconds. A generous liveness bound.
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(1_000);
  }, 60_000);

});

describe('proposeArticle in a worker thread', () => {
  let handle: TestStore;
  let server: RunningServer;
  beforeAll(async () => {
    handle = await createGrafeoTestStore();
    await seedStore(handle.store, SEED_DIR);
    server = await startServer(handle.store, { CHORUS_API_KEYS: `proposer:${KEY}`, CHORUS_PROPOSE_MAX_CHARS: String(MAX_CHARS), CHORUS_PROPOSE_THREADS: '1' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await handle?.dispose();
  });

  it('refuses a text over the limit before any work, naming the field, the limit and the length', async () => {
    const tooLong = { title: 'Too long', text: 'x'.repeat(MAX_CHARS + 1) };
    const both = await post(server.url, 'query($ok: ArticleInput!, $big: ArticleInput!) { fine: proposeArticle(source: $ok) big: proposeArticle(source: $big) }', { ok: SMALL, big: tooLong }, AUTH);
    expect(both.status).toBe(400);
    expect(both.body.data).toBeUndefined();
    const [error] = both.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('big.source.text');
    expect(error.message).toContain('600,001 characters');
    expect(error.message).toContain('the limit is 600,000');
    expect(error.extensions.problems).toEqual([{ path: ['big', 'source', 'text'], message: expect.stringContaining('CHORUS_PROPOSE_MAX_CHARS') }]);

    // The same limit, with the text inline rather than in a variable.
    const inline = await post(server.url, `{ proposeArticle(source: { title: "t", text: ${JSON.stringify('y'.repeat(MAX_CHARS + 5))} }) }`, {}, AUTH);
    expect(inline.status).toBe(400);
    expect(inline.body.errors[0].message).toContain('proposeArticle.source.text: the article text is 600,005 characters');
  });

  it('rate-limits callers without a key by address and text size, each aliased field counted', async () => {
    const limited = await startServer(handle.store, { CHORUS_API_KEYS: `proposer:${KEY}`, CHORUS_PROPOSE_UNITS_PER_MINUTE: '4' });
    try {
      const pair = 'query($s: ArticleInput!) { one: proposeArticle(source: $s) two: proposeArticle(source: $s) }';
      const first = await post(limited.url, pair, { s: SMALL });
      expect(first.status).toBe(200);
      expect(first.body.data.one.statements.length).toBeGreaterThan(0);

      // Two units left; a text of 15,000 characters costs two, twice over.
      const long = { title: 'Longer', text: longText(15_000) };
      const refused = await post(limited.url, pair, { s: long });
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.data).toBeUndefined();

      // More than a minute's worth in one request is refused as such.
      const tooMuch = await post(limited.url, 'query($s: ArticleInput!) { a: proposeArticle(source: $s) b: proposeArticle(source: $s) c: proposeArticle(source: $s) }', { s: long });
      expect(tooMuch.status).toBe(429);
      expect(tooMuch.body.errors[0].message).toMatch(/asks for 6 proposal units.*more than the 4 a minute/);

      // A key is not limited by the address's bucket; other queries never are.
      const keyed = await post(limited.url, pair, { s: long }, AUTH);
      expect(keyed.status).toBe(200);
      expect(keyed.body.data.two.statements.length).toBeGreaterThan(0);
      expect((await limited.graphql('{ node(id: "person:alan-wood") { id } }')).body.data.node.id).toBe('person:alan-wood');
    } finally {
      await limited.stop();
    }
  }, 60_000);

  it('proposes with the names the graph has now: an actor added by a mutation is recognised', async () => {
    const article = { title: 'A new voice', text: 'Zebedee Quartermaine, a councillor in Leeds, said: “The inspection told us nothing we did not already know about our services.”' };
    const PROPOSE = 'query($s: ArticleInput!) { proposeArticle(source: $s) }';
    const before = await post(server.url, PROPOSE, { s: article }, AUTH);
    expect(before.body.data.proposeArticle.statements[0].speaker).toMatchObject({ name: 'Zebedee Quartermaine', existing: false });

    const added = await server.graphql('mutation { addActor(input: { type: PERSON, id: "person:zebedee-quartermaine", name: "Zebedee Quartermaine" }) { applied } }', {}, AUTH);
    expect(added.body.errors).toBeUndefined();

    const after = await post(server.url, PROPOSE, { s: article }, AUTH);
    expect(after.body.data.proposeArticle.statements[0].speaker).toMatchObject({ id: 'person:zebedee-quartermaine', existing: true });
  });
});

describe('TokenBuckets', () => {
  it('takes all the tokens asked for or none, per key, refilling with time, and forgets full buckets', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, () => now, 2);
    expect(buckets.take('a', 50)).toBe(0);
    expect(buckets.take('a', 20)).toBe(10); // 10 left: 10 more take 10 s at one a second
    expect(buckets.take('a', 10)).toBe(0); // the refused 20 took nothing
    expect(buckets.take('b', 60)).toBe(0); // another key has its own
    now += 5_000;
    expect(buckets.take('a', 5)).toBe(0);
    expect(buckets.take('a', 1)).toBe(1);
    now += 120_000; // every bucket full again
    expect(buckets.take('c', 1)).toBe(0); // a third key: over the sweep size, full buckets go
    expect(buckets.size).toBe(1);
  });
});
