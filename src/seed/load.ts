/**
 * Writes a validated seed plan into a store, in batches, nodes before
 * relationships, with progress. The seed's own records are upserted, and
 * nothing others added is deleted; but each article (a source with its
 * statements) replaces that article's previous version in the store: what
 * its file no longer says is removed (ingest/article-versions.ts). If
 * someone changed an article's records through the API since, the seed
 * names each change and writes nothing, unless told to overwrite. Records
 * from the other seed files that the seed stated before and no longer does
 * are removed too (seed/owned.ts): the seed owns its records. The
 * marker node is written last, so a seed killed halfway is seen as
 * unfinished and completed on the next start.
 */
import { labelOfId, nodeId, parseRelationshipId } from '../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { ChorusError, ERROR_CODES, ValidationError } from '../errors.js';
import { replaceArticle, type ArticleConflict } from '../ingest/article-versions.js';
import type { GraphStore } from '../store/port.js';
import { rederive } from '../derive/recompute.js';
import { currentDerivationMarker } from '../derive/versioned.js';
import { formatProblems, planSeed, type SeedPlan } from './plan.js';
import { ownedIds, staleSeedRecords } from './owned.js';

export const SEED_MARKER_ID = nodeId('Marker', 'seed');
export const DEFAULT_BATCH_SIZE = 2_000;

export interface SeedProgress {
  phase: 'nodes' | 'relationships' | 'derived' | 'marker';
  done: number;
  total: number;
}

export interface SeedResult {
  nodes: number;
  relationships: number;
  derived: number;
  contentHash: string;
  /** Articles whose previous version lost records, and how many. */
  replaced: { source: string; nodes: number; relationships: number }[];
  /** Records of the other seed files the previous seed stated and this one no longer does; `kept`: nodes others still link to. */
  removed: { nodes: number; relationships: number; kept: string[] };
}

/** Articles in the seed that others changed through the API since: nothing was written. */
export class SeedConflictError extends ChorusError {
  constructor(readonly conflicts: { source: string; conflicts: ArticleConflict[] }[]) {
    super(
      ERROR_CODES.ARTICLE_CONFLICT,
      `${conflicts.length} article(s) were changed through the API since they were loaded; nothing was written (seed with --overwrite to replace those changes):\n${conflicts
        .flatMap(({ source, conflicts: list }) => list.map((c) => `  ${source}: ${c.operation} ${c.change} by ${c.keyName} at ${c.at} (${c.records.slice(0, 5).join(', ')}${c.records.length > 5 ? ', …' : ''})`))
        .join('\n')}`,
    );
  }
}

/**
 * What replacing the stored versions of the plan's articles deletes, and the speakers whose derived edges
 * that changes. Only articles the store already holds have a previous version.
 */
async function replacedArticles(store: GraphStore, plan: SeedPlan, overwrite: boolean) {
  const sources = plan.nodes.filter((n) => n.label === 'Source').map((n) => n.id);
  const stored = (await store.getNodes(sources, [])).filter((n): n is NodeRecord => n !== null);
  // What each article's new version keeps: whatever the folder writes (its statements and links, and an actor a
  // commit of the article introduced that the folder now defines in actors.json).
  const next = { nodes: new Set(plan.nodes.map((n) => n.id)), relationships: new Set(plan.relationships.map((r) => r.id)) };
  const deleteNodes: string[] = [];
  const deleteRelationships: string[] = [];
  const replaced: SeedResult['replaced'] = [];
  const conflicts: { source: string; conflicts: ArticleConflict[] }[] = [];
  for (const { id } of stored) {
    const replacement = await replaceArticle(store, id, next, true);
    if (replacement.conflicts.length) conflicts.push({ source: id, conflicts: replacement.conflicts });
    if (replacement.deleteNodes.length + replacement.deleteRelationships.length) {
      replaced.push({ source: id, nodes: replacement.deleteNodes.length, relationships: replacement.deleteRelationships.length });
    }
    deleteNodes.push(...replacement.deleteNodes);
    deleteRelationships.push(...replacement.deleteRelationships);
  }
  if (conflicts.length && !overwrite) throw new SeedConflictError(conflicts);
  // Whose derived edges the replacement changes: the speakers of removed statements, and a speaker a kept
  // statement no longer has (a statement recoded to another speaker loses its SAID, not its node).
  const unsaid = deleteRelationships.map(parseRelationshipId).filter((r) => r?.type === 'SAID').map((r) => r!.from);
  const speakers = [...(await store.related(deleteNodes, { type: 'SAID', direction: 'in', properties: [] })).flat().map((hit) => hit.node.id), ...unsaid];
  return { deleteNodes, deleteRelationships, replaced, speakers };
}

export class SeedValidationError extends ValidationError {
  constructor(readonly plan: SeedPlan) {
    super(
      plan.problems.map((p) => ({ path: [p.file, p.path], message: `${p.id ? `(${p.id}) ` : ''}${p.message}` })),
      `the seed has ${plan.problems.length} problem(s); nothing was written`,
    );
    this.message = `the seed has ${plan.problems.length} problem(s); nothing was written:\n${formatProblems(plan.problems)}`;
  }
}

const NOTHING_PENDING = { nodes: [], relationships: [], deleteNodes: [], deleteRelationships: [] };

/** The actors who speak in a seed and the raters who rate in it: whose derived edges a seed can change. */
function seedsOf(plan: SeedPlan): { actors: string[]; raters: string[] } {
  return {
    actors: plan.relationships.filter((r) => r.type === 'SAID' || r.type === 'HELD_ROLE' || r.type === 'MEMBER_OF').map((r) => r.from),
    raters: plan.relationships.filter((r) => r.type === 'RATED_BY').map((r) => r.to),
  };
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The records in the order of the statements that write them (label; type and endpoint labels), stable
 * within each. A store writes a batch with one statement per group: in the plan's order a batch of
 * relationships held a dozen small groups, in this order one or two large ones.
 */
function byStatement<T extends NodeRecord | RelationshipRecord>(records: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = 'label' in record ? record.label : `${record.type}|${labelOfId(record.from)}|${labelOfId(record.to)}`;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()].flat();
}

/**
 * Writes the records in batches, with up to `lanes` batches in flight; reports how many are written after
 * each batch. After a failure no batch starts: the ones in flight settle, then the first error is thrown.
 */
async function writeBatches<T>(records: readonly T[], size: number, lanes: number, write: (batch: T[]) => Promise<unknown>, progress: (done: number) => void): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  let done = 0;
  progress(done);
  for (const batch of batches(records, size)) {
    if (failure) break;
    const writing: Promise<void> = write(batch).then(
      () => progress((done += batch.length)),
      (error: unknown) => void (failure ??= { error }),
    ).finally(() => inFlight.delete(writing));
    inFlight.add(writing);
    if (inFlight.size >= lanes) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw (failure as { error: unknown }).error;
}

function distinctIds(records: readonly { id: string }[]): boolean {
  return new Set(records.map((r) => r.id)).size === records.length;
}

/**
 * Whether every record of the plan can be created rather than upserted: the store holds no node at all
 * (so none of the plan's ids) and the plan names each id once (so an upsert would not merge two of its
 * records). Then creating writes the same graph as upserting, without a lookup per record. A store that
 * holds anything, a seed cut off halfway included, is upserted into, which is what keeps re-seeding
 * idempotent. This assumes no other writer adds the plan's ids while it loads.
 */
async function isEmpty(store: GraphStore): Promise<boolean> {
  return Object.values(await store.countByLabel()).every((count) => count === 0);
}

function canCreate(empty: boolean, plan: SeedPlan): boolean {
  return empty && distinctIds(plan.nodes) && distinctIds([...plan.relationships, ...plan.derived]);
}

export async function writePlan(
  store: GraphStore,
  plan: SeedPlan,
  options: { batchSize?: number; onProgress?: (progress: SeedProgress) => void; overwrite?: boolean } = {},
): Promise<SeedResult> {
  if (plan.problems.length) throw new SeedValidationError(plan);
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report = options.onProgress ?? (() => undefined);
  const empty = await isEmpty(store);
  const createOnly = canCreate(empty, plan);
  // An empty store holds no previous version of anything.
  const replacing = createOnly ? null : await replacedArticles(store, plan, options.overwrite ?? false);
  if (replacing && replacing.deleteNodes.length + replacing.deleteRelationships.length) {
    await store.write({ deleteNodes: replacing.deleteNodes, deleteRelationships: replacing.deleteRelationships });
  }
  // A folder of drafts adds to the seed and owns nothing of it.
  const stale = createOnly || plan.outside?.length ? null : await staleSeedRecords(store, SEED_MARKER_ID, plan);
  const staleCount = stale ? stale.deleteNodes.length + stale.deleteRelationships.length : 0;
  if (stale && staleCount) await store.write({ deleteNodes: stale.deleteNodes, deleteRelationships: stale.deleteRelationships });

  const phases: [SeedProgress['phase'], NodeRecord[] | RelationshipRecord[]][] = [
    ['nodes', byStatement(plan.nodes)],
    ['relationships', byStatement(plan.relationships)],
  ];
  const lanes = createOnly ? store.bulkLoadConcurrency : 1;
  for (const [phase, records] of phases) {
    await writeBatches(records as (NodeRecord | RelationshipRecord)[], size, lanes, (batch) =>
      store.write(phase === 'nodes' ? { nodes: batch as NodeRecord[], createOnly } : { relationships: batch as RelationshipRecord[], createOnly }),
      (done) => report({ phase, done, total: records.length }),
    );
  }
  // Derived edges: from the plan alone, unless other statements count too (changes made through the API, the
  // store's own for a plan that links outside itself, removed ones of a previous version); then they are
  // derived again from the store for every actor and rater the seed speaks of, and every speaker it removed.
  const fromPlan = !plan.outside?.length && !replacing?.replaced.length && !staleCount && (await store.count('Change')) === 0;
  const seeds = seedsOf(plan);
  const touched = stale?.touched ?? [];
  const derived = fromPlan
    ? { upsert: byStatement(plan.derived), remove: [] as string[] }
    : await rederive(store, NOTHING_PENDING, { actors: [...seeds.actors, ...(replacing?.speakers ?? []), ...touched], raters: [...seeds.raters, ...touched] });
  await writeBatches(derived.upsert, size, fromPlan ? lanes : 1, (batch) => store.write({ relationships: batch, createOnly: createOnly && fromPlan }),
    (done) => report({ phase: 'derived', done, total: derived.upsert.length }),
  );
  if (derived.remove.length) await store.write({ deleteRelationships: derived.remove });
  // A plan that links outside itself (a folder of drafts) adds to a seed; it is not one, so the marker of the
  // seed the store holds stays as it is (and `npm start` still compares the seed folder with it).
  // A store seeded from empty holds only edges of the current rules. One that held edges before keeps its
  // derivation marker: if those were derived under older rules, the next start derives everything again (versioned.ts).
  const markers: NodeRecord[] = empty ? [currentDerivationMarker()] : [];
  if (!plan.outside?.length) {
    const records = plan.nodes.length + plan.relationships.length + plan.derived.length;
    markers.push({ id: SEED_MARKER_ID, label: 'Marker', properties: { contentHash: plan.contentHash, completedAt: new Date().toISOString(), records, owned: ownedIds(plan) } });
  }
  if (markers.length) await store.write({ nodes: markers });
  report({ phase: 'marker', done: 1, total: 1 });
  return {
    nodes: plan.nodes.length, relationships: plan.relationships.length, derived: fromPlan ? plan.derived.length : derived.upsert.length, contentHash: plan.contentHash,
    replaced: replacing?.replaced ?? [], removed: { nodes: stale?.deleteNodes.length ?? 0, relationships: stale?.deleteRelationships.length ?? 0, kept: stale?.kept ?? [] },
  };
}

export async function seedStore(store: GraphStore, dir: string, options: Parameters<typeof writePlan>[2] = {}): Promise<SeedResult> {
  return writePlan(store, planSeed(dir), options);
}

/** The hash of the seed a store holds in full, or null when no seed has completed in it. */
export async function completedSeedHash(store: GraphStore): Promise<string | null> {
  const [marker] = await store.getNodes([SEED_MARKER_ID]);
  return marker ? String(marker.properties.contentHash) : null;
}
