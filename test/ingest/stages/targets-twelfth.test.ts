/**
 * Target stage, issue 35 twelfth round: taking up what a report asks ("accepted all the recommendations", "is
 * embracing its findings", "committed to implementing the proposals") answers that report, supportively, and the body
 * that takes them up is not blamed for it. Every body and sentence is invented for this test; three wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const targetsOf = async (title: string, text: string, words: string) => {
  const draft = await proposeArticle(null, { text, title });
  const statement = draft.statements.find((s) => s.text.includes(words));
  return statement?.about.map((t) => [t.label, t.stance]) ?? [];
};

describe('target stage: a report’s proposals taken up', () => {
  it('targets the report, supportively, and leaves the body that accepts them unjudged', async () => {
    const text =
      'A review of the Harbour Ferry Authority has found that its boats are years overdue for repair.\n\n' +
      'On Thursday the transport minister, Ines Varga, said the Government had accepted all of the recommendations.';
    const found = await targetsOf('Ferry review published', text, 'accepted all of the recommendations');
    expect(found).toContainEqual(['Report', 'supportive']);
    expect(found.filter(([label, stance]) => label !== 'Report' && stance === 'critical')).toEqual([]);
  });

  it('reads "embracing the findings" and "committed to implementing the proposals" the same way', async () => {
    const embracing =
      'The Rail Safety Board published its audit of the northern line on Monday.\n\n' +
      'Tom Reyes, chief executive of Northern Trains, said the company was embracing almost all of the audit’s findings.';
    expect(await targetsOf('Rail audit published', embracing, 'embracing')).toContainEqual(['Report', 'supportive']);
    const committed =
      'The Water Standards Board has published its review of leaks in the valley.\n\n' +
      'Valley Water said it had committed to implementing the proposals in full by next spring.';
    expect(await targetsOf('Leak review published', committed, 'committed to implementing')).toContainEqual(['Report', 'supportive']);
  });

  it('leaves the blame where the acceptance is set against what was not done', async () => {
    const text =
      'The Prisons Ombudsman has published a review of Harbourside Prison.\n\n' +
      'The ombudsman, Ruth Okafor, said Harbourside Prison had accepted most of the recommendations yet nothing had changed on the wings.';
    const found = await targetsOf('Detention centre review published', text, 'accepted most of the recommendations');
    expect(found).toContainEqual(['Organisation', 'critical']);
  });

  it('gives the inspected body, its people speaking of it and naming nothing, as the target where their words judge it', async () => {
    const text =
      'Northmoor Ambulance Service has been rated good by the Care Standards Board in a report published on Monday.\n\n' +
      'Ana Reyes, chief executive of Northmoor Ambulance Service, said: “Our paramedics and call handlers should be rightly proud of what they have achieved.”';
    expect(await targetsOf('Ambulance service rated good', text, 'rightly proud')).toContainEqual(['Organisation', 'supportive']);
    const plain =
      'Eastfield Hospital Trust has been told to improve by the Care Standards Board in a report published on Monday.\n\n' +
      'Tom Hale, chief executive of Eastfield Hospital Trust, said: “The inspection took place over three days in March.”';
    // No judging words: the body is not its own target.
    expect((await targetsOf('Hospital told to improve', plain, 'three days')).filter(([label]) => label === 'Organisation')).toEqual([]);
  });

  it('gives the body a statement accuses or blames by a capitalised name as its target, critically', async () => {
    const accused =
      'The Harbour Board published a review of ferry safety on Monday.\n\n' +
      'The Ferry Workers Union said it had accused the Children’s Commissioner of ignoring the evidence of its members.';
    expect(await targetsOf('Ferry review published', accused, 'accused')).toContainEqual(['Organisation', 'critical']);
    const blamed = 'The Harbour Board published a review of ferry safety on Monday.\n\nThe Ferry Workers Union criticised Northmoor Ferries for ignoring the evidence.';
    const draft = await proposeArticle(null, { text: blamed, title: 'Ferry review published' });
    expect(draft.statements.flatMap((s) => s.about.map((t) => [t.name, t.stance]))).toContainEqual(['Northmoor Ferries', 'critical']);
  });

  it('gives the body a statement asks to act by a capitalised name as a target', async () => {
    for (const text of [
      'The Harbour Board published a review of ferry safety on Monday.\n\nThe Ferry Workers Union called on Northmoor Ferries to publish its own safety figures.',
      'The Harbour Board published a review of ferry safety on Monday.\n\nThe Ferry Workers Union urged the Coastal Transport Agency to act on the findings before the winter.',
    ]) {
      const draft = await proposeArticle(null, { text, title: 'Ferry review published' });
      expect(draft.statements.flatMap((s) => s.about.map((t) => t.name))).toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Northmoor Ferries|Coastal Transport Agency)$/)]));
    }
  });
});

