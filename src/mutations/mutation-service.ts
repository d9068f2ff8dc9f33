/**
 * Applying a change: validate it against the model (every problem with its
 * field path), read what it touches as it was, re-derive the derived edges
 * it affects, and write all of it, the audit record included, in one
 * transaction. Each change reads the graph the changes before it left. A
 * client may send an idempotency key: a change already made under that key
 * is returned, not made again.
 *
 * Changes that arrive while others are being written are prepared together
 * and written in one transaction (group commit): a store's statement and
 * commit cost most of a change, and most changes touch different records. A
 * change whose reads or writes meet those of an earlier one in the group
 * (footprint.ts) waits for the next, so each still reads what the ones
 * before it wrote.
 */
import { randomUUID } from 'node:crypto';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { actorLabels, RELATIONSHIPS, type Label } from '../model/schema.js';
import { labelOfId } from '../model/ids.js';
import { STANCE_LINK_TYPES } from '../model/stance-links.js';
import { validateNode, validateProperty, validateRelationship, type Problem } from '../model/validate.js';
import { ValidationError } from '../errors.js';
import { derivedTypesAffected, rederive } from '../derive/recompute.js';
import type { GraphStore, WriteBatch } from '../store/port.js';
import { CodePointText } from '../model/code-point-text.js';
import type { ChangeSet, RecordState } from './change-set.js';
import { RecordingReads, idempotencyKeyOf, meets, writeKeys, type MutationReads } from './footprint.js';

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

/** Ids of the records a change states exactly as they are stored. */
function unchangedIds(before: RecordState, set: ChangeSet): Set<string> {
  const stored = new Map([...before.nodes, ...before.relationships].map((r) => [r.id, canonical(r)]));
  return new Set([...set.nodes, ...set.relationships].filter((r) => stored.get(r.id) === canonical(r)).map((r) => r.id));
}

/** A change waiting to be prepared, and its caller. */
interface Waiting {
  set: ChangeSet;
  keyName: string;
  idempotencyKey?: string;
  resolve: (applied: AppliedChange) => void;
  reject: (error: unknown) => void;
}

/** A change prepared against the graph as it was: its outcome, or what to write; with the keys it read. */
type Prepared = { reads: ReadonlySet<string> } & (
  | { outcome: AppliedChange; error?: undefined; write?: undefined }
  | { error: unknown; outcome?: undefined; write?: undefined }
  | { write: { batch: WriteBatch; keys: ReturnType<typeof writeKeys>; alone: boolean; before: NodeRecord[]; change: NodeRecord }; outcome?: undefined; error?: undefined }
);

type Accepted = { waiting: Waiting; write: NonNullable<Prepared['write']> };

/** Reads that need a node's id alone: its label is in it. */
const ID_ONLY: readonly string[] = [];
const SOURCE_TEXT: readonly string[] = ['text'];

/** At most this many changes share a transaction. */
const MAX_GROUP = 32;

export class MutationService {
  private readonly waiting: Waiting[] = [];
  private draining = false;

  constructor(
    private readonly store: GraphStore,
    /** Called after every applied change with the nodes as they were and as written (the search vocabulary follows them). */
    private readonly afterWrite: (before: readonly NodeRecord[], after: readonly NodeRecord[]) => void = () => undefined,
  ) {}

  apply(set: ChangeSet, keyName: string, idempotencyKey?: string): Promise<AppliedChange> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ set, keyName, idempotencyKey, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  /** The change made earlier under this idempotency key, if any. */
  async findByIdempotencyKey(key: string): Promise<NodeRecord | null> {
    const page = await this.store.list({ label: 'Change', filter: { idempotencyKey: { eq: key } }, limit: 1 });
    return page.nodes[0] ?? null;
  }

  /**
   * Prepares what is waiting, writes what can share a transaction, and goes round again for the rest. The
   * changes that arrive while a group is being written are prepared meanwhile (the store's write is mostly its
   * own thread's, Grafeo's or Neo4j's), and written once it has settled: those that read or write what the
   * group writes are prepared again after it, so that each still reads what the ones before it left.
   */
  private async drain(): Promise<void> {
    this.draining = true;
    let writing: { settled: Promise<void>; keys: ReadonlySet<string> } | null = null;
    try {
      while (this.waiting.length || writing) {
        if (!this.waiting.length) {
          await writing!.settled;
          writing = null;
          continue;
        }
        const group = this.waiting.splice(0, MAX_GROUP);
        // One after another: prepared at once, their reads would meet in Neo4j's read waves as statements of
        // ever new shapes, each planned anew (slow: docs/measurements.md); Grafeo's direct reads gain nothing from overlapping.
        const prepared: Prepared[] = [];
        for (const waiting of group) prepared.push(await this.prepare(waiting));
        const { accepted, again } = this.chooseTogether(group, prepared, writing?.keys);
        if (writing) await writing.settled;
        writing = accepted.length ? { settled: this.write(accepted), keys: new Set(accepted.flatMap((a) => [...a.write.keys.all])) } : null;
        this.waiting.unshift(...again);
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * In arrival order: settles the outcomes that read nothing an earlier change writes, and accepts the writes
   * that read nothing an earlier one writes and write no record it writes. The rest go round again, and a
   * later change writing a record one of them writes waits with it, so that the last to arrive writes last.
   * `inFlight`: the keys of a group being written as these were prepared, which they must not have read
   * either; a change that deletes nodes (whose relationships it reads unrecorded) then waits for it. With
   * nothing in flight, the first change always goes through.
   */
  private chooseTogether(group: Waiting[], prepared: Prepared[], inFlight?: ReadonlySet<string>) {
    const accepted: Accepted[] = [];
    const again: Waiting[] = [];
    const written = new Set<string>(inFlight);
    let closed = false;
    group.forEach((waiting, i) => {
      const p = prepared[i];
      const deletes = waiting.set.deleteNodes.length > 0;
      const clashes = meets(p.reads, written) || (p.write !== undefined && meets(p.write.keys.records, written));
      // A change that deletes nodes touches more than its keys say: it goes first and alone, and what came after it waits.
      if (closed || clashes || (deletes && (i > 0 || inFlight))) {
        again.push(waiting);
        for (const key of p.write?.keys.records ?? []) written.add(key);
        closed ||= deletes;
        return;
      }
      if (p.write) {
        accepted.push({ waiting, write: p.write });
        for (const key of p.write.keys.all) written.add(key);
        closed = p.write.alone;
      } else if (p.outcome) waiting.resolve(p.outcome);
      else waiting.reject(p.error);
    });
    return { accepted, again };
  }

  /** One transaction for the group; if it fails, each change alone, so that only a failing one fails. Never rejects. */
  private async write(accepted: Accepted[]): Promise<void> {
    const settle = ({ waiting, write }: Accepted, error?: unknown) => {
      if (error !== undefined) return waiting.reject(error);
      try {
        this.afterWrite(write.before, write.batch.nodes ?? []);
        waiting.resolve({ change: write.change, applied: true });
      } catch (failure) {
        waiting.reject(failure);
      }
    };
    if (accepted.length > 1) {
      const together = await this.store.write({
        nodes: accepted.flatMap((a) => a.write.batch.nodes ?? []),
        relationships: accepted.flatMap((a) => a.write.batch.relationships ?? []),
        deleteRelationships: accepted.flatMap((a) => a.write.batch.deleteRelationships ?? []),
        deleteNodes: accepted.flatMap((a) => a.write.batch.deleteNodes ?? []),
      }).then(() => true, () => false);
      // If it failed, nothing was written: each goes alone below, and the one at fault fails with its own error.
      if (together) return accepted.forEach((a) => settle(a));
    }
    for (const a of accepted) {
      const error = await this.store.write(a.write.batch).then(() => undefined, (failure: unknown) => failure ?? new Error('the write failed'));
      settle(a, error);
    }
  }

  private async prepare(waiting: Waiting): Promise<Prepared> {
    const reads = new RecordingReads(this.store);
    try {
      return { reads: reads.keys, ...(await this.prepareWith(reads, waiting)) };
    } catch (error) {
      return { reads: reads.keys, error };
    }
  }

  private async prepareWith(reads: RecordingReads, { set, keyName, idempotencyKey }: Waiting): Promise<{ outcome: AppliedChange } | { write: NonNullable<Prepared['write']> }> {
    if (idempotencyKey !== undefined) {
      const problems = validateProperty('Change', 'idempotencyKey', idempotencyKey, ['idempotencyKey']);
      if (problems.length) throw new ValidationError(problems, 'the change was not made');
    }
    if (idempotencyKey) {
      reads.keys.add(idempotencyKeyOf(idempotencyKey));
      const earlier = await this.findByIdempotencyKey(idempotencyKey);
      if (earlier) {
        if (earlier.properties.operation !== set.operation) {
          throw new ValidationError([{ path: ['idempotencyKey'], message: `this key was already used for a ${earlier.properties.operation}` }]);
        }
        return { outcome: { change: earlier, applied: false } };
      }
    }
    if (set.precondition) await set.precondition(this.store, reads);
    // The relationships of nodes being deleted go with them: record them, so an undo can bring them back.
    const around = set.deleteNodes.length ? await this.store.subgraph({ seeds: set.deleteNodes, depth: 1, limit: 100_000, properties: [] }) : { relationships: [] as RelationshipRecord[] };
    const detached = around.relationships.filter((r) => !isDerived(r.type) && (set.deleteNodes.includes(r.from) || set.deleteNodes.includes(r.to)));
    const before = await this.currentState(reads, set, detached);
    await this.validate(reads, set);
    // A record the change states exactly as it is stored is not written again (setStance restates the
    // statement's coder every time): a smaller write, and fewer keys to clash with the rest of a group.
    const unchanged = unchangedIds(before, set);
    if (set.deleteNodes.length === 0 && set.deleteRelationships.length === 0 && unchanged.size === set.nodes.length + set.relationships.length) {
      return { outcome: { change: null, applied: false } };
    }

    const seeds = await this.derivationSeeds(reads, set, before);
    const pending = { ...set, deleteRelationships: [...set.deleteRelationships, ...detached.map((r) => r.id)] };
    const derived = await rederive(reads, pending, seeds, derivedTypesAffected(pending, before));

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
    const undone = set.undoes ? (await reads.getNodes([set.undoes]))[0] : null;
    const marks = undone ? [{ ...undone, properties: { ...undone.properties, undoneBy: change.id } }] : [];
    const batch: WriteBatch = {
      nodes: [...set.nodes.filter((n) => !unchanged.has(n.id)), ...marks, change],
      relationships: [...set.relationships.filter((r) => !unchanged.has(r.id)), ...derived.upsert],
      deleteRelationships: [...set.deleteRelationships, ...derived.remove],
      deleteNodes: set.deleteNodes,
    };
    // Deleting nodes takes their relationships too, beyond what the keys name: such a change goes alone.
    return { write: { batch, keys: writeKeys(batch), alone: set.deleteNodes.length > 0, before: before.nodes.filter((n) => !unchanged.has(n.id)), change } };
  }

  /** The explicit records the change touches, as they are now (absent ones left out). */
  private async currentState(reads: MutationReads, set: ChangeSet, detached: RelationshipRecord[]): Promise<RecordState> {
    const nodeIds = [...new Set([...set.nodes.map((n) => n.id), ...set.deleteNodes])];
    const relationshipIds = [...new Set([...set.relationships.map((r) => r.id), ...set.deleteRelationships])];
    const nodes = (await reads.getNodes(nodeIds)).filter((n): n is NodeRecord => n !== null);
    const relationships = (await reads.getRelationships(relationshipIds)).filter((r): r is RelationshipRecord => r !== null);
    const known = new Set(relationships.map((r) => r.id));
    return { nodes, relationships: [...relationships, ...detached.filter((r) => !known.has(r.id))] };
  }

  /** Every problem with the graph the change would leave, each with its path. */
  private async validate(reads: MutationReads, set: ChangeSet): Promise<void> {
    const problems: Problem[] = [];
    const deleted = new Set(set.deleteNodes);
    const pending = new Map(set.nodes.map((n) => [n.id, n]));
    set.nodes.forEach((node, i) => problems.push(...validateNode(node).map((p) => ({ ...p, path: ['nodes', i, ...p.path] }))));
    const endpointIds = [...new Set(set.relationships.flatMap((r) => [r.from, r.to]))].filter((id) => !pending.has(id));
    // Labels are in ids; a source's text is read only to check a statement's offsets in it.
    const keys = set.relationships.some((r) => r.type === 'SOURCED_FROM') ? SOURCE_TEXT : ID_ONLY;
    const stored = new Map((await reads.getNodes(endpointIds, keys)).filter((n): n is NodeRecord => n !== null).map((n) => [n.id, n]));
    const labelOf = (id: string): Label | null => (deleted.has(id) ? null : (pending.get(id)?.label ?? stored.get(id)?.label ?? null));
    set.relationships.forEach((rel, i) => {
      if (isDerived(rel.type)) problems.push({ path: ['relationships', i, 'type'], message: `${rel.type} is derived from statements and cannot be written` });
      else problems.push(...validateRelationship(rel, labelOf).map((p) => ({ ...p, path: ['relationships', i, ...p.path] })));
    });
    for (const id of set.deleteNodes) if (!labelOfId(id)) problems.push({ path: ['id'], message: `"${id}" is not a node id` });
    // Statements are words in a source: verbatim at their offsets.
    for (const [i, rel] of set.relationships.entries()) {
      if (rel.type !== 'SOURCED_FROM') continue;
      const statement = pending.get(rel.from) ?? (await reads.getNodes([rel.from]))[0];
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
  private async derivationSeeds(reads: MutationReads, set: ChangeSet, before: RecordState): Promise<{ actors: string[]; raters: string[] }> {
    const all = [...set.relationships, ...before.relationships];
    const statementIds = new Set<string>();
    const actors = new Set<string>();
    const raters = new Set<string>();
    for (const node of [...set.nodes, ...before.nodes]) {
      if (node.label === 'Statement') statementIds.add(node.id);
      if (actorLabels.includes(node.label)) actors.add(node.id);
    }
    for (const r of all) {
      if (r.type === 'SAID') actors.add(r.from);
      if (r.type === 'SAID' || r.type === 'ABOUT' || r.type === 'RESPONDS_TO' || r.type === 'SOURCED_FROM') statementIds.add(r.type === 'SAID' ? r.to : r.from);
      if ((r.type === 'ASSERTS' || r.type === 'DISPUTES') && labelOfId(r.from) === 'Statement') statementIds.add(r.from);
      // A role or a part moves what statements count for a body: re-derive from both ends (rederive adds the bodies above).
      if (r.type === 'HELD_ROLE' || r.type === 'MEMBER_OF') (actors.add(r.from), actors.add(r.to));
      if (r.type === 'RATED_BY') raters.add(r.to);
      if (r.type === 'RATING_OF' || r.type === 'RATED_BY') {
        const rater = all.find((x) => x.type === 'RATED_BY' && x.from === r.from);
        if (rater) raters.add(rater.to);
      }
    }
    for (const id of set.deleteNodes) if (labelOfId(id) === 'Rating') {
      const [hits] = await reads.related([id], { type: 'RATED_BY', direction: 'out' });
      for (const h of hits) raters.add(h.node.id);
    }
    // Speakers of the statements touched, and of statements about (or asserting, disputing) any deleted node (their edges point at it).
    const speakers = await reads.related([...statementIds], { type: 'SAID', direction: 'in', properties: ID_ONLY });
    for (const list of speakers) for (const hit of list) actors.add(hit.node.id);
    if (set.deleteNodes.length) {
      const about = (await Promise.all(STANCE_LINK_TYPES.map((type) => reads.related(set.deleteNodes, { type, direction: 'in', properties: ID_ONLY })))).flat();
      const aboutSpeakers = await reads.related(about.flat().map((h) => h.node.id), { type: 'SAID', direction: 'in', properties: ID_ONLY });
      for (const list of aboutSpeakers) for (const hit of list) actors.add(hit.node.id);
    }
    for (const id of set.deleteNodes) actors.delete(id);
    return { actors: [...actors], raters: [...raters] };
  }
}
