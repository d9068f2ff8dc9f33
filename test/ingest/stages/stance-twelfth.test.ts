/**
 * Stance rules of issue 35's twelfth round (src/ingest/stance.ts), on made-up sentences in Chorus's own words:
 * - a good state named as what people work for ("to keep residents safe", "to feed patients and keep them safe") is
 *   an aim, not a finding that things are so: it is no praise of whoever works for it, nor of whoever lacks the means.
 * Each pattern is written at least twice, so a rule fitted to one wording fails; the last case of each block keeps
 * the words' other uses.
 */
import { describe, expect, it } from 'vitest';
import { toward } from '../../support/stance-toward.js';

describe('a good state named as an aim is not a finding', () => {
  it('"to keep X safe", also as the second of two infinitives', () => {
    const a = toward('Volunteers on the night shift work long hours to keep residents safe.', 'Volunteers');
    expect(a.stance).toBe('neutral');
    expect(a.positive).toBe(0);
    const b = toward('The clinic lacked the nurses to feed patients and keep them safe.', 'The clinic');
    expect(b.stance).not.toBe('supportive');
    expect(b.positive).toBe(0);
    const c = toward('Northfield Council has too few carers to visit every home or keep older tenants safe overnight.', 'Northfield Council');
    expect(c.positive).toBe(0);
  });
  it('a state found, not aimed at, still counts', () => {
    expect(toward('Inspectors found the Riverside unit safe and well run.', 'the Riverside unit').stance).toBe('supportive');
    expect(toward('The Riverside unit kept its patients safe throughout the outbreak.', 'The Riverside unit').stance).toBe('supportive');
  });
});
