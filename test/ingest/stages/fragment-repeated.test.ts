/**
 * Quote-spans stage, fragments (issue 35, tenth round): quoted words that a sentence of the body hands to a speaker
 * ("accused the council of a “…” delay", "called the plan “…”") are that speaker's, even when the speaker says them
 * again at length further on; a headline or a caption that quotes the words again stays a repeat. Every sentence is
 * written for this test; each case in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const fragments = async (title: string, text: string) =>
  (await proposeArticle(null, { text, title })).statements.filter((s) => s.rule === 'quote:fragment').map((s) => [s.speaker.name, s.text]);

describe('a fragment handed to a speaker in the body, repeated in a longer quote later', () => {
  it("is the speaker's quote", async () => {
    const accused =
      'The Renters Alliance accused Eastvale Council of a “shameful” delay in repairing its flats.\n\n' +
      'Marta Kovacs, its director, said: “This is a shameful delay that has left families in damp homes for a whole year.”\n';
    expect(await fragments('Council repairs delayed', accused)).toEqual([['Renters Alliance', 'shameful']]);
    const called =
      'The Millers Federation called the plan “a recipe for closures” in its reply to the agency.\n\n' +
      'Its chair, Tom Reid, said: “We believe the plan is a recipe for closures in every county we represent.”\n';
    expect(await fragments('Millers reject plan', called)).toEqual([['Millers Federation', 'a recipe for closures']]);
  });

  it('stays a repeat in a headline-like line', async () => {
    const headline =
      'Millers call plan “a recipe for closures”\n\n' +
      'Tom Reid, chair of the Millers Federation, said: “We believe the plan is a recipe for closures in every county we represent.”\n';
    const draft = await proposeArticle(null, { text: headline, title: 'Millers reject plan' });
    expect(draft.statements.map((s) => s.rule)).not.toContain('quote:fragment');
    expect(draft.excludedQuotes.map((e) => e.reason)).toContain('repeats a quote coded elsewhere (caption or standfirst)');
  });
});
