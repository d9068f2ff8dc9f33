/**
 * Stance rules of issue 35's eleventh round (src/ingest/stance.ts), on made-up sentences in Chorus's own words:
 * - accepting a report supports it: the answering side conceding what it found ("we accept that …", "the agency
 *   recognises that …"), its proposals taken up by a pronoun that refers back to them ("adopting almost all of them");
 *   taking its findings "seriously" alone is an acknowledgement, not support (the corpus codes it neutral twice in three);
 * - a negation that strengthens agreement ("could not agree more", "there is no disputing the evidence", "its findings
 *   cannot be denied") affirms, and a negation of the will to act ("not have the will to fix the problems") faults the
 *   one who lacks it, not the problems;
 * - what a report found is its content, not a judgement of it ("the concerns raised in the audit"), and a situation
 *   that is hard for a body ("a difficult year for the agency") or that something else brought on it ("the cuts meant
 *   the council had fewer staff") describes its circumstances, neither blame nor praise, and so does a body's answer
 *   to the speaker's own concerns ("took action to address my concerns"): no blame is presumed of them.
 * Each pattern is written at least twice, so a rule fitted to one wording fails; the last case of each block keeps
 * the words' other uses.
 */
import { describe, expect, it } from 'vitest';
import { scoreStance, verdictOnAnswered } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

const report = { ownPublication: true } as const;

describe("accepting a report's findings or proposals supports it", () => {
  it('the answering side conceding what it found', () => {
    expect(verdictOnAnswered('We accept that our records were not good enough.').stance).toBe('supportive');
    expect(verdictOnAnswered('The agency recognises that the delays put families at risk and will act on them.').stance).toBe('supportive');
    expect(verdictOnAnswered('Northway Trust fully acknowledges that its wards were short of staff.').stance).toBe('supportive');
    expect(toward('The council acknowledges that the inspection found real gaps in its care.', 'the inspection', report).stance).toBe('supportive');
  });
  it('not a concession denied, nor one a report makes', () => {
    expect(verdictOnAnswered('The department does not accept that its policy caused hardship.').stance).toBe('neutral');
    expect(verdictOnAnswered('The review acknowledges that staff worked hard under pressure.').stance).toBe('neutral');
    expect(verdictOnAnswered('It recognises that staff worked hard under pressure.').stance).toBe('neutral');
  });
  it('its proposals taken up by a pronoun that refers back to them', () => {
    expect(toward('Having weighed the recommendations of the review, the ministry is adopting almost all of them.', 'the review', report).stance).toBe('supportive');
    expect(toward("We have studied the audit's proposals with care and we will implement them in full.", "the audit's proposals", report).stance).toBe('supportive');
    expect(toward('The inquiry made twelve recommendations and the board rejected most of them.', 'The inquiry', report).stance).toBe('critical');
  });
  it('findings taken seriously acknowledge, a pronoun with no proposal before it refers to none', () => {
    expect(toward('We take the findings of the review extremely seriously.', 'the review', report).stance).toBe('neutral');
    expect(toward('The review was published in May and the minister will implement them soon.', 'The review', report).stance).toBe('neutral');
    expect(scoreStance('The landlord did not take the complaints seriously.').stance).not.toBe('supportive');
  });
});

describe('a negation that strengthens agreement affirms', () => {
  it('agreement that could not be greater', () => {
    expect(toward('I could not agree more with the inspectors about what must change.', 'the inspectors').stance).toBe('supportive');
    expect(toward("Frankly we can't agree more with the commissioner on this.", 'the commissioner').stance).toBe('supportive');
    expect(toward('We do not agree with the commissioner on this.', 'the commissioner').stance).toBe('critical');
  });
  it('what a report shows put beyond dispute', () => {
    expect(toward('This review is long. There can be no disputing the evidence it gathered from hundreds of families.', 'This review', report).stance).toBe('supportive');
    expect(toward('The facts set out in the report cannot be denied.', 'the report', report).stance).toBe('supportive');
    expect(toward('Nobody can seriously question the findings of this inquiry.', 'this inquiry', report).stance).toBe('supportive');
  });
  it('certainty about a failing is not praise of whoever failed', () => {
    expect(toward('There is no disputing that the council failed these children.', 'the council').stance).not.toBe('supportive');
    expect(toward('It cannot be denied that the ministry ignored the warnings.', 'the ministry').stance).not.toBe('supportive');
  });
});

describe('a negation of the will to act faults whoever lacks it, not what was to be fixed', () => {
  it('"not have the will to", "no appetite to", "lacks the courage to"', () => {
    expect(toward('Ministers order review after review and then do not have the will to fix the problems they find.', 'Ministers').stance).toBe('critical');
    expect(toward('The department has no appetite to solve the failings in its own services.', 'The department').stance).toBe('critical');
    expect(toward('The board lacked the courage to confront the abuse that staff reported.', 'The board').stance).toBe('critical');
  });
  it('the will to act that is there is no fault', () => {
    expect(toward('The board has the will to fix the problems staff reported.', 'The board').stance).not.toBe('critical');
  });
});

describe("what a report found is its content, not a judgement of it", () => {
  it('a judging word the report found, raised or described', () => {
    expect(toward('Officials have been passing on the concerns raised in the audit to ministers for years.', 'the audit', report).stance).toBe('neutral');
    expect(toward('The weaknesses identified by the inspection were known to the trust already.', 'the inspection', report).stance).toBe('neutral');
    expect(toward('The failings described in this review are ones we recognise.', 'this review', report).stance).not.toBe('critical');
  });
  it('a judgement of the report itself still counts', () => {
    expect(toward('The concerns we have about the audit are serious: it is flawed.', 'the audit', report).stance).toBe('critical');
  });
});

describe('a situation that is hard for a body describes its circumstances', () => {
  it('"a difficult year for X", "serious pressures for X"', () => {
    const a = toward('Inspectors found it had been a particularly difficult year for Eastbrook Council.', 'Eastbrook Council');
    expect(a.stance).toBe('neutral');
    expect(a.circumstances).toBe(true);
    const b = toward('Rising demand has created real difficulties for the Northgate ambulance trust.', 'the Northgate ambulance trust');
    expect(b.stance).toBe('neutral');
    expect(b.circumstances).toBe(true);
  });
  it('a judgement of the body, or a situation it caused, still counts', () => {
    expect(toward('It was a disgraceful year for Eastbrook Council.', 'Eastbrook Council').stance).toBe('critical');
    expect(toward('Eastbrook Council has created real difficulties for families.', 'Eastbrook Council').circumstances).toBeFalsy();
  });
});

describe('what something else brought on a body describes its circumstances', () => {
  it('the body after a verb of causing ("meant", "left", "forced")', () => {
    const a = toward('The spending cuts meant the Westfield council had fewer social workers that winter.', 'the Westfield council');
    expect(a.stance).toBe('neutral');
    expect(a.circumstances).toBe(true);
    const b = toward('Staff shortages left the ambulance service with less time for training.', 'the ambulance service');
    expect(b.stance).toBe('neutral');
    expect(b.circumstances).toBe(true);
  });
  it('not the body that brought it on others', () => {
    const c = toward("The council's failures meant children were left at risk.", "The council's");
    expect(c.stance).toBe('critical');
    expect(c.circumstances).toBeFalsy();
  });
});

describe("a body's answer to the speaker's own concerns is described, not judged", () => {
  it('acting on or addressing "my concerns", "our complaints"', () => {
    const a = toward('The trust reopened twelve files and took action to address my concerns about the rest.', 'The trust');
    expect(a.stance).toBe('neutral');
    expect(a.answeredSpeaker).toBe(true);
    const b = toward('The ministry acted on our complaints within a week.', 'The ministry');
    expect(b.stance).toBe('neutral');
    expect(b.answeredSpeaker).toBe(true);
  });
  it('concerns ignored, or someone else\'s concerns, are no answer', () => {
    expect(toward('The trust ignored my concerns for a year.', 'The trust').stance).toBe('critical');
    expect(toward('The trust took action to address the families\' concerns.', 'The trust').answeredSpeaker).toBeFalsy();
  });
});
