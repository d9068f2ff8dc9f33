/**
 * Target-resolution stage, reports (issue 35 twelfth round): a report named by a possessive alone ("His report said",
 * "Her review found") has no title; the article's headline titles it, as for any report the text does not name, and
 * "Her Majesty's …" stays a publisher's name. Every sentence is invented for this test; two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findReportMentions } from '../../../src/ingest/stages/reports.js';

const mainReport = async (title: string, text: string) => {
  const draft = await proposeArticle(null, { text, title });
  return { id: draft.mainReport?.id, rule: draft.mainReport?.rule };
};

describe('target-resolution stage: a report named by a possessive alone', () => {
  it('titles it by the headline, not "His report" or "Her review"', async () => {
    const his = await mainReport(
      'Young offender unit unsafe, inspector finds',
      'Nick Arden, chief inspector of prisons, found that at Larkmoor many young men were frightened to leave their cells.\n\nHis report said that staff had drawn batons in front of boys on three occasions.',
    );
    expect(his).toEqual({ id: 'report:young-offender-unit-unsafe-inspector-finds-report', rule: 'new-report:unnamed' });
    const her = await mainReport(
      'Ferry safety plan falls short',
      'Dr Maya Osei, the harbour commissioner, has published her findings on the ferry service.\n\nHer review found that two of the four boats had no working life rafts.',
    );
    expect(her.rule).toBe('new-report:unnamed');
    expect(her.id).not.toMatch(/^report:her-/);
  });

  it('keeps "Her Majesty’s …" as the publisher of the report it names', () => {
    expect(findReportMentions('Commenting on Her Majesty’s Inspectorate of Harbours’ report, she said it was fair.')[0]).toMatchObject({ publisherName: 'Her Majesty’s Inspectorate of Harbours' });
  });

  it('keeps a possessive inside a body’s name: "Lantern Children’s Trust report" is the trust’s, not a "Trust" report by "Lantern Children"', () => {
    const [trust] = findReportMentions('Live reaction to the Lantern Children’s Trust report on runaways.');
    expect(trust?.publisherName).not.toBe('Lantern Children');
    expect(findReportMentions("Ministers answer the Harbour Women's Aid review today.")[0]?.publisherName).not.toBe('Harbour Women');
    // The last possessive still names the publisher where a title follows it.
    expect(findReportMentions('She read the Children’s Commissioner’s Lost Years report twice.')[0]).toMatchObject({ publisherName: 'Children’s Commissioner' });
  });

  it('reads a date before the maker as no part of its name: "In 2015 the Rivers Agency’s review", "Last Tuesday the Rivers Agency published"', async () => {
    expect(findReportMentions('In 2015 Rivers Agency’s review of the weir found it unsafe.').map((m) => [m.title, m.publisherName])).toEqual([['2015 Rivers Agency review', 'Rivers Agency']]);
    const draft = await proposeArticle(null, {
      title: 'Weir still unsafe',
      text: 'Last Tuesday Rivers Agency published its inspection of the Millford weir.\n\nThe inspection said that the gates had not been tested for three years.',
    });
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Rivers Agency']);
  });
});
