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

describe('what can only be said of an account, in a statement that does not name it', () => {
  const answered = async (sentence: string) => {
    const text = `Council leaders answer the annual report\n\nOfsted published its annual report on children’s social care on Tuesday.\n\n${sentence}`;
    const draft = await proposeArticle(null, { text, title: 'Council leaders answer the annual report', date: '2014-12-03' });
    return draft.statements.at(-1)?.about.find((t) => t.label === 'Report')?.stance;
  };

  it('what it leaves out, or draws on too little of, faults it', async () => {
    expect(await answered('The association’s chair, Jo Lane, said it took no account of the cuts councils had faced.')).toBe('critical');
    expect(await answered('The association’s chair, Jo Lane, said it told only half the story.')).toBe('critical');
    expect(await answered('The association’s chair, Jo Lane, said it drew on an unrepresentative sample of councils.')).toBe('critical');
  });

  it('read by all who should, it is endorsed', async () => {
    expect(await answered('The association’s chair, Jo Lane, said every director in the country should read it.')).toBe('supportive');
  });

  it('a sad fact said in answer to it is still no verdict on it', async () => {
    expect(await answered('The association’s chair, Jo Lane, said too many children were waiting too long for help.')).toBe('neutral');
  });
});

describe('a report that puts in writing what the speaker knew', () => {
  const said = async (sentence: string) => {
    const text = `Social workers respond\n\nOfsted published its report on Kelby Council’s children’s services on Tuesday.\n\n${sentence}`;
    const draft = await proposeArticle(null, { text, title: 'Social workers respond', date: '2014-12-03' });
    return draft.statements.at(-1)?.about.find((t) => t.label === 'Report')?.stance;
  };

  it('is endorsed by the speaker it vindicates', async () => {
    expect(await said('Unison’s branch secretary, Jo Lane, said: “The report says in black and white what our members have been telling managers for a year.”')).toBe('supportive');
    expect(await said('Unison’s branch secretary, Jo Lane, said: “Ofsted has simply put in writing what every social worker here already knew.”')).toBe('supportive');
  });
});

describe('credit, examples and what cannot be shown', () => {
  it('credit given and an example set praise the body', () => {
    expect(toward('Kelby Council deserves real credit for funding the service when others were cutting back.', 'Kelby Council').stance).toBe('supportive');
    expect(toward('Kelby shows what strong leadership and a relentless focus on the basics of practice can achieve.', 'Kelby').stance).toBe('supportive');
  });

  it('what a body could not show faults it, whatever good it could not show', () => {
    expect(toward('The Department for Education could not show that the money it spent was improving outcomes.', 'The Department for Education').stance).toBe('critical');
  });

  it('a grade in a clause of time is the past, not the verdict now', () => {
    expect(toward('Inspectors found steady progress at Kelby Council eight months after it was rated inadequate.', 'Kelby Council').stance).toBe('supportive');
    expect(toward('Kelby Council was rated inadequate in March.', 'Kelby Council').stance).toBe('critical');
  });
});

describe('how reading a report felt', () => {
  it('is what it found, not a verdict on it', async () => {
    const text =
      'Review published\n\nA serious case review of Kelby Council was published on Wednesday.\n\nThe town’s MP, Jo Lane, called the review “one of the most shocking documents I have read”.';
    const draft = await proposeArticle(null, { text, title: 'Review published', date: '2009-11-20' });
    expect(draft.statements[0]?.about.find((t) => t.label === 'Report')?.stance).toBe('neutral');
  });

  it('while what is said of its quality still judges it', async () => {
    const text = 'Review published\n\nA serious case review of Kelby Council was published on Wednesday.\n\nThe town’s MP, Jo Lane, called the review “a shoddy and partial piece of work”.';
    const draft = await proposeArticle(null, { text, title: 'Review published', date: '2009-11-20' });
    expect(draft.statements[0]?.about.find((t) => t.label === 'Report')?.stance).toBe('critical');
  });
});
