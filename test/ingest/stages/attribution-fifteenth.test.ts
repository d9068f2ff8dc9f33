/**
 * Attribution, issue 35 (written set 12): a speaker named as the apposition of a title ("The Housing Inspectorate's
 * chief inspector, Ruth Adeyemi, said:") holds that title at that body; the verb after the name is no title. Her
 * words then speak for the report's maker, and what they find fault with is the report's subject. After a quote, the
 * role described after the verb is the name's that follows it ("…,” said the trust’s chair, Dr Amina Kaur.). A review
 * "commissioned by the government" speaks as the review, whose maker may be "Professor X of the University of Y" (a
 * person at a body); "“…,” it said" after "The Kelby report said" is the report's maker. Every body, person and
 * sentence is invented for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { seedStore } from '../../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const RELEASE = [
  'Councils must act on empty homes, says inspectorate',
  '',
  'The Housing Inspectorate today publishes a report on how well councils bring empty homes back into use, based on visits to six councils last spring.',
  '',
  'The Housing Inspectorate’s chief inspector, Ruth Adeyemi, said:',
  '',
  '“Every council we visited had a policy on empty homes. Too often nobody in the housing team had read it.”',
  '',
  'Director of the Howard Trust, Colin Marsh, also told reporters the findings were no surprise.',
].join('\n');

describe('attribution: a name in apposition to a title before it', () => {
  it('takes the title before the name, at its body, and never the verb after it', async () => {
    const draft = await proposeArticle(null, { text: RELEASE, title: RELEASE.split('\n')[0]! });
    const adeyemi = draft.newActors.find((a) => a.name === 'Ruth Adeyemi');
    expect(adeyemi?.role?.title).toBe('chief inspector');
    expect(adeyemi?.role?.atName).toBe('Housing Inspectorate');
    const marsh = draft.newActors.find((a) => a.name === 'Colin Marsh');
    expect(marsh?.role?.title ?? '').not.toMatch(/told|said/);
  });

  it('lets the maker’s officer speak for the report, judging what it assessed', async () => {
    const draft = await proposeArticle(null, { text: RELEASE, title: RELEASE.split('\n')[0]! });
    const quote = draft.statements.find((s) => s.text.startsWith('Every council we visited'));
    expect(quote?.speaker.name).toBe('Ruth Adeyemi');
    expect(quote?.about.find((t) => t.label !== 'Report')?.name).toBe('councils');
  });
});

describe('attribution: a role described after the verb, then the name', () => {
  const TEXT = [
    'Harbour Trust rated good',
    '',
    'The Harbour Trust has been rated good by the Care Regulator, two years after it was found wanting.',
    '',
    '“This is a proud day for everyone here,” said the trust’s chair, Dr Amina Kaur. “We are not finished yet.”',
    '',
    '“The report makes hard reading in places,” said the council’s director of adult services, Mark Pryce.',
    '',
    '“We welcome it,” said the council leader, Cllr Jo Lane, adding that the trust had earned it.',
  ].join('\n');

  it('gives the quote to the name, with the role', async () => {
    const draft = await proposeArticle(null, { text: TEXT, title: 'Harbour Trust rated good' });
    const speakerOf = (words: string) => draft.statements.find((s) => s.kind === 'quote' && s.text.startsWith(words))?.speaker.name;
    expect(speakerOf('This is a proud day')).toBe('Dr Amina Kaur');
    expect(speakerOf('We are not finished')).toBe('Dr Amina Kaur');
    expect(speakerOf('The report makes hard reading')).toBe('Mark Pryce');
    expect(speakerOf('We welcome it')).toBe('Cllr Jo Lane');
    expect(draft.newActors.find((a) => a.name === 'Dr Amina Kaur')?.role).toMatchObject({ title: 'chair', atName: 'Harbour Trust' });
    expect(draft.newActors.find((a) => a.name === 'Mark Pryce')?.role?.title).toBe('director of adult services');
  });
});

describe('attribution: a review, its maker and "it said"', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createGrafeoTestStore();
    await seedStore(t.store, SEED_DIR);
  });
  afterAll(async () => t?.dispose());

  it('gives what a review commissioned by the government concluded to its maker, a person at a university', async () => {
    const text = [
      'Review calls for fewer targets in youth justice',
      '',
      'Youth offending teams should be freed from national targets, an independent review of youth justice commissioned by the government has concluded.',
      '',
      'The review, published on Tuesday by Professor Alan Birtwistle of the University of Kelby, said a decade of reforms had left teams “counting rather than caring”.',
      '',
      '“Every failure has brought another form,” Professor Birtwistle said.',
    ].join('\n');
    const draft = await proposeArticle(t.store, { text, title: 'Review calls for fewer targets in youth justice', date: '2014-03-04' });
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Professor Alan Birtwistle', 'Professor Alan Birtwistle', 'Professor Alan Birtwistle']);
    expect(draft.newReports?.[0]?.publisherName).toBe('Professor Alan Birtwistle');
    expect(draft.newActors.find((a) => a.name === 'Professor Alan Birtwistle')?.role).toMatchObject({ title: 'professor', atName: 'University of Kelby' });
  });

  it('gives "“…,” it said" after "The Kelby report said" to the report’s maker, not the last body named', async () => {
    const text = [
      'Two councils, two grades',
      '',
      'Ofsted has judged Kelby Borough Council’s fostering service inadequate and rated Ashby City Council’s good, in reports published on Monday and Friday. Ashby has a new fostering team and a new director.',
      '',
      'The Kelby report said carers waited months for training and that some placements were never reviewed.',
      '',
      '“Leaders do not know how many carers have left in the past year,” it said.',
    ].join('\n');
    const draft = await proposeArticle(t.store, { text, title: 'Two councils, two grades', date: '2015-05-11' });
    expect(draft.statements.find((s) => s.text.startsWith('Leaders do not know'))?.speaker.name).toBe('Ofsted');
  });
});
