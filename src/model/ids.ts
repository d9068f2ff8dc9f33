/**
 * Ids that people can read and that encode what they name. A node id is
 * `<label prefix>:<slug>` (`person:alan-wood`), so a lookup by id knows its
 * label and goes straight to that label's index. A relationship id is
 * derived from its type, endpoints and key properties, so it is the same on
 * every store and an upsert is keyed by it.
 */
import { LABELS, RELATIONSHIPS, isRelationshipType, labelNames, type Label, type RelationshipType } from './schema.js';
import type { Properties } from './records.js';

const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const labelByPrefix = new Map<string, Label>(labelNames.map((label) => [LABELS[label].idPrefix, label]));

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function nodeId(label: Label, slug: string): string {
  return `${LABELS[label].idPrefix}:${slug}`;
}

/** The label a node id names, or null when the id is not of the form `<prefix>:<slug>`. */
export function labelOfId(id: string): Label | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const label = labelByPrefix.get(id.slice(0, colon));
  return label && SLUG.test(id.slice(colon + 1)) ? label : null;
}

export function relationshipId(type: RelationshipType, from: string, to: string, properties: Properties = {}): string {
  const keys = (RELATIONSHIPS[type] as { keyProperties?: readonly string[] }).keyProperties ?? [];
  const discriminator = keys
    .map((key) => slugify(String(properties[key] ?? '')))
    .filter((part) => part !== '')
    .join('.');
  return `${type.toLowerCase()}:${from}>${to}${discriminator ? `~${discriminator}` : ''}`;
}

export interface ParsedRelationshipId {
  type: RelationshipType;
  from: string;
  to: string;
}

export function parseRelationshipId(id: string): ParsedRelationshipId | null {
  const match = /^([a-z_]+):([^>~]+)>([^>~]+)(?:~[a-z0-9.-]*)?$/.exec(id);
  if (!match) return null;
  const type = match[1].toUpperCase();
  if (!isRelationshipType(type) || !labelOfId(match[2]) || !labelOfId(match[3])) return null;
  return { type, from: match[2], to: match[3] };
}
