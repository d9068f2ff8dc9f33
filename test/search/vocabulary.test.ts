import { describe, expect, it } from 'vitest';
import { normaliseWords } from '../../src/model/search-text.js';
import { MAX_QUERY_WORDS, queryWords } from '../../src/search/query.js';
import { MAX_CORRECTIONS_PER_WORD, maxEdits, Vocabulary } from '../../src/search/vocabulary.js';

const vocabulary = (...names: string[]) => Vocabulary.fromTexts(names.map(normaliseWords));

describe('queryWords', () => {
  it('normalises like the index, dedupes, and drops stop words when others remain', () => {
    expect(queryWords("Directors of Children's Services")).toEqual(['directors', 'children', 'services']);
    expect(queryWords('Wilshaw WILSHAW wilshaw')).toEqual(['wilshaw']);
    expect(queryWords('the')).toEqual(['the']);
    expect(queryWords('of the')).toEqual(['of', 'the']);
  });

  it('reads Lucene and GQL syntax as punctuation and plain words', () => {
    expect(queryWords('wilshaw~ AND (x OR y) "quoted" *')).toEqual(['wilshaw', 'x', 'y', 'quoted']);
    expect(queryWords('name:adcs^2 -ofsted +lga')).toEqual(['name', 'adcs', '2', 'ofsted', 'lga']);
  });

  it('gives nothing for blank, punctuation-only or non-Latin text', () => {
    for (const text of ['', '   \n\t', '?!.,;:()[]{}"\'*~^', '北京', '😀']) expect(queryWords(text)).toEqual([]);
  });

  it('uses only the first 32 words', () => {
    const text = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    expect(queryWords(text)).toEqual(Array.from({ length: MAX_QUERY_WORDS }, (_, i) => `w${i}`));
  });
});

describe('Vocabulary', () => {
  const names = vocabulary('Sir Michael Wilshaw', 'Association of Directors of Children’s Services', 'ADCS', 'Kingston upon Thames', 'Ofsted', '2014 report');

  it('holds the words of names, without stop words, numbers or words under 3 letters', () => {
    expect(names.has('wilshaw')).toBe(true);
    expect(names.has('children')).toBe(true);
    expect(names.has('adcs')).toBe(true);
    expect(names.has('of')).toBe(false);
    expect(names.has('2014')).toBe(false);
  });

  it('allows 1 edit for 4-6 letters, 2 for longer, none under 4', () => {
    expect([maxEdits('adc'), maxEdits('adcs'), maxEdits('wishaw'), maxEdits('micahel'), maxEdits('directors')]).toEqual([0, 1, 1, 2, 2]);
  });

  it('corrects unknown words to the nearest names', () => {
    expect(names.corrections('wilshw')).toEqual(['wilshaw']);
    expect(names.corrections('micheal')).toEqual(['michael']);
    expect(names.corrections('kingstn')).toEqual(['kingston']);
    expect(names.corrections('ofstde')).toEqual(['ofsted']);
    expect(names.corrections('directros')).toEqual(['directors']);
    expect(names.corrections('wlshw')).toEqual([]); // 5 letters, 2 edits away
    expect(names.corrections('wilshwa')).toEqual(['wilshaw']); // 7 letters: a transposition
  });

  it('never corrects known words, short words, numbers or stop words', () => {
    expect(names.corrections('wilshaw')).toEqual([]);
    expect(names.corrections('adc')).toEqual([]);
    expect(names.corrections('2015')).toEqual([]);
    expect(vocabulary('There Theirs').corrections('their')).toEqual([]);
  });

  it('keeps only the nearest corrections, most frequent first, at most three', () => {
    const v = vocabulary('care', 'care home', 'core', 'cure', 'cars', 'card', 'cares and carer');
    // "carx" is one edit from care, cars and card (core is two): care is in two names, the others in one.
    expect(v.corrections('carx')).toEqual(['care', 'card', 'cars']);
    expect(v.corrections('carx')).toHaveLength(MAX_CORRECTIONS_PER_WORD);
    // "carre" is one deletion from "care" and one transposition from "carer"; nothing is nearer.
    expect(v.corrections('carre')).toEqual(['care', 'carer']);
  });

  it('keeps the most frequent words when over its bound', () => {
    const v = Vocabulary.fromTexts([['alpha', 'beta'], ['alpha', 'gamma'], ['alpha', 'beta']], 2);
    expect(v.size).toBe(2);
    expect([v.has('alpha'), v.has('beta'), v.has('gamma')]).toEqual([true, true, false]);
  });

  it('follows writes: a node added brings its words, one removed takes away the words no other node holds', () => {
    const v = vocabulary('Sir Michael Wilshaw', 'Michael Gove');
    expect(v.corrections('zebede')).toEqual([]);
    v.add(normaliseWords('Zebedee Quixotically'));
    expect(v.corrections('zebede')).toEqual(['zebedee']);
    expect(v.corrections('quixoticaly')).toEqual(['quixotically']);
    v.remove(normaliseWords('Zebedee Quixotically'));
    expect([v.has('zebedee'), v.has('quixotically')]).toEqual([false, false]);
    expect(v.corrections('zebede')).toEqual([]);
    // "michael" is in two names: removing one keeps it; removing the other too drops it.
    v.remove(normaliseWords('Michael Gove'));
    expect(v.has('michael')).toBe(true);
    expect(v.has('gove')).toBe(false);
    v.remove(normaliseWords('Sir Michael Wilshaw'));
    expect(v.has('michael')).toBe(false);
    expect(v.size).toBe(0);
  });

  it('counts a node’s repeated word once, and ignores removals of words it never held', () => {
    const v = vocabulary('Alpha');
    v.add(['beta', 'beta']);
    v.remove(['beta']);
    expect(v.has('beta')).toBe(false);
    v.remove(['never', 'seen']);
    expect(v.size).toBe(1);
    // Short words, numbers and stop words never become correction targets.
    v.add(['ab', '2014', 'the']);
    expect(v.size).toBe(1);
  });
});
