/**
 * Text and layout stage (issue 35, twelfth round). Every line is written for this test, each pattern in two wordings
 * or more:
 * - a site box in the middle of an article ("Most Read", "Related articles", "Read more", a list of other headlines)
 *   is furniture, and the article's prose after it is content again; a box with no article prose after it and
 *   comments still end the page, and a cookie notice or a site's footer is furniture wherever it stands.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findFurniture } from '../../../src/ingest/quotes.js';
import { ArticleText } from '../../../src/ingest/text.js';

const furniture = (text: string) => findFurniture(new ArticleText(text)).map((r) => text.slice(r.start, r.end).trim());
const statements = async (text: string, title: string) => (await proposeArticle(null, { text, title })).statements.map((s) => [s.kind, s.text, s.speaker.name]);

describe('a site box in the middle of an article', () => {
  it('is furniture, and the prose after it is content again ("Most Read" and its headlines)', () => {
    const text =
      'Harbour board criticised over ferry delays\n\n' +
      'The Island Transport Panel found that one sailing in five left more than an hour late last winter.\n\n' +
      'Councillor Aled Rhys said: “Families on the island have been let down for years.\n\n' +
      'Most Read\n\n' +
      'Bakery closes after ninety years on the high street\n\n' +
      'Lifeboat crew rescue walkers cut off by the tide\n\n' +
      '“The board must publish a timetable it can keep, and it must do so this spring.”\n\n' +
      'The panel will look at the ferry service again in the autumn.\n';
    expect(furniture(text)).toEqual(['Most Read\n\nBakery closes after ninety years on the high street\n\nLifeboat crew rescue walkers cut off by the tide']);
  });

  it('is furniture in its other wordings ("Related articles", a bare "Read more", "You might also like")', () => {
    const text =
      'Care homes told to improve medicine checks\n\n' +
      'The Residential Care Standards Unit said three homes in the district had lost track of controlled drugs.\n\n' +
      'Related articles\n\n' +
      'Town centre car park to close for repairs\n\n' +
      'The unit’s report found that staff were not trained to record doses given at night.\n\n' +
      'Owners of the three homes said they had already changed their procedures.\n\n' +
      'Read more\n\n' +
      'Council tax to rise by five per cent\n\n' +
      'Mina Osei, whose father lives in one of the homes, said relatives had been kept in the dark.\n\n' +
      'The unit will return to all three homes within six months.\n\n' +
      'You might also like\n\n' +
      'School runs fun day for charity\n\n' +
      'Rail line reopens after landslip\n\n' +
      'A spokesperson for the homes said the report would be discussed by their board next week.\n\n' +
      'Inspectors will publish their next findings in the spring.\n';
    expect(furniture(text)).toEqual([
      'Related articles\n\nTown centre car park to close for repairs',
      'Read more\n\nCouncil tax to rise by five per cent',
      'You might also like\n\nSchool runs fun day for charity\n\nRail line reopens after landslip',
    ]);
  });

  it('keeps the quotes after it, with their speaker', async () => {
    const text =
      'Water firm fined after river pollution\n\n' +
      'The Rivers Authority fined Valley Water after sewage reached the river on eleven days last summer.\n\n' +
      'Sara Lind, who chairs the Valley Anglers Association, said: “We reported the spills for weeks and nobody came.\n\n' +
      'Trending\n\n' +
      'Farm shop wins regional award\n\n' +
      '“The fine is welcome, but it will not bring back the fish we lost.”\n\n' +
      'The authority said the company had failed to repair a broken pump for three months.\n';
    const found = await statements(text, 'Water firm fined after river pollution');
    expect(found).toContainEqual(['quote', 'The fine is welcome, but it will not bring back the fish we lost.', 'Sara Lind']);
  });

  it('still ends the page where no article prose follows it (a related list, headlines and teasers)', () => {
    const text =
      'Library opening hours cut\n\n' +
      'The council said the libraries would close on Mondays from April.\n\n' +
      'Its review found that visits had fallen by a third since 2019.\n\n' +
      'Residents will be able to comment on the plan until March.\n\n' +
      'Related stories\n\n' +
      'Swimming pool to reopen after refit\n\n' +
      'The leisure centre has been closed since the summer while its roof was replaced.\n\n' +
      'Bus routes to change next month\n\n' +
      'Two routes will be merged and one will run only at peak times.\n\n' +
      'Park cafe plan approved\n';
    const ends = furniture(text);
    expect(ends).toHaveLength(1);
    expect(ends[0]!.startsWith('Related stories')).toBe(true);
    expect(ends[0]!.endsWith('Park cafe plan approved')).toBe(true);
  });

  it('still ends the page at the comments, however much the readers wrote', () => {
    const text =
      'Hospital parking charges to rise\n\n' +
      'The health board said charges would rise by fifty pence an hour.\n\n' +
      'The board’s finance report said the car parks cost more to run than they earn.\n\n' +
      'Staff will keep their free permits, the board said.\n\n' +
      'Most popular\n\n' +
      'Comments (2)\n\n' +
      'This is a disgrace and the board should be ashamed of itself.\n\n' +
      'I have paid these charges for years and nothing ever improves at that hospital.\n';
    const ends = furniture(text);
    expect(ends).toHaveLength(1);
    expect(ends[0]!.startsWith('Most popular')).toBe(true);
    expect(ends[0]!.endsWith('nothing ever improves at that hospital.')).toBe(true);
  });

  it('takes a cookie notice and a site footer for furniture wherever they stand', () => {
    const text =
      'Museum to charge for entry\n\n' +
      'The museum trust said it would charge adults five pounds from June.\n\n' +
      'We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.\n\n' +
      'Its annual report said visitor numbers had not recovered since the building closed for repairs.\n\n' +
      '© 2024 Northgate Media Ltd. All rights reserved.\n';
    expect(furniture(text)).toEqual([
      'We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.',
      '© 2024 Northgate Media Ltd. All rights reserved.',
    ]);
  });
});
