/**
 * Quote spans and speakers, issue 35 eighteenth round: statements printed the way government and bodies publish them.
 * - A page headed "Our response to …" with no web address is its masthead's: a line at its head that is a body's name.
 * - A published letter ("Dear Councillor Foyle," … "Yours sincerely," and a name) is its signatory's, from its greeting
 *   on; the editor's words before it are no one's.
 * - A written statement under a parliamentary label ("The Minister of State for Children (Mrs Joanna Pell):") is the
 *   member's, one quote per numbered paragraph, without the number.
 * - A graph person's short name ("Sir Michael") where the text names someone else by it ("Sir Michael Renshaw") is that
 *   someone, named in full.
 * Every body, person and sentence is invented for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { seedStore } from '../../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const draftOf = (title: string, text: string) => proposeArticle(null, { text, title, date: '2015-03-12' });
const speakerOf = (draft: Awaited<ReturnType<typeof draftOf>>, words: string) => draft.statements.find((s) => s.text.includes(words))?.speaker.name;

describe('a response page copied whole', () => {
  it('is its masthead’s', async () => {
    const title = 'Our response to the inspectorate’s annual report';
    const text = `${title}\n\nMarrow Lane Children’s Trust\nAbout us | What we do | Donate\n\nPosted by the policy team | 14 July 2016\n\nWe welcome the inspectorate’s annual report, published yesterday, and its plain words about the gap between areas.\n\nBut we are disappointed that the report has so little to say about young people leaving care at eighteen.`;
    const draft = await draftOf(title, text);
    expect(speakerOf(draft, 'We welcome the inspectorate')).toBe('Marrow Lane Children’s Trust');
    expect(speakerOf(draft, 'so little to say')).toBe('Marrow Lane Children’s Trust');
  });
});

describe('a published letter', () => {
  it('is its signatory’s from its greeting on, and the editor’s words before it are no one’s', async () => {
    const title = 'Letter from the minister to the council leader';
    const text =
      `${title}\n\nThe minister wrote to the leader of Fenwold Council on 2 March, after an inspection judged its services inadequate. The letter is published below.\n\n` +
      'Dear Councillor Hale,\n\nI am writing after the inspection of services for children in Fenwold, which found them to be inadequate overall.\n\nThe report makes very troubling reading, and I have decided to appoint a commissioner who will report to me within three months.\n\nYours sincerely,\n\nRobert Greaves';
    const draft = await draftOf(title, text);
    expect(speakerOf(draft, 'I am writing after the inspection')).toBe('Robert Greaves');
    expect(speakerOf(draft, 'appoint a commissioner')).toBe('Robert Greaves');
    expect(draft.statements.some((s) => s.text.includes('The minister wrote to the leader'))).toBe(false);
  });
});

describe('a written statement under a parliamentary label', () => {
  it('is the member’s, one quote per numbered paragraph, without its number', async () => {
    const title = 'Written Ministerial Statement: children’s services in Harlow Vale';
    const text =
      `${title}\n\nThe Minister of State for Children, Young People and Families (Mrs Joanna Pell):\n\n` +
      '1. On 25 September Ofsted published the report of its inspection of services for children in Harlow Vale, which judged them inadequate.\n\n' +
      '2. Inspectors found that many referrals had not been assessed in time, and I am not satisfied that the council would act with enough urgency.\n\n' +
      '3. I have therefore today issued a direction to the council, which requires it to work with an improvement board under an independent chair.';
    const draft = await draftOf(title, text);
    const quotes = draft.statements.filter((s) => s.kind === 'quote');
    expect(quotes.map((s) => s.speaker.name)).toEqual(['Mrs Joanna Pell', 'Mrs Joanna Pell', 'Mrs Joanna Pell']);
    expect(quotes[0]!.text.startsWith('On 25 September')).toBe(true);
    expect(quotes[2]!.text.startsWith('I have therefore')).toBe(true);
  });
});

// The seed graph holds Sir Michael Wilshaw, known to it also as "Sir Michael".
describe('a short name the graph knows', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createGrafeoTestStore();
    await seedStore(t.store, SEED_DIR);
  });
  afterAll(async () => t?.dispose());

  it('is the person the text names by it, in full', async () => {
    const title = 'Minister announces reforms after review';
    const text = `${title}\n\nThe reforms are a direct response to Sir Michael Renshaw’s independent review of social work, published in November.\n\nSir Michael concluded that one in five councils did not know how many of their social workers were agency staff.`;
    const draft = await proposeArticle(t.store, { text, title, date: '2016-01-22' });
    expect(draft.statements.find((s) => s.text.includes('one in five councils'))?.speaker.name).toBe('Sir Michael Renshaw');
  });
});
