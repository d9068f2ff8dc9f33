/**
 * A related read and the reads planned for what it finds (port.ts `PlannedRead`), as one statement. The API
 * plans them from a request's selection: a report's statements, then each statement's speaker, targets and
 * source, then each speaker's roles. Read level by level, that is one Neo4j round trip per level, however
 * few rows each level has; the Neo4j GraphQL Library sends such a query as one statement, and so does this.
 *
 * Each read is the same related-out/-in statement `related` runs, so each level's hits are exactly what
 * `related` would give for those parents. A level's parents are the distinct nodes of its label among the
 * level above's rows, bound in place of that statement's `$ids`:
 *
 *   CALL { <root read> } WITH collect([parentId, …]) AS rows0
 *   CALL (rows0) {
 *     UNWIND rows0 AS row WITH row WHERE row[<otherLabel>] = $r1_label
 *     WITH collect(DISTINCT row[<other>][0]) AS parents       (a node's property list starts with its id)
 *     CALL (parents) { <read 1, UNWIND parents AS parentId …> }
 *     RETURN collect([parentId, …]) AS rows1
 *   }
 *   … one such block per planned read, depth first …
 *   RETURN rows0, rows1, …
 *
 * Every block returns one row (an aggregate without a grouping key), so a level that finds nothing gives an
 * empty list instead of ending the statement.
 */
import type { Label } from '../../model/schema.js';
import { addHits, type RelatedRead, type Row } from '../cypher-store.js';
import type { PlannedHits, PlannedRead, RelatedHit, RelatedQuery } from '../port.js';
import { quoted } from './read-waves.js';
import { replaceParameters } from '../catalogue.js';

/** One planned read in the compiled statement: which result column holds its rows, and which level holds its parents. */
interface Level {
  read: PlannedRead;
  rendered: RelatedRead;
  column: string;
  parentLevel: number;
}

export interface CompiledTree {
  text: string;
  params: Record<string, unknown>;
  /** The result columns: `rows0` (the root's rows), then one per planned read. */
  columns: string[];
  levels: Level[];
  /** The related statement's columns, the same for every read (related-out and -in return the same). */
  rowColumns: readonly string[];
  root: RelatedRead;
}

/** The root read (parents in `$ids`) and its planned reads, as one statement with one row. */
export function compileTree(root: RelatedRead, next: readonly PlannedRead[], render: (label: Label, query: RelatedQuery) => RelatedRead): CompiledTree {
  const rowColumns = root.columns;
  const otherLabelAt = rowColumns.indexOf('otherLabel');
  const otherAt = rowColumns.indexOf('other');
  if (otherLabelAt < 0 || otherAt < 0) throw new Error('a related read must return otherLabel and other');
  const collected = `collect([${rowColumns.map(quoted).join(', ')}])`;
  const params: Record<string, unknown> = {};
  const renamed = (text: string, prefix: string, idsVariable?: string) =>
    replaceParameters(text, (name) => (idsVariable && name === 'ids' ? idsVariable : `$${prefix}${name}`));

  for (const [name, value] of Object.entries(root.params)) params[`r0_${name}`] = value;
  const blocks = [`CALL {\n${renamed(root.text, 'r0_')}\n}\nWITH ${collected} AS rows0`];
  const levels: Level[] = [];
  const carried = ['rows0'];

  const visit = (reads: readonly PlannedRead[], parentLevel: number) => {
    for (const read of reads) {
      const index = levels.length + 1;
      const prefix = `r${index}_`;
      const rendered = render(read.label, read.query);
      if (rendered.columns.join() !== rowColumns.join()) throw new Error('planned reads must return the columns of a related read');
      for (const [name, value] of Object.entries(rendered.params)) params[prefix + name] = value;
      params[`${prefix}label`] = read.label;
      const parents = `rows${parentLevel}`;
      blocks.push(
        [
          `CALL (${parents}) {`,
          `  UNWIND ${parents} AS row WITH row WHERE row[${otherLabelAt}] = $${prefix}label`,
          `  WITH collect(DISTINCT row[${otherAt}][0]) AS parents`,
          `  CALL (parents) {\n${renamed(rendered.text, prefix, 'parents')}\n  }`,
          `  RETURN ${collected} AS rows${index}`,
          `}`,
        ].join('\n'),
      );
      levels.push({ read, rendered, column: `rows${index}`, parentLevel });
      carried.push(`rows${index}`);
      visit(read.next, index);
    }
  };
  visit(next, 0);
  return { text: `${blocks.join('\n')}\nRETURN ${carried.join(', ')}`, params, columns: carried, levels, rowColumns, root };
}

/** The compiled statement's one row, back as the root's hits per parent and each planned read's hits per parent. */
export function treeHits(compiled: CompiledTree, query: RelatedQuery, row: Row | undefined): { hits: Map<string, RelatedHit[]>; next: PlannedHits[] } {
  const rowsOf = (column: string): Row[] =>
    ((row?.[column] as unknown[][] | undefined) ?? []).map((values) => Object.fromEntries(compiled.rowColumns.map((name, i) => [name, values[i]])));
  const levelRows = [rowsOf('rows0')];
  const hits = new Map<string, RelatedHit[]>();
  addHits(hits, query, compiled.root, levelRows[0]);
  const found: PlannedHits[] = [];
  const byLevel: PlannedHits[] = [];
  for (const level of compiled.levels) {
    const rows = rowsOf(level.column);
    levelRows.push(rows);
    // Every parent gets an entry, none as well: its reads were made, and found nothing.
    const hitsByParent = new Map<string, RelatedHit[]>();
    for (const parentRow of levelRows[level.parentLevel]) if (parentRow.otherLabel === level.read.label) hitsByParent.set(String((parentRow.other as unknown[])[0]), []);
    addHits(hitsByParent, level.read.query, level.rendered, rows);
    const planned: PlannedHits = { read: level.read, hitsByParent, next: [] };
    byLevel.push(planned);
    (level.parentLevel === 0 ? found : byLevel[level.parentLevel - 1].next).push(planned);
  }
  return { hits, next: found };
}

/** Planned hits of the same plan read for parents of different labels, as one. */
export function mergePlannedHits(into: PlannedHits[], from: readonly PlannedHits[]): void {
  from.forEach((planned, i) => {
    for (const [parent, hits] of planned.hitsByParent) into[i].hitsByParent.set(parent, hits);
    mergePlannedHits(into[i].next, planned.next);
  });
}
