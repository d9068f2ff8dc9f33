/**
 * Stance rules of issue 35's round on a regulator's findings (src/ingest/stance.ts), on made-up sentences in
 * Chorus's own words: a demand for improvement faults whoever must improve ("improvements were needed", "requires
 * urgent improvement", "room for improvement"), and an acceptance denied or made impossible ("nobody could call this
 * acceptable", "cannot be accepted") is critical. Each pattern is written at least twice, so a rule fitted to one
 * wording fails; the last cases keep the words' other uses (improvements made, a judgement nobody disputes).
 */
import { describe, expect, it } from 'vitest';
import { scoreStance } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

const stance = (text: string) => scoreStance(text, {}).stance;

describe('improvement that is needed faults whoever must improve', () => {
  it('improvement as the subject of "needed" or "required"', () => {
    expect(toward('Inspectors said substantial improvements were needed at the Westfold service.', 'the Westfold service').stance).toBe('critical');
    expect(toward('At Brackley Council, improvement is urgently required in how cases are recorded.', 'Brackley Council').stance).toBe('critical');
  });
  it('improvement as the object of a verb of needing, or after "room for" / "scope for"', () => {
    expect(toward('The fostering team needs significant improvement before the next visit.', 'The fostering team').stance).toBe('critical');
    expect(stance('There remains considerable room for improvement in the way plans are reviewed.')).toBe('critical');
    expect(stance('We found scope for further improvements across every ward.')).toBe('critical');
  });
  it('improvements made or welcomed are still praise, and an improvement nobody needs is none', () => {
    expect(stance('The council has made real improvements since the last inspection.')).toBe('supportive');
    expect(stance('The improvements made since our last visit are welcome.')).toBe('supportive');
    expect(stance('No further improvement is needed in how the panel reports.')).toBe('supportive');
  });
});

describe('an acceptance denied or made impossible is critical', () => {
  it('a nominal negator as the subject of a verb of calling: "nobody could call this acceptable"', () => {
    expect(stance('Nobody who reads these findings could call this acceptable.')).toBe('critical');
    expect(stance('No one can honestly describe the waiting times as sufficient.')).toBe('critical');
  });
  it('the denial of a fault is praise: "nobody can call the plan unfair"', () => {
    expect(stance('No one could seriously call the plan unfair.')).toBe('supportive');
    expect(stance('Nobody can say this review is wrong.')).toBe('supportive');
  });
  it('"cannot be accepted", "can never be justified": refused', () => {
    expect(toward('The way Harwell Council treated families cannot be accepted.', 'Harwell Council').stance).toBe('critical');
    expect(stance('Delays of this length could never be justified.')).toBe('critical');
    expect(stance('Such conduct can not be tolerated in any school.')).toBe('critical');
  });
});
