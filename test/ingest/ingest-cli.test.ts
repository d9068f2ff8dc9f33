/**
 * `npm run ingest -- <folder>` as a real process over a real seeded store: every article proposed, a summary
 * table, a warning for an article with no date; and the folder it writes loads on its own into that store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { seedStore, writePlan } from '../../src/seed/load.js';
import { planSeedInto } from '../../src/seed/plan.js';
import { tempDir } from '../support/stores.js';

const INGEST = join(PROJECT_ROOT, 'dist/src/cli/ingest.js');

const DATED = [
  'Directors warn that inspections are missing the point',
  '',
  'Alan Wood, president of the ADCS, said: “The single inspection framework is flawed and it looks at paperwork before it looks at children.”',
  '',
].join('\n');
const UNDATED = [
  'A blog on the latest figures',
  '',
  'Sir Michael Wilshaw said: “Too many children in care still wait too long for a decision, and that has to change.”',
  '',
].join('\n');

describe('npm run ingest -- <folder>', () => {
  const dir = tempDir('chorus-ingest-cli-');
  const storePath = join(dir.path, 'chorus.grafeo');
  const input = join(dir.path, 'articles');
  const out = join(dir.path, 'drafts');
  beforeAll(async () => {
    const store = GrafeoStore.open({ path: storePath });
    await store.setup();
    await seedStore(store, SEED_DIR);
    await store.close();
    mkdirSync(input);
    writeFileSync(join(input, 'directors.txt'), DATED);
    writeFileSync(join(input, 'directors.json'), JSON.stringify({ title: 'Directors warn that inspections are missing the point', publisher: 'The Guardian', date: '2015-03-10' }));
    writeFileSync(join(input, 'figures.txt'), UNDATED);
  });
  afterAll(() => dir.remove());

  it('proposes every article with a summary table, and the folder it writes loads into the seeded store on its own', async () => {
    const run = spawnSync(process.execPath, [INGEST, input, '--out', out], { env: { ...process.env, NEO4J_URI: '', CHORUS_DATA_PATH: storePath, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/articles\s+2 \/ 2 \[#+\]/);
    const table = run.stderr.slice(run.stderr.indexOf('\narticle ') + 1);
    expect(table).toMatch(/^article\s+statements\s+speakers\s+new actors\s+new reports\s+held back\s+excluded quotes/);
    expect(table).toMatch(/directors\.txt\s+1\s+1\s/);
    // With no date the statement matches no report, so it has no target: held back and counted, not dropped.
    expect(table).toMatch(/figures\.txt\s+0\s+0\s+0\s+0\s+1\s+0/);
    expect(table).toMatch(/2 articles/);
    expect(run.stderr).toContain('figures.txt: warning: no date');
    expect(run.stderr).not.toContain('directors.txt: warning: no date');
    const files = readdirSync(out).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(['source-a-blog-on-the-latest-figures.json', 'source-guardian-2015-03-10-directors-warn-that-inspections-are-missing-the.json']);

    const store = GrafeoStore.open({ path: storePath });
    try {
      const plan = await planSeedInto(store, out);
      expect(plan.problems).toEqual([]);
      expect(plan.outside).toContain('person:alan-wood');
      await writePlan(store, plan);
      const [said] = await store.related(['source:guardian-2015-03-10-directors-warn-that-inspections-are-missing-the'], { type: 'SOURCED_FROM', direction: 'in' });
      expect(said.map((hit) => hit.node.properties.text)).toEqual(['The single inspection framework is flawed and it looks at paperwork before it looks at children.']);
    } finally {
      await store.close();
    }
  });
});

describe('npm run ingest -- <article.txt>: nothing found in the text is dropped silently', () => {
  it('counts the quoted spans it does not propose, keeps each with its reason in the draft, and proposes the new report they answer', () => {
    const dir = tempDir('chorus-ingest-cli-');
    try {
      const article = join(dir.path, 'article.txt');
      writeFileSync(article, 'Jo Bloggs, chair of the Fictional Trust, said: “The Annual Review of Widgets 2020 is a careful piece of work that we welcome.”\n\nThe review used the word “adequate” twice, and “robust” once.');
      const out = join(dir.path, 'out');
      const run = spawnSync(process.execPath, [INGEST, article, '--title', 'Trust responds to widget review', '--out', out], {
        env: { ...process.env, CHORUS_DATA_PATH: join(dir.path, 'store'), NEO4J_URI: '', LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, run.stderr).toBe(0);
      // statements, speakers, new actors, new reports, held back, excluded quotes
      expect(run.stderr).toMatch(/article\.txt\s+1\s+1\s+\d+\s+1\s+0\s+2\s/);
      const [file] = readdirSync(join(out, 'drafts'));
      const draft = JSON.parse(readFileSync(join(out, 'drafts', file!), 'utf8'));
      expect(draft.excludedQuotes.map((e: { reason: string }) => e.reason)).toEqual(['grade wording', 'scare quote or term']);
      expect(draft.newReports).toEqual([expect.objectContaining({ title: 'Annual Review of Widgets 2020' })]);
      expect(draft.statements[0].about[0]).toMatchObject({ target: draft.newReports[0].id, label: 'Report' });
    } finally {
      dir.remove();
    }
  });
});
