/** The protections Apollo users expect, each tested at its limit and one past it. */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/server.js';
import { TokenBuckets } from '../../src/graphql/plugins/token-buckets.js';
import { createGrafeoTestStore } from '../support/stores.js';
import { startServer } from '../support/server.js';
import { useSeededServer } from '../support/seeded-server.js';

const KEY = 'protect-key-0123456789abcdef';

describe('request protections', () => {
  const server = useSeededServer({
    CHORUS_MAX_ALIASES: '5', CHORUS_MAX_DIRECTIVES: '3', CHORUS_MAX_TOKENS: '200', CHORUS_MUTATIONS_PER_MINUTE: '3', CHORUS_API_KEYS: `tester:${KEY}`,
  });
  const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;

  it('limits aliases', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { store }`).join(' ')} }`;
    expect(codeOf((await server.graphql(aliased(5))).body)).toBeUndefined();
    const past = (await server.graphql(aliased(6))).body;
    expect(codeOf(past)).toBe('QUERY_TOO_MANY_ALIASES');
    expect(past.errors[0].message).toMatch(/6 aliases; the limit is 5/);
  });

  it('limits directives', async () => {
    const directed = (n: number) => `{ stats { ${Array.from({ length: n }, () => 'store @include(if: true)').join(' ')} } }`;
    expect(codeOf((await server.graphql(directed(3))).body)).toBeUndefined();
    expect(codeOf((await server.graphql(directed(4))).body)).toBe('QUERY_TOO_MANY_DIRECTIVES');
  });

  it('limits tokens before parsing any further', async () => {
    // `{ stats { store } }` is 6 tokens; each extra `store` is one more.
    const tokens = (n: number) => `{ stats { ${Array.from({ length: n - 5 }, () => 'store').join(' ')} } }`;
    expect(codeOf((await server.graphql(tokens(200))).body)).toBeUndefined();
    const past = (await server.graphql(tokens(201))).body;
    expect(codeOf(past)).toBe('GRAPHQL_PARSE_FAILED');
    expect(past.errors[0].message).toMatch(/200 tokens/);
  });

  it('limits the request body to 1 MiB', async () => {
    const send = (bytes: number) => {
      const skeleton = JSON.stringify({ query: '{ stats { store } }', variables: { pad: '' } });
      const body = skeleton.replace('"pad":""', `"pad":"${'x'.repeat(bytes - skeleton.length)}"`);
      expect(Buffer.byteLength(body)).toBe(bytes);
      return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    };
    expect((await send(MAX_BODY_BYTES)).status).toBe(200);
    expect((await send(MAX_BODY_BYTES + 1)).status).toBe(413);
    // A client still sending a larger body reads the 413 too, rather than a reset connection.
    for (let i = 0; i < 5; i++) expect((await send(3 * MAX_BODY_BYTES)).status).toBe(413);
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/graphql', '/healthz', '/nowhere']) {
      const response = await fetch(`${server.url}${path}`, { method: path === '/graphql' ? 'POST' : 'GET', headers: { 'content-type': 'application/json' }, body: path === '/graphql' ? '{"query":"{ stats { store } }"}' : undefined });
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toMatch(/default-src 'none'/);
    }
  });

  it('rate-limits mutations per key, and says when to retry', async () => {
    const mutation = (i: number) => server.graphql(`mutation { addActor(input: { type: PERSON, name: "Rate Test ${i}" }) { applied } }`, undefined, { authorization: `Bearer ${KEY}` });
    for (let i = 0; i < 3; i++) expect(codeOf((await mutation(i)).body)).toBeUndefined();
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query: 'mutation { addActor(input: { type: PERSON, name: "Rate Test 4" }) { applied } }' }) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(codeOf(await response.json())).toBe('RATE_LIMITED');
    expect((await server.store.getNodes(['person:rate-test-4']))[0]).toBeNull();
    // Reads go on.
    expect(codeOf((await server.graphql('{ stats { store } }')).body)).toBeUndefined();
  });

  it('refills the bucket over time', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, () => now);
    for (let i = 0; i < 60; i++) expect(buckets.take('k')).toBe(0);
    expect(buckets.take('k')).toBe(1);
    now += 1_000;
    expect(buckets.take('k')).toBe(0);
    expect(buckets.take('other')).toBe(0);
  });
});

describe('production mode', () => {
  it('gives no field suggestions that map the schema', async () => {
    const handle = await createGrafeoTestStore();
    const dev = await startServer(handle.store);
    const prod = await startServer(handle.store, { NODE_ENV: 'production' });
    try {
      const typo = '{ stats { stor } }';
      expect(JSON.stringify((await dev.graphql(typo)).body)).toMatch(/Did you mean/);
      expect(JSON.stringify((await prod.graphql(typo)).body)).not.toMatch(/Did you mean/);
    } finally {
      await dev.stop();
      await prod.stop();
      await handle.dispose();
    }
  });
});
