/**
 * Claims stage: each figure of the numbers stage (./numbers.ts) is decided to be a claim already in the
 * graph, or a new one the draft proposes, and is asserted (or disputed) by whoever says it.
 *
 * A figure is the graph's claim only when all four agree, never on value alone:
 * - value: one of the claim's values (exactly; within a few points when either is approximate:
 *   "nearly 70%" is the claim "over 70%");
 * - unit: the same unit, and for a share the same kind of thing counted ("three-quarters of councils"
 *   is not "three-quarters of safeguarding boards");
 * - period: the figure's years fall in the claim's period; with no year near the figure, the article
 *   dates from the period or the two years after it; a claim with no period must not name other years;
 * - subject: the figure's sentence shares words with the claim (its text and what the value counts),
 *   and a claim about grades needs a figure about one of them ("seven were inadequate" is not the
 *   claim about the ten judged good; "half have a plan" is not "half were less than good"). A very
 *   specific figure (hundreds and more, or a decimal share) needs no shared word beyond its unit.
 * A figure with no year of its own is taken to be of the years the sentence before names, else of the
 * report the article answers (a specific figure only needs the article to be of the claim's time).
 * Figures written together ("9 (6%)", "rose from 20% to 25%", "seven of the 43", "one in four, 21 in
 * total") are one claim with several values. A figure that matches nothing is proposed as a new claim
 * whose text is its sentence in plain words.
 *
 * Who asserts it: the statement the figure sits in, or, outside every statement, the article's author
 * (`sourceAsserts`). A statement that rejects the figure ("not credible", "disputes", "the figures are
 * wrong") disputes it.
 */
import type { DraftClaim, DraftNewClaim, DraftTarget } from '../draft.js';
import type { ClaimEntry, Gazetteer } from '../gazetteer.js';
import { nlp as wink, type Analysis } from '../nlp.js';
import { findNumbers, periodYears, yearsIn, type NumberMention } from './numbers.js';

// Subjects: words compared by their stems, without the words every figure has.
const STOP_POS = new Set(['PUNCT', 'NUM', 'SYM', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PRON', 'PART', 'SPACE', 'X']);
const GENERIC = new Set(['local', 'author', 'council', 'la', 'more', 'than', 'per', 'cent', 'percent', 'total', 'number', 'england', 'nation', 'report', 'said', 'say', 'found', 'find', 'onli', 'just', 'some', 'now', 'year']);

const stemCache = new Map<string, Set<string>>();

/** Content-word stems of a short text (the graph's claims: cached, they are read for every article). */
function stemsOf(text: string): Set<string> {
  let out = stemCache.get(text);
  if (out) return out;
  const its = wink().its;
  const doc = wink().readDoc(text);
  const stems = doc.tokens().out(its.stem as unknown as typeof its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  out = new Set(stems.filter((s, i) => !STOP_POS.has(pos[i]!) && s.length > 1 && !GENERIC.has(s)).map((s) => s.toLowerCase()));
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(text, out);
  return out;
}

/** Every word's stem of a claim's text, the generic ones included ("council", "local"). */
function allStemsOf(text: string): Set<string> {
  const key = `all:${text}`;
  let out = stemCache.get(key);
  if (out) return out;
  const its = wink().its;
  out = new Set((wink().readDoc(text).tokens().out(its.stem as unknown as typeof its.value) as string[]).map((s) => s.toLowerCase()));
  stemCache.set(key, out);
  return out;
}

/**
 * The stems of the noun phrase a figure's subject opens with ("workers" in "workers paid below a living
 * wage"): what the figure counts. None when the subject opens with a verb or a preposition ("were judged").
 */
function countedNouns(subject: string | undefined): string[] {
  if (!subject) return [];
  const its = wink().its;
  const doc = wink().readDoc(subject);
  const pos = doc.tokens().out(its.pos) as string[];
  const stems = doc.tokens().out(its.stem as unknown as typeof its.value) as string[];
  let i = 0;
  while (i < pos.length && /^(?:DET|ADJ|ADV|NUM)$/.test(pos[i]!)) i++;
  const nouns: string[] = [];
  for (; i < pos.length && /^(?:NOUN|PROPN)$/.test(pos[i]!); i++) nouns.push(stems[i]!.toLowerCase());
  return nouns;
}

/** Content-word stems of the article between two offsets, without the figures' own words ("half", "three-quarters"). */
function articleStems(nlp: Analysis, start: number, end: number, figures: NumberMention[]): Set<string> {
  const inFigure = (t: { start: number; end: number }) => figures.some((n) => t.start < n.end && t.end > n.start);
  return new Set(nlp.tokens.filter((t) => t.start >= start && t.end <= end && !STOP_POS.has(t.pos) && t.stem.length > 1 && !GENERIC.has(t.stem.toLowerCase()) && !inFigure(t)).map((t) => t.stem.toLowerCase()));
}

// What a share counts, and the grades a text is about.
const COUNTED: [string, RegExp][] = [
  ['boards', /\b(?:lscbs?|safeguarding (?:children )?boards?|boards?)\b/i],
  ['councils', /\b(?:councils?|local authorit(?:y|ies)|authorit(?:y|ies)|las|boroughs?|children(?:[’']s| s)? (?:social care )?services(?: departments?)?)\b/i],
  ['social workers', /\bsocial workers?\b/i],
  ['homes', /\bchildren[’']s homes\b/i],
  ['posts', /\b(?:posts|vacanc(?:y|ies))\b/i],
  ['budgets', /\b(?:budgets?|spending|funding)\b/i],
  ['children', /\b(?:child(?:ren)?|young people|pupils?)\b/i],
];

/** The kind of thing a unit or a "what it counts" phrase names, when it is one of the kinds above (first named wins). */
function countedKind(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let best: { kind: string; at: number } | undefined;
  for (const [kind, re] of COUNTED) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best?.kind;
}

const LESS_THAN_GOOD = /\bless than good\b|\bnot (?:yet )?good enough\b|\bnot\b[^.;]{0,60}\bgood enough\b|\bbelow good\b/gi;

/** The grades a text is about: "less than good" counts as inadequate and requires improvement. */
export function gradesIn(text: string): Set<string> {
  const out = new Set<string>();
  let rest = text.toLowerCase();
  if (LESS_THAN_GOOD.test(rest)) ['inadequate', 'requires improvement', 'less than good'].forEach((g) => out.add(g));
  LESS_THAN_GOOD.lastIndex = 0;
  rest = rest.replace(LESS_THAN_GOOD, ' ');
  if (/\brequir\w* improvement\b/.test(rest)) out.add('requires improvement');
  rest = rest.replace(/\brequir\w* improvement\b/g, ' ');
  if (/\binadequate\b/.test(rest)) out.add('inadequate');
  if (/\boutstanding\b/.test(rest)) out.add('outstanding');
  if (/\bgood\b/.test(rest)) out.add('good');
  if (/\bpoor(?:ly)?\b/.test(rest)) out.add('poor');
  if (/(?<!in)adequate\b/.test(rest)) out.add('adequate');
  if (/\bexcellent(?:ly)?\b/.test(rest)) out.add('excellent');
  return out;
}

// Period.

export interface PeriodContext {
  /** The years the figure's own sentence names (its period), and whether it is "since <year>". */
  years: number[];
  since?: boolean;
  /** Years the sentence before names, for a figure whose sentence names none. */
  previousYears: number[];
  /** The period of the report the article answers: a figure the text gives no year for is taken to be of it. */
  reportPeriod?: string;
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD), when known. */
  articleDate?: string;
}

export function periodAgrees(claim: Pick<ClaimEntry, 'period' | 'text'>, context: PeriodContext): boolean {
  const span = claim.period ? periodYears(claim.period) : null;
  if (!span) {
    // No period in the graph: the figure's years must not contradict the years the claim's text names.
    const named = yearsIn(claim.text);
    return !context.years.length || !named.length || context.years.some((y) => named.includes(y));
  }
  // "since 2010" in 2015 is the claim of 2010-2015, not a claim of 2010-2012.
  if (context.since) return context.years[0] === span[0] && span[1] >= context.years[context.years.length - 1]! - 1;
  const report = context.reportPeriod ? periodYears(context.reportPeriod) : null;
  const reportYears = report ? Array.from({ length: report[1] - report[0] + 1 }, (_, i) => report[0] + i) : [];
  const named = context.years.length ? context.years : context.previousYears.length ? context.previousYears : reportYears;
  // One period holds the other: "2014" is in "2013-14", "2013-14" in "2013-2016"; "2013-14" is not "2012-13".
  if (named.length) return named.every((y) => y >= span[0] && y <= span[1]) || (span[0] >= Math.min(...named) && span[1] <= Math.max(...named));
  const year = Number(/^\d{4}/.exec(context.articleDate ?? '')?.[0]);
  return !year || (year >= span[0] && year <= span[1] + 2);
}

// Value and unit.

function valueAgrees(n: NumberMention, value: number): boolean {
  if (Math.abs(n.value - value) < 0.01) return true;
  return n.approximate && Math.abs(n.value - value) <= Math.max(1, value * 0.04);
}

const MEASURES = new Set(['percent', 'percentage points', 'pounds']);

function unitAgrees(n: NumberMention, unit: string | undefined, counts: string | undefined, claim: ClaimEntry, sentenceStems: Set<string>): boolean {
  const u = (unit ?? claim.unit).toLowerCase();
  if (MEASURES.has(n.unit) || MEASURES.has(u.split(' ')[0]!)) {
    // "pounds a year" is money too.
    if (n.unit !== u && !u.startsWith(`${n.unit} `)) return false;
    if (n.unit === 'pounds') return true;
    // A share: of the same kind of thing, when both say.
    const mine = countedKind(n.subject);
    const theirs = countedKind(counts ?? claim.text);
    if (mine && theirs) return mine === theirs;
    // A thing no kind above names ("one in five workers") must be a thing the claim counts: a word the
    // sentence shares elsewhere ("to meet their bills") is no shared subject.
    const counted = countedNouns(n.subject);
    return !counted.length || counted.some((s) => allStemsOf(`${claim.text} ${counts ?? ''}`).has(s));
  }
  const mine = countedKind(n.unit);
  const theirs = countedKind(u);
  if (mine && theirs) return mine === theirs;
  const claimStems = stemsOf(`${claim.text} ${counts ?? ''} ${u}`);
  return [...stemsOf(n.unit)].some((s) => claimStems.has(s)) || overlap(sentenceStems, claimStems) >= 2;
}

const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;

/** Hundreds and more of a thing counted, or a share given to a decimal: specific enough to need no shared word. */
const isSpecific = (n: NumberMention) => (!MEASURES.has(n.unit) && n.value >= 100) || (n.unit === 'pounds' && n.value >= 1000) || (n.unit === 'percent' && !Number.isInteger(n.value) && !n.approximate);

interface Match {
  id: string;
  headline: boolean;
  score: number;
  distance: number;
}

function matchesFor(n: NumberMention, text: string, nlp: Analysis, gaz: Gazetteer, context: PeriodContext, figures: NumberMention[]): string[] {
  const s = nlp.sentences[n.sentence];
  const sentenceStems = s ? articleStems(nlp, s.start, s.end, figures) : new Set<string>();
  const grades = gradesIn(text.slice(n.start, n.segmentEnd));
  const sentenceGrades = s ? gradesIn(text.slice(s.start, s.end)) : new Set<string>();
  const articleYear = Number(/^\d{4}/.exec(context.articleDate ?? '')?.[0]) || undefined;
  const hits: Match[] = [];
  for (const claim of gaz.claims) {
    const values = claim.values?.length ? claim.values : [{ value: claim.value, unit: claim.unit, counts: undefined }];
    const at = values.findIndex((x) => valueAgrees(n, x.value) && unitAgrees(n, x.unit, x.counts, claim, sentenceStems));
    const v = values[at];
    if (!v || !periodAgrees(claim, context)) continue;
    const claimWords = stemsOf(`${claim.text} ${v.counts ?? ''}`);
    const shared = overlap(sentenceStems, claimWords);
    if (shared < 1 && !isSpecific(n)) continue;
    // A claim about grades is a figure about one of them: the figure's own words name one of its grades, and
    // its sentence does ("half of councils have a plan" is not "half were less than good").
    const claimGrades = new Set([...gradesIn(v.counts ?? ''), ...gradesIn(claim.text)]);
    const shares = (g: Set<string>) => [...g].some((x) => claimGrades.has(x));
    if (claimGrades.size && ((grades.size && !shares(grades)) || !shares(sentenceGrades))) continue;
    // The claim whose headline is this figure comes before one that states it on the way ("43" is the claim
    // "43 inspected" before "three-quarters (33 of 43)"), then the one sharing most words, then the nearest in time.
    const span = claim.period ? periodYears(claim.period) : null;
    const year = n.years.length ? Math.max(...n.years) : articleYear;
    const distance = span && year ? Math.min(Math.abs(year - span[1]), Math.abs(year - span[0])) : 5;
    hits.push({ id: claim.id, headline: at === 0, score: shared, distance });
  }
  return hits.sort((a, b) => Number(b.headline) - Number(a.headline) || b.score - a.score || a.distance - b.distance).map((h) => h.id);
}

// Figures written together are one claim.

const TOGETHER = [
  /^\s*(?:[\p{L}’'-]+\s+){0,3}[(\[–—-]\s*$/u, // "9 (6%", "9 councils – 6%"
  /^\s*(?:[\p{L}\d’'/–-]+,?\s+){0,5}to\s+$/u, // "from 20% to 25%", "by 5% in the last year, to 397,600", "from 1,200 in 2012/13 to"
  /^\s*(?:[\p{L}’'-]+\s+){0,2}(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?$/u, // "seven of the 43"
];

function together(text: string, a: NumberMention, b: NumberMention): boolean {
  if (a.sentence !== b.sentence) return false;
  const gap = text.slice(a.end, b.start);
  if (gap.length > 50) return false;
  if (TOGETHER.some((re) => re.test(gap))) return true;
  // "one in four authorities, 21 in total,"
  return /^\s*(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]*,\s*$/u.test(gap) && /^\s*(?:in total|in all|altogether)\b/i.test(text.slice(b.end, b.end + 14));
}

/** The proposition of a sentence in plain words: without quotation marks, attribution or a leading connective. */
export function plainProposition(sentence: string): string {
  let s = sentence
    .replace(/[“”"]/g, '')
    .replace(/(^|\s)[‘']|[’'](?=[\s,.;:]|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^\((.*)\)\.?$/, '$1').replace(/^(?:but|and|so|however|meanwhile|yet),?\s+/i, '');
  s = s.replace(/^[^:“"]{0,160}\b(?:said|says|added|warned|claimed|told [^,:]{1,40}):\s*/i, '');
  s = s.replace(/,\s*(?:according to\b[^,.]*|(?:[\p{L}’' -]{1,60}?\s)?(?:said|says|added|warned|claimed|argued|told [^,.]{1,40}))[.]?$/iu, '.');
  s = s.replace(/[\s,;:–—-]+$/, '');
  if (!/[.!?]$/.test(s)) s += '.';
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return s.length > 400 ? `${s.slice(0, 399).replace(/\s+\S*$/, '')}…` : s;
}

export interface ClaimsStage {
  /** Every figure, UTF-16 offsets (propose.ts converts them), with `claim` decided. */
  claims: DraftClaim[];
  newClaims: DraftNewClaim[];
  /** The sentence each figure sits in (same order as `claims`), where a statement may reject it. */
  sentences: string[];
}

export interface ArticleTime {
  /** The article's date. */
  articleDate?: string;
  /** The period of the report the article answers, when known. */
  reportPeriod?: string;
}

export function findClaims(text: string, nlp: Analysis, gaz: Gazetteer, content: (a: number, b: number) => boolean, { articleDate, reportPeriod }: ArticleTime, slug: string): ClaimsStage {
  const numbers = findNumbers(text, nlp, content, articleDate);
  const sentenceText = (i: number) => (i >= 0 && nlp.sentences[i] ? text.slice(nlp.sentences[i]!.start, nlp.sentences[i]!.end) : '');
  const claims: DraftClaim[] = numbers.map((n) => {
    // A figure with no year of its own is taken to be of the years the sentence before names, else of the
    // report the article answers; a specific one ("£2bn", "397,600") identifies itself, and only needs the
    // article to be of its time.
    const specific = isSpecific(n);
    const context: PeriodContext = { years: n.years, since: n.since, previousYears: specific ? [] : yearsIn(sentenceText(n.sentence - 1)), articleDate, reportPeriod: specific ? undefined : reportPeriod };
    const matches = matchesFor(n, text, nlp, gaz, context, numbers);
    return {
      start: n.start, end: n.end, text: n.text, value: n.value, unit: n.unit, matches, rule: n.rule,
      period: n.period, subject: n.subject, claim: matches[0],
    };
  });
  // Groups of figures written together.
  const groups: number[][] = [];
  numbers.forEach((n, i) => {
    const last = groups[groups.length - 1];
    if (last && together(text, numbers[last[last.length - 1]!]!, n)) last.push(i);
    else groups.push([i]);
  });
  const newClaims: DraftNewClaim[] = [];
  for (const group of groups) {
    // A figure of the group that is the graph's claim brings the others with it when the claim states them too.
    const linked = group.find((i) => claims[i]!.claim);
    if (linked !== undefined) {
      const claim = gaz.claims.find((c) => c.id === claims[linked]!.claim)!;
      for (const i of group) {
        if (claims[i]!.claim) continue;
        const values = claim.values ?? [{ value: claim.value }];
        if (values.some((v) => valueAgrees(numbers[i]!, v.value))) {
          claims[i]!.claim = claim.id;
          claims[i]!.matches = [claim.id];
        }
      }
    }
    // The same figure of the same thing said again in the article ("the figure of nine councils is wrong") is
    // the claim the article proposed for it.
    for (const i of group) {
      if (claims[i]!.claim) continue;
      const earlier = newClaims.find((k) => k.values!.some((v) => v.unit === numbers[i]!.unit && valueAgrees(numbers[i]!, v.value)));
      if (earlier) claims[i]!.claim = earlier.id;
    }
    const open = group.filter((i) => !claims[i]!.claim);
    if (!open.length) continue;
    const first = numbers[open[0]!]!;
    const last = numbers[open[open.length - 1]!]!;
    const years = [...new Set(open.flatMap((i) => numbers[i]!.years))].sort();
    // The period the text gives; with none, the report's the article answers (the figures it reports are of
    // its period), unless the figure is specific enough to be of any time.
    const period = open.length > 1 && years.length > 1 && !first.since ? `${years[0]}-${years[years.length - 1]}` : (first.period ?? (isSpecific(first) ? undefined : reportPeriod));
    const id = `claim:${slug}-${newClaims.length + 1}`;
    newClaims.push({
      id,
      text: plainProposition(sentenceText(first.sentence) || text.slice(first.start, last.segmentEnd)),
      kind: 'statistic',
      value: first.value,
      unit: first.unit,
      values: open.map((i) => ({ value: numbers[i]!.value, unit: numbers[i]!.unit, ...(numbers[i]!.subject ? { counts: numbers[i]!.subject } : {}) })),
      ...(period ? { period } : {}),
      start: first.start,
      end: last.end,
      rule: open.length > 1 ? 'claim:new-several-values' : 'claim:new',
    });
    for (const i of open) claims[i]!.claim = id;
  }
  return { claims, newClaims, sentences: numbers.map((n) => sentenceText(n.sentence)) };
}

const REJECTS = /\bnot credible\b|\bdisput\w*|\b(?:wrong|misleading|inaccurate|incorrect|exaggerated|flawed|untrue|false)\b|\bnot (?:accurate|true|correct)\b|\breject\w*|\bquestion(?:s|ed)? (?:the|these|those) (?:figures?|numbers?|statistics?)\b|\bdo(?:es)? not (?:reflect|add up|stand up)\b/i;

export interface ClaimUse {
  asserts: string[];
  disputes: string[];
  /** Existing claims the statement asserts or disputes, as targets. */
  about: DraftTarget[];
}

/**
 * The claims a statement's figures are: asserted, or disputed when the statement rejects them. Marks each
 * figure with the statement (UTF-16 offsets, as `findClaims` gives them).
 */
export function claimsOfStatement(stage: ClaimsStage, statement: { id: string; start: number; end: number; text: string }, gaz: Gazetteer): ClaimUse {
  const asserts = new Set<string>();
  const disputes = new Set<string>();
  const about: DraftTarget[] = [];
  stage.claims.forEach((k, i) => {
    if (k.start < statement.start || k.end > statement.end || !k.claim) return;
    // Rejected in the words around the figure, not anywhere in a long statement.
    const disputed = REJECTS.test(stage.sentences[i] || statement.text);
    k.statement = statement.id;
    (disputed ? disputes : asserts).add(k.claim);
    const claim = gaz.claims.find((x) => x.id === k.claim);
    if (claim && !about.some((t) => t.target === claim.id)) {
      about.push({ target: claim.id, label: 'Claim', name: claim.text, stance: disputed ? 'critical' : 'supportive', confidence: 0.6, cues: [`number ${k.text}`] });
    }
  });
  return { asserts: [...asserts], disputes: [...disputes], about };
}

/** Claims whose figures sit in no statement: the article states them in its author's own words. */
export function sourceClaims(stage: ClaimsStage): string[] {
  return [...new Set(stage.claims.filter((k) => !k.statement && k.claim).map((k) => k.claim!))];
}
