/**
 * Stance stage, issue 35 thirteenth round: how a speaker says they will read a report is no judgement of it ("we will
 * consider the report carefully"); the reaction that frames a reported clause is the speaker's stance toward the
 * report ("welcomed the report and said …", "dismissed the findings, saying …"). Every body and sentence is invented
 * for this test; two wordings each.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const reportStance = async (text: string, words: string) => {
  const draft = await proposeArticle(null, { text, title: 'Care Board report published' });
  const statement = draft.statements.find((s) => s.text.includes(words));
  expect(statement, `a statement with "${words}"`).toBeDefined();
  return statement!.about.filter((t) => t.label === 'Report').map((t) => t.stance);
};
const lede = 'The Care Board published its annual report on Monday.\n\n';

describe('stance stage: how the speaker will read the report', () => {
  it('is not praise of it', async () => {
    expect(await reportStance(`${lede}A Department for Health spokeswoman said: “We will consider the report carefully and will act if people remain at risk.”`, 'consider the report')).toEqual(['neutral']);
    expect(await reportStance(`${lede}Jo Marsh said: “We will study the report with great care over the summer.”`, 'study the report')).toEqual(['neutral']);
  });

  it('while a report written with care is still praised', async () => {
    expect(await reportStance(`${lede}Jo Marsh said: “This is a carefully argued report and we welcome it.”`, 'carefully argued')).toEqual(['supportive']);
  });
});

describe('stance stage: the reaction that frames a reported clause', () => {
  it('welcoming the report is supportive of it', async () => {
    expect(await reportStance(`${lede}The commissioner, Mara Atkin, welcomed the report and said she hoped it would lead to lasting change.`, 'lasting change')).toEqual(['supportive']);
    expect(await reportStance(`${lede}Amos Reid, of the Carers Trust, praised the review, adding that carers had waited years for it.`, 'carers had waited')).toEqual(['supportive']);
  });

  it('dismissing or criticising it is critical of it', async () => {
    expect(await reportStance(`${lede}Jo Marsh, of the Carers Union, dismissed the findings and said nothing would change for families.`, 'nothing would change')).toEqual(['critical']);
    expect(await reportStance(`${lede}Jo Marsh, of the Carers Union, criticised the report, saying it ignored the views of staff.`, 'ignored the views')).toEqual(['critical']);
  });
});

describe('stance stage: the report or its inspectors said to be right', () => {
  it('is support for the report', async () => {
    expect(await reportStance(`${lede}Graham Tulley, of Unison, said: “The report is right about agency staff. But you will not keep social workers on this pay.”`, 'right about agency')).toEqual(['supportive']);
    expect(await reportStance(`${lede}The director, Alison Fair, said: “The inspectors are right that too many of our children still move placements too often.”`, 'inspectors are right')).toEqual(['supportive']);
  });
});
