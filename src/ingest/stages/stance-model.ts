/**
 * The stance model: a multinomial logistic regression that reads the rules' verdict on a statement's target (its
 * stance, the target's label, the cues that counted) with the statement's own words, and gives the stance.
 *
 * Why a model over the rules: rules read from one set's misses stopped carrying over to sets nobody had read
 * (bench/ingest/README.md, "Twelfth round"), while a model fitted on every annotated pair, the rules' output among
 * its inputs, carries over: trained without a set, it codes that set better than the rules do (the figures,
 * set by set, are in bench/ingest/README.md, "Thirteenth round"). The weights ship in the repository
 * (stance-weights.json), fitted by bench/ingest/stance-model/train.py on the features this module writes, so
 * nothing downloads and training and use cannot disagree on what a feature is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stance } from '../../model/schema.js';
import type { DraftTarget } from '../draft.js';
import { PROJECT_ROOT } from '../../paths.js';
import { RULES_STAND } from './targets.js';

const STANCE_WEIGHTS_PATH = join(PROJECT_ROOT, 'src', 'ingest', 'stages', 'stance-weights.json');

/** What the model reads of one statement and one of its targets, after the rules have coded it. */
export interface StanceCase {
  text: string;
  kind: 'quote' | 'paraphrase';
  speakerLabel: string;
  targetLabel: string;
  ruleStance: Stance;
  cues: readonly string[];
}

export interface StanceModelFile {
  about: string;
  /** Below this probability the rules' stance stands. */
  minProbability: number;
  classes: Stance[];
  intercept: number[];
  features: string[];
  /** Row-major: features.length rows of classes.length weights. */
  weights: number[];
}

const WORD = /[a-z]+(?:'[a-z]+)?/g;
/** A polarity cue the stance rules wrote ("rightly(+)", "failing(-)"); the rest name why the target is one. */
const POLAR_CUE = /\(([+-])\)/g;
/** Counts beyond this many cues of one polarity say nothing more. */
const MAX_POLAR = 4;

/** The features of one case, by name; binary except the two polarity counts. */
export function stanceFeatures(c: StanceCase): Map<string, number> {
  const f = new Map<string, number>();
  f.set(`rule=${c.ruleStance}`, 1);
  f.set(`target=${c.targetLabel}`, 1);
  f.set(`rule|target=${c.ruleStance}|${c.targetLabel}`, 1);
  f.set(`speaker=${c.speakerLabel}`, 1);
  f.set(`kind=${c.kind}`, 1);
  let positive = 0;
  let negative = 0;
  for (const cue of c.cues) {
    const polar = [...cue.matchAll(POLAR_CUE)];
    if (!polar.length) f.set(`cue=${cue.split(':')[0]!.slice(0, 30)}`, 1);
    for (const m of polar) m[1] === '+' ? positive++ : negative++;
  }
  f.set('positive', Math.min(positive, MAX_POLAR));
  f.set('negative', Math.min(negative, MAX_POLAR));
  const words = c.text.toLowerCase().replace(/[‘’]/g, "'").match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    f.set(`w=${words[i]}`, 1);
    if (i > 0) f.set(`b=${words[i - 1]}_${words[i]}`, 1);
  }
  return f;
}

export class StanceModel {
  private readonly rows = new Map<string, number>();

  constructor(private readonly file: StanceModelFile) {
    const width = file.classes.length;
    if (file.intercept.length !== width || file.weights.length !== file.features.length * width)
      throw new Error(`stance model: ${file.features.length} features and ${file.classes.length} classes do not fit ${file.weights.length} weights`);
    file.features.forEach((name, row) => this.rows.set(name, row * width));
  }

  static load(path = STANCE_WEIGHTS_PATH): StanceModel {
    return new StanceModel(JSON.parse(readFileSync(path, 'utf8')) as StanceModelFile);
  }

  get minProbability(): number {
    return this.file.minProbability;
  }

  /** The most probable stance and its probability. */
  predict(c: StanceCase): { stance: Stance; probability: number } {
    const { classes, intercept, weights } = this.file;
    const scores = [...intercept];
    for (const [name, value] of stanceFeatures(c)) {
      const row = this.rows.get(name);
      if (row === undefined || value === 0) continue;
      for (let k = 0; k < classes.length; k++) scores[k]! += value * weights[row + k]!;
    }
    const top = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - top));
    const total = exp.reduce((a, b) => a + b, 0);
    const best = exp.indexOf(Math.max(...exp));
    return { stance: classes[best]!, probability: exp[best]! / total };
  }
}

let shipped: StanceModel | undefined;
/** The model in the repository, read once per process. */
export function shippedStanceModel(): StanceModel {
  return (shipped ??= StanceModel.load());
}

/**
 * The targets the model codes, in training and in use: not a claim (asserting or disputing it is its stance), nor
 * one the rules hold for a structural reason of their own (RULES_STAND: the speaker's own body, a subject taking up
 * proposals).
 */
export function modelCodes(target: Pick<DraftTarget, 'label' | 'cues'>): boolean {
  return target.label !== 'Claim' && !target.cues.some((cue) => RULES_STAND.has(cue));
}

/**
 * The model's stance for a target it codes, where the model is sure enough; where it differs, the rules' stance
 * stays in the cues beside the model's probability, so a reviewer sees both.
 */
export function recodeStance(model: StanceModel, statement: Pick<StanceCase, 'text' | 'kind' | 'speakerLabel'>, target: DraftTarget): void {
  if (!modelCodes(target)) return;
  const { stance, probability } = model.predict({ ...statement, targetLabel: target.label, ruleStance: target.stance, cues: target.cues });
  if (stance === target.stance || probability < model.minProbability) return;
  target.cues = [...target.cues, `stance model: ${stance} (p ${probability.toFixed(2)}; rules: ${target.stance})`];
  target.stance = stance;
  target.confidence = Math.min(target.confidence, Math.round(probability * 100) / 100);
}
