/** Model records as GraphQL values: the properties plus `__typename`, which the Node and Actor interfaces resolve by. */
import type { NodeRecord } from '../model/records.js';
import { LABELS, type Label } from '../model/schema.js';
import type { PropertySpec } from '../model/types.js';

export type GraphNode = { __typename: Label; id: string } & Record<string, unknown>;

/** List properties a node lacks read as empty lists, so `aliases: [String!]!` never meets null. */
const listDefaults = Object.fromEntries(
  Object.entries(LABELS).map(([label, spec]) => [
    label,
    Object.fromEntries(Object.entries(spec.properties as Record<string, PropertySpec>).filter(([, p]) => p.type.endsWith('[]')).map(([key]) => [key, []])),
  ]),
) as Record<Label, Record<string, never[]>>;

export function toGraph(record: NodeRecord): GraphNode;
export function toGraph(record: NodeRecord | null): GraphNode | null;
export function toGraph(record: NodeRecord | null): GraphNode | null {
  return record ? { ...listDefaults[record.label], ...record.properties, __typename: record.label, id: record.id } : null;
}
