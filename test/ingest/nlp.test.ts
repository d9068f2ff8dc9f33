/** The wink analysis the stages share: offsets into the text as given, and no time spent on runs that are no word. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/ingest/nlp.js';

describe('analyse', () => {
  it('gives every token its offsets in the text as given', () => {
    const text = 'Ofsted’s chief inspector said: “Councils must do better.”';
    const { tokens, sentences } = analyse(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.value);
    expect(tokens.map((t) => t.value)).toContain('Councils');
    expect(sentences.length).toBeGreaterThan(0);
  });

  it('reads an overlong run without a space as no token, and keeps the offsets of the words after it', () => {
    // wink's stemmer and part-of-speech features take time in the square of a token's length: 100,000
    // characters of one "word" held a proposal for well over a minute.
    const run = 'x'.repeat(100_000);
    const text = `The report said ${run} and the minister said “It is wrong.”`;
    const { tokens } = analyse(text);
    expect(tokens.every((t) => t.end - t.start <= 100)).toBe(true);
    const minister = tokens.find((t) => t.value === 'minister')!;
    expect(minister.start).toBe(text.indexOf('minister'));
    expect(tokens.map((t) => t.value)).toEqual(expect.arrayContaining(['The', 'report', 'said', 'and', 'wrong']));
  });
});
