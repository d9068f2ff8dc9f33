/**
 * The words names are made of, for correcting typos in a query. Drawn from
 * the names, aliases and titles of the labels people look things up by.
 * Statement, Claim and Outcome texts stay out: they are running prose, whose
 * every common word would become a correction target (and "known", so never
 * corrected itself), while a misspelt name is what a user most often types.
 */
import type { Label } from '../model/schema.js';
import type { GraphStore } from '../store/port.js';
import { damerauLevenshtein, letterMask, maskDistance } from './edit-distance.js';
import { STOP_WORDS } from './query.js';

/** In the order a load reads them: the labels that are usually small first, so what they leave of the node budget goes to the others. */
export const VOCABULARY_LABELS: readonly Label[] = ['Council', 'Group', 'Framework', 'Report', 'Organisation', 'Person', 'Source'];

/**
 * Bounds on one load: it reads at most `nodes` nodes, each label at most an
 * equal share of what the labels before it left (at 1M benchmark statements
 * the 125,000 people would otherwise spend it all, and no council, body or
 * report name would be correctable), and keeps at most `words`
 * words, the ones in the most nodes: the bound on what a correction scans per
 * query word (what that costs: docs/measurements.md).
 */
export const VOCABULARY_LIMITS = { nodes: 100_000, words: 50_000 };

/** A query word is corrected to at most this many vocabulary words. */
export const MAX_CORRECTIONS_PER_WORD = 3;

/**
 * How many edits a correction may make: none for words under 4 letters
 * (short words and acronyms such as "lga", "sif", "pse", "dfe" are one edit
 * from too many others to guess), 1 for 4-6 letters, 2 for longer words.
 */
export function maxEdits(word: string): number {
  const length = Array.from(word).length;
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}

/** Numbers are never corrected ("2014" is not a typo for "2013"), nor stop words. */
function isCorrectable(word: string): boolean {
  return maxEdits(word) > 0 && !/[0-9]/.test(word) && !STOP_WORDS.has(word);
}

/** Words a query word may be corrected to: the shortest a 4-letter word can become in one edit is 3 letters. */
function isTarget(word: string): boolean {
  return word.length >= 3 && !/[0-9]/.test(word) && !STOP_WORDS.has(word);
}

export class Vocabulary {
  /** Words (with their letter masks) by length: a correction is only looked for among lengths within reach. */
  private readonly byLength = new Map<number, Map<string, number>>();
  /** How many nodes hold each word. */
  private readonly frequency: Map<string, number>;

  constructor(frequency: ReadonlyMap<string, number>) {
    this.frequency = new Map(frequency);
    for (const word of this.frequency.keys()) this.bucketOf(word).set(word, letterMask(word));
  }

  /** Builds one from texts (names, titles); each text counts once per word. */
  static fromTexts(texts: Iterable<readonly string[]>, maxWords = VOCABULARY_LIMITS.words): Vocabulary {
    const frequency = new Map<string, number>();
    for (const words of texts) {
      for (const word of new Set(words)) if (isTarget(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    return new Vocabulary(mostFrequent(frequency, maxWords));
  }

  /**
   * Counts one more node's words (a node written). Words past the load's
   * word bound join too: a write names what users will look for next.
   */
  add(words: Iterable<string>): void {
    for (const word of new Set(words)) {
      if (!isTarget(word)) continue;
      const count = this.frequency.get(word) ?? 0;
      this.frequency.set(word, count + 1);
      if (count === 0) this.bucketOf(word).set(word, letterMask(word));
    }
  }

  /** Counts one node's words out (a node deleted or rewritten); a word no node holds any more leaves. */
  remove(words: Iterable<string>): void {
    for (const word of new Set(words)) {
      const count = this.frequency.get(word);
      if (count === undefined) continue;
      if (count > 1) {
        this.frequency.set(word, count - 1);
      } else {
        this.frequency.delete(word);
        this.bucketOf(word).delete(word);
      }
    }
  }

  private bucketOf(word: string): Map<string, number> {
    const length = Array.from(word).length;
    let bucket = this.byLength.get(length);
    if (!bucket) this.byLength.set(length, (bucket = new Map()));
    return bucket;
  }

  get size(): number {
    return this.frequency.size;
  }

  has(word: string): boolean {
    return this.frequency.has(word);
  }

  /**
   * The vocabulary words a query word was probably meant to be: none when it
   * is known or not correctable; else those at the smallest edit distance
   * within maxEdits, most frequent first, at most MAX_CORRECTIONS_PER_WORD.
   */
  corrections(word: string): string[] {
    if (this.has(word) || !isCorrectable(word)) return [];
    const limit = maxEdits(word);
    const length = Array.from(word).length;
    const mask = letterMask(word);
    let best = limit;
    let found: string[] = [];
    for (let candidateLength = length - limit; candidateLength <= length + limit; candidateLength++) {
      for (const [candidate, candidateMask] of this.byLength.get(candidateLength) ?? []) {
        if (maskDistance(mask, candidateMask) > best) continue; // rules out most words before the full distance
        const distance = damerauLevenshtein(word, candidate, best);
        if (distance < best) {
          best = distance;
          found = [candidate];
        } else if (distance === best) {
          found.push(candidate);
        }
      }
    }
    const frequency = this.frequency;
    return found
      .sort((a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_CORRECTIONS_PER_WORD);
  }
}

function mostFrequent(frequency: Map<string, number>, maxWords: number): Map<string, number> {
  if (frequency.size <= maxWords) return frequency;
  const kept = [...frequency.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, maxWords);
  return new Map(kept);
}

/**
 * Reads the vocabulary labels' indexed words from the store, one statement
 * per label, within VOCABULARY_LIMITS (at 100,000 statements: ~32,000 nodes).
 */
export async function loadVocabulary(store: GraphStore, limits = VOCABULARY_LIMITS): Promise<Vocabulary> {
  const texts: string[][] = [];
  for (const [i, label] of VOCABULARY_LABELS.entries()) {
    const share = Math.floor((limits.nodes - texts.length) / (VOCABULARY_LABELS.length - i));
    if (share <= 0) continue;
    for (const text of await store.searchTexts(label, share)) texts.push(text.split(' '));
  }
  return Vocabulary.fromTexts(texts, limits.words);
}
