/**
 * Numbers stage (the first half of claims): every figure in the text with its unit, its period and its
 * subject, so the claims stage (./claims.ts) can compare all three with the graph's claims.
 *
 * - Unit: `percent` (a percentage, "per cent", a fraction "a third", a ratio "one in seven"),
 *   `percentage points`, `pounds` (money), or the noun a count counts ("local authorities",
 *   "social workers"). A count written without its noun ("seven were inadequate") borrows the noun
 *   of the count before it in the sentence; a count with no noun at all is not a figure anyone claims
 *   (a list number, "the 17 in England"?) and is left out.
 * - Period: the years the number's sentence names (the one nearest the number when it names several),
 *   "last year"/"this year" resolved against the article's date, "since 2013" as 2013 to the article's
 *   year. A year after "since" is where a trend starts, not when the figure is from.
 * - Subject: what the number counts or is about, in the text's words: the words after it up to the
 *   next figure or clause break ("councils were judged inadequate"), or, when nothing follows, the
 *   words before it ("the number of children in need increased by").
 */
import type { Analysis, NumberEntity, Token } from '../nlp.js';

export interface NumberMention {
  /** UTF-16 [start, end) in the text. */
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  /** "nearly", "more than", a fraction or a ratio: the value is approximate. */
  approximate: boolean;
  rule: string;
  /** Index of the sentence in `Analysis.sentences`. */
  sentence: number;
  /** Where the number's own words end: the next figure in the sentence, or a clause break. */
  segmentEnd: number;
  period?: string;
  /** The years the period covers (a "since" period: from its year to the article's). */
  years: number[];
  /** True when the period is "since <year>". */
  since?: boolean;
  subject?: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const DENOMINATORS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const FRACTIONS: [RegExp, number][] = [
  [/three[- ]quarters?/i, 75], [/two[- ]thirds?/i, 66.67], [/half/i, 50], [/third/i, 33.33], [/quarter/i, 25], [/fifth/i, 20], [/tenth/i, 10],
];
const HEDGE = /\b(?:nearly|almost|around|about|approximately|roughly|some|over|more than|less than|fewer than|under|just under|just over|up to|at least)\s*$/i;

const HEDGE_INSIDE = /^(?:nearly|almost|around|about|approximately|roughly|some|over|more than|less than|fewer than|under|just under|just over|up to|at least)\s/i;

/** "seven", "twenty-one", "1,600". */
const parseNumber = (w: string): number => {
  const words = w.toLowerCase().split(/[\s-]+/);
  if (words.every((x) => x in NUMBER_WORDS)) return words.reduce((sum, x) => sum + NUMBER_WORDS[x]!, 0);
  return Number(w.replace(/,/g, ''));
};

/** [first year, last year] of a period as the graph writes it: "2013-14", "2010-2015", "2014". */
export function periodYears(period: string): [number, number] | null {
  const m = /^((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)?\d{2}))?$/.exec(period.trim());
  if (!m) return null;
  const first = Number(m[1]);
  if (!m[2]) return [first, first];
  const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return [first, last >= first ? last : last + 100];
}

const YEAR_RE = /\b((?:19|20)\d{2})(?:\s*[-–/]\s*(\d{2,4}))?\b/g;

/**
 * Years a text names as the time of its figures (financial years "2013-14" count as both). A year
 * after "since" is where a trend starts ("the highest since 1987"), not when the figure is from.
 */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    if (/\bsince\s+$/i.test(text.slice(Math.max(0, m.index! - 7), m.index))) continue;
    const span = periodYears(m[0]);
    if (span) for (let y = span[0]; y <= span[1]; y++) out.push(y);
  }
  return out;
}

interface PeriodFound {
  period: string;
  years: number[];
  since?: boolean;
  at: number;
}

/** The periods a sentence names, each with where it is (sentence-relative offset). */
function periodsIn(sentence: string, articleYear: number | undefined): PeriodFound[] {
  const out: PeriodFound[] = [];
  for (const m of sentence.matchAll(YEAR_RE)) {
    const span = periodYears(m[0]);
    if (!span) continue;
    const since = /\bsince\s+$/i.test(sentence.slice(Math.max(0, m.index! - 7), m.index));
    if (since) {
      // "the highest since 1987" dates no figure; "cuts of 40% since 2010" runs to the article's year.
      if (!articleYear || /\b(?:highest|lowest|most|fewest|largest|smallest|first time|record)\b[^.]*$/i.test(sentence.slice(0, m.index))) continue;
      const years: number[] = [];
      for (let y = span[0]; y <= articleYear; y++) years.push(y);
      out.push({ period: `${span[0]}-${articleYear}`, years, since: true, at: m.index! });
      continue;
    }
    const years: number[] = [];
    for (let y = span[0]; y <= span[1]; y++) years.push(y);
    out.push({ period: m[0].replace(/\s+/g, ''), years, at: m.index! });
  }
  if (articleYear) {
    for (const m of sentence.matchAll(/\b(?:in\s+)?(?:the\s+)?(last|past|previous|this)\s+(?:financial\s+|academic\s+)?year\b/gi)) {
      const y = /this/i.test(m[1]!) ? articleYear : articleYear - 1;
      out.push({ period: String(y), years: [y], at: m.index! });
    }
  }
  return out;
}

const CLAUSE_BREAK = /[;:.!?]|\s[–—]\s|,\s+(?:and|but|while|whereas|although)\s|\bwhich\b|\bwhile\b/g;

/** Nouns after a count: ADJ/NOUN/PROPN tokens ending in a noun ("local authorities", "child protection plans"). */
function nounAfter(tokens: Token[], from: number, sentenceLast: number): string | undefined {
  let i = from;
  const is = (k: number, re: RegExp) => k <= sentenceLast && !!tokens[k] && re.test(tokens[k]!.value);
  while (is(i, /^(?:more|additional|extra|other|further|new|fewer)$/i)) i++;
  // "seven of the 43 local authorities": the noun is after the whole.
  if (is(i, /^of$/i)) {
    i++;
    while (is(i, /^(?:the|its|their|all|these|those|England's|Wales's)$/i)) i++;
    while (i <= sentenceLast && tokens[i]!.pos === 'NUM') i++;
  }
  const words: string[] = [];
  let lastNoun = -1;
  for (let k = i; k <= sentenceLast && k < i + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^[A-Z]{2,}s?$/.test(t.value))) {
      words.push(t.value);
      lastNoun = words.length;
    } else if ((t.pos === 'ADJ' || t.pos === 'ADV') && !/^(?:more|less|fewer|most|only|just|also|still|now|then|so|very)$/i.test(t.value)) words.push(t.value);
    else break;
  }
  return lastNoun > 0 ? words.slice(0, lastNoun).join(' ').toLowerCase() : undefined;
}

/** The nearest plural noun before token `at` in its sentence, with the words that qualify it ("local authorities"). */
function nounBefore(tokens: Token[], at: number, sentenceFirst: number): string | undefined {
  for (let k = at - 1; k >= sentenceFirst; k--) {
    const t = tokens[k]!;
    if (!(t.pos === 'NOUN' || (t.pos === 'PROPN' && k === sentenceFirst)) || !/(?:[^su]s|children|people|staff)$/i.test(t.value) || /^(?:half|third|quarter|fifth|tenth|three-quarters|two-thirds|years|times)$/i.test(t.value)) continue;
    let first = k;
    while (first - 1 >= sentenceFirst && (tokens[first - 1]!.pos === 'ADJ' || tokens[first - 1]!.pos === 'NOUN') && k - first < 2) first--;
    return tokens.slice(first, k + 1).map((x) => x.value).join(' ').toLowerCase();
  }
  return undefined;
}

export function findNumbers(text: string, nlp: Analysis, content: (a: number, b: number) => boolean, articleDate?: string): NumberMention[] {
  const found: Omit<NumberMention, 'sentence' | 'segmentEnd' | 'years'>[] = [];
  const taken = (a: number, b: number) => found.some((o) => a < o.end && b > o.start);
  const push = (a: number, b: number, value: number, unit: string, rule: string, approximate = false) => {
    if (!content(a, b) || taken(a, b) || !Number.isFinite(value)) return;
    // wink keeps the hedge inside the number ("nearly 70%"); the rules find it before.
    const hedged = HEDGE.test(text.slice(Math.max(0, a - 16), a)) || HEDGE_INSIDE.test(text.slice(a, b));
    found.push({ start: a, end: b, text: text.slice(a, b), value: Math.round(value * 100) / 100, unit, rule, approximate: approximate || hedged });
  };
  // Ratios ("one in seven", "3 out of 4") and fractions, which wink reads as plain numbers. The denominator
  // is a small number written out or in digits ("four in 10"), never a year ("538,000 in 2008").
  const ratio = /\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![,.]\d)/gi;
  for (let m = ratio.exec(text); m; m = ratio.exec(text)) {
    const d = DENOMINATORS[m[2]!.toLowerCase()] ?? Number(m[2]);
    const n = parseNumber(m[1]!);
    if (d >= 2 && d <= 100 && n < d) push(m.index, m.index + m[0].length, (n / d) * 100, 'percent', 'claim:ratio', true);
  }
  const fraction = /\b(?:(?:a|one|two|three)[\s-])?(half|third|quarter|fifth|tenth|three[- ]quarters|two[- ]thirds)s?\b/gi;
  for (let m = fraction.exec(text); m; m = fraction.exec(text)) {
    // "second half of the year", "the third time": an ordinal, not a share.
    if (/\b(?:the|first|second|last|this|next)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index)) && !/^(?:a|one|two|three)[\s-]/i.test(m[0])) continue;
    // A bare "half" is a share when it is of something or hedged ("more than half were deemed less than good").
    if (!/\bof\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5)) && !/^(?:a|one|two|three)[\s-]|quarters|thirds/i.test(m[0]) && !HEDGE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const value = FRACTIONS.find(([re]) => re.test(m![0]))![1];
    push(m.index, m.index + m[0].length, value, 'percent', 'claim:fraction', true);
  }
  const perCent = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(per ?cent|percentage points?)\b/gi;
  for (let m = perCent.exec(text); m; m = perCent.exec(text)) push(m.index, m.index + m[0].length, parseNumber(m[1]!), /point/i.test(m[2]!) ? 'percentage points' : 'percent', 'claim:per-cent');
  const tokenAt = new Map(nlp.tokens.map((t, i) => [t.start, i]));
  for (const e of nlp.numbers as NumberEntity[]) {
    if (e.type === 'PERCENT') {
      const v = /(\d+(?:\.\d+)?)/.exec(e.value);
      if (v) push(e.start, e.end, Number(v[1]), 'percent', 'claim:percent');
      continue;
    }
    if (e.type === 'DURATION') {
      // "25 days per person", "12 days' sickness": a figure in digits ("within three years" is no claim).
      const d = /^(\d[\d,]*(?:\.\d+)?)\s+(days|weeks|months|hours)\b/i.exec(e.value);
      if (d) push(e.start, e.end, Number(d[1]!.replace(/,/g, '')), d[2]!.toLowerCase(), 'claim:count');
      continue;
    }
    if (e.type !== 'MONEY' && e.type !== 'CARDINAL') continue;
    const v = /^(?:[£$€]\s*)?(\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(million|billion|bn|m|k)?(?:\s+pounds)?$/i.exec(e.value.trim());
    if (!v) continue;
    let value = parseNumber(v[1]!);
    if (!Number.isFinite(value)) continue;
    const after = text.slice(e.end, e.end + 40);
    const scaleAfter = /^\s*(million|billion|bn|m)\b/i.exec(after);
    const scale = (v[2] ?? scaleAfter?.[1] ?? '').toLowerCase();
    value *= scale === 'million' || scale === 'm' ? 1e6 : scale === 'billion' || scale === 'bn' ? 1e9 : scale === 'k' ? 1e3 : 1;
    const money = /[£$€]/.test(text.slice(Math.max(0, e.start - 1), e.end)) || /^\s*(?:million\s+|billion\s+)?pounds\b/i.test(after);
    const end = e.end + (scaleAfter && !v[2] ? scaleAfter[0].length : 0);
    const start = e.start - (/[£$€]/.test(text[e.start - 1] ?? '') ? 1 : 0);
    if (money) {
      push(start, end, value, 'pounds', 'claim:money');
      continue;
    }
    if (value >= 1900 && value <= 2100 && !/,/.test(v[1]!)) continue; // a year
    if (value === 1) continue; // "one of the councils", "one important lever": one of a thing is no figure
    // An age: "aged 65", "over the age of 16" ("over 30 councils" is a count).
    if (/\b(?:aged|age of|ages of)\s+$/i.test(text.slice(Math.max(0, e.start - 12), e.start))) continue;
    if (/^\s*(?:per ?cent|percentage|%)/i.test(after)) continue;
    // A list number ("3. Seven of 87"), a day of the month, a time: no figure.
    if (/^[.)]\s/.test(text.slice(e.end, e.end + 2)) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, e.start - 4), e.start))) continue;
    if (/^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) continue;
    const ti = tokenAt.get(e.start);
    const si = ti === undefined ? -1 : nlp.sentences.findIndex((s) => s.first <= ti && ti <= s.last);
    let lastTokenOfNumber = ti ?? 0;
    while (nlp.tokens[lastTokenOfNumber + 1] && nlp.tokens[lastTokenOfNumber + 1]!.end <= end) lastTokenOfNumber++;
    const noun = si >= 0 ? nounAfter(nlp.tokens, lastTokenOfNumber + 1, nlp.sentences[si]!.last) : undefined;
    push(start, end, value, noun ?? '', 'claim:count');
  }
  found.sort((a, b) => a.start - b.start);
  const articleYear = Number(/^\d{4}/.exec(articleDate ?? '')?.[0]) || undefined;
  const sentenceOf = (at: number) => nlp.sentences.findIndex((s) => s.start <= at && at < s.end);
  const out: NumberMention[] = [];
  for (const [i, n] of found.entries()) {
    const si = sentenceOf(n.start);
    const s = nlp.sentences[si];
    const sStart = s?.start ?? n.start;
    const sEnd = s?.end ?? n.end;
    const next = found[i + 1];
    CLAUSE_BREAK.lastIndex = 0;
    const rest = text.slice(n.end, sEnd);
    const brk = CLAUSE_BREAK.exec(rest);
    let segmentEnd = Math.min(brk ? n.end + brk.index : sEnd, next && next.start < sEnd ? next.start : sEnd);
    if (segmentEnd <= n.end) segmentEnd = Math.min(sEnd, next && next.start > n.end ? next.start : sEnd);
    let unit = n.unit;
    if (!unit) {
      // A count without its noun counts the plural noun before it in the sentence ("10 local authorities were
      // judged good, seven were inadequate"; "of the 43 services inspected, 26 required improvement").
      const ti = tokenAt.get(n.start);
      unit = ti !== undefined && s ? (nounBefore(nlp.tokens, ti, s.first) ?? '') : '';
      // A large figure is a figure even when the text does not say of what.
      if (!unit && n.value >= 1000) unit = 'count';
      if (!unit) continue;
    }
    const sentence = text.slice(sStart, sEnd);
    const periods = periodsIn(sentence, articleYear);
    const rel = n.start - sStart;
    const own = periods.filter((p) => p.at >= rel && p.at < segmentEnd - sStart);
    const chosen = own[0] ?? periods.sort((a, b) => Math.abs(a.at - rel) - Math.abs(b.at - rel))[0];
    out.push({
      ...n,
      unit,
      sentence: si,
      segmentEnd,
      period: chosen?.period,
      years: chosen?.years ?? [],
      since: chosen?.since,
      subject: subjectOf(text, n.end, segmentEnd, sStart, sEnd, n.start, unit, found),
    });
  }
  return out;
}

/** What the number counts, in the text's words, trimmed to a short phrase. */
function subjectOf(text: string, end: number, segmentEnd: number, sentenceStart: number, sentenceEnd: number, start: number, unit: string, figures: { start: number; end: number }[]): string | undefined {
  // Quotation marks go, an apostrophe inside a word stays ("children’s"); other figures go ("9 councils – 6% – are judged").
  const clean = (a: number, b: number) => {
    let s = '';
    let at = a;
    for (const f of figures.filter((x) => x.start >= a && x.end <= b)) {
      s += `${text.slice(at, f.start)} `;
      at = f.end;
    }
    s += text.slice(at, b);
    return s
      .replace(/(?<!\p{L})[‘’']|[‘’'](?!\p{L})|[“”"()]/gu, ' ')
      .replace(/\s[–—-](?=\s)/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+([,;:.])/g, '$1')
      .replace(/^[\s–—-]*(?:of\s+)?(?:the\s+)?(?:\d[\d,.]*\s+)?/i, '')
      .split(/[,;:](?:\s|$)/)[0]!
      .replace(/[,.\s–—-]+$/, '')
      .trim();
  };
  let after = clean(end, segmentEnd);
  if (/^(?:percent|percentage points|pounds)$/.test(unit) && /^(?:per ?cent|percentage points?)\b/i.test(after)) after = after.replace(/^(?:per ?cent|percentage points?)\s*/i, '');
  // Words that say what is counted, not when or how it moved ("in 2014 to").
  const says = (w: string[]) => w.length >= 2 && w.some((x) => !/^(?:in|to|from|by|at|of|on|and|the|a|an|per|cent|(?:19|20)\d{2}(?:[-–/]\d{2,4})?)$/i.test(x));
  let words = after.split(' ').filter(Boolean);
  if (!says(words)) {
    // The clause stops at another figure written with this one: read on to the clause's end without it.
    const rest = clean(end, sentenceEnd).split(/\s*[,;:.!?]\s/)[0]!;
    words = rest.split(' ').filter(Boolean);
  }
  if (says(words)) return words.slice(0, 9).join(' ');
  words = [];
  const before = clean(sentenceStart, start).split(' ').filter(Boolean);
  const phrase = [...before.slice(-8), ...words].join(' ');
  return phrase || undefined;
}
