/**
 * Paraphrase-spans stage (issue 35, tenth round): one sentence, two statements, as the annotators cut them. A second
 * main clause with a speaker of its own ("<clause> and today the trade body said <clause>", "<clause>, but the
 * minister insisted that <clause>") is that speaker's; ", and accused <whom> of …" after a reported clause is a second
 * statement of the first speaker. Every sentence is written for this test; each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { clause: sentence.slice(...m.clause).trim(), more: (m.more ?? []).map((x) => [x.subject && sentence.slice(...x.subject), sentence.slice(...x.clause)]) };
};
const statements = async (text: string) => (await proposeArticle(null, { text, title: 'Bakers answer the review' })).statements.map((s) => [s.speaker.name, s.text]);

describe('a second main clause of reported speech with a speaker of its own', () => {
  it('is cut from the first and given to its own speaker', () => {
    expect(read('Critics have warned the agency lacks the staff to take on the new duties and today the Bakers Guild said it believed the health department should lead instead.')).toEqual({
      clause: 'the agency lacks the staff to take on the new duties',
      more: [['the Bakers Guild', 'it believed the health department should lead instead']],
    });
    expect(read('The union said the pay offer was far too low, but the Health Secretary insisted that the offer was fair and final.')).toEqual({
      clause: 'the pay offer was far too low',
      more: [['the Health Secretary', 'the offer was fair and final']],
    });
  });

  it('is not cut where the words after "and" report no clause, or open on a pronoun', () => {
    expect(read('She said the figures were late and the Department said nothing more.')?.more).toEqual([]);
    expect(read('The board said the cuts were painful and they said so again to the committee.')?.more).toEqual([]);
  });
});

describe('", and accused <whom> of …" after a reported clause', () => {
  it('is a second statement of the same speaker', async () => {
    const first = 'The Bakers Guild rejected the review on Friday, saying it ignored every small bakery, and accused its authors of writing for the supermarkets.\n';
    expect(await statements(first)).toEqual([
      ['Bakers Guild', 'it ignored every small bakery'],
      ['Bakers Guild', 'its authors of writing for the supermarkets'],
    ]);
    const second = 'The Millers Federation said the new rules would close a third of the mills, and also accused the agency of ignoring its own advisers.\n';
    expect(await statements(second)).toEqual([
      ['Millers Federation', 'the new rules would close a third of the mills'],
      ['Millers Federation', 'the agency of ignoring its own advisers'],
    ]);
  });
});
