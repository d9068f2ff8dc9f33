/**
 * Attribution stage, issue 35 thirteenth round: what a speaker's role says of a body, read as a user's own articles
 * write it. A remit or the people an office serves own no body ("the children's minister", "the Children's
 * Commissioner"); a title owned by a body before the name belongs to that body, whichever path names the person first
 * ("The council's strategic director, Peter Hay," then "he said"); the owner is the body the possessive mark follows,
 * not a place inside the title ("Unison's Birmingham branch secretary"); a word capitalised only because it opens a
 * headline is no body ("Councils failing children, says watchdog"). Every person, body and sentence is invented for
 * this test; two wordings each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { seedStore } from '../../../src/seed/load.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const actorsOf = async (text: string, title = 'A test article') => (await proposeArticle(null, { text, title, date: '2015-03-20' })).newActors;
const roleOf = async (text: string, name: string) => (await actorsOf(text)).find((a) => a.name === name)?.role;
const bodyNames = async (text: string, title?: string) => (await actorsOf(text, title)).filter((a) => a.label === 'Organisation').map((a) => a.name);

describe('attribution stage: a remit or the people an office serves own no body', () => {
  it('keeps "the children’s minister" a title, with no body called "children"', async () => {
    const text = 'The report was published on Monday.\n\nThe children’s minister, Edward Tamsin, said he would appoint a commissioner to oversee improvements.';
    expect(await roleOf(text, 'Edward Tamsin')).toEqual({ title: 'children’s minister' });
    expect(await bodyNames(text)).toEqual([]);
    const schools = 'The review was published on Monday.\n\nThe country’s chief nursing officer, Rhona Bell, said the findings were worrying.';
    expect(await roleOf(schools, 'Rhona Bell')).toEqual({ title: 'country’s chief nursing officer' });
    expect(await bodyNames(schools)).toEqual([]);
  });

  it('keeps "the Children’s Commissioner for England" an office, with no body called "Children"', async () => {
    const text = 'The report was published on Monday.\n\nThe Children’s Commissioner for England, Mary Atkin, said she hoped it would lead to lasting change.';
    expect(await roleOf(text, 'Mary Atkin')).toEqual({ title: 'Children’s Commissioner for England' });
    expect(await bodyNames(text)).toEqual([]);
    const victims = 'The review was published on Monday.\n\nThe Victims’ Commissioner, Dame Vera Holt, said the findings were a wake-up call.';
    expect(await bodyNames(victims)).toEqual([]);
  });
});

describe('attribution stage: the body that owns a title before the name', () => {
  it('gives a person named first by their title and then by a pronoun the body the title belongs to', async () => {
    const text =
      'Eastmere City Council’s children’s services remain inadequate, inspectors have found.\n\n' +
      'The council’s strategic director for people, Peter Hayward, said he was disappointed.\n\n' +
      '“We have been honest about the scale of the challenge,” he said.';
    expect(await roleOf(text, 'Peter Hayward')).toMatchObject({ title: 'strategic director for people', at: expect.any(String), atName: expect.stringContaining('Eastmere') });
    const quoteFirst =
      'Northdale Council was rated inadequate on Tuesday.\n\n' +
      'The council’s director of children’s services, Ann Oduya, was appointed last year. “We know there is a long way to go,” she said.';
    expect(await roleOf(quoteFirst, 'Ann Oduya')).toMatchObject({ title: 'director of children’s services', at: expect.any(String), atName: expect.stringContaining('Northdale') });
  });

  it('takes the owner from the possessive mark, not from a place inside the title', async () => {
    const text =
      'Eastmere City Council was rated inadequate on Tuesday.\n\n' +
      'Unison’s Eastmere branch secretary, Carla Johns, said staff had been let down by years of poor management.';
    expect(await roleOf(text, 'Carla Johns')).toMatchObject({ title: 'Eastmere branch secretary', atName: 'Unison' });
    const gmb =
      'Northdale Council was rated inadequate on Tuesday.\n\n' +
      'The GMB’s Northdale organiser, Sam Pike, was at the meeting. “Our members deserve better,” he said.';
    expect(await roleOf(gmb, 'Sam Pike')).toMatchObject({ title: 'Northdale organiser', atName: 'GMB' });
  });
});

describe('attribution stage: a word capitalised by where it stands', () => {
  it('proposes no body for the common noun that opens a headline, and none that nothing in the draft uses', async () => {
    const text =
      'Councils failing children in care, says watchdog\n\n' +
      'Almost a quarter of councils were found to be failing vulnerable children, the watchdog said.\n\n' +
      '“Councils share the watchdog’s ambition, but a single word cannot capture this work,” said Jon Hart of the Shire Councils Network.';
    expect(await bodyNames(text, 'Councils failing children in care, says watchdog')).not.toContain('Councils');
    const charities = 'Charities struggling to meet demand, says commission\n\nMore charities than ever are turning people away, the commission said.';
    expect(await bodyNames(charities, 'Charities struggling to meet demand, says commission')).not.toContain('Charities');
  });

  it('still reads a capitalised short name inside a sentence as the body it names', async () => {
    const text =
      'The Authority for Harbour Pilots has issued two new notices, and the authority’s chair has resigned.\n\nThe Authority said the pilots had been warned twice.';
    const draft = await proposeArticle(null, { text, title: 'Pilots authority issues notices' });
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Authority']);
  });
});

describe('attribution stage: a person described by age', () => {
  it('is the person named last, not the place the description mentions nor a relative named as theirs', async () => {
    const text =
      'The care home was rated inadequate on Tuesday.\n\n' +
      'But Norman Dale, whose mother Stella Keane has lived at the home for two years, said he would move her tomorrow if he had concerns.\n\n' +
      'The 73-year-old former bus driver, of Kingfisher Court, said: “The staff are out of this world.”';
    const draft = await proposeArticle(null, { text, title: 'Son defends care home' });
    expect(draft.statements.find((s) => s.text.includes('out of this world'))?.speaker.name).toBe('Norman Dale');
    const mother =
      'The hospital was told to improve on Friday.\n\n' +
      'Asha Patel, whose father Ravi Patel waited nine hours for a bed, said the ward had been chaotic.\n\n' +
      'The 41-year-old teacher, from Westfield Road, added: “Nobody told us anything.”';
    const second = await proposeArticle(null, { text: mother, title: 'Daughter criticises hospital' });
    expect(second.statements.find((s) => s.text.includes('Nobody told us'))?.speaker.name).toBe('Asha Patel');
  });
});

describe('attribution stage: people not named, and people named again', () => {
  const speakerOf = async (text: string, words: string) => (await proposeArticle(null, { text, title: 'Council rated inadequate' })).statements.find((s) => s.text.includes(words))?.speaker.name;

  it('gives a later "she said" the unnamed person a reported sentence introduced', async () => {
    const text =
      'The council’s director, Angela Merrow, said the authority accepted the findings.\n\n' +
      'One social worker, who asked not to be named, told this paper that the pressure had been building for years.\n\n' +
      '“You’d come back from leave to ten new cases and nobody to hand them to,” she said.';
    expect(await speakerOf(text, 'ten new cases')).toBe('One social worker');
    const parent =
      'The head teacher, Tom Rhodes, said the school would appeal.\n\n' +
      'A parent, whose son joined in September, said the report was unfair.\n\n' +
      '“Nobody from the inspection team spoke to us,” she added.';
    expect(await speakerOf(parent, 'Nobody from the inspection')).toBe('A parent');
  });

  it('takes an unnamed person placed by where they work as that person, not the place', async () => {
    const text = 'Ofsted rated the council inadequate.\n\n“They inspected the paperwork, not the pressure,” one social worker in the east assessment team told us.';
    expect(await speakerOf(text, 'paperwork')).toBe('one social worker in the east assessment team');
    const nurse = 'The trust was told to improve.\n\n“We were never asked about staffing,” a nurse on the children’s ward said.';
    expect(await speakerOf(nurse, 'never asked')).toBe('a nurse on the children’s ward');
  });

  it('refers "she" back to a person named again by surname, and takes no document for a person', async () => {
    const text =
      'The department asked Professor Caroline Mayfield to review social work last year. Valuing Practice, published on 25 February, is her report.\n\n' +
      'A department spokesperson said ministers would respond in full.\n\n' +
      'Mayfield has answered her critics directly. “I do not accept the argument that testing blames individuals,” she told a conference.';
    expect(await speakerOf(text, 'I do not accept')).toBe('Professor Caroline Mayfield');
    const draft = await proposeArticle(null, { text, title: 'Review answers critics' });
    expect(draft.newActors.map((a) => a.name)).not.toContain('Valuing Practice');
  });
});

describe('attribution stage: who speaks when the subject is an inspection, a branch or the holders of a post', () => {
  const lede = 'The Care Board published its inspection of Fernley Council on Tuesday.\n\n';
  const speakers = async (text: string) => (await proposeArticle(null, { text: lede + text, title: 'Council inspected' })).statements.map((s) => [s.text.slice(0, 24), s.speaker.name]);

  it('gives what "the inspection" found to the body that made it, an apposition after it or not', async () => {
    expect(await speakers('The inspection found that social workers were failing to see children quickly enough.')).toEqual([['social workers were fail', 'Care Board']]);
    expect(await speakers('The inspection, carried out in September and published on Tuesday, found that many assessments were poor.')).toEqual([['many assessments were po', 'Care Board']]);
  });

  it('gives a local branch’s words to its body, and names the holders of a post across bodies as a group', async () => {
    expect(await speakers('The Fernley branch of Unison said the efforts of its members had been recognised.')).toEqual([['the efforts of its membe', 'Unison']]);
    expect(await speakers('Directors of children’s services said the figures reflected a system under pressure.')).toEqual([['the figures reflected a ', 'Directors of children’s services']]);
  });
});

describe('attribution stage: subjects with a clause or a title around them', () => {
  const lede = 'The Care Board published its inspection of Harlbury Council on Tuesday.\n\n';
  const speakers = async (text: string) => (await proposeArticle(null, { text: lede + text, title: 'Council inspected' })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name]);

  it('gives what "Inspectors who …" and "But inspectors also" said to the body that inspected', async () => {
    expect(await speakers('Inspectors who spent two weeks at the authority in July found that social workers were carrying unmanageable caseloads.')).toEqual([['social workers were ', 'Care Board']]);
    expect(await speakers('But inspectors also said too many children were still moving between foster homes.')).toEqual([['too many children we', 'Care Board']]);
  });

  it('refers "he" back to a subject named after its title, and "she" to an unnamed person from a place', async () => {
    const titled =
      'The chief executive, Martin Oakridge, said the authority accepted the findings.\n\n' +
      'The leader of the Liberal Democrat group, Councillor Derek Saville, called the report “a damning indictment”.\n\n' +
      '“Warnings were given last November and they were ignored,” he said.';
    expect((await speakers(titled)).find(([words]) => words.startsWith('Warnings'))?.[1]).toBe('Councillor Derek Saville');
    const mother = 'A mother from Kelsford, whose two sons were taken into care last year, said she had dealt with four social workers.\n\n“Nobody explains anything to you,” she said.';
    expect((await speakers(mother)).map(([, who]) => who)).toEqual(['A mother from Kelsford', 'A mother from Kelsford']);
  });
});

describe('attribution stage: a body speaking through a title no one is named with', () => {
  it('gives "The authority’s chief executive said" to the authority, with the title as the role', async () => {
    const draft = await proposeArticle(null, { text: 'Castlemere Borough Council has been rated inadequate by the Care Board.\n\nThe authority’s chief executive said she was deeply sorry for the failings.', title: 'Council rated inadequate' });
    expect(draft.statements.map((s) => [s.speaker.name, s.speaker.speakerRole])).toEqual([['Castlemere', 'chief executive']]);
    const trust = await proposeArticle(null, { text: 'The Harbour Trust was told to improve by the Care Board on Monday.\n\nThe trust’s chair said the trust accepted every recommendation.', title: 'Trust told to improve' });
    expect(trust.statements.map((s) => [s.speaker.name, s.speaker.speakerRole])).toEqual([['Harbour Trust', 'chair']]);
    // "on Monday" says when: no body called "Care Board on Monday".
    expect(trust.newActors.map((a) => a.name)).not.toContain('Care Board on Monday');
  });
});

describe('attribution stage: a role’s body is the graph’s when the graph holds it (seeded Grafeo)', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createGrafeoTestStore();
    await seedStore(t.store, SEED_DIR);
  });
  afterAll(async () => t?.dispose());

  it('links "president of the Association of …" to the graph’s association, whichever path names the person first', async () => {
    const text =
      'The watchdog published its annual report on Tuesday.\n\n' +
      'Dana Hale, president of the Association of Directors of Children’s Services, said the report failed to recognise the pressure councils were under.\n\n' +
      '“We need an inspection regime that helps councils improve,” she said.';
    const draft = await proposeArticle(t.store, { text, title: 'Watchdog report published', date: '2015-03-20' });
    expect(draft.newActors.find((a) => a.name === 'Dana Hale')?.role).toMatchObject({ at: 'organisation:adcs' });
    expect(draft.newActors.map((a) => a.name)).not.toContain('Association of Directors of Children’s Services');
  });

  it('does not take "John Webb" for the graph’s Andrew Webb, whose alias is "Webb"', async () => {
    const text =
      'The Care Board published its inspection report on Monday.\n\n' +
      'John Webb, director of social services, called the report “tough but fair”.\n\n' +
      'He told councillors: “I’m going to start with an apology.”';
    const draft = await proposeArticle(t.store, { text, title: 'Care Board report published', date: '2010-07-20' });
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['John Webb', 'John Webb']);
    const later =
      'The Care Board published its inspection report on Monday.\n\n' +
      'Council director Mary Webb said the report was fair. “We have a lot to do,” Webb said.';
    const second = await proposeArticle(t.store, { text: later, title: 'Care Board report published', date: '2010-07-20' });
    expect(second.statements.map((s) => s.speaker.name)).not.toContain('Andrew Webb');
  });
});
