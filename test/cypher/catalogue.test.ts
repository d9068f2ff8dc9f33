/** The catalogue refuses a folder that does not hold exactly the statements the code names. */
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, QUERY_NAMES } from '../../src/store/catalogue.js';
import { CYPHER_DIR } from '../../src/paths.js';
import { tempDir } from '../support/stores.js';

function copyOfCypher() {
  const dir = tempDir('chorus-cypher-');
  for (const file of readdirSync(CYPHER_DIR)) copyFileSync(join(CYPHER_DIR, file), join(dir.path, file));
  return dir;
}

describe('cypher catalogue', () => {
  it('loads every statement the code names', () => {
    expect([...loadCatalogue().keys()]).toEqual([...QUERY_NAMES]);
  });

  it('fails on a missing file, naming it', () => {
    const dir = copyOfCypher();
    try {
      rmSync(join(dir.path, 'get-nodes.cypher'));
      expect(() => loadCatalogue(dir.path)).toThrow(/missing get-nodes/);
    } finally {
      dir.remove();
    }
  });

  it('fails on a file the code does not list, naming it', () => {
    const dir = copyOfCypher();
    try {
      writeFileSync(join(dir.path, 'stray.cypher'), '// stray: nothing\n// params: none\n// returns: x\nRETURN 1 AS x\n');
      expect(() => loadCatalogue(dir.path)).toThrow(/unlisted stray/);
    } finally {
      dir.remove();
    }
  });

  it('fails on a placeholder the header does not declare', () => {
    const dir = copyOfCypher();
    try {
      writeFileSync(join(dir.path, 'count.cypher'), '// count: x\n// params: none\n// placeholders: label\n// returns: count\nMATCH (n:{{label}}) WHERE {{where}} RETURN count(n) AS count\n');
      expect(() => loadCatalogue(dir.path)).toThrow(/not declared: where/);
    } finally {
      dir.remove();
    }
  });
});
