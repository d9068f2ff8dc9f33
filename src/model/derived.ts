/**
 * What each derived relationship means, as data: between which labels (from the model's allow-list), from
 * what evidence, and by which rules. derive.ts implements these rules; docs/derived-relationships.md is
 * rendered from this table (`npm run schema`), and a test fails when the two differ. Changing a rule here
 * means changing DERIVATION_VERSION, so that stores derived under the old rules derive again on start.
 */
import { createHash } from 'node:crypto';
import { RELATIONSHIPS, type RelationshipType } from './schema.js';

export interface DerivedMeaning {
  /** What a reader may take the edge to say, in one sentence. */
  meaning: string;
  /** The explicit records it is computed from. */
  evidence: string;
  /** Which evidence counts, and how. */
  rule: string;
}

/** Rules every actor-level edge (criticised, praised, agreed, disagreed, responded) follows. */
export const ACTOR_RULES: readonly string[] = [
  'No edge joins a node to itself: what an actor says about itself is in its statements, not in its network.',
  'Organisation roll-up: a statement counts for its speaker, for every organisation or council it SPOKE_FOR, with the speaker as `via`.',
  'Weight counts utterances: statements linked by SAME_WORDS (the same words printed by two sources) count once; `evidence` lists every printing.',
  '`firstDate` and `lastDate` span the evidence’s dates.',
];

export const DERIVED_MEANINGS: Record<DerivedType, DerivedMeaning> = {
  CRITICISED: {
    meaning: 'The actor criticised the target: a person, organisation, council, report, framework, outcome or rating.',
    evidence: 'Statements SAID by the actor (or counting for it) that are ABOUT the target with stance critical or mixed.',
    rule: 'A claim is never criticised: disputing a claim is DISAGREED_WITH.',
  },
  PRAISED: {
    meaning: 'The actor praised the target: a person, organisation, council, report, framework, outcome or rating.',
    evidence: 'Statements SAID by the actor (or counting for it) that are ABOUT the target with stance supportive or mixed.',
    rule: 'A claim is never praised: asserting a claim is AGREED_WITH.',
  },
  AGREED_WITH: {
    meaning: 'The actor agreed with the claim: said it is true.',
    evidence: 'Statements SAID by the actor (or counting for it) that ASSERTS the claim.',
    rule: 'A statement’s relation to a claim is said once: ASSERTS is its supportive stance toward the claim (ABOUT never points at a claim).',
  },
  DISAGREED_WITH: {
    meaning: 'The actor disagreed with the claim: contested it.',
    evidence: 'Statements SAID by the actor (or counting for it) that DISPUTES the claim.',
    rule: 'A statement’s relation to a claim is said once: DISPUTES is its critical stance toward the claim (ABOUT never points at a claim).',
  },
  RESPONDED_TO: {
    meaning: 'The actor responded to the report.',
    evidence: 'Statements SAID by the actor (or counting for it) that RESPONDS_TO the report.',
    rule: 'A response to another statement makes no edge.',
  },
  RATED: {
    meaning: 'The organisation judged the council.',
    evidence: 'Ratings RATED_BY the organisation and RATING_OF the council.',
    rule: 'Each rating counts once; `via` is the rater.',
  },
  SPOKE_FOR: {
    meaning: 'The statement counts for the organisation or council, through `via`.',
    evidence: 'The statement’s SAID speaker; the speaker’s HELD_ROLE (from, to) at the statement’s date; MEMBER_OF.',
    rule:
      'An organisation or council speaks for itself; a person speaks for each organisation or council where they held a role on the statement’s date ' +
      '(a bound the sources do not give does not exclude, nor does an undated statement); and whatever a body speaks for, it also speaks for every ' +
      'organisation it is MEMBER_OF, to the top.',
  },
  SAME_WORDS: {
    meaning: 'Two statements are the same words of one speaker, printed by two sources (from the lower id to the higher).',
    evidence: 'The statements’ text, SAID and SOURCED_FROM.',
    rule: `They share a run of 8 consecutive words, or the shorter (of at least 4 words) lies whole inside the longer.`,
  },
  ATTRIBUTION_CONFLICT: {
    meaning: 'Two sources put the same quoted words in different speakers’ mouths (from the lower id to the higher): at most one attribution is right.',
    evidence: 'The statements’ text, kind, SAID and SOURCED_FROM.',
    rule:
      'Both statements are direct quotes (a paraphrase retells, and two retellings of one report may share words), in different sources, with ' +
      'different speakers, and share a run of 8 consecutive words. Neither is dropped: each keeps counting for its own speaker until a coder decides.',
  },
};

export type DerivedType = {
  [T in RelationshipType]: (typeof RELATIONSHIPS)[T] extends { derived: true } ? T : never;
}[RelationshipType];

export const DERIVED_TYPES = (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter(
  (type): type is DerivedType => Boolean((RELATIONSHIPS[type] as { derived?: boolean }).derived),
);

/** The actor-level edges, derived from statements by the rules of ACTOR_RULES. */
export const ACTOR_EDGE_TYPES = ['CRITICISED', 'PRAISED', 'AGREED_WITH', 'DISAGREED_WITH', 'RESPONDED_TO'] as const satisfies readonly DerivedType[];

/**
 * The version of the rules above. Stores record the version their derived edges were computed with
 * (marker:derivation); on start, a store derived under another version is derived again.
 */
export const DERIVATION_VERSION = 4;

/** A fingerprint of the table: recorded with the version, so a changed table without a new version is visible. */
export function derivationRulesHash(): string {
  return createHash('sha256').update(JSON.stringify({ ACTOR_RULES, DERIVED_MEANINGS, endpoints: DERIVED_TYPES.map((t) => [t, RELATIONSHIPS[t].from, RELATIONSHIPS[t].to]) })).digest('hex');
}

/** docs/derived-relationships.md, rendered from the table. */
export function renderDerivedRelationships(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = DERIVED_TYPES.map((type) => {
    const spec = RELATIONSHIPS[type];
    const m = DERIVED_MEANINGS[type];
    return `| \`${type}\` | ${spec.from.join(', ')} | ${spec.to.join(', ')} | ${cell(m.meaning)} | ${cell(m.evidence)} | ${cell(m.rule)} |`;
  });
  return [
    '# Derived relationships',
    '',
    '<!-- Generated from src/model/derived.ts by `npm run schema`; a test fails when it is stale. -->',
    '',
    'Chorus computes these relationships from the explicit ones; nobody types them. Each actor-level edge',
    'lists its `evidence` (statement or rating ids), with, for each item, the utterance it prints (`utterances`)',
    'and who it came through (`via`).',
    '',
    '| type | from | to | what it says | evidence | rule |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Rules every actor-level edge (${ACTOR_EDGE_TYPES.join(', ')}) follows:`,
    '',
    ...ACTOR_RULES.map((rule) => `- ${rule}`),
    '',
    `Derivation version ${DERIVATION_VERSION}: a store derived under an earlier version derives again when it next starts.`,
    '',
  ].join('\n');
}
