/**
 * The report's subject (report-subject.ts) and a proposed report's author named in the text
 * (report-target.ts): what a regulator's own findings judge, and who made the report.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from '../../../src/ingest/gazetteer.js';
import { reportSubject, type ReportSubjectInput } from '../../../src/ingest/stages/report-subject.js';
import { publisherFromText } from '../../../src/ingest/stages/report-target.js';

const entity = (name: string, label: Entity['label'] = 'Organisation'): Entity => ({ id: `organisation:${name.toLowerCase().replace(/\W+/g, '-')}`, label, name, aliases: [], roles: [], publishedBy: [] });
/** Every place `source` names `name`, as mentions of one entity. */
function mentionsOf(source: string, ...names: [string, Entity['label']?][]): Mention[] {
  return names
    .flatMap(([name, label]) => [...source.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, entity: entity(name, label), via: 'name' as const, surface: name })))
    .sort((a, b) => a.start - b.start);
}
function subject(title: string, text: string, names: [string, Entity['label']?][], options: { publisher?: string; speakers?: string[] } = {}): string | undefined {
  const input: ReportSubjectInput = {
    title,
    text,
    ledeEnd: Math.min(text.length, 200),
    actors: mentionsOf(text, ...names),
    headlineActors: mentionsOf(title, ...names),
    isPublisher: (m) => m.entity.name === options.publisher,
    speakers: new Set(options.speakers ?? []),
  };
  return reportSubject(input)?.entity.name;
}

describe('the report subject', () => {
  it('is the body after "inspection of", "review into", "report on" in the headline or the lede', () => {
    expect(subject('Inspectors publish findings', 'The inspection of Marsh Vale Council found long waits. Marsh Vale Council said it would act.', [['Marsh Vale Council', 'Council']])).toBe('Marsh Vale Council');
    expect(subject('Review into Brookside Trust published', 'Brookside Trust has accepted the findings.', [['Brookside Trust']])).toBe('Brookside Trust');
  });

  it('is the headline actor the report judges before one that acts on the news', () => {
    const title = 'Ministry sends in adviser after Marsh Vale care services branded failing';
    const text = 'An adviser has been sent in by the Ministry after the Care Board found Marsh Vale’s care services unsafe. Marsh Vale said it was sorry.';
    expect(subject(title, text, [['Ministry'], ['Marsh Vale', 'Council']], { publisher: 'Care Board' })).toBe('Marsh Vale');
    // Nothing judged in the headline: its first actor that does not answer the report, as before.
    expect(subject('Ministry sends in adviser to Marsh Vale', text, [['Ministry'], ['Marsh Vale', 'Council']], { publisher: 'Care Board' })).toBe('Ministry');
  });

  it('is the provider the lede names with what it runs', () => {
    expect(subject('Homes found unsafe', 'Four Kestrel-run homes were found to be unsafe by the authority.', [['Kestrel-run homes']])).toBe('Kestrel-run homes');
  });

  it('is an actor of the headline that does not answer the report, and never its publisher', () => {
    const text = 'The Pipes Board said leaks rose. Northwater said it would respond. The Anglers Club welcomed the report.';
    expect(subject('Northwater falling short, Pipes Board finds', text, [['Northwater'], ['Pipes Board']], { publisher: 'Pipes Board' })).toBe('Northwater');
    expect(subject('Anglers Club says report is overdue', text, [['Anglers Club'], ['Pipes Board']], { publisher: 'Pipes Board' })).toBeUndefined();
    expect(subject('Anglers Club on the Pipes Board report', text, [['Anglers Club'], ['Pipes Board']], { publisher: 'Pipes Board', speakers: ['anglers club'] })).toBeUndefined();
  });

  it('is a headline actor the report judges, though it answers in the text: the object of a judging verb or noun, or the subject of a passive one', () => {
    const text = 'The Pipes Board said leaks rose. Northwater said it would respond. The Anglers Club welcomed the report.';
    const names: [string, Entity['label']?][] = [['Northwater'], ['Pipes Board'], ['Anglers Club']];
    const options = { publisher: 'Pipes Board', speakers: ['northwater', 'anglers club'] };
    expect(subject('Pipes Board rebukes water firm Northwater over leaks', text, names, options)).toBe('Northwater');
    expect(subject('Pipes Board calls for change at Northwater after inquiry', text, names, options)).toBe('Northwater');
    expect(subject('Heavy fine against Northwater announced', text, names, options)).toBe('Northwater');
    expect(subject('Northwater fined by the Pipes Board', text, names, options)).toBe('Northwater');
    expect(subject("Northwater's licence downgraded after review", text, names, options)).toBe('Northwater');
    // Who answers the report, in the headline or only in the text, is still not what it assesses.
    expect(subject('Northwater responds to the Pipes Board report', text, names, options)).toBeUndefined();
    expect(subject('Anglers Club cheered by Pipes Board report', text, names, options)).toBeUndefined();
  });

  it('is none when the text does not say what the report assesses', () => {
    expect(subject('A new report', 'The board published its annual report today.', [['board']])).toBeUndefined();
  });
});

describe("a proposed report's author named in the text", () => {
  const all = () => true;
  it('is the acronym its title opens with', () => {
    expect(publisherFromText('WQA report', 'Nothing else here.', all)).toBe('WQA');
  });

  it('is named after "the report by", before "has published its", or with a possessive', () => {
    expect(publisherFromText('inspection report', 'The report by the Fenland Care Inspectorate (FCI) was published today.', all)).toBe('Fenland Care Inspectorate');
    expect(publisherFromText('annual assessment', 'The Rivers Standards Board has published its annual assessment.', all)).toBe('Rivers Standards Board');
    // A headline's last words and the next paragraph's first are no one name.
    expect(publisherFromText('inspection', 'Failings found at Fenwick Council\n\nThe Care Standards Inspectorate has published its inspection of the council.', all)).toBe('Care Standards Inspectorate');
    expect(publisherFromText('survey', 'Critics read the Housing Observatory’s annual survey closely.', all)).toBe('Housing Observatory');
  });

  it('is not a photo credit, a sentence opener, or text outside the content', () => {
    expect(publisherFromText('annual report', 'Its annual report\n\nPhoto by Alex Stone', all)).toBeUndefined();
    expect(publisherFromText('review', 'The Fenland Board has published its review.', () => false)).toBeUndefined();
  });

  it('is the actor a headline has the report’s maker say something of ("Auditor says X’s plan not affordable"), even when it answers', () => {
    const text = 'The Rail Audit Office has said that the Ministry of Transport’s plan is not affordable. The Ministry of Transport said that it would revise the plan.';
    const names: [string][] = [['Rail Audit Office'], ['Ministry of Transport']];
    expect(subject('Rail Audit Office says Ministry of Transport’s plan not affordable', text, names, { publisher: 'Rail Audit Office', speakers: ['ministry of transport'] })).toBe('Ministry of Transport');
    expect(subject('Watchdog finds Ministry of Transport failed to count repairs', text, names, { publisher: 'Rail Audit Office', speakers: ['ministry of transport'] })).toBe('Ministry of Transport');
    // A body that is not the report's maker saying something of another: that other answers with it, it is no subject.
    expect(subject('Unison says Ministry of Transport must act', text, [['Unison'], ['Ministry of Transport']], { publisher: 'Rail Audit Office', speakers: ['ministry of transport', 'unison'] })).toBeUndefined();
  });

  it('is the actor the lede opens on, when nothing else says, and not one that answers the report', () => {
    const text = 'HMP Larkfield remains in a poor state, according to a new report by the Prisons Inspectorate. The Prisons Inspectorate said the jail was overcrowded.';
    const names: [string][] = [['HMP Larkfield'], ['Prisons Inspectorate']];
    expect(subject('Jail still in a poor state', text, names, { publisher: 'Prisons Inspectorate' })).toBe('HMP Larkfield');
    const possessive = 'Eastmoor Council’s care services have been rated poor by the Care Board. The Care Board found long waits.';
    expect(subject('Care services rated poor', possessive, [['Eastmoor Council', 'Council'], ['Care Board']], { publisher: 'Care Board' })).toBe('Eastmoor Council');
    // The lede opens on a body that answers the report: it is not what the report assesses.
    const answers = 'The Prison Aid Trust has said a report on jails makes grim reading. The Prison Aid Trust called for more staff.';
    expect(subject('Charity responds to jails report', answers, [['Prison Aid Trust']])).toBeUndefined();
    expect(subject('Charity responds to jails report', 'The Prison Aid Trust, which visits forty jails, has long warned of overcrowding.', [['Prison Aid Trust']])).toBeUndefined();
  });

  it('is the actor the lede judges, though it answers the report in the text', () => {
    const rated = 'Eastmoor Council’s children’s services have been rated inadequate by the Care Board. The council said it would act at once.';
    expect(subject('Services rated inadequate', rated, [['Eastmoor Council', 'Council'], ['Care Board']], { publisher: 'Care Board', speakers: ['eastmoor council'] })).toBe('Eastmoor Council');
    const told = 'Harbourside Prison has been told to improve after inspectors found it overcrowded. Harbourside Prison said it had a plan.';
    expect(subject('Prison told to improve', told, [['Harbourside Prison']], { speakers: ['harbourside prison'] })).toBe('Harbourside Prison');
  });

  it('is what the lede’s assessor rates, inspects or tells, not the assessor', () => {
    const names: [string][] = [['Care Board'], ['Northmoor Ambulance Service']];
    expect(subject('Ambulance service told to improve', 'The Care Board has rated Northmoor Ambulance Service as requiring improvement. Its chief inspector said staff were proud.', names)).toBe('Northmoor Ambulance Service');
    expect(subject('Service told to improve', 'The Care Board told Northmoor Ambulance Service to cut its waiting times. The service said it would.', names)).toBe('Northmoor Ambulance Service');
    // With no object after it, an assessor that rates is no subject either.
    expect(subject('Services rated', 'The Care Board has rated ambulance services across the region.', [['Care Board']])).toBeUndefined();
  });
});

