/**
 * Target-resolution stage, frameworks: an inspection or assessment framework the text names by its
 * title ("the Education Inspection Framework", "its Single Assessment Framework (SAF)") that the graph
 * does not hold is proposed as a new framework (`Draft.newFrameworks`), so statements about it ("the new
 * framework is too narrow") have something to point at. A framework only described ("the new
 * framework") is not proposed: it refers back to one named. Plain text in, plain data out.
 */
import type { DraftNewFramework } from '../draft.js';
import type { Entity, Mention } from '../gazetteer.js';
import { fold, slugify } from '../text.js';

export interface ProposedFramework {
  entity: Entity;
  /** UTF-16 offsets (the caller converts them to code points). */
  draft: DraftNewFramework & Required<Pick<DraftNewFramework, 'start' | 'end' | 'rule'>>;
  /** Every place the text names it, by title or by the acronym it gave. */
  mentions: Mention[];
}

/** A capitalised title ending in "Framework", with small words inside ("Framework for Inspecting Schools" is not taken: the head comes last). */
const TITLE = /(?<![\p{L}])((?:[A-Z][\p{L}’'-]*[ \t]+(?:(?:of|for|and|in|on)[ \t]+)?){1,5})Framework(?![\p{L}])(?:[ \t]*\(([A-Z]{2,6})\))?/gu;
/** Words that start a sentence or a phrase, not a title. */
const NOT_TITLE = /^(?:The|This|That|A|An|Its|Our|Their|New|Current|Revised|Under|Ofsted’s|Ofsted's)$/;

export function proposeFrameworks(
  text: string,
  known: Mention[],
  content: (a: number, b: number) => boolean,
  exists: (id: string) => boolean,
): ProposedFramework[] {
  const out: ProposedFramework[] = [];
  for (const m of text.matchAll(TITLE)) {
    let words = m[1]!.trim().split(/\s+/);
    while (words.length && NOT_TITLE.test(words[0]!)) words = words.slice(1);
    if (!words.length || /^(?:of|for|and|in|on)$/.test(words[0]!)) continue;
    const name = `${words.join(' ')} Framework`;
    const start = m.index! + m[0].indexOf(words[0]!);
    const end = m.index! + m[1]!.length + 'Framework'.length;
    if (!content(start, end) || known.some((k) => k.start < end && k.end > start)) continue;
    const same = out.find((o) => fold(o.entity.name) === fold(name));
    if (same) {
      same.mentions.push({ start, end, entity: same.entity, via: 'name', surface: text.slice(start, end) });
      continue;
    }
    const base = `framework:${slugify(name, 60)}`;
    let id = base;
    for (let n = 2; exists(id) || out.some((o) => o.entity.id === id); n++) id = `${base}-${n}`;
    const entity: Entity = { id, label: 'Framework', name, aliases: m[2] ? [m[2]] : [], roles: [], publishedBy: [] };
    out.push({ entity, draft: { id, name, start, end, rule: 'new-framework:titled' }, mentions: [{ start, end, entity, via: 'name', surface: text.slice(start, end) }] });
  }
  // The acronym the text gave it in brackets names it again ("the EIF").
  for (const f of out) {
    for (const acronym of f.entity.aliases) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}(])${acronym}(?![\\p{L})])`, 'gu'))) {
        if (content(m.index!, m.index! + acronym.length)) f.mentions.push({ start: m.index!, end: m.index! + acronym.length, entity: f.entity, via: 'alias', surface: acronym });
      }
    }
    f.mentions.sort((a, b) => a.start - b.start);
  }
  return out;
}
