/**
 * Target rules of issue 35's round on a regulator's findings (src/ingest/stages/report-subject.ts,
 * judged-collectives.ts), on made-up text in Chorus's own words: public services named by what they do ("child
 * protection services", "maternity services") are what an inspection or review of them judges where no body is
 * named as its subject; a body named as what the inspection is of comes first, and services named in passing are
 * no subject. An inspector quoted with no body of their own, in an article about an inspectorate's report, speaks for
 * that inspectorate, so their findings judge what it assesses (targets.ts). An industry named as "X firms" and "X
 * companies" is one collective, named as the text first names it.
 */
import { describe, expect, it } from 'vitest';
import type { Resolved } from '../../../src/ingest/attribution.js';
import { Gazetteer, type Entity, type Mention } from '../../../src/ingest/gazetteer.js';
import { collectiveMentions, serviceMentions } from '../../../src/ingest/stages/judged-collectives.js';
import { reportSubject } from '../../../src/ingest/stages/report-subject.js';
import { TargetStage } from '../../../src/ingest/stages/targets.js';
import type { DraftTarget } from '../../../src/ingest/draft.js';

/** These cases are about who speaks for whom; the subject that anyone's judging words fall back on is targets-thirteenth's. */
const notJudgedNamingNothing = (t: DraftTarget) => !t.cues[0]!.startsWith('judges, naming nothing');

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({ id, label: 'Organisation', name, aliases: [], roles: [], publishedBy: [], ...extra });

const subjectOf = (title: string, text: string, bodyNames: string[] = []) => {
  const bodies: Mention[] = bodyNames.flatMap((name) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, entity: entity(`organisation:${name}`, name), via: 'name' as const, surface: name })),
  );
  return reportSubject({ text, title, ledeEnd: Math.min(text.length, 200), actors: bodies, headlineActors: [], isPublisher: () => false, speakers: new Set(), services: serviceMentions(text), headlineServices: serviceMentions(title) })?.entity.name;
};

describe('the public services an inspection is of are its subject where no body is', () => {
  it('a regulator\'s verb on them in the lede: "inspectors have criticised child protection services"', () => {
    expect(subjectOf('Failings put children at risk', 'Inspectors have criticised child protection services across the region after finding delays.')).toBe('child protection services');
    expect(subjectOf('Wards short of staff', 'The regulator inspected maternity services in three towns last spring and found too few midwives.')).toBe('maternity services');
  });
  it('"a review of …", "an inspection of …" in the headline or the lede', () => {
    expect(subjectOf('A review of maternity services in the north', 'The review found that maternity services had too few midwives on night shifts.')).toBe('maternity services');
    expect(subjectOf('Waits too long, says watchdog', 'An inspection of adult social care services in the borough found long waits for assessments.')).toBe('adult social care services');
  });
  it('a body named as what the inspection is of comes first; services named in passing are no subject', () => {
    expect(subjectOf('Council inspected', 'An inspection of Eastvale Trust found that mental health services there were stretched.', ['Eastvale Trust'])).toBe('Eastvale Trust');
    expect(subjectOf('Budget announced', 'Ministers said on Monday that mental health services would get more money.')).toBeUndefined();
  });
});

describe('an inspector with no body of their own speaks for the inspectorate whose report the article is about', () => {
  const inspectorate = entity('organisation:family-care-inspectorate', 'Family Care Inspectorate');
  const report = entity('report:family-care-2025', 'Family Care Inspectorate report', { label: 'Report', publishedBy: [inspectorate.id] });
  const gaz = new Gazetteer([inspectorate, report], [], []);
  const services = entity('candidate:organisation:fostering services', 'fostering services');
  const head = 'Inspectors have criticised fostering services across the county.\n\n';
  const person = (name: string, title: string): Resolved => ({ id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, name, label: 'Person', existing: false, resolvedBy: 'named', mention: name, confidence: 0.9, start: 0, end: 0, role: { title } });
  const targetsOf = (text: string, words: string, who: Resolved) => {
    const subject: Mention = { start: text.indexOf('fostering services'), end: text.indexOf('fostering services') + 18, entity: services, via: 'name', surface: 'fostering services' };
    const start = text.indexOf(words);
    return new TargetStage({ text, gaz, mentions: [subject], frameworks: [], mainReport: report, subject }).targetsFor({ kind: 'quote', start, end: start + words.length, speaker: who }).filter(notJudgedNamingNothing).map((t) => [t.name, t.stance]);
  };

  it('"X, HM chief inspector, said", "the senior inspector Y said": their findings judge the services inspected', () => {
    const one = `${head}Ruth Adey, HM chief inspector, said: “Checks on new carers were too often late.”`;
    const two = `${head}The senior inspector, Omar Finch, said: “Support for carers falls well short in every area.”`;
    expect(targetsOf(one, 'Checks on new carers were too often late.', person('Ruth Adey', 'HM chief inspector'))).toContainEqual(['fostering services', 'critical']);
    expect(targetsOf(two, 'Support for carers falls well short in every area.', person('Omar Finch', 'senior inspector'))).toContainEqual(['fostering services', 'critical']);
  });

  it('not a speaker with another title, nor an inspector of a body the text names', () => {
    const text = `${head}Ruth Adey said: “Checks on new carers were too often late.”`;
    expect(targetsOf(text, 'Checks on new carers were too often late.', person('Ruth Adey', 'foster carer')).map(([name]) => name)).not.toContain('fostering services');
    const other: Resolved = { ...person('Ruth Adey', 'chief inspector'), role: { title: 'chief inspector', at: 'organisation:schools-office', atName: 'Schools Office' } };
    expect(targetsOf(text, 'Checks on new carers were too often late.', other).map(([name]) => name)).not.toContain('fostering services');
  });
});

describe('"firms" and "companies" of one kind are one industry', () => {
  const names = (text: string) => collectiveMentions(text).filter((m) => m.entity.label === 'Group').map((m) => [m.surface, m.entity.name]);

  it('named as the text first names it, in either order', () => {
    expect(names('The regulator fined three energy companies. Energy firms must now repay customers.')).toEqual([
      ['energy companies', 'energy companies'],
      ['Energy firms', 'energy companies'],
    ]);
    expect(names('Rail firms ran fewer trains. Passengers blamed the rail companies for the cuts.')).toEqual([
      ['Rail firms', 'rail firms'],
      ['rail companies', 'rail firms'],
    ]);
  });

  it('not firms of another kind', () => {
    expect(names('Water companies missed targets, while energy firms met theirs.').map(([, name]) => name)).toEqual(['water companies', 'energy firms']);
  });
});
