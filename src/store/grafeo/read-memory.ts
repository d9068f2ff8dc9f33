/**
 * What Grafeo's direct reads remember between commits: nodes' property values (and the records built from
 * them), edges' types and properties, and nodes' neighbour lists. Each direct read is a native call, and
 * requests read the same records again: most of what a setStance change reads, the change before it had
 * read, and with this memory it reads almost none of it again (docs/measurements.md).
 *
 * It stays true because every write of this process tells it first (`writing`), and Grafeo allows one
 * process per database: what a write may change is forgotten when it starts and not remembered while it
 * is under way. A commit that no write accounted for, or two whose commits overlapped, forgets everything.
 */
import type { AsOfView, GrafeoDB as GrafeoDatabase, JsEdge } from '@grafeo-db/js';
import { parseRelationshipId } from '../../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../../model/records.js';
import { isRelationshipType, type Label } from '../../model/schema.js';
import { nodeRecordKeys, relationshipRecordKeys } from '../../model/storage.js';
import { toNode, toRelationship } from '../cypher-store.js';
import { plain } from './values.js';

/** An edge's type and the stored properties its record is built from, frozen: reads share it, and its record once built. */
export interface EdgeRead {
  type: string;
  stored: Readonly<Record<string, unknown>>;
  record?: RelationshipRecord | null;
}

/**
 * A node's record, its properties read one at a time (with `only`, only those). Why not `getNode`: it copies every
 * stored property, a source's whole text and the search text included, and `properties()` converts them
 * all again: for a source, many times the cost of reading the properties asked for one by one.
 */
export function nodeRecord(property: (key: string) => unknown, label: Label, only?: ReadonlySet<string>): NodeRecord | null {
  const stored: Record<string, unknown> = {};
  for (const key of nodeRecordKeys(label)) {
    if (only && !only.has(key)) continue;
    const value = property(key);
    if (value !== null && value !== undefined) stored[key] = value;
  }
  return typeof stored.id === 'string' ? toNode(label, stored) : null;
}

/** A record shared by the reads that remember it: frozen, so that none can change it under another. */
function frozen<T extends NodeRecord | RelationshipRecord>(record: T): T {
  Object.freeze(record.properties);
  return Object.freeze(record);
}

/** The key of a record read with all its properties. */
const ALL_KEYS: ReadonlySet<string> = new Set();

export type Direction = 'out' | 'in';

/** What a write may change, as the memory needs to know it. */
export interface WriteScope {
  /** Nodes upserted or created. */
  nodes: readonly string[];
  /** Relationships upserted or created: a new one adds to its ends' neighbour lists. */
  relationships: readonly string[];
  deletedRelationships: readonly string[];
  /**
   * Too wide to name (deleted nodes take their relationships with them; a bulk load's relationships join
   * any node's): all is forgotten, and nothing is remembered across it.
   */
  unbounded: boolean;
}

/** Past this many records of one kind, that kind's memory starts again (a request's working set is far smaller). */
const MAX_REMEMBERED = 50_000;

const nodeKey = (id: string) => `n:${id}`;
const edgeKey = (id: string) => `r:${id}`;
const neighboursKey = (id: string, type: string, direction: Direction) => `a:${id}|${type}|${direction}`;

/** A value as the rest of Chorus takes it, frozen when it is a list (remembered values are shared). */
function shared(value: unknown): unknown {
  const made = plain(value);
  return Array.isArray(made) ? Object.freeze(made) : made;
}

/**
 * A relationship's stored properties that its record is built from, each read alone (`properties()` also
 * converts the derived date columns, which no record holds). The caller gives the type it
 * already knows: each getter of an edge is a native call.
 */
function edgeRead(edge: JsEdge): EdgeRead {
  const type = edge.edgeType;
  const stored: Record<string, unknown> = {};
  for (const key of isRelationshipType(type) ? relationshipRecordKeys(type) : []) {
    const value = edge.get(key);
    if (value !== null && value !== undefined) stored[key] = shared(value);
  }
  return { type, stored: Object.freeze(stored) };
}

export class ReadMemory {
  /** The commit the memory is true at; null: nothing remembered. */
  private validAt: bigint | null = null;
  /** Node handle → stored property values read (null: the node has none under that key). */
  private readonly properties = new Map<number, Map<string, unknown>>();
  /** Node handle → its records, by the set of keys they were read with (`ALL_KEYS`: all). */
  private readonly records = new Map<number, Map<ReadonlySet<string>, NodeRecord | null>>();
  /** Node id → handle, for the nodes whose properties are remembered: how a write's nodes are forgotten. */
  private readonly propertyHandles = new Map<string, number>();
  private readonly edges = new Map<number, EdgeRead>();
  private readonly edgeHandles = new Map<string, number>();
  /** `a:id|type|direction` → the node's `[neighbour, edge]` handle pairs. */
  private readonly neighbours = new Map<string, readonly (readonly number[])[]>();
  /** Keys of what writes under way may change, with how many writes each: not remembered meanwhile. */
  private readonly changing = new Map<string, number>();
  private unboundedWrites = 0;
  /** The view of the last commit that snapshots share. */
  private view: { epoch: bigint; view: AsOfView } | null = null;

  constructor(private readonly db: GrafeoDatabase) {}

  /**
   * Reads at the last commit, for one synchronous stretch of code: never keep one across an await (a commit may
   * land meanwhile, and the next snapshot closes this one's view). Property reads need a view of the commit;
   * one is opened per commit and shared (opening one is not free). It holds the versions later commits replace
   * while it is open, so the one kept holds at most what the commits since the last read replaced.
   */
  snapshot(): Snapshot {
    const epoch = this.db.currentEpoch();
    if (this.validAt !== epoch) {
      this.forgetAll();
      this.validAt = epoch;
    }
    if (this.view?.epoch !== epoch) {
      this.view?.view.close();
      this.view = { epoch, view: this.db.asOf(epoch) };
    }
    return new Snapshot(this.db, this, epoch, this.view.view);
  }

  /**
   * Tells the memory that a write starts; call what it returns once the write has committed or failed.
   * What it may change is forgotten now and not remembered until then. If its commit is the only one since
   * the memory was last true, the rest stays true through it.
   */
  writing(scope: WriteScope): () => void {
    const keys: string[] = [];
    for (const id of scope.nodes) keys.push(nodeKey(id));
    const ends = (id: string) => {
      const parsed = parseRelationshipId(id);
      if (parsed) keys.push(neighboursKey(parsed.from, parsed.type, 'out'), neighboursKey(parsed.to, parsed.type, 'in'));
    };
    for (const id of scope.relationships) {
      keys.push(edgeKey(id));
      // One the memory holds exists now: an upsert only changes its properties, not its ends' neighbours.
      if (!this.edgeHandles.has(id)) ends(id);
    }
    for (const id of scope.deletedRelationships) {
      keys.push(edgeKey(id));
      ends(id);
    }
    for (const key of keys) this.forget(key);
    for (const key of keys) this.changing.set(key, (this.changing.get(key) ?? 0) + 1);
    if (scope.unbounded) {
      this.unboundedWrites++;
      this.forgetAll();
    }
    const validBefore = this.validAt;
    return () => {
      for (const key of keys) {
        const left = this.changing.get(key)! - 1;
        if (left) this.changing.set(key, left);
        else this.changing.delete(key);
      }
      if (scope.unbounded) this.unboundedWrites--;
      const epoch = this.db.currentEpoch();
      if (!scope.unbounded && validBefore !== null && this.validAt === validBefore && epoch === validBefore + 1n) this.validAt = epoch;
    };
  }

  /** Closes the view kept for reads (before the database closes). */
  close(): void {
    this.view?.view.close();
    this.view = null;
  }

  property(handle: number, key: string): unknown {
    return this.properties.get(handle)?.get(key);
  }

  record(handle: number, keys: ReadonlySet<string>): NodeRecord | null | undefined {
    return this.records.get(handle)?.get(keys);
  }

  rememberRecord(epoch: bigint, handle: number, id: string, keys: ReadonlySet<string>, record: NodeRecord | null): void {
    // Only with its properties: forgetting those (a write of the node) forgets it too.
    if (!this.mayRemember(epoch, nodeKey(id)) || !this.properties.has(handle)) return;
    let known = this.records.get(handle);
    if (!known) this.records.set(handle, (known = new Map()));
    known.set(keys, record);
  }

  /**
   * Whether what was read at commit `epoch` may be remembered: the memory is true at that commit, and no write
   * under way may change `key`. (A snapshot used after a write was accounted for still reads the commit before
   * it through its view: what it reads then must not be kept as true at the later commit.)
   */
  private mayRemember(epoch: bigint, key: string): boolean {
    return epoch === this.validAt && this.unboundedWrites === 0 && !this.changing.has(key);
  }

  rememberProperty(epoch: bigint, handle: number, id: string, key: string, value: unknown): void {
    if (!this.mayRemember(epoch, nodeKey(id))) return;
    let known = this.properties.get(handle);
    if (!known) {
      if (this.properties.size >= MAX_REMEMBERED) {
        this.properties.clear();
        this.propertyHandles.clear();
        this.records.clear();
      }
      this.properties.set(handle, (known = new Map()));
      this.propertyHandles.set(id, handle);
    }
    known.set(key, value);
  }

  edge(handle: number): EdgeRead | undefined {
    return this.edges.get(handle);
  }

  rememberEdge(epoch: bigint, handle: number, read: EdgeRead): void {
    const id = read.stored.id;
    if (typeof id !== 'string' || !this.mayRemember(epoch, edgeKey(id))) return;
    if (this.edges.size >= MAX_REMEMBERED) {
      this.edges.clear();
      this.edgeHandles.clear();
    }
    this.edges.set(handle, read);
    this.edgeHandles.set(id, handle);
  }

  neighboursOf(id: string, type: string, direction: Direction): readonly (readonly number[])[] | undefined {
    return this.neighbours.get(neighboursKey(id, type, direction));
  }

  rememberNeighbours(epoch: bigint, id: string, type: string, direction: Direction, pairs: readonly (readonly number[])[]): void {
    const key = neighboursKey(id, type, direction);
    if (!this.mayRemember(epoch, key)) return;
    if (this.neighbours.size >= MAX_REMEMBERED) this.neighbours.clear();
    this.neighbours.set(key, pairs);
  }

  private forget(key: string): void {
    const id = key.slice(2);
    if (key.startsWith('n:')) {
      const handle = this.propertyHandles.get(id);
      if (handle !== undefined) {
        this.properties.delete(handle);
        this.records.delete(handle);
      }
      this.propertyHandles.delete(id);
    } else if (key.startsWith('r:')) {
      const handle = this.edgeHandles.get(id);
      if (handle !== undefined) this.edges.delete(handle);
      this.edgeHandles.delete(id);
    } else this.neighbours.delete(key);
  }

  private forgetAll(): void {
    this.properties.clear();
    this.records.clear();
    this.propertyHandles.clear();
    this.edges.clear();
    this.edgeHandles.clear();
    this.neighbours.clear();
  }
}

/**
 * The graph at one commit, for one synchronous stretch of reads: from memory where it holds them, else
 * through direct calls (remembered for the reads after).
 */
export class Snapshot {
  constructor(
    private readonly db: GrafeoDatabase,
    private readonly memory: ReadMemory,
    private readonly epoch: bigint,
    private readonly view: AsOfView,
  ) {}

  /** A node's id, or null for a handle with none (a node gone, or not one of Chorus's). */
  idOf(handle: number): string | null {
    const id = this.read(handle, 'id', null);
    return typeof id === 'string' ? id : null;
  }

  /** A node's stored value of `key` (null: none); `id`, when known, saves reading it first. */
  property(handle: number, key: string, id?: string): unknown {
    const known = id ?? this.idOf(handle);
    return known === null ? null : this.read(handle, key, known);
  }

  /** A node's record (`only`: with those keys alone), built once from its properties and shared while remembered. */
  node(handle: number, id: string, label: Label, only?: ReadonlySet<string>): NodeRecord | null {
    const keys = only ?? ALL_KEYS;
    const known = this.memory.record(handle, keys);
    if (known !== undefined) return known;
    const built = nodeRecord((key) => this.property(handle, key, id), label, only);
    const record = built && frozen(built);
    this.memory.rememberRecord(this.epoch, handle, id, keys, record);
    return record;
  }

  /** The record of an edge of `type` from `from` to `to` (the edge's own ends), built once per edge read. */
  relationship(handle: number, type: string, from: string, to: string): RelationshipRecord | null {
    const edge = this.edge(handle);
    if (!edge) return null;
    if (edge.record === undefined) {
      const built = toRelationship(type, from, to, edge.stored);
      edge.record = built && frozen(built);
    }
    return edge.record;
  }

  /** An edge's type and stored properties, or null when it no longer exists. */
  edge(handle: number): EdgeRead | null {
    const known = this.memory.edge(handle);
    if (known) return known;
    const edge = this.db.getEdge(handle);
    if (!edge) return null;
    const read = edgeRead(edge);
    this.memory.rememberEdge(this.epoch, handle, read);
    return read;
  }

  /** A node's `[neighbour, edge]` handle pairs over one type in one direction. */
  neighbours(id: string, handle: number, type: string, direction: Direction): readonly (readonly number[])[] {
    const known = this.memory.neighboursOf(id, type, direction);
    if (known) return known;
    const pairs = this.db.getNodeEdges(handle, { direction, edgeTypes: [type] });
    for (const pair of pairs) Object.freeze(pair);
    this.memory.rememberNeighbours(this.epoch, id, type, direction, Object.freeze(pairs));
    return pairs;
  }

  private read(handle: number, key: string, id: string | null): unknown {
    const known = this.memory.property(handle, key);
    if (known !== undefined) return known;
    const value = shared(this.view.getNodeProperty(handle, key)) ?? null;
    const owner = id ?? (key === 'id' && typeof value === 'string' ? value : null);
    if (owner !== null) this.memory.rememberProperty(this.epoch, handle, owner, key, value);
    return value;
  }
}
