/**
 * How much a reviewer must do on the review page (/explore/add) to turn the extractor's proposal for
 * each synthetic article into its annotation, counted in edits:
 *
 * - accepts: a proposal that matches a gold statement (score.ts's matching) with the right speaker,
 *   the gold target among its targets and the gold stance toward it: one key (`a`);
 * - fixes: a matched proposal with a wrong field, one per field: the speaker, the target (the gold
 *   target is not among the proposal's; adding it includes choosing its stance), the stance (the
 *   target is there with another stance). A fix accepts the statement too, so it is not also an accept;
 * - rejects: proposals that match no gold statement (`r`);
 * - additions: gold statements no proposal matches (select the words, `n`, speaker, target, stance);
 * - claim fixes: numbers linked to a claim the annotation says they are not (re-decide the claim);
 * - rating rejects: ratings proposed where the text assigns no grade.
 *
 * Extra targets a proposal lists beside the gold one are not counted: the annotation names one target
 * per statement, and a second one is often right too.
 *
 * `runReviewEdits` is called by `npm run bench:ingest` (run.ts), which writes the table into the "Review
 * edits" section of bench/ingest/README.md; `node dist/bench/bench/ingest/review-edits.js` runs it alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Draft } from '../../src/ingest/draft.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { nlp } from '../../src/ingest/nlp.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { fold } from '../../src/ingest/text.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import type { GraphStore } from '../../src/store/port.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { matchStatements, sameSpeaker, spansMatch, targetMatches, type GoldArticle } from './score.js';
import { readSyntheticCorpus, toGold } from './synthetic.js';

export interface ReviewEdits {
  id: string;
  gold: number;
  proposed: number;
  accepts: number;
  speakerFixes: number;
  targetFixes: number;
  stanceFixes: number;
  rejects: number;
  additions: number;
  claimFixes: number;
  ratingRejects: number;
}

export const fixesOf = (e: ReviewEdits) => e.speakerFixes + e.targetFixes + e.stanceFixes;
export const totalEdits = (e: ReviewEdits) => e.accepts + fixesOf(e) + e.rejects + e.additions + e.claimFixes + e.ratingRejects;

/** The edits one draft needs to become the gold annotation. */
export function reviewEdits(draft: Draft, gold: GoldArticle): ReviewEdits {
  const { pairs, missed } = matchStatements(draft, gold);
  const paired = new Set(pairs.map(([, p]) => p));
  const edits: ReviewEdits = {
    id: gold.id, gold: gold.statements.length, proposed: draft.statements.length, accepts: 0, speakerFixes: 0, targetFixes: 0, stanceFixes: 0,
    rejects: draft.statements.filter((s) => !paired.has(s)).length, additions: missed.length, claimFixes: 0, ratingRejects: 0,
  };
  for (const [g, p] of pairs) {
    let fixes = 0;
    if (!sameSpeaker(p.speaker.name, g.speaker, gold.speakerAliases[g.speaker])) fixes += (edits.speakerFixes++, 1);
    if (g.target) {
      const mine = p.about.find((t) => targetMatches(t, g.target!, gold, draft));
      if (!mine) fixes += (edits.targetFixes++, 1);
      else if (mine.stance !== g.stance) fixes += (edits.stanceFixes++, 1);
    }
    if (fixes === 0) edits.accepts++;
  }
  for (const k of gold.claims ?? []) {
    const linked = draft.claims.find((d) => spansMatch(d, k))?.matches[0];
    if (linked && linked !== k.claim) edits.claimFixes++;
  }
  if (gold.ratings) {
    for (const r of draft.ratings) if (!gold.ratings.some((g) => fold(r.councilName).includes(g.council) && fold(r.grade) === fold(g.grade))) edits.ratingRejects++;
  }
  return edits;
}

const HEADER = [
  '| article | gold | proposed | accepts | fixes (speaker / target / stance) | rejects | additions | claim fixes | rating rejects | edits | edits per gold statement |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

function row(name: string, e: ReviewEdits): string {
  const perGold = e.gold ? (totalEdits(e) / e.gold).toFixed(2) : '–';
  return `| ${name} | ${e.gold} | ${e.proposed} | ${e.accepts} | ${fixesOf(e)} (${e.speakerFixes} / ${e.targetFixes} / ${e.stanceFixes}) | ${e.rejects} | ${e.additions} | ${e.claimFixes} | ${e.ratingRejects} | ${totalEdits(e)} | ${perGold} |`;
}

export function sumEdits(list: ReviewEdits[]): ReviewEdits {
  const total: ReviewEdits = { id: 'total', gold: 0, proposed: 0, accepts: 0, speakerFixes: 0, targetFixes: 0, stanceFixes: 0, rejects: 0, additions: 0, claimFixes: 0, ratingRejects: 0 };
  for (const e of list) for (const k of Object.keys(total) as (keyof ReviewEdits)[]) if (k !== 'id') (total[k] as number) += e[k] as number;
  return total;
}

export function reviewEditsTable(list: ReviewEdits[]): string {
  return [...HEADER, ...list.map((e) => row(e.id, e)), row('**total**', sumEdits(list))].join('\n');
}

const README = join(PROJECT_ROOT, 'bench', 'ingest', 'README.md');
const START = '<!-- bench:review-edits -->';
const END = '<!-- /bench:review-edits -->';

/** Proposes every synthetic article, counts its review edits, and writes the table into bench/ingest/README.md. Returns the table. */
export async function runReviewEdits(store: GraphStore, gazetteer: Gazetteer): Promise<string> {
  const list: ReviewEdits[] = [];
  for (const article of readSyntheticCorpus()) {
    const gold = toGold(article);
    const draft = await proposeArticle(store, { text: gold.text, title: gold.title, date: gold.date, url: gold.url }, { gazetteer });
    list.push(reviewEdits(draft, gold));
  }
  const table = reviewEditsTable(list);
  const total = sumEdits(list);
  const share = (n: number) => `${Math.round((100 * n) / Math.max(1, total.gold))}%`;
  const summary = `Of ${total.gold} gold statements, ${total.accepts} (${share(total.accepts)}) are right as proposed (one key each), ${total.gold - total.accepts - total.additions} need ${fixesOf(total)} field fixes, and ${total.additions} (${share(total.additions)}) must be added by hand; ${total.rejects} proposals are rejected.`;
  const readme = readFileSync(README, 'utf8');
  const block = `${START}\n${new Date().toISOString().slice(0, 10)}, the synthetic corpus (${list.length} articles) against the seeded graph.\n\n${table}\n\n${summary}\n${END}`;
  if (!readme.includes(START)) throw new Error(`${README} has no ${START} … ${END} markers for the review edits`);
  writeFileSync(README, readme.replace(new RegExp(`${START}[\\s\\S]*${END}`), () => block));
  return table;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'chorus-review-edits-'));
  const store = GrafeoStore.open({ path: join(tmp, 'chorus.grafeo') });
  try {
    await store.setup();
    await seedStore(store, SEED_DIR);
    nlp();
    console.log(await runReviewEdits(store, await Gazetteer.load(store)));
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`review-edits: ${(error as Error).stack}`);
    process.exit(1);
  });
}
