/**
 * The rules every adapter applies to a write batch before it writes anything: a node's id names its label,
 * a relationship's endpoints are node ids, and the error that says a relationship names a missing endpoint.
 */
import { labelOfId } from '../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import type { Label } from '../model/schema.js';
import { ValidationError } from '../errors.js';

/** Throws unless each node's id names the node's label. */
export function checkNodeIds(nodes: readonly NodeRecord[]): void {
  for (const node of nodes) {
    if (labelOfId(node.id) !== node.label) throw new ValidationError([{ path: ['id'], message: `node id "${node.id}" does not name a ${node.label}` }]);
  }
}

/** The labels a relationship's endpoints name by their ids, or null when either is not a node id. */
export function endpointLabels(from: string, to: string): { fromLabel: Label; toLabel: Label } | null {
  const fromLabel = labelOfId(from);
  const toLabel = labelOfId(to);
  return fromLabel && toLabel ? { fromLabel, toLabel } : null;
}

/** Each relationship with its endpoints' labels; throws for one without an id or whose endpoints are not node ids. */
export function withEndpointLabels(relationships: readonly RelationshipRecord[]): { rel: RelationshipRecord; fromLabel: Label; toLabel: Label }[] {
  return relationships.map((rel) => {
    const labels = endpointLabels(rel.from, rel.to);
    if (!labels || !rel.id) throw new ValidationError([{ path: ['relationships', rel.id ?? '?'], message: `relationship endpoints "${rel.from}" and "${rel.to}" must be node ids` }]);
    return { rel, ...labels };
  });
}

/** Why a batch of relationships was not written: some name an endpoint the store does not hold. */
export function missingEndpointsError(type: string, missing: number, total: number): ValidationError {
  return new ValidationError(
    [{ path: ['relationships', type], message: `${missing} of ${total} ${type} relationships name an endpoint that does not exist` }],
    'batch not written',
  );
}
