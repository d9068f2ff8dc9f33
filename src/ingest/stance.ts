/**
 * Stance from a lexicon, with negation. Each cue word or phrase is +1
 * (endorses) or -1 (faults); a negator ("not", "n't", "no", "never",
 * "without", "nor", "hardly", "fail to") up to three words before a cue
 * flips it ("not credible" faults, "not satisfied" faults, "no difficulty"
 * endorses). Phrases are matched before their words. The result names each
 * cue that counted, so a reviewer sees why.
 */
import type { Stance } from '../model/schema.js';

const NEGATIVE = [
  'not good enough', 'less than good', 'not credible', 'cannot be tolerated', 'simply unacceptable', 'not worth the name', "aren't worth the name",
  'excessively negative', 'partial', 'flawed', 'unacceptable', 'unacceptably', 'inadequate', 'inadequately', 'failing', 'fails', 'failed', 'failure', 'failures',
  'weak', 'weakness', 'weaknesses', 'weakening', 'poor', 'poorly', 'unhelpful', 'damning', 'criticise', 'criticised', 'criticism', 'critical', 'concern', 'concerns', 'concerned',
  'worrying', 'worried', 'shocking', 'botched', 'frustration', 'frustrating', 'disproportionate', 'incompetent', 'ineffective', 'dangerous', 'volatility',
  'instability', 'counter-productive', 'risk', 'risks', 'wrong', 'mistake', 'disappointing', 'disappointed', 'regrettably', 'regret', 'problem', 'problems',
  'creaking', 'crisis', 'cuts', 'slashed', 'attack', 'attacks', 'wasted', 'undermined', 'undermining', 'box-ticking', 'stinging', 'misleading', 'unfair', 'flaws',
  'too concerned', 'too often', 'too much', 'too many', 'strain', 'drift', 'delay', 'excessive', 'dismissed', 'feeding people’s fears', 'shortcomings', 'lack',
];

const POSITIVE = [
  'good work', 'good job', 'high quality', 'high-quality', 'give some credit', 'credit', 'welcome', 'welcomes', 'welcomed', 'value', 'values', 'valued',
  'pleased', 'praise', 'praised', 'robust', 'effective', 'constructive', 'impressive', 'celebrate', 'celebration', 'recognise', 'recognised', 'recognition',
  'acknowledging', 'acknowledge', 'support', 'supports', 'supported', 'agree', 'agrees', 'improved', 'improving', 'improvement', 'excellent', 'excellently',
  'outstanding', 'good', 'credible', 'satisfied', 'ambitious', 'success', 'successes', 'progress', 'calm',
  'measured', 'helpful', 'fair', 'encouraging', 'positive', 'positively', 'safest', 'best', 'strong',
];

const NEGATORS = /^(?:not|n't|no|never|nor|without|hardly|barely|neither|cannot|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|lack|fail|fails)$/i;

export interface StanceResult {
  stance: Stance;
  score: number;
  positive: number;
  negative: number;
  cues: string[];
}

interface Cue {
  words: string[];
  polarity: 1 | -1;
}

const CUES: Cue[] = [
  ...NEGATIVE.map((c) => ({ words: c.toLowerCase().split(/\s+/), polarity: -1 as const })),
  ...POSITIVE.map((c) => ({ words: c.toLowerCase().split(/\s+/), polarity: 1 as const })),
].sort((a, b) => b.words.length - a.words.length);

const FIRST_WORD = new Map<string, Cue[]>();
for (const cue of CUES) {
  const list = FIRST_WORD.get(cue.words[0]!) ?? [];
  list.push(cue);
  FIRST_WORD.set(cue.words[0]!, list);
}

export function words(text: string): string[] {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|n't/gu) ?? []).flatMap((w) => (w.endsWith("n't") && w.length > 3 ? [w.slice(0, -3), "n't"] : [w]));
}

/** Scores a text: positive and negative cue counts after negation. */
export function scoreStance(text: string): StanceResult {
  const ws = words(text.replace(/’/g, "'"));
  let positive = 0;
  let negative = 0;
  const cues: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const candidates = FIRST_WORD.get(ws[i]!);
    if (!candidates) continue;
    const cue = candidates.find((c) => c.words.every((w, k) => ws[i + k] === w.replace(/’/g, "'")));
    if (!cue) continue;
    let polarity: number = cue.polarity;
    let negated = false;
    // A cue that is itself a negative phrase ("not credible") carries its own negation.
    if (cue.words.length === 1) {
      for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.test(ws[k]!)) negated = true;
    }
    if (negated) polarity = -polarity;
    if (polarity > 0) positive++;
    else negative++;
    cues.push(`${negated ? 'not ' : ''}${cue.words.join(' ')}${polarity > 0 ? '(+)' : '(-)'}`);
    i += cue.words.length - 1;
  }
  return { ...classify(positive, negative), positive, negative, cues };
}

export function classify(positive: number, negative: number): { stance: Stance; score: number } {
  const total = positive + negative;
  if (total === 0) return { stance: 'neutral', score: 0 };
  const score = (positive - negative) / total;
  if (positive >= 2 && negative >= 2 && Math.abs(score) < 0.34) return { stance: 'mixed', score };
  if (score > 0) return { stance: 'supportive', score };
  if (score < 0) return { stance: 'critical', score };
  return { stance: 'mixed', score };
}
