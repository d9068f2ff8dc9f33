/**
 * Target-resolution and stance stages, per statement: which entities a statement is about (named in
 * it, "this report" and "the framework" referring back, the main report's publisher standing for its
 * report, the main report when nothing is named) and the stance toward each (stance.ts, in the clause
 * that names the target). Plain data in, plain data out.
 */
import type { Resolved } from '../attribution.js';
import type { DraftTarget } from '../draft.js';
import type { Entity, Gazetteer, Mention } from '../gazetteer.js';
import { stanceToward } from '../stance.js';

/** What the target stage needs of a statement candidate (UTF-16 offsets). */
export interface TargetCandidate {
  kind: 'quote' | 'paraphrase';
  start: number;
  end: number;
  speaker: Resolved;
  /** Where the attribution phrase is. */
  phrase?: [number, number];
}

const round = (x: number) => Math.round(x * 100) / 100;

const REPORT_ANAPHOR = /\b(?:this|the|that|today[’']s|latest|its)\s+(?:latest\s+|annual\s+|new\s+|sobering\s+|damning\s+|thorough\s+|important\s+|critical\s+)?(?:report|review|findings|study|ratings|audit|assessment|analysis|advice|count)\b/gi;
/** A body described, not named ("the commission", "the watchdog"): in an answer to a report, its publisher, standing for the report. */
const PUBLISHER_ANAPHOR = /\b(?:the|this)\s+(?:commission|committee|board|inspectorate|regulator|watchdog|office|council|authority)\b/gi;
const GOVERNMENT_WORDS = /\b(?:ministers|politicians|the ministry|Downing Street)\b/gi;
const FRAMEWORK_ANAPHOR = /\b(?:this|the|that|new|current)\s+(?:new\s+|current\s+)?(?:inspection\s+)?(?:framework|regime|inspection model)\b/gi;

export function targetsFor(
  c: TargetCandidate,
  text: string,
  gaz: Gazetteer,
  mentions: Mention[],
  frameworks: Mention[],
  mainReport: Entity | undefined,
): DraftTarget[] {
  const found = new Map<string, { entity: Entity; at: number; end: number; cue: string }>();
  const add = (entity: Entity | undefined, at: number, cue: string, end = at) => {
    if (!entity || entity.id === c.speaker.id || found.has(entity.id)) return;
    found.set(entity.id, { entity, at, end, cue });
  };
  for (const m of mentions) {
    if (m.start >= c.start && m.end <= c.end) add(m.entity, m.start, `named: ${m.surface}`, m.end);
  }
  // The main report's publisher named in an answer to it ("the NAO did not say that") stands for its report.
  const publisherNamed = mainReport ? [...found.values()].find((f) => mainReport.publishedBy.includes(f.entity.id)) : undefined;
  if (mainReport && publisherNamed) add(mainReport, publisherNamed.at, `publisher named: ${publisherNamed.entity.name}`, publisherNamed.end);
  const span = text.slice(c.start, c.end);
  REPORT_ANAPHOR.lastIndex = 0;
  for (let m = REPORT_ANAPHOR.exec(span); m; m = REPORT_ANAPHOR.exec(span)) {
    if (mainReport) add(mainReport, c.start + m.index, `anaphor: ${m[0]}`, c.start + m.index + m[0].length);
  }
  // Only when the main report's publisher is not in the graph: a body the graph knows is named, not described.
  if (mainReport && !mainReport.publishedBy.some((p) => gaz.get(p))) {
    PUBLISHER_ANAPHOR.lastIndex = 0;
    for (let m = PUBLISHER_ANAPHOR.exec(span); m; m = PUBLISHER_ANAPHOR.exec(span)) {
      add(mainReport, c.start + m.index, `publisher described: ${m[0]}`, c.start + m.index + m[0].length);
    }
  }
  // The government by the words for it that are not its name ("ministers", "politicians", "the ministry").
  GOVERNMENT_WORDS.lastIndex = 0;
  const government = gaz.mentions('the government').find((m) => m.entity.label === 'Organisation')?.entity;
  for (let m = GOVERNMENT_WORDS.exec(span); government && m; m = GOVERNMENT_WORDS.exec(span)) {
    add(government, c.start + m.index, `the government as: ${m[0]}`, c.start + m.index + m[0].length);
  }
  FRAMEWORK_ANAPHOR.lastIndex = 0;
  for (let m = FRAMEWORK_ANAPHOR.exec(span); m; m = FRAMEWORK_ANAPHOR.exec(span)) {
    const before = frameworks.filter((f) => f.start < c.start + m!.index).pop() ?? frameworks[0];
    if (before) add(before.entity, c.start + m.index, `anaphor: ${m[0]}`, c.start + m.index + m![0].length);
  }
  if (c.phrase && /\brespond(?:ing|ed|s)? to\b/i.test(text.slice(c.phrase[0] - 60, c.phrase[1]))) {
    if (mainReport) add(mainReport, c.start, 'responding to the report');
  }
  // Stance per target (stance.ts): the clause that names it, else its sentence, else the statement's
  // evaluative cues. Inside a direct quote, short quoted words are labels (mentions), not judgements.
  // A speaker talking about its own report or framework reports findings, it does not judge them.
  const statementText = text.slice(c.start, c.end);
  const speakerEntity = gaz.get(c.speaker.id);
  const speakerBodies = new Set([c.speaker.id, ...(speakerEntity?.roles.map((r) => r.at) ?? []), ...(c.speaker.role?.at ? [c.speaker.role.at] : [])]);
  const own = (e: Entity) => e.publishedBy.some((p) => speakerBodies.has(p));
  const targets: DraftTarget[] = [];
  for (const { entity, at, end, cue } of found.values()) {
    if (entity.label === 'Person' && c.kind === 'quote' && entity.id === c.speaker.id) continue;
    const inside = at >= c.start && end <= c.end && end > at;
    // A report is judged by evaluative words ("rightly", "flawed"); words about the world it describes
    // ("shocking statistics", "good services") are its findings, not a judgement of it.
    const use = stanceToward(statementText, inside ? [at - c.start, end - c.start] : null, { mentionQuotes: c.kind === 'quote', ownPublication: own(entity) || entity.label === 'Report' });
    targets.push({ target: entity.id, label: entity.label, name: entity.name, stance: use.stance, confidence: stanceConfidence(use.positive, use.negative), cues: [cue, ...(own(entity) ? ['speaker published it'] : []), ...use.cues.slice(0, 8)] });
  }
  if (!targets.length && mainReport) {
    // Stance stage: a statement that names nothing is about the article's report only because it answers
    // it. Its evaluative words judge what the report found (a charity saying a fact is sad, a union
    // blaming the government), not the report: the stance toward the report is neutral, and said so.
    const e = mainReport;
    const whole = stanceToward(statementText, null, { mentionQuotes: c.kind === 'quote', ownPublication: own(e) });
    targets.push({ target: e.id, label: e.label, name: e.name, stance: 'neutral', confidence: 0.4, cues: ['main report of the article (no target named)', `words of the statement (not a judgement of the report): ${whole.stance}`, ...whole.cues.slice(0, 8)] });
  }
  return targets;
}

export function stanceConfidence(positive: number, negative: number): number {
  const total = positive + negative;
  if (total === 0) return 0.5;
  return round(Math.min(0.9, 0.5 + (Math.abs(positive - negative) / total) * 0.25 + Math.min(total, 4) * 0.04));
}
