/**
 * Stance rules of issue 35's tenth round (src/ingest/stance.ts), on made-up sentences in Chorus's own words: the
 * speed of a response credited to whoever responded ("dealt with promptly", "took swift action", "responded
 * quickly") praises them, as a delay faults them; the same speed denied faults, and speed that is asked for,
 * promised or aimed at ("must act quickly", "will respond swiftly", "to ensure a quick response") praises nobody.
 * Each pattern is written at least twice, so a rule fitted to one wording fails; the last cases keep the words'
 * other uses (speed of something that is not a response).
 */
import { describe, expect, it } from 'vitest';
import { scoreStance } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

const stance = (text: string) => scoreStance(text, {}).stance;

describe('the speed of a response credited to whoever responded praises them', () => {
  it('a speed word after the verb of responding ("handled quickly", "responded swiftly")', () => {
    expect(stance('Complaints from tenants were handled quickly.')).toBe('supportive');
    expect(toward('Eastmoor Council responded swiftly to every urgent referral.', 'Eastmoor Council').stance).toBe('supportive');
    expect(stance('Urgent cases were dealt with promptly by the duty team.')).toBe('supportive');
  });
  it('a speed word before the noun of responding ("prompt action", "a rapid response")', () => {
    expect(stance('Staff took prompt action once the fault was reported.')).toBe('supportive');
    expect(toward("The trust's rapid response limited the damage.", 'The trust').stance).toBe('supportive');
    expect(stance('The agency was quick to respond when the alarm sounded, with a swift and decisive intervention.')).toBe('supportive');
  });
});

describe('the same speed denied faults, and speed asked for, promised or aimed at praises nobody', () => {
  it('denied: "not dealt with promptly", "failed to act quickly"', () => {
    expect(stance('Reports of damp were not dealt with promptly.')).toBe('critical');
    expect(toward('The board failed to act quickly when the warnings came.', 'The board').stance).toBe('critical');
  });
  it('asked for, promised or aimed at: no praise', () => {
    expect(toward('Ministers must act quickly to stop the closures.', 'Ministers').stance).toBe('critical');
    expect(stance('We will respond swiftly to the findings.')).toBe('neutral');
    expect(stance('The council needs to take prompt action.')).not.toBe('supportive');
    expect(stance('New rules are meant to ensure a quick response.')).toBe('neutral');
  });
  it('speed of something that is not a response judges nobody', () => {
    expect(stance('Prices rose quickly over the winter.')).toBe('neutral');
    expect(stance('The river rose rapidly after the storm.')).toBe('neutral');
    expect(stance('Ticket sales rose quickly in response to the advert.')).toBe('neutral');
  });
});
