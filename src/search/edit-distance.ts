/**
 * Damerau-Levenshtein distance: the fewest insertions, deletions,
 * substitutions and transpositions of two adjacent characters that turn one
 * string into the other.
 *
 * This is the unrestricted distance (Lowrance-Wagner), not "optimal string
 * alignment": a transposed pair may be edited again, so "ca" → "abc" is 2
 * (OSA says 3) and the distance obeys the triangle inequality. Characters are
 * Unicode code points, not UTF-16 units.
 *
 * With `max`, the computation stops as soon as the distance must exceed it and
 * returns `max + 1`: fuzzy matching only asks "is it within k?", and most
 * vocabulary words are rejected after a row or two.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const over = max + 1;
  if (Math.abs(s.length - t.length) > max) return over;
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length);

  // d[i + 1][j + 1] is the distance between s[0, i) and t[0, j); row and
  // column 0 hold a sentinel larger than any distance, as the algorithm needs.
  const sentinel = s.length + t.length;
  const d: number[][] = [];
  d.push(new Array<number>(t.length + 2).fill(sentinel));
  for (let i = 0; i <= s.length; i++) {
    const row = new Array<number>(t.length + 2).fill(sentinel);
    for (let j = 0; j <= t.length; j++) row[j + 1] = i === 0 ? j : 0;
    row[1] = i;
    d.push(row);
  }

  // The last row of s in which each character occurred.
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= s.length; i++) {
    let lastMatchColumn = 0;
    let rowMin = Infinity;
    for (let j = 1; j <= t.length; j++) {
      const k = lastRow.get(t[j - 1]!) ?? 0;
      const l = lastMatchColumn;
      let cost = 1;
      if (s[i - 1] === t[j - 1]) {
        cost = 0;
        lastMatchColumn = j;
      }
      const value = Math.min(
        d[i]![j]! + cost, // substitute (or keep)
        d[i + 1]![j]! + 1, // insert
        d[i]![j + 1]! + 1, // delete
        d[k]![l]! + (i - k - 1) + 1 + (j - l - 1), // transpose, with the characters between deleted/inserted
      );
      d[i + 1]![j + 1] = value;
      if (value < rowMin) rowMin = value;
    }
    // A row's minimum never decreases further down, so once it exceeds max the answer does too.
    if (Math.min(rowMin, i) > max) return over;
    lastRow.set(s[i - 1]!, i);
  }
  const distance = d[s.length + 1]![t.length + 1]!;
  return distance > max ? over : distance;
}

/**
 * Which letters a word has, as bits: a-z are bits 0-25, anything else shares
 * bit 26. Two masks give a cheap lower bound on the distance (maskDistance).
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    mask |= 1 << (letter >= 0 && letter < 26 ? letter : 26);
  }
  return mask;
}

/**
 * A lower bound on damerauLevenshtein of the two words the masks came from:
 * each letter one word has and the other lacks needs an edit of its own, and
 * a transposition adds or removes none. Most vocabulary words are ruled out
 * by it in a few instructions.
 */
export function maskDistance(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(n: number): number {
  let count = 0;
  for (let bits = n >>> 0; bits !== 0; bits &= bits - 1) count++;
  return count;
}
