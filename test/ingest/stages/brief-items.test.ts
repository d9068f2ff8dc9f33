/**
 * Layout stage, news in brief (issue 35, set 10's news-in-brief pages): a page titled as briefs, of short items under
 * their own headlines, each about its own report, is resolved item by item: what is said in an item answers that item's
 * report, not the page's first. A release's or a feature's subheaded sections, and a letters page, are one story.
 * Every council, person and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findBriefItems, within } from '../../../src/ingest/stages/brief-items.js';
import { ArticleText } from '../../../src/ingest/text.js';

const PAGE = [
  'News in brief',
  '',
  'Fostering service rated good',
  '',
  'Kelby Borough Council’s fostering service has been rated good by Ofsted in a report published on Friday. Cllr Jo Marsh said: “This report is a fair reflection of our carers’ hard work.”',
  '',
  'Youth clubs in decline',
  '',
  'Attendance at Ashby’s youth clubs has fallen by a third, according to a scrutiny review published by Ashby District Council on Monday.',
  '',
  'Care leavers wait for homes',
  '',
  'Young people leaving care in Dunmore wait up to a year for a flat, the charity Open Doors said in a report published on Tuesday. Dunmore District Council said it accepted the findings.',
].join('\n');

const itemsOf = (title: string, text: string) => findBriefItems(title, new ArticleText(text, {}).paragraphs, () => true).map((i) => i.headline.text.trim());

describe('the items of a news-in-brief page', () => {
  it('are the headlines with their short items, on a page titled as briefs', () => {
    expect(itemsOf('News in brief', PAGE)).toEqual(['Fostering service rated good', 'Youth clubs in decline', 'Care leavers wait for homes']);
  });

  it('are none on a page not titled as briefs, or where the headlines are names, or the items are signed letters', () => {
    expect(itemsOf('Kelby fostering rated good', PAGE)).toEqual([]);
    const roundUp = 'White paper: the reaction in brief\n\nLocal Government Association\n\nThe association said the report was welcome.\n\nBritish Association of Social Workers\n\nThe association said the review was flawed.\n\nUnison\n\nThe union said the report ignored pay.';
    expect(itemsOf('White paper: the reaction in brief', roundUp)).toEqual([]);
    const letters = 'Letters in brief\n\nThe report was fair\n\nThe inspection report on Kelby was fair and overdue.\n\nJo Marsh, Kelby\n\nThe review was wrong\n\nThe review of Kelby ignored the cuts.\n\nSam Reid, Ashby\n\nThe figures mislead\n\nThe report’s figures are two years old.\n\nAnn Lee, Dunmore';
    expect(itemsOf('Letters in brief', letters)).toEqual([]);
  });

  it('blank everything outside an item, keeping offsets', () => {
    const text = 'abc\ndef\nghi';
    expect(within(text, 4, 7)).toBe('   \ndef\n   ');
  });
});

describe('a statement in an item', () => {
  it('answers its own item’s report', async () => {
    const draft = await proposeArticle(null, { text: PAGE, title: 'News in brief', date: '2009-11-20' });
    const accepted = draft.statements.find((s) => s.text.startsWith('it accepted the findings'));
    const report = accepted?.about.find((t) => t.label === 'Report');
    expect(report?.name).toBe('Care leavers wait for homes (report)');
    expect(draft.newReports?.map((r) => r.title)).toContain('Care leavers wait for homes (report)');
    const fair = draft.statements.find((s) => s.text.startsWith('This report is a fair reflection'));
    expect(fair?.about.find((t) => t.label === 'Report')?.name).toBe('Fostering service rated good (report)');
  });
});
