/**
 * Stance rules of issue 35's round on fines, rulings and the bodies that answer them (src/ingest/stance.ts), on
 * made-up sentences in Chorus's own words: a judging word under the noun "failure to" is a quality not shown, so
 * faults; appealing or challenging a ruling or decision turns the report down; a speaker's pleasure in its own
 * showing ("encouraged by our own figures") judges nobody. Each pattern is written at least twice, so a rule fitted
 * to one wording fails; the last case of each keeps the words' other uses.
 */
import { describe, expect, it } from 'vitest';
import { scoreStance, verdictOnAnswered } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

const stance = (text: string) => scoreStance(text, {}).stance;

describe('a judging word under the noun "failure to" faults', () => {
  it('the quality not shown is a fault, not praise', () => {
    expect(stance("The regulator's failure to take robust enforcement action against the lenders is indefensible.")).toBe('critical');
    expect(stance('Their repeated failure to give clear guidance has left schools guessing.')).toBe('critical');
    expect(toward('Parents blamed the failure to provide effective oversight at Norbridge Council.', 'Norbridge Council').stance).toBe('critical');
  });
  it('robust action taken is still praise', () => {
    expect(stance('The regulator took robust action against the lenders.')).toBe('supportive');
  });
});

describe('appealing or challenging a ruling turns the report down', () => {
  it('a ruling, a decision or a judgment appealed, challenged or contested', () => {
    expect(verdictOnAnswered('The firm said it intends to appeal the ruling.').stance).toBe('critical');
    expect(verdictOnAnswered('Lawyers for the bank are appealing the judgment.').stance).toBe('critical');
    expect(verdictOnAnswered('The company said it would challenge the decision in court.').stance).toBe('critical');
    expect(toward('The insurer will contest the verdict.', null, { ownPublication: true }).stance).toBe('critical');
  });
  it('a ruling accepted is taken up; an appeal to the public is no answer to a ruling', () => {
    expect(verdictOnAnswered('The board accepts the decision in full.').stance).toBe('supportive');
    expect(verdictOnAnswered('Police made an appeal to the public for information.').stance).toBe('neutral');
  });
});

describe("a speaker's feeling about its own showing judges nobody", () => {
  it('"encouraged by our own figures", "pleased with its own record" with what follows in the sentence', () => {
    expect(stance('We are encouraged by our own latest figures, which show we are making progress.')).toBe('neutral');
    expect(stance('The chain said it was pleased with its own record, which shows strong results.')).toBe('neutral');
    expect(stance('We are heartened by our test results this quarter.')).toBe('neutral');
  });
  it('the same feeling about someone else\'s showing, or about the report, still counts', () => {
    expect(stance('We are encouraged by the progress councils have made.')).toBe('supportive');
    expect(stance('We are pleased by our own results, but the report is deeply flawed.')).toBe('critical');
    expect(stance('We are encouraged by the report.')).toBe('supportive');
  });
});

describe('a share of the work credited as done praises whoever did it', () => {
  it('"has played its part", "did their bit"', () => {
    expect(toward('The haulage industry has played its part by fitting every lorry with cameras.', 'The haulage industry').stance).toBe('supportive');
    expect(stance('Farmers did their bit, cutting antibiotic use by half.')).toBe('supportive');
  });
  it('the share denied faults, and the share demanded is no praise', () => {
    expect(stance('Councils have not done their part.')).toBe('critical');
    expect(stance('The government must play its part.')).not.toBe('supportive');
  });
});
