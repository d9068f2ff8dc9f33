/**
 * Target and stance stages, issue 35 sixteenth round: who speaks for the council assessed, and what a reaction says of
 * the report as an account.
 * - A body named by its place alone ("Holmbury's interim director") is the council the text names by that place, and a
 *   new speaker referred back to ("she added") speaks for the body their role gave them, wherever the role was given.
 * - A councillor speaking as the council ("we have recruited") speaks for it, unless from an opposition group.
 * - An account called partial ("did not tell the whole story", "a snapshot") is faulted, named or not; its maker standing
 *   by it ("We stand by our findings") is for it; its makers faulted after what they did ("concentrated on old cases and
 *   ignored the progress") fault it.
 * - Names: a tabloid's capitals ("THE council") and a sentence's first word ("But Brindley Council") are no place; an age
 *   is no title; kin are no employer ("Kai's gran"); a surname after another first name is another person.
 * Every council, person and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const draftOf = (title: string, text: string) => proposeArticle(null, { text, title, date: '2013-02-12' });

const statementWith = async (title: string, text: string, words: string) => {
  const draft = await draftOf(title, text);
  const statement = draft.statements.find((s) => s.text.includes(words));
  expect(statement, `a statement with "${words}"`).toBeDefined();
  return { draft, statement: statement! };
};

const stanceToward = async (title: string, text: string, words: string, label: string) => {
  const { statement } = await statementWith(title, text, words);
  return statement.about.find((t) => t.label === label)?.stance;
};

const inspected = (grade: string) =>
  `Wrenford children’s services rated ${grade}\n\nChild protection services at Wrenford Borough Council have been rated ${grade} by Ofsted in a report published on Monday, the council said.\n\n`;

describe('who speaks for the council assessed', () => {
  it('a body named by its place alone is the council the text names by that place', async () => {
    const text = inspected('inadequate') + 'Mara Quill, Wrenford’s acting director of children’s services, who started in the post in March, said the findings were hard to read.\n\n';
    const draft = await draftOf('Wrenford rated inadequate', text);
    expect(draft.newActors.find((a) => a.name === 'Mara Quill')?.role?.at).toMatch(/^council:/);
    expect(draft.newActors.some((a) => a.label === 'Organisation' && a.name === 'Wrenford')).toBe(false);
  });

  it('what such a speaker, referred back to, says they have done speaks up for the council', async () => {
    const text =
      inspected('inadequate') +
      'Mara Quill, Wrenford’s acting director of children’s services, who started in the post in March, said the findings were hard to read.\n\n“Children in Wrenford were let down, and I am sorry.\n\n“Since the summer we have taken on eleven permanent social workers and every open case has been looked at again,” she added.';
    expect(await stanceToward('Wrenford rated inadequate', text, 'eleven permanent social workers', 'Council')).toBe('supportive');
  });

  it('a councillor speaking as the council speaks for it; an opposition councillor does not', async () => {
    const ruling = inspected('inadequate') + 'Cllr Petra Holm said: “We have already moved eight experienced social workers into the front door team, and the backlog is half what it was.”';
    expect(await stanceToward('Wrenford rated inadequate', ruling, 'eight experienced social workers', 'Council')).toBe('supportive');
    const opposition = inspected('inadequate') + 'The leader of the opposition Liberal Democrat group, Cllr Joss Barnard, said: “We asked for the caseload figures every month for a year and we were never given them.”';
    expect(await stanceToward('Wrenford rated inadequate', opposition, 'caseload figures', 'Council')).toBe('critical');
  });
});

describe('the report as an account', () => {
  it('called partial, it is faulted even where the statement does not name it', async () => {
    const text = inspected('inadequate') + 'Cllr Petra Holm said the report did not tell the whole story.\n\nThe council’s director, Mara Quill, said it did not reflect the progress made since January.';
    expect(await stanceToward('Wrenford rated inadequate', text, 'did not tell the whole story', 'Report')).toBe('critical');
    expect(await stanceToward('Wrenford rated inadequate', text, 'did not reflect the progress', 'Report')).toBe('critical');
  });

  it('its maker standing by it is for it', async () => {
    const text = inspected('inadequate') + 'The council said the judgement was unfair. Ofsted stood by its findings. A spokesman said:\n\nWe stand by our findings, which are based on the cases inspectors saw.';
    expect(await stanceToward('Wrenford rated inadequate', text, 'We stand by our findings', 'Report')).toBe('supportive');
  });

  it('its makers faulted after what they did fault it', async () => {
    const text = inspected('inadequate') + 'Cllr Petra Holm said inspectors had concentrated on a few cases from two years ago and ignored the work done since.';
    expect(await stanceToward('Wrenford rated inadequate', text, 'concentrated on a few cases', 'Report')).toBe('critical');
  });
});

describe('words of a turn and of trust', () => {
  it('a turnaround credited praises, trust withdrawn and a warning against complacency fault', async () => {
    const good = inspected('good') + 'The Wrenford Parents Forum said the council had shown a remarkable turnaround.';
    expect(await stanceToward('Wrenford rated good', good, 'remarkable turnaround', 'Council')).toBe('supportive');
    const lost = inspected('inadequate') + 'Local MP Tessa Vane said: “I have lost all confidence in the people running this service.”';
    expect(await stanceToward('Wrenford rated inadequate', lost, 'lost all confidence', 'Council')).toBe('critical');
    const warned = inspected('inadequate') + 'A spokesman for the Wrenford Parents Forum said there could be no room for complacency in Wrenford.';
    expect(await stanceToward('Wrenford rated inadequate', warned, 'no room for complacency', 'Council')).toBe('critical');
  });
});

describe('names that are not what they look like', () => {
  it('a tabloid’s capitals and a sentence’s first word are no place', async () => {
    const text =
      'Council that failed Ellie-Rae still failing\n\nTHE council that failed toddler Ellie-Rae Penn is still putting children at risk, a report revealed yesterday.\n\nBut Brindmoor Council’s director of children’s services, Iris Dunne, said: “We are deeply sorry.”';
    const draft = await draftOf('Council that failed Ellie-Rae still failing', text);
    const councils = draft.newActors.filter((a) => a.label === 'Council').map((a) => a.name);
    expect(councils).toContain('Brindmoor');
    expect(councils).not.toContain('THE');
    expect(councils).not.toContain('But Brindmoor');
  });

  it('an age is no title, kin are no employer, and a surname after another first name is another person', async () => {
    const text =
      'Review into death of Ollie Penn\n\nA serious case review into the death of Ollie Penn, published by the Brindmoor Safeguarding Children Board, found social workers at Brindmoor Borough Council missed chances to act, the council said.\n\nOllie’s grandmother Joan Penn, 64, said last night: “Nobody listened to us.”\n\n“They had him on a list and did nothing,” she said.';
    const draft = await draftOf('Review into death of Ollie Penn', text);
    const joan = draft.newActors.find((a) => a.name === 'Joan Penn');
    expect(joan?.role?.title ?? '').not.toBe('64');
    expect(joan?.role?.at).toBeUndefined();
    expect(draft.newActors.some((a) => a.name === 'Ollie' && a.label !== 'Person')).toBe(false);
    const finding = draft.statements.find((s) => s.text.includes('missed chances'));
    expect(finding?.about.some((t) => t.name === 'Joan Penn')).toBeFalsy();
  });
});
