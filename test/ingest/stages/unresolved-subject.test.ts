/**
 * Paraphrase-spans stage (issue 35, tenth round): reported speech whose subject no attribution rule resolves to an
 * actor is still somebody's. A collective and a government named by description are coded as written; a report,
 * review or inquiry that speaks is its publisher's. A singular role ("the deputy harbourmaster"), a clause, or a view with no verb of saying stays
 * unproposed. Every body and person is invented; each case is written in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const paraphrases = async (title: string, text: string) =>
  (await proposeArticle(null, { text, title })).statements.filter((s) => s.kind === 'paraphrase').map((s) => [s.speaker.name, s.speaker.label, s.text]);

describe('reported speech whose subject names no known actor', () => {
  it('gives a collective its words, the speaker as written', async () => {
    const ferry =
      'Harbour staff representatives argued that the timetable had been written without asking the crews.\n\n' +
      'Ward nursing managers stressed that they had already begun a review of night staffing.\n';
    expect(await paraphrases('Crews and nurses answer the review', ferry)).toEqual([
      ['Harbour staff representatives', 'Group', 'the timetable had been written without asking the crews'],
      ['Ward nursing managers', 'Group', 'they had already begun a review of night staffing'],
    ]);
  });

  it('gives a government named by description its words, as written', async () => {
    const text =
      'The Orkney administration said the islands already had the most reliable crossings in the north.\n\n' +
      'The coalition has long argued that the rise in complaints reflects better awareness of the service.\n';
    expect(await paraphrases('Ministers answer the review', text)).toEqual([
      ['Orkney administration', 'Organisation', 'the islands already had the most reliable crossings in the north'],
      ['coalition', 'Organisation', 'the rise in complaints reflects better awareness of the service'],
    ]);
  });

  it("gives a report's words to its publisher when its owner is a pronoun or a name no rule resolves", async () => {
    const publisher =
      'The Island Transport Commission has published its review of the ferry service, led by Dr Amara Okonjo.\n\n' +
      'Her review said the operator needs an outside board to oversee its recovery.\n\n' +
      'Okonjo’s inquiry also said the two oldest vessels should be withdrawn by spring.\n';
    expect(await paraphrases('Ferry operator failing island passengers, review finds', publisher)).toEqual([
      ['Island Transport Commission', 'Organisation', 'the operator needs an outside board to oversee its recovery'],
      ['Island Transport Commission', 'Organisation', 'the two oldest vessels should be withdrawn by spring'],
    ]);
  });

  it('proposes nothing for a singular role, a clause before the verb, or a view with no verb of saying', async () => {
    const text =
      'The deputy harbourmaster said the operator could not be trusted to mend itself.\n\n' +
      'Tell us what you think and have your say on the timetable below.\n\n' +
      'Island parents have raised concerns about the gaps in the winter timetable for school crossings.\n';
    expect(await paraphrases('Ferry timetable', text)).toEqual([]);
  });
});
