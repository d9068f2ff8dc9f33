/**
 * Applying a change: validate it against the model (every problem with its
 * field path), read what it touches as it was, re-derive the derived edges
 * it affects, and write all of it, the audit record included, in one
 * transaction. Changes are applied one at a time in this process, so each
 * reads the graph the previous one left. A client may send an idempotency
 * key: a change already made under that key is returned, not made again.
 */
import { randomUUID } from 'node:crypto';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { RELATIONSHIPS, type Label } from '../model/schema.js';
import { labelOfId } from '../model/ids.js';
import { validateNode, validateRelationship, type Problem } from '../model/validate.js';
import { ValidationError } from '../errors.js';
import { rederive } from '../derive/recompute.js';
import type { GraphStore } from '../store/port.js';
import { CodePointText } from '../seed/text.js';
import type { ChangeSet, RecordState } from './change-set.js';

const isDerived = (type: string) => Boolean((RELATIONSHIPS as Record<string, { derived?: boolean }>)[type]?.derived);

export interface AppliedChange {
  /** The audit record; null when the change would alter nothing (a retry of the same data). */
  change: NodeRecord | null;
  /** False when nothing was written: the idempotency key named a change already made, or nothing differs. */
  applied: boolean;
}

/** JSON with object keys sorted, so records compare by content whatever order their properties came in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

const sameRecords = (a: { id: string }[], b: { id: string }[]) =>
  canonical([...a].sort((x, y) => x.id.localeCompare(y.id))) === canonical([...b].sort((x, y) => x.id.localeCompare(y.id)));

export class MutationService {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    /** Called after every applied change with the nodes as they were and as written (the search vocabulary follows them). */
    private readonly afterWrite: (before: readonly NodeRecord[], after: readonly NodeRecord[]) => void = () => undefined,
  ) {}

  apply(set: ChangeSet, keyName: string, idempotencyKey?: string): Promise<AppliedChange> {
    const run = this.tail.then(() => this.applyNow(set, keyName, idempotencyKey));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The change made earlier under this idempotency key, if any. */
  async findByIdempotencyKey(key: string): Promise<NodeRecord | null> {
    const page = await this.store.list({ label: 'Change', filter: { idempotencyKey: { eq: key } }, limit: 1 });
    return page.nodes[0] ?? null;
  }

  private async applyNow(set: ChangeSet, keyName: string, idempotencyKey?: string): Promise<AppliedChange> {
    if (idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(idempotencyKey);
      if (earlier) {
        if (earlier.properties.operation !== set.operation) {
          throw new ValidationError([{ path: ['idempotencyKey'], message: `this key was already used for a ${earlier.properties.operation}` }]);
        }
        return { change: earlier, applied: false };
      }
    }
    // The relationships of nodes being deleted go with them: record them, so an undo can bring them back.
    const around = set.deleteNodes.length ? await this.store.subgraph({ seeds: set.deleteNodes, depth: 1, limit: 100_000, properties: [] }) : { relationships: [] as RelationshipRecord[] };
    const detached = around.relationships.filter((r) => !isDerived(r.type) && (set.deleteNodes.includes(r.from) || set.deleteNodes.includes(r.to)));
    const before = await this.currentState(set, detached);
    await this.validate(set);
    if (set.deleteNodes.length === 0 && set.deleteRelationships.length === 0 && sameRecords(before.nodes, set.nodes) && sameRecords(before.relationships, set.relationships)) {
      return { change: null, applied: false };
    }

    const seeds = await this.derivationSeeds(set, before);
    const derived = await rederive(this.store, { ...set, deleteRelationships: [...set.deleteRelationships, ...detached.map((r) => r.id)] }, seeds);

    const after: RecordState = { nodes: set.nodes, relationships: set.relationships };
    const change: NodeRecord = {
      id: `change:${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`,
      label: 'Change',
      properties: {
        operation: set.operation,
        keyName,
        at: new Date().toISOString(),
        summary: set.summary,
        nodeIds: [...new Set([...set.nodes.map((n) => n.id), ...set.deleteNodes, ...set.relationships.flatMap((r) => [r.from, r.to]), ...before.relationships.flatMap((r) => [r.from, r.to])])].sort(),
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        ...(idempotencyKey ? { idempotencyKey } : {}),
        ...(set.undoes ? { undoes: set.undoes } : {}),
      },
    };
    // An undo marks the change it reverses, in the same transaction.
    const undone = set.undoes ? (await this.store.getNodes([set.undoes]))[0] : null;
    const marks = undone ? [{ ...undone, properties: { ...undone.properties, undoneBy: change.id } }] : [];
    await this.store.write({
      nodes: [...set.nodes, ...marks, change],
      relationships: [...set.relationships, ...derived.upsert],
      deleteRelationships: [...set.deleteRelationships, ...derived.remove],
      deleteNodes: set.deleteNodes,
    });
    this.afterWrite(before.nodes, [...set.nodes, ...marks, change]);
    return { change, applied: true };
  }

  /** The explicit records the change touches, as they are now (absent ones left out). */
  private async currentState(set: ChangeSet, detached: RelationshipRecord[]): Promise<RecordState> {
    const nodeIds = [...new Set([...set.nodes.map((n) => n.id), ...set.deleteNodes])];
    const relationshipIds = [...new Set([...set.relationships.map((r) => r.id), ...set.deleteRelationships])];
    const nodes = (await this.store.getNodes(nodeIds)).filter((n): n is NodeRecord => n !== null);
    const relationships = (await this.store.getRelationships(relationshipIds)).filter((r): r is RelationshipRecord => r !== null);
    const known = new Set(relationships.map((r) => r.id));
    return { nodes, relationships: [...relationships, ...detached.filter((r) => !known.has(r.id))] };
  }

  /** Every problem with the graph the change would leave, each with its path. */
  private async validate(set: ChangeSet): Promise<void> {
    const problems: Problem[] = [];
    const deleted = new Set(set.deleteNodes);
    const pending = new Map(set.nodes.map((n) => [n.id, n]));
    set.nodes.forEach((node, i) => problems.push(...validateNode(node).map((p) => ({ ...p, path: ['nodes', i, ...p.path] }))));
    const endpointIds = [...new Set(set.relationships.flatMap((r) => [r.from, r.to]))].filter((id) => !pending.has(id));
    const stored = new Map((await this.store.getNodes(endpointIds)).filter((n): n is NodeRecord => n !== null).map((n) => [n.id, n]));
    const labelOf = (id: string): Label | null => (deleted.has(id) ? null : (pending.get(id)?.label ?? stored.get(id)?.label ?? null));
    set.relationships.forEach((rel, i) => {
      if (isDerived(rel.type)) problems.push({ path: ['relationships', i, 'type'], message: `${rel.type} is derived from statements and cannot be written` });
      else problems.push(...validateRelationship(rel, labelOf).map((p) => ({ ...p, path: ['relationships', i, ...p.path] })));
    });
    for (const id of set.deleteNodes) if (!labelOfId(id)) problems.push({ path: ['id'], message: `"${id}" is not a node id` });
    // Statements are words in a source: verbatim at their offsets.
    for (const [i, rel] of set.relationships.entries()) {
      if (rel.type !== 'SOURCED_FROM') continue;
      const statement = pending.get(rel.from) ?? (await this.store.getNodes([rel.from]))[0];
      const source = pending.get(rel.to) ?? stored.get(rel.to);
      if (!statement || !source) continue;
      const text = new CodePointText(String(source.properties.text ?? ''));
      const [start, end] = [Number(rel.properties.start), Number(rel.properties.end)];
      const found = text.slice(start, end);
      if (found !== statement.properties.text) {
        const hits = text.find(String(statement.properties.text));
        problems.push({
          path: ['relationships', i, 'properties', 'start'],
          message: `the text is not verbatim at [${start}, ${end}) of ${source.id} (found ${JSON.stringify(found.slice(0, 60))})${hits.length ? `; it occurs at ${hits.map(([a, b]) => `[${a}, ${b})`).join(', ')}` : '; it occurs nowhere in the source'}`,
        });
      }
    }
    if (problems.length) throw new ValidationError(problems, 'the change was not made');
  }

  /** The actors and raters whose derived edges the change can alter, before and after. */
  private async derivationSeeds(set: ChangeSet, before: RecordState): Promise<{ actors: string[]; raters: string[] }> {
    const all = [...set.relationships, ...before.relationships];
    const statementIds = new Set<string>();
    const actors = new Set<string>();
    const raters = new Set<string>();
    for (const node of [...set.nodes, ...before.nodes]) {
      if (node.label === 'Statement') statementIds.add(node.id);
      if (node.label === 'Person' || node.label === 'Organisation' || node.label === 'Council') actors.add(node.id);
    }
    for (const r of all) {
      if (r.type === 'SAID') actors.add(r.from);
      if (r.type === 'SAID' || r.type === 'ABOUT' || r.type === 'RESPONDS_TO' || r.type === 'SOURCED_FROM') statementIds.add(r.type === 'SAID' ? r.to : r.from);
      if (r.type === 'RATED_BY') raters.add(r.to);
      if (r.type === 'RATING_OF' || r.type === 'RATED_BY') {
        const rater = all.find((x) => x.type === 'RATED_BY' && x.from === r.from);
        if (rater) raters.add(rater.to);
      }
    }
    for (const id of set.deleteNodes) if (labelOfId(id) === 'Rating') {
      const [hits] = await this.store.related([id], { type: 'RATED_BY', direction: 'out' });
      for (const h of hits) raters.add(h.node.id);
    }
    // Speakers of the statements touched, and of statements about any deleted node (their edges point at it).
    const speakers = await this.store.related([...statementIds], { type: 'SAID', direction: 'in' });
    for (const list of speakers) for (const hit of list) actors.add(hit.node.id);
    if (set.deleteNodes.length) {
      const about = await this.store.related(set.deleteNodes, { type: 'ABOUT', direction: 'in' });
      const aboutSpeakers = await this.store.related(about.flat().map((h) => h.node.id), { type: 'SAID', direction: 'in' });
      for (const list of aboutSpeakers) for (const hit of list) actors.add(hit.node.id);
    }
    for (const id of set.deleteNodes) actors.delete(id);
    return { actors: [...actors], raters: [...raters] };
  }
}
