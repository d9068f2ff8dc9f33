/**
 * Which query words each hit matched, and the order hits come in.
 *
 * The store finds candidates; the order is decided here, from things both
 * stores agree on, so Grafeo and Neo4j rank the same data the same way except
 * where their BM25 scores (the last criterion but one) differ:
 *
 *   1. how many distinct query words the node matched, typed or corrected;
 *   2. how many of those it matched exactly as typed (a correction is a guess);
 *   3. quality, in [0, 1], the mean of
 *      - completeness: the largest share of one name, alias or text's words
 *        that the query matched ("Ofsted" for "ofsted" is 1; a statement
 *        that mentions Ofsted is far less), and
 *      - relevance: the store's BM25 score over the best score in the same
 *        label (scores from different label indexes are not comparable);
 *   4. id, so the order is total.
 *
 * The score says the same in one number, c + (e + q/2) / (n + 1) for a
 * query of n words, c words matched, e of them exactly: its integer part is
 * c, and since e ≤ n and q/2 ≤ 1/2, sorting by it is sorting by c, then e,
 * then q.
 */
import type { NodeRecord } from '../model/records.js';
import type { SearchHit } from '../store/port.js';
import { searchableValues } from './node-words.js';
import { STOP_WORDS } from './query.js';

/** A query word and what it may have been meant as. */
export interface QueryTerm {
  word: string;
  corrections: readonly string[];
}

export interface SearchResult {
  node: NodeRecord;
  score: number;
  /** The words found in the node: query words as typed, and corrections of them. */
  matchedWords: string[];
  /** For each matched correction, the query word it corrects ("wilshaw" → "wilshw"). */
  correctedFrom?: Record<string, string>;
}

interface Match {
  covered: number;
  exact: number;
  completeness: number;
  matchedWords: string[];
  correctedFrom: Record<string, string>;
}

/** How the node matches the query, or null when it has none of the words (then the store matched it on something else). */
export function matchNode(node: NodeRecord, terms: readonly QueryTerm[]): Match | null {
  const values = searchableValues(node);
  const words = new Set(values.flat());
  const matched = new Set<string>();
  const correctedFrom: Record<string, string> = {};
  let covered = 0;
  let exact = 0;
  for (const term of terms) {
    const typed = words.has(term.word);
    const corrected = term.corrections.filter((word) => words.has(word));
    if (!typed && corrected.length === 0) continue;
    covered++;
    if (typed) {
      exact++;
      matched.add(term.word);
    }
    for (const word of corrected) {
      matched.add(word);
      correctedFrom[word] ??= term.word;
    }
  }
  if (covered === 0) return null;
  return { covered, exact, completeness: completeness(values, matched), matchedWords: [...matched], correctedFrom };
}

/**
 * The largest share of one value's distinct words that were matched. Stop
 * words count only when matched: "directors children services" matches all
 * that matters of "Association of Directors of Children's Services" but the
 * first word, 3/4; "the" matches half of "The Guardian".
 */
function completeness(values: readonly string[][], matched: ReadonlySet<string>): number {
  let best = 0;
  for (const value of values) {
    const counted = [...new Set(value)].filter((word) => matched.has(word) || !STOP_WORDS.has(word));
    if (counted.length === 0) continue;
    const share = counted.filter((word) => matched.has(word)).length / counted.length;
    if (share > best) best = share;
  }
  return best;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks the store's hits, one list per label, and keeps the best `limit`. */
export function rankHits(terms: readonly QueryTerm[], hitsPerLabel: readonly (readonly SearchHit[])[], limit: number): SearchResult[] {
  const steps = terms.length + 1;
  const seen = new Set<string>();
  const results: SearchResult[] = [];
  for (const hits of hitsPerLabel) {
    const matches = hits.flatMap((hit) => {
      const match = seen.has(hit.node.id) ? null : matchNode(hit.node, terms);
      seen.add(hit.node.id);
      return match ? [{ hit, match }] : [];
    });
    const bestScore = matches.reduce((best, { hit }) => (Number.isFinite(hit.score) && hit.score > best ? hit.score : best), 0);
    for (const { hit, match } of matches) {
      const relevance = bestScore > 0 && Number.isFinite(hit.score) ? Math.max(0, hit.score) / bestScore : 0;
      const quality = (match.completeness + relevance) / 2;
      const result: SearchResult = {
        node: hit.node,
        score: match.covered + (match.exact + quality / 2) / steps,
        matchedWords: match.matchedWords,
      };
      if (Object.keys(match.correctedFrom).length > 0) result.correctedFrom = match.correctedFrom;
      results.push(result);
    }
  }
  return results.sort((a, b) => b.score - a.score || byId(a.node.id, b.node.id)).slice(0, limit);
}
