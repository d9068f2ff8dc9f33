/**
 * Paraphrase-spans stage, reported lists (issue 35, tenth round): an item of a list under a speaker's line that the
 * stored text ends inside is a statement as far as it goes, however few its words, as a quote cut off by the end of
 * the text is (corpus README); an item of a few words that the text does not end inside is still too short. Every
 * line is written for this test; two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const items = async (text: string) =>
  (await proposeArticle(null, { text, title: 'Inspectors find weaknesses in harbour safety' })).statements.filter((s) => s.rule === 'paraphrase:list-item').map((s) => s.text);

describe('a list item the text ends inside', () => {
  it('is kept as far as it goes', async () => {
    const bullets =
      'The Harbour Safety Board highlighted several weaknesses in the service:\n\n' +
      '  • Night crews are not trained to use the new rescue boats.\n' +
      '  • No written plan';
    expect(await items(bullets)).toEqual(['Night crews are not trained to use the new rescue boats.', 'No written plan']);
    const numbered =
      'In its report the Coastal Standards Office says:\n\n' +
      '1. The sea wall has not been inspected since the storms of last winter.\n' +
      '2. Too few wardens';
    expect(await items(numbered)).toEqual(['The sea wall has not been inspected since the storms of last winter.', 'Too few wardens']);
  });

  it('is still too short when the text goes on after it', async () => {
    const text =
      'The Harbour Safety Board highlighted several weaknesses in the service:\n\n' +
      '  • Night crews are not trained to use the new rescue boats.\n' +
      '  • No written plan\n\n' +
      'The board will inspect the harbour again in the spring.\n';
    expect(await items(text)).toEqual(['Night crews are not trained to use the new rescue boats.']);
  });
});
