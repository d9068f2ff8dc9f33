/**
 * Writes the stance model's training cases: every statement the extractor proposes that matches an annotated one
 * and lists its annotated target, with the features stages/stance-model.ts reads (the rules' stance, not the
 * model's: the model is switched off here) and the annotated stance. Sources: the written corpus but for the sets
 * kept blind (written.ts, BLIND_SETS), the synthetic corpus, and the development part of the public corpus where it is cached;
 * never its test part, nor the seeds, which stay measures the model was not fitted on.
 *
 * The file holds words of third-party texts, so it goes to the git-ignored cache folder beside this script.
 * Usage: npm run train:stance (this, then train.py).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Gazetteer } from '../../../src/ingest/gazetteer.js';
import { nlp } from '../../../src/ingest/nlp.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { modelCodes, stanceFeatures } from '../../../src/ingest/stages/stance-model.js';
import { PROJECT_ROOT, SEED_DIR } from '../../../src/paths.js';
import { seedStore } from '../../../src/seed/load.js';
import { GrafeoStore } from '../../../src/store/grafeo/grafeo-store.js';
import { readCorpus } from '../corpus.js';
import { matchStatements, targetMatches } from '../score.js';
import { readSyntheticCorpus, toGold } from '../synthetic.js';
import { BLIND_SETS, readWrittenCorpus } from '../written.js';

const STANCE_CASES_DIR = join(PROJECT_ROOT, 'bench', 'ingest', 'stance-model', 'cache');

const dir = mkdtempSync(join(tmpdir(), 'stance-cases-'));
const store = GrafeoStore.open({ path: join(dir, 'cases.grafeo') });
try {
  await store.setup();
  await seedStore(store, SEED_DIR);
  nlp();
  const gazetteer = await Gazetteer.load(store);
  // Each case names its group, so that train.py holds out whole groups: a written set (set1 … setN: one round of
  // engineers writing blind), the synthetic corpus, or a public development article.
  const sources = [
    ...readWrittenCorpus()
      .filter((w) => !BLIND_SETS.has(w.set))
      .map((w) => ({ ...toGold(w.article), group: w.set })),
    ...readSyntheticCorpus().map((a) => ({ ...toGold(a), group: 'synthetic' })),
    ...readCorpus()
      .articles.filter((a) => a.split === 'dev')
      .map((a) => ({ ...a, group: `dev:${a.id}` })),
  ];
  const lines: string[] = [];
  for (const article of sources) {
    const draft = await proposeArticle(store, { text: article.text, title: article.title, date: article.date ?? undefined, url: article.url }, { gazetteer, stanceModel: null });
    for (const [gold, statement] of matchStatements(draft, article).pairs) {
      if (!gold.target || !gold.stance) continue;
      const target = statement.about.find((t) => targetMatches(t, gold.target!, article, draft));
      if (!target || !modelCodes(target)) continue;
      const features = stanceFeatures({ text: statement.text, kind: statement.kind, speakerLabel: statement.speaker.label, targetLabel: target.label, ruleStance: target.stance, cues: target.cues });
      lines.push(JSON.stringify({ group: article.group, article: article.id, gold: gold.stance, rule: target.stance, features: Object.fromEntries(features) }));
    }
  }
  mkdirSync(STANCE_CASES_DIR, { recursive: true });
  writeFileSync(join(STANCE_CASES_DIR, 'cases.jsonl'), lines.join('\n') + '\n');
  console.log(`${lines.length} cases from ${sources.length} articles -> ${join(STANCE_CASES_DIR, 'cases.jsonl')}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
