/**
 * The attribution stage through proposeArticle, with no graph (every speaker is new): a person
 * named once in full is the speaker of a later surname, first name or pronoun.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../src/ingest/propose.js';

const speakers = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.text.slice(0, 24), s.speaker.name]);

describe('attribution stage: short names and pronouns refer back to a person named in full', () => {
  it('resolves "Morse wrote" and "said Ms Blower" to the person named before', async () => {
    expect(await speakers('Sir Amyas Morse, the auditor general, wrote to the minister.\n\n“The department has not measured how many claimants are in hardship,” Morse wrote.')).toEqual([
      ['The department has not m', 'Sir Amyas Morse'],
    ]);
    expect(await speakers('Christine Blower, head of the union, was at the launch.\n\n“The problem of recruitment is a clear sign that teaching is unattractive,” said Ms Blower.')).toEqual([
      ['The problem of recruitme', 'Christine Blower'],
    ]);
  });

  it('resolves a first name and a pronoun, and keeps "he" off a woman named with an honorific', async () => {
    expect(await speakers('For the Federation, Chairman Steve Kent, it was overdue.\n\nSteve says the public have noticed the impact of cuts to policing.')).toEqual([
      ['the public have noticed ', 'Steve Kent'],
    ]);
    expect(await speakers('Ms Esther McVey spoke first. Sir Amyas Morse, the auditor general, replied.\n\nHe said a claim that the office was slow was not correct.')).toEqual([
      ['a claim that the office ', 'Sir Amyas Morse'],
    ]);
  });
});
