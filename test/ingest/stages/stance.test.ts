/**
 * Stance rules of the third round of issue 35 (src/ingest/stance.ts), on made-up sentences in Chorus’s own
 * words: counterfactual demands, negation that reaches a verb phrase, demands that fault and calls that only
 * ask, forecasts faulted by their bias, a person faulted by naming a failing, and judging idioms. Each pattern
 * is written at least twice, so a rule fitted to one wording fails.
 */
import { describe, expect, it } from 'vitest';
import { scoreStance } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

describe('a good quality inside a counterfactual is the fault', () => {
  it('"should have taken a more careful line", "could have been more transparent": critical, not mixed', () => {
    expect(toward('The harbour board should have taken a firmer and more careful line with the ferry operators.', 'The harbour board')).toMatchObject({ stance: 'critical', positive: 0 });
    expect(toward('In hindsight the library service could have been far more transparent about the closures.', 'the library service')).toMatchObject({ stance: 'critical', positive: 0 });
    expect(scoreStance('The audit ought to have been more thorough.')).toMatchObject({ stance: 'critical', positive: 0 });
  });
  it('the same qualities asserted still praise', () => {
    expect(toward('The harbour board has taken a firm and careful line with the operators.', 'The harbour board').stance).toBe('supportive');
    expect(scoreStance('The library service has been transparent about the closures.').stance).toBe('supportive');
    // "should have to" is an obligation, not a counterfactual.
    expect(scoreStance('Every operator should have to publish a transparent timetable.').negative).toBe(0);
  });
});

describe('negation that reaches a verb phrase', () => {
  it('"should not take too much comfort from" faults the one taking comfort', () => {
    expect(toward('Ministers should not take too much comfort from the survey.', 'Ministers').stance).toBe('critical');
    expect(toward('The operator must not draw any comfort from this audit.', 'The operator').stance).toBe('critical');
  });
  it('taking comfort from a report, unnegated, endorses it', () => {
    expect(toward('We take real comfort from the survey.', 'the survey', { ownPublication: true }).stance).toBe('supportive');
  });
  it('"is not having the desired effect", "does nothing to change" fault', () => {
    expect(scoreStance('Judging by these numbers the new levy is not having the intended effect.').stance).toBe('critical');
    expect(scoreStance('The scheme is clearly not having the desired impact on waiting lists.').stance).toBe('critical');
    expect(scoreStance('The announcement does nothing to change the picture for commuters.').stance).toBe('critical');
    expect(scoreStance("The minister's letter did nothing to ease the queues.").stance).toBe('critical');
  });
});

describe('a demand that faults, and a call that only asks', () => {
  it('"must be ready to act", "needs to be prepared to", "needs to get a grip" fault the body', () => {
    expect(toward('The ombudsman must be ready to use its powers against firms that break the rules.', 'The ombudsman').stance).toBe('critical');
    expect(toward('The agency needs to be prepared to take on the worst operators.', 'The agency').stance).toBe('critical');
    expect(toward('The department needs to get a grip on its waiting lists.', 'The department').stance).toBe('critical');
    // Asked to act, and told that what it has done is not enough.
    expect(toward('More must be done by harbour authorities to manage the risk of flooding.', 'harbour authorities').stance).toBe('critical');
    expect(toward('Much more needs to be done by the trusts to cut the risks to patients.', 'the trusts').stance).toBe('critical');
    // With no one named, "more should be done" only asks.
    expect(scoreStance('More should be done to share good ideas between depots.').negative).toBe(0);
  });
  it('a call for a body to act, with a positive aim, is neutral toward it', () => {
    expect(toward('It is now time for the council to act, to restore public confidence and encourage new investment.', 'the council').stance).toBe('neutral');
    expect(toward('We call for ministers to move quickly, both to build trust and to secure better outcomes for patients.', 'ministers').stance).toBe('neutral');
    // What the body is asked to do is not a judgement of it: the risk is the towns'.
    expect(toward('The panel calls for the Government to set out a plan for towns at high risk of flooding.', 'the Government').stance).toBe('neutral');
  });
  it('an aim is not praise, but praise of the body still counts', () => {
    expect(scoreStance('The plan will help to restore public confidence.').positive).toBe(0);
    expect(scoreStance('Lower fees would be a first step in ensuring tenants have the best possible homes.').positive).toBe(0);
    // Building on progress acknowledges it.
    expect(scoreStance('The task now is to build on this progress.').stance).toBe('supportive');
    expect(toward('The council has acted well, and we are pleased.', 'The council').stance).toBe('supportive');
  });
});

describe('a forecast faulted by its bias', () => {
  it('"slightly optimistic", "over-optimistic", "on the low side", "pessimistic" estimates fault them', () => {
    expect(toward('In our judgement the projections in the review are a little optimistic about the coming year.', 'the review', { ownPublication: true }).stance).toBe('critical');
    expect(scoreStance("The watchdog's growth estimates are over-optimistic.").stance).toBe('critical');
    expect(scoreStance('Its figure for wage growth looks on the low side.').stance).toBe('critical');
    expect(scoreStance('The forecasts in the bulletin are pessimistic about exports.').stance).toBe('critical');
    expect(scoreStance('We think the outlook it gives is far too rosy.').stance).toBe('critical');
  });
  it('a speaker who is optimistic is not faulting anything', () => {
    expect(scoreStance('We are optimistic about the coming year.').negative).toBe(0);
    expect(scoreStance('Retailers remain cautiously optimistic.').negative).toBe(0);
  });
});

describe('a person faulted by naming a failing', () => {
  it('"his complacency is concerning", "it tells you everything about X that …"', () => {
    expect(toward('The minister’s complacency about the backlog is deeply concerning.', 'The minister').stance).toBe('critical');
    expect(toward('It tells you everything about the chairman that he boasted of a plan that closes three wards.', 'the chairman').stance).toBe('critical');
    expect(toward('It says it all about the board that it signed off the plan without a vote.', 'the board').stance).toBe('critical');
  });
  it('refusing a failing keeps it a failing: "will not tolerate complacency", "won\'t accept sloppy work"', () => {
    expect(toward('The watchdog will not tolerate complacency from the ferry companies.', 'the ferry companies').stance).toBe('critical');
    expect(scoreStance("We won't accept sloppy and careless repairs.").stance).toBe('critical');
    expect(scoreStance('Tenants will no longer tolerate such poor repairs.').stance).toBe('critical');
  });
  it('"it\'s concerning", "a vicious circle", "on notice" fault', () => {
    expect(scoreStance("It's concerning to see waiting times rise again.").stance).toBe('critical');
    expect(scoreStance('The cuts are creating a vicious cycle of closures.').stance).toBe('critical');
    expect(scoreStance('The operators are now on notice.').stance).toBe('critical');
  });
  it('"concerning" as a preposition judges nothing', () => {
    expect(scoreStance('We wrote to the board concerning the timetable.').stance).toBe('neutral');
  });
});

describe('judging idioms', () => {
  it('falling short, lagging behind, a sorry picture, all talk: critical', () => {
    expect(scoreStance('Six operators are still falling short of the standard.').stance).toBe('critical');
    expect(scoreStance('The region is lagging behind the rest of the country.').stance).toBe('critical');
    expect(scoreStance('The operator fell short of what we expected.').stance).toBe('critical');
    expect(scoreStance('These returns paint a sorry picture of the service.').stance).toBe('critical');
    expect(scoreStance('The minister is all talk and no action on ferries.').stance).toBe('critical');
    expect(scoreStance('The new board has been all mouth so far.').stance).toBe('critical');
  });
  it('encouraging progress, coped well: supportive; "as well" is no praise', () => {
    expect(scoreStance('There has been encouraging progress on repairs.').stance).toBe('supportive');
    expect(scoreStance('Staff coped well with the winter.').stance).toBe('supportive');
    expect(scoreStance('The depots performed well during the strike.').stance).toBe('supportive');
    expect(scoreStance('The council wrote to tenants as well.').stance).toBe('neutral');
  });
});

describe('a spaced hyphen is a dash', () => {
  it('ends the negation before it: "could not be clearer - X got it wrong" faults', () => {
    expect(scoreStance('The findings could not be plainer - the board got this badly wrong.').stance).toBe('critical');
    expect(scoreStance('Nobody could have put it better -- the council has failed these families.').stance).toBe('critical');
  });

  it('a hyphen inside a word is no dash', () => {
    expect(scoreStance('It is not a well-run service.').stance).not.toBe('supportive');
  });
});

describe('owed and proven', () => {
  it('"deserve better" complains of whoever serves them', () => {
    expect(scoreStance('Tenants have waited two years for repairs. They deserve better.').stance).toBe('critical');
    expect(scoreStance('Patients in the north deserved far better than this.').stance).toBe('critical');
  });

  it('an account that "vindicates" or "bears out" a view endorses it', () => {
    expect(scoreStance('The review vindicates everything nurses have said for years.').stance).toBe('supportive');
    expect(scoreStance('Our warnings have been borne out by the inquiry.').stance).toBe('supportive');
  });
});
