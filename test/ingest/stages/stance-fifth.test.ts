/**
 * Stance rules of the fifth round of issue 35 (src/ingest/stance.ts), on made-up sentences in Chorus's own
 * words: lessons to be acted on endorse the report that teaches them, "support" as a service is no praise,
 * and a subject that does harm is faulted. Each pattern is written at least twice, so a rule fitted to one
 * wording fails.
 */
import { describe, expect, it } from 'vitest';
import { scoreStance } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

describe('the lessons of a report to be acted on endorse it', () => {
  it('"the lessons of this review must be learned", "its lessons should be acted on quickly": supportive', () => {
    expect(toward('The lessons of this review must be learned by every council.', 'this review').stance).toBe('supportive');
    expect(toward('The inquiry has spoken, and its lessons should be acted on quickly.', 'The inquiry').stance).toBe('supportive');
    expect(toward('Ministers need to take the lessons from the audit to heart without delay.', 'the audit').stance).toBe('supportive');
  });
  it('"without delay" is the urgency of the demand, not a delay negated into praise', () => {
    expect(toward('The findings of this inquiry must be acted on without delay.', 'this inquiry').negative).toBe(0);
    expect(scoreStance('Councils should publish their plans without further delay.').positive).toBe(0);
  });
  it('lessons not learned by a body fault that body', () => {
    expect(toward('The trust has still not learned the lessons of the last inquiry.', 'The trust').stance).toBe('critical');
  });
});

describe('"support" as a service is not praise', () => {
  it('"financial support", "levels of support", "the support provided by" describe help given', () => {
    expect(scoreStance('Families on low incomes will need financial support this winter.').positive).toBe(0);
    expect(scoreStance('Levels of support vary widely between regions.').positive).toBe(0);
    expect(scoreStance('The support offered to carers comes mainly from charities.').positive).toBe(0);
  });
  it('"the level of support provided by the system is not sufficient" faults the system', () => {
    expect(toward('The level of support provided by the welfare system is not sufficient.', 'the welfare system').stance).toBe('critical');
    expect(toward('The amount of help given by the grant scheme is simply not enough.', 'the grant scheme').stance).toBe('critical');
  });
  it('endorsing is still "we support", "our full support for"', () => {
    expect(scoreStance('We support the recommendations in full.').stance).toBe('supportive');
    expect(scoreStance('The plan has our full support.').stance).toBe('supportive');
  });
});

describe('a subject that does harm is faulted', () => {
  it('"exacerbating", "pushing them deeper into debt", "let them down"', () => {
    expect(toward('The energy suppliers are exacerbating the hardship of older customers.', 'The energy suppliers').stance).toBe('critical');
    expect(toward('High charges from the water companies are pushing families deeper into debt.', 'the water companies').stance).toBe('critical');
    expect(toward('The housing system has let tenants down for years.', 'The housing system').stance).toBe('critical');
    expect(toward('The benefits system let them down when they needed it most.', 'The benefits system').stance).toBe('critical');
  });
  it('"misled", "left … worse off", "failing to protect"', () => {
    expect(toward('The lender misled thousands of borrowers about the fees.', 'The lender').stance).toBe('critical');
    expect(toward('The reforms left many disabled people hundreds of pounds worse off.', 'The reforms').stance).toBe('critical');
    expect(toward('The regulator is failing to protect bill payers.', 'The regulator').stance).toBe('critical');
    expect(toward('Ofwat has failed to protect customers from rising bills.', 'Ofwat').stance).toBe('critical');
  });
  it('the harm verbs describe the world when no target does them', () => {
    expect(scoreStance('Rising prices are exacerbating hardship.').stance).not.toBe('supportive');
  });
});

describe('a body pressed to act is faulted through a possessive', () => {
  it('"pressed the UK\'s governments to", "urged the city\'s council to": critical', () => {
    expect(toward('We have consistently pressed the nation’s governments to do more on fuel poverty.', 'governments').stance).toBe('critical');
    expect(toward('We have repeatedly urged the city’s council to act on damp homes.', 'council').stance).toBe('critical');
  });
});

describe('"lacked" negates what follows, as "lacks" and "lacking" do', () => {
  it('a good quality the target lacked faults it: "lacked any semblance of objectivity", "its findings lacked objectivity"', () => {
    expect(toward('The minister said the review lacked any semblance of objectivity.', 'the review').stance).toBe('critical');
    expect(toward('In the union\'s view the audit lacked objectivity from its first page.', 'the audit').stance).toBe('critical');
  });
});
