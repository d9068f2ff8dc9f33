/**
 * Paraphrase-spans stage: the forms of reported speech a sentence takes (stages/statements.ts,
 * matchReportedSpeech), each with where its speaker phrase and its reported clause are.
 */
import { describe, expect, it } from 'vitest';
import { matchReportedSpeech } from '../../../src/ingest/stages/statements.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim() };
};

describe('paraphrase-spans stage: reported speech', () => {
  it('reads "X said that …", "X warned …" and "According to X, …"', () => {
    expect(read('Harte said that the commission had ignored evening services entirely.')).toMatchObject({ rule: 'paraphrase:said-that', speaker: 'Harte' });
    expect(read('Councillor Fatima Begum warned the county would lose half its routes by 2026.')).toMatchObject({ rule: 'paraphrase:warned', clause: 'the county would lose half its routes by 2026.' });
    expect(read('According to the Passenger Transport Federation, fares outside cities have risen twice as fast.')).toEqual({
      rule: 'paraphrase:according-to', speaker: 'the Passenger Transport Federation', clause: 'fares outside cities have risen twice as fast',
    });
    expect(read('Violence in adult jails rose for a third year, according to the Prison Standards Board.')).toEqual({
      rule: 'paraphrase:according-to', speaker: 'the Prison Standards Board', clause: 'Violence in adult jails rose for a third year',
    });
  });

  it('reads "X calls for …" and "X criticised Y for …"', () => {
    expect(read('The federation calls for a national fare cap on rural routes.')).toEqual({ rule: 'paraphrase:calls-for', speaker: 'The federation', clause: 'a national fare cap on rural routes' });
    expect(read('The committee has called on ministers to publish a plan by June.')).toMatchObject({ rule: 'paraphrase:calls-for', clause: 'on ministers to publish a plan by June' });
    expect(read('Begum criticised the commission for consulting only the bus operators.')).toEqual({
      rule: 'paraphrase:criticised-for', speaker: 'Begum', clause: 'the commission for consulting only the bus operators',
    });
  });

  it('takes a noun for a noun: "the calls for change", "slammed as ‘…’", a speaker named after the verb', () => {
    expect(read('For the Federation chairman, the calls for change are pushing against an open door.')).toBeNull();
    expect(read('Watchdog methods criticised as ‘part of the problem, not part of the solution’')).toBeNull();
    expect(read('“The review is late,” says Friends of the Earth.')).toBeNull();
  });
});
