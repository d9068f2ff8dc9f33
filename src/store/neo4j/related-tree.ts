/**
 * A related read and the reads planned for what it finds (port.ts `PlannedRead`), as one statement. The API
 * plans them from a request's selection: a report's statements, then each statement's speaker, targets and
 * source, then each speaker's roles. Read level by level, that is one Neo4j round trip per level, however
 * few rows each level has; the Neo4j GraphQL Library sends such a query as one statement, and so does this.
 *
 * Every read is related-out/-in-from-nodes, the related-out/-in statement `related` runs with its parents
 * given as nodes, so each level's hits are exactly what `related` would give for those parents. The root's
 * parents are found by id once; each level below takes as parents the distinct nodes of its label that the
 * level above found: passing nodes cost Neo4j less CPU than an index lookup per parent (docs/measurements.md).
 *
 *   UNWIND $r0_ids AS rootId MATCH (root:<Label> {id: rootId}) WITH collect(root) AS roots
 *   CALL (roots) { <root read, $parents bound to roots> }
 *   WITH collect([parentId, …]) AS rows0, collect([otherLabel, otherNode]) AS nodes0
 *   CALL (nodes0) {
 *     UNWIND nodes0 AS found WITH found WHERE found[0] = $r1_label
 *     WITH collect(DISTINCT found[1]) AS parents
 *     CALL (parents) { <read 1> }
 *     RETURN collect([parentId, …]) AS rows1, collect([otherLabel, otherNode]) AS nodes1
 *   }
 *   … one such block per planned read, depth first …
 *   RETURN rows0, rows1, …
 *
 * Every block returns one row (an aggregate without a grouping key), so a level that finds nothing gives an
 * empty list instead of ending the statement. Only the rows are returned: the nodes stay in Neo4j.
 */
import { isLabel, type Label } from '../../model/schema.js';
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
  /** The columns of the rows returned, the same for every read: the related statement's, without `otherNode`. */
  rowColumns: readonly string[];
  root: RelatedRead;
}

/** Renders a related read of parents of a label, given as nodes (`$parents`). */
export type RenderFromNodes = (label: Label, query: RelatedQuery) => RelatedRead;

/** The root read of parents of `label` (ids in `$r0_ids`) and its planned reads, as one statement with one row. */
export function compileTree(label: Label, root: RelatedQuery, next: readonly PlannedRead[], render: RenderFromNodes): CompiledTree {
  if (!isLabel(label)) throw new Error(`not a label: ${label}`);
  const rootRead = render(label, root);
  const rowColumns = rootRead.columns.filter((column) => column !== 'otherNode');
  if (!rowColumns.includes('otherLabel') || rowColumns.length === rootRead.columns.length) throw new Error('a planned read must return otherLabel and otherNode');
  // A level's nodes are collected only when a read below takes its parents from them.
  const collected = (level: number, below: readonly PlannedRead[]) =>
    `collect([${rowColumns.map(quoted).join(', ')}]) AS rows${level}` + (below.length > 0 ? `, collect([otherLabel, otherNode]) AS nodes${level}` : '');
  const params: Record<string, unknown> = {};
  const renamed = (read: RelatedRead, prefix: string, parents: string) => {
    for (const [name, value] of Object.entries(read.params)) params[prefix + name] = value;
    return replaceParameters(read.text, (name) => (name === 'parents' ? parents : `$${prefix}${name}`));
  };

  const blocks = [
    `UNWIND $r0_ids AS rootId MATCH (root:${label} {id: rootId}) WITH collect(root) AS roots`,
    `CALL (roots) {\n${renamed(rootRead, 'r0_', 'roots')}\n}\nWITH ${collected(0, next)}`,
  ];
  const levels: Level[] = [];
  const carried = ['rows0'];

  const visit = (reads: readonly PlannedRead[], parentLevel: number) => {
    for (const read of reads) {
      const index = levels.length + 1;
      const prefix = `r${index}_`;
      const rendered = render(read.label, read.query);
      if (rendered.columns.join() !== rootRead.columns.join()) throw new Error('planned reads must return the columns of the root read');
      params[`${prefix}label`] = read.label;
      const nodes = `nodes${parentLevel}`;
      blocks.push(
        [
          `CALL (${nodes}) {`,
          `  UNWIND ${nodes} AS found WITH found WHERE found[0] = $${prefix}label`,
          `  WITH collect(DISTINCT found[1]) AS parents`,
          `  CALL (parents) {\n${renamed(rendered, prefix, 'parents')}\n  }`,
          `  RETURN ${collected(index, read.next)}`,
          `}`,
        ].join('\n'),
      );
      levels.push({ read, rendered, column: `rows${index}`, parentLevel });
      carried.push(`rows${index}`);
      visit(read.next, index);
    }
  };
  visit(next, 0);
  return { text: `${blocks.join('\n')}\nRETURN ${carried.join(', ')}`, params, columns: carried, levels, rowColumns, root: rootRead };
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
