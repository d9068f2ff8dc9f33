/**
 * Scores a draft against a hand-annotated article of the development or synthetic corpus, stage by
 * stage, so each stage of the extractor has its own number:
 *
 * - layout: gold statements that the text-and-layout stage left in the content (not in furniture);
 * - spans: quote recall and precision, paraphrase recall. A proposal matches a gold statement when
 *   it is the same span, or their overlap covers at least 80% of the shorter;
 * - attribution: matched statements whose proposed speaker is the gold one (by name, folded, without
 *   honorifics; a person's name may be given in full or without the first name; an organisation by
 *   any name the locator lists);
 * - targets: matched statements with a gold target whose proposal lists it (`report` is the article's
 *   main report, found by title or as the draft's main report; an entity by name);
 * - stance: of those, the same stance;
 * - new reports: articles where a statement about the main report (which is never in the graph) is
 *   proposed with that report as its target;
 * - claims (synthetic corpus): of the annotated numbers, those decided to be the right claim (the graph's
 *   claim the annotation names, or, where it names none, no claim of the graph: a new claim or none), and
 *   the numbers decided to be a graph claim the annotation says they are not (wrong links);
 * - ratings (synthetic corpus): recall of the ratings the text assigns (council and grade), precision of
 *   those proposed, and the ratings proposed that the text does not assign.
 *
 * Counts are kept so totals are micro-averaged: every gold item counts once.
 */
import type { Draft, DraftStatement, DraftTarget } from '../../src/ingest/draft.js';
import { fold } from '../../src/ingest/text.js';
import type { GoldReport, GoldStatement } from './corpus.js';

export interface GoldArticle {
  id: string;
  domain: string;
  reports: Record<string, GoldReport>;
  speakerAliases: Record<string, string[]>;
  statements: GoldStatement[];
  /** Synthetic corpus: numbers in the text, and the graph claim each is (null: none of the graph's claims). */
  claims?: { firstWords: string; start: number; end: number; claim: string | null }[];
  /** Synthetic corpus: the ratings the text assigns (council name folded, grade). */
  ratings?: { council: string; grade: string }[];
}

export interface StageCounts {
  gold: number;
  goldQuotes: number;
  goldParaphrases: number;
  inContent: number;
  proposed: number;
  proposedQuotes: number;
  quotesFound: number;
  paraphrasesFound: number;
  proposedCorrect: number;
  matched: number;
  speakerRight: number;
  goldTargets: number;
  targetsFound: number;
  stanceRight: number;
  mainReportStatements: number;
  mainReportProposed: number;
  articlesNamingReport: number;
  articlesReportProposed: number;
  claimLinksWrong: number;
  claimLinksRight: number;
  goldClaimLinks: number;
  /** Annotated numbers, and those decided right (the gold claim, or no graph claim where the gold names none). */
  goldClaimNumbers: number;
  claimDecisionsRight: number;
  ratingsUnassigned: number;
  goldRatings: number;
  goldRatingsFound: number;
  ratingsProposed: number;
  ratingsRight: number;
  /** Quote spans found and not proposed, listed in the draft with a reason. */
  excludedListed: number;
}

export interface ArticleScore {
  id: string;
  domain: string;
  ms: number;
  counts: StageCounts;
  misses: string[];
}

const zero = (): StageCounts => ({
  gold: 0, goldQuotes: 0, goldParaphrases: 0, inContent: 0, proposed: 0, proposedQuotes: 0, quotesFound: 0, paraphrasesFound: 0,
  proposedCorrect: 0, matched: 0, speakerRight: 0, goldTargets: 0, targetsFound: 0, stanceRight: 0, mainReportStatements: 0,
  mainReportProposed: 0, articlesNamingReport: 0, articlesReportProposed: 0, claimLinksWrong: 0, claimLinksRight: 0,
  goldClaimLinks: 0, goldClaimNumbers: 0, claimDecisionsRight: 0, ratingsUnassigned: 0, goldRatings: 0, goldRatingsFound: 0,
  ratingsProposed: 0, ratingsRight: 0, excludedListed: 0,
});

/** Same span, or an overlap of at least 80% of the shorter span. */
export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.8 * Math.min(a.end - a.start, b.end - b.start);
}

const HONORIFICS = /^(?:sir|dame|dr|lord|lady|baroness|mr|mrs|ms|miss|professor|prof|cllr|coun|councillor)\.?\s+/;
const bare = (name: string) => fold(name).replace(/[^\p{L}\p{N}' -]/gu, '').replace(HONORIFICS, '').replace(/^the\s+/, '').trim();

export function sameSpeaker(proposed: string, gold: string, aliases: string[] = []): boolean {
  const p = bare(proposed);
  if (!p) return false;
  for (const name of [gold, ...aliases]) {
    const g = bare(name);
    if (p === g) return true;
    // A council named by its place, as the graph names councils ("Eastwold" for "Eastwold Council").
    if (g.replace(/\s+(?:(?:city|county|borough|district|metropolitan borough|town)\s+)?council$/, '') === p) return true;
    // A person named in full one way and by surname with honorific the other ("Ms Blower").
    const gWords = g.split(' ');
    const pWords = p.split(' ');
    if (gWords.length >= 2 && pWords.length >= 1 && pWords[pWords.length - 1] === gWords[gWords.length - 1] && (pWords.length === 1 || pWords[0] === gWords[0])) return true;
  }
  return false;
}

const contentWords = (s: string) => bare(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !/^(?:the|and|for|report|annual|of)$/.test(w));

/** Does this proposed target name the gold one? */
export function targetMatches(t: DraftTarget, gold: string, article: GoldArticle, draft: Draft): boolean {
  if (gold === 'report' || gold.startsWith('report:')) {
    const key = gold === 'report' ? 'main' : gold.slice('report:'.length);
    const report = article.reports[key];
    if (!report || t.label !== 'Report') return false;
    if (key === 'main' && draft.mainReport?.id === t.target) return true;
    const want = contentWords(report.title);
    const have = new Set(contentWords(t.name));
    return want.length > 0 && want.filter((w) => have.has(w)).length >= Math.ceil(want.length * 0.5);
  }
  // An entity target is never a report (corpus/README.md): "Rochdale" is the council, not a report whose title names it.
  if (t.label === 'Report') return false;
  const g = bare(gold);
  const name = bare(t.name);
  if (g === 'government') return /\bgovernment\b|\bministers?\b|\bwhitehall\b|\bsecretary of state\b/.test(name);
  return name === g || name.includes(g) || (g.includes(name) && name.length > 3) || sameSpeaker(t.name, gold, article.speakerAliases[gold]);
}

/**
 * Pairs each gold statement with the proposal that matches it best (spansMatch; the largest overlap
 * among proposals not yet paired), in gold order. `missed`: gold statements no proposal matches.
 */
export function matchStatements(draft: Draft, gold: GoldArticle): { pairs: [GoldStatement, DraftStatement][]; missed: GoldStatement[] } {
  const used = new Set<DraftStatement>();
  const pairs: [GoldStatement, DraftStatement][] = [];
  const missed: GoldStatement[] = [];
  for (const g of gold.statements) {
    const best = draft.statements
      .filter((s) => !used.has(s) && spansMatch(s, g))
      .sort((a, b) => overlap(b, g) - overlap(a, g))[0];
    if (!best) {
      missed.push(g);
      continue;
    }
    used.add(best);
    pairs.push([g, best]);
  }
  return { pairs, missed };
}

export function scoreArticle(draft: Draft, gold: GoldArticle, ms: number): ArticleScore {
  const c = zero();
  const misses: string[] = [];
  const statements = draft.statements;
  c.gold = gold.statements.length;
  c.proposed = statements.length;
  c.proposedQuotes = statements.filter((s) => s.kind === 'quote').length;
  c.excludedListed = draft.excludedQuotes.length;
  const inFurniture = (g: GoldStatement) => draft.furniture.some((f) => f.start <= g.start && g.end <= f.end);
  const { pairs, missed } = matchStatements(draft, gold);
  for (const g of gold.statements) {
    if (g.kind === 'quote') c.goldQuotes++;
    else c.goldParaphrases++;
    if (!inFurniture(g)) c.inContent++;
    else misses.push(`layout: "${g.firstWords}" is in furniture`);
  }
  for (const g of missed) misses.push(`spans: missed ${g.kind}${g.fragment ? ' (fragment)' : ''} "${g.firstWords}" [${g.start}, ${g.end})`);
  for (const [g] of pairs) {
    if (g.kind === 'quote') c.quotesFound++;
    else c.paraphrasesFound++;
  }
  for (const s of statements) {
    if (gold.statements.some((g) => spansMatch(s, g))) c.proposedCorrect++;
    else misses.push(`spans: extra ${s.kind} [${s.start}, ${s.end}) "${s.text.slice(0, 50)}" (${s.rule})`);
  }
  c.matched = pairs.length;
  for (const [g, p] of pairs) {
    if (sameSpeaker(p.speaker.name, g.speaker, gold.speakerAliases[g.speaker])) c.speakerRight++;
    else misses.push(`attribution: "${g.firstWords}": gold ${g.speaker}, proposed ${p.speaker.name} (${p.rule}, ${p.speaker.resolvedBy})`);
    if (!g.target) continue;
    c.goldTargets++;
    const isMain = g.target === 'report';
    if (isMain) c.mainReportStatements++;
    const mine = p.about.find((t) => targetMatches(t, g.target!, gold, draft));
    if (!mine) {
      misses.push(`targets: "${g.firstWords}": gold ${g.target}, proposed ${p.about.map((t) => t.name).join('; ') || 'none'}`);
      continue;
    }
    c.targetsFound++;
    if (isMain) c.mainReportProposed++;
    if (mine.stance === g.stance) c.stanceRight++;
    else misses.push(`stance: "${g.firstWords}" toward ${g.target}: gold ${g.stance}, proposed ${mine.stance} (${mine.cues.join('; ')})`);
  }
  if (gold.statements.some((g) => g.target === 'report')) {
    c.articlesNamingReport = 1;
    if (c.mainReportProposed > 0) c.articlesReportProposed = 1;
    else misses.push('new reports: the main report is not proposed with any of its statements');
  }
  const proposedClaims = new Set((draft.newClaims ?? []).map((k) => k.id));
  for (const k of gold.claims ?? []) {
    const found = draft.claims.find((d) => spansMatch(d, k));
    // The claim the number is decided to be; a graph claim unless it is one the draft proposes.
    const decided = found?.claim ?? found?.matches[0];
    const linked = decided && !proposedClaims.has(decided) ? decided : undefined;
    c.goldClaimNumbers++;
    if (k.claim) c.goldClaimLinks++;
    if (linked && linked !== k.claim) {
      c.claimLinksWrong++;
      misses.push(`claims: "${k.firstWords}" linked to ${linked}, gold ${k.claim ?? 'no claim of the graph'}`);
    } else if (linked && linked === k.claim) c.claimLinksRight++;
    if ((linked ?? null) === k.claim) c.claimDecisionsRight++;
    else if (!linked) misses.push(`claims: "${k.firstWords}" is not linked to ${k.claim}${found ? '' : ' (number not found)'}`);
  }
  if (gold.ratings) {
    const same = (r: { councilName: string; grade: string }, g: { council: string; grade: string }) => fold(r.councilName).includes(fold(g.council)) && fold(r.grade) === fold(g.grade);
    c.goldRatings = gold.ratings.length;
    c.ratingsProposed = draft.ratings.length;
    for (const r of draft.ratings) {
      if (gold.ratings.some((g) => same(r, g))) c.ratingsRight++;
      else {
        c.ratingsUnassigned++;
        misses.push(`ratings: ${r.councilName} "${r.grade}" is not assigned by the text`);
      }
    }
    for (const g of gold.ratings) {
      if (draft.ratings.some((r) => same(r, g))) c.goldRatingsFound++;
      else misses.push(`ratings: missed ${g.council} "${g.grade}"`);
    }
  }
  return { id: gold.id, domain: gold.domain, ms, counts: c, misses };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

export function sumCounts(scores: ArticleScore[]): StageCounts {
  const total = zero();
  for (const s of scores) for (const k of Object.keys(total) as (keyof StageCounts)[]) total[k] += s.counts[k];
  return total;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/** The per-stage figures for a set of articles. `null` where there is nothing to score. */
export function stageScores(c: StageCounts) {
  return {
    layout: ratio(c.inContent, c.gold),
    quoteRecall: ratio(c.quotesFound, c.goldQuotes),
    quotePrecision: ratio(c.proposedCorrect, c.proposed),
    paraphraseRecall: ratio(c.paraphrasesFound, c.goldParaphrases),
    speaker: ratio(c.speakerRight, c.matched),
    target: ratio(c.targetsFound, c.goldTargets),
    stance: ratio(c.stanceRight, c.targetsFound),
    newReport: ratio(c.articlesReportProposed, c.articlesNamingReport),
    claimLinks: ratio(c.claimDecisionsRight, c.goldClaimNumbers),
    claimLinksWrong: c.claimLinksWrong,
    ratingRecall: ratio(c.goldRatingsFound, c.goldRatings),
    ratingPrecision: ratio(c.ratingsRight, c.ratingsProposed),
    ratingsUnassigned: c.ratingsUnassigned,
  };
}

export type StageScores = ReturnType<typeof stageScores>;

export const TARGETS = { quoteRecall: 0.9, quotePrecision: 0.95, speaker: 0.9, target: 0.85, stance: 0.8, paraphraseRecall: 0.6, newReport: 0.9 } as const;

export function formatRow(name: string, s: StageScores, articles: number, ms: number): string {
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  return `| ${name} | ${articles} | ${f(s.layout)} | ${f(s.quoteRecall)} | ${f(s.quotePrecision)} | ${f(s.paraphraseRecall)} | ${f(s.speaker)} | ${f(s.target)} | ${f(s.stance)} | ${f(s.newReport)} | ${f(s.claimLinks)} | ${s.claimLinksWrong} | ${f(s.ratingRecall)} | ${f(s.ratingPrecision)} | ${s.ratingsUnassigned} | ${ms.toFixed(1)} |`;
}

export const TABLE_HEADER = [
  '| set | articles | layout | quote recall | precision | paraphrase recall | speaker | target | stance | new report | claim links | wrong claim links | rating recall | rating precision | unassigned ratings | ms/article |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
].join('\n');
