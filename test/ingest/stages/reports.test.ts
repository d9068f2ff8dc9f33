import { describe, expect, it } from 'vitest';
import { chooseMainReport, findReportMentions } from '../../../src/ingest/stages/reports.js';

const named = (text: string) => findReportMentions(text).map((m) => ({ title: m.title, publisher: m.publisherName ?? null, words: text.slice(m.start, m.end) }));

describe('target-resolution stage: reports the text names', () => {
  it('splits a possessive publisher from a capitalised title, with the period next to it', () => {
    expect(named('Responding to the CQC’s State of Care report, she said it was fair.')).toEqual([{ title: 'State of Care report', publisher: 'CQC', words: 'CQC’s State of Care report' }]);
    expect(named('The Waterways Standards Board published its Annual Review of River Quality 2020 on Tuesday.')[0]).toMatchObject({ title: 'Annual Review of River Quality 2020' });
    expect(named('Commenting on the findings of HM Chief Inspector of Prisons’ annual report 2022–23, she said')[0]).toMatchObject({ title: 'HM Chief Inspector of Prisons annual report 2022–23', publisher: 'HM Chief Inspector of Prisons' });
  });

  it('takes a quoted title and a publisher named after the noun', () => {
    expect(named("Today the HMIC has published their report entitled 'Adapting to Protest'.")[0]).toMatchObject({ title: 'Adapting to Protest' });
    expect(named('A report on library closures by the Public Libraries Commission has divided opinion.')[0]).toMatchObject({ publisher: 'Public Libraries Commission' });
    expect(named('The Howard League has responded to the Annual Report of Her Majesty’s Chief Inspector of Prisons, published today.')[0]).toMatchObject({ publisher: 'Her Majesty’s Chief Inspector of Prisons' });
  });

  it('names an untitled report by the subject after "on" or "into" (issue 35, known defect 3)', () => {
    expect(named('Ofsted has published its annual report on further education and skills for 2013/14. It found gaps.')[0]).toMatchObject({ title: 'Ofsted annual report on further education and skills 2013/14', publisher: 'Ofsted' });
    expect(named('The Audit Office’s report into school funding was damning.')[0]).toMatchObject({ title: 'Audit Office report into school funding', publisher: 'Audit Office' });
    expect(named('A report on how councils spend was published.')).toEqual([]);
  });

  it('does not take a body’s name, a verb or a sentence opener for a title', () => {
    expect(named('The National Audit Office said it was uncertain.')).toEqual([]);
    expect(named('Howard League responds to Annual Report')[0]?.title).toBe('Annual Report');
    expect(named('Key findings from the report include:')).toEqual([]);
  });

  it('chooses the report the article’s title names, else the first titled one', () => {
    const text = 'Comments on the CCC Progress Report followed the NAO report and the Ofsted Annual Report.';
    expect(chooseMainReport(findReportMentions(text), 'Greenpeace reaction to CCC Progress Report')?.title).toBe('CCC Progress Report');
    expect(chooseMainReport(findReportMentions(text), 'Reactions')?.title).toBe('CCC Progress Report');
    expect(chooseMainReport([], 'Reactions')).toBeNull();
  });

  it('names a report by its publisher’s role, and takes the lede’s published report as the main one', () => {
    const text = 'The chief inspector of children’s homes published her annual report on Wednesday. She also cited the Workload Survey 2024 by the Carers Trust.';
    const mentions = findReportMentions(text);
    expect(mentions[0]).toMatchObject({ title: 'Annual report of the chief inspector of children’s homes', publisherName: 'chief inspector of children’s homes', publisherIsRole: true });
    expect(chooseMainReport(mentions, 'Charities answer the chief inspector')?.title).toBe('Annual report of the chief inspector of children’s homes');
    expect(named('Ofsted has published its annual report for 2025.')[0]).toMatchObject({ title: 'Ofsted annual report 2025', publisher: 'Ofsted' });
    expect(named('The board published its annual report on Monday.').map((m) => m.title)).not.toContain('annual report of Monday');
  });
});
