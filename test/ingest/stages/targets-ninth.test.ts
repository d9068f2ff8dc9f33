/**
 * Target rules of issue 35's ninth round on a regulator's findings (src/ingest/stages/targets.ts,
 * report-subject.ts), on made-up text in Chorus's own words: a speaker introduced by the office that made the report
 * speaks for it; a report the text credits to nobody is taken as made by the regulator, ombudsman or auditor the
 * article quotes; and where nothing says what a report assesses, the body the article names most is its subject.
 */
import { describe, expect, it } from 'vitest';
import type { Resolved } from '../../../src/ingest/attribution.js';
import { Gazetteer, type Entity, type Mention } from '../../../src/ingest/gazetteer.js';
import { reportSubject } from '../../../src/ingest/stages/report-subject.js';
import { TargetStage } from '../../../src/ingest/stages/targets.js';
import type { DraftTarget } from '../../../src/ingest/draft.js';

/** These cases are about who speaks for whom; the subject that anyone's judging words fall back on is targets-thirteenth's. */
const notJudgedNamingNothing = (t: DraftTarget) => !t.cues[0]!.startsWith('judges, naming nothing');

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({ id, label: 'Organisation', name, aliases: [], roles: [], publishedBy: [], ...extra });

describe("who speaks for a report's maker, so that the findings judge what the report assesses", () => {
  const college = entity('organisation:wexcombe-college', 'Wexcombe College');
  const head = 'A review of Wexcombe College was published on Monday.\n\n';
  const words = 'Students waited months for their marks, and that is not acceptable.';
  const targetsOf = (report: Entity, known: Entity[], who: Resolved) => {
    const text = `${head}${who.name} said: “${words}”`;
    const subject: Mention = { start: text.indexOf('Wexcombe College'), end: text.indexOf('Wexcombe College') + 16, entity: college, via: 'name', surface: 'Wexcombe College' };
    const gaz = new Gazetteer([report, college, ...known], [], []);
    const start = text.indexOf(words);
    return new TargetStage({ text, gaz, mentions: [subject], frameworks: [], mainReport: report, subject }).targetsFor({ kind: 'quote', start, end: start + words.length, speaker: who }).filter(notJudgedNamingNothing).map((t) => [t.name, t.stance]);
  };
  const person = (name: string, title: string): Resolved => ({ id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, name, label: 'Person', existing: false, resolvedBy: 'named', mention: name, confidence: 0.9, start: 0, end: 0, role: { title } });
  const body = (name: string): Resolved => ({ id: `organisation:${name.toLowerCase().replace(/\s+/g, '-')}`, name, label: 'Organisation', existing: false, resolvedBy: 'named', mention: name, confidence: 0.9, start: 0, end: 0 });

  it('a person whose title is the office that made it ("Ana Ruiz, the Chief Examiner of Colleges")', () => {
    const office = entity('organisation:chief-examiner-of-colleges', 'Chief Examiner of Colleges');
    const report = entity('report:review', 'review of Wexcombe College', { label: 'Report', publishedBy: [office.id] });
    expect(targetsOf(report, [office], person('Ana Ruiz', 'Chief Examiner of Colleges'))).toContainEqual(['Wexcombe College', 'critical']);
    expect(targetsOf(report, [office], person('Ana Ruiz', 'student')).map(([n]) => n)).not.toContain('Wexcombe College');
  });

  it('a regulator, ombudsman or auditor quoted about a report the text credits to nobody', () => {
    const report = entity('report:review', 'review of Wexcombe College', { label: 'Report' });
    expect(targetsOf(report, [], body('Colleges Ombudsman'))).toContainEqual(['Wexcombe College', 'critical']);
    expect(targetsOf(report, [], body('Further Education Standards Authority'))).toContainEqual(['Wexcombe College', 'critical']);
    // Anyone else answers the report; and a report whose maker is known keeps it.
    expect(targetsOf(report, [], body('Students Union')).map(([n]) => n)).not.toContain('Wexcombe College');
    const office = entity('organisation:chief-examiner-of-colleges', 'Chief Examiner of Colleges');
    const credited = entity('report:review', 'review of Wexcombe College', { label: 'Report', publishedBy: [office.id] });
    expect(targetsOf(credited, [office], body('Colleges Ombudsman')).map(([n]) => n)).not.toContain('Wexcombe College');
  });
});

describe('where nothing says what a report assesses, the body the article names most', () => {
  const subjectOf = (text: string, names: string[]) => {
    const actors: Mention[] = names
      .flatMap((name) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, entity: entity(`organisation:${name}`, name), via: 'name' as const, surface: name })))
      .sort((a, b) => a.start - b.start);
    return reportSubject({ text, title: 'Findings published', ledeEnd: 40, actors, headlineActors: [], isPublisher: (m) => m.entity.name === 'Board', speakers: new Set() })?.entity.name;
  };

  it('named three times or more, and more often than any other body', () => {
    expect(subjectOf('The Board published findings. Kestrel Water missed targets. Kestrel Water said it would improve. The Board warned Kestrel Water again. Ferris Water did well.', ['Board', 'Kestrel Water', 'Ferris Water'])).toBe('Kestrel Water');
    expect(subjectOf('The Board published findings. Otter Trust said it would improve and Otter Trust missed targets. Otter Trust was warned, and so was the Board, by the Board.', ['Board', 'Otter Trust'])).toBe('Otter Trust');
  });

  it('the one council an article names is named again by "the council" or "the local authority"', () => {
    expect(subjectOf('The Board published findings. Eastmoor Council was told to improve. The council said it would act, and the local authority has a plan.', ['Board', 'Eastmoor Council'])).toBe('Eastmoor Council');
    // Two councils: "the council" could be either, so it counts for neither.
    expect(subjectOf('The Board published findings. Eastmoor Council and Westmoor Council were told to improve. The council said it would act, and the council has a plan.', ['Board', 'Eastmoor Council', 'Westmoor Council'])).toBeUndefined();
  });

  it('none when no body leads, or none is named three times; the publisher never counts', () => {
    expect(subjectOf('The Board published findings. Kestrel Water missed targets, as did Ferris Water. Kestrel Water and Ferris Water replied. Kestrel Water and Ferris Water will improve.', ['Board', 'Kestrel Water', 'Ferris Water'])).toBeUndefined();
    expect(subjectOf('The Board published findings. Kestrel Water missed targets. Kestrel Water replied.', ['Board', 'Kestrel Water'])).toBeUndefined();
    expect(subjectOf('The Board published findings. The Board said so. The Board warned everyone. The Board will act.', ['Board'])).toBeUndefined();
  });
});

describe("an opposition spokesperson speaks of the government's record", () => {
  const government = entity('organisation:hm-government', 'HM Government', { kind: 'government' });
  const report = entity('report:forecast', 'growth forecast', { label: 'Report', publishedBy: ['organisation:fund'] });
  const gaz = new Gazetteer([government, report], [], []);
  const targetsOf = (words: string, title: string, body?: string) => {
    const text = `The fund raised its growth forecast on Tuesday.\n\nThe speaker said: “${words}”`;
    const start = text.indexOf(words);
    const who: Resolved = body
      ? { id: 'organisation:speaker', name: body, label: 'Organisation', existing: false, resolvedBy: 'named', mention: body, confidence: 0.9, start: 0, end: 0 }
      : { id: 'person:kim-hale', name: 'Kim Hale', label: 'Person', existing: false, resolvedBy: 'named', mention: 'Kim Hale', confidence: 0.9, start: 0, end: 0, role: { title } };
    return new TargetStage({ text, gaz, mentions: [], frameworks: [], mainReport: report, government: () => government }).targetsFor({ kind: 'quote', start, end: start + words.length, speaker: who }).filter(notJudgedNamingNothing).map((t) => [t.name, t.stance]);
  };

  it('a shadow minister whose statement names no one judges the government', () => {
    expect(targetsOf('Wages are still lower than they were a decade ago, and families are worse off.', 'shadow chancellor')).toContainEqual(['HM Government', 'critical']);
    expect(targetsOf('This is the weakest recovery in living memory.', 'Shadow Business Secretary')).toContainEqual(['HM Government', 'critical']);
  });

  it('money that has fallen, dropped or been reduced blames the government, whoever speaks', () => {
    expect(targetsOf('Demand has risen every year while funding has fallen, and families are paying the price.', 'chief executive')).toContainEqual(['HM Government', 'critical']);
    expect(targetsOf('Our grants were reduced again this spring, so fewer children will get help.', 'chair')).toContainEqual(['HM Government', 'critical']);
  });

  it('a body of local government, or an association with "Government" in its name, is not the government: its blame counts', () => {
    expect(targetsOf('Demand has risen every year while funding has fallen.', '', 'Local Government Association')).toContainEqual(['HM Government', 'critical']);
    expect(targetsOf('Our members have had their budgets cut by a third.', '', 'Government Workers Union')).toContainEqual(['HM Government', 'critical']);
    expect(targetsOf('Demand has risen every year while funding has fallen.', '', 'Department for Education').map(([n]) => n)).not.toContain('HM Government');
  });

  it('a group named beside the cuts is who suffers them, and does not stand in for the government', () => {
    const councils = entity('group:councils', 'councils', { label: 'Group' });
    const words = 'Councils are under enormous pressure because their funding has fallen.';
    const text = `The fund raised its growth forecast on Tuesday.\n\nThe speaker said: “${words}”`;
    const start = text.indexOf(words);
    const mentions: Mention[] = [{ start, end: start + 8, entity: councils, via: 'name', surface: 'Councils' }];
    const who: Resolved = { id: 'organisation:care-network', name: 'Care Network', label: 'Organisation', existing: false, resolvedBy: 'named', mention: 'Care Network', confidence: 0.9, start: 0, end: 0 };
    const found = new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: report, government: () => government }).targetsFor({ kind: 'quote', start, end: start + words.length, speaker: who }).filter(notJudgedNamingNothing).map((t) => [t.name, t.stance]);
    expect(found).toContainEqual(['HM Government', 'critical']);
  });

  it('not a speaker without an opposition title', () => {
    expect(targetsOf('Wages are still lower than they were a decade ago, and families are worse off.', 'economist').map(([n]) => n)).not.toContain('HM Government');
  });
});

describe('a body named again by the head word of its name', () => {
  const brigade = entity('organisation:eastfield-fire-brigade', 'Eastfield Fire Brigade');
  const university = entity('organisation:northgate-university', 'Northgate University');
  const report = entity('report:culture-review', 'culture review', { label: 'Report', publishedBy: ['organisation:reviewer'] });
  const gaz = new Gazetteer([brigade, university, report], [], []);
  const targetsOf = (text: string, words: string) => {
    const mentions: Mention[] = [brigade, university].flatMap((e) => {
      const at = text.indexOf(e.name);
      return at >= 0 ? [{ start: at, end: at + e.name.length, entity: e, via: 'name' as const, surface: e.name }] : [];
    });
    const start = text.indexOf(words);
    const who: Resolved = { id: 'person:kim-hale', name: 'Kim Hale', label: 'Person', existing: false, resolvedBy: 'named', mention: 'Kim Hale', confidence: 0.9, start: 0, end: 0 };
    return new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: report }).targetsFor({ kind: 'quote', start, end: start + words.length, speaker: who }).filter(notJudgedNamingNothing).map((t) => t.name);
  };

  it('"the Brigade", "the university": the body named before with that word in its name', () => {
    const one = 'The review of Eastfield Fire Brigade was published.\n\nKim Hale said: “Bullying in parts of the Brigade went unchecked for years.”';
    expect(targetsOf(one, 'Bullying in parts of the Brigade went unchecked for years.')).toContain('Eastfield Fire Brigade');
    const two = 'The review of Northgate University was published.\n\nKim Hale said: “Complaints to the university were ignored for years.”';
    expect(targetsOf(two, 'Complaints to the university were ignored for years.')).toContain('Northgate University');
  });
});
