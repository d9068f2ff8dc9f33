/**
 * No N+1: the number of store round trips for a request grows with the
 * query's depth, never with the number of results. The store is wrapped to
 * record every call (as dataloader's own tests do), and one deep query runs
 * at two page sizes.
 */
import { describe, expect, it } from 'vitest';
import { useRecordedSeedServer } from '../support/recorded-server.js';

const DEEP = `query($n: Int) {
  statements(first: $n) {
    nodes {
      text
      speaker { name ... on Person { roles { title at { name } } } statements(first: 3) { nodes { id } } }
      targets { stance target { id ... on Report { title publishers { name } } } }
      source { title publisher { name } }
      quote { prefix }
      sameWords { id }
    }
  }
}`;

describe('store round trips per request', () => {
  const { request } = useRecordedSeedServer({ CHORUS_MAX_COST: '1000000' });

  async function roundTrips(n: number): Promise<{ calls: string[]; results: number }> {
    const { body, calls } = await request(DEEP, { n });
    expect(body.errors).toBeUndefined();
    return { calls: calls.map((call) => call.method).sort(), results: body.data.statements.nodes.length };
  }

  // At 40 statements every branch of the query (reports among the targets, people among the speakers) is
  // already reached, so what could still grow with the page is only the per-result calls this test forbids.
  it('makes the same calls for 40 statements and for 100', async () => {
    const small = await roundTrips(40);
    const large = await roundTrips(100);
    expect(small.results).toBe(40);
    expect(large.results).toBe(100);
    expect(large.calls).toEqual(small.calls);
    // One per level of the query, give or take: not one per statement.
    expect(large.calls.length).toBeLessThan(20);
    console.log(`round trips for a depth-4 query: ${large.calls.length} at 40 and at 100 results (${large.calls.join(', ')})`);
  });
});
