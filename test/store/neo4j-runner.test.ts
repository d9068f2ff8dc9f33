/**
 * The Neo4j runner's reads against a real Neo4j: one auto-commit statement each, still in READ mode (a
 * write sent as a read is refused), rows read whole as plain values, a read whose pooled connection the
 * network reset is run again on a fresh one, and the stack-capture switch is always put back.
 */
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import type { CypherRunner } from '../../src/store/cypher-store.js';
import { ChorusError } from '../../src/errors.js';
import { TEST_NEO4J_URI } from '../support/stores.js';

const runnerOf = (store: Neo4jStore) => (store as unknown as { runner: CypherRunner }).runner;

/** A TCP proxy to Neo4j that can reset every connection open now on the next bytes the driver sends through it. */
async function resettingProxy(target: URL) {
  const open = new Set<net.Socket>();
  const doomed = new Set<net.Socket>();
  let resets = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    open.add(client);
    client.on('data', (bytes) => {
      if (!doomed.has(client)) return void upstream.write(bytes);
      resets++;
      client.resetAndDestroy();
      upstream.destroy();
    });
    upstream.on('data', (bytes) => client.write(bytes));
    const close = () => {
      open.delete(client);
      doomed.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    resetOpenConnections: () => open.forEach((socket) => doomed.add(socket)),
    resets: () => resets,
    close: () => {
      open.forEach((socket) => socket.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.skipIf(!TEST_NEO4J_URI)('Neo4j runner reads', () => {
  let store: Neo4jStore;
  beforeAll(() => {
    store = Neo4jStore.open({ uri: TEST_NEO4J_URI!, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD });
  });
  afterAll(() => store.close());

  it('refuses a write sent as a read, and writes nothing', async () => {
    const marker = `runner-probe-${Date.now()}`;
    await expect(runnerOf(store).read('CREATE (n:RunnerProbe {marker: $marker}) RETURN n.marker AS marker', { marker })).rejects.toBeInstanceOf(ChorusError);
    const [row] = await runnerOf(store).read('MATCH (n:RunnerProbe {marker: $marker}) RETURN count(n) AS count', { marker });
    expect(row.count).toBe(0);
  });

  it('reads every row of a result larger than the driver pulls at once, as plain numbers', async () => {
    const rows = await runnerOf(store).read('UNWIND range(1, $n) AS i RETURN i, [i, i * 2] AS pair, {half: i / 2.0} AS map', { n: 2_500 });
    expect(rows).toHaveLength(2_500);
    expect(rows[2_499]).toEqual({ i: 2_500, pair: [2_500, 5_000], map: { half: 1_250 } });
  });

  it('puts the stack trace limit back after reads that succeed and reads that fail', async () => {
    const limit = Error.stackTraceLimit;
    await runnerOf(store).read('RETURN 1 AS one', {});
    await expect(runnerOf(store).read('RETURN nosuchfunction(1) AS x', {})).rejects.toBeInstanceOf(ChorusError);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('with a stack').stack).toMatch(/neo4j-runner\.test/);
  });

  it('runs a read again on a fresh connection when its pooled one was reset', async () => {
    const proxy = await resettingProxy(new URL(TEST_NEO4J_URI!));
    const proxied = Neo4jStore.open({ uri: proxy.uri, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD });
    try {
      expect(await runnerOf(proxied).read('RETURN 1 AS one', {})).toEqual([{ one: 1 }]);
      proxy.resetOpenConnections();
      expect(await runnerOf(proxied).read('RETURN 2 AS two', {})).toEqual([{ two: 2 }]);
      expect(proxy.resets()).toBeGreaterThan(0);
    } finally {
      await proxied.close();
      await proxy.close();
    }
  });

  describe('reads that start together', () => {
    /** The statements the runner sends to Neo4j (merged or alone), as texts; the spy is restored after each test. */
    function statementsSent(runner: CypherRunner): string[][] {
      const target = runner as unknown as { readWithRetries(text: string, params: Record<string, unknown>): Promise<unknown> };
      return vi.spyOn(target, 'readWithRetries').mock.calls as unknown as string[][];
    }
    afterEach(() => vi.restoreAllMocks());

    it('go as one statement, and each gets its own rows, in order, empty ones included', async () => {
      const runner = runnerOf(store);
      const alone = [
        await runner.read('UNWIND range(1, $n) AS i RETURN i, i * $k AS scaled ORDER BY i DESC', { n: 5, k: 3 }),
        await runner.read('UNWIND range(1, $n) AS i WITH i WHERE i > 100 RETURN i AS none', { n: 5 }),
        await runner.read("RETURN $text + '|$n' AS text, [$n, 'x'] AS list", { text: 'a $b', n: 2 }),
      ];
      const sent = statementsSent(runner);
      const together = await Promise.all([
        runner.read('UNWIND range(1, $n) AS i RETURN i, i * $k AS scaled ORDER BY i DESC', { n: 5, k: 3 }, ['i', 'scaled']),
        runner.read('UNWIND range(1, $n) AS i WITH i WHERE i > 100 RETURN i AS none', { n: 5 }, ['none']),
        runner.read("RETURN $text + '|$n' AS text, [$n, 'x'] AS list", { text: 'a $b', n: 2 }, ['text', 'list']),
      ]);
      expect(together).toEqual(alone);
      expect(together[0].map((row) => row.scaled)).toEqual([15, 12, 9, 6, 3]);
      expect(together[1]).toEqual([]);
      expect(together[2]).toEqual([{ text: 'a $b|$n', list: [2, 'x'] }]);
      expect(sent).toHaveLength(1);
      expect(sent[0][0]).toMatch(/UNION ALL/);
    });

    it('when one of them fails, each runs alone: the failing one gets its error, the others their rows', async () => {
      const runner = runnerOf(store);
      const sent = statementsSent(runner);
      const [good, bad, write] = await Promise.allSettled([
        runner.read('RETURN $n AS n', { n: 7 }, ['n']),
        runner.read('RETURN nosuchfunction($n) AS n', { n: 1 }, ['n']),
        runner.read('CREATE (p:RunnerProbe {at: $at}) RETURN p.at AS at', { at: Date.now() }, ['at']),
      ]);
      expect(good).toEqual({ status: 'fulfilled', value: [{ n: 7 }] });
      expect(bad.status).toBe('rejected');
      expect((bad as PromiseRejectedResult).reason).toBeInstanceOf(ChorusError);
      expect(write.status).toBe('rejected'); // still a READ session: the write is refused, merged or alone
      expect(sent).toHaveLength(4); // the merged statement, then each alone
      const [row] = await runner.read('MATCH (p:RunnerProbe) RETURN count(p) AS count', {});
      expect(row.count).toBe(0);
    });

    it('join one statement when they start some promise steps apart, as a DataLoader dispatches them', async () => {
      const runner = runnerOf(store);
      const sent = statementsSent(runner);
      // A DataLoader dispatches in a nextTick queued from a microtask; a resolver may await before loading.
      const later = <T>(read: () => Promise<T>) => Promise.resolve().then(() => new Promise<T>((resolve) => process.nextTick(() => resolve(read()))));
      const rows = await Promise.all([
        runner.read('RETURN 1 AS one', {}, ['one']),
        later(() => runner.read('RETURN 2 AS two', {}, ['two'])),
        later(() => later(() => runner.read('RETURN 3 AS three', {}, ['three']))),
      ]);
      expect(rows).toEqual([[{ one: 1 }], [{ two: 2 }], [{ three: 3 }]]);
      expect(sent).toHaveLength(1);
    });

    it('never join reads that start in another turn of the event loop (another request\'s)', async () => {
      const runner = runnerOf(store);
      const sent = statementsSent(runner);
      const first = runner.read('RETURN 1 AS one', {}, ['one']);
      const second = new Promise((resolve) => setImmediate(() => resolve(runner.read('RETURN 2 AS two', {}, ['two']))));
      expect(await Promise.all([first, second])).toEqual([[{ one: 1 }], [{ two: 2 }]]);
      expect(sent).toHaveLength(2);
    });

    it('a read whose columns are unknown goes alone', async () => {
      const runner = runnerOf(store);
      const sent = statementsSent(runner);
      await Promise.all([runner.read('RETURN 1 AS one', {}), runner.read('RETURN 2 AS two', {}, ['two']), runner.read('RETURN 3 AS three', {}, ['three'])]);
      expect(sent).toHaveLength(2);
    });
  });
});
