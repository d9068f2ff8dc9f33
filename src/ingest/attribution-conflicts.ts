/**
 * Which statements in the graph carry the same words as these under another speaker: the attribution
 * conflict a reviewer should settle before committing a statement (the derived ATTRIBUTION_CONFLICT finds
 * the same between stored quotes, on shared runs; this answers for words not stored yet). The words overlap
 * when their longest common run of words is at least OVERLAP of the shorter's words, so a quote printed
 * whole, or trimmed by an outlet, matches, and two statements sharing a phrase do not.
 *
 * Candidates come from the full-text index (the statements sharing the most of these words), so a check
 * costs one search, not a pass over every statement.
 */
import type { NodeRecord } from '../model/records.js';
import { MAX_LENGTH } from '../model/schema.js';
import { normaliseWords } from '../model/search-text.js';
import { SAME_WORDS_MIN_CONTAINED } from '../derive/derive.js';
import { ValidationError } from '../errors.js';
import type { GraphStore } from '../store/port.js';
import type { Draft, DraftAttributionConflict } from './draft.js';

/** The share of the shorter statement's words that must run in the longer one. */
export const OVERLAP = 0.8;
/** Statements the full-text index offers as candidates, best first. */
const CANDIDATES = 250;

export interface AttributionConflictFound {
  statement: NodeRecord;
  speaker: NodeRecord;
  source: NodeRecord | null;
  /** The longest common run of words, as a share of the shorter statement's words. */
  overlap: number;
}

export interface ConflictQuery {
  text: string;
  /** The speaker the words are given to: that speaker's own statements are no conflict. */
  speaker?: string;
  /** Leave out the statements of this source (the article being reviewed). */
  source?: string;
}

export async function findAttributionConflicts(store: GraphStore, { text, speaker, source }: ConflictQuery): Promise<AttributionConflictFound[]> {
  if ([...text].length > MAX_LENGTH.quote) {
    throw new ValidationError([{ path: ['text'], message: `is ${[...text].length} characters long; a statement is at most ${MAX_LENGTH.quote}` }], 'cannot look for attribution conflicts');
  }
  const words = normaliseWords(text);
  if (words.length < SAME_WORDS_MIN_CONTAINED) return [];
  const hits = await store.search({ words: [...new Set(words)], labels: ['Statement'], limit: CANDIDATES, properties: ['text', 'kind'] });
  const overlapping = hits
    .map((hit) => ({ statement: hit.node, overlap: overlapOf(words, normaliseWords(String(hit.node.properties.text ?? ''))) }))
    .filter((c) => c.overlap >= OVERLAP);
  if (!overlapping.length) return [];
  const ids = overlapping.map((c) => c.statement.id);
  const [speakers, sources] = await Promise.all([
    store.related(ids, { type: 'SAID', direction: 'in', properties: ['name'] }),
    store.related(ids, { type: 'SOURCED_FROM', direction: 'out', properties: ['title'] }),
  ]);
  return overlapping
    .map((c, i): Omit<AttributionConflictFound, 'speaker'> & { speaker?: NodeRecord } => ({ ...c, speaker: speakers[i][0]?.node, source: sources[i][0]?.node ?? null }))
    .filter((c): c is AttributionConflictFound => c.speaker !== undefined && c.speaker.id !== speaker && (source === undefined || c.source?.id !== source))
    .sort((a, b) => b.overlap - a.overlap || a.statement.id.localeCompare(b.statement.id));
}

/** The same, as a draft statement carries it. */
export function asDraftConflict(found: AttributionConflictFound): DraftAttributionConflict {
  return {
    statement: found.statement.id,
    speaker: found.speaker.id,
    speakerName: String(found.speaker.properties.name ?? found.speaker.id),
    ...(found.source ? { source: found.source.id, sourceTitle: String(found.source.properties.title ?? found.source.id) } : {}),
  };
}

/** The longest run of words the two share, as a share of the shorter's words (0 when either has too few to count). */
export function overlapOf(a: readonly string[], b: readonly string[]): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter < SAME_WORDS_MIN_CONTAINED) return 0;
  // Longest common substring over words, one row at a time.
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  let longest = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : 0;
      if (current[j] > longest) longest = current[j];
    }
    [previous, current] = [current, previous];
  }
  return longest / shorter;
}

/** Each proposed statement with the statements in the graph that give its words to another speaker (`conflicts`, absent when none). */
export async function withAttributionConflicts(store: GraphStore, draft: Draft): Promise<Draft> {
  const found: AttributionConflictFound[][] = [];
  for (const s of draft.statements) {
    found.push(await findAttributionConflicts(store, { text: s.text, speaker: s.speaker.id, source: draft.source.id }));
    // One statement at a time, letting other requests in between: a long article has hundreds, and on the
    // embedded store a search runs on this thread (the proposal itself runs in a worker for the same reason).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ...draft, statements: draft.statements.map((s, i) => (found[i].length ? { ...s, conflicts: found[i].map(asDraftConflict) } : s)) };
}
