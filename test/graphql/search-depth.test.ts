/**
 * The search connection ranks only as deep as it must: a first page ranks its own size plus one (so the
 * store is asked for few candidates per label), while a later page, a backward page and totalCount rank
 * the whole hundred. Over the real seed graph in Grafeo, through the HTTP server, with the store's calls
 * recorded.
 */
import { describe, expect, it } from 'vitest';
import { candidatesPerLabel, MAX_LIMIT } from '../../src/search/search-service.js';
import { useRecordedSeedServer } from '../support/recorded-server.js';

const HITS = `edges { cursor node { score node { id } } } pageInfo { hasNextPage endCursor }`;

interface Hit {
  cursor: string;
  node: { score: number; node: { id: string } };
}

describe('search ranks only as deep as the page asked for', () => {
  const { request } = useRecordedSeedServer();

  /** The query's answer, and the candidates per label each of its store searches asked for. */
  async function run(query: string, variables: Record<string, unknown> = {}) {
    const { body, calls } = await request(query, variables);
    expect(body.errors).toBeUndefined();
    const asked = calls.filter((call) => call.method === 'search').map((call) => (call.args[0] as { limit: number }).limit);
    return { data: body.data.search, asked: [...new Set(asked)].sort((a, b) => a - b) };
  }

  it('a first page asks each label for the candidates of its size plus one; totalCount ranks the whole hundred', async () => {
    const page = await run(`{ search(text: "children", first: 3) { ${HITS} } }`);
    expect(page.data.edges).toHaveLength(3);
    expect(page.data.pageInfo.hasNextPage).toBe(true);
    expect(page.asked).toEqual([candidatesPerLabel(4)]);

    const counted = await run(`{ search(text: "children", first: 3) { totalCount ${HITS} } }`);
    expect(counted.asked).toEqual([candidatesPerLabel(4), candidatesPerLabel(MAX_LIMIT)]);
    const all = await run(`{ search(text: "children", first: ${MAX_LIMIT}) { ${HITS} } }`);
    expect(counted.data.totalCount).toBe(all.data.edges.length);
    expect(counted.data.edges).toEqual(page.data.edges);
  });

  it('pages through by cursor without repeating a hit, scores falling as in one long page', async () => {
    const paged: Hit[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const { data, asked }: { data: { edges: Hit[]; pageInfo: { endCursor: string } }; asked: number[] } = await run(
        `query($after: String) { search(text: "children", first: 3, after: $after) { ${HITS} } }`, { after },
      );
      expect(asked).toEqual([candidatesPerLabel(i === 0 ? 4 : MAX_LIMIT)]);
      paged.push(...data.edges);
      after = data.pageInfo.endCursor;
    }
    const long = await run(`{ search(text: "children", first: 12) { ${HITS} } }`);
    const ids = paged.map((hit) => hit.node.node.id);
    expect(new Set(ids).size).toBe(12);
    expect(paged.map((hit) => hit.node.score)).toEqual(long.data.edges.map((hit: Hit) => hit.node.score));
  });

  it('a backward page ranks the whole hundred and ends where one long page ends', async () => {
    const last = await run(`{ search(text: "children", last: 2) { ${HITS} } }`);
    expect(last.asked).toEqual([candidatesPerLabel(MAX_LIMIT)]);
    const all = await run(`{ search(text: "children", first: ${MAX_LIMIT}) { ${HITS} } }`);
    expect(last.data.edges.map((hit: Hit) => hit.node.node.id)).toEqual(all.data.edges.slice(-2).map((hit: Hit) => hit.node.node.id));
  });
});
