/**
 * Paraphrase stage: a document's or its inspectors' finding told in a clause of time or a relative clause, the main
 * clause saying something else ("… told to improve after an unannounced inspection found that <clause>", "…
 * responded to the annual report, published today, which found that <clause>"). Sentences invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const parts = (sentence: string) => {
  const found = matchReportedSpeech(sentence);
  return found && { subject: sentence.slice(...found.subject), clause: sentence.slice(...found.clause), findings: found.findings };
};

describe('a finding in a clause of time or a relative clause', () => {
  it.each([
    [
      'Elm Hospital has been told to improve after an unannounced Care Board inspection found that patients waited hours for pain relief.',
      'an unannounced Care Board inspection',
      'patients waited hours for pain relief',
    ],
    ['The trust was warned when inspectors found that two wards had no qualified nurse at night.', 'inspectors', 'two wards had no qualified nurse at night'],
    [
      'Staff were told to share records after a review into the death of a patient found that the ward had missed three warnings.',
      'a review into the death of a patient',
      'the ward had missed three warnings',
    ],
    [
      'The charity has responded to the Care Board’s annual report, published today, which found that most hospitals were not yet good.',
      'the Care Board’s annual report',
      'most hospitals were not yet good',
    ],
  ])('%s', (sentence, subject, clause) => {
    expect(parts(sentence)).toEqual({ subject, clause, findings: true });
  });
});
