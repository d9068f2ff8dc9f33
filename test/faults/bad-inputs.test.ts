/**
 * Bad input outside GraphQL: a corrupt or partly written seed file or dump,
 * a data path that is not a store, a store locked by another process, a bad
 * environment variable. Each gives one clear message naming the problem,
 * and nothing stored is touched.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { copySeed } from '../support/seed-copy.js';
import { tempDir } from '../support/stores.js';
import { MAIN } from '../support/process.js';

const SEED_CLI = join(PROJECT_ROOT, 'dist/src/cli/seed.js');

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, NEO4J_URI: '', PORT: '0', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('bad input outside the API', () => {
  it('a partly written seed file is named, and the store keeps what it had', async () => {
    const dir = tempDir('chorus-bad-seed-');
    const seed = copySeed();
    const path = join(dir.path, 'store.grafeo');
    try {
      expect(run(SEED_CLI, [seed.path], { CHORUS_DATA_PATH: path }).code).toBe(0);
      const store = GrafeoStore.open({ path });
      const before = { labels: await store.countByLabel(), types: await store.countByRelationshipType() };
      await store.close();

      const file = join(seed.path, 'actors.json');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
      const result = run(SEED_CLI, [seed.path], { CHORUS_DATA_PATH: path });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/actors\.json.*not valid JSON/);
      expect(result.output).toMatch(/nothing was written/);

      const after = GrafeoStore.open({ path });
      expect({ labels: await after.countByLabel(), types: await after.countByRelationshipType() }).toEqual(before);
      await after.close();
    } finally {
      seed.remove();
      dir.remove();
    }
  });

  it('a data path that is not a store is refused by name and left as it was', () => {
    const dir = tempDir('chorus-bad-path-');
    try {
      const notAStore = join(dir.path, 'notes.txt');
      writeFileSync(notAStore, 'these are my notes, not a graph\n'.repeat(100));
      const hash = hashOf(notAStore);
      const result = run(MAIN, [], { CHORUS_DATA_PATH: notAStore });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/cannot open the Grafeo store at .*notes\.txt/);
      expect(hashOf(notAStore)).toBe(hash);

      // A mistyped folder is refused before anything is created, rather than starting an empty store there.
      const typo = join(dir.path, 'no-such-folder', 'chorus.grafeo');
      const mistyped = run(MAIN, [], { CHORUS_DATA_PATH: typo });
      expect(mistyped.code).toBe(2);
      expect(mistyped.output).toMatch(/CHORUS_DATA_PATH=.*no-such-folder.*does not exist/);
      expect(existsSync(join(dir.path, 'no-such-folder'))).toBe(false);

      const folder = join(dir.path, 'folder');
      mkdirSync(folder);
      const asFolder = run(MAIN, [], { CHORUS_DATA_PATH: folder });
      expect(asFolder.code).not.toBe(0);
      expect(asFolder.output).toMatch(/folder/);
    } finally {
      dir.remove();
    }
  });

  it('a bad environment variable stops the start with its name and the value expected', () => {
    const result = run(MAIN, [], { PORT: '-5', CHORUS_API_KEYS: 'alice' });
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/PORT="-5": expected a whole number from 0 to 65535/);
    expect(result.output).toMatch(/CHORUS_API_KEYS entry 1: expected name:key/);
  });
});
