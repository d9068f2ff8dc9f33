/**
 * The catalogue of Cypher statements in `cypher/`. Each file holds one
 * statement and a header naming its parameters, placeholders and columns.
 * Placeholders stand for what Cypher cannot parameterise (labels,
 * relationship types, sort direction, predicates): each is filled only from
 * the model's allow-list or with a fragment compiled by fragments.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLabel, isRelationshipType } from '../model/schema.js';
import { CYPHER_DIR } from '../paths.js';
import { isFragment, type CypherFragment } from './fragments.js';
import { UnreachableCaseError } from '../errors.js';

export const QUERY_NAMES = [
  'upsert-nodes',
  'upsert-relationships',
  'create-nodes',
  'create-relationships',
  'delete-nodes',
  'delete-relationships',
  'get-nodes',
  'get-relationships',
  'related-out',
  'related-in',
  'related-out-from-nodes',
  'related-in-from-nodes',
  'count-related-out',
  'count-related-in',
  'list',
  'count',
  'count-by-label',
  'count-by-relationship-type',
  'expand',
  'shortest-path',
  'search-neo4j',
  'search-texts',
  'statements',
  'count-statements',
  'rank-out',
  'rank-in',
  'stance-by-speaker',
  'stance-by-organisation',
  'stance-counts',
  'grade-counts',
  'relationships-of-types',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

/** What may fill each placeholder kind. */
export const PLACEHOLDER_KINDS = {
  label: 'label',
  fromLabel: 'label',
  toLabel: 'label',
  otherLabel: 'optional-label',
  type: 'type',
  direction: 'direction',
  where: 'fragment',
  relatedWhere: 'fragment',
  from: 'fragment',
  statementFilter: 'fragment',
  otherProperties: 'fragment',
  relationshipProperties: 'fragment',
  nodeValues: 'fragment',
  sortKey: 'fragment',
  after: 'fragment',
  maxLength: 'hops',
  stanceLinks: 'fragment',
  stance: 'fragment',
} as const;

export type Placeholder = keyof typeof PLACEHOLDER_KINDS;
export type PlaceholderValue = string | number | CypherFragment;

export interface CatalogueEntry {
  name: QueryName;
  file: string;
  /** The whole file, header included. */
  text: string;
  /** The statement alone, without its comment lines: what is sent (Grafeo parses every byte it is given). */
  statement: string;
  params: string[];
  placeholders: Placeholder[];
  returns: string[];
}

function headerList(text: string, key: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith(`// ${key}:`));
  if (!line) return [];
  return line
    .slice(`// ${key}:`.length)
    .split(',')
    .map((item) => item.trim().replace(/^\$/, ''))
    .filter((item) => item.length > 0 && item !== 'none');
}

export function loadCatalogue(dir = CYPHER_DIR): Map<QueryName, CatalogueEntry> {
  const files = readdirSync(dir).filter((file) => file.endsWith('.cypher'));
  const listed = new Set<string>(QUERY_NAMES);
  const unlisted = files.map((file) => file.replace(/\.cypher$/, '')).filter((name) => !listed.has(name));
  const missing = QUERY_NAMES.filter((name) => !files.includes(`${name}.cypher`));
  if (unlisted.length || missing.length) {
    throw new Error(
      `cypher catalogue in ${dir} does not match QUERY_NAMES: ` +
        [missing.length ? `missing ${missing.join(', ')}` : '', unlisted.length ? `unlisted ${unlisted.join(', ')}` : ''].filter(Boolean).join('; '),
    );
  }
  const entries = new Map<QueryName, CatalogueEntry>();
  for (const name of QUERY_NAMES) {
    const file = join(dir, `${name}.cypher`);
    const text = readFileSync(file, 'utf8');
    const placeholders = headerList(text, 'placeholders');
    for (const placeholder of placeholders) {
      if (!(placeholder in PLACEHOLDER_KINDS)) throw new Error(`${file}: unknown placeholder kind "${placeholder}"`);
    }
    const used = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    const undeclared = used.filter((p) => !placeholders.includes(p as Placeholder));
    if (undeclared.length) throw new Error(`${file}: placeholders used but not declared: ${undeclared.join(', ')}`);
    entries.set(name, {
      name,
      file,
      text,
      statement: text.split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n').trim(),
      params: headerList(text, 'params'),
      placeholders: placeholders as Placeholder[],
      returns: headerList(text, 'returns'),
    });
  }
  return entries;
}

function checkedValue(placeholder: Placeholder, value: PlaceholderValue | undefined): string {
  const kind = PLACEHOLDER_KINDS[placeholder];
  const fail = () => new Error(`placeholder {{${placeholder}}} (${kind}) cannot take ${JSON.stringify(value)}`);
  switch (kind) {
    case 'label':
      if (typeof value === 'string' && isLabel(value)) return value;
      throw fail();
    case 'optional-label':
      if (value === '' || value === undefined) return '';
      if (typeof value === 'string' && isLabel(value)) return `:${value}`;
      throw fail();
    case 'type':
      if (typeof value === 'string' && isRelationshipType(value)) return value;
      throw fail();
    case 'direction':
      if (value === 'ASC' || value === 'DESC') return value;
      throw fail();
    case 'hops':
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10) return String(value);
      throw fail();
    case 'fragment':
      if (isFragment(value)) return value.text;
      throw fail();
    default:
      throw new UnreachableCaseError(kind);
  }
}

export interface RenderedQuery {
  name: QueryName;
  text: string;
  /** Parameters contributed by fragments. */
  params: Record<string, unknown>;
}

export function render(entry: CatalogueEntry, values: Partial<Record<Placeholder, PlaceholderValue>> = {}): RenderedQuery {
  const params: Record<string, unknown> = {};
  let text = entry.statement;
  for (const placeholder of entry.placeholders) {
    const value = values[placeholder];
    text = text.replaceAll(`{{${placeholder}}}`, checkedValue(placeholder, value));
    if (isFragment(value)) Object.assign(params, value.params);
  }
  return { name: entry.name, text, params };
}

/** `$name` outside string literals (our statements' only literals are short ones such as `'|'`). */
const PARAMETER_OR_LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** A statement with each `$name` replaced by `replace(name)` (a renamed parameter, or a variable bound around it). */
export function replaceParameters(text: string, replace: (name: string) => string): string {
  return text.replace(PARAMETER_OR_LITERAL, (match, name: string | undefined) => (name ? replace(name) : match));
}

/**
 * Several statements of the catalogue as one, each in a `CALL () { … }` block run in order, its parameters
 * renamed apart and its columns carried on as `<column>_<place>`: a store's fixed cost per statement
 * (Grafeo's: docs/grafeo.md, quirk 18) is then paid once for a whole write. Each part must return
 * one row, as the write statements do (aggregates); `columns[i]` maps part i's columns to the statement's.
 */
export function renderSequence(parts: { entry: CatalogueEntry; values: Partial<Record<Placeholder, PlaceholderValue>>; params: Record<string, unknown> }[]): {
  text: string;
  params: Record<string, unknown>;
  columns: Record<string, string>[];
} {
  const params: Record<string, unknown> = {};
  const columns: Record<string, string>[] = [];
  const carried: string[] = [];
  const blocks = parts.map(({ entry, values, params: own }, i) => {
    const rendered = render(entry, values);
    for (const [name, value] of Object.entries({ ...rendered.params, ...own })) params[`${name}_${i}`] = value;
    const text = replaceParameters(rendered.text, (name) => `$${name}_${i}`);
    columns.push(Object.fromEntries(entry.returns.map((column) => [column, `${column}_${i}`])));
    const kept = [...carried, ...entry.returns.map((column) => `${column} AS ${column}_${i}`)];
    carried.push(...Object.values(columns[i]));
    return `CALL () {\n${text}\n}\nWITH ${kept.join(', ')}`;
  });
  return { text: `${blocks.join('\n')}\nRETURN ${carried.join(', ')}`, params, columns };
}
