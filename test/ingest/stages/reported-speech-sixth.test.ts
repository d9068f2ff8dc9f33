/**
 * Paraphrase-spans stage, issue 35 third round (the utilities and rights batches): a name in commas inside the
 * reported clause, "told <hearer>" without "that", and a noun "claims" after a verb. Every sentence is written
 * for this test; each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim() };
};

describe('paraphrase-spans stage: a name in commas inside the reported clause', () => {
  it('reads "X said the <title>, <Name>, had …" as a clause, not as a speaker named after the verb', () => {
    expect(read('Ms Okafor said the Transport Minister, Leon Brandt, had ignored every warning.')).toEqual({
      rule: 'paraphrase:said', speaker: 'Ms Okafor', clause: 'the Transport Minister, Leon Brandt, had ignored every warning.',
    });
    expect(read('The union argued the Chief Executive, Priya Nandra, was wrong to close the depot.')).toEqual({
      rule: 'paraphrase:argued', speaker: 'The union', clause: 'the Chief Executive, Priya Nandra, was wrong to close the depot.',
    });
  });

  it('still reads a speaker named after the verb with a title in commas', () => {
    expect(read('The depot will close in March, said Leon Brandt, the Transport Minister.')).toMatchObject({ speaker: 'Leon Brandt' });
  });
});

describe('paraphrase-spans stage: "told <hearer>" without "that"', () => {
  it('reads "X told reporters <clause>" and "X told the <outlet> <clause>", the hearer left out of the clause', () => {
    expect(read('The harbour master told reporters the new berths were already too small.')).toEqual({
      rule: 'paraphrase:told', speaker: 'The harbour master', clause: 'the new berths were already too small',
    });
    expect(read('Ruth Adeyemi told the Evening Courier it had been a mistake to sell the land.')).toEqual({
      rule: 'paraphrase:told', speaker: 'Ruth Adeyemi', clause: 'it had been a mistake to sell the land',
    });
  });

  it('reads no clause where "told" has none: a story told, someone told to act', () => {
    expect(read('The guide told the story of the old mill to every visitor.')).toBeNull();
    expect(read('The council told the tenants to leave by Friday.')).toBeNull();
  });

  it('reads no telling of its own inside a clause another speaker reports ("points to the claim that she told MPs …")', () => {
    expect(read('The auditor points to one case, that she told MPs the figures were final when they were not.')?.rule).not.toBe('paraphrase:told');
    expect(read('Critics cite the occasion on which he told the inquiry the plan was costed.')?.rule).not.toBe('paraphrase:told');
  });
});

describe('paraphrase-spans stage: "claims" as a noun after a verb', () => {
  it('reads "X dismissed claims made by Y, saying <clause>" as the participle of X', () => {
    expect(read('The ministry dismissed claims made by the charity, saying the report was out of date.')).toEqual({
      rule: 'paraphrase:saying', speaker: 'The ministry dismissed claims made by the charity', clause: 'the report was out of date',
    });
    expect(read('The operator rejected comments from campaigners, arguing that the line had never been safer.')).toEqual({
      rule: 'paraphrase:arguing', speaker: 'The operator rejected comments from campaigners', clause: 'the line had never been safer',
    });
  });
});
