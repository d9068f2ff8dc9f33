/**
 * Seed files → model records. Each record remembers where it came from
 * (file, path, id), so every problem the loader finds can say exactly which
 * record in which file is wrong. Nothing here touches a store.
 */
import { createHash } from 'node:crypto';
import { labelOfId, relationshipId } from '../model/ids.js';
import { claimLinkFor, claimStanceProblem, CLAIM_LINK_TYPES, type ClaimLink } from '../model/stance-links.js';
import type { NodeRecord, Properties, PropertyValue, RelationshipRecord } from '../model/records.js';
import { STANCES, type Label, type RelationshipType } from '../model/schema.js';
import type { SeedFile, SeedSource, SeedStatement } from './format.js';
import { CodePointText } from '../model/code-point-text.js';

export interface Origin {
  file: string;
  /** Where in the file: `sources[0].statements[3]`. */
  path: string;
}

export interface SeedProblem extends Origin {
  id?: string;
  message: string;
}

/** A proposal kept in a seed file but not loaded (format.ts, SeedHeldBack), for the loader to report. */
export interface HeldBackNotice extends Origin {
  source: string;
  kind: string;
  text: string;
  missing: string[];
}

export interface SeedRecords {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  origins: Map<string, Origin>;
  problems: SeedProblem[];
  heldBack: HeldBackNotice[];
}

export interface LoadedSeedFile {
  file: string;
  data: SeedFile;
}

/** The keys each section's records may have: a typo such as "speakr" is an error, not a silently missing link. */
const ALLOWED_KEYS: Record<string, readonly string[]> = {
  people: ['id', 'name', 'aliases', 'description', 'roles'],
  roles: ['at', 'title', 'from', 'to', 'asOf'],
  organisations: ['id', 'name', 'kind', 'aliases', 'url', 'description', 'memberOf'],
  councils: ['id', 'name', 'aliases', 'region'],
  groups: ['id', 'name', 'aliases', 'description'],
  reports: ['id', 'title', 'kind', 'period', 'date', 'aliases', 'url', 'publishedBy', 'authors', 'framework', 'asserts', 'disputes'],
  frameworks: ['id', 'name', 'aliases', 'introduced', 'description', 'scale', 'publishedBy'],
  claims: ['id', 'text', 'kind', 'value', 'unit', 'period', 'values'],
  values: ['value', 'unit', 'counts'],
  ratings: ['id', 'council', 'grade', 'ordinal', 'date', 'period', 'aspect', 'rater', 'framework', 'report'],
  outcomes: ['id', 'kind', 'description', 'date', 'affected', 'decidedBy', 'followed'],
  sources: ['id', 'title', 'publisher', 'publisherName', 'authors', 'date', 'url', 'textFile', 'sha256', 'furniture', 'statements', 'excludedQuotes', 'asserts', 'disputes', 'ratings', 'heldBack'],
  statements: ['id', 'speaker', 'kind', 'text', 'start', 'end', 'date', 'speakerRole', 'about', 'respondsTo', 'asserts', 'disputes', 'attitudeOf', 'confidence', 'codedBy', 'note'],
  about: ['target', 'stance'],
  excludedQuotes: ['text', 'start', 'reason'],
  heldBack: ['kind', 'text', 'start', 'end', 'missing', 'proposal'],
};

/** Drops undefined values: optional seed fields become absent properties. */
function props(values: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null) out[key] = value as PropertyValue;
  return out;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class SeedConverter {
  readonly records: SeedRecords = { nodes: [], relationships: [], origins: new Map(), problems: [], heldBack: [] };

  constructor(private readonly readText: (textFile: string) => string | null) {}

  problem(origin: Origin, message: string, id?: string): void {
    this.records.problems.push({ ...origin, id, message });
  }

  private checkKeys(section: string, record: object, origin: Origin): void {
    const allowed = ALLOWED_KEYS[section];
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.problem(origin, `unknown field "${key}" in ${section} (allowed: ${allowed.join(', ')})`, (record as { id?: string }).id);
    }
  }

  private node(label: Label, id: unknown, properties: Properties, origin: Origin): void {
    if (typeof id !== 'string' || id === '') {
      this.problem(origin, 'missing "id"');
      return;
    }
    if (this.records.origins.has(id)) {
      const first = this.records.origins.get(id)!;
      this.problem(origin, `id "${id}" is already defined in ${first.file} at ${first.path}`, id);
      return;
    }
    this.records.origins.set(id, origin);
    this.records.nodes.push({ id, label, properties });
  }

  private rel(type: RelationshipType, from: string, to: unknown, properties: Properties, origin: Origin): void {
    if (typeof to !== 'string' || to === '') {
      this.problem(origin, `${type} needs an id to point to, got ${JSON.stringify(to)}`, from);
      return;
    }
    const id = relationshipId(type, from, to, properties);
    this.records.relationships.push({ id, type, from, to, properties });
    this.records.origins.set(id, origin);
  }

  private rels(type: RelationshipType, from: string, targets: unknown, origin: Origin, reverse = false): void {
    if (targets === undefined) return;
    if (!Array.isArray(targets)) {
      this.problem(origin, `${type} targets must be a list of ids`, from);
      return;
    }
    for (const target of targets) {
      if (reverse) {
        if (typeof target === 'string') this.rel(type, target, from, {}, origin);
        else this.problem(origin, `${type} must name ids, got ${JSON.stringify(target)}`, from);
      } else this.rel(type, from, target, {}, origin);
    }
  }

  addFile({ file, data }: LoadedSeedFile): void {
    const section = <T extends object>(name: keyof SeedFile, each: (record: T, origin: Origin) => void) => {
      const list = data[name] as unknown;
      if (list === undefined) return;
      if (!Array.isArray(list)) {
        this.problem({ file, path: name }, `"${name}" must be a list`);
        return;
      }
      list.forEach((record, index) => {
        const origin = { file, path: `${name}[${index}]` };
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
          this.problem(origin, 'must be an object');
          return;
        }
        this.checkKeys(name, record, origin);
        each(record as T, origin);
      });
    };

    section<Record<string, any>>('people', (r, o) => {
      this.node('Person', r.id, props({ name: r.name, aliases: r.aliases, description: r.description }), o);
      (r.roles ?? []).forEach((role: Record<string, any>, i: number) => {
        const origin = { file, path: `${o.path}.roles[${i}]` };
        this.checkKeys('roles', role, origin);
        this.rel('HELD_ROLE', r.id, role.at, props({ title: role.title, from: role.from, to: role.to, asOf: role.asOf }), origin);
      });
    });
    section<Record<string, any>>('organisations', (r, o) => {
      this.node('Organisation', r.id, props({ name: r.name, kind: r.kind, aliases: r.aliases, url: r.url, description: r.description }), o);
      this.rels('MEMBER_OF', r.id, r.memberOf, o);
    });
    section<Record<string, any>>('councils', (r, o) => {
      this.node('Council', r.id, props({ name: r.name, aliases: r.aliases, region: r.region }), o);
    });
    section<Record<string, any>>('groups', (r, o) => {
      this.node('Group', r.id, props({ name: r.name, aliases: r.aliases, description: r.description }), o);
    });
    section<Record<string, any>>('reports', (r, o) => {
      this.node('Report', r.id, props({ title: r.title, kind: r.kind, period: r.period, date: r.date, aliases: r.aliases, url: r.url }), o);
      this.rels('PUBLISHED', r.id, r.publishedBy, o, true);
      this.rels('AUTHORED', r.id, r.authors, o, true);
      if (r.framework !== undefined) this.rel('UNDER_FRAMEWORK', r.id, r.framework, {}, o);
      this.rels('ASSERTS', r.id, r.asserts, o);
      this.rels('DISPUTES', r.id, r.disputes, o);
    });
    section<Record<string, any>>('frameworks', (r, o) => {
      this.node('Framework', r.id, props({ name: r.name, aliases: r.aliases, introduced: r.introduced, description: r.description, scale: r.scale }), o);
      this.rels('PUBLISHED', r.id, r.publishedBy, o, true);
    });
    section<Record<string, any>>('claims', (r, o) => {
      this.node('Claim', r.id, props({ text: r.text, kind: r.kind, value: r.value, unit: r.unit, period: r.period, ...this.claimValues(r, o) }), o);
    });
    section<Record<string, any>>('ratings', (r, o) => {
      this.node('Rating', r.id, props({ grade: r.grade, ordinal: r.ordinal, date: r.date, period: r.period, aspect: r.aspect }), o);
      this.rel('RATING_OF', r.id, r.council, {}, o);
      this.rel('RATED_BY', r.id, r.rater, {}, o);
      if (r.framework !== undefined) this.rel('UNDER_FRAMEWORK', r.id, r.framework, {}, o);
      if (r.report !== undefined) this.rel('IN_REPORT', r.id, r.report, {}, o);
    });
    section<Record<string, any>>('outcomes', (r, o) => {
      this.node('Outcome', r.id, props({ kind: r.kind, description: r.description, date: r.date }), o);
      this.rels('AFFECTED', r.id, r.affected, o);
      this.rels('DECIDED_BY', r.id, r.decidedBy, o);
      this.rels('FOLLOWED', r.id, r.followed, o);
    });
    section<SeedSource>('sources', (r, o) => this.addSource(file, r, o));
  }

  /**
   * A claim's `values` ({value, unit, counts} each) as the model's three parallel lists. The headline
   * `value` must be the first of them, so a reader of either finds the same number first.
   */
  private claimValues(claim: Record<string, any>, origin: Origin): Properties {
    const values = claim.values as unknown;
    if (values === undefined) return {};
    if (!Array.isArray(values) || values.length === 0) {
      this.problem(origin, '"values" must be a non-empty list of {value, unit, counts}', claim.id);
      return {};
    }
    values.forEach((item, i) => {
      const path = { file: origin.file, path: `${origin.path}.values[${i}]` };
      if (item === null || typeof item !== 'object') return this.problem(path, 'must be an object {value, unit, counts}', claim.id);
      this.checkKeys('values', item, path);
      if (typeof item.value !== 'number' || typeof item.unit !== 'string' || typeof item.counts !== 'string') {
        this.problem(path, 'each value needs a number "value", a "unit" and what it "counts"', claim.id);
      }
    });
    if (claim.value !== undefined && values[0]?.value !== claim.value) {
      this.problem(origin, `"value" ${claim.value} must be the first of "values" (${values[0]?.value})`, claim.id);
    }
    return { values: values.map((v) => v?.value), valueUnits: values.map((v) => v?.unit), valueCounts: values.map((v) => v?.counts) };
  }

  private addSource(file: string, source: SeedSource, origin: Origin): void {
    const raw = typeof source.textFile === 'string' ? this.readText(source.textFile) : null;
    if (raw === null) {
      this.problem(origin, `text file "${source.textFile}" not found under seed/sources/`, source.id);
      return;
    }
    const hash = sha256(raw);
    if (source.sha256 !== hash) {
      this.problem(origin, `sha256 of ${source.textFile} is ${hash}, the seed says ${source.sha256}: the text changed, so offsets may be wrong`, source.id);
    }
    const text = new CodePointText(raw);
    const furniture = source.furniture ?? [];
    furniture.forEach(([start, end], i) => {
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
        this.problem({ file, path: `${origin.path}.furniture[${i}]` }, `furniture range [${start}, ${end}) is not within the text (0..${text.length})`, source.id);
      }
    });
    this.node(
      'Source',
      source.id,
      props({ title: source.title, publisherName: source.publisherName, date: source.date, url: source.url, text: raw, contentHash: hash, furniture: furniture.flat() }),
      origin,
    );
    if (source.publisher !== undefined) this.rel('PUBLISHED', source.publisher, source.id, {}, origin);
    this.rels('AUTHORED', source.id, source.authors, origin, true);
    this.rels('ASSERTS', source.id, source.asserts, origin);
    this.rels('DISPUTES', source.id, source.disputes, origin);
    this.rels('CITES', source.id, source.ratings, origin, true);

    (source.statements ?? []).forEach((statement, i) => {
      const statementOrigin = { file, path: `${origin.path}.statements[${i}]` };
      if (statement === null || typeof statement !== 'object') return this.problem(statementOrigin, 'must be an object');
      this.checkKeys('statements', statement, statementOrigin);
      this.addStatement(file, source, text, furniture, statement, statementOrigin);
    });
    (source.excludedQuotes ?? []).forEach((excluded, i) => {
      const excludedOrigin = { file, path: `${origin.path}.excludedQuotes[${i}]` };
      this.checkKeys('excludedQuotes', excluded, excludedOrigin);
      const end = excluded.start + Array.from(excluded.text ?? '').length;
      if (text.slice(excluded.start, end) !== excluded.text) {
        this.problem(excludedOrigin, `excluded quote "${excluded.text}" is not at offset ${excluded.start} (found ${JSON.stringify(text.slice(excluded.start, end))})`, source.id);
      }
      if (!excluded.reason) this.problem(excludedOrigin, 'an excluded quote needs a reason', source.id);
    });
    (source.heldBack ?? []).forEach((held, i) => {
      const heldOrigin = { file, path: `${origin.path}.heldBack[${i}]` };
      this.checkKeys('heldBack', held, heldOrigin);
      if (text.slice(held.start, held.end) !== held.text) {
        this.problem(heldOrigin, `held-back ${held.kind} "${String(held.text).slice(0, 60)}" is not verbatim at [${held.start}, ${held.end})`, source.id);
      }
      if (!Array.isArray(held.missing) || held.missing.length === 0) this.problem(heldOrigin, 'a held-back proposal says what it is missing ("missing": ["about"])', source.id);
      this.records.heldBack.push({ ...heldOrigin, source: source.id, kind: String(held.kind), text: String(held.text), missing: Array.isArray(held.missing) ? held.missing.map(String) : [] });
    });
  }

  private addStatement(file: string, source: SeedSource, text: CodePointText, furniture: [number, number][], s: SeedStatement, origin: Origin): void {
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      this.problem(origin, `offsets [${start}, ${end}) are not a span of the source text (0..${text.length})`, s.id);
    } else {
      const found = text.slice(start, end);
      if (found !== s.text) {
        const elsewhere = text.find(s.text);
        const hint = elsewhere.length ? `; the text occurs at ${elsewhere.map(([a, b]) => `[${a}, ${b})`).join(', ')}` : '; the text occurs nowhere in the source';
        this.problem(origin, `text is not verbatim at [${start}, ${end}) of ${source.id}: found ${JSON.stringify(found.slice(0, 60))}${hint}`, s.id);
      }
      for (const [a, b] of furniture) {
        if (start < b && end > a) this.problem(origin, `statement overlaps page furniture [${a}, ${b})`, s.id);
      }
    }
    this.node(
      'Statement',
      s.id,
      props({
        text: s.text,
        kind: s.kind,
        date: s.date ?? source.date,
        speakerRole: s.speakerRole,
        codedBy: s.codedBy ?? `seed:${file}`,
        confidence: s.confidence ?? 1,
        note: s.note,
      }),
      origin,
    );
    this.rel('SAID', s.speaker, s.id, {}, origin);
    this.rel('SOURCED_FROM', s.id, source.id, props({ start, end }), origin);
    const claimTargets = [...(Array.isArray(s.asserts) ? s.asserts : []), ...(Array.isArray(s.disputes) ? s.disputes : [])];
    if ((!Array.isArray(s.about) || s.about.length === 0) && claimTargets.length === 0) {
      this.problem(origin, 'a statement needs at least one target: "about" (with a stance), "asserts" or "disputes"', s.id);
    }
    // A statement's relation to a claim is stored once, as ASSERTS or DISPUTES (model/stance-links.ts). A seed
    // file may still name a claim in `about`, as it always could: supportive is read as asserts, critical as disputes.
    const claimLinks = new Map<string, { type: ClaimLink; target: string; origin: Origin }>();
    const addClaimLink = (type: ClaimLink, target: string, linkOrigin: Origin) => {
      if (!claimLinks.has(`${type}|${target}`)) claimLinks.set(`${type}|${target}`, { type, target, origin: linkOrigin });
    };
    (s.about ?? []).forEach((about, i) => {
      const aboutOrigin = { file, path: `${origin.path}.about[${i}]` };
      this.checkKeys('about', about, aboutOrigin);
      if (typeof about.target === 'string' && labelOfId(about.target) === 'Claim') {
        const link = claimLinkFor(about.stance);
        const stanceOrigin = { file, path: `${aboutOrigin.path}.stance` };
        if (link) addClaimLink(link, about.target, aboutOrigin);
        else if (!(STANCES as readonly unknown[]).includes(about.stance)) this.problem(stanceOrigin, `stance must be one of ${STANCES.join(', ')}; got ${JSON.stringify(about.stance)}`, s.id);
        else this.problem(stanceOrigin, `${claimStanceProblem(about.target, String(about.stance))}; list the claim in "asserts" or "disputes", or leave it out`, s.id);
      } else this.rel('ABOUT', s.id, about.target, props({ stance: about.stance }), aboutOrigin);
    });
    this.rels('RESPONDS_TO', s.id, s.respondsTo, origin);
    for (const type of CLAIM_LINK_TYPES) {
      const field: unknown = type === 'ASSERTS' ? s.asserts : s.disputes;
      if (field === undefined) continue;
      if (!Array.isArray(field)) {
        this.problem(origin, `${type} targets must be a list of ids`, s.id);
        continue;
      }
      for (const target of field) {
        if (typeof target === 'string' && target !== '') addClaimLink(type, target, origin);
        else this.problem(origin, `${type} needs an id to point to, got ${JSON.stringify(target)}`, s.id);
      }
    }
    for (const { type, target, origin: linkOrigin } of claimLinks.values()) {
      if (type === 'DISPUTES' && claimLinks.has(`ASSERTS|${target}`)) this.problem(linkOrigin, `a statement cannot both assert and dispute ${target}`, s.id);
      else this.rel(type, s.id, target, {}, linkOrigin);
    }
    this.rels('ATTITUDE_OF', s.id, s.attitudeOf, origin);
  }
}
