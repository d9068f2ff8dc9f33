/**
 * `npm run seed` as a real process: a seed article corrected through the API since it was loaded stops the
 * seed, naming the change, with nothing written; `--overwrite` replaces the correction with the file's coding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { seedStore } from '../../src/seed/load.js';
import { setStance } from '../../src/mutations/operations.js';
import { MutationService } from '../../src/mutations/mutation-service.js';
import { relationshipId } from '../../src/model/ids.js';
import { tempDir } from '../support/stores.js';
import { snapshotGraph } from '../support/snapshot.js';

const SEED_CLI = join(PROJECT_ROOT, 'dist/src/cli/seed.js');
const STATEMENT = 'statement:guardian-2015-sector-response.ofsted-three-quarters-not-good-enough';
const CLAIM = 'claim:scar-2013-14-three-quarters-less-than-good';

describe('npm run seed after an article was corrected through the API', () => {
  const dir = tempDir('chorus-seed-cli-');
  const path = join(dir.path, 'chorus.grafeo');
  const seed = (...args: string[]) => spawnSync(process.execPath, [SEED_CLI, SEED_DIR, ...args], { env: { ...process.env, NEO4J_URI: '', CHORUS_DATA_PATH: path }, encoding: 'utf8', timeout: 120_000 });
  const stance = async () => {
    const store = GrafeoStore.open({ path });
    try {
      // Toward a claim the stance is the claim link (model/stance-links.ts).
      const [asserts, disputes] = await store.getRelationships([relationshipId('ASSERTS', STATEMENT, CLAIM), relationshipId('DISPUTES', STATEMENT, CLAIM)]);
      return asserts ? 'supportive' : disputes ? 'critical' : undefined;
    } finally {
      await store.close();
    }
  };
  let correction = '';
  beforeAll(async () => {
    const store = GrafeoStore.open({ path });
    try {
      await store.setup();
      await seedStore(store, SEED_DIR);
      const applied = await new MutationService(store).apply(await setStance(store, STATEMENT, CLAIM, 'critical', 'carol'), 'carol');
      correction = applied.change!.id;
    } finally {
      await store.close();
    }
  });
  afterAll(() => dir.remove());

  it('stops with the change named and writes nothing; --overwrite puts the file’s coding back', async () => {
    const open = async () => {
      const store = GrafeoStore.open({ path });
      try {
        return await snapshotGraph(store, { withChanges: true, withMarker: true });
      } finally {
        await store.close();
      }
    };
    const before = await open();
    const refused = seed();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`source:guardian-2015-sector-response: setStance ${correction} by carol`);
    expect(refused.stderr).toContain('--overwrite');
    expect(await open()).toEqual(before);
    expect(await stance()).toBe('critical');

    const overwritten = seed('--overwrite');
    expect(overwritten.status, overwritten.stderr).toBe(0);
    expect(await stance()).toBe('supportive');
  });
});
