/** The whole graph of a store as plain sorted data, derived relationships included: for comparing two stores. */
import type { NodeRecord, RelationshipRecord } from '../../src/model/records.js';
import { RELATIONSHIPS, labelNames, relationshipTypeNames, type Label } from '../../src/model/schema.js';
import type { GraphStore } from '../../src/store/port.js';

export interface GraphSnapshot {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

/** The graph's content: bookkeeping (the seed marker, the audit trail's changes) only when asked for. */
export async function snapshotGraph(store: GraphStore, options: { withMarker?: boolean; withChanges?: boolean } = {}): Promise<GraphSnapshot> {
  const nodes: NodeRecord[] = [];
  for (const label of labelNames) {
    if (label === 'Marker' && !options.withMarker) continue;
    if (label === 'Change' && !options.withChanges) continue;
    let after;
    for (;;) {
      const page = await store.list({ label, limit: 1000, after });
      nodes.push(...page.nodes);
      if (!page.hasMore) break;
      after = page.keys.at(-1);
    }
  }
  const relationships: RelationshipRecord[] = [];
  for (const type of relationshipTypeNames) {
    for (const label of RELATIONSHIPS[type].from as readonly Label[]) {
      const ids = nodes.filter((n) => n.label === label).map((n) => n.id);
      if (ids.length === 0) continue;
      for (const hits of await store.related(ids, { type, direction: 'out' })) relationships.push(...hits.map((h) => h.relationship));
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return { nodes: nodes.sort(byId), relationships: relationships.sort(byId) };
}
