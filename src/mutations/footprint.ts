/**
 * What a change read, and what it would write, as keys: two changes prepared against the same graph can
 * share one transaction only when the later read nothing the earlier writes (then it would have read the
 * same had it waited) and writes no record the earlier writes. A key names a node's properties (`n:`), a relationship
 * (`r:`), one node's list of neighbours over one type and direction (`a:`), or an idempotency key (`k:`).
 */
import type { WriteBatch, GraphStore, ListPage, ListQuery, RelatedQuery, RelatedHit } from '../store/port.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { parseRelationshipId } from '../model/ids.js';

/** The reads a change makes while it is prepared. */
export type MutationReads = Pick<GraphStore, 'getNodes' | 'getRelationships' | 'related' | 'list'>;

const nodeKey = (id: string) => `n:${id}`;
const relationshipKey = (id: string) => `r:${id}`;
const adjacencyKey = (id: string, type: string, direction: 'out' | 'in') => `a:${id}:${type}:${direction}`;
export const idempotencyKeyOf = (key: string) => `k:${key}`;

function addRelationship(keys: Set<string>, id: string, type: string, from: string, to: string): void {
  keys.add(relationshipKey(id));
  keys.add(adjacencyKey(from, type, 'out'));
  keys.add(adjacencyKey(to, type, 'in'));
}

/** Reads through to the store, keeping the key of everything they saw. */
export class RecordingReads implements MutationReads {
  readonly keys = new Set<string>();

  constructor(private readonly store: MutationReads) {}

  async getNodes(ids: readonly string[], properties?: readonly string[]): Promise<(NodeRecord | null)[]> {
    for (const id of ids) this.keys.add(nodeKey(id));
    return this.store.getNodes(ids, properties);
  }

  async getRelationships(ids: readonly string[]): Promise<(RelationshipRecord | null)[]> {
    for (const id of ids) this.keys.add(relationshipKey(id));
    return this.store.getRelationships(ids);
  }

  /**
   * A list read (every quote, for attribution conflicts) records no key: a key for a whole label would
   * keep every two changes that write statements out of one transaction. The price: two changes grouped
   * together that each add a quote with the same words under different speakers do not see each other's,
   * and their ATTRIBUTION_CONFLICT is derived at the next change to either statement or the next full derivation.
   */
  async list(query: ListQuery): Promise<ListPage> {
    return this.store.list(query);
  }

  async related(parentIds: readonly string[], query: RelatedQuery): Promise<RelatedHit[][]> {
    for (const id of parentIds) this.keys.add(adjacencyKey(id, query.type, query.direction));
    const hits = await this.store.related(parentIds, query);
    for (const list of hits) {
      for (const { node, relationship } of list) {
        this.keys.add(nodeKey(node.id));
        this.keys.add(relationshipKey(relationship.id));
      }
    }
    return hits;
  }
}

/**
 * The keys a batch writes: `all` of them, and those of its `records` alone (nodes, relationships and
 * idempotency keys, not neighbour lists: two changes that both add an edge to one node do not clash,
 * unless one of them read that node's neighbours). Node deletions are left out: a change that deletes
 * nodes is written alone.
 */
export function writeKeys(batch: WriteBatch): { all: Set<string>; records: Set<string> } {
  const all = new Set<string>();
  for (const node of batch.nodes ?? []) {
    all.add(nodeKey(node.id));
    if (typeof node.properties.idempotencyKey === 'string') all.add(idempotencyKeyOf(node.properties.idempotencyKey));
  }
  for (const r of batch.relationships ?? []) addRelationship(all, r.id, r.type, r.from, r.to);
  for (const id of batch.deleteRelationships ?? []) {
    const parsed = parseRelationshipId(id);
    if (parsed) addRelationship(all, id, parsed.type, parsed.from, parsed.to);
    else all.add(relationshipKey(id));
  }
  return { all, records: new Set([...all].filter((key) => !key.startsWith('a:'))) };
}

export function meets(keys: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  const [small, large] = keys.size <= others.size ? [keys, others] : [others, keys];
  for (const key of small) if (large.has(key)) return true;
  return false;
}
