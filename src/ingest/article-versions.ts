/**
 * The article as the unit of coding. An article (its Source) owns a set of records: the source with the
 * links to its publisher and authors, the claims it states and the ratings that cite it, its statements
 * with all their links, and the nodes a commit of it introduced (new actors, reports, claims). Committing
 * the article again replaces that set: what the new version no longer has is deleted.
 *
 * What the previous version was is read from two places, because an article can arrive by either road:
 * the graph (everything linked to the source and its statements, which is all a seed file writes) and
 * the audit trail (the records of the latest commit of the article that has not been undone, which
 * also names the nodes it introduced). Versions are those commits: undoing one goes back to the one
 * before it, exactly, since the undo restores what it replaced. Statements someone else added to the
 * source through the API are theirs, not the article's: a new version never removes them.
 *
 * A later change by someone else (a setStance, a merge) to one of the article's statements, or to a node
 * the new version would remove, is a conflict: the commit (or the seed) names each one and writes
 * nothing, unless the caller asks to overwrite. Changes that were undone, and undos, are not conflicts.
 */
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { ChorusError, ERROR_CODES } from '../errors.js';
import { RELATIONSHIPS, type RelationshipType } from '../model/schema.js';
import { parseRelationshipId } from '../model/ids.js';
import type { RecordState } from '../mutations/change-set.js';
import type { GraphStore, RelatedQuery } from '../store/port.js';

export const COMMIT_OPERATION = 'commitArticle';

/** The ids of an article's records. */
export interface ArticleRecords {
  nodes: Set<string>;
  relationships: Set<string>;
}

export interface StoredArticle {
  records: ArticleRecords;
  /** Nodes that a commit of the article introduced, other than its source and statements. */
  introduced: Set<string>;
  /** Commits of the article that are in force (not undone), newest first: the version is their count. */
  commits: NodeRecord[];
  /** Whether the store holds any Change at all (if not, nobody can have changed the article since). */
  auditTrail: boolean;
}

export interface ArticleConflict {
  change: string;
  operation: string;
  keyName: string;
  at: string;
  /** The article's records the change touched. */
  records: string[];
}

/** The article was changed by someone else since its version was written: nothing was committed. */
export class ArticleConflictError extends ChorusError {
  constructor(readonly sourceId: string, readonly conflicts: ArticleConflict[]) {
    super(
      ERROR_CODES.ARTICLE_CONFLICT,
      `${sourceId} was changed since its last version by ${conflicts.map((c) => `${c.operation} ${c.change} (${c.keyName}, ${c.at}: ${c.records.slice(0, 5).join(', ')}${c.records.length > 5 ? ', …' : ''})`).join('; ')}; nothing was committed (commit with overwrite: true to replace those changes)`,
    );
  }
}

const IDS_ONLY: readonly string[] = [];
/** The relationships of a statement that belong to it, by direction. */
const STATEMENT_LINKS: [RelationshipType, RelatedQuery['direction']][] = [
  ['SAID', 'in'], ['SOURCED_FROM', 'out'], ['ABOUT', 'out'], ['RESPONDS_TO', 'out'], ['ASSERTS', 'out'], ['DISPUTES', 'out'],
];
const SOURCE_LINKS: [RelationshipType, RelatedQuery['direction']][] = [
  ['PUBLISHED', 'in'], ['AUTHORED', 'in'], ['ASSERTS', 'out'], ['DISPUTES', 'out'], ['CITES', 'in'],
];
const CHANGE_PAGE = 500;
const isDerived = (type: string) => Boolean((RELATIONSHIPS as Record<string, { derived?: boolean }>)[type]?.derived);

async function linked(store: GraphStore, ids: string[], links: [RelationshipType, RelatedQuery['direction']][], into: ArticleRecords): Promise<void> {
  if (!ids.length) return;
  for (const [type, direction] of links) {
    for (const hits of await store.related(ids, { type, direction, properties: IDS_ONLY })) {
      for (const hit of hits) into.relationships.add(hit.relationship.id);
    }
  }
}

/** The article's records as the graph holds them: the source, its links, its statements and theirs. */
async function recordsInGraph(store: GraphStore, sourceId: string): Promise<ArticleRecords> {
  const records: ArticleRecords = { nodes: new Set(), relationships: new Set() };
  const [source] = await store.getNodes([sourceId], IDS_ONLY);
  if (!source) return records;
  records.nodes.add(sourceId);
  const [statements] = await store.related([sourceId], { type: 'SOURCED_FROM', direction: 'in', properties: IDS_ONLY });
  const statementIds = statements.map((hit) => hit.node.id);
  for (const id of statementIds) records.nodes.add(id);
  await linked(store, [sourceId], SOURCE_LINKS, records);
  await linked(store, statementIds, STATEMENT_LINKS, records);
  return records;
}

/** The commits of the article in force, newest first. */
async function commitsInForce(store: GraphStore, sourceId: string): Promise<NodeRecord[]> {
  const commits: NodeRecord[] = [];
  let after;
  for (;;) {
    const page = await store.list({ label: 'Change', filter: { nodeIds: { has: sourceId }, operation: { eq: COMMIT_OPERATION } }, sort: { property: 'at', direction: 'DESC' }, after, limit: CHANGE_PAGE });
    commits.push(...page.nodes.filter((change) => !change.properties.undoneBy));
    if (!page.hasMore) return commits;
    after = page.keys[page.keys.length - 1];
  }
}

/** Statements added to the source by changes that are not the article's own (and not undone). */
async function statementsAddedByOthers(store: GraphStore, sourceId: string): Promise<Set<string>> {
  const added = new Set<string>();
  let after;
  for (;;) {
    const page = await store.list({ label: 'Change', filter: { nodeIds: { has: sourceId } }, after, limit: CHANGE_PAGE });
    for (const change of page.nodes) {
      if (isOwn(change, sourceId) || change.properties.undoneBy || change.properties.operation === 'undoChange') continue;
      const before = new Set((JSON.parse(String(change.properties.before)) as RecordState).nodes.map((n) => n.id));
      for (const node of (JSON.parse(String(change.properties.after)) as RecordState).nodes) {
        if (node.label === 'Statement' && !before.has(node.id)) added.add(node.id);
      }
    }
    if (!page.hasMore) return added;
    after = page.keys[page.keys.length - 1];
  }
}

/** The article's own commits, and the undoing of them, are its versions. */
function isOwn(change: NodeRecord, sourceId: string): boolean {
  const operation = change.properties.operation;
  return (operation === COMMIT_OPERATION || operation === 'undoChange') && ((change.properties.nodeIds as string[]) ?? []).includes(sourceId);
}

/** What the stored version of the article is: its records, what it introduced, and its commits. */
export async function storedArticle(store: GraphStore, sourceId: string): Promise<StoredArticle> {
  const records = await recordsInGraph(store, sourceId);
  // A store without an audit trail (seeded, never written through the API) has no commits and no others' changes.
  if ((await store.count('Change')) === 0) return { records, introduced: new Set(), commits: [], auditTrail: false };
  const commits = await commitsInForce(store, sourceId);
  const introduced = new Set<string>();
  if (commits.length) {
    const written = JSON.parse(String(commits[0].properties.after)) as RecordState;
    const stored = new Set((await store.getNodes(written.nodes.map((n) => n.id), IDS_ONLY)).filter((n): n is NodeRecord => n !== null).map((n) => n.id));
    for (const node of written.nodes) {
      if (!stored.has(node.id)) continue;
      records.nodes.add(node.id);
      if (node.label !== 'Source' && node.label !== 'Statement') introduced.add(node.id);
    }
    const storedRelationships = (await store.getRelationships(written.relationships.map((r) => r.id))).filter((r): r is RelationshipRecord => r !== null);
    for (const r of storedRelationships) records.relationships.add(r.id);
  }
  const others = await statementsAddedByOthers(store, sourceId);
  for (const id of others) records.nodes.delete(id);
  for (const id of [...records.relationships]) {
    const parsed = parseRelationshipId(id);
    if (parsed && (others.has(parsed.from) || others.has(parsed.to))) records.relationships.delete(id);
  }
  return { records, introduced, commits, auditTrail: true };
}

/**
 * Changes by others since the article's version was written (`commits`: those in force, newest first) that
 * touched `watched` (its statements, the nodes the new version would remove). Without a commit in force (an
 * article from a seed file, which writes no Change), every change to those records counts.
 */
async function conflictsSince(store: GraphStore, sourceId: string, commits: readonly NodeRecord[], watched: ReadonlySet<string>): Promise<ArticleConflict[]> {
  if (!watched.size) return [];
  const since = commits[0] ? String(commits[0].properties.at) : undefined;
  const conflicts: ArticleConflict[] = [];
  let after;
  for (;;) {
    const page = await store.list({ label: 'Change', filter: since ? { at: { gte: since } } : {}, sort: { property: 'at', direction: 'ASC' }, after, limit: CHANGE_PAGE });
    for (const change of page.nodes) {
      if (isOwn(change, sourceId) || change.properties.undoneBy || change.properties.operation === 'undoChange') continue;
      const touched = ((change.properties.nodeIds as string[]) ?? []).filter((id) => watched.has(id));
      if (touched.length) conflicts.push({ change: change.id, operation: String(change.properties.operation), keyName: String(change.properties.keyName), at: String(change.properties.at), records: touched });
    }
    if (!page.hasMore) return conflicts;
    after = page.keys[page.keys.length - 1];
  }
}

/**
 * Of the nodes the article introduced and its new version drops, those nothing outside the article links
 * to: the others are kept (another article or a person's edit uses them).
 */
async function unusedElsewhere(store: GraphStore, candidates: string[], article: ArticleRecords): Promise<{ remove: string[]; keep: string[] }> {
  if (!candidates.length) return { remove: [], keep: [] };
  const around = await store.subgraph({ seeds: candidates, depth: 1, limit: 100_000, properties: IDS_ONLY });
  const used = new Set<string>();
  for (const r of around.relationships) {
    if (isDerived(r.type) || article.relationships.has(r.id)) continue;
    if (candidates.includes(r.from)) used.add(r.from);
    if (candidates.includes(r.to)) used.add(r.to);
  }
  return { remove: candidates.filter((id) => !used.has(id)), keep: candidates.filter((id) => used.has(id)) };
}

export interface Replacement {
  /** The new version's number: 1 + the commits in force. */
  version: number;
  deleteNodes: string[];
  deleteRelationships: string[];
  /** Nodes the previous version introduced that the new one drops but something else uses. */
  kept: string[];
  conflicts: ArticleConflict[];
  /** The commit in force the replacement was computed against (null: none). */
  basedOn: string | null;
  /** The records whose later change by someone else is a conflict. */
  watched: ReadonlySet<string>;
}

/**
 * What replacing the stored version of the article by `next` (the new version's record ids) deletes, and
 * which changes by others it would overwrite. Throws ArticleConflictError when there are any and
 * `overwrite` is not set.
 */
export async function replaceArticle(store: GraphStore, sourceId: string, next: ArticleRecords, overwrite: boolean): Promise<Replacement> {
  const previous = await storedArticle(store, sourceId);
  // A node the new version still links to stays, even when the new version no longer lists it (a reviewer
  // took a new speaker out of the new actors but kept the statement): removing it would break the link.
  const linkedTo = new Set([...next.relationships].flatMap((id) => {
    const parsed = parseRelationshipId(id);
    return parsed ? [parsed.from, parsed.to] : [];
  }));
  const dropped = [...previous.records.nodes].filter((id) => !next.nodes.has(id) && !linkedTo.has(id));
  const introduced = await unusedElsewhere(store, dropped.filter((id) => previous.introduced.has(id)), previous.records);
  const deleteNodes = [...dropped.filter((id) => !previous.introduced.has(id)), ...introduced.remove];
  const gone = new Set(deleteNodes);
  // Relationships of nodes that stay; those of deleted nodes go with them (and are recorded for an undo).
  const deleteRelationships = [...previous.records.relationships].filter((id) => {
    if (next.relationships.has(id)) return false;
    const parsed = parseRelationshipId(id);
    return !parsed || !(gone.has(parsed.from) || gone.has(parsed.to));
  });
  const watched = new Set([...[...previous.records.nodes].filter((id) => id !== sourceId && !previous.introduced.has(id)), ...introduced.remove]);
  const conflicts = previous.auditTrail ? await conflictsSince(store, sourceId, previous.commits, watched) : [];
  if (conflicts.length && !overwrite) throw new ArticleConflictError(sourceId, conflicts);
  return { version: previous.commits.length + 1, deleteNodes, deleteRelationships, kept: introduced.keep, conflicts, basedOn: previous.commits[0]?.id ?? null, watched };
}

/**
 * Checks, as the commit is about to be written, that what it was computed against still holds: the same
 * version is in force, and (unless overwriting) nobody has changed the watched records since. The watched
 * records are read through `reads`, so that a change to them arriving with this commit is written first.
 */
export async function verifyReplacement(store: GraphStore, reads: Pick<GraphStore, 'getNodes'>, sourceId: string, replacement: Replacement, overwrite: boolean): Promise<void> {
  await reads.getNodes([sourceId, ...replacement.watched], IDS_ONLY);
  if ((await store.count('Change')) === 0) return;
  const commits = await commitsInForce(store, sourceId);
  const current = commits[0]?.id ?? null;
  if (current !== replacement.basedOn) {
    const newer = commits[0];
    throw new ArticleConflictError(sourceId, newer ? [{ change: newer.id, operation: COMMIT_OPERATION, keyName: String(newer.properties.keyName), at: String(newer.properties.at), records: [sourceId] }] : []);
  }
  if (overwrite) return;
  const conflicts = await conflictsSince(store, sourceId, commits, replacement.watched);
  if (conflicts.length) throw new ArticleConflictError(sourceId, conflicts);
}
