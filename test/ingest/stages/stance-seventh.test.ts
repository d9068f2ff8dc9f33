/**
 * Stance rules of the seventh round of issue 35 (src/ingest/stance.ts), on made-up sentences in Chorus's own
 * words: a report's proposals taken up (or turned down) judge the report, a pronoun's account predicated ("it's a
 * strong report", "not a whitewash") judges it, progress credited to it praises it, "support" naming a service is
 * no praise, feelings about its findings and its own attitudes are not the speaker's judgement of it, and a report
 * that matches what the speaker found before is endorsed (src/ingest/stages/targets.ts). Each pattern
 * is written at least twice, so a rule fitted to one wording fails.
 */
import { describe, expect, it } from 'vitest';
import { SpeakerResolver, type Resolved } from '../../../src/ingest/attribution.js';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { verdictOnAnswered } from '../../../src/ingest/stance.js';
import { governmentOf, TargetStage } from '../../../src/ingest/stages/targets.js';
import { toward } from '../../support/stance-toward.js';

const report = { ownPublication: true };
const answered = (text: string) => verdictOnAnswered(text, { mentionQuotes: true }).stance;

describe('a report\'s proposals taken up judge the report', () => {
  it('accepting, supporting or backing its recommendations or findings endorses it', () => {
    expect(answered('We accept all nine recommendations in full.')).toBe('supportive');
    expect(answered('I back the inspectors’ recommendations on training and staffing.')).toBe('supportive');
    expect(answered('The board agrees with the panel’s conclusions on safety.')).toBe('supportive');
  });
  it('carrying them out endorses it: "will act on these recommendations", "urged the minister to adopt its proposals"', () => {
    expect(answered('Hospital chiefs will act on these recommendations without delay.')).toBe('supportive');
    expect(answered('We have urged the minister to adopt its proposals as quickly as possible.')).toBe('supportive');
    expect(answered('It is now for ministers to deliver upon the recommendations.')).toBe('supportive');
  });
  it('in the passive: "will be addressed in full", "must be implemented"', () => {
    expect(answered('These recommendations will be addressed in full over the coming year.')).toBe('supportive');
    expect(answered('Its proposals must be fully implemented in every region.')).toBe('supportive');
  });
  it('accepting the findings while apologising for one\'s own failings is support, not mixed', () => {
    expect(answered('We fully accept the regulator’s findings, and we are sorry that we failed the families in our care.')).toBe('supportive');
    expect(answered('The trust accepts the report’s recommendations and apologises for its shortcomings.')).toBe('supportive');
  });
  it('turning them down faults it', () => {
    expect(answered('We reject these recommendations, which ignore the cost to rural schools.')).toBe('critical');
    expect(answered('We do not accept the review’s conclusions on staffing.')).toBe('critical');
  });
  it('disputing, contesting or challenging them faults it', () => {
    expect(answered('We strongly dispute the inspectors’ findings on staffing.')).toBe('critical');
    expect(answered('The trust will challenge the conclusions in court.')).toBe('critical');
    expect(answered('The council questioned its recommendations on funding.')).toBe('critical');
  });
  it('"question" and "challenge" as nouns are no rebuttal', () => {
    expect(answered('The question the findings raise is who pays.')).toBe('neutral');
    expect(answered('Councils face the challenge of meeting the recommendations.')).toBe('neutral');
  });
  it('someone else not carrying them out, or the speaker\'s own recommendations, are no verdict on the report', () => {
    expect(answered('The trust has still not implemented the recommendations of the last review.')).toBe('neutral');
    expect(answered('Our recommendations should be adopted by every council.')).toBe('neutral');
    expect(answered('Support for families has been cut again this year.')).toBe('neutral');
  });
  it('"to back this": what the report proposes, by pronoun; "back" that is not a verb of support is nothing', () => {
    expect(answered('Members voted at the conference to back this, alongside other unions.')).toBe('supportive');
    expect(answered('The tenants’ forum will fully back it.')).toBe('supportive');
    expect(answered('Staff want to come back to work after the summer.')).toBe('neutral');
    expect(answered('We will pay it back within two years.')).toBe('neutral');
  });
  it('toward a report it names, too: its recommendations acted on', () => {
    expect(toward('The authority will act on the report’s recommendations.', 'the report’s', report).stance).toBe('supportive');
    expect(toward('The review’s proposals will be taken forward by the board.', 'The review’s', report).stance).toBe('supportive');
  });
});

describe('an account predicated of the report by a pronoun', () => {
  it('"it\'s quite a strong report", "this is a careful and fair review": supportive', () => {
    expect(answered('I think it’s quite a strong report with clear criticisms.')).toBe('supportive');
    expect(answered('This is a careful and fair review of what went wrong.')).toBe('supportive');
  });
  it('"not a whitewash" defends it, "a whitewash" faults it', () => {
    expect(answered('I don’t believe it’s a whitewash.')).toBe('supportive');
    expect(answered('Frankly, the whole thing is a whitewash.')).toBe('critical');
  });
  it('a judging word of something that is not an account is no verdict on it', () => {
    expect(answered('It is a strong community with a proud history.')).toBe('neutral');
    expect(answered('It was a poor year for the harvest.')).toBe('neutral');
  });
});

describe('progress credited to a report or its proposals', () => {
  it('"a big step forward", "a step in the right direction", "lays the foundations for"', () => {
    expect(toward('This review is a major step forward for tenants.', 'This review', report).stance).toBe('supportive');
    expect(toward('The plan in the report is a step in the right direction.', 'the report', report).stance).toBe('supportive');
    expect(toward('The report’s proposals lay the foundations for safer wards.', 'The report’s', report).stance).toBe('supportive');
  });
  it('coming forward is not progress', () => {
    expect(toward('The report asks more witnesses to step forward.', 'The report', report).stance).toBe('neutral');
  });
});

describe('"support" naming a service is not praise', () => {
  it('"care and support planning", "advice and support", "support services": the judgement is the clause\'s', () => {
    expect(toward('A lack of assessment, care and support planning at the council left pupils at risk.', 'the council').stance).toBe('critical');
    expect(toward('The trust offered poor advice and support to new mothers.', 'The trust').stance).toBe('critical');
    expect(toward('The county cut its support services and left carers struggling.', 'The county').stance).toBe('critical');
  });
  it('support given to someone still praises them', () => {
    expect(toward('We fully support the council in its plans.', 'the council').stance).toBe('supportive');
  });
});

describe('feelings about the findings, and the study\'s own attitudes, are not a judgement of the report', () => {
  it('"the findings in X\'s report are shocking", "the findings from this review are troubling": neutral', () => {
    expect(toward('The findings in the inspector’s report are shocking.', 'the inspector’s report', report).stance).toBe('neutral');
    expect(toward('The findings from this review are deeply troubling.', 'this review', report).stance).toBe('neutral');
  });
  it('also where the report is what the statement is about without a name the rules place', () => {
    expect(toward('The findings in the watchdog’s report are shocking, and every family deserves better.', null, { ...report, topic: true }).stance).toBe('neutral');
    expect(toward('Its findings are alarming for every parent.', null, { ...report, topic: true }).stance).toBe('neutral');
  });
  it('"the audit agreed with …", "the inspection praised …": what it found', () => {
    expect(toward('The audit agreed with most of the council’s decisions and found its checks effective.', 'The audit', report).stance).toBe('neutral');
    expect(toward('The inspection praised the new managers and found staff well trained.', 'The inspection', report).stance).toBe('neutral');
  });
  it('the speaker agreeing with the audit still endorses it', () => {
    expect(toward('We agree with the audit on every point.', 'the audit', report).stance).toBe('supportive');
  });
});

describe('a report that matches what the speaker found before is endorsed (targets.ts)', () => {
  const entity = (id: string, label: Entity['label'], name: string, extra: Partial<Entity> = {}): Entity => ({ id, label, name, aliases: [], roles: [], publishedBy: [], ...extra });
  const board = entity('organisation:harbour-board', 'Organisation', 'Harbour Board');
  const review = entity('report:harbour-review-2024', 'Report', 'Harbour Review 2024', { publishedBy: [board.id] });
  const gaz = new Gazetteer([board, review], [], []);
  const who: Resolved = { id: 'person:ann-lowe', name: 'Ann Lowe', label: 'Person', existing: false, resolvedBy: 'named', mention: 'Ann Lowe', confidence: 0.9, start: 0, end: 0 };
  const stanceOn = (text: string, words: string) => {
    const mentions = gaz.mentions(text);
    const resolver = new SpeakerResolver(text, gaz, mentions, () => review.id);
    const s = new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: review, government: (at) => governmentOf(gaz, resolver, at) });
    const start = text.indexOf(words);
    return s.targetsFor({ kind: 'quote', start, end: start + words.length, speaker: who }).find((t) => t.target === review.id);
  };
  it('named: "the issues in the review mirror what we have found", "its account echoes our own research"', () => {
    const named = 'Ann Lowe said: “The issues raised in the Harbour Review 2024 mirror what we have found in our own surveys of the quays.”';
    expect(stanceOn(named, 'The issues raised in the Harbour Review 2024 mirror what we have found in our own surveys of the quays.')).toMatchObject({ stance: 'supportive', cues: expect.arrayContaining([expect.stringMatching(/^the speaker vindicated/)]) });
    const echoed = 'Ann Lowe said: “The Harbour Review 2024 echoes our own research on silt in the channel.”';
    expect(stanceOn(echoed, 'The Harbour Review 2024 echoes our own research on silt in the channel.')).toMatchObject({ stance: 'supportive' });
  });
  it('not named: "what it describes is consistent with what we have seen on the quays"', () => {
    const text = 'Ann Lowe said: “What it describes is consistent with what we have seen on the quays for a decade.”';
    expect(stanceOn(text, 'What it describes is consistent with what we have seen on the quays for a decade.')).toMatchObject({ stance: 'supportive' });
  });
  it('the speaker\'s own findings, matched by nothing, are no endorsement', () => {
    const text = 'Ann Lowe said: “What we have found on the quays is a silted channel.”';
    expect(stanceOn(text, 'What we have found on the quays is a silted channel.')).toMatchObject({ stance: 'neutral' });
  });
});

describe('praise or welcome the speaker is reluctant to give is withheld', () => {
  it('"uncomfortable to praise", "difficult to welcome", "reluctant to endorse": critical', () => {
    expect(toward('I find it uncomfortable to praise the chairman after all this.', 'the chairman').stance).toBe('critical');
    expect(toward('We find it difficult to welcome this report.', 'this report', report).stance).toBe('critical');
    expect(toward('The union is reluctant to endorse the review while so much is left out.', 'the review', report).stance).toBe('critical');
  });
  it('only the verb after it: "hard to overstate how damaging" still faults, and praise given gladly is praise', () => {
    expect(toward('It is hard to say how damaging the board has been.', 'the board').stance).toBe('critical');
    expect(toward('We are pleased to praise the chairman for his work.', 'the chairman').stance).toBe('supportive');
  });
});

describe('a report\'s content after "But it also shows", "and they also found" is what it found', () => {
  it('a pronoun that reports, after a conjunction and an adverb, introduces findings: neutral toward the report', () => {
    expect(toward('The inspection agreed with most of the decisions. But they also identified some flawed and careless checks.', 'The inspection', report).stance).toBe('neutral');
    expect(toward('The audit was published on Monday. And it also found that some budgets were poorly kept.', 'The audit', report).stance).toBe('neutral');
  });
  it('a judgement of the report in such a sentence still counts', () => {
    expect(toward('The audit is a careful piece of work. But it wrongly blames the staff.', 'The audit', report).stance).not.toBe('neutral');
  });
});
