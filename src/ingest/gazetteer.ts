/**
 * The graph's own names, read from the store once per article: actors,
 * reports, frameworks (with aliases), people's roles, reports' publishers,
 * claims (value and unit) and ratings. `mentions()` finds where any of those
 * names occur in a text, longest match first.
 *
 * Matching rules (explainable, no guessing): a single-word name or alias,
 * and any acronym, must match with its capitals as stored ("Wood" is not
 * "wood", "SIF" is not "sif"); a name of two or more words matches in any
 * case ("the Government", "sir micahel wilshaw"). Typographic and straight
 * apostrophes are the same character. Words must be whole. Names are found
 * with a token index (./name-index.ts), never compiled into a regular
 * expression: a name is data of any length, and a graph may hold 100,000.
 * A group ("social workers", "water companies") is named by common nouns, not by a name: `mentions()`
 * leaves groups out, and `groupMentions()` finds them for the target stage, which keeps one only where a
 * statement thanks, credits or defends it (stages/praised-groups.ts).
 */
import type { GraphStore } from '../store/port.js';
import { damerauLevenshtein } from '../search/edit-distance.js';
import { NameIndex } from './name-index.js';
import { fold } from './text.js';
import { readGraphNames } from './graph-names.js';

export type EntityLabel = 'Person' | 'Organisation' | 'Council' | 'Group' | 'Report' | 'Framework';

export interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  kind?: string;
  date?: string;
  /** People: their roles ({title, at}). */
  roles: { title: string; at: string }[];
  /** Reports and frameworks: who published them. */
  publishedBy: string[];
  /** Reports: the framework they were made under, when the graph says. */
  framework?: string;
  /** Reports: the period they cover, as written ("2013-14"). */
  period?: string;
}

export interface ClaimEntry {
  id: string;
  text: string;
  value: number;
  unit: string;
  period?: string;
  /** Every number the claim states, with what it counts (the headline first). */
  values?: { value: number; unit?: string; counts?: string }[];
}

export interface RatingEntry {
  id: string;
  council: string;
  grade: string;
  /** The report it was published in, and the period or date it judged, when the graph says. */
  report?: string;
  period?: string;
  date?: string;
}

export interface Mention {
  /** UTF-16 [start, end) in the text searched. */
  start: number;
  end: number;
  entity: Entity;
  /** The form that matched: `name` or `alias`. */
  via: 'name' | 'alias';
  surface: string;
}

interface Form {
  entity: Entity;
  via: 'name' | 'alias';
}

/**
 * A single word (or an acronym) keeps its capitals ("Wood" is not "wood");
 * a name of two or more words matches in any case. Shorter than two
 * characters is no name.
 */
function addForm(index: NameIndex<Form>, form: string, value: Form): void {
  const trimmed = form.trim();
  if (trimmed.length < 2) return;
  index.add(trimmed, value, !/\s/u.test(trimmed));
}

/** The kinds of body the graph records that make reports by assessing others (an inspectorate, a regulator, …). */
export const ASSESSOR_KIND = /^(?:inspectorate|regulator|ombudsman|auditor|audit-office|watchdog)$/;

export class Gazetteer {
  readonly byId = new Map<string, Entity>();
  private readonly forms = new NameIndex<Form>();
  private readonly groupForms = new NameIndex<Form>();

  constructor(
    entities: Entity[],
    readonly claims: ClaimEntry[],
    readonly ratings: RatingEntry[],
  ) {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      const seen = new Set<string>();
      const add = (form: string, via: 'name' | 'alias') => {
        const key = form.trim();
        if (seen.has(key)) return;
        seen.add(key);
        // A group's name is common nouns, matched in any case ("Social workers" opening a sentence); an acronym keeps its capitals.
        if (entity.label === 'Group') {
          if (key.length >= 2) this.groupForms.add(key, { entity, via }, /^[\p{Lu}\p{N}]+$/u.test(key));
        } else addForm(this.forms, form, { entity, via });
      };
      add(entity.name, 'name');
      for (const alias of entity.aliases) add(alias, 'alias');
      // "Sir Michael Wilshaw" is also written "Michael Wilshaw"; honorifics are optional.
      if (entity.label === 'Person') {
        const bare = entity.name.replace(/^(?:Sir|Dame|Dr|Lord|Lady|Baroness|Cllr|Coun|Councillor|Mr|Mrs|Ms|Professor|Prof)\.?\s+/, '');
        if (bare !== entity.name && bare.includes(' ')) add(bare, 'alias');
      }
    }
  }

  /** The graph's names, read as plain data (graph-names.ts: the proposal threads get the same data). */
  static async load(store: GraphStore): Promise<Gazetteer> {
    const { entities, claims, ratings } = await readGraphNames(store);
    return new Gazetteer(entities, claims, ratings);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  private officeList?: { title: string; at: string }[];
  /**
   * The offices the graph's people hold, as a text names them without the holder ("the chief inspector",
   * "national director for social care"): folded, in words, without "HM" or "Her Majesty's"; titles of three words or
   * more only, since shorter ones ("director", "chief inspector") are held at many bodies and name none of them.
   */
  offices(): { title: string; at: string }[] {
    this.officeList ??= [...this.byId.values()].flatMap((e) =>
      e.label !== 'Person'
        ? []
        : e.roles
            .map((r) => ({ title: fold(r.title).replace(/[^\p{L}]+/gu, ' ').trim().replace(/^(?:hm|her majesty s|his majesty s)\s+/, ''), at: r.at }))
            .filter((o) => o.title.split(' ').length >= 3),
    );
    return this.officeList;
  }

  /** Every name or alias occurrence in `text` (offset by `base`), longest first where they overlap. */
  mentions(text: string, base = 0): Mention[] {
    const found: Mention[] = this.forms.find(text).map((hit) => ({
      start: base + hit.start,
      end: base + hit.end,
      entity: hit.value.entity,
      via: hit.value.via,
      surface: text.slice(hit.start, hit.end),
    }));
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: Mention[] = [];
    let reach = -1;
    for (const m of found) {
      if (m.start >= reach) {
        kept.push(m);
        reach = m.end;
      } else if (m.end <= reach && kept.length && kept[kept.length - 1]!.start === m.start && kept[kept.length - 1]!.end === m.end && m.via === 'name') {
        // Two entities share the exact form: keep both, the name before the alias.
        kept.push(m);
      }
    }
    return kept;
  }

  /** Every place the text names one of the graph's groups by its name or an alias, longest first where they overlap. */
  groupMentions(text: string, base = 0): Mention[] {
    const found = this.groupForms.find(text).sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Mention[] = [];
    for (const hit of found) {
      if (kept.length && hit.start < kept[kept.length - 1]!.end) continue;
      kept.push({ start: base + hit.start, end: base + hit.end, entity: hit.value.entity, via: hit.value.via, surface: text.slice(hit.start, hit.end) });
    }
    return kept;
  }

  /** A person whose name is within a small edit distance of `name` (typos such as "Wishaw"); null unless exactly one. */
  fuzzyPerson(name: string): Entity | null {
    const target = fold(name);
    if (target.length < 8 || !target.includes(' ')) return null;
    const hits = new Set<Entity>();
    for (const entity of this.byId.values()) {
      if (entity.label !== 'Person') continue;
      for (const form of [entity.name, ...entity.aliases]) {
        const f = fold(form);
        if (!f.includes(' ')) continue;
        if (damerauLevenshtein(target, f, 2) <= 2) hits.add(entity);
      }
    }
    return hits.size === 1 ? [...hits][0]! : null;
  }

  /** People holding a role whose title matches (case-insensitive), optionally at one organisation. */
  peopleWithRole(title: string, at?: string): Entity[] {
    const t = fold(title);
    const out: Entity[] = [];
    for (const entity of this.byId.values()) {
      if (entity.label !== 'Person') continue;
      if (entity.roles.some((r) => (fold(r.title) === t || fold(r.title).endsWith(` ${t}`) || t.endsWith(fold(r.title))) && (!at || r.at === at))) out.push(entity);
    }
    return out;
  }
}
