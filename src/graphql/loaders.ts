/**
 * Request-scoped DataLoaders over the store port, made fresh for each
 * request. A loader for related nodes is keyed by the whole query (type,
 * direction, filters, sort, cursor, limit), so the fields of one request
 * that ask the same question of many parents share one store round trip.
 */
import DataLoader from 'dataloader';
import type { NodeRecord } from '../model/records.js';
import { largeProperties } from '../model/schema.js';
import type { Projection } from './projection.js';
import type { GradeCountRow, GraphStore, PlannedHits, PlannedRead, RelatedHit, RelatedQuery, StanceBreakdownRow, StanceCountRow } from '../store/port.js';

type CountQuery = Omit<RelatedQuery, 'sort' | 'limit' | 'after'>;

/**
 * A stable key for a query object: the same question gives the same string whatever the key order (keys
 * sorted, undefined left out, as JSON.stringify would). Every related field of every parent asks for one:
 * written out, not JSON.stringify with a sorting replacer, which cost a measurable share of a request's CPU
 * (docs/measurements.md).
 */
export function keyOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : keyOf(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  let key = '';
  for (const name of Object.keys(record).sort()) {
    if (record[name] === undefined) continue;
    key += `${key ? ',' : ''}${JSON.stringify(name)}:${keyOf(record[name])}`;
  }
  return `{${key}}`;
}

export class Loaders {
  readonly nodes: DataLoader<string, NodeRecord | null>;
  /** Statements per stance for each target. */
  readonly stanceCounts: DataLoader<string, StanceCountRow[]>;
  /** Ratings per grade for each report. */
  readonly gradeCountsByReport: DataLoader<string, GradeCountRow[]>;
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelatedHit[]>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();
  private readonly breakdownLoaders = new Map<string, DataLoader<string, StanceBreakdownRow[]>>();
  /** Reads planned after a related read, by its query's key. */
  private readonly plans = new Map<string, PlannedRead[]>();
  /** What this request's operation asks of each label's properties (projection.ts), once it is known. */
  projection: Projection | undefined;

  constructor(private readonly store: GraphStore) {
    this.nodes = new DataLoader((ids) => store.getNodes(ids));
    this.stanceCounts = new DataLoader((ids) => store.stanceCounts(ids));
    this.gradeCountsByReport = new DataLoader(async (ids) => {
      const rows = await store.gradeCounts({ reports: [...ids] });
      return ids.map((id) => rows.filter((row) => row.reportId === id));
    });
  }

  /** Neighbours of many parents over one relationship type; the nodes found whole also prime the node loader. */
  related(query: RelatedQuery): DataLoader<string, RelatedHit[]> {
    const key = keyOf(query);
    let loader = this.relatedLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const next = this.plans.get(key);
        if (next?.length && this.store.relatedWithNext) {
          const found = await this.store.relatedWithNext(ids, query, next);
          this.primePlanned(found.next);
          this.primeNodes(query, found.hits);
          return found.hits;
        }
        const hits = await this.store.related(ids, query);
        this.primeNodes(query, hits);
        return hits;
      });
      this.relatedLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Plans the reads that will follow `query`'s (read-plan.ts), once per query: where the store can, its
   * next read reads them too, and their answers wait in their loaders. `plan` runs only for a query not yet
   * planned, and only when the store can use it.
   */
  planAhead(query: RelatedQuery, plan: () => PlannedRead[]): void {
    if (!this.store.relatedWithNext) return;
    const key = keyOf(query);
    if (this.plans.has(key)) return;
    this.plans.set(key, plan()); // a plan may still grow (read-plan.ts): it is read when the batch goes out
  }

  private primePlanned(planned: readonly PlannedHits[]): void {
    for (const { read, hitsByParent, next } of planned) {
      const loader = this.related(read.query);
      for (const [parentId, hits] of hitsByParent) loader.prime(parentId, hits);
      this.primeNodes(read.query, [...hitsByParent.values()]);
      this.primePlanned(next);
    }
  }

  /** Neighbours found whole are the nodes' records: a later read by id needs no round trip. Partial ones are not. */
  private primeNodes(query: RelatedQuery, hits: readonly RelatedHit[][]): void {
    if (query.properties) return;
    for (const list of hits) for (const hit of list) if (!(query.omitLarge && largeProperties(hit.node.label).length > 0)) this.nodes.prime(hit.node.id, hit.node);
  }

  countRelated(query: CountQuery): DataLoader<string, number> {
    const key = keyOf(query);
    let loader = this.countLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => this.store.countRelated(ids, query));
      this.countLoaders.set(key, loader);
    }
    return loader;
  }

  stanceBreakdown(groupBy: 'speaker' | 'organisation'): DataLoader<string, StanceBreakdownRow[]> {
    let loader = this.breakdownLoaders.get(groupBy);
    if (!loader) {
      loader = new DataLoader((ids) => this.store.stanceBreakdown(ids, groupBy));
      this.breakdownLoaders.set(groupBy, loader);
    }
    return loader;
  }
}
