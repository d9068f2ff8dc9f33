/**
 * Quote-spans stage (issue 35, fourth round): a quote of a sentence or more that no rule gives a speaker goes
 * on from the statement before it, a few paragraphs back at most, at low confidence and saying so; a quoted
 * headline, a few quoted words, or a quote far from any statement stays excluded with its reason. Every body
 * and person is invented; each case is written in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const propose = (text: string) => proposeArticle(null, { text, title: 'A test article' });
const running = async (text: string) =>
  (await propose(text)).statements.filter((s) => s.rule === 'quote:running-speaker').map((s) => [s.speaker.name, s.text.slice(0, 24), s.confidence <= 0.3]);

describe('a quote no rule gives a speaker', () => {
  it('is the speaker of the statement before it, at low confidence', async () => {
    const report =
      'The Coastal Standards Office said the shoreline plan was two years behind schedule.\n\n' +
      'Its summary is blunt.\n\n' +
      '‘Too little of the money promised for sea defences has been spent, and too much of it has gone on studies.’\n';
    expect(await running(report)).toEqual([['Coastal Standards Office', 'Too little of the money ', true]]);
    const framework =
      'Marta Kovacs, director of the Renters Alliance, said landlords had ignored the new rules.\n\n' +
      'Under the code, every landlord must “answer a tenant’s repair request within fourteen days of receiving it”.\n';
    expect(await running(framework)).toEqual([['Marta Kovacs', 'answer a tenant’s repair', true]]);
  });

  it('stays excluded when it is a few words, a quoted headline, named by a passive with no agent, or far from any statement', async () => {
    const term = 'Marta Kovacs, director of the Renters Alliance, said landlords had ignored the new rules.\n\nThe code calls this a “repair window”.\n';
    expect(await running(term)).toEqual([]);
    const headline = '“A plan with no money behind it”\n\nMarta Kovacs, director of the Renters Alliance, said landlords had ignored the new rules.\n';
    const draft = await propose(headline);
    expect(draft.statements.map((s) => s.rule)).not.toContain('quote:running-speaker');
    // A passive with no agent says that no one in particular says it.
    const passive = 'Marta Kovacs, director of the Renters Alliance, said landlords had ignored the new rules.\n\nThe code has long been called “the fairest deal tenants have ever had”.\n';
    expect(await running(passive)).toEqual([]);
    const known = 'Marta Kovacs, director of the Renters Alliance, said landlords had ignored the new rules.\n\nThe clause is known as “the fourteen day promise to every tenant”.\n';
    expect(await running(known)).toEqual([]);
    const far =
      'Marta Kovacs, director of the Renters Alliance, said landlords had ignored the new rules.\n\nThe code took effect in May.\n\nIt covers every private let.\n\nInspections begin next year.\n\nFines can reach five thousand pounds.\n\n' +
      'Every landlord must “answer a tenant’s repair request within fourteen days of receiving it”.\n';
    const farDraft = await propose(far);
    expect(farDraft.statements.map((s) => s.rule)).not.toContain('quote:running-speaker');
    expect(farDraft.excludedQuotes.map((e) => e.reason)).toContain('no speaker found for this quote');
  });

  it('goes to the person a lead-in paragraph is about, not to whoever spoke before it', async () => {
    const speakerOf = async (text: string, opening: string) => (await propose(text)).statements.find((s) => s.text.startsWith(opening))?.speaker.name;
    const pressConference =
      'The transport minister, Alan Reeve, said the railway would get new trains by the spring.\n\n' +
      'At the launch in Leeds, Dr Nadia Poole did not hold back.\n\n' +
      '“Passengers have waited ten years for trains that were promised in every budget since 2014.”\n';
    expect(await speakerOf(pressConference, 'Passengers have waited')).toBe('Dr Nadia Poole');
    const hearing =
      'Gwen Morley, who chairs the water board, said bills would rise by a tenth.\n\n' +
      'Later that morning Professor Ian Salt spoke to the committee for an hour.\n\n' +
      '“The companies have spent the money on dividends when it should have gone on pipes.”\n';
    expect(await speakerOf(hearing, 'The companies have spent')).toBe('Professor Ian Salt');
    // A lead-in with its own statement is no lead-in: the quote goes on from that statement's speaker.
    const spoken =
      'Gwen Morley, who chairs the water board, said bills would rise by a tenth.\n\n' +
      '“The companies have spent the money on dividends when it should have gone on pipes.”\n';
    expect(await speakerOf(spoken, 'The companies have spent')).toBe('Gwen Morley');
  });
});
