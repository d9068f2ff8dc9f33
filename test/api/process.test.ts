/**
 * `npm start`'s program as a real process: it creates and seeds a store on
 * first start, serves, shuts down cleanly on SIGTERM (closing the store, so
 * it opens again), and a second server on the same store is refused with a
 * message that says why.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { tempDir } from '../support/stores.js';
import { MAIN, startProcess as start, waitForUrl } from '../support/process.js';

describe('the server process', () => {
  it('seeds a new store, serves, stops cleanly on SIGTERM, and refuses a second server on the same store', async () => {
    expect(existsSync(MAIN), 'run `npm run build` first (npm test does)').toBe(true);
    const dir = tempDir();
    const path = join(dir.path, 'chorus.grafeo');
    const first = start({ CHORUS_DATA_PATH: path });
    try {
      const url = await waitForUrl(first);
      expect(first.output()).toMatch(/seeded \d+ nodes/);
      const stats = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { labels { label count } } }' }) });
      const persons = (await stats.json()).data.stats.labels.find((l: any) => l.label === 'Person').count;
      expect(persons).toBeGreaterThan(10);

      const second = start({ CHORUS_DATA_PATH: path });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/in use by another process/);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toMatch(/stopped/);

      // Closed cleanly: the store opens again, with the seed in it.
      const store = GrafeoStore.open({ path });
      expect(await store.count('Person')).toBe(persons);
      await store.close();
    } finally {
      first.child.kill('SIGKILL');
      dir.remove();
    }
  }, 120_000);

  it('refuses bad configuration with one message naming each problem', async () => {
    const bad = start({ PORT: 'eighty', CHORUS_SOURCE_TEXT: 'some' });
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/PORT="eighty"/);
    expect(bad.output()).toMatch(/CHORUS_SOURCE_TEXT="some"/);
  });
});
