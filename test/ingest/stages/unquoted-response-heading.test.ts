/**
 * Quote-spans stage, issue 35 ninth round: an organisation's statement printed without quotation marks under a
 * subheading inside a news article ("Northmart's full response", "Statement from the Bakers Guild"), the page's text
 * perhaps cut off inside it. Every sentence is written for this test; the heading in three wordings.
 */
import { describe, expect, it } from 'vitest';
import { findUnquotedResponse } from '../../../src/ingest/stages/unquoted-response.js';
import { ArticleText } from '../../../src/ingest/text.js';

const find = (title: string, text: string) => {
  const article = new ArticleText(text);
  return findUnquotedResponse(title, text, article.paragraphs, () => true);
};

describe('quote-spans stage: an unquoted statement under a subheading that names its speaker', () => {
  it('takes the paragraphs under "<Org>’s full response", up to a text cut off mid-sentence', () => {
    const text = 'The agency’s survey found the bug on a third of the chickens it tested.\n\nA spokesman for Northmart said: “We are working with our farms.”\n\nNorthmart’s full response\n\nWe have spent two years testing every flock that supplies our stores and our rate is now the lowest it has ever bee';
    const found = find('Chicken survey names supermarkets', text)!;
    expect(found.speakerName).toBe('Northmart');
    expect(found.paragraphs.map((p) => p.text.slice(0, 18))).toEqual(['We have spent two ']);
  });

  it('takes "Statement from …" and "… statement in full" headings, up to a paragraph that reports someone else', () => {
    const text = 'Inspectors criticised hygiene at four bakeries.\n\nStatement from the Bakers Guild\n\nWe accept that standards slipped at some of our members’ premises and we have written to each of them this week.\n\nOur members will all be visited again before the end of the year by our own advisers.\n\nThe council said it would publish the next round of results in spring.';
    const found = find('Bakeries criticised over hygiene', text)!;
    expect(found.speakerName).toBe('Bakers Guild');
    expect(found.paragraphs).toHaveLength(2);
    const inFull = 'The ombudsman upheld the complaint against the housing trust.\n\nRiverside Homes statement in full\n\nWe are sorry for the distress our delays caused and we have changed how we handle repairs reported by tenants.';
    expect(find('Ombudsman upholds complaint', inFull)?.speakerName).toBe('Riverside Homes');
  });

  it('takes nothing under such a heading when the paragraphs do not speak in the first person, nor from a sentence that mentions a response', () => {
    const news = 'Inspectors criticised hygiene at four bakeries.\n\nStatement from the Bakers Guild\n\nThe guild accepted that standards slipped at some premises and wrote to each member this week.';
    expect(find('Bakeries criticised over hygiene', news)).toBeNull();
    const sentence = 'Inspectors criticised hygiene at four bakeries. The Bakers Guild’s full response is expected next week.\n\nWe will report it when it comes and our readers can judge it then.';
    expect(find('Bakeries criticised over hygiene', sentence)).toBeNull();
  });
});
