import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, letterMask, maskDistance } from '../../src/search/edit-distance.js';

/** A small seeded generator (mulberry32), so failures reproduce. */
function generator(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const randomWords = (seed: number, alphabet: string, maxLength: number) => {
  const random = generator(seed);
  return () => Array.from({ length: Math.floor(random() * (maxLength + 1)) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
};

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['wilshaw', 'wilshaw', 0],
    ['wishaw', 'wilshaw', 1], // insertion
    ['wilshaw', 'wilshw', 1], // deletion
    ['wilshaw', 'wilshow', 1], // substitution
    ['micahel', 'michael', 1], // adjacent transposition
    ['ofsted', 'ofstde', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 2], // unrestricted: optimal string alignment says 3
    ['abcdef', 'badcfe', 3], // three transpositions
    ['directors', 'directros', 1],
    ['adcs', 'lga', 4],
  ])('%j to %j is %i', (a, b, expected) => {
    expect(damerauLevenshtein(a, b)).toBe(expected);
    expect(damerauLevenshtein(b, a)).toBe(expected);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(damerauLevenshtein('zoë', 'zoe')).toBe(1);
    expect(damerauLevenshtein('a😀b', 'ab')).toBe(1);
    expect(damerauLevenshtein('😀😁', '😁😀')).toBe(1);
  });

  it('with a bound, gives the distance when within it and bound + 1 when not', () => {
    expect(damerauLevenshtein('wishaw', 'wilshaw', 1)).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(damerauLevenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(damerauLevenshtein('a', 'abcdefgh', 2)).toBe(3); // lengths alone rule it out
    expect(damerauLevenshtein('abcdefgh', 'zyxwvuts', 1)).toBe(2);
    expect(damerauLevenshtein('same', 'same', 0)).toBe(0);
    expect(damerauLevenshtein('same', 'sane', 0)).toBe(1);
  });

  it('agrees with and without a bound on random strings', () => {
    const word = randomWords(42, 'abcd', 7);
    for (let i = 0; i < 2000; i++) {
      const [a, b] = [word(), word()];
      const exact = damerauLevenshtein(a, b);
      for (const max of [0, 1, 2, 3]) expect(damerauLevenshtein(a, b, max)).toBe(Math.min(exact, max + 1));
      expect(damerauLevenshtein(b, a)).toBe(exact);
      expect(exact).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }
  });

  it('obeys the triangle inequality (which optimal string alignment does not)', () => {
    expect(damerauLevenshtein('ca', 'abc')).toBeLessThanOrEqual(damerauLevenshtein('ca', 'ac') + damerauLevenshtein('ac', 'abc'));
  });

  it('is never below the letter-mask bound', () => {
    expect(maskDistance(letterMask('wilshaw'), letterMask('wishaw'))).toBe(1);
    expect(maskDistance(letterMask('micahel'), letterMask('michael'))).toBe(0);
    expect(maskDistance(letterMask('adcs'), letterMask('lga'))).toBe(3);
    const word = randomWords(7, 'abcdefghz0é', 9);
    for (let i = 0; i < 5000; i++) {
      const [a, b] = [word(), word()];
      expect(maskDistance(letterMask(a), letterMask(b))).toBeLessThanOrEqual(damerauLevenshtein(a, b));
    }
  });
});
