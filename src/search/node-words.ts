/**
 * The words of a node's searchable properties, recomputed from the record
 * the same way model/storage.ts builds `searchText` for the index. Stores
 * strip `searchText` on the way out, so this is how the search service knows
 * which words a hit matched, identically for both stores.
 */
import { normaliseWords } from '../model/search-text.js';
import type { NodeRecord } from '../model/records.js';
import { LABELS } from '../model/schema.js';

/** One word list per searchable value: the name, each alias, the statement text, ... */
export function searchableValues(node: NodeRecord): string[][] {
  const values: string[][] = [];
  for (const key of LABELS[node.label].searchable as readonly string[]) {
    const value = node.properties[key];
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    for (const text of strings) {
      const words = normaliseWords(text);
      if (words.length > 0) values.push(words);
    }
  }
  return values;
}

/** Every word the store indexed for the node. */
export function indexedWords(node: NodeRecord): Set<string> {
  return new Set(searchableValues(node).flat());
}
