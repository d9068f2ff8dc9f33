/**
 * The only code that writes Cypher text, and it writes only what the model
 * allows: property names are checked against the label's (or relationship
 * type's) declared properties, and every value becomes a parameter. The
 * catalogue accepts these fragments, and nothing else, for `{{where}}`-style
 * placeholders.
 */
import { checkedProperty, neighbourKeys, otherLabels, sortFallback, type Owner } from '../model/allow-list.js';
import type { Label } from '../model/schema.js';
import { STANCE_LINK_PATTERN, stanceCypher } from '../model/stance-links.js';
import { nodeRecordKeys, relationshipRecordKeys } from '../model/storage.js';
import { ValidationError } from '../errors.js';
import type { Condition, Filter, Keyset, RelatedQuery, Sort, StatementFilter } from './port.js';

const FRAGMENT = Symbol('cypher fragment');

export interface CypherFragment {
  readonly [FRAGMENT]: true;
  readonly text: string;
  readonly params: Record<string, unknown>;
}

export function isFragment(value: unknown): value is CypherFragment {
  return typeof value === 'object' && value !== null && FRAGMENT in value;
}

function fragment(text: string, params: Record<string, unknown> = {}): CypherFragment {
  return { [FRAGMENT]: true, text, params };
}

export const TRUE = fragment('true');

/** `{{stanceLinks}}` and `{{stance}}`: the links that say what a statement is about, and the stance of one bound to `variable` (model/stance-links.ts). */
export function stanceLinkFragments(variable: string): { stanceLinks: CypherFragment; stance: CypherFragment } {
  return { stanceLinks: fragment(STANCE_LINK_PATTERN), stance: fragment(stanceCypher(variable)) };
}

/** Compiles a filter on `variable` into a predicate; parameter names are prefixed so several filters can share a query. */
export function predicate(variable: string, owner: Owner, filter: Filter | undefined, prefix: string): CypherFragment {
  const entries = Object.entries(filter ?? {});
  if (entries.length === 0) return TRUE;
  const params: Record<string, unknown> = {};
  const parts = entries.map(([property, condition], index) => {
    checkedProperty(owner, property);
    const name = `${prefix}${index}`;
    const access = `${variable}.\`${property}\``;
    const [op, value] = Object.entries(condition as Condition)[0] ?? [];
    params[name] = value;
    switch (op) {
      case 'eq':
        return `${access} = $${name}`;
      case 'in':
        return `${access} IN $${name}`;
      case 'contains':
        return `toLower(${access}) CONTAINS toLower($${name})`;
      case 'startsWith':
        return `${access} STARTS WITH $${name}`;
      case 'gte':
        return `${access} >= $${name}`;
      case 'lte':
        return `${access} <= $${name}`;
      case 'exists':
        return value ? `${access} IS NOT NULL` : `${access} IS NULL`;
      case 'has':
        return `$${name} IN ${access}`;
      default:
        throw new ValidationError([{ path: ['filter', property], message: `unknown condition "${String(op)}"` }]);
    }
  });
  return fragment(parts.map((part) => `(${part})`).join(' AND '), params);
}

/** Both fragments, ANDed. */
export function and(...fragments: CypherFragment[]): CypherFragment {
  const real = fragments.filter((f) => f !== TRUE);
  if (real.length === 0) return TRUE;
  return fragment(real.map((f) => `(${f.text})`).join(' AND '), Object.assign({}, ...real.map((f) => f.params)));
}

/** A sort key with a typed default for missing values, so keyset comparisons never meet null. */
export function sortKey(variable: string, owner: Owner, sort: Sort | undefined, param: string): { key: CypherFragment; direction: 'ASC' | 'DESC' } {
  const property = sort?.property ?? 'id';
  const fallback = sortFallback(checkedProperty(owner, property));
  return {
    key: fragment(`coalesce(${variable}.\`${property}\`, $${param})`, { [param]: fallback }),
    direction: sort?.direction === 'DESC' ? 'DESC' : 'ASC',
  };
}

/** Rows strictly after the keyset, in the given direction: `(value, id)` compared as a tuple. */
export function afterKeyset(valueExpression: string, idExpression: string, direction: 'ASC' | 'DESC', after: Keyset | undefined): CypherFragment {
  if (!after) return TRUE;
  const op = direction === 'ASC' ? '>' : '<';
  return fragment(
    `${valueExpression} ${op} $afterValue OR (${valueExpression} = $afterValue AND ${idExpression} ${op} $afterId)`,
    { afterValue: after.value, afterId: after.id },
  );
}

/**
 * Where a statements query starts: every Statement, or only the candidates an index lookup found (by
 * speaker, target or source). `n.id IN $list` would scan in Grafeo once guarded by `$list IS NULL OR`,
 * so the two starts are two different clauses, not one with a null test.
 */
export function statementsFrom(candidates: string[] | null): CypherFragment {
  if (candidates === null) return fragment('MATCH (n:Statement)');
  return fragment('UNWIND $candidates AS candidateId MATCH (n:Statement) WHERE n.id = candidateId WITH n', { candidates });
}

/** The filters that chose a statements query's candidates (statementsFrom): each found them through its own relationship. */
export type StatementAnchor = 'sources' | 'targets' | 'speakers';

/**
 * A statements query's filter on `n`, with a clause for each filter given and none for the rest. A
 * clause guarded by `$x IS NULL OR …` is not free when `$x` is null: Grafeo 0.6.0 still evaluates its
 * EXISTS (docs/measurements.md). The anchor's own clause
 * is left out too, since its candidates all pass it, unless stances narrow it. Every EXISTS pattern starts
 * from `n`: Grafeo 0.6.0 does not start a subquery from its bound variable otherwise, and
 * `(speaker)-[:SAID]->(n)` scanned every node for every statement (docs/grafeo.md, quirk 7).
 */
export function statementFilter(filter: StatementFilter, anchor?: StatementAnchor): CypherFragment {
  const given = (values: readonly string[] | undefined) => (values && values.length > 0 ? [...values] : null);
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (clause: string, values: Record<string, unknown>) => {
    clauses.push(clause);
    Object.assign(params, values);
  };
  const kinds = given(filter.kinds);
  const speakers = given(filter.speakers);
  const organisations = given(filter.organisations);
  const targets = given(filter.targets);
  const stances = given(filter.stances);
  const sources = given(filter.sources);
  if (kinds) add('n.kind IN $kinds', { kinds });
  if (filter.dateFrom != null) add('n.dateTo >= $dateFrom', { dateFrom: filter.dateFrom });
  if (filter.dateTo != null) add('n.dateFrom <= $dateTo', { dateTo: filter.dateTo });
  if (filter.text != null) add('toLower(n.text) CONTAINS toLower($text)', { text: filter.text });
  if (speakers && anchor !== 'speakers') add('EXISTS { MATCH (n)<-[:SAID]-(speaker) WHERE speaker.id IN $speakers }', { speakers });
  if (organisations) {
    // The derived roll-up: said by the body, a part of it, or a person in a role at either while it was held.
    add('EXISTS { MATCH (n)-[:SPOKE_FOR]->(org) WHERE org.id IN $organisations }', { organisations });
  }
  // With targets, the stances are those taken toward them, which implies one taken at all: one clause, not two.
  // A stance toward a claim is its ASSERTS or DISPUTES (model/stance-links.ts), so targets and stances read all three links.
  const stance = stanceCypher('link');
  if (targets && stances) add(`EXISTS { MATCH (n)-[link:${STANCE_LINK_PATTERN}]->(target) WHERE target.id IN $targets AND ${stance} IN $stances }`, { targets, stances });
  else if (targets && anchor !== 'targets') add(`EXISTS { MATCH (n)-[:${STANCE_LINK_PATTERN}]->(target) WHERE target.id IN $targets }`, { targets });
  else if (stances && !targets) add(`EXISTS { MATCH (n)-[link:${STANCE_LINK_PATTERN}]->() WHERE ${stance} IN $stances }`, { stances });
  if (sources && anchor !== 'sources') add('EXISTS { MATCH (n)-[:SOURCED_FROM]->(source) WHERE source.id IN $sources }', { sources });
  return clauses.length ? fragment(clauses.map((clause) => `(${clause})`).join(' AND '), params) : TRUE;
}

/** A node's record as a list of values, in the order of `keys` (default `nodeRecordKeys(label)`; why lists: `propertyLists`). */
export function nodeValues(variable: string, label: Label, keys: readonly string[] = nodeRecordKeys(label)): CypherFragment {
  return valueList(variable, keys);
}

const valueList = (variable: string, keys: readonly string[]) => fragment(`[${keys.map((key) => `${variable}.\`${key}\``).join(', ')}]`);

/** What a related read returns of its node and relationship: lists of values, and the keys they stand for. */
export interface PropertyLists {
  otherProperties: CypherFragment;
  otherKeys: readonly string[];
  relationshipProperties: CypherFragment;
  relationshipKeys: readonly string[];
}

/**
 * The neighbour's and the relationship's properties as lists of values, in the order of their keys: the
 * neighbour's `neighbourKeys` (a key a node lacks comes back null, which reading drops) and the
 * relationship's record keys. Lists, not maps: the driver decodes each key of each map of each row, and
 * keys were half the bytes and a fifth of the server's CPU for a report's statements at 1M. The columns
 * kept for filters and search (`searchText`, `<date>From`) are neither read nor shipped.
 */
export function propertyLists(other: string, relationship: string, query: RelatedQuery): PropertyLists {
  const otherKeys = neighbourKeys(otherLabels(query.type, query.direction, query.otherLabel), query);
  const relationshipKeys = relationshipRecordKeys(query.type);
  return { otherProperties: valueList(other, otherKeys), otherKeys, relationshipProperties: valueList(relationship, relationshipKeys), relationshipKeys };
}
