/**
 * Quote-spans stage: quotation marks typed wrong, titles in quotation marks, and quotes inside the
 * author's sentence handed to a speaker by a verb (stages/statements.ts, quotes.ts, fragments.ts),
 * through the extractor with no graph.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findQuotes } from '../../../src/ingest/quotes.js';
import { ArticleText } from '../../../src/ingest/text.js';

const propose = (text: string) => proposeArticle(null, { text, title: 'A test article' });
const statements = async (text: string) => (await propose(text)).statements.map((s) => [s.rule, s.speaker.name, s.speaker.label, s.text]);

describe('quote-spans stage: marks and titles', () => {
  it('closes a quote at a second “ typed for the closing mark', () => {
    const text = 'She criticised the decision “despite their rights under the Act“. Then she left.';
    expect(findQuotes(new ArticleText(text)).map((q) => text.slice(q.start, q.end))).toEqual(['despite their rights under the Act']);
  });

  it('excludes a title quoted after a possessive, with the reason, and keeps the answer', async () => {
    const text = 'Responding to the Care Commission’s ‘The State of Care in England 2023’, Jo Bloggs, chief executive of the Care Forum, said:\n\n“This report is sobering reading for every one of us.”';
    const d = await propose(text);
    expect(d.statements.map((s) => [s.speaker.name, s.text])).toEqual([['Jo Bloggs', 'This report is sobering reading for every one of us.']]);
    expect(d.excludedQuotes).toContainEqual(expect.objectContaining({ text: 'The State of Care in England 2023', reason: 'a title (after a possessive or "titled")' }));
  });
});

describe('quote-spans stage: quotes inside the author’s sentence', () => {
  it('hands a quote to the speaker of a verb far back in the sentence', async () => {
    const text = 'Margaret Hodge, who chairs the committee, was at the hearing.\n\nHodge criticised the department’s failure to give the office its cabinet papers on the cost, affordability and capability of the decision “despite their rights under the National Audit Act”.';
    expect(await statements(text)).toEqual([['quote:in-sentence', 'Margaret Hodge', 'Person', 'despite their rights under the National Audit Act']]);
  });

  it('gives the quote after a participle to the subject of the sentence', async () => {
    const text = 'Teachers hit back at the inspectorate’s damning report yesterday, blaming the government for creating a “fragmented and disjointed system”.';
    expect(await statements(text)).toEqual([['quote:fragment', 'teachers', 'Group', 'fragmented and disjointed system']]);
  });

  it('takes a party for a body that speaks', async () => {
    expect(await statements('Labour has seized on what it called a “very serious matter”.')).toEqual([['quote:fragment', 'Labour', 'Organisation', 'very serious matter']]);
  });
});

describe('quote-spans stage: nothing dropped silently', () => {
  it('proposes or excludes, with a reason, every quoted span outside page furniture in the synthetic corpus', async () => {
    const { readSyntheticCorpus } = await import('../../../bench/ingest/synthetic.js');
    const { isHardWrapped, lineRunsOn } = await import('../../../src/ingest/stages/layout.js');
    let spans = 0;
    for (const a of readSyntheticCorpus()) {
      const d = await proposeArticle(null, { text: a.text, title: a.title, date: a.date });
      const article = new ArticleText(a.text, { joinWrappedLines: isHardWrapped(a.text), runsOn: lineRunsOn });
      for (const q of findQuotes(article)) {
        const [start, end] = [article.cp(q.start), article.cp(q.end)];
        if (d.furniture.some((f) => f.start <= start && end <= f.end)) continue;
        spans++;
        const proposed = d.statements.some((s) => s.start <= start && end <= s.end);
        const excluded = d.excludedQuotes.some((e) => e.start === start && e.reason.length > 0);
        expect(proposed || excluded, `${a.id}: “${a.text.slice(q.start, q.end)}”`).toBe(true);
      }
    }
    expect(spans).toBeGreaterThan(30);
  });
});

describe('quote-spans stage: short quotes are sentences when they end like one or head their paragraph', () => {
  it('attributes “Families will pay the price,” she added and a signature after a dash', async () => {
    const text = 'Helen Okoro, who chairs the carers’ forum, spoke first.\n\n“Families will pay the price,” she added.\n\n“The system is broken” – Tom Reid, chief executive, Kinship Care Trust\n\nThe review called it a “wake-up call”.';
    const d = await propose(text);
    expect(d.statements.map((s) => [s.rule, s.speaker.name, s.text])).toEqual([
      ['quote:said-after', 'Helen Okoro', 'Families will pay the price,'],
      ['quote:dash-after', 'Tom Reid', 'The system is broken'],
    ]);
    // One word in the author's sentence stays a term, excluded with the reason.
    expect(d.excludedQuotes.map((e) => [e.text, e.reason])).toEqual([['wake-up call', 'scare quote or term']]);
  });
});

describe('quote-spans stage: a speaker line with a title in quotation marks', () => {
  it('still governs the quoted paragraph under it', async () => {
    const text = 'Commenting on the “Eastshire inspection” report, Jo Bloggs, chair of the Carers Forum, said:\n\n“This is the day we feared for a very long time.”';
    expect(await statements(text)).toEqual([['quote:intro-paragraph', 'Jo Bloggs', 'Person', 'This is the day we feared for a very long time.']]);
  });
});

describe('quote-spans stage: pairing single quotes and stray straight marks (issue 35, third round)', () => {
  const spans = (text: string) => findQuotes(new ArticleText(text)).map((q) => text.slice(q.start, q.end));

  it('closes a ’ after an s when a ‘ opens again before the next ’', () => {
    expect(spans('It said it had ‘learned hard lessons’ and is ‘working with its crews to improve drills’.')).toEqual(['learned hard lessons', 'working with its crews to improve drills']);
    expect(spans('The trust called the delays ‘unacceptable to islanders’ but ‘no fault of the crews’ on board.')).toEqual(['unacceptable to islanders', 'no fault of the crews']);
    // A plural possessive inside one quote stays an apostrophe.
    expect(spans('She called it ‘a betrayal of the councils’ own plans for the coast’ in her speech.')).toEqual(['a betrayal of the councils’ own plans for the coast']);
    // Two marks opening before the next ’ are marks typed wrong: the possessive reading stands.
    expect(spans('Boards must act like ‘pushy parents’ on behalf of ‘cared for. children, asking ‘is this good enough?’ every day.')).toEqual(['pushy parents’ on behalf of ‘cared for. children, asking ‘is this good enough?']);
  });

  it('reads a straight " between two letters as an apostrophe typed wrong, not an opening mark', async () => {
    expect(spans('The Treasury welcomed the IMF"s forecast, with a spokesman saying: "The plan is working for every family."')).toEqual(['The plan is working for every family.']);
    expect(spans('The board"s chair said: "We will publish every drill record from next month."')).toEqual(['We will publish every drill record from next month.']);
  });

  it('gives a fragment to the agent of a passive, and to the subject of "which it says"', async () => {
    expect(await statements('Two ferry firms are being investigated by the Tidewater Authority over “repeated safety lapses” on night crossings.')).toEqual([
      ['quote:fragment', 'Tidewater Authority', 'Organisation', 'repeated safety lapses'],
    ]);
    expect(await statements('The Harbour Trust was fined by the Marine Standards Board for “serious breaches of its licence” last spring.')).toEqual([
      ['quote:fragment', 'Marine Standards Board', 'Organisation', 'serious breaches of its licence'],
    ]);
    expect(await statements('The Marine Standards Board has named four ferry operators which it says are “failing passengers” on “far too many routes” this winter.')).toEqual([
      ['quote:fragment', 'Marine Standards Board', 'Organisation', 'failing passengers'],
      ['quote:fragment', 'Marine Standards Board', 'Organisation', 'far too many routes'],
    ]);
  });

  it('leaves a fragment inside a paraphrase’s clause to the paraphrase (the seeds never code one apart, even of ten words)', async () => {
    expect(await statements('Mr Penrose said there were six inspectors for forty ports and that he could “happily hire six more” if the “budget ever allowed it” next year.')).toEqual([
      ['paraphrase:said', 'Mr Penrose', 'Person', 'there were six inspectors for forty ports and that he could “happily hire six more” if the “budget ever allowed it” next year'],
    ]);
    expect((await statements('Ruth Okoye said the crews had been “let down by the board” again.')).map(([rule]) => rule)).toEqual(['paraphrase:said']);
  });
});

describe('quote-spans stage: a quote over several paragraphs', () => {
  it('gives every paragraph of a quote left open until the last to the speaker named after its closing mark', async () => {
    const straight = 'The Coastal Trust published its report on Monday.\n\nFisheries campaigner Ben Alder read it on the harbour wall.\n\n"Every harbour in this report has lost boats for ten years running.\n\n"The ministry knew it and did nothing, year after year after year.\n\n"Now it has to act before the last boats leave," Ben Alder told the Coast Gazette.';
    expect((await statements(straight)).map(([rule, speaker, , text]) => [rule, speaker, (text as string).slice(0, 20)])).toEqual([
      ['quote:run-said-after', 'Ben Alder', 'Every harbour in thi'],
      ['quote:continued', 'Ben Alder', 'The ministry knew it'],
      ['quote:said-after', 'Ben Alder', 'Now it has to act be'],
    ]);
    // Curly marks, and a paragraph of reported speech before the run that must not take it.
    const curly = 'The Coastal Trust published its report on Monday.\n\nThe Fishing Federation said it would reply within a week.\n\n“We accept that catches have fallen in every port we represent, and that is painful to read.\n\n“We will put a recovery plan to the trust before the spring,” Mairi Gunn, the federation’s chair, said.';
    expect((await statements(curly)).filter(([rule]) => (rule as string).startsWith('quote')).map(([rule, speaker]) => [rule, speaker])).toEqual([
      ['quote:run-said-after', 'Mairi Gunn'],
      ['quote:said-after', 'Mairi Gunn'],
    ]);
  });

  it('leaves a run that never closes without a speaker from after it', async () => {
    const open = 'The Coastal Trust published its report on Monday.\n\n"Every harbour in this report has lost boats for ten years running.\n\n"The ministry knew it and did nothing, year after year after year.';
    expect((await statements(open)).filter(([rule]) => rule === 'quote:run-said-after')).toEqual([]);
  });
});
