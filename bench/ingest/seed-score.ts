/**
 * Scores a draft against a hand-coded seed source. The same scorer runs on
 * any article that has a hand-coded seed file, not only the five in seed/.
 *
 * Gold sets (decided, and said in bench/ingest/README.md):
 * - quote recall: gold statements of kind "quote", found by a proposed quote;
 * - quote precision: proposed quotes that match a gold statement of either
 *   kind (a quoted paragraph the coder filed as paraphrase is still a right
 *   span); strict precision counts only gold quotes;
 * - paraphrase recall: gold "paraphrase" statements found by any proposal
 *   (many are report findings retold by the journalist and coded to Ofsted,
 *   which no attribution rule can see: reported separately, not a target);
 * - a span matches when the overlap covers at least half of the longer of
 *   the two spans ("most of its length", symmetric so a huge span cannot
 *   swallow several gold ones);
 * - speaker accuracy: matched pairs (either kind) with the same speaker id;
 * - stance accuracy: over matched pairs, gold non-claim targets that the
 *   proposal also lists, with the same stance (target recall is reported too);
 * - claim recall: gold claims with a value that the source's statements
 *   assert or dispute, decided (a number's `claim`) for some number of the text;
 * - claim links: of the numbers decided to be a claim of the graph, those whose
 *   claim the source states (any statement's asserts or disputes, or the source's);
 * - rating recall and precision: the ratings the text gives a named council
 *   (bench/ingest/seed-ratings.json, annotated by hand: the seed's sources cite
 *   none), decided (a grade's `rating`) by the draft; of the grades proposed, those
 *   decided to be one of them.
 */
import type { SeedSource, SeedStatement } from '../../src/seed/format.js';
import type { Draft, DraftStatement } from '../../src/ingest/draft.js';

export interface Score {
  source: string;
  goldQuotes: number;
  proposedQuotes: number;
  quoteRecall: number;
  quotePrecision: number;
  quotePrecisionStrict: number;
  goldParaphrases: number;
  paraphraseRecall: number;
  matchedPairs: number;
  speakerAccuracy: number;
  stancePairs: number;
  stanceAccuracy: number;
  targetRecall: number;
  goldClaims: number;
  claimRecall: number;
  claimLinks: number;
  goldRatings: number;
  ratingRecall: number;
  ratingPrecision: number;
  ms: number;
  counts: {
    foundQuotes: number; correctQuotes: number; strictQuotes: number; foundParaphrases: number;
    speakerRight: number; stanceRight: number; goldTargets: number; claimsFound: number;
    claimLinksMade: number; claimLinksRight: number; ratingsFound: number; ratingsProposed: number; ratingsRight: number;
  };
  misses: string[];
}

export function overlapMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function scoreDraft(draft: Draft, gold: SeedSource, claimValues: Set<string>, ms: number, goldRatings: string[] = []): Score {
  const goldStatements = gold.statements ?? [];
  const goldQuotes = goldStatements.filter((s) => s.kind === 'quote');
  const goldParaphrases = goldStatements.filter((s) => s.kind === 'paraphrase');
  const proposedQuotes = draft.statements.filter((s) => s.kind === 'quote');
  const misses: string[] = [];

  const foundQuotes = goldQuotes.filter((g) => proposedQuotes.some((p) => overlapMatch(p, g)));
  for (const g of goldQuotes) if (!foundQuotes.includes(g)) misses.push(`missed quote ${g.id}`);
  const correctQuotes = proposedQuotes.filter((p) => goldStatements.some((g) => overlapMatch(p, g)));
  for (const p of proposedQuotes) if (!correctQuotes.includes(p)) misses.push(`extra quote [${p.start}, ${p.end}) ${p.text.slice(0, 50)}`);
  const strictQuotes = proposedQuotes.filter((p) => goldQuotes.some((g) => overlapMatch(p, g)));
  const foundParaphrases = goldParaphrases.filter((g) => draft.statements.some((p) => overlapMatch(p, g)));

  const pairs: [DraftStatement, SeedStatement][] = [];
  for (const p of draft.statements) {
    const g = goldStatements.find((x) => overlapMatch(p, x));
    if (g) pairs.push([p, g]);
  }
  let speakerRight = 0;
  let stancePairs = 0;
  let stanceRight = 0;
  let goldTargets = 0;
  let targetsFound = 0;
  for (const [p, g] of pairs) {
    if (p.speaker.id === g.speaker) speakerRight++;
    else misses.push(`speaker of ${g.id}: proposed ${p.speaker.id} (${p.rule})`);
    for (const t of g.about.filter((x) => !x.target.startsWith('claim:'))) {
      goldTargets++;
      const mine = p.about.find((x) => x.target === t.target);
      if (!mine) continue;
      targetsFound++;
      stancePairs++;
      if (mine.stance === t.stance) stanceRight++;
      else misses.push(`stance of ${g.id} toward ${t.target}: gold ${t.stance}, proposed ${mine.stance} (${mine.cues.join('; ')})`);
    }
  }

  const goldClaimIds = new Set<string>();
  for (const s of goldStatements) for (const c of [...(s.asserts ?? []), ...(s.disputes ?? [])]) if (claimValues.has(c)) goldClaimIds.add(c);
  const decided = (c: Draft['claims'][number]) => c.claim ?? c.matches[0];
  const linked = new Set(draft.claims.map(decided).filter(Boolean));
  const claimsFound = [...goldClaimIds].filter((c) => linked.has(c));
  for (const c of goldClaimIds) if (!linked.has(c)) misses.push(`claim not linked: ${c}`);
  // Every claim the source states, valued or not, asserted or disputed, by a statement or the author.
  const stated = new Set([...goldStatements.flatMap((s) => [...(s.asserts ?? []), ...(s.disputes ?? [])]), ...(gold.asserts ?? []), ...(gold.disputes ?? [])]);
  const proposed = new Set((draft.newClaims ?? []).map((k) => k.id));
  const graphLinks = draft.claims.filter((c) => decided(c) && !proposed.has(decided(c)!));
  const claimLinksRight = graphLinks.filter((c) => stated.has(decided(c)!));
  for (const c of graphLinks) if (!stated.has(decided(c)!)) misses.push(`number "${c.text}" linked to ${decided(c)}, which the source does not state`);

  const ratingOf = (r: Draft['ratings'][number]) => r.rating ?? r.matches[0];
  const ratingsDecided = new Set(draft.ratings.map(ratingOf).filter(Boolean));
  const ratingsFound = goldRatings.filter((r) => ratingsDecided.has(r));
  for (const r of goldRatings) if (!ratingsDecided.has(r)) misses.push(`rating not found: ${r}`);
  const ratingsRight = draft.ratings.filter((r) => goldRatings.includes(ratingOf(r) ?? ''));
  for (const r of draft.ratings) if (!ratingsRight.includes(r)) misses.push(`rating not given by the text: ${r.councilName} ${r.grade} (${ratingOf(r) ?? 'undecided'})`);

  return {
    source: gold.id,
    goldQuotes: goldQuotes.length,
    proposedQuotes: proposedQuotes.length,
    quoteRecall: ratio(foundQuotes.length, goldQuotes.length),
    quotePrecision: ratio(correctQuotes.length, proposedQuotes.length),
    quotePrecisionStrict: ratio(strictQuotes.length, proposedQuotes.length),
    goldParaphrases: goldParaphrases.length,
    paraphraseRecall: ratio(foundParaphrases.length, goldParaphrases.length),
    matchedPairs: pairs.length,
    speakerAccuracy: ratio(speakerRight, pairs.length),
    stancePairs,
    stanceAccuracy: ratio(stanceRight, stancePairs),
    targetRecall: ratio(targetsFound, goldTargets),
    goldClaims: goldClaimIds.size,
    claimRecall: ratio(claimsFound.length, goldClaimIds.size),
    claimLinks: ratio(claimLinksRight.length, graphLinks.length),
    goldRatings: goldRatings.length,
    ratingRecall: ratio(ratingsFound.length, goldRatings.length),
    ratingPrecision: ratio(ratingsRight.length, draft.ratings.length),
    ms,
    counts: {
      foundQuotes: foundQuotes.length, correctQuotes: correctQuotes.length, strictQuotes: strictQuotes.length, foundParaphrases: foundParaphrases.length,
      speakerRight, stanceRight, goldTargets, claimsFound: claimsFound.length,
      claimLinksMade: graphLinks.length, claimLinksRight: claimLinksRight.length, ratingsFound: ratingsFound.length, ratingsProposed: draft.ratings.length, ratingsRight: ratingsRight.length,
    },
    misses,
  };
}

/** Totals over articles, micro-averaged: every gold item counts once. */
export function totalScore(scores: Score[]): Omit<Score, 'misses'> {
  const sum = (f: (s: Score) => number) => scores.reduce((a, s) => a + f(s), 0);
  const c = (s: Score) => s.counts;
  return {
    source: 'all',
    goldQuotes: sum((s) => s.goldQuotes),
    proposedQuotes: sum((s) => s.proposedQuotes),
    quoteRecall: ratio(sum((s) => c(s).foundQuotes), sum((s) => s.goldQuotes)),
    quotePrecision: ratio(sum((s) => c(s).correctQuotes), sum((s) => s.proposedQuotes)),
    quotePrecisionStrict: ratio(sum((s) => c(s).strictQuotes), sum((s) => s.proposedQuotes)),
    goldParaphrases: sum((s) => s.goldParaphrases),
    paraphraseRecall: ratio(sum((s) => c(s).foundParaphrases), sum((s) => s.goldParaphrases)),
    matchedPairs: sum((s) => s.matchedPairs),
    speakerAccuracy: ratio(sum((s) => c(s).speakerRight), sum((s) => s.matchedPairs)),
    stancePairs: sum((s) => s.stancePairs),
    stanceAccuracy: ratio(sum((s) => c(s).stanceRight), sum((s) => s.stancePairs)),
    targetRecall: ratio(sum((s) => s.stancePairs), sum((s) => c(s).goldTargets)),
    goldClaims: sum((s) => s.goldClaims),
    claimRecall: ratio(sum((s) => c(s).claimsFound), sum((s) => s.goldClaims)),
    claimLinks: ratio(sum((s) => c(s).claimLinksRight), sum((s) => c(s).claimLinksMade)),
    goldRatings: sum((s) => s.goldRatings),
    ratingRecall: ratio(sum((s) => c(s).ratingsFound), sum((s) => s.goldRatings)),
    ratingPrecision: ratio(sum((s) => c(s).ratingsRight), sum((s) => c(s).ratingsProposed)),
    ms: sum((s) => s.ms) / Math.max(1, scores.length),
    counts: {
      foundQuotes: sum((s) => c(s).foundQuotes), correctQuotes: sum((s) => c(s).correctQuotes), strictQuotes: sum((s) => c(s).strictQuotes),
      foundParaphrases: sum((s) => c(s).foundParaphrases), speakerRight: sum((s) => c(s).speakerRight), stanceRight: sum((s) => c(s).stanceRight),
      goldTargets: sum((s) => c(s).goldTargets), claimsFound: sum((s) => c(s).claimsFound),
      claimLinksMade: sum((s) => c(s).claimLinksMade), claimLinksRight: sum((s) => c(s).claimLinksRight), ratingsFound: sum((s) => c(s).ratingsFound),
      ratingsProposed: sum((s) => c(s).ratingsProposed), ratingsRight: sum((s) => c(s).ratingsRight),
    },
  };
}

export function formatTable(rows: Omit<Score, 'misses' | 'counts'>[]): string {
  const pct = (x: number) => x.toFixed(2);
  const header = '| source | quotes (gold/proposed) | quote recall | quote precision (strict) | paraphrase recall | speaker acc. | stance acc. (pairs) | target recall | claim recall | claim links | ratings (gold) | rating recall | rating precision | ms |';
  const line = '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const body = rows.map(
    (r) =>
      `| ${r.source.replace(/^source:/, '')} | ${r.goldQuotes}/${r.proposedQuotes} | ${pct(r.quoteRecall)} | ${pct(r.quotePrecision)} (${pct(r.quotePrecisionStrict)}) | ${pct(r.paraphraseRecall)} | ${pct(r.speakerAccuracy)} | ${pct(r.stanceAccuracy)} (${r.stancePairs}) | ${pct(r.targetRecall)} | ${pct(r.claimRecall)} | ${pct(r.claimLinks)} | ${r.goldRatings} | ${pct(r.ratingRecall)} | ${pct(r.ratingPrecision)} | ${r.ms.toFixed(1)} |`,
  );
  return [header, line, ...body].join('\n');
}
