/**
 * The token index that finds the graph's names in an article: the matching
 * rules the gazetteer documents (whole words, capitals kept for one-word
 * names, apostrophes and whitespace alike), names that would break a regular
 * expression, and a graph of 100,000 names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/ingest/name-index.js';
import { SEED_DIR } from '../../src/paths.js';
import { HOSTILE_STRINGS, LONG_NAME, REGEX_METACHARACTERS } from '../support/hostile-strings.js';

const found = (index: NameIndex<string>, text: string) => index.find(text).map((h) => [text.slice(h.start, h.end), h.value]);

describe('NameIndex', () => {
  it('finds whole words only, at word boundaries, whatever punctuation is around them', () => {
    const index = new NameIndex<string>();
    index.add('Wood', 'wood', true);
    index.add('ADCS', 'adcs', true);
    expect(found(index, 'Woodhouse and Greenwood; (Wood), Wood’s, ADCS-led, the ADCSs, Wood.')).toEqual([
      ['Wood', 'wood'], ['Wood', 'wood'], ['ADCS', 'adcs'], ['Wood', 'wood'],
    ]);
  });

  it('keeps capitals for one-word names and ignores them for longer ones; any whitespace matches any other', () => {
    const index = new NameIndex<string>();
    index.add('Wood', 'one-word', true);
    index.add('Sir Michael Wilshaw', 'person', false);
    index.add('the Government', 'government', false);
    expect(found(index, 'wood, WOOD and Wood')).toEqual([['Wood', 'one-word']]);
    expect(found(index, 'SIR MICHAEL\u00a0WILSHAW met sir  michael\n wilshaw; The government said')).toEqual([
      ['SIR MICHAEL\u00a0WILSHAW', 'person'], ['sir  michael\n wilshaw', 'person'], ['The government', 'government'],
    ]);
  });

  it('treats typographic and straight apostrophes alike, and reports overlapping names', () => {
    const index = new NameIndex<string>();
    index.add('Children’s Commissioner', 'commissioner', false);
    index.add('Children’s Commissioner for England', 'commissioner-england', false);
    expect(found(index, "the Children's Commissioner for England")).toEqual([
      ["Children's Commissioner", 'commissioner'], ["Children's Commissioner for England", 'commissioner-england'],
    ]);
  });

  it('finds names that are regular-expression syntax literally, and only literally', () => {
    const index = new NameIndex<string>();
    REGEX_METACHARACTERS.forEach((name) => index.add(name, name, !/\s/.test(name)));
    const text = `Wood or Wilshaw; aaaa; ${REGEX_METACHARACTERS.join(' / ')}`;
    expect(found(index, text).map(([surface]) => surface)).toEqual(REGEX_METACHARACTERS);
  });

  it('takes every hostile string as a name, the 40,000-character one found whole and only whole', () => {
    const index = new NameIndex<string>();
    for (const name of HOSTILE_STRINGS) index.add(name, name.slice(0, 20), false);
    expect(found(index, `x ${LONG_NAME} y`)).toEqual([[LONG_NAME, LONG_NAME.slice(0, 20)]]);
    expect(found(index, `x ${LONG_NAME.slice(0, 39_000)} y`)).toEqual([]);
  });

  it('a graph of 100,000 names finds the planted ones in a seed article, and no others', () => {
    const article = readFileSync(join(SEED_DIR, 'sources', 'guardian-2015-sector-response.txt'), 'utf8');
    const index = new NameIndex<number>();
    // Names that cannot occur in the article (a digit-letter code in every one), then five that do.
    for (let i = 0; i < 100_000; i++) index.add(`Zq${i.toString(36)} Member ${i % 97}`, i, false);
    const planted = ['Alan Wood', 'Ofsted', 'Local Government Association'].filter((name) => article.includes(name));
    expect(planted.length).toBeGreaterThan(1);
    planted.forEach((name, i) => index.add(name, -1 - i, !name.includes(' ')));
    const hits = index.find(article);
    expect(new Set(hits.map((h) => h.value))).toEqual(new Set(planted.map((_, i) => -1 - i)));
    for (const hit of hits) expect(article.slice(hit.start, hit.end)).toBe(planted[-1 - hit.value]);
  });
});
