/**
 * A reviewed draft → one change: a new version of the article (article-versions.ts). The draft's
 * records (the source, its statements, the claims it states, the ratings citing it, new actors and
 * reports) are converted by the same code and checked by the same rules as the seed loader (verbatim at
 * offsets, ids resolve against the draft and the graph, relationships allowed); what the previous
 * version had and this one has not is deleted; and the mutation service writes it all in one
 * transaction with its derived edges and one Change, which `undoChange` reverses. The same article
 * twice changes nothing: every id in a draft is derived from the article and its spans.
 */
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import type { Label } from '../model/schema.js';
import { validateNode, validateRelationship } from '../model/validate.js';
import { ValidationError } from '../errors.js';
import { SeedConverter } from '../seed/records.js';
import type { GraphStore } from '../store/port.js';
import { emptyChangeSet, type ChangeSet } from '../mutations/change-set.js';
import type { Draft } from './draft.js';
import { draftToSeedFile } from './to-seed.js';
import { COMMIT_OPERATION, replaceArticle, verifyReplacement } from './article-versions.js';

export interface CommitOptions {
  minConfidence?: number;
  /** Replace changes others made to the article's records since its last version (default: refuse). */
  overwrite?: boolean;
}

export async function articleChangeSet(store: GraphStore, draft: Draft, text: string, options: CommitOptions = {}): Promise<ChangeSet> {
  const file = draftToSeedFile(checkedDraft(draft), { textFile: 'article.txt', minConfidence: options.minConfidence });
  const converter = new SeedConverter((name) => (name === 'article.txt' ? text : null));
  converter.addFile({ file: 'draft', data: file });
  const { nodes, relationships, problems, heldBack } = converter.records;

  // Ids resolve within the draft or in the graph.
  const inDraft = new Map<string, Label>(nodes.map((n) => [n.id, n.label]));
  const referenced = [...new Set(relationships.flatMap((r) => [r.from, r.to]))].filter((id) => !inDraft.has(id));
  const stored = new Map((await store.getNodes(referenced, [])).filter((n): n is NodeRecord => n !== null).map((n) => [n.id, n.label]));
  const labelOf = (id: string) => inDraft.get(id) ?? stored.get(id) ?? null;
  const all = [
    ...problems.map((p) => ({ path: ['draft', p.path], message: `${p.id ? `(${p.id}) ` : ''}${p.message}` })),
    ...nodes.flatMap((n) => validateNode(n).map((p) => ({ path: ['draft', n.id, ...p.path], message: p.message }))),
    ...relationships.flatMap((r: RelationshipRecord) => validateRelationship(r, labelOf).map((p) => ({ path: ['draft', r.from, r.type], message: p.message }))),
  ];
  if (all.length) throw new ValidationError(all, 'the article was not committed');

  const sourceId = draft.source.id;
  const next = { nodes: new Set(nodes.map((n) => n.id)), relationships: new Set(relationships.map((r) => r.id)) };
  const replaced = await replaceArticle(store, sourceId, next, options.overwrite ?? false);
  const statements = file.sources![0].statements!.length;
  const notes = [
    replaced.deleteNodes.length + replaced.deleteRelationships.length ? `removed ${replaced.deleteNodes.length} nodes and ${replaced.deleteRelationships.length} relationships of the previous version` : '',
    replaced.kept.length ? `kept ${replaced.kept.length} node(s) it introduced that others use` : '',
    heldBack.length ? `${heldBack.length} held back (${countsOf(heldBack.map((h) => `${h.kind} missing ${h.missing.join('+')}`))})` : '',
    replaced.conflicts.length ? `overwrote ${replaced.conflicts.slice(0, 5).map((c) => c.change).join(', ')}${replaced.conflicts.length > 5 ? ` and ${replaced.conflicts.length - 5} more` : ''}` : '',
  ].filter(Boolean);
  const set = emptyChangeSet(COMMIT_OPERATION, `committed version ${replaced.version} of the article "${draft.source.title}" with ${statements} statements${notes.length ? `; ${notes.join('; ')}` : ''}`);
  set.subject = sourceId;
  set.nodes.push(...nodes);
  set.relationships.push(...relationships);
  set.deleteNodes.push(...replaced.deleteNodes);
  set.deleteRelationships.push(...replaced.deleteRelationships);
  set.precondition = (current, reads) => verifyReplacement(current, reads, sourceId, replaced, options.overwrite ?? false);
  return set;
}

/** The lists a draft holds, and in each item the lists that converting it reads. */
const DRAFT_LISTS: [keyof Draft, string[]][] = [['statements', ['about', 'respondsTo', 'asserts', 'disputes']], ['newActors', []], ['newReports', []], ['newFrameworks', []], ['claims', ['matches']], ['ratings', ['matches']], ['furniture', []], ['excludedQuotes', []]];

/**
 * A draft as sent: JSON that may have been edited by hand. Its shape is checked before anything reads it
 * (every problem named by its path), and the lists a draft from before a field existed lacks are empty.
 */
function checkedDraft(draft: Draft): Draft {
  if (!draft || typeof draft !== 'object' || !draft.source || typeof draft.source !== 'object' || !Array.isArray(draft.statements)) {
    throw new ValidationError([{ path: ['draft'], message: 'not a draft from proposeArticle' }]);
  }
  const problems: { path: (string | number)[]; message: string }[] = [];
  const checked: Record<string, unknown> = { ...draft };
  for (const [list, inner] of DRAFT_LISTS) {
    const items = draft[list] ?? [];
    if (!Array.isArray(items)) {
      problems.push({ path: ['draft', list], message: 'must be a list' });
      continue;
    }
    checked[list] = items;
    items.forEach((item: unknown, i: number) => {
      if (item === null || typeof item !== 'object') return problems.push({ path: ['draft', list, i], message: 'must be an object' });
      for (const key of inner) if (!Array.isArray((item as Record<string, unknown>)[key])) problems.push({ path: ['draft', list, i, key], message: 'must be a list' });
    });
  }
  if (draft.source.authors !== undefined && !Array.isArray(draft.source.authors)) problems.push({ path: ['draft', 'source', 'authors'], message: 'must be a list' });
  checked.source = { ...draft.source, authors: draft.source.authors ?? [] };
  draft.statements.forEach((s, i) => {
    if (s && typeof s === 'object' && typeof s.speaker?.id !== 'string') problems.push({ path: ['draft', 'statements', i, 'speaker', 'id'], message: 'a statement needs a speaker id' });
  });
  if (problems.length) throw new ValidationError(problems, 'the article was not committed');
  return checked as unknown as Draft;
}

/** "2 × statement missing about, number missing claim": each distinct item once, with its count when above one. */
function countsOf(items: string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${n} × ${item}` : item)).join(', ');
}
