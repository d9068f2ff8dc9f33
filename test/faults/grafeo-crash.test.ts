/**
 * A process killed (SIGKILL) in the middle of writing leaves a Grafeo store
 * that opens and holds every acknowledged batch whole and no batch in part.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { tempDir } from '../support/stores.js';

const WRITER = fileURLToPath(new URL('./fixtures/crash-writer.mjs', import.meta.url));
const BATCH = 300;
const KILLS = 6;

/** Starts the writer and SIGKILLs it a random moment after it has committed `minCommits` batches. */
function writeUntilKilled(path: string, firstBatch: number, minCommits: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, path, String(firstBatch), String(BATCH)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: number[] = [];
    let stderr = '';
    let buffer = '';
    let killScheduled = false;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) committed.push(Number(line.replace('committed ', '')));
      // One chunk can carry several lines: schedule the kill once the count is reached, however it got there.
      if (committed.length >= minCommits && !killScheduled) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

describe('Grafeo under SIGKILL', () => {
  it(`keeps every batch whole or absent across ${KILLS} kills mid-write`, async ({ annotate }) => {
    expect(existsSync(join(PROJECT_ROOT, 'dist/src/store/grafeo/grafeo-store.js')), 'run `npm run build` first (npm test does)').toBe(true);
    const dir = tempDir();
    const path = join(dir.path, 'crash.grafeo');
    const acknowledged: number[] = [];
    let next = 0;
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        const committed = await writeUntilKilled(path, next, 2 + kill);
        acknowledged.push(...committed);
        // The batch in flight when killed may or may not have landed; either is fine, half is not.
        next = (committed.at(-1) ?? next - 1) + 2;

        const store = GrafeoStore.open({ path });
        try {
          for (let batch = 0; batch < next; batch++) {
            const filter = { id: { startsWith: `person:crash-${batch}-` } };
            const nodes = await store.count('Person', filter);
            expect([0, BATCH], `batch ${batch} after kill ${kill + 1}`).toContain(nodes);
            if (acknowledged.includes(batch)) expect(nodes, `acknowledged batch ${batch}`).toBe(BATCH);
          }
          const [roles] = await store.countRelated(['organisation:crash-org'], { type: 'HELD_ROLE', direction: 'in' });
          const whole = (await store.count('Person', { id: { startsWith: 'person:crash-' } })) / BATCH;
          expect(roles).toBe(whole * (BATCH - 1));
        } finally {
          await store.close();
        }
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS * 2);
      await annotate(`grafeo crash test: ${KILLS} SIGKILLs, ${acknowledged.length} acknowledged batches of ${BATCH} nodes, all whole`);
    } finally {
      dir.remove();
    }
  }, 120_000);
});
