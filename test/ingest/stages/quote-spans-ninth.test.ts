/**
 * Quote-spans stage, issue 35 eighth round (the housing, media and transport batches): a quote of several
 * paragraphs run together into one (each paragraph reopened with “, only the last closed), a ” typed for the opening
 * mark after a speaker's colon, and fragments after "pointing to" and "citing", and after a passive accusation whose
 * accuser goes on to speak ("…, with X warning that …"). Every body and person is invented; each pattern is
 * written in two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findQuotes } from '../../../src/ingest/quotes.js';
import { fragmentAttribution } from '../../../src/ingest/stages/fragments.js';
import { ArticleText } from '../../../src/ingest/text.js';

const spans = (text: string) => findQuotes(new ArticleText(text)).map((q) => [text.slice(q.start, q.end), q.close >= 0]);
const quotes = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.filter((s) => s.kind === 'quote').map((s) => [s.rule, s.speaker.name, s.text.slice(0, 20)]);

describe('quote-spans stage: a quote of several paragraphs run together', () => {
  it('ends each paragraph of the quote where the next reopens with “ after a full stop', () => {
    const text = 'Responding to the findings, its chief executive, Mara Quist, said: “We accept every finding. We are sorry. “We have already replaced the signals on the branch line. “The work will be finished by the summer.”';
    expect(spans(text)).toEqual([
      ['We accept every finding. We are sorry.', false],
      ['We have already replaced the signals on the branch line.', false],
      ['The work will be finished by the summer.', true],
    ]);
    // A question or an exclamation ends a paragraph too.
    expect(spans('He added: “Who checked the bridge? “Nobody did, and that is the scandal!” he said.').map(([words]) => words)).toEqual(['Who checked the bridge?', 'Nobody did, and that is the scandal!']);
  });

  it('keeps a mark inside a sentence as it was (not a new paragraph)', () => {
    expect(spans('She said: “They told us “wait” and we waited for a year.”').map(([words]) => words)).toEqual(['They told us “wait']);
  });

  it('opens a quote with a ” typed for “ after a speaker’s colon or at a paragraph’s start', () => {
    expect(spans('The chairman, Leo Brandt, said: ”We are devastated by what the inspectors found. “We will rebuild the trust of every family.”')).toEqual([
      ['We are devastated by what the inspectors found.', false],
      ['We will rebuild the trust of every family.', true],
    ]);
    expect(spans('”Our first duty is to the passengers,” the operator said.')).toEqual([['Our first duty is to the passengers,', true]]);
    // A ” after a word closes nothing that was not opened: no quote.
    expect(spans('The so-called expert” said nothing new at the hearing.')).toEqual([]);
  });

  it('gives every paragraph of the run the speaker of the first', async () => {
    const text = 'Ferry company responds\n\nIts managing director, Colm Rafter, said: ”We are ashamed of the failures the report describes. “We have suspended the two officers concerned. “Every crossing this week will carry an extra crew member.”';
    expect(await quotes(text)).toEqual([
      ['quote:said-before', 'Colm Rafter', 'We are ashamed of th'],
      ['quote:same-paragraph', 'Colm Rafter', 'We have suspended th'],
      ['quote:same-paragraph', 'Colm Rafter', 'Every crossing this '],
    ]);
  });
});

describe('quote-spans stage: fragments after pointing to, citing, and a passive accusation', () => {
  it('hands quoted words to the subject after "pointing to" and "citing"', async () => {
    expect(fragmentAttribution('The Patients Alliance has also taken aim at the board, pointing to ', 'glaring holes')?.verb).toBe('pointing');
    expect(fragmentAttribution('The union rejected the timetable, citing ', 'chronic understaffing')?.verb).toBe('citing');
    expect(await quotes('The Patients Alliance, a national charity, has also taken aim at the board, pointing to “glaring holes” in its plans.')).toEqual([['quote:fragment', 'Patients Alliance', 'glaring holes']]);
    // "pointing out" hands nothing on.
    expect(fragmentAttribution('The chair stood up, pointing out ', 'the new rules')).toBeNull();
  });

  it('gives the words of a passive accusation to the accuser who goes on to speak in the sentence', async () => {
    expect(await quotes('A regulator has been accused of “a timid approach” to the new law, with the Safe Homes Trust warning that landlords will ignore it.')).toEqual([['quote:fragment', 'Safe Homes Trust', 'a timid approach']]);
    expect(await quotes('The operator has been criticised for “a culture of silence”, with the Rail Users Forum saying staff were afraid to report faults.')).toEqual([['quote:fragment', 'Rail Users Forum', 'a culture of silence']]);
    // No accuser named: no speaker.
    expect(await quotes('The operator has been criticised for “a culture of silence” over the past year.')).toEqual([]);
  });
});
