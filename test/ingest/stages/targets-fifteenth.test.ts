/**
 * Target and stance stages, issue 35 fifteenth round: what a statement answering one council's inspection judges.
 * - The council assessed, speaking of its own service and naming nothing, speaks up for it ("We kept our social
 *   workers"), faults it where it owns its failings ("we let Mia down"), and is mixed where it sets what it has done
 *   beside them.
 * - An opposition group's councillor sits on the council without speaking for it: what they say judges it.
 * - A reaction that names only the report ("called the rating a wake-up call") judges the council assessed as well.
 * - A council named only by its place and its services ("Castlemere children's services rated inadequate", "services
 *   run by X") is the inspection's subject.
 * Every council, person and sentence is invented for this test; two wordings each where the rule has two sides.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const draftOf = (title: string, text: string) => proposeArticle(null, { text, title, date: '2014-05-14' });

/** The stance toward the council a statement is about, or undefined when the council is not one of its targets. */
const councilStance = async (title: string, text: string, words: string, council = 'Ashmoor') => {
  const draft = await draftOf(title, text);
  const statement = draft.statements.find((s) => s.text.includes(words));
  expect(statement, `a statement with "${words}"`).toBeDefined();
  return statement!.about.find((t) => t.label === 'Council' && t.name.startsWith(council))?.stance;
};

const rated = (grade: string) =>
  `Ashmoor children’s services rated ‘${grade}’\n\nChildren’s services at Ashmoor Borough Council have been rated ${grade} by Ofsted in a report published on Tuesday.\n\n`;

describe('the council assessed, speaking of its own service', () => {
  it('with no judging word, what it says it has done speaks up for it', async () => {
    const text = rated('good') + '“We kept caseloads low and we kept our social workers,” said Rosa Penhale, the council’s director of children’s services.';
    expect(await councilStance('Ashmoor rated good', text, 'We kept caseloads low')).toBe('supportive');
    const other = rated('requires improvement') + '“Since the inspection we have appointed 14 permanent social workers and a new head of safeguarding,” said Rosa Penhale, the council’s director of children’s services.';
    expect(await councilStance('Ashmoor rated', other, 'we have appointed 14')).toBe('supportive');
  });

  it('owning its failings faults it', async () => {
    const text = rated('inadequate') + '“We let Mia down and I will not hide from that,” said Rosa Penhale, the council’s director of children’s services.';
    expect(await councilStance('Ashmoor rated inadequate', text, 'We let Mia down')).toBe('critical');
    const other = rated('inadequate') + '“We are not where we want to be, and nobody here pretends otherwise,” said Rosa Penhale, the council’s director of children’s services.';
    expect(await councilStance('Ashmoor rated inadequate', other, 'not where we want to be')).toBe('critical');
  });

  it('its failings owned beside what it has done since is mixed', async () => {
    const text = rated('inadequate') + '“We are deeply sorry for what happened to Mia, and we have changed the way every referral is handled,” said Rosa Penhale, the council’s director of children’s services.';
    expect(await councilStance('Ashmoor rated inadequate', text, 'deeply sorry')).toBe('mixed');
  });
});

describe('an opposition councillor', () => {
  it('judges the council, not speaks for it', async () => {
    const text = rated('inadequate') + 'The leader of the council’s Liberal Democrat group, Cllr Joan Treadwell, said the report confirmed what opposition members had long feared.';
    expect(await councilStance('Ashmoor rated inadequate', text, 'confirmed what opposition members')).toBe('critical');
  });
});

describe('a reaction that names only the report', () => {
  it('judges the council assessed as well ("called the rating a wake-up call")', async () => {
    const text = rated('inadequate') + 'Tom Ellery, of the Ashmoor Foster Carers Network, called the rating “a wake-up call”.';
    expect(await councilStance('Ashmoor rated inadequate', text, 'a wake-up call')).toBe('critical');
  });

  it('a report judged in its own words is still judged as a report', async () => {
    const text = rated('inadequate') + 'Tom Ellery, of the Ashmoor Foster Carers Network, said the report was “thorough and fair”.';
    const draft = await draftOf('Ashmoor rated inadequate', text);
    const statement = draft.statements.find((s) => s.text.includes('thorough and fair'));
    expect(statement?.about.find((t) => t.label === 'Report')?.stance).toBe('supportive');
  });
});

describe('a council named by its place and its services', () => {
  const castlemere =
    'Castlemere children’s services rated ‘inadequate’ by Ofsted\n\nChildren’s services in Castlemere have been rated inadequate by Ofsted, the lowest of its four grades.\n\nIt is a sharp fall for the borough council, which was judged adequate in 2011.\n\nThe report said children were “left at risk for too long”.';

  it('is proposed as the council, and the inspection is of it', async () => {
    const draft = await draftOf('Castlemere children’s services rated ‘inadequate’ by Ofsted', castlemere);
    const finding = draft.statements.find((s) => s.text.includes('left at risk for too long'));
    expect(finding?.about.find((t) => t.label === 'Council')).toMatchObject({ name: 'Castlemere', stance: 'critical' });
  });

  it('not a word that opens a sentence, nor a country', async () => {
    const text = 'Children’s services rated\n\nMany children’s services in England have been rated inadequate, the council leaders’ body said.\n\nLocal children’s services are stretched, councillors say.';
    const draft = await draftOf('Children’s services rated', text);
    expect(draft.newActors.filter((a) => a.label === 'Council').map((a) => a.name)).toEqual([]);
  });

  it('services "run by" a council: the council is what the inspection judged', async () => {
    const text =
      'County’s child protection ‘inadequate’\n\nChild protection services run by Wendlow County Council are inadequate, Ofsted has found.\n\nInspectors said social workers were not seeing children quickly enough, according to the report published on Monday.';
    const draft = await draftOf('County’s child protection ‘inadequate’', text);
    const finding = draft.statements.find((s) => s.text.includes('not seeing children quickly enough'));
    expect(finding?.about.find((t) => t.label === 'Council')?.name).toMatch(/^Wendlow/);
  });
});
