/**
 * `npm run bench:ingest`: the extractor scored stage by stage on three corpora, with a store seeded
 * from the whole seed graph (the graph the extractor links against):
 * - seeds: the five hand-coded seed articles, scored by the seed scorer (./seed-score.ts);
 * - corpus: the development corpus (bench/ingest/corpus/), when its texts are cached, per split
 *   (dev, test) and per domain;
 * - synthetic: the synthetic corpus (test/ingest/synthetic/), per article.
 * Prints the tables and writes bench/ingest/results.json and the tables into bench/ingest/README.md
 * (between the markers), and the review edits each synthetic article needs (./review-edits.ts).
 * `--verbose` prints every miss.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { nlp } from '../../src/ingest/nlp.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { runBench } from './seed-run.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { hasFlag } from '../args.js';
import { readCorpus } from './corpus.js';
import { formatRow, scoreArticle, stageScores, sumCounts, TABLE_HEADER, type ArticleScore, type GoldArticle } from './score.js';
import { runReviewEdits } from './review-edits.js';
import { readSyntheticCorpus, toGold } from './synthetic.js';
import { BLIND_SETS, readWrittenCorpus } from './written.js';

const OUT = join(PROJECT_ROOT, 'bench', 'ingest');

interface Scored extends ArticleScore {
  split?: string;
  chars: number;
}

async function scoreAll(gaz: Gazetteer, store: GrafeoStore, items: (GoldArticle & { text: string; title: string; date?: string | null; url?: string; split?: string })[]): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const a of items) {
    const input = { text: a.text, title: a.title, date: a.date ?? undefined, url: a.url };
    await proposeArticle(store, input, { gazetteer: gaz });
    const started = performance.now();
    const draft = await proposeArticle(store, input, { gazetteer: gaz });
    out.push({ ...scoreArticle(draft, a, performance.now() - started), split: a.split, chars: a.text.length });
  }
  return out;
}

function rows(groups: [string, Scored[]][]): string {
  const lines = [TABLE_HEADER];
  for (const [name, list] of groups) {
    if (!list.length) continue;
    const ms = list.reduce((s, x) => s + x.ms, 0) / list.length;
    lines.push(formatRow(name, stageScores(sumCounts(list)), list.length, ms));
  }
  return lines.join('\n');
}

function groupBy(list: Scored[], key: (s: Scored) => string): [string, Scored[]][] {
  const map = new Map<string, Scored[]>();
  for (const s of list) map.set(key(s), [...(map.get(key(s)) ?? []), s]);
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
}

async function main() {
  const seeds = await runBench(SEED_DIR, OUT, false);
  const tmp = mkdtempSync(join(tmpdir(), 'chorus-bench-ingest-'));
  const store = GrafeoStore.open({ path: join(tmp, 'chorus.grafeo') });
  try {
    await store.setup();
    await seedStore(store, SEED_DIR);
    nlp();
    const gaz = await Gazetteer.load(store);
    const { articles, missing } = readCorpus();
    const corpus = await scoreAll(gaz, store, articles.map((a) => ({ ...a, title: a.title })));
    const synthetic = await scoreAll(gaz, store, readSyntheticCorpus().map(toGold));
    const writtenArticles = readWrittenCorpus();
    const written = await scoreAll(gaz, store, writtenArticles.map((w) => toGold(w.article)));
    const writtenFile = new Map(writtenArticles.map((w) => [w.article.id, w.file]));

    const corpusTable = rows([
      ...groupBy(corpus, (s) => `${s.split} / ${s.domain}`),
      ['dev (all domains)', corpus.filter((s) => s.split === 'dev')],
      ['**test (all domains)**', corpus.filter((s) => s.split === 'test')],
      ['all', corpus],
    ]);
    const syntheticTable = rows([...synthetic.map((s) => [s.id, [s]] as [string, Scored[]]), ['all', synthetic]]);
    const writtenTable = rows([
      ...groupBy(written, (s) => writtenFile.get(s.id)!),
      ...groupBy(written, (s) => `**${writtenFile.get(s.id)!.split('-')[0]} (all)**`),
      ['all', written],
    ]);
    const perChars = (list: Scored[]) => (list.length ? (list.reduce((s, x) => s + x.ms, 0) / list.reduce((s, x) => s + x.chars, 0)) * 2000 : 0);
    const timing = `ms per 2,000 characters: corpus ${perChars(corpus).toFixed(1)}, synthetic ${perChars(synthetic).toFixed(1)}, seeds ${((seeds.result.scores.reduce((s, x) => s + x.ms, 0) / seeds.result.scores.length)).toFixed(1)} ms per (longer) article`;
    const blind = [...BLIND_SETS].join(', ');
    const inSample = `Stance on the development part, the synthetic corpus and the written sets but ${blind || 'none'} is in-sample: the stance model (\`src/ingest/stages/stance-model.ts\`) was fitted on their annotations (\`npm run train:stance\` prints its held-out figures). The seeds, the test part and written ${blind || 'no set'} are not in its training.`;
    const missingLine = missing.length ? `Not scored (${missing.length}): ${missing.map((m) => `${m.id} (${m.reason})`).join(', ')}.` : 'Every corpus text was cached and matched its locator.';

    console.log(`## Seeds\n\n${seeds.table}\n\n## Development corpus\n\n${corpusTable}\n\n${missingLine}\n\n## Synthetic corpus\n\n${syntheticTable}\n\n## Written corpus\n\n${writtenTable}\n\n${timing}\n\n${inSample}`);
    // Misses are printed for the dev part, the synthetic corpus and the written corpus: the test part is scored, never looked into.
    if (hasFlag('verbose')) for (const s of [...corpus.filter((x) => x.split === 'dev'), ...synthetic, ...written]) if (s.misses.length) console.log(`\n${s.id}${s.split ? ` (${s.split})` : ''}\n  ${s.misses.join('\n  ')}`);

    // The test part's misses are not written anywhere: it is scored, never looked into.
    const corpusOut = corpus.map((s) => (s.split === 'test' ? { ...s, misses: [] } : s));
    writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), seeds: seeds.result, corpus: corpusOut, synthetic, written, missing }, null, 1)}\n`);
    const readmePath = join(OUT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const block = `<!-- bench:ingest results -->\n${new Date().toISOString().slice(0, 10)}, one core, after one warm-up run per article.\n\n### Seeds (seed scorer)\n\n${seeds.table}\n\n### Development corpus\n\n${corpusTable}\n\n${missingLine}\n\n### Synthetic corpus\n\n${syntheticTable}\n\n### Written corpus\n\n${writtenTable}\n\n${timing}\n\n${inSample}\n<!-- /bench:ingest results -->`;
    const replaced = readme.replace(/<!-- bench:ingest results -->[\s\S]*<!-- \/bench:ingest results -->/, block);
    writeFileSync(readmePath, replaced === readme && !readme.includes('<!-- bench:ingest results -->') ? `${readme}\n${block}\n` : replaced);
    console.log(`\n## Review edits (synthetic corpus)\n\n${await runReviewEdits(store, gaz)}`);
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench:ingest: ${(error as Error).stack}`);
  process.exit(1);
});
