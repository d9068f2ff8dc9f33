/**
 * Issue 35 nineteenth round: comment pieces (written set 10's opinion pieces).
 * - A comment piece names its author under the headline ("Simon Reed, director, Ashgrove Centre for Social Policy";
 *   "Harriet Blake says …"; "Guest post by Jordan Ellis, who left care in 2013"); a page signed so argues in the
 *   author's voice after one "I", where an unsigned page needs two.
 * - The headline set as the page's first line is no sentence of the author's argument.
 * - "X put it this way when the report came out:" is a speaker line for the unquoted paragraphs under it, which end where
 *   a section heading turns to the author's "I"; a release's statement runs on past its section headings.
 * Every person, body and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const draftOf = (text: string) => proposeArticle(null, { text, title: text.split('\n')[0]!, date: '2013-03-14' });

const COLUMN = [
  'The auditors have done the sums on care. Ministers should read them',
  '',
  'Simon Reed, director, Ashgrove Centre for Social Policy',
  '',
  'Last week the National Audit Office published its report on children in care. It is dry, careful and devastating.',
  '',
  'The head of the audit office, Sir Martin Ash, put it this way when the report came out:',
  '',
  'The department has not yet understood what it is buying when it places a child in care, or whether it helps.',
  '',
  'Why it matters',
  '',
  'I would go further. The placements market has grown for a decade with nobody in government steering it at all.',
  '',
  'Councils cannot fix a national market one contract at a time, and ministers should stop pretending they can.',
].join('\n');

describe('a comment piece signed under its headline', () => {
  it('is its author’s argument, paragraph by paragraph, after one “I” (a sentence of four words is too short to take)', async () => {
    const draft = await draftOf(COLUMN);
    const author = draft.statements.filter((s) => s.speaker.name === 'Simon Reed').map((s) => s.text.slice(0, 20));
    expect(author).toEqual(['Last week the Nation', 'The placements marke', 'Councils cannot fix ']);
  });

  it('quotes the one it introduces with “put it this way:” up to the section heading', async () => {
    const draft = await draftOf(COLUMN);
    const ash = draft.statements.filter((s) => s.speaker.name === 'Sir Martin Ash').map((s) => s.text.slice(0, 20));
    expect(ash).toEqual(['The department has n']);
  });

  it('takes no sentence of the headline set as the first line', async () => {
    const draft = await draftOf(COLUMN);
    expect(draft.statements.some((s) => s.text.startsWith('The auditors have done the sums'))).toBe(false);
  });

  it('knows the author from “Name says …” and “Guest post by Name, who …”', async () => {
    for (const line of ['Harriet Blake says the warning must not be filed away', 'Guest post by Harriet Blake, who left care in 2013']) {
      const text = `Nobody is listening\n\n${line}\n\nThe report published on Tuesday is the most important document any minister will read this winter, and I fear it will be forgotten by Christmas.`;
      const draft = await draftOf(text);
      expect(draft.statements.filter((s) => s.rule === 'paraphrase:author-voice').map((s) => s.speaker.name)).toEqual(['Harriet Blake']);
    }
  });

  it('an unsigned news story with one “I” in it is no one’s argument', async () => {
    const text = 'Council rated inadequate\n\nKelby Council’s children’s services have been rated inadequate, a report published on Tuesday shows.\n\nThe report is the most damning I have seen in years, one reader wrote to the paper.';
    const draft = await draftOf(text);
    expect(draft.statements.some((s) => s.rule === 'paraphrase:author-voice')).toBe(false);
  });
});

describe('a release’s statement under its speaker line', () => {
  it('runs on past a section heading in the body’s own voice', async () => {
    const text = [
      'Directors respond to the annual report',
      '',
      'Commenting on the annual report, the president of the directors’ association, Jo Marsh, said:',
      '',
      'The report rightly recognises the commitment of social workers and the progress many councils have made this year.',
      '',
      'A system under pressure',
      '',
      'We are disappointed that the inspectorate continues to rank councils against one another without regard to need.',
    ].join('\n');
    const draft = await draftOf(text);
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Jo Marsh', 'Jo Marsh']);
  });
});

describe('words quoted after a verb of voicing or finding', () => {
  it('are the fragment of whoever voices or finds them', async () => {
    const text =
      'Ombudsman voices concerns\n\nThe Public Services Ombudsman for Wales has voiced “serious concerns” about the way Kelby Health Board handled complaints.\n\nThe Care Inspectorate found the home’s rooms to be ‘dirty’.';
    const draft = await draftOf(text);
    expect(draft.statements.map((s) => s.text)).toEqual(['serious concerns', 'dirty']);
  });

  it('but not a term quoted after a verb that hands nothing over', async () => {
    const text = 'Board sets up panel\n\nKelby Health Board has set up a “rapid response” panel to look at the complaints.';
    const draft = await draftOf(text);
    expect(draft.statements).toEqual([]);
  });
});

describe('a paper’s leader column', () => {
  it('speaks for the paper it names as its own when no publisher is given', async () => {
    const text =
      'Our view: Kelby’s children deserve better\n\nThere is no way to dress up yesterday’s Ofsted report on Kelby Council, which is failing the children who depend on it.\n\nIn 2010 readers of the Kelby Evening Post were assured that lessons had been learned, and they plainly were not.\n\nThe council owes the town a credible plan, and it must publish honest reports of its progress every quarter.';
    const draft = await proposeArticle(null, { text, title: 'Our view: Kelby’s children deserve better', date: '2014-03-14' });
    expect(draft.statements.filter((s) => s.rule === 'paraphrase:author-voice').map((s) => s.speaker.name)).toContain('Kelby Evening Post');
  });
});

describe('a release’s own voice', () => {
  it('“Our response to …” with no masthead speaks for the body its “About …” section names', async () => {
    const text =
      'Our response to the annual report\n\nWe welcome the report’s focus on the difference help makes to children.\n\nWe are concerned that it has so little to say about cuts to early help.\n\nENDS\n\nAbout the Harbour Children’s Trust\n\nThe Harbour Children’s Trust is a national charity supporting children in care.';
    const draft = await draftOf(text);
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Harbour Children’s Trust', 'Harbour Children’s Trust']);
  });

  it('or the body its notes to editors say it is', async () => {
    const text =
      'Our response to the review of youth services\n\n4 May 2015\n\nThe review published today confirms what the young people we work with have told us for years: there is nowhere left for them to go in the evenings.\n\nENDS\n\nNotes to editors\n1. Kelby Youth Trust is a charity running youth clubs in the north west.\n2. The review was published by the Local Services Commission on 4 May 2015.';
    const draft = await draftOf(text);
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Kelby Youth Trust']);
  });
});

describe('a report named by its title in apposition', () => {
  it('is the report speaking, not a person of that name', async () => {
    const text =
      'Commission finds youth clubs closing\n\nThe Local Services Commission published a review of youth services on Monday.\n\nThe review, Nowhere Left To Go, found that a third of youth clubs had closed since 2010.';
    const draft = await draftOf(text);
    const finding = draft.statements.find((s) => s.text.startsWith('a third of youth clubs'));
    expect(finding?.speaker.name).toBe('Local Services Commission');
    expect(draft.newActors.some((a) => a.name === 'Nowhere Left To Go')).toBe(false);
  });
});
