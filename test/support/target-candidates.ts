/** What the target-stage tests build their cases from: a person who speaks, and the candidate for words in a text. */
import type { Resolved } from '../../src/ingest/attribution.js';
import type { Entity } from '../../src/ingest/gazetteer.js';
import type { TargetCandidate } from '../../src/ingest/stages/targets.js';

export const entity = (id: string, label: Entity['label'], name: string, extra: Partial<Entity> = {}): Entity => ({ id, label, name, aliases: [], roles: [], publishedBy: [], ...extra });

/** A person named in the text, as the attribution stage resolves one. */
export const speaker = (name: string, extra: Partial<Resolved> = {}): Resolved => ({
  id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, name, label: 'Person', existing: false, resolvedBy: 'named', mention: name, confidence: 0.9, start: 0, end: 0, ...extra,
});

/** The candidate for the words `words` in `text` (their first occurrence). */
export function quote(text: string, words: string, who: Resolved, kind: TargetCandidate['kind'] = 'quote'): TargetCandidate {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { kind, start, end: start + words.length, speaker: who };
}
