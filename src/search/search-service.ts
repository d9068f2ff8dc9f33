/**
 * Ranked full-text search over names, aliases, titles and statement text,
 * the same on either store, offline, and able to say why each hit matched.
 *
 *   text ──queryWords──▶ words ──Vocabulary.corrections──▶ terms
 *        ──store.search, one call per label──▶ candidates ──rankHits──▶ results
 *
 * A query word that is not in the vocabulary of names is searched as typed
 * and also as its closest vocabulary words ("wilshw" → "wilshaw"); the
 * results say which words matched and which were corrections.
 */
import { LABELS, labelNames, type Label } from '../model/schema.js';
import { isSearchable } from '../model/storage.js';
import type { NodeRecord } from '../model/records.js';
import type { GraphStore } from '../store/port.js';
import { queryWords } from './query.js';
import { rankHits, type QueryTerm, type SearchResult } from './rank.js';
import { indexedWords } from './node-words.js';
import { loadVocabulary, VOCABULARY_LABELS, type Vocabulary } from './vocabulary.js';

export type { QueryTerm, SearchResult } from './rank.js';

/** The most results one search returns. */
export const MAX_LIMIT = 100;

/**
 * How many of the store's best hits per label are re-ranked for a search asking for `limit` results: ten
 * per result, at least 50, at most 250. The store picks them by its own BM25; when a label has more matches
 * than this, the two stores may disagree on the last few candidates. Every candidate is read whole and
 * ranked, so this is what a search costs as labels grow. `npm run bench:search` measures both sides: fewer
 * candidates are much cheaper, and on sampled queries (names, titles and statement phrases, half with a
 * letter dropped) ten per result gave the scores five times as many gave, all but rarely among nodes that
 * match one word of two (figures: docs/measurements.md).
 */
export function candidatesPerLabel(limit: number): number {
  return Math.min(250, Math.max(50, 10 * limit));
}

const searchableLabels = labelNames.filter(isSearchable);

const vocabularyLabels = new Set<string>(VOCABULARY_LABELS);

export class SearchService {
  private vocabulary: Promise<Vocabulary> | undefined;
  /** The vocabulary once its load has finished: from then on writes update it in place. */
  private loaded: Vocabulary | undefined;

  constructor(private readonly store: GraphStore) {}

  /**
   * Up to `limit` (at most MAX_LIMIT) nodes of the given labels (default: every
   * searchable label), best first. Text with no words gives no results and
   * asks the store nothing. With `properties` (a request's projection), the
   * nodes carry only those and the searchable ones, which ranking reads; else
   * all but the large ones (a source's text).
   */
  async search(text: string, labels: readonly Label[] = [], limit: number = MAX_LIMIT, properties?: readonly string[]): Promise<SearchResult[]> {
    const words = queryWords(text);
    const targets = labels.length > 0 ? [...new Set(labels)].filter(isSearchable) : searchableLabels;
    const max = Math.min(MAX_LIMIT, Math.floor(limit));
    if (words.length === 0 || targets.length === 0 || !(max >= 1)) return [];

    const terms = expand(words, await this.currentVocabulary());
    const storeWords = [...new Set(terms.flatMap((term) => [term.word, ...term.corrections]))];
    // One call per label: the store cuts its hits at the limit by raw BM25, which is not comparable across labels.
    const hitsPerLabel = await Promise.all(
      targets.map((label) =>
        this.store.search({ words: storeWords, labels: [label], limit: candidatesPerLabel(max), ...(properties && { properties: [...new Set([...properties, ...LABELS[label].searchable])] }) }),
      ),
    );
    return rankHits(terms, hitsPerLabel, max);
  }

  /** Starts loading the vocabulary now (at server start), so that the first search need not wait for it. */
  warm(): void {
    this.currentVocabulary().catch(() => undefined); // a failed load is retried by the next search
  }

  /**
   * Keeps the vocabulary in step with a write: the words of the nodes as they
   * were (`before`, deleted ones included) leave it and those of the nodes as
   * written (`after`) join it, so a write costs its own nodes, not a reload.
   */
  noteWrite(before: readonly NodeRecord[], after: readonly NodeRecord[]): void {
    if (!this.loaded) {
      // A load in flight may have read the graph before this write or after it: the next search reads it again.
      this.refresh();
      return;
    }
    for (const node of before) if (vocabularyLabels.has(node.label)) this.loaded.remove(indexedWords(node));
    for (const node of after) if (vocabularyLabels.has(node.label)) this.loaded.add(indexedWords(node));
  }

  /** Forgets the vocabulary, so the next search reads it again. */
  refresh(): void {
    this.vocabulary = undefined;
    this.loaded = undefined;
  }

  /** The vocabulary, loaded on first use; concurrent searches share one load, and a failed load is retried next time. */
  private currentVocabulary(): Promise<Vocabulary> {
    if (!this.vocabulary) {
      const loading = loadVocabulary(this.store);
      this.vocabulary = loading;
      loading.then(
        (vocabulary) => {
          if (this.vocabulary === loading) this.loaded = vocabulary;
        },
        () => {
          if (this.vocabulary === loading) this.vocabulary = undefined;
        },
      );
    }
    return this.vocabulary;
  }
}

/** Each word with its corrections; a correction the user also typed is left to that word. */
function expand(words: readonly string[], vocabulary: Vocabulary): QueryTerm[] {
  const typed = new Set(words);
  return words.map((word) => ({ word, corrections: vocabulary.corrections(word).filter((c) => !typed.has(c)) }));
}
