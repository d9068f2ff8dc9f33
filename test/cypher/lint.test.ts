/**
 * Every .cypher file through Neo4j's own parser and semantic analyser, with
 * the parameters its header declares and each placeholder filled as the
 * adapters fill it, including the predicates that fragments.ts compiles.
 */
import { describe, expect, it } from 'vitest';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { labelNames, relationshipTypeNames } from '../../src/model/schema.js';
import { loadCatalogue, render, renderSequence, PLACEHOLDER_KINDS, type Placeholder, type PlaceholderValue } from '../../src/store/catalogue.js';
import { afterKeyset, and, stanceLinkFragments, nodeValues, predicate, propertyLists, sortKey, statementFilter, statementsFrom } from '../../src/store/fragments.js';
import { mergeReads } from '../../src/store/neo4j/read-waves.js';

const catalogue = loadCatalogue();

/** Neo4j's errors for a statement (warnings left out), each with where it starts. */
function lintErrors(text: string, parameters: Record<string, unknown>): string[] {
  const diagnostics = lintCypherQuery(text, {
    labels: [...labelNames],
    relationshipTypes: [...relationshipTypeNames],
    parameters,
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
  });
  return diagnostics.filter((d) => d.severity === 1).map((d) => `${d.message} at ${JSON.stringify(d.range.start)}`);
}

/** Placeholder values as the adapters pass them, the compiled fragments at their most complex. */
function sampleValues(variable: 'n' | 'other' = 'other'): Partial<Record<Placeholder, PlaceholderValue>> {
  const sort = sortKey(variable, { label: 'Statement' }, { property: 'date', direction: 'DESC' }, 'sortDefault');
  return {
    label: 'Statement',
    fromLabel: 'Person',
    toLabel: 'Statement',
    otherLabel: 'Statement',
    type: 'SAID',
    direction: 'DESC',
    maxLength: 4,
    where: and(
      predicate(variable, { label: 'Statement' }, { kind: { eq: 'quote' }, text: { contains: 'credible' }, dateFrom: { gte: '2014' }, id: { in: ['a'] }, note: { exists: false } }, 'nf'),
      variable === 'other' ? predicate('r', { type: 'SAID' }, { id: { eq: 'x' } }, 'rf') : predicate('n', { label: 'Statement' }, {}, 'rf'),
    ),
    relatedWhere: and(predicate('other', { label: 'Statement' }, { kind: { eq: 'quote' } }, 'nf'), predicate('r', { type: 'SAID' }, { id: { eq: 'x' } }, 'rf')),
    from: statementsFrom(['statement:x']),
    otherProperties: propertyLists('other', 'r', { type: 'SOURCED_FROM', direction: 'out', omitLarge: true }).otherProperties,
    nodeValues: nodeValues('n', 'Statement'),
    relationshipProperties: propertyLists('other', 'r', { type: 'SOURCED_FROM', direction: 'out', omitLarge: true }).relationshipProperties,
    statementFilter: statementFilter({
      speakers: ['person:a'], organisations: ['organisation:b'], targets: ['report:c'], stances: ['critical'], kinds: ['quote'],
      dateFrom: '2014-01-01', dateTo: '2015-01-01', sources: ['source:d'], text: 'credible',
    }),
    sortKey: sort.key,
    ...stanceLinkFragments('about'),
    after: afterKeyset('sortValue', 'n.id', 'DESC', { value: '2014-01-01', id: 'statement:x' }),
  };
}

describe('cypher/ catalogue', () => {
  it('declares only placeholders the catalogue knows', () => {
    for (const entry of catalogue.values()) {
      for (const placeholder of entry.placeholders) expect(Object.keys(PLACEHOLDER_KINDS)).toContain(placeholder);
    }
  });

  it('refuses a label or relationship type outside the model', () => {
    const entry = catalogue.get('get-nodes')!;
    expect(() => render(entry, { label: 'Person) DETACH DELETE (x' })).toThrow(/cannot take/);
    expect(() => render(catalogue.get('related-out')!, { ...sampleValues(), type: 'SAID]->() DELETE' })).toThrow(/cannot take/);
    expect(() => render(catalogue.get('list')!, { ...sampleValues(), where: 'true OR 1=1' })).toThrow(/cannot take/);
  });

  it('joins the write statements into one that Neo4j accepts, each part with its own parameters and columns', () => {
    const names = ['upsert-nodes', 'create-nodes', 'upsert-relationships', 'create-relationships', 'delete-relationships', 'delete-nodes'] as const;
    const parts = names.map((name) => ({ entry: catalogue.get(name)!, values: sampleValues('n'), params: Object.fromEntries(catalogue.get(name)!.params.map((p) => [p, [name]])) }));
    const sequence = renderSequence(parts);
    const errors = lintErrors(sequence.text, sequence.params);
    expect(errors, sequence.text).toEqual([]);
    expect(sequence.params).toEqual({ rows_0: ['upsert-nodes'], rows_1: ['create-nodes'], rows_2: ['upsert-relationships'], rows_3: ['create-relationships'], rows_4: ['delete-relationships'], ids_5: ['delete-nodes'] });
    expect(sequence.columns).toEqual([{ written: 'written_0' }, { written: 'written_1' }, { written: 'written_2' }, { written: 'written_3' }, { deleted: 'deleted_4' }, { deleted: 'deleted_5' }]);
    expect(returnColumns(sequence.text)).toEqual(['written_0', 'written_1', 'written_2', 'written_3', 'deleted_4', 'deleted_5']);
  });

  for (const entry of catalogue.values()) {
    it(`${entry.name}.cypher passes Neo4j's parser and semantic analysis`, () => {
      // {{where}} and {{sortKey}} speak of `n` in the queries that list nodes, of `other` (and `r`) in the
      // neighbour queries; {{relatedWhere}} always of `other` and `r`.
      const rendered = render(entry, sampleValues(/MATCH \(n:|\{\{from\}\}/.test(entry.text) ? 'n' : 'other'));
      const parameters: Record<string, unknown> = { ...rendered.params };
      for (const name of entry.params) parameters[name] = null;
      const errors = lintErrors(rendered.text, parameters);
      expect(errors, `${entry.file}\n${rendered.text}`).toEqual([]);
      expect(entry.returns.length, `${entry.file} header must name its columns`).toBeGreaterThan(0);
    });

    it(`${entry.name}.cypher names its result columns in its header, and merges with others into a statement Neo4j accepts`, () => {
      // Neo4j merges concurrent reads by these columns (src/store/neo4j/read-waves.ts): a column left out would vanish.
      expect(returnColumns(entry.statement), entry.file).toEqual(entry.returns);
      const rendered = render(entry, sampleValues(/MATCH \(n:|\{\{from\}\}/.test(entry.text) ? 'n' : 'other'));
      const read = { text: rendered.text, params: { ...rendered.params, ...Object.fromEntries(entry.params.map((name) => [name, null])) }, columns: entry.returns };
      const merged = mergeReads([read, read]);
      const errors = lintErrors(merged.text, merged.params);
      expect(errors, merged.text).toEqual([]);
    });
  }
});

/** The column names of a statement's last RETURN: each item's alias, or the item itself when it is a bare name. */
function returnColumns(statement: string): string[] {
  const clause = statement.slice(statement.lastIndexOf('RETURN') + 'RETURN'.length).split(/\b(?:ORDER BY|SKIP|LIMIT)\b/)[0];
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of clause) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).map((item) => /\bAS\s+`?(\w+)`?$/i.exec(item)?.[1] ?? item);
}
