/**
 * Quote-spans stage (issue 35, tenth round): a quote no rule gives a speaker goes on from the statement before it,
 * three paragraphs back at most, and a subheading between them (a short line with no sentence's end, quoted words or
 * not) is no distance: it is the page's layout, not text that moves the reader away from the speaker. Every body and
 * person is invented; each case is written in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const running = async (text: string) =>
  (await proposeArticle(null, { text, title: 'A test article' })).statements.filter((s) => s.rule === 'quote:running-speaker').map((s) => [s.speaker.name, s.text.slice(0, 24)]);

describe('the running speaker over a subheading', () => {
  it('does not count a subheading, with quoted words or without, as a paragraph between', async () => {
    const quoted =
      'The Coastal Standards Office said the shoreline plan was two years behind schedule.\n\n' +
      '‘Too slow by half’ on the eastern shore\n\n' +
      'The plan covers forty miles of coast between the two estuaries.\n\n' +
      'It was first drawn up in 2019 and has been revised twice since.\n\n' +
      '‘Too little of the money promised for sea defences has been spent, and too much of it has gone on studies.\n';
    expect(await running(quoted)).toEqual([['Coastal Standards Office', 'Too little of the money ']]);
    const plain =
      'Marta Kovacs, director of the Renters Alliance, said landlords had ignored the new repair rules.\n\n' +
      'Deadlines and fines\n\n' +
      'The rules took effect in the spring for every private let.\n\n' +
      'Councils can fine a landlord up to five thousand pounds.\n\n' +
      '“Most tenants have never been told that the fourteen day limit exists at all.”\n';
    expect(await running(plain)).toEqual([['Marta Kovacs', 'Most tenants have never ']]);
  });

  it('still counts every paragraph of text: three between, besides the subheading, are too far', async () => {
    const far =
      'Marta Kovacs, director of the Renters Alliance, said landlords had ignored the new repair rules.\n\n' +
      'Deadlines and fines\n\n' +
      'The rules took effect in the spring for every private let.\n\n' +
      'Councils can fine a landlord up to five thousand pounds.\n\n' +
      'Inspections begin next year in the largest cities.\n\n' +
      '“Most tenants have never been told that the fourteen day limit exists at all.”\n';
    const draft = await proposeArticle(null, { text: far, title: 'A test article' });
    expect(draft.statements.map((s) => s.rule)).not.toContain('quote:running-speaker');
    expect(draft.excludedQuotes.map((e) => e.reason)).toContain('no speaker found for this quote');
  });
});
