import { describe, expect, it } from 'vitest';
import { SpeakerResolver } from '../../../src/ingest/attribution.js';
import { Gazetteer } from '../../../src/ingest/gazetteer.js';
import { proposeMainReport } from '../../../src/ingest/stages/report-target.js';
import { chooseMainReport, findRegulatorOutput, findReportMentions } from '../../../src/ingest/stages/reports.js';

const named = (text: string) => findReportMentions(text).map((m) => ({ title: m.title, publisher: m.publisherName ?? null, words: text.slice(m.start, m.end) }));

describe('target-resolution stage: reports the text names', () => {
  it('splits a possessive publisher from a capitalised title, with the period next to it', () => {
    expect(named('Responding to the CQC’s State of Care report, she said it was fair.')).toEqual([{ title: 'State of Care report', publisher: 'CQC', words: 'CQC’s State of Care report' }]);
    expect(named('The Waterways Standards Board published its Annual Review of River Quality 2020 on Tuesday.')[0]).toMatchObject({ title: 'Annual Review of River Quality 2020' });
    expect(named('Commenting on the findings of HM Chief Inspector of Prisons’ annual report 2022–23, she said')[0]).toMatchObject({ title: 'HM Chief Inspector of Prisons annual report 2022–23', publisher: 'HM Chief Inspector of Prisons' });
  });

  it('leaves a sentence adverb out of the publisher before a possessive', () => {
    expect(named('Now Westmoor Trust’s own internal review has found the same faults.')[0]).toMatchObject({ publisher: 'Westmoor Trust' });
    expect(named('Meanwhile the Ferry Board’s annual review said nothing of the fire.')[0]).toMatchObject({ publisher: 'Ferry Board' });
    expect(named('Yesterday Harbourside Council’s review of parking was published.')[0]).toMatchObject({ publisher: 'Harbourside Council' });
  });

  it('does not take the day a report came out for its title', () => {
    expect(named('According to a Thursday report from the Northern Broadcasting Corporation, the inquiry was led by a retired judge.')).toEqual([]);
    expect(named('A Monday report said the fund would be wound up.')).toEqual([]);
    expect(named('Tuesday’s review by the Rivers Standards Board was damning.')[0]).toMatchObject({ title: 'Rivers Standards Board review', publisher: 'Rivers Standards Board' });
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
    // A pronoun or a plural of people before "report" or "review" is that verb's subject.
    expect(named('They report grave concerns about prison conditions.')).toEqual([]);
    expect(named('Inspectors review every case file.')).toEqual([]);
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

describe('target-resolution stage: the main report when the article is about something else first (issue 35, third round)', () => {
  it('a report named as a comparison or a predecessor is not the news', () => {
    const compared = 'The Social Care Office published its findings on Millbrook’s adult services on Monday. Though milder than the Report on Children’s Services, the Report on Adult Services lists six concerns.';
    expect(chooseMainReport(findReportMentions(compared), 'Councillors debate care findings')?.title).toBe('Report on Adult Services');
    const previous = 'Following last year’s Annual Review of Bus Safety, the Transit Board has issued its Annual Review of Rail Safety 2024.';
    expect(chooseMainReport(findReportMentions(previous), 'Rail safety')?.title).toBe('Annual Review of Rail Safety 2024');
  });

  it('a report the speaker cites as its own is not the one the lede says it answers', () => {
    const text = 'Commenting on today’s jobs report by the Employment Statistics Office, Ruth Bell said: “Our Quarterly Hiring Survey shows firms are cautious.”';
    expect(chooseMainReport(findReportMentions(text), 'What business said')?.publisherName).toBe('Employment Statistics Office');
    const text2 = 'Responding to the pay report from the Wages Commission, Sam Ode said: “Our own Workplace Barometer found the same.”';
    expect(chooseMainReport(findReportMentions(text2), 'Reaction')?.publisherName).toBe('Wages Commission');
  });
});

describe('target-resolution stage: a regulator’s output as the main report (issue 35, third round)', () => {
  it('is the finding, ruling, fine or data the opening says a body put out, titled by the body and its noun', () => {
    expect(findRegulatorOutput('Nine landlords have received a ‘serious failure’ finding from the Tenancy Ombudsman.\nMore follows.', 'Landlords named')).toMatchObject({ title: 'Tenancy Ombudsman finding', publisherName: 'Tenancy Ombudsman' });
    expect(findRegulatorOutput('The Gaming Standards Commission announced on Friday that it has fined Lucky Star Bets £2m.', 'Bookmaker fined')).toMatchObject({ title: 'Gaming Standards Commission fine', publisherName: 'Gaming Standards Commission' });
    expect(findRegulatorOutput('The Rail Passengers Authority has published new punctuality figures for the spring.', 'Trains late')).toMatchObject({ title: 'Rail Passengers Authority figures' });
    expect(findRegulatorOutput('Ofrail has ruled that two operators misled passengers.', 'Operators misled')).toMatchObject({ title: 'Ofrail ruling', publisherName: 'Ofrail' });
  });

  it('is the news a "Y responds to" headline names with its body, not the headline itself', () => {
    const found = findRegulatorOutput('Jo Vale, policy director at Fair Pay, said: “This is bad.”', 'Fair Pay responds to complaints to the Pensions Ombudsman rising by a third');
    expect(found).toMatchObject({ title: 'Pensions Ombudsman complaints', publisherName: 'Pensions Ombudsman' });
  });

  it('is nothing when no body is said to have put anything out', () => {
    expect(findRegulatorOutput('Prices rose again in March, and shoppers noticed.', 'Prices rise')).toBeNull();
    expect(findRegulatorOutput('The chief executive said the figures were disappointing.', 'Results')).toBeNull();
  });
});

describe('target-resolution stage: the main report under other names (issue 35, fourth round)', () => {
  const mainMentions = (title: string, text: string) => {
    const gaz = new Gazetteer([], [], []);
    const resolver = new SpeakerResolver(text, gaz, [], () => undefined);
    const proposed = proposeMainReport(text, { title, date: '2025-04-02' }, gaz, resolver, () => true, () => false);
    return { name: proposed?.entity.name, words: (proposed?.mentions ?? []).map((m) => text.slice(m.start, m.end)) };
  };

  it('is the untitled report the speaker answers, or the one by the author its title names, not a review named first', () => {
    const text =
      'Fair Roads on the Hale report and the new Bus Review\n\nMinisters have launched a new Bus Review.\n\nReacting to the Road Safety Board report of its inquiry into winter closures, Ann Gray said: “Drivers will wince when they read Professor Hale’s report.”';
    const first = mainMentions('Fair Roads on the Hale report and the new Bus Review', text);
    expect(first.name).toBe('Hale report');
    expect(first.words).toEqual(expect.arrayContaining(['Road Safety Board report', 'Professor Hale’s report']));
    expect(first.words).not.toContain('Bus Review');
    const second = mainMentions('Tenants group on the Marsh report and a new Housing Review', 'Tenants group on the Marsh report and a new Housing Review\n\nA Housing Review was announced.\n\nResponding to the Lettings Commission report on repairs, Bo Lee said: “Dr Ruth Marsh’s report is overdue.”');
    expect(second.words).toContain('Dr Ruth Marsh’s report');
    expect(second.words.some((w) => w.includes('Lettings Commission'))).toBe(true);
  });

  it('is not an untitled report by another author that the text does not say it answers', () => {
    const text = 'The Hale report was published today. Ann Gray said: “Professor Stone’s report last year said the same.”';
    expect(mainMentions('The Hale report', text).words).not.toContain('Stone’s report');
  });
});
