/**
 * Quote-spans stage, issue 35 twelfth round: a press release prints its spokesperson's words as plain paragraphs under
 * a speaker line ending in a colon ("Commenting on the report, Dr X said:"), the quotation marks lost with the page's
 * layout. Those paragraphs are the speaker's quotes, one per paragraph, up to the release's end, a new speaker line
 * or the reporter's voice. Every body, person and sentence is invented for this test; the pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findStatementBlocks } from '../../../src/ingest/stages/unquoted-response.js';
import { ArticleText } from '../../../src/ingest/text.js';

const quotes = async (text: string, title = 'A test article') =>
  (await proposeArticle(null, { text, title })).statements.filter((s) => s.kind === 'quote').map((s) => [s.rule, s.speaker.name, s.text.slice(0, 24)]);
const blocks = (text: string) => {
  const article = new ArticleText(text);
  return findStatementBlocks(text, article.paragraphs, () => true, { topic: () => false, section: () => false }, () => false).map((b) => b.paragraphs.map((p) => p.text.slice(0, 20)));
};

describe('quote-spans stage: unquoted paragraphs under a speaker line', () => {
  it('gives each paragraph under "Commenting on the report, X said:" to X, up to the release’s end', async () => {
    const text =
      'The Clean Rivers Commission published its review of sewage spills on Tuesday.\n\n' +
      'Commenting on the report, Dr Priya Nair, president of the Royal College of Hydrologists, said:\n\n' +
      'This review confirms what our members have measured for years: the rivers are getting worse and nobody is held to account for it.\n\n' +
      'We welcome its call for a single regulator, and we will work with the commission to make sure the new body has the powers it needs.\n\n' +
      'ENDS\n\n' +
      'Notes to editors: the college represents four thousand scientists working on water quality across the country.';
    expect(await quotes(text, 'College responds to rivers review')).toEqual([
      ['quote:unquoted-block', 'Dr Priya Nair', 'This review confirms wha'],
      ['quote:unquoted-block', 'Dr Priya Nair', 'We welcome its call for '],
    ]);
  });

  it('stops where the reporter takes over again, and hands the spokesperson’s lines to the body they speak for', async () => {
    const text =
      'A think tank says one in five tenants in the region now spends half their income on rent.\n\n' +
      'A Housing Ministry spokesperson said:\n\n' +
      'Rents in the region have risen more slowly this year than in any of the last five, and the number of new homes is at a record.\n\n' +
      'We are giving councils another two hundred million pounds to build social housing over the next three years.\n\n' +
      'The report, from the Fair Rent Institute, found that young tenants were hit hardest by the rise in prices.';
    const found = await quotes(text);
    expect(found.map(([rule, , words]) => [rule, words])).toEqual([
      ['quote:unquoted-block', 'Rents in the region have'],
      ['quote:unquoted-block', 'We are giving councils a'],
    ]);
    expect(found.every(([, speaker]) => /Housing Ministry/.test(speaker!))).toBe(true);
  });

  it('takes no block under a line that has no verb of saying, under a line whose quote is marked, of a heading or of a list', () => {
    expect(blocks('The figures for the year were as follows:\n\nThe number of spills rose by a tenth in every region of the country except the north.')).toEqual([]);
    expect(blocks('Dr Nair said:\n\n“The rivers are getting worse and nobody is held to account for any of it.”')).toEqual([]);
    expect(blocks('Dr Nair said:\n\nA river in crisis\n\nThe rivers are getting worse and nobody is held to account for any of it.')).toEqual([]);
    expect(blocks('In its review the commission says:\n\n1. The rivers are getting worse and nobody is held to account for any of it.')).toEqual([]);
  });

  it('passes over a topic subheading and ends at a new speaker line', () => {
    const text =
      'Commenting on the audit, Sam Okafor, the union’s general secretary, said:\n\n' +
      'On pay:\n\n' +
      'Our members have taken a real-terms pay cut in each of the last six years and the audit says so plainly.\n\n' +
      'The chair of the employers’ board added:\n\n' +
      'We accept the audit’s findings on pay and will put an offer to the union before the summer is out.';
    const article = new ArticleText(text);
    const found = findStatementBlocks(text, article.paragraphs, () => true, { topic: (line) => /^On\s/.test(line), section: () => false }, () => false);
    expect(found.map((b) => [b.line.text.slice(0, 22), b.paragraphs.map((p) => p.text.slice(0, 16))])).toEqual([
      ['Commenting on the audi', ['Our members have']],
      ['The chair of the emplo', ['We accept the au']],
    ]);
  });

  it('finds the speaker line that ends a paragraph after a sentence quoting someone else, and keeps that quote its own sentence’s', async () => {
    const union =
      'The Rail Safety Board published its review of level crossings on Monday.\n\n' +
      'The Train Drivers Union said in a statement that the review “ignores the problem everyone can see”. Its safety officer, Grace Odum, said:\n\n' +
      'Drivers report near misses at the same crossings every month, and nothing changes however many times we write it down.\n';
    expect((await quotes(union)).map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Train Drivers Union', 'ignores the problem ever'],
      ['Grace Odum', 'Drivers report near miss'],
    ]);
    const councils =
      'The Housing Standards Office published its report on damp in social homes.\n\n' +
      'The Social Landlords Federation called the findings “a fair account of a hard decade”. Its chair, Dr Owen Pryce, told members:\n\n' +
      'We have more homes to repair than money to repair them with, and every landlord in the federation knows which estates come first.\n';
    const found = await quotes(councils);
    expect(found.find((q) => q[2] === 'a fair account of a hard')?.[1]).not.toBe('Dr Owen Pryce');
    expect(found).toContainEqual(['quote:unquoted-block', 'Dr Owen Pryce', 'We have more homes to re']);
  });
});
