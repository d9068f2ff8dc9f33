/**
 * Full-text search for the Grafeo store, kept by the adapter in memory: BM25 over each searchable label's
 * `searchText`, with the formula Grafeo's own text index uses (k1 1.2, b 0.75, idf ln(1 + (N − df + 0.5) /
 * (df + 0.5))), so it finds the same hits with the same scores (test/store/grafeo-text-index.test.ts
 * compares them). Why not Grafeo's: `textSearch` costs time per posting of each query word, whatever k,
 * plus a thread hop (docs/grafeo.md, quirk 15); these postings are typed arrays scored on the calling
 * thread, an order of magnitude cheaper (figures: docs/measurements.md).
 *
 * Nothing is persisted: a label's index is read from the store on its first search (or at server start,
 * `warm`), and kept in step by the store's writes (`noteWrite`), applied before the next search of that
 * label. A rewritten node gets a new slot and its old one is marked dead; dead slots are dropped once they
 * outnumber the live ones.
 */
import type { GrafeoDB as GrafeoDatabase } from '@grafeo-db/js';
import { labelOfId } from '../../model/ids.js';
import { isLabel, type Label } from '../../model/schema.js';
import { SEARCH_TEXT } from '../../model/storage.js';
import { lookUpHandles } from './direct-reads.js';
import { plain } from './values.js';

const K1 = 1.2;
const B = 0.75;

/** Above this many nodes written since a label was last brought up to date, it is read again whole: cheaper than looking each up. */
const MAX_PENDING_NODES = 50_000;
/** Texts tokenised between yields to the event loop while an index is built (a 1M-statement label takes seconds). */
const BUILD_CHUNK = 5_000;

/**
 * One word's postings, in slot order: the slots holding it, each followed by how often it holds it (one
 * array, not two: at a million statements, claims' numbers alone are 250,000 words of one posting each).
 */
interface Postings {
  pairs: Int32Array;
  size: number;
}

function grown<T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2, 8));
  next.set(array);
  return next;
}

/** The distinct words of a text and how often each occurs. */
function wordCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** One label's documents, by slot: each node in it has one live slot. */
class LabelTextIndex {
  private handles = new Float64Array(0);
  private lengths = new Uint32Array(0);
  private alive = new Uint8Array(0);
  private slots = 0;
  private dead = 0;
  private liveWords = 0;
  private readonly slotOfHandle = new Map<number, number>();
  private postings = new Map<string, Postings>();
  /** Per-search scratch, reused: each slot's score so far, and the slots touched. */
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);

  get size(): number {
    return this.slotOfHandle.size;
  }

  /** Indexes the node `handle` with this text (a node already in the index is replaced); null or empty removes it. */
  set(handle: number, text: string | null): void {
    const old = this.slotOfHandle.get(handle);
    if (old !== undefined) this.kill(old, handle);
    const words = text ? text.split(' ').filter((word) => word.length > 0) : [];
    if (words.length === 0) return;
    const slot = this.slots++;
    this.handles = grown(this.handles, this.slots);
    this.lengths = grown(this.lengths, this.slots);
    this.alive = grown(this.alive, this.slots);
    this.handles[slot] = handle;
    this.lengths[slot] = words.length;
    this.alive[slot] = 1;
    this.liveWords += words.length;
    this.slotOfHandle.set(handle, slot);
    for (const [word, count] of wordCounts(words)) {
      let list = this.postings.get(word);
      if (!list) this.postings.set(word, (list = { pairs: new Int32Array(2), size: 0 }));
      list.pairs = grown(list.pairs, 2 * list.size + 2);
      list.pairs[2 * list.size] = slot;
      list.pairs[2 * list.size + 1] = count;
      list.size++;
    }
    if (this.dead > 1024 && this.dead > this.size) this.compact();
  }

  /**
   * The best `k` nodes for any of the words, as `[handle, score]`, best first; ties by handle. The score of a
   * node is the sum over the query words it holds of idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × dl / avgdl)),
   * a word given twice counting twice, as in Grafeo's index and Lucene's.
   */
  top(words: readonly string[], k: number): [number, number][] {
    const live = this.size;
    if (live === 0 || k <= 0) return [];
    // The length norm k1 × (1 − b + b × dl / avgdl), as base + perWord × dl: no division per posting.
    const base = K1 * (1 - B);
    const perWord = (K1 * B * live) / this.liveWords;
    this.scores = grown(this.scores, this.slots);
    this.touched = grown(this.touched, this.slots);
    const { scores, touched, alive, lengths } = this;
    let reached = 0;
    for (const word of words) {
      const list = this.postings.get(word);
      if (!list) continue;
      const frequency = this.dead === 0 ? list.size : this.liveCount(list);
      if (frequency === 0) continue;
      const idf = Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5));
      const { pairs, size } = list;
      for (let i = 0; i < 2 * size; i += 2) {
        const slot = pairs[i];
        if (alive[slot] === 0) continue;
        const tf = pairs[i + 1];
        if (scores[slot] === 0) touched[reached++] = slot;
        scores[slot] += (idf * tf * (K1 + 1)) / (tf + base + perWord * lengths[slot]);
      }
    }
    return this.best(reached, k);
  }

  /** The k best of the touched slots, clearing the scratch as it goes. */
  private best(reached: number, k: number): [number, number][] {
    const { scores, touched, handles } = this;
    const top: [number, number][] = [];
    const before = (score: number, handle: number, other: [number, number]) => score > other[1] || (score === other[1] && handle < other[0]);
    for (let i = 0; i < reached; i++) {
      const slot = touched[i];
      const score = scores[slot];
      scores[slot] = 0;
      const handle = handles[slot];
      if (top.length === k && !before(score, handle, top[k - 1])) continue;
      let at = top.length;
      if (at === k) at--;
      while (at > 0 && before(score, handle, top[at - 1])) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = [handle, score];
    }
    return top;
  }

  /** Gives back what the arrays grew past their contents (after a read: half the memory of a long list, at worst). */
  trim(): void {
    for (const list of this.postings.values()) if (list.pairs.length > 2 * list.size) list.pairs = list.pairs.slice(0, 2 * list.size);
    this.handles = this.handles.slice(0, this.slots);
    this.lengths = this.lengths.slice(0, this.slots);
    this.alive = this.alive.slice(0, this.slots);
  }

  private liveCount(list: Postings): number {
    let count = 0;
    for (let i = 0; i < 2 * list.size; i += 2) count += this.alive[list.pairs[i]];
    return count;
  }

  private kill(slot: number, handle: number): void {
    this.alive[slot] = 0;
    this.liveWords -= this.lengths[slot];
    this.dead++;
    this.slotOfHandle.delete(handle);
  }

  /** Renumbers the live slots from 0 and drops the dead ones' postings. */
  private compact(): void {
    const renumbered = new Int32Array(this.slots).fill(-1);
    let next = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      if (!this.alive[slot]) continue;
      renumbered[slot] = next;
      this.handles[next] = this.handles[slot];
      this.lengths[next] = this.lengths[slot];
      this.alive[next] = 1;
      this.slotOfHandle.set(this.handles[next], next);
      next++;
    }
    this.alive.fill(0, next);
    for (const [word, list] of this.postings) {
      let kept = 0;
      for (let i = 0; i < list.size; i++) {
        const slot = renumbered[list.pairs[2 * i]];
        if (slot < 0) continue;
        list.pairs[2 * kept] = slot;
        list.pairs[2 * kept + 1] = list.pairs[2 * i + 1];
        kept++;
      }
      if (kept === 0) this.postings.delete(word);
      else list.size = kept;
    }
    this.slots = next;
    this.dead = 0;
  }
}

/** A label's index once read, and what was written to the label since. */
interface LabelState {
  index: Promise<LabelTextIndex> | null;
  /** Ids of nodes written since, and handles of nodes deleted since: each is read again before the next search. */
  writtenIds: Set<string>;
  deletedHandles: Set<number>;
  /** The catching up in progress, which the next search waits for. */
  catchingUp: Promise<void> | null;
}

export class TextIndex {
  private readonly labels = new Map<Label, LabelState>();

  constructor(
    private readonly db: GrafeoDatabase,
    private readonly limits = { maxPendingNodes: MAX_PENDING_NODES },
  ) {}

  /** The best `k` nodes of a label for any of the words, as `[handle, score]`, once the label's index has caught up with the writes noted so far. */
  async search(label: Label, words: readonly string[], k: number): Promise<[number, number][]> {
    return (await this.current(label)).top(words, k);
  }

  /** Starts reading these labels' indexes now, so that the first search need not wait for them; resolves when they are read. */
  async warm(labels: readonly Label[]): Promise<void> {
    // A failed read is tried again by the next search.
    await Promise.all(labels.map((label) => this.current(label).catch(() => undefined)));
  }

  /** Whether a label's index is kept (read, or being read): a write too large to follow node by node drops it. */
  isKept(label: Label): boolean {
    return Boolean(this.labels.get(label)?.index);
  }

  /**
   * Notes a write the store made: the nodes it wrote, by id, and the handles of the nodes it deleted (looked
   * up before the delete: afterwards no id leads to them). Called whether the write committed or not: a node
   * read again that did not change is indexed as it was.
   */
  noteWrite(writtenIds: Iterable<readonly [Label, string]>, deletedHandles: Iterable<readonly [Label, number]> = []): void {
    for (const [label, id] of writtenIds) {
      const state = this.labels.get(label);
      if (!state?.index) continue; // read whole when first searched
      state.writtenIds.add(id);
      if (state.writtenIds.size > this.limits.maxPendingNodes) this.forget(label);
    }
    for (const [label, handle] of deletedHandles) {
      const state = this.labels.get(label);
      if (state?.index) state.deletedHandles.add(handle);
    }
  }

  /** Forgets a label's index: the next search reads it again (after a write too large to catch up with node by node). */
  private forget(label: Label): void {
    this.labels.set(label, { index: null, writtenIds: new Set(), deletedHandles: new Set(), catchingUp: null });
  }

  private async current(label: Label): Promise<LabelTextIndex> {
    if (!isLabel(label)) throw new Error(`not a label: ${String(label)}`);
    let state = this.labels.get(label);
    if (!state?.index) {
      this.forget(label);
      state = this.labels.get(label)!;
      const building = this.read(label);
      state.index = building;
      // A failed read is tried again by the next search.
      building.catch(() => {
        if (this.labels.get(label)?.index === building) this.forget(label);
      });
    }
    const index = await state.index;
    while (state.catchingUp || state.writtenIds.size > 0 || state.deletedHandles.size > 0) {
      // One catch-up at a time: searches that arrive meanwhile wait for it, and writes noted meanwhile go to the next.
      const current = state;
      current.catchingUp ??= this.catchUp(label, index, current).finally(() => {
        current.catchingUp = null;
      });
      await current.catchingUp;
      if (this.labels.get(label) !== current) return this.current(label); // forgotten meanwhile
    }
    return index;
  }

  /** Reads the nodes written and deleted since the last catch-up again, and indexes them as they are now. */
  private async catchUp(label: Label, index: LabelTextIndex, state: LabelState): Promise<void> {
    const ids = [...state.writtenIds];
    const handles = [...state.deletedHandles];
    state.writtenIds.clear();
    state.deletedHandles.clear();
    try {
      const found = ids.length > 0 ? await lookUpHandles(this.db, ids.map((id) => [label, id] as const)) : new Map<string, number>();
      const view = this.db.asOf(this.db.currentEpoch());
      try {
        for (const handle of [...handles, ...found.values()]) {
          // A deleted node's handle may since hold another node: it is indexed only if it is of this label.
          const id = view.getNodeProperty(handle, 'id');
          const text = typeof id === 'string' && labelOfId(id) === label ? plain(view.getNodeProperty(handle, SEARCH_TEXT)) : null;
          index.set(handle, typeof text === 'string' ? text : null);
        }
      } finally {
        view.close();
      }
    } catch (error) {
      for (const id of ids) state.writtenIds.add(id);
      for (const handle of handles) state.deletedHandles.add(handle);
      throw error;
    }
  }

  /** A label's index read whole from the store, tokenised a chunk at a time so that requests keep being answered. */
  private async read(label: Label): Promise<LabelTextIndex> {
    // Two lists in one row: far fewer objects to convert than a row per node.
    const result = await this.db.executeCypher(`MATCH (n:${label}) WHERE n.${SEARCH_TEXT} IS NOT NULL RETURN collect(id(n)) AS handles, collect(n.${SEARCH_TEXT}) AS texts`, {});
    const row = plain(result.toArray()[0]) as { handles?: number[]; texts?: unknown[] } | undefined;
    const handles = row?.handles ?? [];
    const texts = row?.texts ?? [];
    const index = new LabelTextIndex();
    for (let start = 0; start < handles.length; start += BUILD_CHUNK) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      const end = Math.min(handles.length, start + BUILD_CHUNK);
      for (let i = start; i < end; i++) {
        const text = texts[i];
        index.set(handles[i], typeof text === 'string' ? text : null);
      }
    }
    index.trim();
    return index;
  }
}
