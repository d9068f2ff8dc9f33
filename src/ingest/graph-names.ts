/**
 * The graph's names as plain data (what a Gazetteer is built from): actors, reports and frameworks with
 * their aliases, people's roles, reports' publishers, claims and ratings. Plain data, because it is handed
 * to the proposal worker threads (proposals.ts), which build their own Gazetteer from it: compiled
 * matchers cannot cross a thread.
 * `Gazetteer.load` reads through here too, so the reading lives in one place.
 */
import type { NodeRecord } from '../model/records.js';
import type { Label } from '../model/schema.js';
import type { GraphStore, Keyset } from '../store/port.js';
import type { ClaimEntry, Entity, EntityLabel, RatingEntry } from './gazetteer.js';

export interface GraphNames {
  entities: Entity[];
  claims: ClaimEntry[];
  ratings: RatingEntry[];
}

const ENTITY_LABELS: EntityLabel[] = ['Person', 'Organisation', 'Council', 'Group', 'Report', 'Framework'];
/** Reading more than this many nodes of one label is not an entity list any more. */
const MAX_PER_LABEL = 20_000;

async function listAll(store: GraphStore, label: Label): Promise<NodeRecord[]> {
  const out: NodeRecord[] = [];
  let after: Keyset | undefined;
  for (;;) {
    const page = await store.list({ label, limit: 500, after });
    out.push(...page.nodes);
    if (!page.hasMore || out.length >= MAX_PER_LABEL) return out;
    after = page.keys[page.keys.length - 1];
  }
}

export async function readGraphNames(store: GraphStore): Promise<GraphNames> {
  const entities: Entity[] = [];
  for (const label of ENTITY_LABELS) {
    for (const node of await listAll(store, label)) {
      const p = node.properties;
      entities.push({
        id: node.id,
        label,
        name: String(p.name ?? p.title ?? node.id),
        aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
        kind: typeof p.kind === 'string' ? p.kind : undefined,
        date: typeof p.date === 'string' ? p.date : undefined,
        period: label === 'Report' && typeof p.period === 'string' ? p.period : undefined,
        roles: [],
        publishedBy: [],
      });
    }
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const people = entities.filter((e) => e.label === 'Person').map((e) => e.id);
  if (people.length) {
    const roles = await store.related(people, { type: 'HELD_ROLE', direction: 'out' });
    roles.forEach((hits, i) => {
      byId.get(people[i]!)!.roles = hits.map((h) => ({ title: String(h.relationship.properties.title ?? ''), at: h.node.id }));
    });
  }
  const published = entities.filter((e) => e.label === 'Report' || e.label === 'Framework').map((e) => e.id);
  if (published.length) {
    const hits = await store.related(published, { type: 'PUBLISHED', direction: 'in' });
    hits.forEach((h, i) => {
      byId.get(published[i]!)!.publishedBy = h.map((x) => x.node.id);
    });
  }
  const reports = entities.filter((e) => e.label === 'Report').map((e) => e.id);
  if (reports.length) {
    const hits = await store.related(reports, { type: 'UNDER_FRAMEWORK', direction: 'out' });
    hits.forEach((h, i) => {
      byId.get(reports[i]!)!.framework = h[0]?.node.id;
    });
  }
  const claims: ClaimEntry[] = [];
  for (const node of await listAll(store, 'Claim')) {
    const p = node.properties;
    if (typeof p.value === 'number' && typeof p.unit === 'string') {
      const values = Array.isArray(p.values) ? (p.values as number[]) : [p.value];
      const units = Array.isArray(p.valueUnits) ? (p.valueUnits as string[]) : [];
      const counts = Array.isArray(p.valueCounts) ? (p.valueCounts as string[]) : [];
      claims.push({
        id: node.id,
        text: String(p.text ?? ''),
        value: p.value,
        unit: p.unit,
        period: typeof p.period === 'string' ? p.period : undefined,
        values: values.map((value, i) => ({ value, unit: units[i] ?? (i === 0 ? p.unit as string : undefined), counts: counts[i] || undefined })),
      });
    }
  }
  const ratingNodes = await listAll(store, 'Rating');
  const ratings: RatingEntry[] = [];
  if (ratingNodes.length) {
    const ids = ratingNodes.map((r) => r.id);
    const councils = await store.related(ids, { type: 'RATING_OF', direction: 'out' });
    const inReport = await store.related(ids, { type: 'IN_REPORT', direction: 'out' });
    ratingNodes.forEach((r, i) => {
      const council = councils[i]?.[0]?.node.id;
      const p = r.properties;
      const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
      if (council) ratings.push({ id: r.id, council, grade: String(p.grade ?? ''), report: inReport[i]?.[0]?.node.id, period: text(p.period), date: text(p.date) });
    });
  }
  return { entities, claims, ratings };
}
