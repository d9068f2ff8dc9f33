/**
 * Quote-spans stage, issue 35 thirteenth round: a body's statement page headed by its own name ("Carers Guild
 * Statement: …", "Carers Guild response to …"), its paragraphs unquoted and written in its own name ("The Carers
 * Guild welcomes …") rather than "we". An office's response ("Commissioner's response to …") quotes its holder and is
 * not a body's unquoted statement. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findUnquotedResponse } from '../../../src/ingest/stages/unquoted-response.js';
import { ArticleText } from '../../../src/ingest/text.js';

const find = (title: string, text: string) => findUnquotedResponse(title, text, new ArticleText(text).paragraphs, () => true);
const body =
  'The Carers Guild welcomes the assessment reports the Care Board published this week on three councils, each of which was rated good overall.\n\n' +
  'This is the first year the Care Board has assessed how councils meet their duties to carers, and its reports will be read closely by every director.\n\n' +
  'All three reports would benefit from saying more about who was consulted and how the views of unpaid carers shaped the ratings.';

describe('quote-spans stage: a statement page headed by its body’s name', () => {
  it('takes "<Body> Statement: …" with paragraphs in the body’s own name', () => {
    const found = find('Carers Guild Statement: Care Board assessment reports on three councils', `Carers Guild Statement: Care Board assessment reports on three councils\n\n${body}`);
    expect(found?.speakerName).toBe('Carers Guild');
    expect(found?.paragraphs.map((p) => p.text.slice(0, 20))).toEqual(['The Carers Guild wel', 'This is the first ye', 'All three reports wo']);
  });

  it('takes "<Body> response to …" the same way', () => {
    const found = find('Carers Guild response to the Care Board’s first assessments', `Carers Guild response to the Care Board’s first assessments\n\n${body}`);
    expect(found?.speakerName).toBe('Carers Guild');
  });

  it('leaves an office’s response, and a news report about the body, alone', () => {
    expect(find('Commissioner’s response to the interim review', `Commissioner’s response to the interim review\n\n${body}`)).toBeNull();
    const news = 'Carers Guild statement on council ratings\n\nThe Carers Guild said on Monday that the ratings were fair. Its chair, Jo Marsh, will meet the Care Board next week to discuss the reports and their methods.';
    expect(find('Carers Guild statement on council ratings', news)).toBeNull();
  });
});
