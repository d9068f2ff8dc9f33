/**
 * Paraphrase-spans stage, issue 35 ninth round (the food, data and overseas batches): "insists", "maintains" and
 * "estimates" with no "that", "(have been quick to) point out that", "slammed Y for <fault>", and a tag after a
 * clause followed by a participle of circumstance ("…, she said, referring to …"). Every sentence is written for this
 * test; each pattern in two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim().replace(/[.]$/, '') };
};

describe('paraphrase-spans stage: a verb of insisting or estimating with no "that"', () => {
  it('reads the clause after "insists" and "maintains" when a pronoun or a noun phrase and its verb open it', () => {
    expect(read('However, the tribunal insists it merely followed the rules it was given by parliament.')).toMatchObject({
      speaker: 'the tribunal', clause: 'it merely followed the rules it was given by parliament',
    });
    expect(read('The county council maintains the closures have saved money without harming any pupil.')).toMatchObject({
      speaker: 'The county council', clause: 'the closures have saved money without harming any pupil',
    });
  });

  it('reads the clause after "estimates", its verb further on', () => {
    expect(read('The watchdog estimates that roughly four in ten of the smaller bakeries in the region were never inspected.')).toMatchObject({
      speaker: 'The watchdog', clause: 'roughly four in ten of the smaller bakeries in the region were never inspected',
    });
    expect(read('The auditor estimated almost half of the grants paid out by the arts fund last year had gone to projects in one city.')).toMatchObject({
      speaker: 'The auditor', clause: 'almost half of the grants paid out by the arts fund last year had gone to projects in one city',
    });
  });

  it('reads no clause after a verb that takes only an object', () => {
    expect(read('The watchdog estimates the cost at twelve million pounds.')).toBeNull();
    expect(read('The minister insists on a review of the scheme.')).toBeNull();
  });
});

describe('paraphrase-spans stage: "point out that" after a wrapper', () => {
  it('reads the clause and keeps the subject before the wrapper', () => {
    expect(read('Other lawyers have been quick to point out that the penalty is only provisional and may yet be reduced.')).toMatchObject({
      speaker: 'Other lawyers', clause: 'the penalty is only provisional and may yet be reduced',
    });
    expect(read('Critics were keen to point out that no inspector had visited the site for three years.')).toMatchObject({
      speaker: 'Critics', clause: 'no inspector had visited the site for three years',
    });
  });
});

describe('paraphrase-spans stage: "slammed Y for <fault>"', () => {
  it('reads the fault as the speaker’s criticism, with a time between the object and "for"', () => {
    expect(read('Councillors slammed the housing ombudsman on Tuesday for ignoring hundreds of complaints about damp.')).toMatchObject({
      rule: 'paraphrase:criticised-for', speaker: 'Councillors', clause: 'the housing ombudsman on Tuesday for ignoring hundreds of complaints about damp',
    });
    expect(read('Two unions lambasted the food agency for publishing the survey without warning retailers.')).toMatchObject({
      rule: 'paraphrase:criticised-for', speaker: 'Two unions',
    });
  });
});

describe('paraphrase-spans stage: a tag after a clause, then a participle of circumstance', () => {
  it('reads the clause before ", X said, referring to …"', () => {
    expect(read('The figures had been very hard to reconcile with the ledgers, Ms Okafor said, referring to the audit of the grant scheme.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'Ms Okafor', clause: 'The figures had been very hard to reconcile with the ledgers',
    });
    expect(read('Nobody at the depot had been trained to use the new scanners, the inspector added, speaking after the hearing in Leeds.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'the inspector', clause: 'Nobody at the depot had been trained to use the new scanners',
    });
  });
});
