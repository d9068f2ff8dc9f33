/**
 * Attribution, issue 35 (written set 12): a speaker named as the apposition of a title ("The Housing Inspectorate's
 * chief inspector, Ruth Adeyemi, said:") holds that title at that body; the verb after the name is no title. Her
 * words then speak for the report's maker, and what they find fault with is the report's subject. After a quote, the
 * role described after the verb is the name's that follows it ("…,” said the trust’s chair, Dr Amina Kaur.). Every
 * body, person and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

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
