/**
 * The search service against the real seed graph, on each store (Neo4j only
 * when TEST_NEO4J_URI is set), and then both stores side by side. The Neo4j
 * database is cleared before seeding and after.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Label } from '../../src/model/schema.js';
import { normaliseWords } from '../../src/model/search-text.js';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { queryWords } from '../../src/search/query.js';
import { MAX_LIMIT, SearchService, type SearchResult } from '../../src/search/search-service.js';
import { indexedWords } from '../../src/search/node-words.js';
import { loadVocabulary, VOCABULARY_LABELS, Vocabulary } from '../../src/search/vocabulary.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, createGrafeoTestStore, createNeo4jTestStore, TEST_NEO4J_URI, type TestStore } from '../support/stores.js';

const WILSHAW = 'person:michael-wilshaw';
const ADCS = 'organisation:adcs';
const GRIP = 'statement:guardian-2015-sector-response.ofsted-good-authorities-grip';
const NOT_CREDIBLE = 'statement:guardian-2015-sector-response.wood-simply-not-credible';

async function seeded(create: () => Promise<TestStore>): Promise<TestStore> {
  const handle = await create();
  if (handle.store.kind === 'neo4j') await clearStore(handle.store);
  await seedStore(handle.store, SEED_DIR);
  return handle;
}

async function release(handle: TestStore | undefined): Promise<void> {
  if (!handle) return;
  if (handle.store.kind === 'neo4j') await clearStore(handle.store);
  await handle.dispose();
}

const ids = (results: SearchResult[]) => results.map((r) => r.node.id);
const firstOf = (results: SearchResult[], label: Label) => results.find((r) => r.node.label === label)?.node.id;

/** Covered words, then exact words: the part of the rank both stores must agree on (see src/search/rank.ts). */
const tier = (query: string) => (result: SearchResult) => Math.floor(result.score * (queryWords(query).length + 1));

export function defineSearchSuite(name: string, createStore: () => Promise<TestStore>) {
  describe(`SearchService on ${name}`, () => {
    let handle: TestStore;
    let store: GraphStore;
    let search: SearchService;

    beforeAll(async () => {
      handle = await seeded(createStore);
      store = handle.store;
      search = new SearchService(store);
    });
    afterAll(() => release(handle));

    describe('finds people by name, alias and typo', () => {
      it.each(['wilshaw', 'Wilshaw', 'Wishaw', 'micahel wilshaw', 'Michael Wilshaw', 'Sir Michael Wilshaw', 'wilshw', 'Wilsahw', 'Micheal Wilshaw', 'micheal wilshw'])(
        '%j gives Wilshaw first among people',
        async (text) => {
          expect(firstOf(await search.search(text, [], 20), 'Person')).toBe(WILSHAW);
          expect(ids(await search.search(text, ['Person'], 20))[0]).toBe(WILSHAW);
        },
      );

      it('says which words matched and which were corrections', async () => {
        const [typo] = await search.search('Micheal Wilshw', ['Person'], 1);
        expect(typo).toMatchObject({ matchedWords: ['michael', 'wilshaw'], correctedFrom: { michael: 'micheal', wilshaw: 'wilshw' } });
        // "micahel" and "Wishaw" are aliases in the seed: matched as typed, not corrected.
        const [alias] = await search.search('micahel wilshaw', ['Person'], 1);
        expect(alias!.matchedWords).toEqual(['micahel', 'wilshaw']);
        expect(alias!.correctedFrom).toBeUndefined();
      });

      it('ranks a node matching more of the query words first', async () => {
        const results = await search.search('sir michael', ['Person'], 10);
        expect(ids(results)).toEqual([WILSHAW, 'person:peter-soulsby']);
        expect(Math.floor(results[0]!.score)).toBe(2);
        expect(Math.floor(results[1]!.score)).toBe(1);
      });

      it('ranks words as typed above corrections of them', async () => {
        // "service" is in a statement as typed, and is one letter from "services" in many names.
        const results = await search.search('service', [], 50);
        expect(results[0]!.matchedWords).toContain('service');
        expect(results[0]!.correctedFrom ?? {}).not.toHaveProperty('service');
        expect(results.slice(1).some((r) => r.correctedFrom?.services === 'service')).toBe(true);
      });
    });

    describe('finds organisations by name and acronym', () => {
      it.each(["directors of children's services", 'Directors of Children’s Services', 'association of directors', 'adcs', 'ADCS', 'directers of childrens services'])(
        '%j gives the ADCS first among organisations',
        async (text) => {
          expect(firstOf(await search.search(text, [], 50), 'Organisation')).toBe(ADCS);
          expect(ids(await search.search(text, ['Organisation'], 5))[0]).toBe(ADCS);
        },
      );

      it('puts Ofsted itself first for "ofsted", above the many texts that mention it', async () => {
        expect(ids(await search.search('ofsted', [], 10))[0]).toBe('organisation:ofsted');
      });
    });

    describe('finds statements by their words', () => {
      it('by a word only one statement (and one claim) has', async () => {
        const results = await search.search('discernible', [], 20);
        expect(ids(results).sort()).toEqual(['claim:scar-2013-14-good-authorities-grip', GRIP].sort());
      });

      it('every hit has the word', async () => {
        const results = await search.search('credible', ['Statement'], 20);
        expect(ids(results)).toContain(NOT_CREDIBLE);
        for (const result of results) expect(String(result.node.properties.text).toLowerCase()).toContain('credible');
      });

      it('a statement word typed with a typo finds nothing new: statements are not in the vocabulary', async () => {
        // Statement text is prose; only names are corrected. "discernable" is not corrected to "discernible".
        expect(await search.search('discernable', ['Statement'], 20)).toEqual([]);
      });
    });

    describe('ranking', () => {
      const queries = ['wilshaw', 'micheal wilshw', "directors of children's services", 'ofsted report', 'inadequate councils', 'the', 'care'];

      it.each(queries)('%j: scores never increase, ties in id order, every hit explains itself', async (text) => {
        const results = await search.search(text, [], MAX_LIMIT);
        expect(results.length).toBeGreaterThan(0);
        const words = queryWords(text);
        for (let i = 1; i < results.length; i++) {
          const [a, b] = [results[i - 1]!, results[i]!];
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.score === b.score) expect(a.node.id < b.node.id).toBe(true);
        }
        for (const result of results) {
          const indexed = indexedWords(result.node);
          expect(result.matchedWords.length).toBeGreaterThan(0);
          for (const word of result.matchedWords) expect(indexed.has(word)).toBe(true);
          for (const [corrected, typed] of Object.entries(result.correctedFrom ?? {})) {
            expect(result.matchedWords).toContain(corrected);
            expect(words).toContain(typed);
          }
          // The integer part is how many query words the node matched, as typed or corrected.
          const covered = words.filter((w) => result.matchedWords.includes(w) || Object.values(result.correctedFrom ?? {}).includes(w));
          expect(Math.floor(result.score)).toBe(covered.length);
        }
      });

      it('gives the same answer twice', async () => {
        expect(await search.search('social care report', [], 50)).toEqual(await search.search('social care report', [], 50));
      });
    });

    describe('inputs', () => {
      it('empty, blank or punctuation-only text gives nothing and asks the store nothing', async () => {
        const spy = vi.spyOn(store, 'search');
        try {
          for (const text of ['', '   ', '\n\t ', '?!…—"\'*~^()[]{}', '北京', '😀']) expect(await search.search(text, [], 10)).toEqual([]);
          expect(spy).not.toHaveBeenCalled();
        } finally {
          spy.mockRestore();
        }
      });

      it('labels: only those asked for; none asked means every searchable label; unsearchable ones are ignored', async () => {
        const people = await search.search('wilshaw', ['Person'], 50);
        expect(new Set(people.map((r) => r.node.label))).toEqual(new Set(['Person']));
        const all = await search.search('wilshaw', [], 50);
        expect(new Set(all.map((r) => r.node.label))).toEqual(new Set(['Person', 'Statement']));
        expect(await search.search('wilshaw', ['Rating', 'Marker'], 50)).toEqual([]);
        expect(ids(await search.search('wilshaw', ['Person', 'Rating', 'Person'], 50))).toEqual(ids(people));
      });

      it('limit: honoured, capped at 100, nothing below 1', async () => {
        expect(await search.search('children', [], 3)).toHaveLength(3);
        expect(await search.search('children', [], 1000)).toHaveLength(MAX_LIMIT);
        expect(await search.search('children', [], 0)).toEqual([]);
        expect(await search.search('children', [], -5)).toEqual([]);
        expect(await search.search('children', [], Number.NaN)).toEqual([]);
        expect(ids(await search.search('children', [], 3))).toEqual(ids(await search.search('children', [], 100)).slice(0, 3));
      });

      it('asks each label for ten candidates per result wanted, at least 50 and at most 250', async () => {
        const spy = vi.spyOn(store, 'search');
        try {
          for (const [limit, candidates] of [[1, 50], [5, 50], [12, 120], [25, 250], [100, 250], [1000, 250]]) {
            spy.mockClear();
            await search.search('children', ['Person', 'Statement'], limit);
            expect(spy.mock.calls.map(([query]) => query.limit)).toEqual([candidates, candidates]);
          }
        } finally {
          spy.mockRestore();
        }
      });

      it('500 words: no error, and only the first 32 count', async () => {
        const filler = Array.from({ length: 30 }, (_, i) => `zz${i}`);
        const text = ['wilshaw', 'adcs', ...filler, 'ofsted', ...Array.from({ length: 467 }, () => 'framework')].join(' ');
        expect(normaliseWords(text)).toHaveLength(500);
        const results = await search.search(text, [], 100);
        expect(ids(results)).toEqual(ids(await search.search(['wilshaw', 'adcs', ...filler].join(' '), [], 100)));
        expect(ids(results)).toContain(WILSHAW);
        expect(results.some((r) => r.matchedWords.includes('ofsted') || r.matchedWords.includes('framework'))).toBe(false);
      });

      it('unicode: accents, full-width letters and curly apostrophes fold as in the index; other scripts and emoji are ignored', async () => {
        const plain = ids(await search.search('wilshaw', [], 20));
        expect(ids(await search.search('Wílshäw', [], 20))).toEqual(plain);
        expect(ids(await search.search('ＷＩＬＳＨＡＷ', [], 20))).toEqual(plain);
        expect(ids(await search.search('wilshaw 😀 北京', [], 20))).toEqual(plain);
        expect(ids(await search.search('children’s', [], 20))).toEqual(ids(await search.search("children's", [], 20)));
      });

      it.each([
        ['wilshaw~ AND (x OR y) "quoted" *', 'wilshaw x y quoted'],
        ['"michael wilshaw"~2', 'michael wilshaw 2'],
        ['adcs^10', 'adcs 10'],
        ['ofsted AND NOT adcs', 'ofsted not adcs'],
        ['name:wilshaw OR title:ofsted', 'name wilshaw title ofsted'],
        ['wil* ofs?ed', 'wil ofs ed'],
        ['[a TO z] {1 TO 9} /reg.*ex/ \\ && || ! - + :', 'a z 1 9 reg ex'],
        ['MATCH (n) DETACH DELETE n', 'match n detach delete n'],
      ])('query syntax %j is plain words (%j), never an error', async (syntax, words) => {
        const results = await search.search(syntax, [], 100);
        expect(ids(results)).toEqual(ids(await search.search(words, [], 100)));
      });

      it('NOT is a word, not an operator', async () => {
        expect(ids(await search.search('ofsted AND NOT adcs', [], 100))).toContain(ADCS);
      });
    });

    describe('vocabulary', () => {
      it('loads lazily, once (one statement per label), and again after refresh()', async () => {
        const fresh = new SearchService(store);
        const reads = vi.spyOn(store, 'searchTexts');
        const list = vi.spyOn(store, 'list');
        try {
          expect(reads).not.toHaveBeenCalled();
          await fresh.search('wilshaw', [], 5);
          expect(reads.mock.calls.map(([label]) => label)).toEqual(['Council', 'Group', 'Framework', 'Report', 'Organisation', 'Person', 'Source']);
          await Promise.all([fresh.search('adcs', [], 5), fresh.search('ofsted', [], 5)]);
          expect(reads).toHaveBeenCalledTimes(VOCABULARY_LABELS.length);
          fresh.refresh();
          expect(reads).toHaveBeenCalledTimes(VOCABULARY_LABELS.length);
          await fresh.search('adcs', [], 5);
          expect(reads).toHaveBeenCalledTimes(2 * VOCABULARY_LABELS.length);
          expect(list).not.toHaveBeenCalled(); // whole records are never paged through for it
        } finally {
          reads.mockRestore();
          list.mockRestore();
        }
      });

      it('warm() loads it in the background, before any search', async () => {
        const fresh = new SearchService(store);
        const reads = vi.spyOn(store, 'searchTexts');
        try {
          fresh.warm();
          await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(VOCABULARY_LABELS.length));
          await fresh.search('wilshw', [], 5);
          expect(reads).toHaveBeenCalledTimes(VOCABULARY_LABELS.length);
        } finally {
          reads.mockRestore();
        }
      });

      it('holds the same words as reading every record of its labels would give', async () => {
        const texts: string[][] = [];
        for (const label of VOCABULARY_LABELS) {
          let after;
          for (;;) {
            const page = await store.list({ label, after, limit: 50 });
            for (const node of page.nodes) texts.push([...indexedWords(node)]);
            if (!page.hasMore) break;
            after = page.keys.at(-1);
          }
        }
        const fromRecords = Vocabulary.fromTexts(texts);
        const loaded = await loadVocabulary(store);
        expect(loaded.size).toBe(fromRecords.size);
        expect(loaded.size).toBeGreaterThan(100);
        const words = new Set(texts.flat());
        for (const word of words) expect(loaded.has(word), word).toBe(fromRecords.has(word));
        for (const word of ['wilshaw', 'ofsted', 'adcs', 'kingston']) expect(loaded.has(word), word).toBe(true);
      });

      it('gives every label a share of a node budget too small for all of them', async () => {
        const wordsOf = new Map<string, Set<string>>();
        for (const label of VOCABULARY_LABELS) {
          const words = new Set<string>();
          for (let after, page; (page = await store.list({ label, after, limit: 50 })); after = page.keys.at(-1)) {
            for (const node of page.nodes) for (const word of indexedWords(node)) words.add(word);
            if (!page.hasMore) break;
          }
          wordsOf.set(label, words);
        }
        const reads = vi.spyOn(store, 'searchTexts');
        try {
          const partial = await loadVocabulary(store, { nodes: 12, words: 50_000 });
          expect(reads.mock.calls.reduce((sum, [, limit]) => sum + limit, 0)).toBeLessThanOrEqual(12);
          // Each label that has names contributes some of them, people included.
          for (const [label, words] of wordsOf) {
            if (words.size > 0) expect([...words].some((word) => partial.has(word)), label).toBe(true);
          }
        } finally {
          reads.mockRestore();
        }
      });

      it('after noteWrite(), corrects to names written since and forgets deleted ones, without reading the store again', async () => {
        const id = 'person:zebedee-quixotically';
        const node = { id, label: 'Person' as const, properties: { name: 'Zebedee Quixotically' } };
        const fresh = new SearchService(store);
        await fresh.search('wilshaw', [], 5); // loads the vocabulary before the write
        const reads = vi.spyOn(store, 'searchTexts');
        await store.write({ nodes: [node] });
        try {
          expect(await fresh.search('quixoticaly', ['Person'], 5)).toEqual([]);
          fresh.noteWrite([], [node]);
          const [hit] = await fresh.search('quixoticaly', ['Person'], 5);
          expect(hit).toMatchObject({ node: { id }, correctedFrom: { quixotically: 'quixoticaly' } });
          // Renamed: the old words leave with the old record, the new ones join.
          const renamed = { ...node, properties: { name: 'Zebedee Quizzically' } };
          await store.write({ nodes: [renamed] });
          fresh.noteWrite([node], [renamed]);
          expect(await fresh.search('quixoticaly', ['Person'], 5)).toEqual([]);
          expect((await fresh.search('quizzicaly', ['Person'], 5))[0]).toMatchObject({ node: { id }, correctedFrom: { quizzically: 'quizzicaly' } });
          await store.write({ deleteNodes: [id] });
          fresh.noteWrite([renamed], []);
          expect(await fresh.search('zebede', ['Person'], 5)).toEqual([]);
          expect(reads).not.toHaveBeenCalled();
        } finally {
          reads.mockRestore();
          await store.write({ deleteNodes: [id] });
        }
      });

      it('a write during a load makes the next search read it again', async () => {
        const fresh = new SearchService(store);
        const reads = vi.spyOn(store, 'searchTexts');
        try {
          fresh.warm();
          fresh.noteWrite([], []); // the load in flight may have missed it
          await fresh.search('wilshaw', [], 5);
          // The abandoned load may still be finishing its own reads when the search's load is done.
          await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(2 * VOCABULARY_LABELS.length));
        } finally {
          reads.mockRestore();
        }
      });
    });
  });
}

defineSearchSuite('Grafeo', createGrafeoTestStore);
describe.skipIf(!TEST_NEO4J_URI)('Neo4j', () => defineSearchSuite('Neo4j', createNeo4jTestStore));

describe.skipIf(!TEST_NEO4J_URI)('SearchService gives the same hits on Grafeo and Neo4j', () => {
  let grafeo: TestStore;
  let neo4j: TestStore;
  let services: [SearchService, SearchService];

  beforeAll(async () => {
    grafeo = await seeded(createGrafeoTestStore);
    neo4j = await seeded(createNeo4jTestStore);
    services = [new SearchService(grafeo.store), new SearchService(neo4j.store)];
  });
  afterAll(async () => {
    await release(neo4j);
    await release(grafeo);
  });

  it.each([
    'wilshaw', 'Wishaw', 'micahel wilshaw', 'Micheal Wilshw', 'association of directers', 'adcs', 'discernible',
    'credible', 'ofsted', 'sif', 'kingstn', 'single inspection framework', 'inadequate councils', 'not', '2014', 'the guardian',
  ])('%j', async (text) => {
    const [a, b] = await Promise.all(services.map((s) => s.search(text, [], MAX_LIMIT)));
    expect(a!.length).toBeLessThan(MAX_LIMIT); // every hit is in, so the sets must match exactly
    expect(ids(a!).sort()).toEqual(ids(b!).sort());
    // The same rank, up to the order of hits equally relevant by words matched.
    expect(a!.map(tier(text))).toEqual(b!.map(tier(text)));
    const explain = (results: SearchResult[]) => Object.fromEntries(results.map((r) => [r.node.id, [r.matchedWords, r.correctedFrom]]));
    expect(explain(a!)).toEqual(explain(b!));
  });

  it.each(['children services', "directors of children's services"])('%j, more hits than the limit: the same hits down to the tier the limit cuts', async (text) => {
    const [a, b] = await Promise.all(services.map((s) => s.search(text, [], MAX_LIMIT)));
    expect(a).toHaveLength(MAX_LIMIT);
    expect(a!.map(tier(text))).toEqual(b!.map(tier(text)));
    const cut = tier(text)(a!.at(-1)!);
    const above = (results: SearchResult[]) => ids(results.filter((r) => tier(text)(r) > cut)).sort();
    expect(above(a!)).toEqual(above(b!));
  });
});
