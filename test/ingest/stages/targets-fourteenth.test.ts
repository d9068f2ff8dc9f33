/**
 * Target and stance stages, issue 35 fourteenth round: a reaction that names no report judges it all the same when it
 * judges what stands for it (its verdict, its changes, its plans: "called the rating a turning point", "said the
 * changes were long overdue") or what its makers did ("the inspectors have recognised …", "Inspectors saw a service in
 * transition, not a service in crisis"); and a verdict on a change has words of its own ("long overdue", "did not go far
 * enough", "a distraction", "fair as far as it goes"). Every person, body and sentence is invented for this test; two
 * wordings each.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const reportStance = async (text: string, words: string) => {
  const draft = await proposeArticle(null, { text, title: 'A test article', date: '2015-03-20' });
  const statement = draft.statements.find((s) => s.text.includes(words));
  expect(statement, `a statement with "${words}"`).toBeDefined();
  const report = statement!.about.find((t) => t.label === 'Report');
  expect(report, `"${words}" is about a report`).toBeDefined();
  return report!.stance;
};

const inspection = 'The Care Board published its inspection report on Eastmere City Council’s care services on Monday.\n\n';
const reform = 'The Care Board published its review of how care services are inspected on Monday, proposing shorter and more frequent visits.\n\n';

describe('stance toward the report: what stands for it, judged', () => {
  it('a verdict or a proposal the frame names ("called the rating …")', async () => {
    expect(await reportStance(inspection + 'The council’s leader, Amy Hollis, called the rating “a turning point”.', 'a turning point')).toBe('supportive');
    expect(await reportStance(reform + 'Ravi Dunn, of the Care Workers Union, called the proposals “a distraction from the staffing crisis”.', 'a distraction')).toBe('critical');
  });

  it('a reported clause that opens on it ("the changes were …", "the plans did not …")', async () => {
    expect(await reportStance(reform + 'The chair of the Homes Alliance, Lena Voss, said the changes were “long overdue”.', 'the changes were')).toBe('supportive');
    expect(await reportStance(reform + 'The opposition spokesman, Tom Rudd, said the plans did not go far enough to protect residents.', 'the plans did not')).toBe('critical');
  });

  it('praise held back is mixed ("fair as far as it goes")', async () => {
    expect(await reportStance(inspection + 'A senior manager told the Echo the report was “fair as far as it goes”.', 'fair as far as it goes')).toBe('mixed');
  });

  it('a verdict on how it tells what it found ("harsh in places", "right on every count", "clear about")', async () => {
    expect(await reportStance(inspection + 'The council’s leader, Amy Hollis, said the report was “harsh in places” and that staff felt let down.', 'harsh in places')).toBe('critical');
    expect(await reportStance(inspection + 'Ravi Dunn, of the Care Workers Union, said the report was “right on every count”.', 'right on every count')).toBe('supportive');
    expect(await reportStance(inspection + '“The report is clear about night staffing, and we will put that right,” said Amy Hollis, the council’s leader.', 'is clear about')).toBe('supportive');
  });

  it('an account partial or one to read ("a snapshot", "did not tell the whole story", "leaves out", "should be read")', async () => {
    expect(await reportStance(inspection + '“This rating is based on a snapshot of two weeks in March,” said Amy Hollis, the council’s leader.', 'This rating is based')).toBe('critical');
    expect(await reportStance(inspection + 'Amy Hollis, the council’s leader, said the report did not tell the whole story.', 'the whole story')).toBe('critical');
    expect(await reportStance(inspection + '“What worries me is what the report leaves out,” said Ravi Dunn, of the Care Workers Union.', 'leaves out')).toBe('critical');
    expect(await reportStance(inspection + '“This report should be read by every councillor in the county,” said Ravi Dunn, of the Care Workers Union.', 'should be read')).toBe('supportive');
  });

  it('commended to all, not faulted by its modal ("should be required reading")', async () => {
    expect(await reportStance(inspection + '“This report should be required reading for every councillor in the county,” said Ravi Dunn, of the Care Workers Union.', 'required reading')).toBe('supportive');
  });

  it('findings restated are not a verdict on it', async () => {
    expect(await reportStance(inspection + 'The council’s leader, Amy Hollis, said the findings were shocking and that staff were working to fix them.', 'the findings were')).toBe('neutral');
  });
});

describe('stance toward the report: what its makers did, judged', () => {
  it('credited ("the inspectors have recognised …") is supportive', async () => {
    expect(await reportStance(inspection + '“Our carers go the extra mile every day, and the inspectors have recognised how hard they work,” said Amy Hollis, the council’s leader.', 'go the extra mile')).toBe(
      'supportive',
    );
    expect(await reportStance(inspection + '“We know the road ahead, and the inspectors have been very clear about what comes next,” said Amy Hollis, the council’s leader.', 'road ahead')).toBe('supportive');
  });

  it('faulted ("had not given enough weight", "saw X, not Y") is critical', async () => {
    expect(await reportStance(inspection + 'Amy Hollis, the council’s leader, argued that inspectors had not given enough weight to a sharp rise in referrals.', 'inspectors had not given')).toBe('critical');
    expect(await reportStance(inspection + '“Inspectors saw a team in the middle of change, not a team in trouble,” said Amy Hollis, the council’s leader.', 'Inspectors saw a team')).toBe('critical');
  });

  it('cited in a relative clause is no verdict ("services which inspectors have praised")', async () => {
    expect(await reportStance(inspection + '“Short funding is the problem here, not our homes, which inspectors have praised,” said Amy Hollis, the council’s leader.', 'Short funding')).not.toBe('supportive');
  });
});

describe('target stage: local authorities are councils', () => {
  const targetNames = async (text: string, words: string) => {
    const draft = await proposeArticle(null, { text, title: 'A test article', date: '2015-03-20' });
    const statement = draft.statements.find((s) => s.text.includes(words));
    expect(statement, `a statement with "${words}"`).toBeDefined();
    return statement!.about.map((t) => t.name);
  };

  it('one collective, whether the text says councils, local authorities or authorities', async () => {
    const national = 'The Care Board published its annual report on care services on Monday.\n\n';
    expect(await targetNames(national + 'Its chief inspector, Ruth Dale, said too many local authorities were still failing older people.', 'too many local authorities')).toContain('councils');
    expect(
      await targetNames(national + 'Councils have had two years to act. Ruth Dale, its chief inspector, said too many authorities were still failing older people.', 'too many authorities'),
    ).toContain('councils');
  });
});

describe('stance toward a body: its job done, the blame it should not escape', () => {
  const stanceToward = async (text: string, words: string, name: string) => {
    const draft = await proposeArticle(null, { text, title: 'A test article', date: '2015-03-20' });
    const statement = draft.statements.find((s) => s.text.includes(words));
    expect(statement, `a statement with "${words}"`).toBeDefined();
    return statement!.about.find((t) => t.name.includes(name))?.stance;
  };
  const lede = 'The Care Board published its inspection report on Eastmere City Council’s care services on Monday.\n\n';

  it('"has done exactly what we asked of it" credits it; "Nor should X escape blame" faults it', async () => {
    expect(await stanceToward(lede + '“The Care Board has done exactly what we asked of it,” said Ravi Dunn, of the Care Workers Union.', 'done exactly', 'Care Board')).toBe('supportive');
    expect(await stanceToward(lede + '“Nor should the government escape blame for the cuts,” said Ravi Dunn, of the Care Workers Union.', 'escape blame', 'Government')).toBe('critical');
  });
});

describe('stance: a problem left undone', () => {
  const lede = 'The Care Board published its inspection report on Eastmere City Council’s care services on Monday.\n\n';
  const councilStance = async (text: string, words: string) => {
    const draft = await proposeArticle(null, { text: lede + text, title: 'A test article', date: '2015-03-20' });
    const statement = draft.statements.find((s) => s.text.includes(words));
    expect(statement, `a statement with "${words}"`).toBeDefined();
    return statement!.about.find((t) => t.label === 'Council')?.stance;
  };

  it('faults whoever left it ("had not tackled the problems"), where "no problems" still clears them', async () => {
    expect(await councilStance('Ravi Dunn, of the Care Workers Union, said the council had not tackled the problems staff raised.', 'not tackled')).toBe('critical');
    expect(await councilStance('Ravi Dunn, of the Care Workers Union, said the council had not understood the scale of the risks.', 'not understood')).toBe('critical');
    expect(await councilStance('Ravi Dunn, of the Care Workers Union, said the council had no problems with night staffing now.', 'no problems')).toBe('supportive');
  });
});
