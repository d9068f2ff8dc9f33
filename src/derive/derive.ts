/**
 * The derived relationships, computed from the explicit ones and never typed
 * by hand: CRITICISED and PRAISED from statements' stances (mixed makes
 * both, neutral neither), RESPONDED_TO from statements made in response to
 * a report, RATED from ratings, SAME_WORDS between one speaker's statements
 * carried by two sources. Each derived edge lists its evidence. A pure
 * function: the seed loader and the mutations share it.
 */
import { parsePartialDate } from '../model/dates.js';
import { relationshipId } from '../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { RELATIONSHIPS, type RelationshipType } from '../model/schema.js';
import { normaliseWords } from '../model/search-text.js';

export const DERIVED_TYPES = (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter(
  (type) => (RELATIONSHIPS[type] as { derived?: boolean }).derived,
);

/**
 * What each derived type is computed from below: the explicit relationship types it reads, and the node
 * properties of its evidence. A change that touches none of them cannot alter an edge of that type, so
 * re-deriving after it leaves the type alone (recompute.ts).
 */
export const DERIVED_INPUTS: Record<string, { relationships: readonly RelationshipType[]; properties: Partial<Record<string, readonly string[]>> }> = {
  CRITICISED: { relationships: ['SAID', 'ABOUT'], properties: { Statement: ['date'] } },
  PRAISED: { relationships: ['SAID', 'ABOUT'], properties: { Statement: ['date'] } },
  // A response counts when its target is a report: the label is in the id, never a property.
  RESPONDED_TO: { relationships: ['SAID', 'RESPONDS_TO'], properties: { Statement: ['date'] } },
  RATED: { relationships: ['RATED_BY', 'RATING_OF'], properties: { Rating: ['date'] } },
  SAME_WORDS: { relationships: ['SAID', 'SOURCED_FROM'], properties: { Statement: ['text'] } },
};

/** Two statements are the same words when one contains the other, or they share this many consecutive words. */
export const SAME_WORDS_MIN_RUN = 8;
const SAME_WORDS_MIN_CONTAINED = 4;

interface Evidence {
  id: string;
  date?: string;
}

function evidenceEdge(type: RelationshipType, from: string, to: string, evidence: Evidence[]): RelationshipRecord {
  const sorted = [...evidence].sort((a, b) => a.id.localeCompare(b.id));
  const intervals = sorted.map((e) => (e.date ? parsePartialDate(e.date) : null)).filter((d) => d !== null);
  const first = intervals.reduce<typeof intervals[number] | null>((best, d) => (!best || d.from < best.from ? d : best), null);
  const last = intervals.reduce<typeof intervals[number] | null>((best, d) => (!best || d.to > best.to ? d : best), null);
  const properties: RelationshipRecord['properties'] = { evidence: sorted.map((e) => e.id), weight: sorted.length };
  if (first) properties.firstDate = first.value;
  if (last) properties.lastDate = last.value;
  return { id: relationshipId(type, from, to), type, from, to, properties };
}

class EdgeCollector {
  private readonly edges = new Map<string, { type: RelationshipType; from: string; to: string; evidence: Map<string, Evidence> }>();

  add(type: RelationshipType, from: string, to: string, evidence: Evidence): void {
    const key = `${type}|${from}|${to}`;
    let edge = this.edges.get(key);
    if (!edge) this.edges.set(key, (edge = { type, from, to, evidence: new Map() }));
    edge.evidence.set(evidence.id, evidence);
  }

  records(): RelationshipRecord[] {
    return [...this.edges.values()].map((e) => evidenceEdge(e.type, e.from, e.to, [...e.evidence.values()]));
  }
}

export function deriveRelationships(nodes: readonly NodeRecord[], relationships: readonly RelationshipRecord[]): RelationshipRecord[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const speakerOf = new Map<string, string>();
  const sourceOf = new Map<string, string>();
  const raters = new Map<string, string>();
  const councils = new Map<string, string>();
  for (const r of relationships) {
    if (r.type === 'SAID') speakerOf.set(r.to, r.from);
    else if (r.type === 'SOURCED_FROM') sourceOf.set(r.from, r.to);
    else if (r.type === 'RATED_BY') raters.set(r.from, r.to);
    else if (r.type === 'RATING_OF') councils.set(r.from, r.to);
  }
  const dateOf = (id: string) => {
    const date = byId.get(id)?.properties.date;
    return typeof date === 'string' ? date : undefined;
  };

  const edges = new EdgeCollector();
  for (const r of relationships) {
    const speaker = r.type === 'ABOUT' || r.type === 'RESPONDS_TO' ? speakerOf.get(r.from) : undefined;
    if (r.type === 'ABOUT' && speaker) {
      const evidence = { id: r.from, date: dateOf(r.from) };
      const stance = r.properties.stance;
      if (stance === 'critical' || stance === 'mixed') edges.add('CRITICISED', speaker, r.to, evidence);
      if (stance === 'supportive' || stance === 'mixed') edges.add('PRAISED', speaker, r.to, evidence);
    } else if (r.type === 'RESPONDS_TO' && speaker && byId.get(r.to)?.label === 'Report') {
      edges.add('RESPONDED_TO', speaker, r.to, { id: r.from, date: dateOf(r.from) });
    }
  }
  for (const [rating, rater] of raters) {
    const council = councils.get(rating);
    if (council) edges.add('RATED', rater, council, { id: rating, date: dateOf(rating) });
  }

  const derived = edges.records();
  derived.push(...sameWords(byId, speakerOf, sourceOf));
  return derived.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Pairs of one speaker's statements in different sources that are the same words: they share a run of
 * SAME_WORDS_MIN_RUN consecutive words, or the shorter (of at least SAME_WORDS_MIN_CONTAINED words) lies
 * whole inside the longer. Runs are indexed, so a speaker quoted thousands of times costs a pass over
 * their words, not a comparison of every pair.
 */
function sameWords(byId: Map<string, NodeRecord>, speakerOf: Map<string, string>, sourceOf: Map<string, string>): RelationshipRecord[] {
  const bySpeaker = new Map<string, { id: string; source: string; words: string[] }[]>();
  for (const [statement, speaker] of speakerOf) {
    const text = byId.get(statement)?.properties.text;
    const source = sourceOf.get(statement);
    if (typeof text !== 'string' || !source) continue;
    const list = bySpeaker.get(speaker) ?? [];
    list.push({ id: statement, source, words: normaliseWords(text) });
    bySpeaker.set(speaker, list);
  }
  const pairs = new Map<string, [string, string]>();
  const addPair = (a: { id: string; source: string }, b: { id: string; source: string }) => {
    if (a.source === b.source || a.id === b.id) return;
    const [from, to] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    pairs.set(`${from}|${to}`, [from, to]);
  };
  for (const statements of bySpeaker.values()) {
    const runs = new Map<string, typeof statements>();
    for (const statement of statements) {
      for (let i = 0; i + SAME_WORDS_MIN_RUN <= statement.words.length; i++) {
        const run = statement.words.slice(i, i + SAME_WORDS_MIN_RUN).join(' ');
        const holders = runs.get(run) ?? [];
        for (const other of holders) addPair(statement, other);
        if (!holders.includes(statement)) holders.push(statement);
        runs.set(run, holders);
      }
    }
    // Short quotes have no full run: look for them whole inside the speaker's other statements.
    for (const short of statements.filter((s) => s.words.length >= SAME_WORDS_MIN_CONTAINED && s.words.length < SAME_WORDS_MIN_RUN)) {
      const needle = ` ${short.words.join(' ')} `;
      for (const other of statements) if (other.words.length >= short.words.length && ` ${other.words.join(' ')} `.includes(needle)) addPair(short, other);
    }
  }
  return [...pairs.values()].map(([from, to]) => ({ id: relationshipId('SAME_WORDS', from, to), type: 'SAME_WORDS' as const, from, to, properties: {} }));
}
