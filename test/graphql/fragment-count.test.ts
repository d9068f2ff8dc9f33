/** Counting fragment definitions from tokens, before a document is parsed or validated. */
import { describe, expect, it } from 'vitest';
import { countFragmentDefinitions } from '../../src/graphql/limits/fragment-count.js';

describe('countFragmentDefinitions', () => {
  it('counts definitions at the top level only', () => {
    expect(countFragmentDefinitions('{ ...A ...B } fragment A on Query { stats { store } } fragment B on Query { __typename }', 5_000)).toBe(2);
    // `fragment` as a field, an alias, an argument value or inside a string is not a definition.
    expect(countFragmentDefinitions('{ fragment: stats { store } node(id: "fragment F on Query") { id } search(text: fragment) { id } }', 5_000)).toBe(0);
    expect(countFragmentDefinitions('query Q($v: [String] = ["fragment"]) { __typename }', 5_000)).toBe(0);
  });

  it('stops at the token limit and leaves syntax errors to the parser', () => {
    const many = Array.from({ length: 50 }, (_, i) => `fragment F${i} on Query { __typename }`).join(' ');
    expect(countFragmentDefinitions(many, 5_000)).toBe(50);
    expect(countFragmentDefinitions(many, 60)).toBeLessThan(10);
    expect(countFragmentDefinitions('fragment A on Query { "unterminated', 5_000)).toBe(1);
  });
});
