import { describe, expect, it } from 'vitest';
import { isHardWrapped, isHeading, lineRunsOn, sentencesWithinParagraphs } from '../../../src/ingest/stages/layout.js';
import { ArticleText } from '../../../src/ingest/text.js';
import { Gazetteer } from '../../../src/ingest/gazetteer.js';
import { proposeArticle } from '../../../src/ingest/propose.js';

describe('layout stage', () => {
  it('tells a hard-wrapped press release from a text with a line per paragraph', () => {
    const wrapped = 'Commenting on the Ofsted Annual Report, presented today by its\nChief Inspector, Kevin Courtney, Joint General Secretary of the\nNational Education Union, said:\n“The Ofsted report is one of the most balanced reports we have\nseen. The Chief Inspector acknowledges the reality that schools in\nchallenging circumstances have unstable leadership teams.”';
    const lines = 'The report came out today.\nIt found that most services were good.\nCritics said it was too soft.\nThe regulator disagreed.\nMinisters welcomed it.';
    expect(isHardWrapped(wrapped)).toBe(true);
    expect(isHardWrapped(lines)).toBe(false);
    const article = new ArticleText(wrapped, { joinWrappedLines: true });
    expect(article.paragraphs).toHaveLength(1);
  });

  it('joins a line that runs on into the next in a text with a line per paragraph, and nothing else', () => {
    expect(lineRunsOn('published its audit on Tuesday. Responding, Dr Ruth', 'Kaplan-Ashe, who chairs the group, said:')).toBe(true);
    expect(lineRunsOn('“The audit shows that one village in five cannot make a call, and', 'that the money went to towns.')).toBe(true);
    expect(lineRunsOn('The inspectorate said the service was', 'Failing on three counts.')).toBe(true);
    expect(lineRunsOn('Falling short again', 'The board has no teeth.')).toBe(false);
    expect(lineRunsOn('Hannah Okafor, president of the Anglers’ Alliance, said:', '“This review confirms it.')).toBe(false);
    expect(lineRunsOn('The report came out today.', 'it was late.')).toBe(false);
    const text = 'Broadband audit published\nThe office published its audit. Responding, Dr Ruth\nKaplan-Ashe, who chairs the group, said:\n“One village in five cannot make a call, and\nthe money went to towns.”';
    const article = new ArticleText(text, { runsOn: lineRunsOn });
    expect(article.paragraphs.map((p) => p.text.slice(0, 20))).toEqual(['Broadband audit publ', 'The office published', '“One village in five']);
  });

  it('knows a subheading from a sentence or a speaker line', () => {
    expect(isHeading('Falling short again')).toBe(true);
    expect(isHeading('Hannah Okafor, president of the Anglers’ Alliance, said:')).toBe(false);
    expect(isHeading('The board published its review on Tuesday.')).toBe(false);
  });

  it('cuts a sentence that runs over a paragraph break', () => {
    const text = 'A damning official report\n\nThe NAO said the scheme cost more.';
    const article = new ArticleText(text);
    const cut = sentencesWithinParagraphs(text, [{ start: 0, end: text.length }], article.paragraphs);
    expect(cut.map((s) => text.slice(s.start, s.end))).toEqual(['A damning official report', 'The NAO said the scheme cost more.']);
  });

  it('leaves a dateline that opens a paragraph out of its first sentence', () => {
    const cases: [string, string][] = [
      ['date 2023-05-17 Several tenants’ groups have answered the audit.', 'Several tenants’ groups have answered the audit.'],
      ['Published: 17/05/2023 – The trust said it would publish a plan.', 'The trust said it would publish a plan.'],
      ['Updated 17 May 2023 09:40 BST “We are sorry,” the chair said.', '“We are sorry,” the chair said.'],
      // Not a dateline: a date that is the sentence's subject, or one in words with no label.
      ['2023-05-17 was the day the audit came out.', '2023-05-17 was the day the audit came out.'],
      ['17 May 2023 The audit came out.', '17 May 2023 The audit came out.'],
    ];
    for (const [text, first] of cases) {
      const article = new ArticleText(text);
      const cut = sentencesWithinParagraphs(text, [{ start: 0, end: text.length }], article.paragraphs);
      expect(text.slice(cut[0]!.start, cut[0]!.end)).toBe(first);
    }
  });

  it('does not read the dateline into the speaker of the sentence it opens', async () => {
    const graph = new Gazetteer([], [], []);
    for (const text of [
      'Housing audit\n\ndate 2023-05-17 Many tenants’ groups have responded to the audit by calling for a rent freeze across the city.\n',
      'Housing audit\n\nPublished: 17/05/2023 Parents have reacted to the findings by calling for every nursery to be inspected again.\n',
    ]) {
      const draft = await proposeArticle(null, { text, title: 'Housing audit' }, { gazetteer: graph });
      expect(draft.statements.map((s) => s.speaker.name)).toEqual([text.includes('tenants') ? 'tenants’ groups' : 'parents']);
    }
  });
});
