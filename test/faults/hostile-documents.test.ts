/**
 * No GraphQL document stalls the server or gets a 500, on either store: the real program in production mode
 * answers every hostile request (fragment fan-out, chains, cycles, deep nesting through fragments, wrong
 * variables, huge numbers, long strings, aliased mutations, subscriptions, nested introspection) with a 4xx
 * and a known code, or with data; and while each runs, /healthz keeps answering. The mutation rate limit
 * counts mutation fields and weighs each change by the records it writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildChorusSchema } from '../../src/graphql/schema.js';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { mergeActors } from '../../src/mutations/operations.js';
import { RECORDS_PER_TOKEN, recordsWritten } from '../../src/graphql/plugins/mutation-rate-limit.js';
import { clearStore, createGrafeoTestStore, createNeo4jTestStore, tempDir, TEST_NEO4J_URI, type TestStore } from '../support/stores.js';
import { startServer } from '../support/server.js';
import { startProcess, waitForUrl, type ServerProcess } from '../support/process.js';
import { describeRequest, HostileDocuments, type HostileRequest } from '../support/hostile-documents.js';

const KEY = 'hostile-key-0123456789abcdef';
/** Requests generated per store: every kind of shape several times over. */
const CASES = 120;
/** A liveness bound, not a speed figure: a stalled event loop misses it by seconds or minutes. */
const PROBE_BOUND_MS = 1_000;

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'QUERY_TOO_MANY_FIELDS', 'QUERY_TOO_MANY_FRAGMENTS',
  'OPERATION_NOT_SUPPORTED', 'RATE_LIMITED', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface Answer {
  status: number;
  body: any;
  /** The slowest /healthz answer while the request ran. */
  slowestProbeMs: number;
}

/** Sends a request while probing /healthz every 25 ms until it is answered. */
async function sendWhileProbing(url: string, request: HostileRequest): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.withKey) headers.authorization = `Bearer ${KEY}`;
  let done = false;
  let slowestProbeMs = 0;
  const probing = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
      slowestProbeMs = Math.max(slowestProbeMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  try {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: request.rawBody ?? JSON.stringify(request.body) });
    const text = await response.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = { notJson: text.slice(0, 200) };
    }
    return { status: response.status, body, slowestProbeMs };
  } finally {
    done = true;
    await probing;
  }
}

/** What is wrong with an answer, if anything. */
function problemsOf(request: HostileRequest, answer: Answer): string[] {
  const problems: string[] = [];
  const where = describeRequest(request);
  if (answer.status >= 500) problems.push(`HTTP ${answer.status} for ${where}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  if (answer.body.notJson !== undefined) problems.push(`not JSON for ${where}`);
  else if (!('data' in answer.body) && !('errors' in answer.body)) problems.push(`neither data nor errors for ${where}`);
  for (const error of answer.body.errors ?? []) {
    const code = error?.extensions?.code;
    if (!KNOWN_CODES.has(code)) problems.push(`code ${code} ("${error?.message}") for ${where}`);
  }
  // A client's mistake that answered nothing is a 4xx; Apollo answers PERSISTED_QUERY_NOT_SUPPORTED with 200 on
  // purpose (clients then send the query itself).
  const firstCode = answer.body.errors?.[0]?.extensions?.code;
  if (answer.body.errors && !answer.body.data && answer.status < 400 && firstCode !== 'PERSISTED_QUERY_NOT_SUPPORTED') problems.push(`errors without data answered ${answer.status} for ${where}`);
  if (answer.slowestProbeMs > PROBE_BOUND_MS) problems.push(`/healthz waited ${answer.slowestProbeMs.toFixed(0)} ms during ${where}`);
  return problems;
}

const stores: [string, boolean][] = [['Grafeo', true], ['Neo4j', Boolean(TEST_NEO4J_URI)]];

for (const [storeName, available] of stores) {
  describe.skipIf(!available)(`hostile documents against the real program on ${storeName}`, () => {
    let server: ServerProcess;
    let url: string;
    const dir = tempDir('chorus-hostile-');
    beforeAll(async () => {
      if (storeName === 'Neo4j') {
        // The program seeds the store it is given: the shared test database, emptied first.
        const neo4j = await createNeo4jTestStore();
        await clearStore(neo4j.store);
        await neo4j.dispose();
      }
      const store: Record<string, string> = storeName === 'Neo4j' ? { NEO4J_URI: TEST_NEO4J_URI! } : { CHORUS_DATA_PATH: join(dir.path, 'hostile.grafeo') };
      server = startProcess({ NODE_ENV: 'production', CHORUS_API_KEYS: `hostile:${KEY}`, CHORUS_MUTATIONS_PER_MINUTE: '100000', ...store });
      url = await waitForUrl(server, 120_000);
    }, 180_000);
    afterAll(async () => {
      server?.child.kill('SIGTERM');
      await server?.exited;
      dir.remove();
    });

    it('refuses a 30-level fragment fan-out at once, with its own code, while /healthz answers', async () => {
      const schema = await buildChorusSchema();
      const request = new HostileDocuments(schema).fanOut(30, 2);
      const answer = await sendWhileProbing(url, request);
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('QUERY_TOO_MANY_FIELDS');
      // F0 selects three fields (`__typename stats { store }`), doubled thirty times.
      expect(answer.body.errors[0].message).toBe(`query selects ${3 * 2 ** 30} fields once its fragments are expanded; the limit is 1000`);
      expect(answer.slowestProbeMs).toBeLessThan(PROBE_BOUND_MS);
    });

    it('answers wrong variables, subscriptions and over-large documents with a 400 naming what was wrong', async () => {
      const post = (body: unknown) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      const wrongType = await post({ query: 'query($v: Int){ organisations(first: $v) { totalCount } }', variables: { v: true } });
      expect(wrongType.status).toBe(400);
      expect(wrongType.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'v', expected: 'Int' });
      // A JSON variable 50,000 levels deep (the stack of any recursive reader would overflow): refused before it is read.
      const deep = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: `{"query":"mutation($s: JSONObject) { updateNode(id: \\"organisation:adcs\\", set: $s) { applied } }","variables":{"s":{"name":${'['.repeat(50_000)}${']'.repeat(50_000)}}}}`,
      });
      expect(deep.status).toBe(400);
      expect(((await deep.json()) as any).errors[0]).toMatchObject({ message: 'variable $s nests objects or lists more than 32 deep', extensions: { code: 'BAD_USER_INPUT', variable: 's' } });
      // A property named like a prototype is no property of the model.
      const proto = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: '{"query":"mutation($s: JSONObject) { updateNode(id: \\"organisation:adcs\\", set: $s) { applied } }","variables":{"s":{"__proto__":{"x":1}}}}',
      });
      expect(proto.status).toBe(400);
      expect(((await proto.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      // Persisted queries are not served; a hash that does not match its query was a 500.
      // (Apollo answers PERSISTED_QUERY_NOT_SUPPORTED with 200 on purpose, so that clients fall back to sending the query.)
      const persisted = await post({ query: '{ stats { store } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } });
      expect(persisted.status).toBeLessThan(500);
      expect(persisted.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      // A nullable root field that refuses its input answers nothing: a 4xx too.
      const path = await post({ query: '{ path(from: "person:alan-wood", to: "organisation:lga", maxLength: 99) { relationship } }' });
      expect(path.status).toBe(400);
      expect(path.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const subscription = await post({ query: 'subscription { __typename }' });
      expect(subscription.status).toBe(400);
      expect(subscription.body.errors[0]).toMatchObject({ message: expect.stringMatching(/subscriptions are not served/), extensions: { code: 'OPERATION_NOT_SUPPORTED' } });
      // Over graphql-query-complexity's old node limit (10,000 nodes), which answered 500.
      const spreads = (name: string) => Array(25).fill(`...${name}`).join(' ');
      const wide = await post({ query: `{ ...X } fragment X on Query { ${spreads('W')} } fragment W on Query { ${spreads('V')} } fragment V on Query { stats { store labels { label count } } }` });
      expect(wide.status).toBe(400);
      expect(wide.body.errors[0].extensions.code).toBe('QUERY_TOO_MANY_FIELDS');
      const introspection = await post({ query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' });
      expect(introspection.status).toBe(400);
      // A chain of fragments, each spreading the next: validation's time grows with its square, so it is refused before.
      const chain = new HostileDocuments(await buildChorusSchema()).chain(300);
      const chained = await sendWhileProbing(url, chain);
      expect(chained.status).toBe(400);
      expect(chained.body.errors[0]).toMatchObject({ message: 'query defines 300 fragments; the limit is 100', extensions: { code: 'QUERY_TOO_MANY_FRAGMENTS' } });
      expect(introspection.body.errors[0]).toMatchObject({ message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      // Mistakes the resolvers find, when nothing could be answered: 4xx too.
      const negativePage = await post({ query: 'query($n: Int) { statements(first: $n) { nodes { id } } }', variables: { n: -5 } });
      expect(negativePage.status).toBe(400);
      expect(negativePage.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const nothing = await post({ query: '{ stanceCounts(target: "person:nobody") { count } }' });
      expect(nothing.status).toBe(404);
      expect(nothing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    });

    it(`answers ${CASES} generated hostile requests with no 5xx and known codes, /healthz answering throughout`, async () => {
      const requests = new HostileDocuments(await buildChorusSchema()).requests(CASES);
      const problems: string[] = [];
      const outcomes = new Map<string, number>();
      for (const request of requests) {
        const answer = await sendWhileProbing(url, request);
        problems.push(...problemsOf(request, answer));
        const outcome = answer.body.errors ? String(answer.body.errors[0]?.extensions?.code) : 'data';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
      expect(problems.slice(0, 10)).toEqual([]);
      // The generator reaches the refusals it is meant to reach, and real answers too.
      for (const expected of ['QUERY_TOO_MANY_FIELDS', 'QUERY_TOO_MANY_FRAGMENTS', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_NOT_SUPPORTED', 'data']) expect(outcomes.get(expected) ?? 0).toBeGreaterThan(0);
    }, 300_000);
  });

  describe.skipIf(!available)(`the mutation rate limit on ${storeName}`, () => {
    let handle: TestStore;
    beforeAll(async () => {
      handle = storeName === 'Neo4j' ? await createNeo4jTestStore() : await createGrafeoTestStore();
      if (storeName === 'Neo4j') await clearStore(handle.store);
      await seedStore(handle.store, SEED_DIR);
    }, 180_000);
    afterAll(async () => handle?.dispose());

    const addActors = (count: number, prefix: string) => `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: addActor(input: { type: PERSON, name: "${prefix} ${i}" }) { applied }`).join(' ')} }`;

    it('counts every aliased mutation field: two requests of 30 against 40 a minute, the second refused whole', async () => {
      const server = await startServer(handle.store, { CHORUS_API_KEYS: `tester:${KEY}`, CHORUS_MUTATIONS_PER_MINUTE: '40' });
      try {
        const first = await server.graphql(addActors(30, 'Rate First'), undefined, { authorization: `Bearer ${KEY}` });
        expect(first.body.errors).toBeUndefined();
        expect(Object.values(first.body.data).every((payload: any) => payload.applied)).toBe(true);
        const second = await server.graphql(addActors(30, 'Rate Second'), undefined, { authorization: `Bearer ${KEY}` });
        expect(second.status).toBe(429);
        expect(second.body.errors[0].extensions.code).toBe('RATE_LIMITED');
        expect(second.body.errors[0].message).toMatch(/this request makes 30/);
        expect((await handle.store.getNodes(['person:rate-second-0']))[0]).toBeNull();
        // The same field spread twice by fragments runs once, and is counted once.
        const spread = await server.graphql('mutation { ...M ...M } fragment M on Mutation { once: addActor(input: { type: PERSON, name: "Rate Spread" }) { applied } }', undefined, { authorization: `Bearer ${KEY}` });
        expect(spread.body.errors).toBeUndefined();
      } finally {
        await server.stop();
      }
    });

    it('weighs a change by the records it writes: a merge of many records leaves the key waiting, and writes nothing more', async () => {
      const perMinute = 2;
      const server = await startServer(handle.store, { CHORUS_API_KEYS: `tester:${KEY}`, CHORUS_MUTATIONS_PER_MINUTE: String(perMinute) });
      try {
        // What the merge will write, prepared the way the resolver prepares it (preparing writes nothing).
        const records = recordsWritten(await mergeActors(handle.store, 'person:alan-wood', 'person:michael-wilshaw'));
        // Counted as one change, the merge would leave a token for the next; weighed, it leaves none.
        expect(Math.ceil(records / RECORDS_PER_TOKEN)).toBeGreaterThanOrEqual(perMinute);
        const merge = await server.graphql('mutation { mergeActors(keep: "person:alan-wood", remove: "person:michael-wilshaw") { applied } }', undefined, { authorization: `Bearer ${KEY}` });
        expect(merge.body.errors).toBeUndefined();
        expect(merge.body.data.mergeActors.applied).toBe(true);
        // One token for the field, then one per further ten records: the bucket is now in debt.
        const next = await server.graphql(addActors(1, 'After Merge'), undefined, { authorization: `Bearer ${KEY}` });
        expect(next.status).toBe(429);
        expect(next.body.errors[0].extensions.code).toBe('RATE_LIMITED');
        // Left: perMinute - ceil(records / 10) tokens; the next change waits until one token is back.
        const waitSeconds = ((1 - (perMinute - Math.ceil(records / RECORDS_PER_TOKEN))) * 60) / perMinute;
        // (Less the seconds the bucket refilled while the merge was written.)
        expect(Number(next.body.errors[0].extensions.retryAfterSeconds)).toBeGreaterThan(0);
        expect(Number(next.body.errors[0].extensions.retryAfterSeconds)).toBeLessThanOrEqual(Math.ceil(waitSeconds));
        expect((await handle.store.getNodes(['person:after-merge-0']))[0]).toBeNull();
      } finally {
        await server.stop();
      }
    });
  });
}
