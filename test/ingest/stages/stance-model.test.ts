/**
 * Stance stage, the model (issue 35): a logistic regression over the rules' verdict and the statement's words
 * recodes a target's stance where it is sure enough, and says so in the target's cues. The features are the ones
 * training reads (bench/ingest/stance-model/export.ts writes them with stanceFeatures), so the shipped weights can
 * only name features this module makes. Every prison, person and sentence is invented for this test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftTarget } from '../../../src/ingest/draft.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { StanceModel, modelCodes, recodeStance, shippedStanceModel, stanceFeatures, type StanceCase, type StanceModelFile } from '../../../src/ingest/stages/stance-model.js';
import { SPEAKERS_OWN_BODY, TAKES_UP_PROPOSALS } from '../../../src/ingest/stages/targets.js';

const CASE: StanceCase = {
  text: 'The inspectors’ report doesn’t say why staff left.',
  kind: 'quote',
  speakerLabel: 'Person',
  targetLabel: 'Report',
  ruleStance: 'neutral',
  cues: ['main report of the article (no report named)', 'anaphor: the report', 'failing(-)', 'short(-); late(-)', 'rightly(+)', 'gap(-)', 'slow(-)', 'poor(-)'],
};

describe('the features of a case', () => {
  const features = stanceFeatures(CASE);

  it('name the rules’ stance, the target’s and speaker’s labels, the kind, and the kind of each non-polar cue (its first 30 characters before a colon)', () => {
    for (const name of ['rule=neutral', 'target=Report', 'rule|target=neutral|Report', 'speaker=Person', 'kind=quote', 'cue=main report of the article (no', 'cue=anaphor'])
      expect(features.get(name), name).toBe(1);
  });

  it('count polar cues by polarity, several in one cue each counted, and stop counting at four', () => {
    expect(features.get('positive')).toBe(1);
    expect(features.get('negative')).toBe(4);
  });

  it('hold the statement’s words and pairs of words in lower case, a curly apostrophe read as a straight one', () => {
    for (const name of ['w=inspectors', 'w=doesn\'t', 'b=inspectors_report', 'b=doesn\'t_say', 'w=left'])
      expect(features.get(name), name).toBe(1);
    expect([...features.keys()].some((k) => k.includes('’'))).toBe(false);
  });
});

/** A model by hand: 'w=rosy' pushes toward critical, and nothing else counts. */
const TOY: StanceModelFile = {
  about: 'test',
  minProbability: 0.6,
  classes: ['critical', 'mixed', 'neutral', 'supportive'],
  intercept: [0, 0, 1, 0],
  features: ['w=rosy', 'negative'],
  weights: [4, 0, 0, 0, 0.5, 0, 0, 0],
};

const target = (stance: DraftTarget['stance']): DraftTarget => ({ target: 'report:r', label: 'Report', name: 'The review', stance, confidence: 1, cues: ['named'] });

describe('a model', () => {
  const model = new StanceModel(TOY);

  it('gives the most probable class with its softmax probability', () => {
    const rosy = model.predict({ ...CASE, cues: [], text: 'Too rosy by half.' });
    expect(rosy.stance).toBe('critical');
    expect(rosy.probability).toBeCloseTo(Math.exp(4) / (Math.exp(4) + Math.exp(1) + 2), 6);
    // Each negative cue adds its weight: four (the cap) of 0.5 each.
    const grim = model.predict({ ...CASE, text: 'No word the model knows.' });
    expect(grim.stance).toBe('critical');
    expect(grim.probability).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(1) + 2), 6);
    expect(model.predict({ ...CASE, cues: [], text: 'Plain.' }).stance).toBe('neutral');
  });

  it('recodes a target where it is sure enough, keeping the rules’ stance in the cues', () => {
    const t = target('neutral');
    recodeStance(model, { text: 'A rosy picture.', kind: 'quote', speakerLabel: 'Person' }, t);
    expect(t.stance).toBe('critical');
    expect(t.cues.at(-1)).toMatch(/^stance model: critical \(p 0\.\d\d; rules: neutral\)$/);
    // The target's confidence falls to the model's probability, e^4 / (e^4 + e + 2).
    expect(t.confidence).toBe(0.92);
  });

  it('leaves the rules’ stance where the model leans another way but less surely than its floor', () => {
    // Three negative cues: critical at e^1.5 leads neutral at e^1, with a probability under 0.6.
    const unsure = { ...target('neutral'), cues: ['late(-)', 'poor(-)', 'slow(-)'] };
    const statement = { text: 'Nothing it knows.', kind: 'quote', speakerLabel: 'Person' } as const;
    const leaning = model.predict({ ...statement, targetLabel: 'Report', ruleStance: 'neutral', cues: unsure.cues });
    expect(leaning.stance).toBe('critical');
    expect(leaning.probability).toBeLessThan(0.6);
    recodeStance(model, statement, unsure);
    expect(unsure.stance).toBe('neutral');
    expect(unsure.cues).toEqual(['late(-)', 'poor(-)', 'slow(-)']);
  });

  it('leaves a claim (its stance is asserting or disputing it) and a target the rules hold for a reason of their own', () => {
    const claim: DraftTarget = { ...target('supportive'), label: 'Claim', cues: ['number 40%'] };
    const ownBody: DraftTarget = { ...target('neutral'), label: 'Organisation', cues: ['named', SPEAKERS_OWN_BODY, 'rosy(+)'] };
    const takesUp: DraftTarget = { ...target('neutral'), label: 'Organisation', cues: ['the government as', TAKES_UP_PROPOSALS] };
    expect([claim, ownBody, takesUp].map(modelCodes)).toEqual([false, false, false]);
    expect(modelCodes(target('neutral'))).toBe(true);
    for (const t of [claim, ownBody, takesUp]) {
      const before = structuredClone(t);
      recodeStance(model, { text: 'A rosy, rosy picture.', kind: 'quote', speakerLabel: 'Person' }, t);
      expect(t).toEqual(before);
    }
  });

  it('refuses a weights file whose sizes do not fit, naming them', () => {
    expect(() => new StanceModel({ ...TOY, weights: [1, 2, 3] })).toThrow(/2 features and 4 classes do not fit 3 weights/);
  });
});

describe('the shipped model', () => {
  const shipped = shippedStanceModel();

  it('codes the four stances and names only features stanceFeatures makes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-'));
    const file = JSON.parse(JSON.stringify((shipped as unknown as { file: StanceModelFile }).file)) as StanceModelFile;
    expect([...file.classes].sort()).toEqual(['critical', 'mixed', 'neutral', 'supportive']);
    expect(file.minProbability).toBeGreaterThan(0.5);
    const made = /^(rule=|target=|rule\|target=|speaker=|kind=|cue=|w=|b=|positive$|negative$)/;
    expect(file.features.filter((f) => !made.test(f))).toEqual([]);
    writeFileSync(join(dir, 'w.json'), JSON.stringify(file));
    expect(StanceModel.load(join(dir, 'w.json')).predict(CASE)).toEqual(shipped.predict(CASE));
  });

  const ARTICLE = [
    'Prison inspectors publish review of staffing at Harrowgate jail',
    '',
    'The Inspectorate of Prisons published its review of staffing at HMP Harrowgate on Tuesday, finding that one officer in five had left in the past year.',
    '',
    'Dan Pryor, branch secretary of the Prison Officers’ Union, said: “Nobody asked how many of us had gone in the last year, or why.”',
    '',
    'Alison Keane, the governor, said: “What it does not capture is how far the wing has come since the spring.”',
    '',
    'The governor said the jail would publish its own plan in June.',
  ].join('\n');

  it('recodes, in a proposed draft, what the rules call neutral toward the review where the words say otherwise, and leaves the rest', async () => {
    const stanceOnReview = async (stanceModel?: null) => {
      const draft = await proposeArticle(null, { text: ARTICLE, title: ARTICLE.split('\n')[0]!, date: '2015-03-10' }, { stanceModel });
      return draft.statements.map((s) => {
        const review = s.about.find((t) => t.label === 'Report');
        return `${s.speaker.name}: ${review?.stance} ${review?.cues.some((c) => c.startsWith('stance model:')) ? 'model' : 'rules'}`;
      });
    };
    expect(await stanceOnReview(null)).toEqual(['Dan Pryor: neutral rules', 'Alison Keane: neutral rules', 'Alison Keane: neutral rules']);
    expect(await stanceOnReview()).toEqual(['Dan Pryor: critical model', 'Alison Keane: critical model', 'Alison Keane: neutral rules']);
  });
});
