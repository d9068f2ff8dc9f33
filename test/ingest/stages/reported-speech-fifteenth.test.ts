/**
 * Reported speech, issue 35 (written sets): a news lede that ends on its source. "<Clause>, Ofsted has warned in its
 * annual report, published on Thursday": the participle that dates the document is no part of the clause. "Six in ten
 * social workers say <clause>, according to X": people a survey counts say nothing themselves; the source the sentence
 * ends on does, and a document's author speaks for it ("according to a survey published today by the charity X", "a
 * survey by the X Trust has found"). When or where a verb of saying was said is no part of its clause. Every body and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const statements = async (sentence: string) =>
  (await proposeArticle(null, { text: `A line about the rivers.\n\n${sentence}\n\nMore follows about the rivers.`, title: 'Test' })).statements.map((s) => [s.speaker.name, s.text]);

describe('a lede that ends on its source', () => {
  it('leaves the document’s date out of the tag ("…, in its annual report, published on Thursday")', async () => {
    expect(await statements('Rivers in the north are dirtier than a decade ago, the Rivers Agency has warned in its annual report, published on Thursday.')).toEqual([
      ['Rivers Agency', 'Rivers in the north are dirtier than a decade ago'],
    ]);
  });

  it('gives a finding about people counted to the source named after "according to", not to the people', async () => {
    expect(await statements('Six in ten anglers say the river is dirtier than it was, according to the Angling Trust.')).toEqual([
      ['Angling Trust', 'Six in ten anglers say the river is dirtier than it was'],
    ]);
    expect(await statements('Most boat owners say the locks are unsafe, according to a survey published today by the charity Waterline.')).toEqual([
      ['Waterline', 'Most boat owners say the locks are unsafe'],
    ]);
    expect(await statements('The locks are unsafe, a survey by the Canal Users Trust has found.')).toEqual([['Canal Users Trust', 'The locks are unsafe']]);
  });
});

describe('when or where a verb of saying was said', () => {
  it('is no part of what was said ("told MPs after the hearing that …")', async () => {
    expect(await statements('Tom Varley told MPs after the hearing that the weir had been left to rot.')).toEqual([['Tom Varley', 'the weir had been left to rot']]);
  });
});

describe('a second verb of saying after a first that frames quoted words', () => {
  it('reports the clause after "but said" as the same speaker’s ("called the result “a good start” but said the board needed …")', async () => {
    expect(await statements('Gwen Ashe called the result “a good start” but said the board needed to keep testing the gates.')).toContainEqual(['Gwen Ashe', 'the board needed to keep testing the gates']);
  });
});
