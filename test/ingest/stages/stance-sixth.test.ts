/**
 * Stance rules of the sixth round of issue 35 (src/ingest/stance.ts), on made-up sentences in Chorus's own
 * words: citing a report is not endorsing it, a body named as the cause of something bad is blamed, a failing
 * stated without a judging adjective faults, and harm done in the passive blames the actor after it. Each
 * pattern is written at least twice, so a rule fitted to one wording fails.
 */
import { describe, expect, it } from 'vitest';
import { verdictOnAnswered } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

const report = { ownPublication: true };

describe('citing a report is not endorsing it', () => {
  it('"As the report says, …", "as the review notes, …", "As the survey shows, …": neutral toward it', () => {
    expect(toward('As the report says, most primary schools in the region are good or better.', 'the report', report).stance).toBe('neutral');
    expect(toward('Attendance has risen, as the review notes, in every district but one.', 'the review', report).stance).toBe('neutral');
    expect(toward('As the survey shows, fewer families are now waiting for a home.', 'the survey', report).stance).toBe('neutral');
  });
  it('a finding credited to its author\'s work ("as the inspectorate has identified") is still adopted', () => {
    expect(toward('As the inspectorate has identified, special measures offer no guarantee.', 'the inspectorate').stance).toBe('supportive');
  });
  it('"as the report rightly says" is praise', () => {
    expect(toward('As the report rightly says, the funding formula is out of date.', 'the report', report).stance).toBe('supportive');
  });
});

describe('a body named as the cause of something bad is blamed', () => {
  it('"has been brought about by the change in culture at X", "is a direct result of X\'s decision"', () => {
    expect(toward('The situation is grave and has been brought about by the change in culture at the Schools Office.', 'the Schools Office').stance).toBe('critical');
    expect(toward('The shortage of places is a direct result of the council\'s decision to close two homes.', 'the council').stance).toBe('critical');
    expect(toward('Much of this hardship was caused by the department and its rules.', 'the department').stance).toBe('critical');
  });
  it('a cause of nothing bad is no blame, and a report named as a cause is judged by its words only', () => {
    expect(toward('The new play area is a result of the council\'s decision to build.', 'the council').stance).toBe('neutral');
    expect(toward('Failings came to light as a result of the review.', 'the review', report).stance).toBe('neutral');
  });
});

describe('a failing stated without a judging adjective', () => {
  it('"what the ministry is doing is not working", "the scheme simply isn\'t working", "has not worked"', () => {
    expect(toward('What the ministry is doing is not working.', 'the ministry').stance).toBe('critical');
    expect(toward('The loan scheme simply isn\'t working for tenants.', 'The loan scheme').stance).toBe('critical');
    expect(toward('The new rota has not worked for nurses.', 'The new rota').stance).toBe('critical');
  });
  it('"has had nine years to do the job", "they\'ve had more than a decade to fix it"', () => {
    expect(toward('This is a department that has had nine years to do the job.', 'a department').stance).toBe('critical');
    expect(toward('The housing board has had more than a decade to fix it.', 'The housing board').stance).toBe('critical');
  });
  it('time the speaker had is not a fault of another', () => {
    expect(toward('We had two years to prepare, and the board helped us.', 'the board').stance).not.toBe('critical');
  });
});

describe('harm done in the passive blames the actor after it', () => {
  it('"are being abandoned by this government", "have been failed as the agency pulls out"', () => {
    expect(toward('Thousands of tenants are being abandoned by this government.', 'this government').stance).toBe('critical');
    expect(toward('Disabled people have been let down as the agency pulls out of its duties.', 'the agency').stance).toBe('critical');
    expect(toward('Older patients are being left behind by the trust board.', 'the trust board').stance).toBe('critical');
  });
  it('not the body that reports the harm, nor a report that describes it', () => {
    // (The situational "failed" still counts at half weight toward a named actor; the passive rule adds nothing.)
    expect(toward('Children were failed for years, the commission found.', 'the commission').cues.some((c) => c.startsWith('harm in the passive'))).toBe(false);
    expect(toward('Tenants were abandoned, the ombudsman says.', 'the ombudsman').cues.some((c) => c.startsWith('harm in the passive'))).toBe(false);
    expect(toward('Families have been abandoned, and the report sets out how.', 'the report', report).stance).toBe('neutral');
  });
});

describe('good done undone', () => {
  it('"is now reversing this progress", "rolling back the improvements", "undoing the gains"', () => {
    expect(toward('The Coalition Government is now reversing this progress.', 'The Coalition Government').stance).toBe('critical');
    expect(toward('The new board is rolling back the improvements of the last five years.', 'The new board').stance).toBe('critical');
    expect(toward('The ministry is undoing the gains of a decade.', 'The ministry').stance).toBe('critical');
  });
});

describe('a report credited with an outcome', () => {
  it('"this report brings an end to that", "the inquiry puts an end to years of denial": supportive', () => {
    expect(toward('This report today brings an end to that.', 'This report', report).stance).toBe('supportive');
    expect(toward('The inquiry finally puts an end to years of denial.', 'The inquiry', report).stance).toBe('supportive');
  });
  it('"the report gives survivors what they had been denied", "the review has delivered the truth": supportive', () => {
    expect(toward('He said the report gives survivors what they had been denied, the right to be heard.', 'the report', report).stance).toBe('supportive');
    expect(toward('For the families, the review has delivered the truth at last.', 'the review', report).stance).toBe('supportive');
  });
  it('a report that gives figures or an account is credited with nothing', () => {
    expect(toward('The report gives figures for every region.', 'The report', report).stance).toBe('neutral');
  });
});

describe('findings restated are not a judgement of the report', () => {
  it('"the main findings are that wrong was done", "its conclusion is that the system failed": neutral toward the report', () => {
    expect(toward('It will take time to absorb what is in the report, but the main findings are that wrong was done to thousands.', 'the report', report).stance).toBe('neutral');
    expect(toward('We have read the review, and its central conclusion is that the system failed badly.', 'the review', report).stance).toBe('neutral');
  });
});

describe('a rebuttal of the claims an answered report makes', () => {
  it('"Despite claims to the contrary, …", "Contrary to the claims made today, …": critical of the account answered', () => {
    expect(verdictOnAnswered('Despite claims to the contrary, work remains the best route out of poverty.').stance).toBe('critical');
    expect(verdictOnAnswered('Contrary to the claims made today, employment is at a record high.').stance).toBe('critical');
  });
  it('agreeing with claims is no rebuttal', () => {
    expect(verdictOnAnswered('We agree with the claims made today about low pay.').stance).toBe('neutral');
  });
});
