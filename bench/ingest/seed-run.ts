/**
 * The seed part of `npm run bench:ingest` (./run.ts): runs the extractor on the seed's own articles, with
 * a store seeded from the whole seed graph (the graph the extractor links
 * against), scores each draft against the hand-coded source (./seed-score.ts),
 * times it on a pathological text, prints a table and writes
 * bench/ingest/results.json and bench/ingest/README.md. Compiled with the other
 * benchmarks (bench/tsconfig.json) into dist/bench/.
 *
 * `-- <seed folder>` scores another folder of hand-coded sources the same way.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { readSeedFolder } from '../../src/seed/read.js';
import { seedStore } from '../../src/seed/load.js';
import type { SeedSource } from '../../src/seed/format.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { nlp } from '../../src/ingest/nlp.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { formatTable, scoreDraft, totalScore, type Score } from './seed-score.js';

/**
 * A text within the size limit that opens a quote in each of 500 paragraphs and never closes one, then
 * attributes a 50,000-character quote to a pronoun with no antecedent: what an extractor that let quotes
 * run across paragraphs would spend quadratic time on. Its time is reported beside the articles'.
 */
const PATHOLOGICAL_TEXT = ('“' + 'a '.repeat(200) + '\n').repeat(500) + 'He said “' + 'x'.repeat(50_000);

export async function runBench(seedDir = SEED_DIR, outDir = join(PROJECT_ROOT, 'bench', 'ingest'), write = true) {
  const tmp = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  const store = GrafeoStore.open({ path: join(tmp, 'chorus.grafeo') });
  try {
    await store.setup();
    await seedStore(store, seedDir);
    const folder = readSeedFolder(seedDir);
    const sources: SeedSource[] = folder.files.flatMap((f) => f.data.sources ?? []);
    const goldRatings = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'bench', 'ingest', 'seed-ratings.json'), 'utf8')) as { ratings: Record<string, string[]> }).ratings;
    const claimValues = new Set(folder.files.flatMap((f) => (f.data.claims ?? []).filter((c) => typeof c.value === 'number').map((c) => c.id)));
    let t = performance.now();
    nlp();
    const modelMs = performance.now() - t;
    t = performance.now();
    const gazetteer = await Gazetteer.load(store);
    const gazetteerMs = performance.now() - t;
    const scores: Score[] = [];
    for (const source of sources) {
      const text = readFileSync(join(seedDir, 'sources', source.textFile), 'utf8');
      // Warm-up run so the timing is the steady state, then the timed run.
      await proposeArticle(store, { text, title: source.title }, { gazetteer });
      const started = performance.now();
      const draft = await proposeArticle(store, { text, title: source.title, publisher: source.publisherName, date: source.date, url: source.url }, { gazetteer });
      scores.push(scoreDraft(draft, source, claimValues, performance.now() - started, goldRatings[source.id]));
    }
    t = performance.now();
    await proposeArticle(store, { text: PATHOLOGICAL_TEXT, title: 'Pathological' }, { gazetteer });
    const pathologicalMs = Math.round(performance.now() - t);
    const total = totalScore(scores);
    const table = formatTable([...scores, total]);
    const result = { date: new Date().toISOString(), seedDir, modelLoadMs: Math.round(modelMs), gazetteerLoadMs: Math.round(gazetteerMs), pathologicalMs, total, scores };
    if (write) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
      writeFileSync(join(outDir, 'README.md'), readme(table, result));
    }
    return { table, result };
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function readme(table: string, result: { date: string; modelLoadMs: number; gazetteerLoadMs: number; pathologicalMs: number }): string {
  return `# Ingest benchmark

\`npm run bench:ingest\` runs the article extractor (\`src/ingest/propose.ts\`) on the texts of the five
hand-coded seed sources, with a store seeded from the whole seed graph, and scores what it proposes
against the hand-coded statements (\`score.ts\`). The runner is \`run.ts\`, compiled with the other
benchmarks; this file and \`results.json\` are written by it (last run ${result.date.slice(0, 10)}).

${table}

Times are per article, after one warm-up run, excluding the one-off loads: the wink model
${result.modelLoadMs} ms, the graph's names (gazetteer) ${result.gazetteerLoadMs} ms. A pathological text within
the size limit (500 paragraphs that each open a quote and never close it, then a 50,000-character quote
with no speaker) took ${result.pathologicalMs} ms: a quote left open closes at the end of its paragraph
(\`test/ingest/propose.test.ts\` checks that rule), so the work stays per paragraph.

## What is scored, and against which gold set

- **Quote recall**: gold statements of kind \`quote\` that a proposed quote matches. A span matches when
  the overlap covers at least half of the longer of the two spans.
- **Quote precision**: proposed quotes that match any gold statement (the coder sometimes files a
  quoted sentence as a paraphrase with its marks); in brackets, strict: only gold quotes count.
- **Paraphrase recall** is reported separately and is not a target: most gold paraphrases are a report's
  findings retold by the journalist and coded to Ofsted, or the blogger's own opinion; no attribution
  pattern marks them. Reported speech with a verb of saying ("X said that …", "according to X") is found.
- **Speaker accuracy**: matched statements (either kind) whose proposed speaker id is the gold one.
- **Stance accuracy**: for matched statements, gold targets other than claims that the proposal also
  lists, with the same stance (how many pairs in brackets); **target recall** is how many of the gold
  non-claim targets were proposed at all.
- **Claim recall**: gold claims with a value that the source's statements assert or dispute, linked as
  the first match of some number in the text.
`;
}

