/**
 * Attribution stage, issue 35's fourth round of new domains: asides and outlets that are not the speaker, titles and
 * roles that stand for a person the text names elsewhere, an alias the article's own full name claims, and a body
 * described by its kind. In Chorus's own words, each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { proposeArticle } from '../../../src/ingest/propose.js';

const person = (id: string, name: string, aliases: string[]): Entity => ({ id, label: 'Person', name, aliases, roles: [], publishedBy: [] });
/** A graph whose people share a title and first name with people the texts name in full. */
const graph = new Gazetteer([person('person:michael-graph', 'Sir Michael Graph', ['Sir Michael', 'Graph']), person('person:anne-holt', 'Dame Anne Holt', ['Dame Anne', 'Holt'])], [], []);

const speakers = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' }, { gazetteer: graph })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: a constituency or place in brackets after a name', () => {
  it('is an aside, not the speaker, before the verb or after it', async () => {
    expect(await speakers('Housing figures\n\nLabour MP Jo Bloggs (Northtown Central) said: “Families on the waiting list are being left in damp rooms for years.”\n'))
      .toEqual([['Families on the wait', 'Jo Bloggs']]);
    expect(await speakers('Housing figures\n\n“The waiting list has doubled in two years and nobody is building,” said Green MP Ann Ross (Eastvale and Marsh Green).\n'))
      .toEqual([['The waiting list has', 'Ann Ross']]);
  });

  it('is still the name when the phrase names no one outside the brackets', async () => {
    expect(await speakers('Housing figures\n\nThe housing minister (Jo Bloggs) said: “We will build more homes for rent in every region next year.”\n'))
      .toEqual([['We will build more h', 'Jo Bloggs']]);
  });
});

describe('attribution stage: a title standing for the person named with it before', () => {
  it('gives "The <party> MP for <place> said …, adding, “…”" to the MP named before, not to a body in the clause', async () => {
    expect(await speakers('Housing figures\n\nKaty Marsh MP has written to the council about the figures.\n\nThe Labour MP for Westvale and Ashford said the “worrying figures” from the Housing Action Trust were proof of the failure of the Government, adding, “Nobody should accept that one child in five here lives in a cold home.”\n'))
      .toEqual([['the “worrying figure', 'Katy Marsh'], ['Nobody should accept', 'Katy Marsh']]);
    expect(await speakers('Rail closures\n\nJo Bloggs, the Liberal Democrat MP for Eastvale, raised the closures in the Commons on Monday.\n\nThe MP said the timetable was a failure by the Rail Standards Board, adding: “Passengers in my constituency have been forgotten by everyone in charge.”\n'))
      .toEqual([['the timetable was a ', 'Jo Bloggs'], ['Passengers in my con', 'Jo Bloggs']]);
  });
});

describe('attribution stage: a title that another title only resembles', () => {
  it('does not give "The Prime Minister said" to a health minister named before', async () => {
    const said = await speakers('Waiting lists\n\nHealth Minister Jo Bloggs visited the hospital on Monday.\n\nThe Prime Minister said the waiting lists would fall by the end of the year.\n');
    expect(said.map(([, who]) => who)).not.toContain('Jo Bloggs');
    const senior = await speakers('Waiting lists\n\nJo Bloggs, the health minister, visited the hospital on Monday.\n\nThe education minister said the school year would start a week later than planned.\n');
    expect(senior.map(([, who]) => who)).not.toContain('Jo Bloggs');
  });
});

describe('attribution stage: "X said …, adding, “…”" with a subject that names no one', () => {
  it('gives the quote to no body named inside the reported clause', async () => {
    const first = await speakers('Housing figures\n\nThe housing campaigner said the figures from the Housing Action Trust were proof of the failure of the Eastvale Housing Board, adding, “Nobody should accept that one child in five here lives in a cold home.”\n');
    expect(first.map(([, who]) => who)).not.toContain('Eastvale Housing Board');
    expect(first.map(([, who]) => who)).not.toContain('Housing Action Trust');
    const second = await speakers('Rail closures\n\nA local resident said the closures ordered by the Rail Standards Board had cut the town off from the city, noting: “There has been no bus to the station since the spring timetable began.”\n');
    expect(second.map(([, who]) => who)).not.toContain('Rail Standards Board');
  });
});

describe('attribution stage: an outlet the speaker talks to is never the speaker', () => {
  it('is not the speaker after "told"', async () => {
    const said = await speakers('Hospital review\n\nThe minister told the Evening Courier: “We will publish a full response to the review in the spring.”\n');
    expect(said.map(([, who]) => who)).not.toContain('Evening Courier');
    expect(await speakers('Hospital review\n\nHealth minister Jo Bloggs told Radio Eastvale: “We will publish a full response to the review in the spring.”\n'))
      .toEqual([['We will publish a fu', 'Jo Bloggs']]);
  });

  it('is not the speaker when it fronts the sentence ("Speaking to …,", "In an interview with …,")', async () => {
    const said = await speakers('Hospital review\n\nSpeaking to Channel Five News, three nurses, who had worked on the ward for years, said the review had not listened to them.\n\n“We told managers about the staffing every week and nothing changed,” one said.\n');
    expect(said.map(([, who]) => who)).not.toContain('Channel Five News');
    expect(await speakers('Hospital review\n\nIn an interview with the Northern Herald, nurses said the review had not listened to the people on the wards.\n'))
      .toEqual([['the review had not l', 'nurses']]);
  });
});

describe('attribution stage: a title-and-first-name alias', () => {
  it('is the full name the article gave before, not a graph person who shares it', async () => {
    expect(await speakers('College report\n\nSir Michael Barton, principal of the Eastfield Institute, criticised the inspectors.\n\nIn a response, Sir Michael says the institute was “surprised not to have been asked about the figures before publication”.\n'))
      .toEqual([['surprised not to hav', 'Sir Michael Barton']]);
    expect(await speakers('Review published\n\nDame Anne Price chaired the review of the county’s maternity units.\n\n“Every family we met deserved to be heard much sooner than they were,” Dame Anne said.\n'))
      .toEqual([['Every family we met ', 'Dame Anne Price']]);
  });

  it('is still the graph person when the article names no one else with it', async () => {
    expect(await speakers('Review published\n\n“Every family we met deserved to be heard much sooner than they were,” Dame Anne said.\n'))
      .toEqual([['Every family we met ', 'Dame Anne Holt']]);
  });
});

describe('attribution stage: a role at a body, its holder named elsewhere in the text', () => {
  it('gives "The interim boss of <body> has said" to the person named later as its head, not to the body', async () => {
    expect(await speakers('College inspection\n\nThe interim boss of Riverside College has said the inspection came too soon after a run of changes at the top.\n\nInspectors rated the college as requires improvement.\n\nLowell Grant is in his second spell as interim chief of the college.\n'))
      .toEqual([['the inspection came ', 'Lowell Grant']]);
    expect(await speakers('Charity review\n\nThe acting head of the Eastvale Trust said the review had ignored the work of its volunteers.\n\nPriya Shah, who became the trust’s acting chief executive in March, has led it through two inspections.\n'))
      .toEqual([['the review had ignor', 'Priya Shah']]);
  });

  it('keeps the body when the text names no holder', async () => {
    expect(await speakers('College inspection\n\nThe interim boss of Riverside College has said the inspection came too soon after a run of changes at the top.\n'))
      .toEqual([['the inspection came ', 'Riverside College']]);
  });
});

describe('attribution stage: a body described by its kind', () => {
  it('gives "the charity’s analysis" and "The charity said" to the body introduced with that kind', async () => {
    expect(await speakers('Housing\n\nThe figures came after charity Homes First revealed that thousands of working families were in hostels.\n\nThe charity’s analysis suggested that most of the families in hostels had at least one adult in work.\n'))
      .toEqual([['thousands of working', 'Homes First'], ['most of the families', 'Homes First']]);
    expect(await speakers('Housing\n\nNew figures were published on Monday by Safe Harbour, a housing charity based in Leeds.\n\nThe charity said that the number of families in temporary rooms had doubled since 2019.\n'))
      .toEqual([['the number of famili', 'Safe Harbour']]);
  });
});

describe('attribution stage: a group described by a relative clause or by the event that touched it', () => {
  it('is the group, not the outlet or nobody, whatever clause describes it', async () => {
    expect(await speakers('Tower fire report\n\nSpeaking to Channel Five News, three people, who had their homes destroyed by the fire, said the report would not bring them closure.\n'))
      .toEqual([['the report would not', 'three people']]);
    expect(await speakers('Tower fire report\n\nFour nurses, whose ward was closed after the review, said the inquiry had ignored what they told it.\n'))
      .toEqual([['the inquiry had igno', 'four nurses']]);
  });

  it('names a group by what it is of ("Families of the victims of …", "Bereaved and survivors of …")', async () => {
    expect(await speakers('Arena inquiry\n\nFamilies of the victims of the stadium crush said the inquiry had finally told them the truth.\n'))
      .toEqual([['the inquiry had fina', 'families of the victims of the stadium crush']]);
    expect(await speakers('Tower fire report\n\nBereaved and survivors of the tower block fire have said the final report shows they were failed by greed.\n'))
      .toEqual([['the final report sho', 'bereaved and survivors of the tower block fire']]);
  });

  it('leaves members of a body to the body, and a body named like a group to itself', async () => {
    const said = await speakers('Committee report\n\nMembers of the Health Committee said the plan would not cut waiting lists this year.\n');
    expect(said.map(([, who]) => who)).not.toContain('members of the Health Committee');
    const named = await speakers('Deaf pupils\n\nParents of the Deaf, a charity, said the plan would not help pupils in rural schools.\n');
    expect(named.map(([, who]) => who)).not.toContain('parents of the Deaf');
  });
});
