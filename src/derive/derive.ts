/**
 * The derived relationships, computed from the explicit ones and never typed by hand, by the rules of the
 * table in src/model/derived.ts: CRITICISED and PRAISED from statements' stances toward actors and what they
 * make (mixed makes both, neutral neither), AGREED_WITH and DISAGREED_WITH from statements that assert or
 * dispute a claim, RESPONDED_TO from statements made in response to a report, RATED from ratings, SPOKE_FOR
 * from a statement to the organisations it counts for, SAME_WORDS between one speaker's statements carried
 * by two sources, ATTRIBUTION_CONFLICT between the same quoted words carried by two sources under
 * different speakers. Each actor-level edge lists its evidence, weighs distinct utterances, and says whom
 * each item came through. A pure function: the seed loader and the mutations share it.
 */
import { parsePartialDate } from '../model/dates.js';
import { DERIVED_TYPES } from '../model/derived.js';
import { labelOfId, relationshipId } from '../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { RELATIONSHIPS, type RelationshipType } from '../model/schema.js';
import { normaliseWords } from '../model/search-text.js';

export { DERIVED_TYPES };

const BY_STATEMENT: readonly RelationshipType[] = ['SAID', 'SOURCED_FROM', 'HELD_ROLE', 'MEMBER_OF'];
const BY_STATEMENT_PROPERTIES = { Statement: ['date', 'text'] } as const;

/**
 * What each derived type is computed from below: the explicit relationship types it reads, and the node
 * properties of its evidence. A change that touches none of them cannot alter an edge of that type, so
 * re-deriving after it leaves the type alone (recompute.ts). Every actor-level edge reads who a statement
 * counts for (roles and their dates, MEMBER_OF) and which statements print the same words (SAME_WORDS' inputs).
 */
export const DERIVED_INPUTS: Record<string, { relationships: readonly RelationshipType[]; properties: Partial<Record<string, readonly string[]>> }> = {
  CRITICISED: { relationships: [...BY_STATEMENT, 'ABOUT'], properties: BY_STATEMENT_PROPERTIES },
  PRAISED: { relationships: [...BY_STATEMENT, 'ABOUT'], properties: BY_STATEMENT_PROPERTIES },
  AGREED_WITH: { relationships: [...BY_STATEMENT, 'ASSERTS'], properties: BY_STATEMENT_PROPERTIES },
  DISAGREED_WITH: { relationships: [...BY_STATEMENT, 'DISPUTES'], properties: BY_STATEMENT_PROPERTIES },
  // A response counts when its target is a report: the label is in the id, never a property.
  RESPONDED_TO: { relationships: [...BY_STATEMENT, 'RESPONDS_TO'], properties: BY_STATEMENT_PROPERTIES },
  RATED: { relationships: ['RATED_BY', 'RATING_OF'], properties: { Rating: ['date'] } },
  SPOKE_FOR: { relationships: ['SAID', 'HELD_ROLE', 'MEMBER_OF'], properties: { Statement: ['date'] } },
  SAME_WORDS: { relationships: ['SAID', 'SOURCED_FROM'], properties: { Statement: ['text'] } },
  ATTRIBUTION_CONFLICT: { relationships: ['SAID', 'SOURCED_FROM'], properties: { Statement: ['text', 'kind'] } },
};

/** Two statements are the same words when one contains the other, or they share this many consecutive words. */
export const SAME_WORDS_MIN_RUN = 8;
export const SAME_WORDS_MIN_CONTAINED = 4;

interface Evidence {
  id: string;
  date?: string;
  /** The utterance it prints: the lowest id of its SAME_WORDS group (its own id when alone). */
  utterance: string;
  /** Who said it (or rated it). */
  via: string;
}

function evidenceEdge(type: RelationshipType, from: string, to: string, evidence: Evidence[]): RelationshipRecord {
  const sorted = [...evidence].sort((a, b) => a.id.localeCompare(b.id));
  const intervals = sorted.map((e) => (e.date ? parsePartialDate(e.date) : null)).filter((d) => d !== null);
  const first = intervals.reduce<typeof intervals[number] | null>((best, d) => (!best || d.from < best.from ? d : best), null);
  const last = intervals.reduce<typeof intervals[number] | null>((best, d) => (!best || d.to > best.to ? d : best), null);
  // In the model's order of the keys, as a store gives them back: an edge that has not changed compares equal.
  const properties: RelationshipRecord['properties'] = { evidence: sorted.map((e) => e.id), weight: new Set(sorted.map((e) => e.utterance)).size };
  if (first) properties.firstDate = first.value;
  if (last) properties.lastDate = last.value;
  properties.utterances = sorted.map((e) => e.utterance);
  properties.via = sorted.map((e) => e.via);
  return { id: relationshipId(type, from, to), type, from, to, properties };
}

class EdgeCollector {
  private readonly edges = new Map<string, { type: RelationshipType; from: string; to: string; evidence: Map<string, Evidence> }>();

  /** An edge from a node to itself is never made: what an actor says of itself is not a link in its network. */
  add(type: RelationshipType, from: string, to: string, evidence: Evidence): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    let edge = this.edges.get(key);
    if (!edge) this.edges.set(key, (edge = { type, from, to, evidence: new Map() }));
    edge.evidence.set(evidence.id, evidence);
  }

  records(): RelationshipRecord[] {
    return [...this.edges.values()].map((e) => evidenceEdge(e.type, e.from, e.to, [...e.evidence.values()]));
  }
}

/** Whether a role, whose bounds the sources may not give, was held at a statement's date. */
function heldAt(role: RelationshipRecord, date: string | undefined): boolean {
  const said = date ? parsePartialDate(date) : null;
  if (!said) return true;
  const start = typeof role.properties.from === 'string' ? parsePartialDate(role.properties.from) : null;
  const end = typeof role.properties.to === 'string' ? parsePartialDate(role.properties.to) : null;
  return (!start || start.from <= said.to) && (!end || end.to >= said.from);
}

/**
 * The organisations and councils a statement counts for (SPOKE_FOR): its speaker, if a body; each body where
 * a speaking person held a role on the statement's date; and every body those are MEMBER_OF, to the top.
 */
function spokenFor(speaker: string, date: string | undefined, rolesOf: Map<string, RelationshipRecord[]>, partOf: Map<string, string[]>): string[] {
  const start = labelOfId(speaker) === 'Person' ? (rolesOf.get(speaker) ?? []).filter((role) => heldAt(role, date)).map((role) => role.to) : [speaker];
  const found = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const body = queue.pop()!;
    if (found.has(body)) continue;
    found.add(body);
    queue.push(...(partOf.get(body) ?? []));
  }
  return [...found].sort();
}

const STANCE_TYPES: Record<string, RelationshipType[]> = { critical: ['CRITICISED'], supportive: ['PRAISED'], mixed: ['CRITICISED', 'PRAISED'] };
const CLAIM_TYPES: Partial<Record<RelationshipType, RelationshipType>> = { ASSERTS: 'AGREED_WITH', DISPUTES: 'DISAGREED_WITH' };
const APPRAISED = new Set<string>(RELATIONSHIPS.CRITICISED.to);

export function deriveRelationships(nodes: readonly NodeRecord[], relationships: readonly RelationshipRecord[]): RelationshipRecord[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const speakerOf = new Map<string, string>();
  const sourceOf = new Map<string, string>();
  const raters = new Map<string, string>();
  const councils = new Map<string, string>();
  const rolesOf = new Map<string, RelationshipRecord[]>();
  const partOf = new Map<string, string[]>();
  for (const r of relationships) {
    if (r.type === 'SAID') speakerOf.set(r.to, r.from);
    else if (r.type === 'SOURCED_FROM') sourceOf.set(r.from, r.to);
    else if (r.type === 'RATED_BY') raters.set(r.from, r.to);
    else if (r.type === 'RATING_OF') councils.set(r.from, r.to);
    else if (r.type === 'HELD_ROLE') rolesOf.set(r.from, [...(rolesOf.get(r.from) ?? []), r]);
    else if (r.type === 'MEMBER_OF') partOf.set(r.from, [...(partOf.get(r.from) ?? []), r.to]);
  }
  const dateOf = (id: string) => {
    const date = byId.get(id)?.properties.date;
    return typeof date === 'string' ? date : undefined;
  };

  const sameWordsEdges = sameWords(byId, speakerOf, sourceOf);
  const utteranceOf = utterances(sameWordsEdges);
  const derived: RelationshipRecord[] = [...sameWordsEdges, ...attributionConflicts(byId, speakerOf, sourceOf)];

  // Who each statement counts for: its speaker, and the bodies it SPOKE_FOR.
  const actorsOf = new Map<string, string[]>();
  for (const [statement, speaker] of speakerOf) {
    const bodies = spokenFor(speaker, dateOf(statement), rolesOf, partOf);
    actorsOf.set(statement, [...new Set([speaker, ...bodies])]);
    for (const body of bodies) derived.push({ id: relationshipId('SPOKE_FOR', statement, body), type: 'SPOKE_FOR', from: statement, to: body, properties: { via: speaker } });
  }

  const edges = new EdgeCollector();
  for (const r of relationships) {
    const actors = actorsOf.get(r.from);
    if (!actors) continue;
    const evidence = { id: r.from, date: dateOf(r.from), utterance: utteranceOf.get(r.from) ?? r.from, via: speakerOf.get(r.from)! };
    const types =
      r.type === 'ABOUT' && APPRAISED.has(labelOfId(r.to) ?? '') ? STANCE_TYPES[String(r.properties.stance)] ?? []
      : CLAIM_TYPES[r.type] && labelOfId(r.to) === 'Claim' ? [CLAIM_TYPES[r.type]!]
      : r.type === 'RESPONDS_TO' && labelOfId(r.to) === 'Report' ? ['RESPONDED_TO' as const]
      : [];
    for (const type of types) for (const actor of actors) edges.add(type, actor, r.to, evidence);
  }
  for (const [rating, rater] of raters) {
    const council = councils.get(rating);
    if (council) edges.add('RATED', rater, council, { id: rating, date: dateOf(rating), utterance: rating, via: rater });
  }

  // concat, not push(...): a spread of a million edges overflows the call stack.
  return derived.concat(edges.records()).sort((a, b) => a.id.localeCompare(b.id));
}

/** Each statement linked by SAME_WORDS, to the lowest id of its group: the utterance it prints. */
function utterances(sameWordsEdges: readonly RelationshipRecord[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const edge of sameWordsEdges) {
    for (const id of [edge.from, edge.to]) if (!parent.has(id)) parent.set(id, id);
    const [a, b] = [find(edge.from), find(edge.to)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}

/**
 * Pairs of one speaker's statements in different sources that are the same words: they share a run of
 * SAME_WORDS_MIN_RUN consecutive words, or the shorter (of at least SAME_WORDS_MIN_CONTAINED words) lies
 * whole inside the longer. Runs are indexed, so a speaker quoted thousands of times costs a pass over
 * their words, not a comparison of every pair.
 */
function sameWords(byId: Map<string, NodeRecord>, speakerOf: Map<string, string>, sourceOf: Map<string, string>): RelationshipRecord[] {
  const bySpeaker = new Map<string, Printed[]>();
  for (const printed of printedStatements(byId, speakerOf, sourceOf)) {
    const list = bySpeaker.get(printed.speaker) ?? [];
    list.push(printed);
    bySpeaker.set(printed.speaker, list);
  }
  const pairs = new Map<string, [string, string]>();
  for (const statements of bySpeaker.values()) collectSameWords(statements, true, (a, b) => addPair(pairs, a, b));
  return [...pairs.values()].map(([from, to]) => ({ id: relationshipId('SAME_WORDS', from, to), type: 'SAME_WORDS' as const, from, to, properties: {} }));
}

/**
 * Pairs of direct quotes in different sources that share a run of SAME_WORDS_MIN_RUN words under different
 * speakers: two outlets attributing one sentence to two people. Paraphrases are left out, since two
 * retellings of one report share words without either misattributing anything; and only shared runs count,
 * since testing every short quote against every quote in the graph would grow with its square.
 */
function attributionConflicts(byId: Map<string, NodeRecord>, speakerOf: Map<string, string>, sourceOf: Map<string, string>): RelationshipRecord[] {
  const quotes = printedStatements(byId, speakerOf, sourceOf).filter((printed) => byId.get(printed.id)?.properties.kind === 'quote');
  const pairs = new Map<string, [string, string]>();
  collectSameWords(quotes, false, (a, b) => {
    if (a.speaker !== b.speaker) addPair(pairs, a, b);
  });
  return [...pairs.values()].map(([from, to]) => ({ id: relationshipId('ATTRIBUTION_CONFLICT', from, to), type: 'ATTRIBUTION_CONFLICT' as const, from, to, properties: {} }));
}

interface Printed {
  id: string;
  speaker: string;
  source: string;
  words: string[];
}

function printedStatements(byId: Map<string, NodeRecord>, speakerOf: Map<string, string>, sourceOf: Map<string, string>): Printed[] {
  const printed: Printed[] = [];
  for (const [statement, speaker] of speakerOf) {
    const text = byId.get(statement)?.properties.text;
    const source = sourceOf.get(statement);
    if (typeof text === 'string' && source) printed.push({ id: statement, speaker, source, words: normaliseWords(text) });
  }
  return printed;
}

/** Records a pair of statements in different sources, from the lower id to the higher. */
function addPair(pairs: Map<string, [string, string]>, a: Printed, b: Printed): void {
  if (a.source === b.source || a.id === b.id) return;
  const [from, to] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
  pairs.set(`${from}|${to}`, [from, to]);
}

/**
 * Calls `found` for every pair of the statements that are the same words: they share a run of
 * SAME_WORDS_MIN_RUN consecutive words, or (with `contained`) the shorter, of at least
 * SAME_WORDS_MIN_CONTAINED words, lies whole inside the longer. Runs are indexed, so thousands of
 * statements cost a pass over their words; the containment test compares each short quote with every
 * statement, so it is asked for only within one speaker's statements.
 */
function collectSameWords(statements: readonly Printed[], contained: boolean, found: (a: Printed, b: Printed) => void): void {
  const runs = new Map<string, Printed[]>();
  for (const statement of statements) {
    for (let i = 0; i + SAME_WORDS_MIN_RUN <= statement.words.length; i++) {
      const run = statement.words.slice(i, i + SAME_WORDS_MIN_RUN).join(' ');
      const holders = runs.get(run) ?? [];
      for (const other of holders) found(statement, other);
      if (!holders.includes(statement)) holders.push(statement);
      runs.set(run, holders);
    }
  }
  if (!contained) return;
  // Short quotes have no full run: look for them whole inside the other statements.
  for (const short of statements.filter((s) => s.words.length >= SAME_WORDS_MIN_CONTAINED && s.words.length < SAME_WORDS_MIN_RUN)) {
    const needle = ` ${short.words.join(' ')} `;
    for (const other of statements) if (other.words.length >= short.words.length && ` ${other.words.join(' ')} `.includes(needle)) found(short, other);
  }
}
