/**
 * Attribution, issue 35 (written set 12): a speaker named as the apposition of a title ("The Housing Inspectorate's
 * chief inspector, Ruth Adeyemi, said:") holds that title at that body; the verb after the name is no title. Her
 * words then speak for the report's maker, and what they find fault with is the report's subject. Every body, person
 * and sentence is invented for this test.
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
