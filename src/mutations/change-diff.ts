/**
 * What a change did, record by record, from the states its audit record keeps: the records it added, those it
 * removed, and those it changed with the properties that differ. A record the change restated exactly as it
 * was is no part of the difference, so a commit of an article's new version answers with the difference from
 * the previous version, not with everything the article holds.
 */
import { displayText } from '../network/graph-network.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import type { RecordState } from './change-set.js';

export interface RecordRef {
  id: string;
  kind: 'node' | 'relationship';
  /** A node's label, or a relationship's type. */
  label: string;
  /** A node's display text; for a relationship, its ends' display texts (or ids) around its type. */
  name: string;
  from?: string;
  to?: string;
}

export interface ChangeDiff {
  added: RecordRef[];
  removed: RecordRef[];
  changed: { ref: RecordRef; properties: string[] }[];
}

type AnyRecord = NodeRecord | RelationshipRecord;
const isRelationship = (record: AnyRecord): record is RelationshipRecord => 'type' in record;

/** JSON of a value with object keys sorted: properties compare by content, whatever order they were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

export function changeDiff(before: RecordState, after: RecordState): ChangeDiff {
  const names = new Map<string, string>();
  for (const node of [...before.nodes, ...after.nodes]) names.set(node.id, shortened(displayText(node)));
  const ref = (record: AnyRecord): RecordRef =>
    isRelationship(record)
      ? { id: record.id, kind: 'relationship', label: record.type, name: `${names.get(record.from) ?? record.from} ${record.type} ${names.get(record.to) ?? record.to}`, from: record.from, to: record.to }
      : { id: record.id, kind: 'node', label: record.label, name: names.get(record.id) ?? record.id };
  const was = new Map<string, AnyRecord>([...before.nodes, ...before.relationships].map((r) => [r.id, r]));
  const is = new Map<string, AnyRecord>([...after.nodes, ...after.relationships].map((r) => [r.id, r]));
  const diff: ChangeDiff = { added: [], removed: [], changed: [] };
  for (const [id, record] of is) {
    const previous = was.get(id);
    if (!previous) {
      diff.added.push(ref(record));
      continue;
    }
    const keys = [...new Set([...Object.keys(previous.properties ?? {}), ...Object.keys(record.properties ?? {})])].sort();
    const properties = keys.filter((key) => canonical(previous.properties?.[key]) !== canonical(record.properties?.[key]));
    if (properties.length) diff.changed.push({ ref: ref(record), properties });
  }
  for (const [id, record] of was) if (!is.has(id)) diff.removed.push(ref(record));
  return diff;
}

/** A statement's words can run to thousands of characters: a name is a line. */
function shortened(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
