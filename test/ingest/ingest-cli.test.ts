/**
 * `npm run ingest` as a process (the built dist/, like the other process tests): nothing found in the
 * text is dropped silently; every quoted span that is not proposed is printed with its reason, and
 * the count is printed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { tempDir } from '../support/stores.js';

describe('ingest CLI', () => {
  it('prints and counts the quoted spans it does not propose, and writes the new report into the draft', () => {
    const dir = tempDir('chorus-ingest-cli-');
    try {
      const article = join(dir.path, 'article.txt');
      writeFileSync(article, 'Jo Bloggs, chair of the Fictional Trust, said: “The Annual Review of Widgets 2020 is a careful piece of work that we welcome.”\n\nThe review used the word “adequate” twice, and “robust” once.');
      const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ingest.js'), article, '--title', 'Trust responds to widget review', '--out', join(dir.path, 'out')], {
        env: { ...process.env, CHORUS_DATA_PATH: join(dir.path, 'store'), NEO4J_URI: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/not proposed: grade wording\s+adequate/);
      expect(run.stderr).toMatch(/not proposed: scare quote or term\s+robust/);
      expect(run.stderr).toContain('ingest: 2 quoted spans found and not proposed');
      expect(run.stderr).toContain('ingest: 0 statements left out of the seed file');
      const draft = JSON.parse(readFileSync(join(dir.path, 'out', 'drafts', 'trust-responds-to-widget-review.draft.json'), 'utf8'));
      expect(draft.excludedQuotes.map((e: { reason: string }) => e.reason)).toEqual(['grade wording', 'scare quote or term']);
      expect(draft.newReports).toEqual([expect.objectContaining({ title: 'Annual Review of Widgets 2020' })]);
      expect(draft.statements[0].about[0]).toMatchObject({ target: draft.newReports[0].id, label: 'Report' });
    } finally {
      dir.remove();
    }
  });

  it('names the statements it proposes but leaves out of the seed file for want of a target', () => {
    const dir = tempDir('chorus-ingest-cli-');
    try {
      const article = join(dir.path, 'article.txt');
      writeFileSync(article, 'Jo Bloggs, chair of the Fictional Trust, said: “We are pleased with the weather this week and the garden looks lovely.”');
      const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ingest.js'), article, '--title', 'A garden', '--out', join(dir.path, 'out')], {
        env: { ...process.env, CHORUS_DATA_PATH: join(dir.path, 'store'), NEO4J_URI: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, run.stderr).toBe(0);
      const draft = JSON.parse(readFileSync(join(dir.path, 'out', 'drafts', 'a-garden.draft.json'), 'utf8'));
      expect(draft.statements).toHaveLength(1);
      expect(run.stderr).toContain(`left out of the seed file (no target): ${draft.statements[0].id}`);
      expect(run.stderr).toContain('ingest: 1 statements left out of the seed file');
    } finally {
      dir.remove();
    }
  });
});

