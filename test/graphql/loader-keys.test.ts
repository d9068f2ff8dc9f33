/** The DataLoader key of a store query: one string per question, whatever the order its fields were written in. */
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/graphql/loaders.js';

describe('keyOf', () => {
  it('gives the same key whatever the key order, and leaves undefined out', () => {
    const a = { type: 'ABOUT', direction: 'in', sort: { on: 'node', property: 'dateFrom', direction: 'DESC' }, limit: 11, after: undefined };
    const b = { limit: 11, sort: { direction: 'DESC', property: 'dateFrom', on: 'node' }, direction: 'in', type: 'ABOUT' };
    expect(keyOf(a)).toBe(keyOf(b));
    expect(JSON.parse(keyOf(a))).toEqual(JSON.parse(JSON.stringify(b)));
  });

  it('tells different questions apart, nested values and lists included', () => {
    const keys = [
      { type: 'ABOUT', direction: 'in' },
      { type: 'ABOUT', direction: 'out' },
      { type: 'ABOUT', direction: 'in', nodeFilter: { kind: { eq: 'quote' } } },
      { type: 'ABOUT', direction: 'in', nodeFilter: { kind: { in: ['quote', 'paraphrase'] } } },
      { type: 'ABOUT', direction: 'in', nodeFilter: { kind: { in: ['paraphrase', 'quote'] } } },
      { type: 'ABOUT', direction: 'in', after: { value: null, id: 'statement:a' } },
      { type: 'ABOUT', direction: 'in', after: { value: 'null', id: 'statement:a' } },
      { type: 'ABOUT', direction: 'in', limit: 1 },
      { type: 'ABOUT', direction: 'in', limit: '1' },
    ].map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
