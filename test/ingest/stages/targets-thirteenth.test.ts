/**
 * Target stage, issue 35 thirteenth round: who a statement judges when its speaker's own side is named in it, and
 * when it names no one. The speaker's own body, named, is judged only by words about it, not by what the statement
 * says of others; a government department's people speak for the government, which is never what they judge; anyone
 * else who judges and names nothing judges what the report assessed. Every person, body and sentence is invented for
 * this test; two wordings each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { seedStore } from '../../../src/seed/load.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const targetsOf = async (text: string, words: string, store: TestStore['store'] | null = null) => {
  const draft = await proposeArticle(store, { text, title: 'A test article', date: '2015-03-20' });
  const statement = draft.statements.find((s) => s.text.includes(words));
  expect(statement, `a statement with "${words}"`).toBeDefined();
  return statement!.about.map((t) => [t.name, t.label, t.stance]);
};

describe('target stage: the speaker’s own body, named', () => {
  it('is no target where the statement’s judging words are about others', async () => {
    const guild =
      'The Care Board published its annual report on Monday.\n\n' +
      'Jo Marsh, president of the Guild of Care Managers, said: “We would urge the Care Board to adopt a proportionate framework that supports providers. The Guild of Care Managers stands ready to help.”';
    expect((await targetsOf(guild, 'We would urge')).map(([name]) => name)).not.toContain('Guild of Care Managers');
    const federation =
      'The Care Board published its annual report on Monday.\n\n' +
      'Amos Reid, chair of the Federation of Home Carers, said: “Inspection must change. It should support providers rather than punish them, and the Federation of Home Carers will help it do so.”';
    expect((await targetsOf(federation, 'Inspection must change')).map(([name]) => name)).not.toContain('Federation of Home Carers');
  });
});

describe('target stage: the own body of a speaker found by a pronoun', () => {
  it('is no target where the statement only names it', async () => {
    const text =
      'The Care Board published its review of ferry safety on Monday.\n\n' +
      'Pat Hale, chief executive of the Harbour Trust, said the review was welcome.\n\n' +
      '“The Harbour Trust will publish its own plan next month,” she said.';
    expect((await targetsOf(text, 'publish its own plan')).map(([name]) => name)).not.toContain('Harbour Trust');
    const council =
      'The Care Board published its inspection of Eastmere City Council on Monday.\n\n' +
      'The council’s director, Ann Oduya, said staff would read the findings closely.\n\n' +
      '“Eastmere City Council will set out its response in the autumn,” she added.';
    expect((await targetsOf(council, 'set out its response')).filter(([, label]) => label === 'Council')).toEqual([]);
  });
});

describe('target stage: a statement that judges and names no one', () => {
  const lede = 'Eastmere City Council’s children’s services have been rated inadequate in a Care Board inspection report published on Monday.\n\n';

  it('judges the body the report assessed, whoever speaks', async () => {
    expect(await targetsOf(lede + 'Carla Johns, of the charity Kids First, said families had been let down by years of poor management.', 'let down')).toContainEqual([
      'Eastmere',
      'Council',
      'critical',
    ]);
    expect(await targetsOf(lede + 'Carla Johns, of the charity Kids First, said: “This is a shameful failure, and children have paid the price.”', 'shameful')).toContainEqual([
      'Eastmere',
      'Council',
      'critical',
    ]);
  });

  it('leaves a body other than a council out where its words judge nothing, and names an inspected council anyway', async () => {
    const trust = 'The Harbour Trust has been rated inadequate in a Care Board inspection report published on Monday.\n\n';
    const plain = await targetsOf(trust + 'Carla Johns, of the charity Kids First, said: “We will be reading it closely this week.”', 'reading it closely');
    expect(plain.map(([name]) => name)).not.toContain('Harbour Trust');
    const council = await targetsOf(lede + 'Carla Johns, of the charity Kids First, said: “Nobody explains anything to families here.”', 'Nobody explains');
    expect(council.filter(([, label]) => label === 'Council')).toEqual([['Eastmere', 'Council', 'critical']]);
  });
});

describe('target stage: the body a frame calls something', () => {
  const lede = 'Eastmere City Council was rated inadequate in a Care Board inspection report published on Monday.\n\n';

  it('is what "described X as a “…”" and "branded X “…”" judge', async () => {
    expect(await targetsOf(lede + 'The chief inspector, Sir Malcolm Reeve, has previously described Eastmere as a “national disgrace”.', 'national disgrace')).toContainEqual([
      'Eastmere',
      'Council',
      'critical',
    ]);
    expect(await targetsOf(lede + 'The shadow minister, Jo Marsh, branded Eastmere “a failing authority”.', 'a failing authority')).toContainEqual(['Eastmere', 'Council', 'critical']);
  });
});

describe('target stage: a government department’s people (seeded Grafeo)', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createGrafeoTestStore();
    await seedStore(t.store, SEED_DIR);
  });
  afterAll(async () => t?.dispose());

  it('never judge the government they speak for', async () => {
    const paraphrase =
      'The watchdog’s annual report found that a quarter of councils were failing.\n\n' +
      'A Department for Education spokesman said the government would not hesitate to intervene where councils were failing.';
    const found = await targetsOf(paraphrase, 'would not hesitate', t.store);
    expect(found.map(([name]) => name)).not.toContain('HM Government');
    const quote =
      'The watchdog’s annual report found that a quarter of councils were failing.\n\n' +
      'A DfE spokeswoman said: “The Government has been clear that failure will not be tolerated, and it will act where councils fall short.”';
    expect((await targetsOf(quote, 'will not be tolerated', t.store)).map(([name]) => name)).not.toContain('HM Government');
  });
});
