/**
 * Text and layout stage (issue 35, twelfth round). Every line is written for this test, each pattern in two wordings
 * or more:
 * - a site box in the middle of an article ("Most Read", "Related articles", "Read more", a list of other headlines)
 *   is furniture, and the article's prose after it is content again; a box with no article prose after it and
 *   comments still end the page, and a cookie notice or a site's footer is furniture wherever it stands;
 * - paragraphs that go on from a quote left open, their opening marks dropped by the page, are that quote's
 *   paragraphs, up to its closing mark, the text's end or the next quotation; ordinary prose after a closed quote is not;
 * - a quoted paragraph that repeats the author's own sentence from the body word for word is a pull quote: furniture.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findFurniture, findQuotes } from '../../../src/ingest/quotes.js';
import { ArticleText } from '../../../src/ingest/text.js';

const furniture = (text: string) => findFurniture(new ArticleText(text)).map((r) => text.slice(r.start, r.end).trim());
const quoted = (text: string) => findQuotes(new ArticleText(text)).map((q) => text.slice(q.start, q.end));
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

  it('does not end the page at a press release’s "Comments" section, where the reporter quotes someone under it', () => {
    const release =
      'Day centre to close after inspection\n\n' +
      'Marlow Vale Council will close the Ashby Road day centre after the Care Board rated it poor.\n\n' +
      'The board’s report said staff had not always recorded medicines given to residents.\n\n' +
      'Comments\n\n' +
      'The council’s director of adult care, Ruth Obi, said: “This was a hard decision, and the right one for the people who use the centre.”\n';
    expect(furniture(release)).toEqual([]);
    // Readers' comments under the heading, however they open, still end the page.
    const readers =
      'Day centre to close after inspection\n\n' +
      'Marlow Vale Council will close the Ashby Road day centre after the Care Board rated it poor.\n\n' +
      'The board’s report said staff had not always recorded medicines given to residents.\n\n' +
      'Comments\n\n' +
      'Jean from Ashby says: the centre was a lifeline for my mother and nobody asked us.\n';
    expect(furniture(readers)).toHaveLength(1);
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

describe('paragraphs that go on from a quote left open, their opening marks dropped', () => {
  it('are the same quote, to the text’s end', async () => {
    const text =
      'Charity responds to deaths in custody report\n\n' +
      'The Custody Deaths Review published its yearly report on Tuesday.\n\n' +
      'Ruth Adebayo, director of the Fair Custody Trust, said: “Too many of these deaths could have been prevented. The same failings appear in report after report.\n\n' +
      'What has to change is who answers for them, with a duty on every prison to act on what the review finds.\n\n' +
      'Our members have seen the pressure on staff grow every year, and the budget for the review has been cut again while the numbers it looks at have ris';
    expect(quoted(text).slice(-2)).toEqual([
      'What has to change is who answers for them, with a duty on every prison to act on what the review finds.',
      'Our members have seen the pressure on staff grow every year, and the budget for the review has been cut again while the numbers it looks at have ris',
    ]);
    const found = await statements(text, 'Charity responds to deaths in custody report');
    expect(found.filter(([kind, , speaker]) => kind === 'quote' && speaker === 'Ruth Adebayo')).toHaveLength(3);
  });

  it('are the same quote up to a closing mark, and the speaker named after it', () => {
    const text =
      'The Fire Cover Review said two stations in the county had been left unstaffed on forty nights.\n\n' +
      'Ben Okafor, of the firefighters’ union, said, “Crews have warned about this for two years.\n\n' +
      'Nobody at headquarters listened until the review put it in writing.\n\n' +
      'The stations must be staffed every night of the year,” he said.\n\n' +
      'The fire service said it was recruiting twenty more firefighters.\n';
    expect(quoted(text)).toEqual(['Crews have warned about this for two years.', 'Nobody at headquarters listened until the review put it in writing.', 'The stations must be staffed every night of the year,']);
  });

  it('are not read into ordinary prose after a quote that closed', () => {
    const text =
      'The Fire Cover Review said two stations had been left unstaffed.\n\n' +
      'Ben Okafor said: “Crews have warned about this for two years.”\n\n' +
      'The fire service said it was recruiting twenty more firefighters.\n\n' +
      'The review will be discussed by the fire authority next month.\n';
    expect(quoted(text)).toEqual(['Crews have warned about this for two years.']);
  });

  it('are not read after a few words left open inside the author’s sentence, nor before a line that is no sentence', () => {
    const text =
      'The review called the staffing plan “a gamble with public safety.\n\n' +
      'The fire service said it was recruiting twenty more firefighters.\n\n' +
      'Ben Okafor said: “Crews have warned about this for two years.\n\n' +
      'Staffing in numbers\n\n' +
      '“We cannot wait another winter,” he added.\n';
    expect(quoted(text)).toEqual(['a gamble with public safety.', 'Crews have warned about this for two years.', 'We cannot wait another winter,']);
  });
});

describe('a pull quote', () => {
  it('repeating the author’s sentence from the body is furniture, whichever comes first', () => {
    const text =
      'The Defence Spending Office said the ministry’s housing plan would cost more than it had budgeted.\n\n' +
      '“The office found that repairs to service family homes were running two years behind.”\n\n' +
      'The plan sets aside four billion pounds over ten years.\n\n' +
      'The office found that repairs to service family homes were running two years behind.\n\n' +
      'It also said the ministry did not know how many homes were empty.\n\n' +
      '“It also said the ministry did not know how many homes were empty.”\n';
    expect(furniture(text)).toEqual([
      '“The office found that repairs to service family homes were running two years behind.”',
      '“It also said the ministry did not know how many homes were empty.”',
    ]);
  });

  it('gives no quote to anyone, and leaves a quote that repeats nothing alone', async () => {
    const text =
      'The Defence Spending Office said the ministry’s housing plan would cost more than it had budgeted.\n\n' +
      '“In its report, the office warned that a third of the homes needed new roofs.”\n\n' +
      'In its report, the office warned that a third of the homes needed new roofs.\n\n' +
      'Colonel Jane Marsh, who speaks for service families, said: “Families have waited long enough.”\n\n' +
      '“We want a date for every repair, not another plan.”\n';
    const found = await statements(text, 'Housing plan for service families over budget');
    expect(found.filter(([kind]) => kind === 'quote').map(([, words]) => words)).toEqual(['Families have waited long enough.', 'We want a date for every repair, not another plan.']);
  });
});
