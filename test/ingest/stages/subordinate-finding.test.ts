/**
 * Paraphrase-spans stage (issue 35, tenth round): a reported clause that runs on into a document's finding ("X
 * believes <clause> after a review found <clause>", "… when an independent audit concluded that <clause>") is two
 * statements, the second the document's, which is its publisher's when the phrase names no author. A clause of time
 * with no reported clause ("after police found the missing files") stays part of the first. Every sentence is written
 * for this test; each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { clause: sentence.slice(...m.clause).trim(), more: (m.more ?? []).map((x) => [x.subject && sentence.slice(...x.subject), sentence.slice(...x.clause)]) };
};

describe('a reported clause that runs on into a document’s finding', () => {
  it('is cut where "after a review found" or "when an independent audit concluded that" begins', () => {
    expect(read('The Hillside Residents Association believes the landlord needs new managers after a review found repairs were taking twice as long as promised.')).toEqual({
      clause: 'the landlord needs new managers',
      more: [['a review', 'repairs were taking twice as long as promised']],
    });
    expect(read('The Tenants Union argued that the rent rise should be reversed when an independent audit concluded that the savings had never been made.')).toEqual({
      clause: 'the rent rise should be reversed',
      more: [['an independent audit', 'the savings had never been made']],
    });
  });

  it('keeps a clause of time that reports nothing', () => {
    expect(read('Councillor Rita Moss said the homes were safe after police found the missing files.')).toEqual({
      clause: 'the homes were safe after police found the missing files.',
      more: [],
    });
  });

  it("gives the finding to the report's publisher when the document names no author", async () => {
    const text =
      'The Northern Homes Ombudsman has published its review of Eastgate Housing.\n\n' +
      'The Hillside Residents Association believes the landlord needs new managers after a review found repairs were taking twice as long as promised.\n\n' +
      'The Tenants Union argued that the rent rise should be reversed when an independent audit concluded that the savings had never been made.\n';
    const draft = await proposeArticle(null, { text, title: 'Landlord failing tenants, ombudsman finds' });
    expect(draft.statements.map((s) => [s.speaker.name, s.text])).toEqual([
      ['Hillside Residents Association', 'the landlord needs new managers'],
      ['Northern Homes Ombudsman', 'repairs were taking twice as long as promised'],
      ['Tenants Union', 'the rent rise should be reversed'],
      ['Northern Homes Ombudsman', 'the savings had never been made'],
    ]);
  });
});
