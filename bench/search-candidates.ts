/**
 * How many candidates per label search needs (`candidatesPerLabel` in src/search/search-service.ts): on a
 * generated corpus in Grafeo, sampled queries (names, titles and statement phrases, half with a letter
 * dropped) are answered twice, re-ranking 250 candidates per label and re-ranking `candidatesPerLabel(limit)`;
 * it counts the queries whose result scores agree, and times the benchmark's search each way.
 *
 *   npm run bench:search -- [--statements 100000] [--queries 270]
 *
 * Scores, not ids, are compared: past the nodes that match best, many match equally (every "Claire" for
 * "claire hamley"), and which of those come first depends on which the store's BM25 happened to return.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlan } from '../src/seed/load.js';
import { candidatesPerLabel, SearchService } from '../src/search/search-service.js';
import { GrafeoStore } from '../src/store/grafeo/grafeo-store.js';
import type { Label } from '../src/model/schema.js';
import { generateCorpus, rng } from './generate.js';
import { optionValue } from './args.js';

const STATEMENTS = Number(optionValue('statements', '100000'));
const QUERIES = Number(optionValue('queries', '270'));
const ALL_CANDIDATES = 250;

/** Where the queries come from, and the share of them each source gives. */
const SOURCES: [Label, string, number][] = [['Person', 'name', 0.45], ['Organisation', 'name', 0.15], ['Council', 'name', 0.07], ['Report', 'title', 0.11], ['Statement', 'text', 0.22]];

const dir = mkdtempSync(join(tmpdir(), 'chorus-search-candidates-'));
const store = GrafeoStore.open({ path: join(dir, 'graph.db') });
try {
  await store.setup();
  const { plan, targets } = generateCorpus(STATEMENTS, 1);
  await writePlan(store, plan);
  console.log(`${STATEMENTS.toLocaleString('en')} statements loaded`);

  // The store, asked for `candidates` hits per label whatever the service asks for.
  let candidates = ALL_CANDIDATES;
  const fixed = Object.create(store, {
    search: { value: (query: Parameters<GrafeoStore['search']>[0]) => store.search({ ...query, limit: candidates }) },
  }) as GrafeoStore;
  const search = new SearchService(fixed);

  const random = rng(7);
  const dropLetter = (word: string) => {
    if (word.length < 4) return word;
    const at = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const queries: string[] = [];
  for (const [label, property, share] of SOURCES) {
    const values = plan.nodes.filter((n) => n.label === label).map((n) => String(n.properties[property]));
    for (let i = 0; i < Math.round(QUERIES * share); i++) {
      let words = values[Math.floor(random() * values.length)].split(/\s+/);
      if (label === 'Statement') {
        const start = Math.floor(random() * Math.max(1, words.length - 3));
        words = words.slice(start, start + 3);
      }
      if (random() < 0.5) {
        const at = Math.floor(random() * words.length);
        words[at] = dropLetter(words[at]);
      }
      queries.push(words.join(' '));
    }
  }

  const scores = async (text: string, limit: number, perLabel: number) => {
    candidates = perLabel;
    return (await search.search(text, [], limit)).map((r) => r.score.toFixed(6)).join(' ');
  };
  for (const limit of [5, 20]) {
    let same = 0;
    const differing: string[] = [];
    for (const text of queries) {
      if ((await scores(text, limit, ALL_CANDIDATES)) === (await scores(text, limit, candidatesPerLabel(limit)))) same++;
      else differing.push(text);
    }
    console.log(`first ${limit}: ${candidatesPerLabel(limit)} candidates per label gave the scores ${ALL_CANDIDATES} gave for ${same} of ${queries.length} queries` +
      (differing.length ? ` (not for: ${differing.slice(0, 5).map((t) => JSON.stringify(t)).join(', ')})` : ''));
  }

  const text = targets.searchText; // the benchmark's search operation
  for (const perLabel of [ALL_CANDIDATES, candidatesPerLabel(5), ALL_CANDIDATES, candidatesPerLabel(5)]) {
    candidates = perLabel;
    for (let i = 0; i < 20; i++) await search.search(text, [], 5);
    const started = performance.now();
    for (let i = 0; i < 100; i++) await search.search(text, [], 5);
    console.log(`${JSON.stringify(text)}, first 5, ${perLabel} candidates per label: ${((performance.now() - started) / 100).toFixed(2)} ms`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
