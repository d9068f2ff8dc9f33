/**
 * Stance rules of issue 35's fifteenth round (written set 11's online and trade stories), on made-up sentences in
 * Chorus's own words:
 * - a harm that shrinks is things getting better for whoever answers for it ("the number of children waiting had
 *   fallen", "caseloads are down"), one that grows worse ("vacancies have risen");
 * - leaders with a firm grip on a service are credited, those who failed to grip it faulted;
 * - a report that must not gather dust is one the speaker wants heeded; an account "spot on" is endorsed;
 * - a remedy found wanting ("not the answer", "nothing in this white paper", "will not stop") faults the proposal.
 * The last case of each block keeps the words' other uses.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { toward } from '../../support/stance-toward.js';

describe('a harm that shrinks or grows', () => {
  it('credits or faults whoever answers for it', () => {
    expect(toward('The number of children waiting for an assessment has fallen from 300 to 60.', null, { topic: true }).stance).toBe('supportive');
    expect(toward('Caseloads are down to about 20 a worker.', null, { topic: true }).stance).toBe('supportive');
    expect(toward('Vacancies in the assessment teams have risen to one in three posts.', null, { topic: true }).stance).toBe('critical');
  });

  it('not where the fall is only asked for', () => {
    expect(toward('Caseloads must come down.', null, { topic: true }).stance).not.toBe('supportive');
  });

  it('reaches the council the report judged', async () => {
    const text =
      'Council out of special measures\n\nOfsted has judged Kelby Council’s children’s services adequate, three years after rating them inadequate.\n\nThe report said the number of children waiting for an assessment had fallen from 400 to under 60.';
    const draft = await proposeArticle(null, { text, title: 'Council out of special measures', date: '2011-03-17' });
    const waiting = draft.statements.find((s) => s.text.includes('waiting'));
    expect(waiting?.about.find((t) => t.label === 'Council')?.stance).toBe('supportive');
  });
});

describe('a grip on the service', () => {
  it('credits leaders who have it, faults those who failed to get it', () => {
    expect(toward('Leaders now have a firm grip on the service.', 'Leaders').stance).toBe('supportive');
    expect(toward('Managers had failed to grip the backlog of referrals.', 'Managers').stance).toBe('critical');
  });
});

describe('a report to be heeded', () => {
  it('is endorsed by whoever wants it heeded or calls it spot on', () => {
    expect(toward('The report must not gather dust.', 'The report', { ownPublication: true }).stance).toBe('supportive');
    expect(toward('This review must not be shelved.', 'This review', { ownPublication: true }).stance).toBe('supportive');
    expect(toward('The report was spot on.', 'The report', { ownPublication: true }).stance).toBe('supportive');
  });

  it('while a body that must not do something is faulted', () => {
    expect(toward('The council must not cut its early help services.', 'The council').stance).toBe('critical');
  });
});

describe('a proposal’s remedy found wanting', () => {
  const reaction = async (sentence: string) => {
    const text = `Green paper: the reaction\n\nThe government published its green paper on adoption on Monday. It proposes a national adoption agency.\n\n${sentence}`;
    const draft = await proposeArticle(null, { text, title: 'Green paper: the reaction', date: '2015-06-10' });
    return draft.statements.at(-1)?.about.find((t) => t.label === 'Report')?.stance;
  };

  it('faults the proposal', async () => {
    expect(await reaction('The charity’s director, Jo Lane, said a national agency was not the answer.')).toBe('critical');
    expect(await reaction('Adopters’ groups said there was nothing in this green paper that would shorten the wait.')).toBe('critical');
  });

  it('while praise of it supports it', async () => {
    expect(await reaction('The charity’s director, Jo Lane, said the agency was a welcome step.')).toBe('supportive');
  });
});
