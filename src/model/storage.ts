/**
 * How model records are laid out in a store. Both adapters use this, so the
 * two stores hold identical properties: the values a user wrote, plus
 * derived columns (`<date>From`/`<date>To` for range filters, on nodes and
 * explicit relationships; `searchText` for the full-text index) that are
 * stripped again on the way out.
 */
import { dateFromKey, dateToKey, parsePartialDate } from './dates.js';
import type { Properties } from './records.js';
import { LABELS, RELATIONSHIPS, labelNames, type Label, type RelationshipType } from './schema.js';
import type { PropertySpec } from './types.js';
import { searchTextOf } from './search-text.js';

export const SEARCH_TEXT = 'searchText';

type StoredValue = Properties[string];

function withDateColumns(specs: Record<string, PropertySpec>, properties: Properties, dateColumns = true): Record<string, StoredValue> {
  const stored: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null) continue;
    stored[key] = value;
    if (dateColumns && specs[key]?.type === 'date' && typeof value === 'string') {
      const interval = parsePartialDate(value);
      if (interval) {
        stored[dateFromKey(key)] = interval.from;
        stored[dateToKey(key)] = interval.to;
      }
    }
  }
  return stored;
}

function withoutDerived(specs: Record<string, PropertySpec>, stored: Record<string, unknown>): Properties {
  const properties: Properties = {};
  for (const key of Object.keys(specs)) {
    const value = stored[key];
    if (value !== undefined && value !== null) properties[key] = value as StoredValue;
  }
  return properties;
}

export function toStoredNode(label: Label, id: string, properties: Properties): Record<string, StoredValue> {
  const spec = LABELS[label];
  const stored: Record<string, StoredValue> = { ...withDateColumns(spec.properties, properties), id };
  const searchText = searchTextOf(spec.searchable.map((key) => properties[key]));
  if (searchText) stored[SEARCH_TEXT] = searchText;
  return stored;
}

export function fromStoredNode(label: Label, stored: Record<string, unknown>): Properties {
  return withoutDerived(LABELS[label].properties, stored);
}

export function toStoredRelationship(type: RelationshipType, id: string, properties: Properties): Record<string, StoredValue> {
  return { ...withDateColumns(RELATIONSHIPS[type].properties, properties, hasDateColumns(type)), id };
}

/**
 * Whether a relationship type's dates get range columns. A derived relationship's dates (firstDate, lastDate)
 * summarise its evidence for display; no query filters on them, and every stored property slows a bulk load
 * of the derived relationships (figures: docs/measurements.md).
 */
export function hasDateColumns(type: RelationshipType): boolean {
  return !(RELATIONSHIPS[type] as { derived?: boolean }).derived;
}

/** The stored keys a label's records are built from: `id`, then its declared properties (not the derived columns). */
export function nodeRecordKeys(label: Label): readonly string[] {
  return NODE_RECORD_KEYS.get(label)!;
}

/** The stored keys a relationship type's records are built from, as nodeRecordKeys. */
export function relationshipRecordKeys(type: RelationshipType): readonly string[] {
  return RELATIONSHIP_RECORD_KEYS.get(type)!;
}

const recordKeys = (specs: Record<string, PropertySpec>): readonly string[] => ['id', ...Object.keys(specs).filter((key) => key !== 'id')];
const NODE_RECORD_KEYS = new Map(labelNames.map((label) => [label, recordKeys(LABELS[label].properties)]));
const RELATIONSHIP_RECORD_KEYS = new Map((Object.keys(RELATIONSHIPS) as RelationshipType[]).map((type) => [type, recordKeys(RELATIONSHIPS[type].properties)]));

export function fromStoredRelationship(type: RelationshipType, stored: Record<string, unknown>): Properties {
  return withoutDerived(RELATIONSHIPS[type].properties, stored);
}

export interface IndexPlan {
  /** Unique id per label: a constraint where the store has them, and always an index (Grafeo's constraint makes none). */
  uniqueIds: Label[];
  /** Property indexes: display names, dates, enums that queries filter on. */
  properties: { label: Label; property: string }[];
  /** Labels whose `searchText` goes into the full-text index. */
  fullText: Label[];
}

/** Which indexes each store builds, derived from the model. */
export function indexPlan(): IndexPlan {
  const properties: IndexPlan['properties'] = [];
  for (const label of labelNames) {
    const spec = LABELS[label];
    for (const [key, property] of Object.entries(spec.properties) as [string, PropertySpec][]) {
      if (key === spec.displayProperty && property.type !== 'text') properties.push({ label, property: key });
      if (property.enum) properties.push({ label, property: key });
      if (property.type === 'date') properties.push({ label, property: dateFromKey(key) });
    }
  }
  return {
    uniqueIds: [...labelNames],
    properties,
    fullText: labelNames.filter((label) => LABELS[label].searchable.length > 0),
  };
}

const fullTextLabels = new Set<Label>(indexPlan().fullText);

/** Whether a label has a full-text index (Rating, for one, has no words to find it by). */
export function isSearchable(label: Label): boolean {
  return fullTextLabels.has(label);
}
