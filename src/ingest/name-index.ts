/**
 * Finding many known names in a text without building a regular expression
 * from them: a token index. A graph's names are data of any length and
 * number, and compiling them into patterns fails on a long one ("regular
 * expression too large") and costs one pass over the text per name; here
 * both the names and the text are cut into the same tokens, names are
 * indexed by their first tokens, and the text is walked once.
 *
 * Tokens: a maximal run of letters and digits (a word), a run of whitespace
 * (any whitespace matches any other), or any other single character, with
 * typographic and straight apostrophes the same. Because words are maximal
 * on both sides, a name found on token boundaries is a name with whole words:
 * "Wood" is not found in "Woodhouse", and is found in "Wood’s" and "(Wood)".
 *
 * A name is matched with its capitals as written (`caseSensitive`) or in any
 * case; the caller decides which.
 */

const WORD = /[\p{L}\p{N}]+|\s+|[^]/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** A bucket key is at most this many tokens: a name's first word, the space after it and its second word. */
const KEY_TOKENS = 3;

interface Token {
  /** The token as compared: whitespace as one space, apostrophes as "'". */
  text: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  word: boolean;
}

function normalise(raw: string): string {
  if (/^\s/u.test(raw)) return ' ';
  return raw === '’' ? "'" : raw;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ text: normalise(m[0]), start: m.index, end: m.index + m[0].length, word: LETTER_OR_DIGIT.test(m[0]) });
  }
  return tokens;
}

interface Entry<T> {
  tokens: string[];
  value: T;
}

export interface NameHit<T> {
  /** UTF-16 [start, end) in the text searched. */
  start: number;
  end: number;
  value: T;
}

const keyOf = (tokens: readonly string[], length: number) => tokens.slice(0, length).join('\u0000');

export class NameIndex<T> {
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly folded = new Map<string, Entry<T>[]>();

  /** Adds a name; whitespace at its ends is ignored. Returns false for a name with no tokens. */
  add(name: string, value: T, caseSensitive: boolean): boolean {
    const tokens = tokenize(name.trim()).map((t) => (caseSensitive ? t.text : t.text.toLowerCase()));
    if (tokens.length === 0) return false;
    const buckets = caseSensitive ? this.exact : this.folded;
    const key = keyOf(tokens, KEY_TOKENS);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    bucket.push({ tokens, value });
    return true;
  }

  /** Every occurrence of every name, in the order of their starts; overlapping occurrences are all reported. */
  find(text: string): NameHit<T>[] {
    const tokens = tokenize(text);
    const lower = tokens.map((t) => t.text.toLowerCase());
    const exact = tokens.map((t) => t.text);
    const hits: NameHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // A name starts where no letter or digit comes before it (not inside a word, nor in "Ofsted’s" at "’s").
      if (i > 0 && tokens[i - 1]!.word) continue;
      this.collect(this.exact, exact, tokens, i, hits);
      this.collect(this.folded, lower, tokens, i, hits);
    }
    return hits;
  }

  private collect(buckets: Map<string, Entry<T>[]>, compared: string[], tokens: Token[], i: number, hits: NameHit<T>[]): void {
    if (buckets.size === 0) return;
    for (let length = 1; length <= KEY_TOKENS && i + length <= compared.length; length++) {
      const bucket = buckets.get(keyOf(compared.slice(i, i + length), length));
      if (!bucket) continue;
      for (const entry of bucket) {
        // Names shorter than the key length live under their full key; longer ones under the first KEY_TOKENS.
        if (entry.tokens.length < KEY_TOKENS ? entry.tokens.length !== length : length !== KEY_TOKENS) continue;
        const last = i + entry.tokens.length - 1;
        if (last >= tokens.length) continue;
        let same = true;
        for (let k = 0; k < entry.tokens.length && same; k++) same = entry.tokens[k] === compared[i + k];
        if (!same) continue;
        // …and ends where no letter or digit follows.
        if (last + 1 < tokens.length && tokens[last + 1]!.word) continue;
        hits.push({ start: tokens[i]!.start, end: tokens[last]!.end, value: entry.value });
      }
    }
  }
}
