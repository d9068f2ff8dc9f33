/**
 * From what a user typed to the words a search looks for. The text goes
 * through the same normaliser as the stores' indexes (model/search-text.ts),
 * so query syntax of either engine (`~`, `AND`, quotes, `*`, `field:`) is
 * just punctuation or a plain word here, never an operator.
 */
import { normaliseWords } from '../model/search-text.js';

/** Only the first this-many words of a query are used. */
export const MAX_QUERY_WORDS = 32;

/**
 * Only this much of the text is read: a guard against megabyte-long
 * arguments. Any 32 words of real text fit well inside it.
 */
export const MAX_QUERY_CHARS = 10_000;

/**
 * Very common English words, as normaliseWords leaves them ("children's" →
 * "children", "it's" → "it", a stray "s"). Both stores index every word;
 * these are dropped from a query only when other words remain, so that
 * "directors of the services" ranks by "directors" and "services" while
 * "the" alone still finds something.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have',
  'he', 'her', 'his', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 's', 'she',
  'so', 't', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those',
  'to', 'was', 'we', 'were', 'what', 'which', 'will', 'with', 'would', 'you', 'your',
]);

/** Distinct normalised words of the query, in the order typed, stop words dropped unless nothing else is left. */
export function queryWords(text: string): string[] {
  if (typeof text !== 'string') return [];
  const words = [...new Set(normaliseWords(text.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_WORDS))];
  const content = words.filter((word) => !STOP_WORDS.has(word));
  return content.length > 0 ? content : words;
}
