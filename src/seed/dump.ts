/**
 * The whole graph back out in the seed format, including what was added
 * through the API: the backup, and the way to move a graph between stores
 * (dump, then seed with NEO4J_URI set). Derived relationships and the seed
 * marker are left out: the loader recomputes them. Excluded-quote notes are
 * seed annotations, not graph data, so a dump does not carry them.
 */
import { createHash } from 'node:crypto';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { RELATIONSHIPS, relationshipTypeNames, type Label, type RelationshipType } from '../model/schema.js';
import type { GraphStore } from '../store/port.js';
import type { SeedFile, SeedSource, SeedStatement } from './format.js';

const PAGE = 1_000;

export interface DumpedSeed {
  /** File name → content. */
  files: Map<string, SeedFile>;
  /** Text file name (under sources/) → text. */
  texts: Map<string, string>;
}

/** Every node of a label, in id order. */
async function allNodes(store: GraphStore, label: Label): Promise<NodeRecord[]> {
  const nodes: NodeRecord[] = [];
  let after;
  for (;;) {
    const page = await store.list({ label, limit: PAGE, after });
    nodes.push(...page.nodes);
    if (!page.hasMore) return nodes;
    after = page.keys.at(-1);
  }
}

/** Explicit relationships, indexed by endpoint for the record being dumped. */
class RelationshipIndex {
  private readonly out = new Map<string, RelationshipRecord[]>();
  private readonly in = new Map<string, RelationshipRecord[]>();

  add(rel: RelationshipRecord): void {
    for (const [map, key] of [[this.out, rel.from], [this.in, rel.to]] as const) {
      const list = map.get(key);
      if (list) list.push(rel);
      else map.set(key, [rel]);
    }
  }

  outgoing(id: string, type: RelationshipType): RelationshipRecord[] {
    return (this.out.get(id) ?? []).filter((r) => r.type === type).sort((a, b) => a.id.localeCompare(b.id));
  }

  incoming(id: string, type: RelationshipType): RelationshipRecord[] {
    return (this.in.get(id) ?? []).filter((r) => r.type === type).sort((a, b) => a.id.localeCompare(b.id));
  }
}

/** Drops empty lists and undefined values so a dump reads like a hand-written seed file. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const slugOf = (id: string) => id.slice(id.indexOf(':') + 1);

export async function dumpGraph(store: GraphStore): Promise<DumpedSeed> {
  const nodes = new Map<Label, NodeRecord[]>();
  for (const label of ['Person', 'Organisation', 'Council', 'Group', 'Report', 'Framework', 'Claim', 'Rating', 'Outcome', 'Source', 'Statement'] as Label[]) {
    nodes.set(label, await allNodes(store, label));
  }
  const index = new RelationshipIndex();
  for (const type of relationshipTypeNames) {
    const spec = RELATIONSHIPS[type] as { derived?: boolean; from: readonly string[] };
    if (spec.derived) continue;
    for (const label of spec.from as readonly Label[]) {
      const parents = nodes.get(label) ?? [];
      for (let i = 0; i < parents.length; i += PAGE) {
        const hits = await store.related(parents.slice(i, i + PAGE).map((n) => n.id), { type, direction: 'out' });
        for (const list of hits) for (const hit of list) index.add(hit.relationship);
      }
    }
  }
  const p = (node: NodeRecord) => node.properties as Record<string, any>;
  const targets = (list: RelationshipRecord[]) => list.map((r) => r.to);
  const sources = (list: RelationshipRecord[]) => list.map((r) => r.from);
  const one = (list: RelationshipRecord[], end: 'from' | 'to') => list[0]?.[end];

  const files = new Map<string, SeedFile>();
  const texts = new Map<string, string>();
  files.set('actors.json', {
    people: (nodes.get('Person') ?? []).map((n) =>
      compact({
        id: n.id, name: p(n).name, aliases: p(n).aliases, description: p(n).description,
        roles: index.outgoing(n.id, 'HELD_ROLE').map((r) => compact({ at: r.to, ...(r.properties as Record<string, any>) }) as any),
      }),
    ),
    organisations: (nodes.get('Organisation') ?? []).map((n) =>
      compact({ id: n.id, name: p(n).name, kind: p(n).kind, aliases: p(n).aliases, url: p(n).url, description: p(n).description, memberOf: targets(index.outgoing(n.id, 'MEMBER_OF')) }),
    ),
    councils: (nodes.get('Council') ?? []).map((n) => compact({ id: n.id, name: p(n).name, aliases: p(n).aliases, region: p(n).region })),
    groups: (nodes.get('Group') ?? []).map((n) => compact({ id: n.id, name: p(n).name, aliases: p(n).aliases, description: p(n).description })),
  });
  files.set('reports.json', {
    reports: (nodes.get('Report') ?? []).map((n) =>
      compact({
        id: n.id, title: p(n).title, kind: p(n).kind, period: p(n).period, date: p(n).date, aliases: p(n).aliases, url: p(n).url,
        publishedBy: sources(index.incoming(n.id, 'PUBLISHED')), authors: sources(index.incoming(n.id, 'AUTHORED')),
        framework: one(index.outgoing(n.id, 'UNDER_FRAMEWORK'), 'to'),
        asserts: targets(index.outgoing(n.id, 'ASSERTS')), disputes: targets(index.outgoing(n.id, 'DISPUTES')),
      }),
    ),
    frameworks: (nodes.get('Framework') ?? []).map((n) =>
      compact({ id: n.id, name: p(n).name, aliases: p(n).aliases, introduced: p(n).introduced, description: p(n).description, scale: p(n).scale, publishedBy: sources(index.incoming(n.id, 'PUBLISHED')) }),
    ),
  });
  files.set('claims.json', {
    claims: (nodes.get('Claim') ?? []).map((n) =>
      compact({
        id: n.id, text: p(n).text, kind: p(n).kind, value: p(n).value, unit: p(n).unit, period: p(n).period,
        values: (p(n).values as number[] | undefined)?.map((value, i) => ({ value, unit: p(n).valueUnits?.[i], counts: p(n).valueCounts?.[i] })),
      }),
    ),
  });
  files.set('ratings.json', {
    ratings: (nodes.get('Rating') ?? []).map((n) =>
      compact({
        id: n.id, council: one(index.outgoing(n.id, 'RATING_OF'), 'to')!, grade: p(n).grade, ordinal: p(n).ordinal, date: p(n).date, period: p(n).period, aspect: p(n).aspect,
        rater: one(index.outgoing(n.id, 'RATED_BY'), 'to')!, framework: one(index.outgoing(n.id, 'UNDER_FRAMEWORK'), 'to'), report: one(index.outgoing(n.id, 'IN_REPORT'), 'to'),
      }),
    ),
  });
  files.set('outcomes.json', {
    outcomes: (nodes.get('Outcome') ?? []).map((n) =>
      compact({
        id: n.id, kind: p(n).kind, description: p(n).description, date: p(n).date,
        affected: targets(index.outgoing(n.id, 'AFFECTED')), decidedBy: targets(index.outgoing(n.id, 'DECIDED_BY')), followed: targets(index.outgoing(n.id, 'FOLLOWED')),
      }),
    ),
  });

  const statementsBySource = new Map<string, SeedStatement[]>();
  for (const n of nodes.get('Statement') ?? []) {
    const sourced = index.outgoing(n.id, 'SOURCED_FROM')[0];
    if (!sourced) continue;
    const statement = compact({
      id: n.id, speaker: one(index.incoming(n.id, 'SAID'), 'from')!, kind: p(n).kind, text: p(n).text,
      start: sourced.properties.start as number, end: sourced.properties.end as number, date: p(n).date, speakerRole: p(n).speakerRole,
      about: index.outgoing(n.id, 'ABOUT').map((r) => ({ target: r.to, stance: r.properties.stance as SeedStatement['about'][number]['stance'] })),
      respondsTo: targets(index.outgoing(n.id, 'RESPONDS_TO')), asserts: targets(index.outgoing(n.id, 'ASSERTS')), disputes: targets(index.outgoing(n.id, 'DISPUTES')),
      attitudeOf: targets(index.outgoing(n.id, 'ATTITUDE_OF')), confidence: p(n).confidence, codedBy: p(n).codedBy, note: p(n).note,
    });
    const list = statementsBySource.get(sourced.to) ?? [];
    list.push(statement);
    statementsBySource.set(sourced.to, list);
  }
  for (const n of nodes.get('Source') ?? []) {
    const textFile = `${slugOf(n.id)}.txt`;
    const text = String(p(n).text);
    texts.set(textFile, text);
    const furniture: number[] = p(n).furniture ?? [];
    const source: SeedSource = compact({
      id: n.id, title: p(n).title, publisher: one(index.incoming(n.id, 'PUBLISHED'), 'from'), publisherName: p(n).publisherName,
      authors: sources(index.incoming(n.id, 'AUTHORED')), date: p(n).date, url: p(n).url, textFile,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      furniture: furniture.flatMap((v, i) => (i % 2 === 0 ? [[v, furniture[i + 1]] as [number, number]] : [])),
      statements: (statementsBySource.get(n.id) ?? []).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)),
      asserts: targets(index.outgoing(n.id, 'ASSERTS')), disputes: targets(index.outgoing(n.id, 'DISPUTES')),
      ratings: sources(index.incoming(n.id, 'CITES')),
    });
    files.set(`source-${slugOf(n.id)}.json`, { sources: [source] });
  }
  return { files, texts };
}
