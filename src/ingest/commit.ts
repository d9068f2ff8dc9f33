/**
 * A reviewed draft → one change: the source, its statements and the new
 * actors, converted by the same code and checked by the same rules as the
 * seed loader (verbatim at offsets, ids resolve against the draft and the
 * graph, relationships allowed), then written by the mutation service in one
 * transaction with its derived edges. The same article twice changes nothing:
 * every id in a draft is derived from the article and its spans.
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

export async function articleChangeSet(store: GraphStore, draft: Draft, text: string, options: { minConfidence?: number } = {}): Promise<ChangeSet> {
  if (!draft || typeof draft !== 'object' || !draft.source || !Array.isArray(draft.statements)) {
    throw new ValidationError([{ path: ['draft'], message: 'not a draft from proposeArticle' }]);
  }
  const file = draftToSeedFile(draft, { textFile: 'article.txt', minConfidence: options.minConfidence });
  const converter = new SeedConverter((name) => (name === 'article.txt' ? text : null));
  converter.addFile({ file: 'draft', data: file });
  const { nodes, relationships, problems } = converter.records;

  // Ids resolve within the draft or in the graph.
  const inDraft = new Map<string, Label>(nodes.map((n) => [n.id, n.label]));
  const referenced = [...new Set(relationships.flatMap((r) => [r.from, r.to]))].filter((id) => !inDraft.has(id));
  const stored = new Map((await store.getNodes(referenced)).filter((n): n is NodeRecord => n !== null).map((n) => [n.id, n.label]));
  const labelOf = (id: string) => inDraft.get(id) ?? stored.get(id) ?? null;
  const all = [
    ...problems.map((p) => ({ path: ['draft', p.path], message: `${p.id ? `(${p.id}) ` : ''}${p.message}` })),
    ...nodes.flatMap((n) => validateNode(n).map((p) => ({ path: ['draft', n.id, ...p.path], message: p.message }))),
    ...relationships.flatMap((r: RelationshipRecord) => validateRelationship(r, labelOf).map((p) => ({ path: ['draft', r.from, r.type], message: p.message }))),
  ];
  if (all.length) throw new ValidationError(all, 'the article was not committed');

  const set = emptyChangeSet('commitArticle', `added the article "${draft.source.title}" with ${file.sources![0].statements!.length} statements`);
  set.subject = draft.source.id;
  set.nodes.push(...nodes);
  set.relationships.push(...relationships);
  return set;
}
