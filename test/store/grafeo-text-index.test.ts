/**
 * The Grafeo adapter's own full-text index (src/store/grafeo/text-index.ts):
 * - it finds what Grafeo's text index finds, with the same BM25 scores, on a generated corpus, for common,
 *   rare, absent and several words in every searchable label;
 * - it keeps in step with the store's writes: created, renamed, deleted and bulk-loaded nodes, a failed
 *   write, a node rewritten many times (dead slots dropped), writes during its first read, and a write
 *   too large to follow node by node; after each, searches equal those of an index read afresh.
 */
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GrafeoDB as GrafeoDatabase } from '@grafeo-db/js';
import { generateCorpus } from '../../bench/generate.js';
import { writePlan } from '../../src/seed/load.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { TextIndex } from '../../src/store/grafeo/text-index.js';
import { labelNames, type Label } from '../../src/model/schema.js';
import { isSearchable, SEARCH_TEXT } from '../../src/model/storage.js';
import { nodeId, relationshipId } from '../../src/model/ids.js';
import type { NodeRecord } from '../../src/model/records.js';
import { tempDir } from '../support/stores.js';

const { GrafeoDB } = createRequire(import.meta.url)('@grafeo-db/js') as typeof import('@grafeo-db/js');
const searchable = labelNames.filter(isSearchable);

/** Words of each label's texts, most common first. */
async function wordsByFrequency(db: GrafeoDatabase, label: Label): Promise<string[]> {
  const rows = (await db.executeCypher(`MATCH (n:${label}) RETURN n.${SEARCH_TEXT} AS text`, {})).toArray() as { text: unknown }[];
  const counts = new Map<string, number>();
  for (const { text } of rows) if (typeof text === 'string') for (const word of new Set(text.split(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

describe('the Grafeo adapter text index against Grafeo’s own', () => {
  const dir = tempDir();
  const path = join(dir.path, 'graph.db');
  let db: GrafeoDatabase;

  beforeAll(async () => {
    const store = GrafeoStore.open({ path });
    await store.setup();
    await writePlan(store, generateCorpus(3_000, 5).plan);
    await store.close();
    db = GrafeoDB.open(path);
    for (const label of searchable) await db.createTextIndex(label, SEARCH_TEXT, { tokenizer: 'standard', stopWords: [] });
  }, 120_000);
  afterAll(() => {
    db?.close();
    dir.remove();
  });

  it('finds the same nodes with the same scores, for common, rare, absent and several words', async () => {
    const index = new TextIndex(db);
    let compared = 0;
    let hits = 0;
    for (const label of searchable) {
      const words = await wordsByFrequency(db, label);
      const common = words[0];
      const middle = words[Math.floor(words.length / 2)];
      const rare = words[words.length - 1];
      const queries = [[common], [middle], [rare], ['zzzqqq'], [common, rare], [words[1] ?? common, middle, 'zzzqqq'], [common, common]];
      for (const query of queries) {
        for (const k of [5, 50, 100_000]) {
          const expected = await db.textSearch(label, SEARCH_TEXT, query.join(' '), k);
          const actual = await index.search(label, query, k);
          expect(actual.length, `${label} ${query.join(' ')} k=${k}`).toBe(expected.length);
          // Scores in the same order; the nodes as sets, since Grafeo's single-precision scores may order near-ties differently.
          actual.forEach(([, score], i) => expect(score).toBeCloseTo(expected[i][1], 5));
          if (k === 100_000) {
            expect(new Set(actual.map(([handle]) => handle))).toEqual(new Set(expected.map(([handle]) => handle)));
            const byHandle = new Map(expected.map(([handle, score]) => [handle, score]));
            for (const [handle, score] of actual) expect(score).toBeCloseTo(byHandle.get(handle)!, 5);
          }
          compared++;
          hits += actual.length;
        }
      }
    }
    expect(compared).toBe(searchable.length * 7 * 3);
    expect(hits).toBeGreaterThan(1_000);
  });
});

const person = (id: string, name: string, aliases?: string[]): NodeRecord => ({ id: nodeId('Person', id), label: 'Person', properties: { name, ...(aliases && { aliases }) } });

describe('the Grafeo adapter text index kept in step with writes', () => {
  const dir = tempDir();
  const path = join(dir.path, 'graph.db');
  let store: GrafeoStore;
  const names = async (words: string[], limit = 50) => (await store.search({ words, labels: ['Person'], limit })).map((hit) => hit.node.properties.name).sort();
  const scored = async (words: string[]) => (await store.search({ words, labels: ['Person'], limit: 500 })).map((hit) => `${hit.node.id} ${hit.score.toFixed(9)}`);

  beforeAll(async () => {
    store = GrafeoStore.open({ path });
    await store.setup();
  });
  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  /** Closes and reopens the store: its index is then read afresh from what the writes left. */
  async function reopened<T>(read: () => Promise<T>): Promise<T> {
    await store.close();
    store = GrafeoStore.open({ path });
    return read();
  }

  it('finds created nodes, renamed ones by their new name only, and no deleted one', async () => {
    await store.write({ nodes: [person('ti-ada', 'Ada Quillfeather'), person('ti-bea', 'Bea Quillfeather', ['Bee Q'])] });
    expect(await names(['quillfeather'])).toEqual(['Ada Quillfeather', 'Bea Quillfeather']);
    expect(await names(['bee'])).toEqual(['Bea Quillfeather']);

    await store.write({ nodes: [person('ti-bea', 'Bea Marchbank')] });
    expect(await names(['quillfeather'])).toEqual(['Ada Quillfeather']);
    expect(await names(['marchbank'])).toEqual(['Bea Marchbank']);
    expect(await names(['bee'])).toEqual([]);

    await store.write({ deleteNodes: [nodeId('Person', 'ti-ada')] });
    expect(await names(['quillfeather'])).toEqual([]);
    expect(await scored(['quillfeather', 'marchbank', 'bea'])).toEqual(await reopened(() => scored(['quillfeather', 'marchbank', 'bea'])));
  });

  it('is unchanged by a write that fails, as the store is', async () => {
    const before = await scored(['marchbank', 'bea']);
    const failing = store.write({
      nodes: [person('ti-bea', 'Bea Failedwrite'), person('ti-new', 'New Failedwrite')],
      // Its relationship's report does not exist: the write fails after its nodes were written, and is rolled back.
      relationships: [{ id: relationshipId('PUBLISHED', nodeId('Person', 'ti-bea'), nodeId('Report', 'ti-missing')), type: 'PUBLISHED', from: nodeId('Person', 'ti-bea'), to: nodeId('Report', 'ti-missing'), properties: {} }],
    });
    await expect(failing).rejects.toThrow();
    expect(await names(['failedwrite'])).toEqual([]);
    expect(await scored(['marchbank', 'bea'])).toEqual(before);
  });

  it('gives the scores an index read afresh gives, after many rewrites of the same nodes', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `ti-many-${i}`);
    const surnames = ['Oakhart', 'Pennock', 'Quarrie', 'Rudge'];
    for (let round = 0; round < 6; round++) {
      // Each round renames every node, so each leaves 300 dead slots: past 1,024 of them they are dropped.
      await store.write({ nodes: ids.map((id, i) => person(id, `Many ${surnames[(i + round) % 4]} ${round === 5 && i % 2 ? 'Odd' : 'Even'}`)) });
      expect(await names(['many'], 500)).toHaveLength(300);
    }
    expect(await names(['oakhart', 'odd'], 500)).toHaveLength(150); // the odd ones, oakharts among them
    const query = ['many', 'oakhart', 'odd', 'pennock'];
    expect(await scored(query)).toEqual(await reopened(() => scored(query)));
  });

  it('includes nodes written while it is first read, and bulk loads', async () => {
    await store.close();
    store = GrafeoStore.open({ path });
    const firstSearch = names(['latecomer']);
    const write = store.write({ nodes: [person('ti-late', 'Lena Latecomer')] });
    await write;
    await firstSearch;
    expect(await names(['latecomer'])).toEqual(['Lena Latecomer']);

    await store.write({ nodes: Array.from({ length: 2_000 }, (_, i) => person(`ti-bulk-${i}`, `Bulk Loaded ${i}`)), createOnly: true });
    expect(await names(['loaded'], 5_000)).toHaveLength(2_000);
    expect(await scored(['bulk', 'latecomer'])).toEqual(await reopened(() => scored(['bulk', 'latecomer'])));
  });
});

describe('the Grafeo adapter text index after a write too large to follow node by node', () => {
  it('reads the label again, and finds what was written', async () => {
    const dir = tempDir();
    const db = GrafeoDB.open(join(dir.path, 'graph.db'));
    try {
      const create = (ids: string[]) => db.executeCypher('UNWIND $ids AS id CREATE (:Person {id: id, searchText: "huge " + id})', { ids });
      await create(['person:a']);
      const index = new TextIndex(db, { maxPendingNodes: 3 });
      expect(await index.search('Person', ['huge'], 10)).toHaveLength(1);
      const ids = ['person:b', 'person:c', 'person:d', 'person:e'];
      await create(ids);
      index.noteWrite(ids.map((id) => ['Person', id] as const));
      expect(index.isKept('Person')).toBe(false);
      expect(await index.search('Person', ['huge'], 10)).toHaveLength(5);
      expect(index.isKept('Person')).toBe(true);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
