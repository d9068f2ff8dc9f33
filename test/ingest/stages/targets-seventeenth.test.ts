/**
 * Issue 35 seventeenth round: local papers, agency copy, homes and interviews.
 * - A council named only by its kind ("failings at the borough council") is the council of the place the opening
 *   says things happen in ("Children in Wrenford have been left at risk").
 * - A word describing a person before their name ("Organiser Donna Kettle", "Mother-of-three Kerry Walsh") is no part of
 *   the name; an agency dateline ("LONDON (PA) –") names nobody.
 * - The graph's report of those months is not the one an article answers when the opening credits the news to a body
 *   of another kind ("a charity warned today") or speaks of one place's services ("KENWORTH'S children's services").
 * - A children's home rated, named by its house name ("Larchfield House"), is what the inspection judges, not who runs it.
 * - In a printed interview, a line the interviewer's label opens ("Q: Ministers say …") is no answer, whatever it ends with.
 * - A question tagged "he asked" is the asker's; a hyphenated describing word ("Mother-of-three") and a second title before
 *   the name ("The committee's chairman, the Conservative MP Robert Ashdown,") leave the person the sentence's subject,
 *   whom a later "she said" or "he asked" refers to.
 * Every council, person and sentence is invented for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { seedStore } from '../../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const draftOf = (title: string, text: string) => proposeArticle(null, { text, title, date: '2014-09-26' });

describe('a council named by its kind and its place', () => {
  it('is the council of the place the opening names', async () => {
    const text =
      'Children ‘left at risk’ as services rated inadequate\n\nCHILDREN in Wrenford have been left at risk because of serious failings at the borough council, according to an Ofsted report published today.\n\nThe watchdog’s report said that social workers were carrying up to 35 cases each.\n\nThe council’s leader, Jo Marsh, said the council was sorry.';
    const draft = await draftOf('Children ‘left at risk’ as services rated inadequate', text);
    const finding = draft.statements.find((s) => s.text.includes('up to 35 cases'));
    expect(finding?.about.find((t) => t.label === 'Council')?.name).toBe('Wrenford');
  });

  it('is no council where the opening names two places', async () => {
    const text =
      'Services rated inadequate\n\nFamilies in Wrenford and children in Ashby have been let down by failings at the borough council, a report found today.\n\nThe report said that social workers were carrying up to 35 cases each.';
    const draft = await draftOf('Services rated inadequate', text);
    expect(draft.newActors.filter((a) => a.label === 'Council').map((a) => a.name)).toEqual([]);
  });
});

describe('names', () => {
  it('a word describing a person before the name is no part of it', async () => {
    const text =
      'Parents protest at town hall\n\nParents gathered outside Wrenford Town Hall on Saturday after the council’s children’s services were rated inadequate.\n\nOrganiser Donna Kettle said the parents wanted an independent inquiry.\n\nMother-of-three Kerry Walsh said she had been given five social workers in eight months.';
    const draft = await draftOf('Parents protest at town hall', text);
    const speakers = draft.statements.map((s) => s.speaker.name);
    expect(speakers).toContain('Donna Kettle');
    expect(speakers).toContain('Kerry Walsh');
  });

  it('an agency dateline names nobody: the speaker is the sentence’s', async () => {
    const text =
      'Council rated inadequate\n\nBy Press Association reporter\n\nLEEDS (PA) – Ofsted said that social workers in Kelby had closed cases after a single visit.\n\nKELBY (PA) – Union leaders said that caseloads were too high.';
    const draft = await draftOf('Council rated inadequate', text);
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Ofsted', 'union leaders']);
    expect(draft.newActors.some((a) => /LEEDS|KELBY|By Press/.test(a.name))).toBe(false);
  });
});

describe('who a pronoun and a tag point to', () => {
  it('a describing word with "of" in it ("Mother-of-three") leaves its person the sentence’s subject', async () => {
    const text =
      'Council rated inadequate\n\nLocal MP Helen Tranter said the council had lost its grip.\n\n“I have no doubt staff work hard,” Mrs Tranter said.\n\nMother-of-three Kerry Walsh said she had been through five social workers in a year.\n\n“Every time you get used to one, they leave,” she said.';
    const draft = await draftOf('Council rated inadequate', text);
    expect(draft.statements.find((s) => s.text.startsWith('Every time'))?.speaker.name).toBe('Kerry Walsh');
  });

  it('a question tagged “he asked” is the asker’s, and a second title before the name keeps the asker the subject', async () => {
    const text =
      'MPs question chief inspector\n\nSir Anton Vale, the chief inspector, was questioned by the education committee for two hours.\n\nThe committee’s chairman, the Conservative MP Robert Ashdown, opened the session with a challenge. “Are you not in danger of demoralising the workforce?” he asked.\n\n“I do not accept that inspection is the problem,” Sir Anton replied.\n\nLabour’s Helen Marsh pressed him on the inspectorate’s record. “Your inspectors rated Harrowdene adequate before a child died there. What has Ofsted learned?” she asked.';
    const draft = await draftOf('MPs question chief inspector', text);
    const speakerOf = (words: string) => draft.statements.find((s) => s.text.includes(words))?.speaker.name;
    expect(speakerOf('Are you not in danger')).toBe('Robert Ashdown');
    expect(speakerOf('Your inspectors rated Harrowdene')).toBe('Helen Marsh');
    expect(speakerOf('I do not accept that inspection')).toBe('Sir Anton Vale');
  });
});

describe('a children’s home rated', () => {
  it('is what the inspection judges, not who runs it', async () => {
    const text =
      'Children’s home rated inadequate\n\nA private children’s home near Upper Dunsley has been rated inadequate by Ofsted after inspectors found that young people went missing at night.\n\nMoorcroft House, which is run by Kestrel Care Ltd, was inspected in January.\n\nThe report said that records were incomplete and that staff did not know where residents were.';
    const draft = await draftOf('Children’s home rated inadequate', text);
    const finding = draft.statements.find((s) => s.text.includes('records were incomplete'));
    expect(finding?.about.map((t) => t.name)).toContain('Moorcroft House');
    expect(finding?.about.map((t) => t.name)).not.toContain('Kestrel Care Ltd');
  });

  it('named as a residential or nursing home is its own subject too', async () => {
    const text =
      'Care home told to improve\n\nA care home in Fenwold has been rated inadequate by the Care Quality Commission after inspectors found dirty bedrooms and broken call bells.\n\nWillow Bank Residential Home, which is run by Harrowgate Care, was inspected in March.\n\nThe report said that call bells were not answered quickly and that some bedrooms needed cleaning.';
    const draft = await draftOf('Care home told to improve', text);
    const finding = draft.statements.find((s) => s.text.includes('call bells were not answered'));
    expect(finding?.about.map((t) => t.name)).toContain('Willow Bank Residential Home');
  });
});

describe('a printed interview', () => {
  it('takes a line the interviewer’s label opens as no answer, even without a question mark', async () => {
    const text =
      'Interview: the directors’ president\n\nIris Penhale, president of the Association of Directors of Children’s Services, talks about the new plan. She spoke to Tom Ashby.\n\nQ: Is the plan realistic?\n\nPenhale: Every director wants what it promises, so I will not argue with the ambition.\n\nQ: Ministers say money is not the problem.\n\nPenhale: I have heard that from three ministers, and it is no truer now than the first time.\n\nQ: Would you scrap the ratings?\n\nPenhale: Not scrap, no. Parents understand them.';
    const draft = await draftOf('Interview: the directors’ president', text);
    expect(draft.statements.some((s) => s.text.includes('Ministers say money is not the problem') && s.speaker.name === 'Iris Penhale')).toBe(false);
    expect(draft.statements.some((s) => s.text.includes('no truer now') && s.speaker.name === 'Iris Penhale')).toBe(true);
  });
});

// The seed graph holds Ofsted's social care report of June 2016: the rules that weigh it against the text's report.
describe('the graph’s report of those months', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createGrafeoTestStore();
    await seedStore(t.store, SEED_DIR);
  });
  afterAll(async () => t?.dispose());

  it('is not the one answered when the opening credits the news to a charity', async () => {
    const title = 'Hundreds of children missing from care, charity warns';
    const text = `${title}\n\nHundreds of children in social care go missing every month while councils fail to share what they know, a charity warned today in a report on runaways.\n\nThe Runaway Children Trust said councils, the police and Ofsted all had to do better.`;
    const draft = await proposeArticle(t.store, { text, title, date: '2016-07-12' });
    expect(draft.mainReport?.rule).toMatch(/^new-report/);
  });

  it('is not the one answered when the opening speaks of one place’s services', async () => {
    const title = 'Outstanding: borough celebrates';
    const text = `${title}\n\nKENWORTH'S children's services have been rated outstanding by Ofsted, making the borough one of a handful of councils in England with the top grade for social care.\n\nThe report said social workers knew the children they worked with exceptionally well.`;
    const draft = await proposeArticle(t.store, { text, title, date: '2016-07-12' });
    expect(draft.mainReport?.rule).toMatch(/^new-report/);
  });
});
