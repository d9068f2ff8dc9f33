/** Reads a seed folder: every `*.json` file (sorted, so loads are repeatable) and the source texts they name. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile } from './format.js';
import type { LoadedSeedFile, SeedProblem } from './records.js';

export interface SeedFolder {
  dir: string;
  files: LoadedSeedFile[];
  problems: SeedProblem[];
  readText(textFile: string): string | null;
}

export function readSeedFolder(dir: string): SeedFolder {
  const problems: SeedProblem[] = [];
  if (!existsSync(dir)) {
    return { dir, files: [], problems: [{ file: dir, path: '', message: 'seed folder not found' }], readText: () => null };
  }
  const files: LoadedSeedFile[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    try {
      const data = JSON.parse(text) as SeedFile;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) problems.push({ file, path: '', message: 'a seed file must hold one JSON object' });
      else files.push({ file, data });
    } catch (error) {
      problems.push({ file, path: '', message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return {
    dir,
    files,
    problems,
    readText(textFile) {
      // Only plain file names under sources/: a seed file cannot point outside its folder.
      if (!/^[\w.-]+$/.test(textFile)) return null;
      const path = join(dir, 'sources', textFile);
      return existsSync(path) ? readFileSync(path, 'utf8') : null;
    },
  };
}
