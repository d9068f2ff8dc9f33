/**
 * Target rules of the seventh round of issue 35 (new-entity-mentions.ts, targets.ts), on made-up text in
 * Chorus's own words, each pattern in at least two wordings:
 * - a body the text names in full with its initials in brackets is a body, named again by those initials;
 * - a police force is a body ("Westmarch Police", "Dunmore Constabulary"), named again by its place or a
 *   clipping of it after "the" ("the Westmarch", "the Met"), and described as "the force";
 * - what a report describes ("the conduct outlined in this report", "the failings the review identified")
 *   judges the body the report assesses, whoever speaks.
 */
import { describe, expect, it } from 'vitest';
import { entity, quote, speaker } from '../../support/target-candidates.js';
import type { Resolved } from '../../../src/ingest/attribution.js';
import { Gazetteer, type Entity, type Mention } from '../../../src/ingest/gazetteer.js';
import { namedActorCandidates, newEntityMentions } from '../../../src/ingest/stages/new-entity-mentions.js';
import { TargetStage } from '../../../src/ingest/stages/targets.js';
import type { DraftTarget } from '../../../src/ingest/draft.js';

/** These cases are about who speaks for whom; the subject that anyone's judging words fall back on is targets-thirteenth's. */
const notJudgedNamingNothing = (t: DraftTarget) => !t.cues[0]!.startsWith('judges, naming nothing');

const bodies = (text: string) => namedActorCandidates(text).filter((c) => c.label === 'Organisation').map((c) => c.name);

describe('a body named in full with its initials in brackets', () => {
  it('is a body, whatever its last word, and is named again by its initials', () => {
    const text = 'Players wrote to the Northern Netball League (NNL) on Friday. The NNL has not replied, and neither has the Campaign for Fair Play (CFP).';
    expect(bodies(text)).toEqual(expect.arrayContaining(['Northern Netball League', 'Campaign for Fair Play']));
    const league = namedActorCandidates(text).find((c) => c.name === 'Northern Netball League')!;
    expect(newEntityMentions(text, [league]).map((m) => m.surface)).toEqual(['Northern Netball League', 'NNL', 'NNL']);
  });

  it('keeps the words its initials stand for, dropping the words before them ("and", "the", a verb)', () => {
    const text = 'Yesterday Fans Criticised the Kent and Sussex Rowing Association (KSRA) again, as did Coaches United Together (CUT).';
    expect(bodies(text)).toEqual(expect.arrayContaining(['Kent and Sussex Rowing Association', 'Coaches United Together']));
    expect(bodies(text)).not.toContain('Yesterday Fans Criticised the Kent and Sussex Rowing Association');
  });

  it('initials may leave out a joining word\'s partner ("Mercia and Wessex Chess Board (MCB)")', () => {
    expect(bodies('Members blamed the Mercia and Wessex Chess Board (MCB) for the delay.')).toContain('Mercia and Wessex Chess Board');
  });

  it('is not a plan, a policy, a report or a measure abbreviated the same way', () => {
    const text = 'The Clean Rivers Plan (CRP) and the Home Warmth Obligation (HWO) were judged in the Annual Water Assessment (AWA) and the Fair Pay Act (FPA).';
    expect(bodies(text)).toEqual([]);
  });

  it('is the graph\'s body when the graph knows its initials or its name, however the text spells it', () => {
    const known = (name: string) => ['LRO', 'Lake Rowing Office'].includes(name);
    expect(namedActorCandidates('The report proves the Land Registry Office’s (LRO) claim.', known).map((c) => c.name)).toEqual([]);
    expect(namedActorCandidates('Rowers wrote to the Lake Rowing Office (LKO) twice.', known).map((c) => c.name)).toEqual([]);
    expect(bodies('The report proves the Northern Netball League’s (NNL) claim.')).toContain('Northern Netball League');
  });

  it('is not initials that do not fit its words', () => {
    // (A name with a company's suffix, "Grant Holdings Limited", is a body by that suffix alone: not the test here.)
    expect(bodies('Grant Holdings Northern (XYZ) said nothing.')).not.toContain('Grant Holdings Northern');
  });
});

describe('a police force', () => {
  it('is a body by its head word, "Police" or "Constabulary"', () => {
    const text = 'Officers of the Westmarch Police were dismissed. Dunmore Constabulary said it had learned lessons.';
    expect(bodies(text)).toEqual(expect.arrayContaining(['Westmarch Police', 'Dunmore Constabulary']));
  });

  it('is named again by its place, or a clipping of it, after "the"', () => {
    const text = 'The review of the Metropolitan Police was published. Critics said the Met had ignored it. The Westmarch Police apologised; the Westmarch has since changed its vetting. The Metro Bank was not involved.';
    const refs = namedActorCandidates(text).filter((c) => /Police$/.test(c.name));
    const found = newEntityMentions(text, refs).map((m) => [m.surface, m.entity.name]);
    expect(found).toContainEqual(['Met', 'Metropolitan Police']);
    expect(found).toContainEqual(['Westmarch', 'Westmarch Police']);
    expect(found.filter(([surface]) => surface === 'Metro')).toEqual([]);
  });
});


describe('a police force described as "the force"', () => {
  const watchdog = entity('organisation:conduct-office', 'Organisation', 'Conduct Office');
  const report = entity('report:conduct-office-2025', 'Report', 'Conduct Office report', { publishedBy: [watchdog.id] });
  const force = entity('candidate:organisation:Westmarch Police', 'Organisation', 'Westmarch Police');
  const constabulary = entity('candidate:organisation:Dunmore Constabulary', 'Organisation', 'Dunmore Constabulary');
  const gaz = new Gazetteer([watchdog, report], [], []);
  const mention = (text: string, e: Entity, surface: string): Mention => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length, entity: e, via: 'name', surface });
  const stage = (text: string, ms: Mention[]) => new TargetStage({ text, gaz, mentions: ms, frameworks: [], mainReport: report });

  it('is the police body named before, in either wording', () => {
    const one = 'The Conduct Office looked at Westmarch Police.\n\nAva Lund said: “The force has lost the trust of the women it serves.”';
    const two = 'Dunmore Constabulary was inspected last spring.\n\nBen Ode said: “Nobody believes this force can reform itself.”';
    expect(stage(one, [mention(one, force, 'Westmarch Police')]).targetsFor(quote(one, 'The force has lost the trust of the women it serves.', speaker('Ava Lund'))).map((t) => t.name)).toContain('Westmarch Police');
    expect(stage(two, [mention(two, constabulary, 'Dunmore Constabulary')]).targetsFor(quote(two, 'Nobody believes this force can reform itself.', speaker('Ben Ode'))).map((t) => t.name)).toContain('Dunmore Constabulary');
  });
});

describe('what a report describes judges the body the report assesses', () => {
  const watchdog = entity('organisation:conduct-office', 'Organisation', 'Conduct Office');
  const report = entity('report:conduct-office-2025', 'Report', 'Conduct Office report', { publishedBy: [watchdog.id] });
  const force = entity('candidate:organisation:Westmarch Police', 'Organisation', 'Westmarch Police');
  const gaz = new Gazetteer([watchdog, report], [], []);
  const subjectIn = (text: string): Mention => ({ start: text.indexOf('Westmarch Police'), end: text.indexOf('Westmarch Police') + 16, entity: force, via: 'name', surface: 'Westmarch Police' });
  const government = entity('organisation:hm-government', 'Organisation', 'HM Government', { kind: 'government' });
  const stage = (text: string) => new TargetStage({ text, gaz, mentions: [subjectIn(text)], frameworks: [], mainReport: report, subject: subjectIn(text), government: () => government });
  const head = 'A Conduct Office report on Westmarch Police was published today.\n\n';

  it('"the conduct outlined in this report", "the failings the review identified": the subject, beside the report', () => {
    const one = `${head}Cara Moss said: “The conduct outlined in this report is shameful and must never be repeated.”`;
    const two = `${head}Dev Shah said: “Every one of the failings the review identified was avoidable.”`;
    const three = `${head}Eli Park said: “What was uncovered by the investigation should shock every officer.”`;
    const names = (text: string, words: string, who: string) => stage(text).targetsFor(quote(text, words, speaker(who))).map((t) => t.name);
    expect(names(one, 'The conduct outlined in this report is shameful and must never be repeated.', 'Cara Moss')).toContain('Westmarch Police');
    expect(names(two, 'Every one of the failings the review identified was avoidable.', 'Dev Shah')).toContain('Westmarch Police');
    expect(names(three, 'What was uncovered by the investigation should shock every officer.', 'Eli Park')).toContain('Westmarch Police');
  });

  it('also where the report is named by its publisher ("this Conduct Office report", "the Conduct Office\'s review")', () => {
    const withPublisher = (text: string) => {
      const office: Mention[] = [...text.matchAll(/Conduct Office/g)].map((m) => ({ start: m.index!, end: m.index! + 14, entity: watchdog, via: 'name' as const, surface: 'Conduct Office' }));
      const mentions = [...office, subjectIn(text)].sort((a, b) => a.start - b.start);
      return new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: report, subject: subjectIn(text), government: () => government });
    };
    const one = `${head}Cara Moss said: “The misconduct described in this Conduct Office report is appalling.”`;
    const two = `${head}Dev Shah said: “The culture that the Conduct Office\'s review exposed has no place in policing.”`;
    expect(withPublisher(one).targetsFor(quote(one, 'The misconduct described in this Conduct Office report is appalling.', speaker('Cara Moss'))).map((t) => t.name)).toContain('Westmarch Police');
    expect(withPublisher(two).targetsFor(quote(two, 'The culture that the Conduct Office\'s review exposed has no place in policing.', speaker('Dev Shah'))).map((t) => t.name)).toContain('Westmarch Police');
  });

  it('not a statement about the report itself, nor one that names who it judges', () => {
    const one = `${head}Cara Moss said: “This report is thorough and fair.”`;
    const two = `${head}Dev Shah said: “The failings this review identified show that ministers were warned.”`;
    expect(stage(one).targetsFor(quote(one, 'This report is thorough and fair.', speaker('Cara Moss'))).map((t) => t.name)).not.toContain('Westmarch Police');
    const found = stage(two).targetsFor(quote(two, 'The failings this review identified show that ministers were warned.', speaker('Dev Shah'))).map((t) => t.name);
    expect(found).not.toContain('Westmarch Police');
  });
});

describe('the publisher speaking by its initials states its findings about the report\'s subject', () => {
  const inspectorate = entity('organisation:care-inspectorate-wessex', 'Organisation', 'Care Inspectorate Wessex');
  const report = entity('report:care-inspectorate-wessex-2025', 'Report', 'inspection of Eastvale', { publishedBy: [inspectorate.id] });
  const council = entity('council:eastvale', 'Council', 'Eastvale Council');
  const gaz = new Gazetteer([inspectorate, report, council], [], []);
  const body = (name: string): Resolved => ({ id: `organisation:${name.toLowerCase()}`, name, label: 'Organisation', existing: false, resolvedBy: 'named', mention: name, confidence: 0.9, start: 0, end: 0 });
  const run = (text: string, words: string, who: Resolved) => {
    const mentions = gaz.mentions(text);
    const subject = mentions.find((m) => m.entity.id === council.id)!;
    return new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: report, subject }).targetsFor(quote(text, words, who)).filter(notJudgedNamingNothing).map((t) => t.name);
  };

  it('"CIW said", "a spokesperson for the CIW said": the subject, as for the publisher named in full', () => {
    const one = 'Care Inspectorate Wessex (CIW) inspected Eastvale Council in May.\n\nCIW said: “Too many referrals wait more than a week.”';
    const two = 'Care Inspectorate Wessex (CIW) inspected Eastvale Council in May.\n\nA spokesperson for the CIW said: “Assessments are now done on time.”';
    expect(run(one, 'Too many referrals wait more than a week.', body('CIW'))).toContain('Eastvale Council');
    const spokesperson: Resolved = { ...body('CIW'), id: 'organisation:ciw-spokesperson', name: 'spokesperson', role: { title: 'spokesperson', at: 'organisation:ciw', atName: 'CIW' } } as Resolved;
    expect(run(two, 'Assessments are now done on time.', spokesperson)).toContain('Eastvale Council');
  });

  it('not another body whose initials are not the publisher\'s', () => {
    const text = 'Care Inspectorate Wessex (CIW) inspected Eastvale Council in May.\n\nCWA said: “Too many referrals wait more than a week.”';
    expect(run(text, 'Too many referrals wait more than a week.', body('CWA'))).not.toContain('Eastvale Council');
  });
});

describe('"the local authority", "the local council": the council named before, however it was labelled', () => {
  const inspectorate = entity('organisation:care-inspectorate-wessex', 'Organisation', 'Care Inspectorate Wessex');
  const report = entity('report:care-inspectorate-wessex-2025', 'Report', 'inspection report', { publishedBy: [inspectorate.id] });
  const proposedCouncil = entity('organisation:eastvale-borough-council', 'Organisation', 'Eastvale Borough Council');
  const gaz = new Gazetteer([inspectorate, report], [], []);
  const run = (text: string, words: string) => {
    const at = text.indexOf('Eastvale Borough Council');
    const mentions: Mention[] = [{ start: at, end: at + 24, entity: proposedCouncil, via: 'name', surface: 'Eastvale Borough Council' }];
    return new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: report }).targetsFor(quote(text, words, speaker('Ann Cole'))).filter(notJudgedNamingNothing).map((t) => t.name);
  };

  it('in either wording', () => {
    const one = 'Eastvale Borough Council was inspected in May.\n\nAnn Cole said: “The local authority has shown strong leadership this year.”';
    const two = 'Eastvale Borough Council was inspected in May.\n\nAnn Cole said: “Families were let down by the local council for too long.”';
    expect(run(one, 'The local authority has shown strong leadership this year.')).toContain('Eastvale Borough Council');
    expect(run(two, 'Families were let down by the local council for too long.')).toContain('Eastvale Borough Council');
  });
});

describe('a councillor speaking of an inspection of a council judges the council', () => {
  const inspectorate = entity('organisation:care-inspectorate-wessex', 'Organisation', 'Care Inspectorate Wessex');
  const report = entity('report:care-inspectorate-wessex-2025', 'Report', 'inspection of Eastvale', { publishedBy: [inspectorate.id] });
  const council = entity('council:eastvale', 'Council', 'Eastvale Council');
  const gaz = new Gazetteer([inspectorate, report, council], [], []);
  const run = (text: string, words: string, who: Resolved) => {
    const mentions = gaz.mentions(text);
    const subject = mentions.find((m) => m.entity.id === council.id)!;
    return new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: report, subject }).targetsFor(quote(text, words, who)).filter(notJudgedNamingNothing).map((t) => t.name);
  };
  const head = 'Care Inspectorate Wessex inspected Eastvale Council in May.\n\n';

  it('"Cllr …" or a council leader, in a statement that names no one', () => {
    const one = `${head}Cllr Rita Bell said: “Nobody on this committee thinks this is good enough.”`;
    const two = `${head}The council leader, Omar Said, said: “I want every part of this service to succeed.”`;
    expect(run(one, 'Nobody on this committee thinks this is good enough.', speaker('Cllr Rita Bell'))).toContain('Eastvale Council');
    const leader: Resolved = { ...speaker('Omar Said'), role: { title: 'council leader' } };
    expect(run(two, 'I want every part of this service to succeed.', leader)).toContain('Eastvale Council');
  });

  it('not someone else, nor a councillor who names who they judge', () => {
    const one = `${head}Rita Bell, a parent, said: “Nobody on this committee thinks this is good enough.”`;
    const two = `${head}Cllr Rita Bell said: “Care Inspectorate Wessex has been unfair to our staff.”`;
    expect(run(one, 'Nobody on this committee thinks this is good enough.', speaker('Rita Bell'))).not.toContain('Eastvale Council');
    expect(run(two, 'Care Inspectorate Wessex has been unfair to our staff.', speaker('Cllr Rita Bell'))).not.toContain('Eastvale Council');
  });
});
