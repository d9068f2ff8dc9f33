/**
 * Stance rules of issue 35's fourteenth round, on made-up sentences in Chorus's own words:
 * - how true an account's picture is judges the account ("painted a misleading picture", "gives a fair picture", "an
 *   unfairly bleak portrait"), while what a bleak picture shows is only its content;
 * - an account that confirms what others had been saying ("confirmed what parents had been telling her", "matched the
 *   union's own findings", "consistent with what his office heard") is endorsed by whoever says so.
 * Each pattern is written at least twice; the last case of each block keeps the words' other uses.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { toward } from '../../support/stance-toward.js';

describe('how true an account’s picture is', () => {
  it('judges the account', () => {
    expect(toward('The survey painted a misleading picture of foster care.', 'The survey').stance).toBe('critical');
    expect(toward('The review gives an unfairly gloomy portrait of the homes, most of which are well run.', 'The review').stance).toBe('critical');
    expect(toward('The audit presents a fair picture of the service.', 'The audit').stance).toBe('supportive');
  });

  it('while a bleak picture is only what it shows', () => {
    expect(toward('The report paints a bleak picture of services for care leavers.', 'The report').stance).toBe('neutral');
  });
});

describe('an account that confirms what others had been saying', () => {
  const reportStance = async (sentence: string, words: string) => {
    const text = `Report on adoption delays\n\nA report by the Adoption Board published on Tuesday found that children waited too long to be placed.\n\n${sentence}`;
    const draft = await proposeArticle(null, { text, title: 'Report on adoption delays', date: '2013-02-12' });
    return draft.statements.find((s) => s.text.includes(words))?.about.find((t) => t.label === 'Report')?.stance;
  };

  it('is endorsed by whoever says so', async () => {
    expect(await reportStance('Local MP Jane Orme said the report had confirmed what parents in her constituency had been telling her for years.', 'confirmed what parents')).toBe('supportive');
    expect(await reportStance('Unison said the findings matched the union’s own findings.', 'matched the union')).toBe('supportive');
    expect(await reportStance('The commissioner, Sir Paul Heald, said the findings were consistent with what his office heard from young people every week.', 'consistent with what his office heard')).toBe('supportive');
  });

  it('but not where it only restates what it found', async () => {
    expect(await reportStance('Unison said the report found that nine in ten adopters had waited more than a year.', 'nine in ten adopters')).not.toBe('supportive');
  });
});
