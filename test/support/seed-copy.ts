/** A scratch copy of the real seed folder, to break on purpose. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths.js';
import { tempDir } from './stores.js';

export function copySeed() {
  const dir = tempDir('chorus-seed-');
  cpSync(SEED_DIR, dir.path, { recursive: true });
  return {
    path: dir.path,
    remove: dir.remove,
    edit(file: string, change: (data: any) => void) {
      const path = join(dir.path, file);
      const data = JSON.parse(readFileSync(path, 'utf8'));
      change(data);
      writeFileSync(path, JSON.stringify(data, null, 2));
    },
  };
}
