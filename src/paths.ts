/** Where the project's own files are, whether running from src/ (tests) or dist/ (npm start). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Chorus project root (no package.json above the code)');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
export const SEED_DIR = join(PROJECT_ROOT, 'seed');
/** Where `npm run ingest` writes drafts by default. */
export const DRAFTS_DIR = join(PROJECT_ROOT, 'seed-drafts');
export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');
/** The table of derived relationships, rendered from src/model/derived.ts by `npm run schema`. */
export const DERIVED_DOC_PATH = join(PROJECT_ROOT, 'docs', 'derived-relationships.md');
