/**
 * Text and layout stage (issue 35, thirteenth round): a press release ends its statement at "ENDS" or "Notes to
 * editors"; what follows is for journalists (the report's title in quotation marks, contacts, the body's
 * boilerplate), furniture, and no quote in it is anyone's. Every line is written for this test; two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const statements = async (text: string) => (await proposeArticle(null, { text, title: 'Council welcomes inspection' })).statements.map((s) => s.text);

describe('the end of a press release', () => {
  it('leaves the notes to editors out, the report titles quoted in them included', async () => {
    const text =
      'Eastholme Council welcomes Care Board judgement\n\n' +
      'Cllr Maureen Hask, cabinet member for children, said: “This judgement is a tribute to our social workers.”\n\n' +
      'She added: “We will keep improving.”\n\n' +
      'ENDS\n\n' +
      'Notes to editors\n\n' +
      '1. The report, “Eastholme: inspection of services for children in need of help and protection”, is on the board’s website.';
    expect(await statements(text)).toEqual(['This judgement is a tribute to our social workers.', 'We will keep improving.']);
  });

  it('in the other wording, "Notes for editors:" with no ENDS before it', async () => {
    const text =
      'Union responds to inspection\n\n' +
      'Jo Marsh, branch secretary, said: “Our members have carried this service for years.”\n\n' +
      'She said staff needed more support.\n\n' +
      'Notes for editors:\n\n' +
      '1. The union’s survey of 900 members, published in March, found that caseloads had risen by a third since 2010.';
    expect(await statements(text)).toEqual(['Our members have carried this service for years.', 'staff needed more support']);
  });
});
