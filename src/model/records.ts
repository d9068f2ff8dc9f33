/** Nodes and relationships as every layer above the adapters sees them: plain values, no driver types. */
import type { Label, RelationshipType } from './schema.js';

export type PropertyValue = string | number | boolean | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRecord {
  id: string;
  label: Label;
  properties: Properties;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Properties;
}
