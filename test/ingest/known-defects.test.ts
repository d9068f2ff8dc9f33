/**
 * Issue 35's known extractor defects, each through proposeArticle against a real Grafeo store seeded
 * with the seed graph (whose names are what the extractor links against): a council named in full is
 * a Council wherever it appears; a name headed by an office noun is a body; the graph's report of the
 * same publisher and time is the main report only when the text supports it; a pronoun or "the union's
 * general secretary" refers back to the right person.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../src/ingest/propose.js';
import { createGrafeoTestStore } from '../support/stores.js';
import { useSeededGazetteer } from '../support/seeded-store.js';

const seeded = useSeededGazetteer(createGrafeoTestStore);

const propose = (text: string, date = '2023-05-02', title = 'A test article') => proposeArticle(seeded.store, { text, title, date }, { gazetteer: seeded.gazetteer });
const speakers = async (text: string) => (await propose(text)).statements.map((s) => [s.text.slice(0, 20), s.speaker.name, s.speaker.label]);

describe('known defect 1: a council named in full is a Council, as speaker, employer, publisher or target', () => {
  it('proposes every council by its place, whichever words name it and whichever path finds it', async () => {
    const text =
      'The Highways Research Unit published its Local Roads Survey 2023 today.\n\n' +
      'The London Borough of Hackney said: “The survey is a fair picture.”\n\n' +
      'Northtown Borough Council criticised the survey. It said the figures were out of date.\n\n' +
      'Peter Hale, leader of Southby District Council, said: “We were not asked.”\n\n' +
      'Jo Reid, chair of the Drivers’ Forum, said: “Westford City Council has failed its residents.”';
    const d = await propose(text);
    expect(d.statements.map((s) => [s.text.slice(0, 20), s.speaker.name, s.speaker.label])).toEqual([
      ['The survey is a fair', 'Hackney', 'Council'],
      ['the figures were out', 'Northtown', 'Council'],
      ['We were not asked.', 'Peter Hale', 'Person'],
      ['Westford City Counci', 'Jo Reid', 'Person'],
    ]);
    const actor = (name: string) => d.newActors.find((a) => a.name === name);
    for (const place of ['Hackney', 'Northtown', 'Southby', 'Westford']) expect(actor(place), place).toMatchObject({ label: 'Council', id: `council:${place.toLowerCase()}` });
    expect(actor('Peter Hale')!.role).toMatchObject({ title: 'leader', at: 'council:southby' });
    expect(d.statements[3]!.about).toContainEqual(expect.objectContaining({ target: 'council:westford', label: 'Council', stance: 'critical' }));
    // The survey's publisher, named as the body that published it, and the forum: no council among them.
    expect(d.newActors.filter((a) => a.label === 'Organisation').map((a) => a.name)).toEqual(['Highways Research Unit', 'Drivers’ Forum']);
  });

  it('proposes a council that speaks and is rated once, and rates that one', async () => {
    const d = await propose('Westford City Council has been rated inadequate by Ofsted.\n\nA spokesman for Westford City Council said: “We accept the findings and have a plan.”', '2015-06-02');
    expect(d.newActors.filter((a) => a.name === 'Westford')).toEqual([expect.objectContaining({ id: 'council:westford', label: 'Council' })]);
    expect(d.statements[0]!.speaker).toMatchObject({ id: 'council:westford', speakerRole: 'spokesperson' });
    expect([...d.ratings.map((r) => r.council), ...(d.newRatings ?? []).map((r) => r.council)]).toContain('council:westford');
  });

  it('proposes a council that publishes the article’s report as the report’s Council publisher', async () => {
    const d = await propose('Eastshire County Council has published its Annual Roads Report 2023.\n\nJo Reid, chair of the Drivers’ Forum, said: “The report is honest.”');
    expect(d.newReports![0]).toMatchObject({ publisher: 'council:eastshire', publisherName: 'Eastshire' });
    expect(d.newActors.find((a) => a.id === 'council:eastshire')).toMatchObject({ label: 'Council', name: 'Eastshire' });
  });
});

describe('known defect 2: a name headed by an office noun is a body unless the text names its holder', () => {
  it('proposes ombudsmen, regulators and commissioners as organisations, and their named holder as a person', async () => {
    const text =
      'The Housing Ombudsman said landlords were failing tenants.\n\n' +
      'The Local Government Ombudsman said: “Councils are not learning from complaints.”\n\n' +
      '“Data was lost,” said the Information Commissioner.\n\n' +
      'The Chief Coroner said inquests into deaths in custody were taking far too long.\n\n' +
      'Housing Ombudsman Richard Blakeway said: “Landlords must listen.”';
    expect(await speakers(text)).toEqual([
      ['landlords were faili', 'Housing Ombudsman', 'Organisation'],
      ['Councils are not lea', 'Local Government Ombudsman', 'Organisation'],
      ['Data was lost,', 'Information Commissioner', 'Organisation'],
      ['inquests into deaths', 'Chief Coroner', 'Organisation'],
      ['Landlords must liste', 'Richard Blakeway', 'Person'],
    ]);
  });
});

describe('known defect 2: an office whose holder the text names is that person', () => {
  it('gives "the Police and Crime Commissioner said" and "the ombudsman said" to the holder named before', async () => {
    const text =
      'Jane Mulcahy, the Police and Crime Commissioner for Northshire, said: “Local forces need money.”\n\n' +
      'The Police and Crime Commissioner said the inspectors had been fair to her force.\n\n' +
      'The Prisons and Probation Ombudsman, Sue McAllister, said: “Deaths in custody are rising.”\n\n' +
      'The ombudsman said that lessons from every death were still not being learned.';
    expect(await speakers(text)).toEqual([
      ['Local forces need mo', 'Jane Mulcahy', 'Person'],
      ['the inspectors had b', 'Jane Mulcahy', 'Person'],
      ['Deaths in custody ar', 'Sue McAllister', 'Person'],
      ['lessons from every d', 'Sue McAllister', 'Person'],
    ]);
  });
});

describe('known defect 3: the main report is the graph’s only when the text supports it', () => {
  it('proposes the further education report the text names, not the graph’s social care report of the same publisher and months', async () => {
    const text =
      'Ofsted has published its annual report on further education and skills for 2013/14. It found that a third of colleges required improvement.\n\n' +
      'Martin Doel, chief executive of the Association of Colleges, said: “The report is fair about teaching, but it ignores years of cuts.”';
    const d = await propose(text, '2015-04-10', 'Colleges let down by weak teaching, Ofsted says');
    expect(d.mainReport?.id).not.toBe('report:ofsted-social-care-annual-report-2013-14');
    expect(d.newReports![0]).toMatchObject({ id: d.mainReport!.id, publisher: 'organisation:ofsted' });
    expect(d.newReports![0]!.title).toMatch(/further education/i);
    expect(d.statements.flatMap((s) => s.about.map((a) => a.target))).not.toContain('report:ofsted-social-care-annual-report-2013-14');
  });

  it('takes the graph’s report the text names by title when the article is dated by its year alone', async () => {
    // A year alone is any of its months: the report of June is of the article's time, not five months after it.
    const text =
      'The children most in need deserve the best, the chief inspector writes in “The report of Her Majesty’s Chief Inspector of Education, Children’s Services and Skills 2016: Social Care”.\n\n' +
      'Dana Holt, who chairs a carers’ network, said: “The report is right that too many councils are still failing.”';
    for (const date of ['2016', '2016-07']) {
      const d = await propose(text, date, 'A social care report, read by a carer');
      expect(d.mainReport).toEqual({ id: 'report:hmci-social-care-report-2016', rule: 'named most often' });
    }
    expect((await propose(text, '2015', 'A social care report, read by a carer')).mainReport?.id).not.toBe('report:hmci-social-care-report-2016');
  });

  it('takes the graph’s report of a body the text names only by one of its people or a long enough office', async () => {
    const rule = expect.stringMatching(/published by a body the article names/);
    const byPerson = 'Responding to Sir Michael Wilshaw’s annual report on children’s social care, the charity’s director said: “It is right about the pressure on staff.”';
    expect((await propose(byPerson, '2013-11-20', 'Charity responds')).mainReport).toEqual({ id: 'report:ofsted-social-care-annual-report-2012-13', rule });
    const byOffice = 'Responding to the annual report on children’s social care by the national director for social care, the charity’s director said: “It is right about the pressure on staff.”';
    expect((await propose(byOffice, '2013-11-20', 'Charity responds')).mainReport).toEqual({ id: 'report:ofsted-social-care-annual-report-2012-13', rule });
    // "the chief inspector" is every inspectorate's: it names none.
    const generic = 'Responding to the chief inspector’s annual report on children’s social care, the charity’s director said: “It is right about the pressure on staff.”';
    expect((await propose(generic, '2013-11-20', 'Charity responds')).mainReport?.id).not.toBe('report:ofsted-social-care-annual-report-2012-13');
  });

  it('keeps the graph’s report when the text speaks of its subject', async () => {
    const text = 'Children’s social care in most councils inspected by Ofsted last year requires improvement, the watchdog said.\n\nAlan Wood said: “The report is a fair account of our services.”';
    const d = await propose(text, '2015-04-10', 'Ofsted critical of council-run children’s services');
    expect(d.mainReport).toEqual({ id: 'report:ofsted-social-care-annual-report-2013-14', rule: expect.stringMatching(/published by a body the article names/) });
  });
});

describe('a remit in lower case is part of a title, not a body', () => {
  it('"cabinet member for children and families", "lead member for roads and transport": no body of that name', async () => {
    const text =
      'The Highways Research Unit published its Local Roads Survey 2023 today.\n\n' +
      'Amina Shah, cabinet member for children and families, said: “The survey is a fair picture.”\n\n' +
      'Tom Reyes, lead member for roads and transport, said: “We were not asked.”\n\n' +
      'Jo Reid, chair of the Drivers’ Forum, said: “It is late.”';
    const d = await propose(text);
    const names = d.newActors.map((a) => a.name);
    expect(names).not.toContain('children and families');
    expect(names).not.toContain('roads and transport');
    expect(d.newActors.find((a) => a.name === 'Amina Shah')?.role).toMatchObject({ title: 'cabinet member for children and families' });
    expect(names).toContain('Drivers’ Forum');
  });
});

describe('a headline names the report\'s maker by what it does', () => {
  it('"Watchdog warns of …", "Regulator finds …": the body whose report the article answers, not a body called "Watchdog"', async () => {
    for (const noun of ['Watchdog', 'Regulator']) {
      const text = `${noun} warns of ‘crumbling lanes’ across the county\n\nThe Highways Research Unit published its Local Roads Survey 2023 today.\n\nJo Reid, chair of the Drivers’ Forum, said: “The survey is a fair picture.”`;
      const d = await propose(text, '2023-05-02', `${noun} warns of ‘crumbling lanes’ across the county`);
      const fragment = d.statements.find((s) => s.text === 'crumbling lanes');
      expect(fragment?.speaker.name, noun).toBe('Highways Research Unit');
      expect(d.newActors.map((a) => a.name)).not.toContain(noun);
    }
  });
});

describe('known defect 4: pronouns and role descriptions refer back to the right person', () => {
  it('gives "she" to the last woman named before it, not a man named later without an honorific', async () => {
    const text =
      'The Highways Research Unit published its Local Roads Survey 2023 today.\n\n' +
      'Sarah Collins, director of the Drivers’ Forum, welcomed the survey. Tom Baker, the roads minister, called it partial. “The survey is honest,” she said.';
    expect((await speakers(text)).map(([, name]) => name)).toEqual(['Sarah Collins']);
  });

  it('reads no gender into a body’s name that begins like a first name', async () => {
    const text = 'The Highways Research Unit published its Local Roads Survey 2023 today.\n\nA Howard Trust spokeswoman was at the launch. Tom Baker, the minister, spoke after her.\n\n“We were not asked about rural roads,” she said.';
    expect((await speakers(text)).map(([, name]) => name)).toEqual(['Howard Trust']);
  });

  it('does not guess from a first name either gender may have', async () => {
    const text =
      'The Highways Research Unit published its Local Roads Survey 2023 today.\n\n' +
      'Sarah Collins, director of the Drivers’ Forum, welcomed the survey. Sam Baker, the roads minister, called it partial. “The survey is honest,” she said.';
    expect((await speakers(text)).map(([, name]) => name)).toEqual(['Sam Baker']);
  });

  it('resolves "the union’s general secretary" and "the committee’s chair" to the person named with that role there', async () => {
    const text =
      'The Highways Research Unit published its Local Roads Survey 2023 today.\n\n' +
      'Dave Price, general secretary of the Road Workers’ Union, said: “We are short of staff.” The union’s general secretary added that pay was too low.\n\n' +
      'Meg Hart, chair of the Transport Committee, questioned the figures. The committee’s chair said the survey had missed rural roads.';
    expect((await speakers(text)).map(([words, name]) => [words, name])).toEqual([
      ['We are short of staf', 'Dave Price'],
      ['pay was too low', 'Dave Price'],
      ['the survey had misse', 'Meg Hart'],
    ]);
  });
});
