/**
 * What a read may name and what it returns, decided from the model's declarations alone: the labels at a
 * relationship's other end, the properties a filter or sort may name, and the keys a read returns of a
 * node. Every store asks these (the Cypher fragments, Grafeo's direct reads, the in-memory store), so
 * names from a request only ever select among the model's own keys.
 */
import { ValidationError } from '../errors.js';
import { dateFromKey, dateToKey } from './dates.js';
import { LABELS, largeProperties, RELATIONSHIPS, type Label, type RelationshipType } from './schema.js';
import { hasDateColumns, nodeRecordKeys } from './storage.js';
import type { PropertySpec } from './types.js';

/** The labels at the other end of a relationship type: the one asked for, or whatever the model allows there. */
export function otherLabels(type: RelationshipType, direction: 'out' | 'in', otherLabel: Label | undefined): readonly Label[] {
  if (otherLabel) return [otherLabel];
  const spec = RELATIONSHIPS[type] as { from: readonly Label[]; to: readonly Label[] };
  return direction === 'out' ? spec.to : spec.from;
}

/** A label or relationship type whose properties a query names. */
export type Owner = { label: Label } | { type: RelationshipType };

/** The property names a query may name for a label or type: declared ones, `id`, and the derived date columns where they are stored. */
function queryableProperties(specs: Record<string, PropertySpec>, dateColumns: boolean): Map<string, PropertySpec['type']> {
  const names = new Map<string, PropertySpec['type']>([['id', 'string']]);
  for (const [key, spec] of Object.entries(specs)) {
    names.set(key, spec.type);
    if (spec.type === 'date' && dateColumns) {
      names.set(dateFromKey(key), 'string');
      names.set(dateToKey(key), 'string');
    }
  }
  return names;
}

function propertiesOf(owner: Owner) {
  return 'label' in owner ? queryableProperties(LABELS[owner.label].properties, true) : queryableProperties(RELATIONSHIPS[owner.type].properties, hasDateColumns(owner.type));
}

function ownerName(owner: Owner) {
  return 'label' in owner ? owner.label : owner.type;
}

/** The type of a property a filter or sort names; a name the model does not declare for the owner is refused. */
export function checkedProperty(owner: Owner, property: string): PropertySpec['type'] {
  const type = propertiesOf(owner).get(property);
  if (!type) {
    throw new ValidationError([{ path: ['filter', property], message: `${ownerName(owner)} has no property "${property}"` }]);
  }
  return type;
}

/** The value a missing property sorts as, by its type, so keyset comparisons never meet null. */
export function sortFallback(type: PropertySpec['type']): string | number | boolean {
  return type === 'int' || type === 'float' ? -1e308 : type === 'boolean' ? false : '';
}

/** Which of a node's properties a read returns: `properties` selects among the model's keys; `omitLarge` leaves out the large ones. */
export interface KeySelection {
  omitLarge?: boolean;
  properties?: readonly string[];
}

/**
 * The keys a related read reads of its neighbours: the id and the properties the model declares for every
 * label the neighbour may have; with `properties`, only those of them (a request's projection); else, with
 * `omitLarge` and one possible label, all but the large ones (a source's text, for a title). Always model
 * keys, in the model's order: names from a request select among them and never reach a statement.
 */
export function neighbourKeys(labels: readonly Label[], query: KeySelection): readonly string[] {
  // Worked out once per question: a request asks it of every read, with the projection's one array.
  let byLabels = query.properties ? keysAsked.get(query.properties) : keysWhole;
  if (!byLabels) keysAsked.set(query.properties!, (byLabels = new Map()));
  const memo = `${labels.join()}|${query.properties ? '' : Boolean(query.omitLarge)}`;
  let keys = byLabels.get(memo);
  if (!keys) byLabels.set(memo, (keys = keysOf(labels, query)));
  return keys;
}

const keysAsked = new WeakMap<readonly string[], Map<string, readonly string[]>>();
const keysWhole = new Map<string, readonly string[]>();

function keysOf(labels: readonly Label[], query: KeySelection): readonly string[] {
  const keys = [...new Set(labels.flatMap((label) => nodeRecordKeys(label)))];
  if (query.properties) {
    const asked = new Set(query.properties);
    return keys.filter((key) => key === 'id' || asked.has(key));
  }
  const large = labels.length === 1 && query.omitLarge ? largeProperties(labels[0]) : [];
  return keys.filter((key) => !large.includes(key));
}

/**
 * The keys a search reads of its hits in one label's index: as a neighbour's (`neighbourKeys`), and never a
 * large one (a source's text), even when asked: `properties` may be the union over several labels, where
 * `text` is a statement's words but a source's article.
 */
export function searchHitKeys(label: Label, query: Pick<KeySelection, 'properties'>): readonly string[] {
  const large = largeProperties(label);
  return neighbourKeys([label], { properties: query.properties, omitLarge: true }).filter((key) => !large.includes(key));
}
