/** Validation of anything written, against the model: every problem at once, each with its path. */
import { parsePartialDate } from './dates.js';
import { labelOfId, relationshipId } from './ids.js';
import type { NodeRecord, Properties, RelationshipRecord } from './records.js';
import { LABELS, MAX_LENGTH, RELATIONSHIPS, isLabel, isRelationshipType, type Label } from './schema.js';
import type { PropertySpec } from './types.js';
import { UnreachableCaseError } from '../errors.js';

export interface Problem {
  /** Where: the field path, e.g. ['properties', 'kind']. */
  path: (string | number)[];
  message: string;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : String(value);
}

/** Characters as people count them (code points), as the limits are declared; counted only when the UTF-16 length could exceed `max`. */
function overLength(value: string, max: number): number | null {
  if (value.length <= max) return null;
  let count = 0;
  for (const _ of value) count++;
  return count > max ? count : null;
}

/** An absolute http: or https: address: anything else (javascript:, data:, file:) is refused when written and dropped from exports. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Control characters but tab, line feed and carriage return; a surrogate without its pair (not Unicode text, and no store keeps it as sent). */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, 'g');

/** The string with what the write rules refuse as not text removed: for what leaves the store (exports), whenever it was written. */
export function withoutNonText(value: string): string {
  return value.replace(NOT_TEXT_ALL, '');
}

function checkString(spec: PropertySpec, value: string): string | null {
  const length = spec.maxLength === undefined ? null : overLength(value, spec.maxLength);
  if (length !== null) return `is ${length} characters long; the limit is ${spec.maxLength}`;
  const bad = NOT_TEXT.exec(value);
  if (bad) return `contains U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}, which is not text (a control character or half a surrogate pair)`;
  if (spec.enum && !spec.enum.includes(value)) return `must be one of ${spec.enum.join(', ')}; got ${describe(value)}`;
  if (spec.url && !isWebUrl(value)) return `must be an http: or https: URL, got ${describe(value)}`;
  return null;
}

function checkValue(spec: PropertySpec, value: unknown): string | null {
  if (spec.maxItems !== undefined && Array.isArray(value) && value.length > spec.maxItems) {
    return `has ${value.length} items; the limit is ${spec.maxItems}`;
  }
  switch (spec.type) {
    case 'string':
    case 'text':
      if (typeof value !== 'string') return `must be a string, got ${describe(value)}`;
      return checkString(spec, value);
    case 'int':
      return Number.isSafeInteger(value) ? null : `must be a whole number, got ${describe(value)}`;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : `must be a number, got ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, got ${describe(value)}`;
    case 'string[]': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return `must be a list of strings, got ${describe(value)}`;
      for (const [i, item] of value.entries()) {
        const error = checkString(spec, item);
        if (error) return `item ${i} ${error}`;
      }
      return null;
    }
    case 'int[]':
      return Array.isArray(value) && value.every((item) => Number.isSafeInteger(item)) ? null : `must be a list of whole numbers, got ${describe(value)}`;
    case 'float[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item)) ? null : `must be a list of numbers, got ${describe(value)}`;
    case 'date':
      return typeof value === 'string' && parsePartialDate(value) ? null : `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(value)}`;
    default:
      throw new UnreachableCaseError(spec.type);
  }
}

function checkProperties(specs: Record<string, PropertySpec>, properties: Properties, owner: string): Problem[] {
  const problems: Problem[] = [];
  if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) {
    return [{ path: ['properties'], message: `properties of ${owner} must be an object` }];
  }
  for (const [key, value] of Object.entries(properties)) {
    // Own keys only: a client's "__proto__" or "constructor" is no property of the model.
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (!spec) {
      problems.push({ path: ['properties', key], message: `${owner} has no property "${key}" (allowed: ${Object.keys(specs).join(', ') || 'none'})` });
      continue;
    }
    const error = value === undefined || value === null ? null : checkValue(spec, value);
    if (error) problems.push({ path: ['properties', key], message: `${owner}.${key} ${error}` });
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.required && (properties[key] === undefined || properties[key] === null || properties[key] === '')) {
      problems.push({ path: ['properties', key], message: `${owner}.${key} is required` });
    }
  }
  return problems;
}

/** One property of a label checked alone (a value that arrives outside a record, such as an idempotency key). */
export function validateProperty(label: Label, key: string, value: unknown, path: (string | number)[]): Problem[] {
  const specs = LABELS[label].properties as Record<string, PropertySpec>;
  const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
  const error = spec ? checkValue(spec, value) : `${label} has no property "${key}"`;
  return error ? [{ path, message: `${path.join('.')} ${error}` }] : [];
}

export function validateNode(node: NodeRecord): Problem[] {
  if (!isLabel(node.label)) return [{ path: ['label'], message: `unknown label "${node.label}"` }];
  const problems: Problem[] = [];
  if (typeof node.id === 'string' && node.id.length > MAX_LENGTH.id) {
    problems.push({ path: ['id'], message: `id is ${node.id.length} characters long; the limit is ${MAX_LENGTH.id}` });
  } else if (typeof node.id !== 'string' || labelOfId(node.id) !== node.label) {
    problems.push({ path: ['id'], message: `id "${node.id}" must be "${LABELS[node.label].idPrefix}:<slug>" (lower-case letters, digits, hyphens)` });
  }
  problems.push(...checkProperties(LABELS[node.label].properties, node.properties, node.label));
  if (node.label === 'Claim' && problems.length === 0) problems.push(...checkClaimValues(node.properties));
  return problems;
}

/**
 * A claim's values are three parallel lists (the number, its unit, what it counts), so each needs the others
 * at its length, and the headline value, when given, is the first number.
 */
function checkClaimValues(properties: Properties): Problem[] {
  const values = properties.values as number[] | undefined;
  if (values === undefined || values === null) {
    return ['valueUnits', 'valueCounts'].filter((key) => properties[key] != null).map((key) => ({ path: ['properties', key], message: `Claim.${key} needs Claim.values beside it` }));
  }
  const problems: Problem[] = [];
  for (const key of ['valueUnits', 'valueCounts']) {
    const list = properties[key] as unknown[] | undefined;
    if (!Array.isArray(list) || list.length !== values.length) {
      problems.push({ path: ['properties', key], message: `Claim.${key} must give one entry for each of the ${values.length} values, got ${Array.isArray(list) ? list.length : 'none'}` });
    }
  }
  if (typeof properties.value === 'number' && values[0] !== properties.value) {
    problems.push({ path: ['properties', 'value'], message: `Claim.value ${properties.value} must be the first of Claim.values (${values[0]})` });
  }
  return problems;
}

/**
 * Checks a relationship; `labelOf` tells the label of an endpoint that
 * exists (in the batch or the store), and null for one that does not.
 */
export function validateRelationship(rel: RelationshipRecord, labelOf: (id: string) => Label | null): Problem[] {
  if (!isRelationshipType(rel.type)) return [{ path: ['type'], message: `unknown relationship type "${rel.type}"` }];
  const spec = RELATIONSHIPS[rel.type];
  const problems: Problem[] = [];
  const endpoints = [['from', rel.from, spec.from], ['to', rel.to, spec.to]] as const;
  for (const [side, id, allowed] of endpoints) {
    const label = labelOf(id);
    if (label === null) problems.push({ path: [side], message: `${rel.type}.${side}: no node "${id}"` });
    else if (!(allowed as readonly string[]).includes(label)) {
      problems.push({ path: [side], message: `${rel.type} cannot go ${side} a ${label} ("${id}"); allowed: ${allowed.join(', ')}` });
    }
  }
  problems.push(...checkProperties(spec.properties, rel.properties, rel.type));
  if (problems.length === 0) {
    const expected = relationshipId(rel.type, rel.from, rel.to, rel.properties);
    if (rel.id !== expected) problems.push({ path: ['id'], message: `relationship id must be "${expected}", got "${rel.id}"` });
  }
  return problems;
}
