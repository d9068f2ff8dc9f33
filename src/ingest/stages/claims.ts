/**
 * Claims stage, linking: a number in the text is the same claim as one in the graph only when its
 * value, unit and period agree, not on value alone (a fraction in a text about 2018 is not
 * the 2013-14 claim with the same fraction).
 *
 * - Period: the years named in the number's sentence (or, when it names none, the sentence before)
 *   must fall inside the claim's period ("2013-14", "2010-2015", "2014"). When the text names no year
 *   near the number, the article must date from within two years after the period ends: an article
 *   about that period's report, not a later one about something else.
 * A claim without a period is matched on value and unit as before (propose.ts: matchClaims, which ranks
 * claims by their words near the number but does not yet require any: the subject check is still to do).
 */

import type { DraftClaim } from '../draft.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Analysis, NumberEntity } from '../nlp.js';
import { words } from '../stance.js';

/** [first year, last year] of a period as the graph writes it: "2013-14", "2010-2015", "2014". */
export function periodYears(period: string): [number, number] | null {
  const m = /^((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)?\d{2}))?$/.exec(period.trim());
  if (!m) return null;
  const first = Number(m[1]);
  if (!m[2]) return [first, first];
  const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return [first, last >= first ? last : last + 100];
}

/**
 * Years a text names as the time of its figures (financial years "2013-14" count as both). A year
 * after "since" is where a trend starts ("the highest since 1987"), not when the figure is from.
 */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b((?:19|20)\d{2})(?:\s*[-–/]\s*(\d{2,4}))?\b/g)) {
    if (/\bsince\s+$/i.test(text.slice(Math.max(0, m.index! - 7), m.index))) continue;
    const span = periodYears(m[0]);
    if (span) for (let y = span[0]; y <= span[1]; y++) out.push(y);
  }
  return out;
}

export interface PeriodContext {
  /** The number's sentence, and the one before it. */
  sentence: string;
  previous: string;
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD), when known. */
  articleDate?: string;
}

export function periodAgrees(claimPeriod: string | undefined, context: PeriodContext): boolean {
  if (!claimPeriod) return true;
  const span = periodYears(claimPeriod);
  if (!span) return true;
  const named = yearsIn(context.sentence).length ? yearsIn(context.sentence) : yearsIn(context.previous);
  if (named.length) return named.some((y) => y >= span[0] && y <= span[1]);
  const year = Number(/^\d{4}/.exec(context.articleDate ?? '')?.[0]);
  return !year || (year >= span[0] && year <= span[1] + 2);
}

// Finding numbers, and linking them (value and unit first, then the period rule above).

const FRACTIONS: Record<string, number> = { half: 50, third: 33, quarter: 25, fifth: 20, tenth: 10, 'three-quarters': 75, 'three quarters': 75, 'two-thirds': 67, 'two thirds': 67 };
const SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const num = (w: string) => (SMALL[w.toLowerCase()] ?? Number(w.replace(/,/g, '')));

export function findClaims(text: string, nlp: Analysis, gaz: Gazetteer, content: (a: number, b: number) => boolean, articleDate?: string): DraftClaim[] {
  const out: Omit<DraftClaim, 'matches'>[] = [];
  const taken = (a: number, b: number) => out.some((o) => a < o.end && b > o.start);
  const push = (a: number, b: number, value: number, unit: string, rule: string) => {
    if (!content(a, b) || taken(a, b) || !Number.isFinite(value)) return;
    out.push({ start: a, end: b, text: text.slice(a, b), value: Math.round(value * 100) / 100, unit, rule });
  };
  // Ratios and fractions, which wink reads as plain numbers.
  const ratio = /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi;
  for (let m = ratio.exec(text); m; m = ratio.exec(text)) push(m.index, m.index + m[0].length, (num(m[1]!) / num(m[2]!)) * 100, 'percent', 'claim:ratio');
  const fraction = /\b(?:(?:nearly|almost|around|about|over|more than)\s+)?(?:a|one|two|three)?[\s-]?(half|third|quarter|fifth|tenth|three[- ]quarters|two[- ]thirds)s?\b/gi;
  for (let m = fraction.exec(text); m; m = fraction.exec(text)) {
    const all = m[0].toLowerCase();
    const value = /three[- ]quarter/.test(all) ? 75 : /two[- ]third/.test(all) ? 67 : FRACTIONS[m[1]!.toLowerCase()]!;
    push(m.index, m.index + m[0].length, value, 'percent', 'claim:fraction');
  }
  const perCent = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(per ?cent|percentage points?)\b/gi;
  for (let m = perCent.exec(text); m; m = perCent.exec(text)) push(m.index, m.index + m[0].length, num(m[1]!), /point/i.test(m[2]!) ? 'percentage points' : 'percent', 'claim:per-cent');
  for (const e of nlp.numbers as NumberEntity[]) {
    if (e.type === 'PERCENT') {
      const v = /(\d+(?:\.\d+)?)/.exec(e.value);
      if (v) push(e.start, e.end, Number(v[1]), 'percent', 'claim:percent');
    } else if (e.type === 'MONEY' || e.type === 'CARDINAL') {
      const v = /(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|m|k)?/i.exec(e.value);
      if (!v) continue;
      let value = Number(v[1]!.replace(/,/g, ''));
      const after = text.slice(e.end, e.end + 40);
      const scale = (v[2] ?? /^\s*(million|billion|bn|m)\b/i.exec(after)?.[1] ?? '').toLowerCase();
      value *= scale === 'million' || scale === 'm' ? 1e6 : scale === 'billion' || scale === 'bn' ? 1e9 : scale === 'k' ? 1e3 : 1;
      const money = /[£$€]/.test(text.slice(e.start - 1, e.end));
      if (!money && value >= 1900 && value <= 2100 && !/,/.test(v[1]!)) continue; // a year
      if (!money && value < 2) continue;
      const unit = money ? 'pounds' : unitAfter(after);
      push(e.start - (text[e.start - 1] === '£' ? 1 : 0), e.end, value, unit, money ? 'claim:money' : 'claim:count');
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.map((k) => {
    const at = nlp.sentences.findIndex((x) => x.start <= k.start && k.start < x.end);
    const sentenceText = (i: number) => (i >= 0 && nlp.sentences[i] ? text.slice(nlp.sentences[i]!.start, nlp.sentences[i]!.end) : '');
    const context = { sentence: sentenceText(at), previous: sentenceText(at - 1), articleDate };
    return { ...k, matches: matchClaims(k, gaz, text).filter((id) => periodAgrees(gaz.claims.find((c) => c.id === id)?.period, context)) };
  });
}

function unitAfter(after: string): string {
  const m = /^\s*(?:more\s+|of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(after);
  return m ? m[1]!.toLowerCase() : 'count';
}

const UNIT_GROUPS = [
  ['council', 'councils', 'local authorities', 'authorities', 'local authority', 'services', 'inspected', 'lscbs', 'boards'],
  ['children', 'child', 'young people'],
  ['pounds', '£'],
];

function unitsAgree(found: string, claimUnit: string): boolean {
  const f = found.toLowerCase();
  const c = claimUnit.toLowerCase();
  if (f === c || f.startsWith(c) || c.startsWith(f.split(' ')[0]!)) return true;
  return UNIT_GROUPS.some((g) => g.some((u) => f.startsWith(u)) && g.some((u) => c.startsWith(u)));
}

function matchClaims(k: Omit<DraftClaim, 'matches'>, gaz: Gazetteer, text: string): string[] {
  const near = new Set(words(text.slice(Math.max(0, k.start - 200), k.end + 200)));
  const overlap = (c: { text: string; unit: string }) => words(`${c.text} ${c.unit}`).filter((w) => w.length > 3 && near.has(w)).length;
  // Same value; the unit agrees, or (for a bare count whose noun is elsewhere) the claim's words are around the number.
  const hits = gaz.claims
    .filter((c) => (k.unit === 'percent' || k.unit === 'percentage points' ? c.unit === k.unit && Math.abs(c.value - k.value) <= 1 : c.value === k.value && (unitsAgree(k.unit, c.unit) || overlap(c) >= 2)))
    .map((c) => ({ id: c.id, overlap: overlap(c) }))
    .sort((a, b) => b.overlap - a.overlap);
  return hits.map((h) => h.id);
}
