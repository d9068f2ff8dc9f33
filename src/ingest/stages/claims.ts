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
