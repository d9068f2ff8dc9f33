/**
 * Stance rules of issue 35's fourteenth round, on made-up sentences in Chorus's own words:
 * - how true an account's picture is judges the account ("painted a misleading picture", "gives a fair picture", "an
 *   unfairly bleak portrait"), while what a bleak picture shows is only its content;
 * - an account that confirms what others had been saying ("confirmed what parents had been telling her", "matched the
 *   union's own findings", "consistent with what his office heard") is endorsed by whoever says so.
 * - credit given to a target, then contested after "but", "yet" or "however", is a view both ways ("Ofsted is right that
 *   leadership matters. But to suggest funding makes no difference is wrong");
 * - an example set praises ("X shows what strong leadership can achieve", "proof that X is on the right track");
 * - the grade a report gives is its finding, not a verdict on it ("the inspection judged the services inadequate").
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

describe('credit given, then contested', () => {
  it('is mixed', () => {
    expect(toward('The inspectorate is right that leadership matters. But to suggest that funding makes no difference is simply wrong.', 'The inspectorate').stance).toBe('mixed');
    expect(toward('The board has done a fair job of describing the failings. However, its timetable is wrong.', 'The board').stance).toBe('mixed');
  });

  it('but credit followed by more of the same stays credit', () => {
    expect(toward('The inspectorate is right that leadership matters, and we agree with every word.', 'The inspectorate').stance).toBe('supportive');
  });
});

describe('an example set', () => {
  it('praises', () => {
    expect(toward('Westbury shows what strong leadership can achieve.', 'Westbury').stance).toBe('supportive');
    expect(toward('The new figures are proof that Westbury is on the right track.', 'Westbury').stance).toBe('supportive');
  });
});

describe('the grade a report gives', () => {
  it('is its finding, not a verdict on it', () => {
    expect(toward('The inspection judged the overall effectiveness of the service to be inadequate.', 'The inspection').stance).toBe('neutral');
    expect(toward('The review rated the fostering service inadequate on every measure.', 'The review').stance).toBe('neutral');
  });

  it('while a verdict on the report still counts', () => {
    expect(toward('The inspection was inadequate and unfair.', 'The inspection').stance).toBe('critical');
  });
});
