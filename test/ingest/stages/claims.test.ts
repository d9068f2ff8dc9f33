import { describe, expect, it } from 'vitest';
import { Gazetteer, type ClaimEntry } from '../../../src/ingest/gazetteer.js';
import { analyse } from '../../../src/ingest/nlp.js';
import { claimsOfStatement, findClaims, gradesIn, periodAgrees, plainProposition, sourceClaims } from '../../../src/ingest/stages/claims.js';
import { findNumbers, periodYears, yearsIn } from '../../../src/ingest/stages/numbers.js';

const everywhere = () => true;
const numbers = (text: string, date?: string) => findNumbers(text, analyse(text), everywhere, date);

const CLAIMS: ClaimEntry[] = [
  {
    id: 'claim:three-quarters-less-than-good-2013-14',
    text: 'More than three-quarters of the local authorities inspected in 2013-14 (33 of 43) were rated inadequate or requires improvement.',
    value: 75, unit: 'percent', period: '2013-14',
    values: [{ value: 75, unit: 'percent', counts: 'of local authorities inspected rated inadequate or requires improvement' }, { value: 33, unit: 'local authorities' }, { value: 43, unit: 'local authorities', counts: 'inspected' }],
  },
  {
    id: 'claim:43-inspected-2013-14', text: 'Ofsted inspected 43 local authorities in 2013-14.', value: 43, unit: 'local authorities', period: '2013-14',
    values: [{ value: 43, unit: 'local authorities', counts: 'inspected' }],
  },
  {
    id: 'claim:seven-inadequate-2013-14', text: 'Seven of the 43 local authorities inspected in 2013-14 were judged inadequate.', value: 7, unit: 'local authorities', period: '2013-14',
    values: [{ value: 7, unit: 'local authorities', counts: 'judged inadequate' }, { value: 43, unit: 'local authorities', counts: 'inspected' }],
  },
  {
    id: 'claim:ten-good-2013-14', text: 'Ten of the 43 local authorities inspected in 2013-14 were judged good.', value: 10, unit: 'local authorities', period: '2013-14',
    values: [{ value: 10, unit: 'local authorities', counts: 'judged good' }],
  },
  {
    id: 'claim:boards-three-quarters-less-than-good', text: 'Around three-quarters of the safeguarding boards reviewed are less than good.', value: 75, unit: 'percent', period: '2013-14',
    values: [{ value: 75, unit: 'percent', counts: 'of LSCBs reviewed rated less than good' }],
  },
  {
    id: 'claim:nine-poor-2009', text: 'Only 9 councils (6%) are judged poor in the 2009 ratings.', value: 9, unit: 'councils', period: '2009',
    values: [{ value: 9, unit: 'councils', counts: 'judged poor' }, { value: 6, unit: 'percent', counts: 'of councils judged poor' }],
  },
  { id: 'claim:budget-cuts-since-2010', text: 'Councils have faced cuts to their budgets of 40% since 2010.', value: 40, unit: 'percent', period: '2010-2015', values: [{ value: 40, unit: 'percent', counts: 'cut to council budgets since 2010' }] },
  { id: 'claim:152-authorities', text: 'England has 152 local authorities responsible for children’s services.', value: 152, unit: 'local authorities', values: [{ value: 152, unit: 'local authorities', counts: 'responsible for children’s services in England' }] },
];
const gaz = new Gazetteer([], CLAIMS, []);
const claimsOf = (text: string, date: string, reportPeriod?: string) => findClaims(text, analyse(text), gaz, everywhere, { articleDate: date, reportPeriod }, 'src');
const linked = (text: string, date: string, reportPeriod?: string) => claimsOf(text, date, reportPeriod).claims.map((k) => [k.text, k.claim]);

describe('numbers stage: a figure with its unit, period and subject', () => {
  it('reads the periods the graph writes and the years a text names', () => {
    expect(periodYears('2013-14')).toEqual([2013, 2014]);
    expect(periodYears('2010-2015')).toEqual([2010, 2015]);
    expect(periodYears('2014')).toEqual([2014, 2014]);
    expect(periodYears('recently')).toBeNull();
    expect(yearsIn('in 2018, up from 2016/17')).toEqual([2018, 2016, 2017]);
    expect(yearsIn('its highest level since 1987')).toEqual([]);
  });

  it('gives each figure its unit: shares, ratios, fractions, money, and the noun a count counts', () => {
    const found = numbers('Of the 43 local authorities inspected, seven were inadequate. One in seven councils failed; nearly 70% of services and a third of boards were weak, at a cost of £2bn.');
    expect(found.map((n) => [n.text, n.value, n.unit])).toEqual([
      ['43', 43, 'local authorities'],
      ['seven', 7, 'local authorities'],
      ['One in seven', 14.29, 'percent'],
      ['nearly 70%', 70, 'percent'],
      ['a third', 33.33, 'percent'],
      ['£2bn', 2e9, 'pounds'],
    ]);
    expect(found.find((n) => n.value === 70)!.approximate).toBe(true);
    expect(found.find((n) => n.value === 43)!.approximate).toBe(false);
  });

  it('leaves out what is no figure: years, "538,000 in 2008" as a ratio, one of a thing, ages, list numbers', () => {
    const found = numbers('Referrals rose from 538,000 in 2008 to 605,100 in 2012. One of the councils said children over the age of 16 matter.\n3. The third point.');
    expect(found.map((n) => n.value)).toEqual([538000, 605100]);
  });

  it('resolves the period against the article date: a year, "last year", "since 2010"; "since 1987" dates nothing', () => {
    const [a] = numbers('In 2018 three-quarters of councils had improved.', '2019-04-01');
    expect(a!.period).toBe('2018');
    const [b] = numbers('Three-quarters of councils inspected last year were less than good.', '2015-03');
    expect(b!.period).toBe('2014');
    const [c] = numbers('Councils have faced cuts of 40% since 2010.', '2015-03');
    expect([c!.period, c!.since]).toEqual(['2010-2015', true]);
    const [d] = numbers('The number rose by 1% and is at its highest since 1987.', '2015-03');
    expect(d!.period).toBeUndefined();
  });

  it('gives the subject: what the figure counts, in the text’s words', () => {
    const [n] = numbers('Only 9 councils are judged to be poor this year.');
    expect(n!.subject).toBe('councils are judged to be poor this year.'.replace(/\.$/, ''));
  });
});

describe('claims stage: a figure is the graph’s claim only when value, unit, period and subject agree', () => {
  it('links a figure of the claim’s period and subject', () => {
    expect(linked('Of the 43 councils inspected in 2013-14, seven were judged inadequate.', '2015-03')).toEqual([
      ['43', 'claim:43-inspected-2013-14'],
      ['seven', 'claim:seven-inadequate-2013-14'],
    ]);
  });

  it('refuses a figure of another year: the same fraction about 2018 is a new claim', () => {
    const stage = claimsOf('A new study says that in 2018 three-quarters of the councils in its sample had improved.', '2019-04-01');
    expect(stage.claims[0]!.matches).toEqual([]);
    expect(stage.claims[0]!.claim).toBe('claim:src-1');
    expect(stage.newClaims[0]).toMatchObject({ id: 'claim:src-1', value: 75, unit: 'percent', period: '2018', kind: 'statistic' });
  });

  it('refuses another subject: three-quarters of councils is not three-quarters of boards', () => {
    const [k] = claimsOf('Three-quarters of the councils inspected in 2013-14 were less than good.', '2015-03').claims;
    expect(k!.claim).toBe('claim:three-quarters-less-than-good-2013-14');
    expect(k!.matches).not.toContain('claim:boards-three-quarters-less-than-good');
  });

  it('refuses another grade: "seven were good" is not the claim about seven judged inadequate', () => {
    const [k] = claimsOf('In 2013-14 seven authorities were judged good.', '2015-03').claims;
    expect(k!.matches).toEqual([]);
  });

  it('with no year near the figure, takes the report’s period, and a claim of another report’s period is refused', () => {
    expect(linked('Seven councils were judged inadequate.', '2015-03', '2013-14')[0]![1]).toBe('claim:seven-inadequate-2013-14');
    expect(claimsOf('Seven councils were judged inadequate.', '2015-03', '2012-13').claims[0]!.matches).toEqual([]);
  });

  it('links "since 2010" only to a claim that starts in 2010, and a claim without period when its text names no other year', () => {
    expect(linked('Councils have faced budget cuts of 40% since 2010.', '2015-03')[0]![1]).toBe('claim:budget-cuts-since-2010');
    expect(claimsOf('Councils have faced budget cuts of 40% since 2012.', '2015-03').claims[0]!.matches).toEqual([]);
    expect(linked('There are 152 local authorities in England.', '2019-05')[0]![1]).toBe('claim:152-authorities');
  });

  it('reads figures written together as one claim: "9 (6%)" links both; an unknown "rose from 20% to 25%" is one new claim with two values', () => {
    expect(linked('Only 9 councils (6%) are judged poor in 2009.', '2009-12')).toEqual([
      ['9', 'claim:nine-poor-2009'],
      ['6%', 'claim:nine-poor-2009'],
    ]);
    const stage = claimsOf('The share of pupils absent rose from 20% to 25% in 2021, the council said.', '2022-01');
    expect(stage.newClaims).toHaveLength(1);
    expect(stage.newClaims[0]!.values!.map((v) => v.value)).toEqual([20, 25]);
    expect(stage.newClaims[0]!.text).toBe('The share of pupils absent rose from 20% to 25% in 2021.');
    expect(stage.claims.map((k) => k.claim)).toEqual(['claim:src-1', 'claim:src-1']);
  });

  it('a statement asserts the figures in it, disputes those it rejects; the author asserts the rest', () => {
    const text = 'Seven councils were judged inadequate in 2013-14. The president said the claim that 43 councils were inspected in 2013-14 was simply wrong.';
    const stage = claimsOf(text, '2015-03');
    const at = text.indexOf('the claim');
    const use = claimsOfStatement(stage, { id: 'statement:s.p-1', start: at, end: text.length, text: text.slice(at) }, gaz);
    expect(use.disputes).toEqual(['claim:43-inspected-2013-14']);
    expect(use.asserts).toEqual([]);
    expect(use.about.map((t) => [t.target, t.stance])).toEqual([['claim:43-inspected-2013-14', 'critical']]);
    expect(sourceClaims(stage)).toEqual(['claim:seven-inadequate-2013-14']);
  });

  it('the period rule: a year outside refuses, the report’s period when the sentence names none, the article’s time last', () => {
    const claim = { period: '2013-14', text: '' };
    expect(periodAgrees(claim, { years: [2018], previousYears: [] })).toBe(false);
    expect(periodAgrees(claim, { years: [2013, 2014], previousYears: [] })).toBe(true);
    expect(periodAgrees(claim, { years: [], previousYears: [2018] })).toBe(false);
    expect(periodAgrees(claim, { years: [], previousYears: [], articleDate: '2015-03-10' })).toBe(true);
    expect(periodAgrees(claim, { years: [], previousYears: [], articleDate: '2019-04' })).toBe(false);
    expect(periodAgrees(claim, { years: [], previousYears: [], reportPeriod: '2012-13', articleDate: '2014' })).toBe(false);
    expect(periodAgrees({ text: 'The 2009 ratings.' }, { years: [2016], previousYears: [] })).toBe(false);
  });

  it('reads grades, "less than good" as inadequate or requires improvement', () => {
    expect([...gradesIn('not yet good enough')].sort()).toEqual(['inadequate', 'less than good', 'requires improvement']);
    expect([...gradesIn('rated good or outstanding')].sort()).toEqual(['good', 'outstanding']);
    expect([...gradesIn('inadequate')]).toEqual(['inadequate']);
  });

  it('says the proposition in plain words', () => {
    expect(plainProposition('But “a third of councils are failing”, he said.')).toBe('A third of councils are failing.');
  });
});

describe('numbers stage: numbers in words', () => {
  it('reads "twenty-one" as 21', () => {
    expect(numbers('Twenty-one councils were judged inadequate.').map((n) => [n.value, n.unit])).toEqual([[21, 'councils']]);
  });
});

describe('numbers and claims: forms found on the seeds', () => {
  it('reads a hedged bare "half", days in digits, and money written with "pounds"', () => {
    const found = numbers('More than half were deemed less than good. Absence ran at 25 days per person, within three years. It cost £173 million pounds a year.');
    expect(found.map((n) => [n.value, n.unit, n.approximate])).toEqual([[50, 'percent', true], [25, 'days', false], [173e6, 'pounds', false]]);
  });

  it('links money to a claim in "pounds a year", and a specific figure whatever years the sentence before names', () => {
    const money: ClaimEntry = { id: 'claim:costs-173m', text: 'Growth in children looked after costs an additional £173 million a year.', value: 173e6, unit: 'pounds a year', period: '2012-13' };
    const g = new Gazetteer([], [money], []);
    const text = 'Referrals rose from 538,000 in 2008 to 605,100 in 2012. The growth in children looked after costs £173 million a year.';
    const stage = findClaims(text, analyse(text), g, everywhere, { articleDate: '2013-10-15', reportPeriod: '2012-13' }, 'src');
    expect(stage.claims.find((k) => k.unit === 'pounds')!.claim).toBe('claim:costs-173m');
  });
});

describe('claims stage: one figure said twice', () => {
  it('a figure said again, and rejected, is the claim the article proposed for it', () => {
    const text = 'Only 9 councils met the new target in 2021. Jo Bloggs, chair of the alliance, said: “The figure of nine councils is simply wrong.”';
    const stage = claimsOf(text, '2022-02');
    expect(stage.newClaims).toHaveLength(1);
    expect(stage.claims.map((k) => k.claim)).toEqual(['claim:src-1', 'claim:src-1']);
    const at = text.indexOf('The figure');
    const use = claimsOfStatement(stage, { id: 'statement:s.b-1', start: at, end: text.length - 1, text: text.slice(at, -1) }, gaz);
    expect(use.disputes).toEqual(['claim:src-1']);
    expect(plainProposition('Jo Bloggs, chair of the alliance, said: “The figure is wrong.”')).toBe('The figure is wrong.');
  });
});

describe('claims stage: a share is the graph’s claim only when it counts the same thing', () => {
  const boards: ClaimEntry = {
    id: 'claim:one-in-five-boards-failing', text: 'One in five safeguarding boards is failing to meet its statutory duties.', value: 20, unit: 'percent', period: '2015-16',
    values: [{ value: 20, unit: 'percent', counts: 'of safeguarding boards failing their statutory duties (one in five)' }],
  };
  const g = new Gazetteer([], [boards], []);
  const link = (text: string, date: string) => findClaims(text, analyse(text), g, everywhere, { articleDate: date, reportPeriod: '2015-16' }, 'src').claims.map((k) => [k.text, k.claim]);

  it('a word the sentence shares with the claim outside what the figure counts is no shared subject', () => {
    // "meet" is in both, but the figure counts workers, the claim boards.
    expect(link('With one in five workers paid below a living wage, many families struggle to meet their bills.', '2016-04')).toEqual([['one in five', 'claim:src-1']]);
    expect(link('Almost one in five tenants now fails to meet the rent on time, the charity said.', '2016-02')).toEqual([['one in five', 'claim:src-1']]);
  });

  it('the same share of the same thing still links', () => {
    expect(link('One in five safeguarding boards is still failing, the inspectorate said.', '2016-05')).toEqual([['One in five', 'claim:one-in-five-boards-failing']]);
  });
});
