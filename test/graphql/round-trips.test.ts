/**
 * No N+1: a request makes one store call per field of each level of its query, each call carrying every
 * parent of that level at once, so the calls are the same whatever the number of results. The store is
 * wrapped to record every call with its keys (as dataloader's own tests record `loadCalls`), and one deep
 * query runs at two page sizes.
 */
import { describe, expect, it } from 'vitest';
import type { StoreCall } from '../support/store-calls.js';
import { useRecordedSeedServer } from '../support/recorded-server.js';

const DEEP = `query($n: Int) {
  statements(first: $n) {
    nodes {
      id
      text
      speaker { __typename id name ... on Person { roles { title at { name } } } statements(first: 3) { nodes { id } } }
      targets { stance target { __typename id ... on Report { title publishers { name } } } }
      source { id title publisher { name } }
      quote { prefix }
      sameWords { id }
    }
  }
}`;

interface Row {
  id: string;
  speaker: { __typename: string; id: string };
  targets: { target: { __typename: string; id: string } }[];
  source: { id: string };
}

/** A call as the level it belongs to sees it: what it reads, and the parents it reads it for. */
function describeCall(call: StoreCall) {
  if (call.method !== 'related') return { read: call.method, parents: [] as string[] };
  const [parents, query] = call.args as [string[], { type: string; direction: string; limit?: number }];
  return { read: `${query.type} ${query.direction}${query.limit ? ` limit ${query.limit}` : ''}`, parents: [...parents].sort() };
}

const distinct = (ids: string[]) => [...new Set(ids)].sort();

describe('store round trips per request', () => {
  const { request } = useRecordedSeedServer({ CHORUS_MAX_COST: '1000000' });

  async function callsFor(n: number) {
    const { body, calls } = await request(DEEP, { n });
    expect(body.errors).toBeUndefined();
    const rows = body.data.statements.nodes as Row[];
    const statements = distinct(rows.map((r) => r.id));
    const speakers = distinct(rows.map((r) => r.speaker.id));
    const people = distinct(rows.filter((r) => r.speaker.__typename === 'Person').map((r) => r.speaker.id));
    const reports = distinct(rows.flatMap((r) => r.targets.filter((t) => t.target.__typename === 'Report').map((t) => t.target.id)));
    const sources = distinct(rows.map((r) => r.source.id));
    const expected = [
      // Level 1: the page.
      { read: 'findStatements', parents: [] },
      // Level 2: each field of a statement, for every statement of the page at once.
      { read: 'SAID in limit 1', parents: statements }, // speaker
      // targets: its stance links, ABOUT and, toward claims, ASSERTS and DISPUTES (model/stance-links.ts)
      { read: 'ABOUT out', parents: statements },
      { read: 'ASSERTS out', parents: statements },
      { read: 'DISPUTES out', parents: statements },
      { read: 'SOURCED_FROM out limit 1', parents: statements }, // source (its title)
      { read: 'SOURCED_FROM out', parents: statements }, // quote (the source's text)
      { read: 'SAME_WORDS out', parents: statements }, // sameWords, both ways
      { read: 'SAME_WORDS in', parents: statements },
      // Level 3: each field of a speaker, a report and a source, for all of them at once.
      { read: 'HELD_ROLE out', parents: people }, // a person's roles (with the organisation)
      { read: 'SAID out limit 4', parents: speakers }, // a speaker's first 3 statements, and one more for hasNextPage
      { read: 'PUBLISHED in', parents: reports }, // a report's publishers
      { read: 'PUBLISHED in limit 1', parents: sources }, // a source's publisher
    ];
    const byRead = (a: { read: string }, b: { read: string }) => a.read.localeCompare(b.read);
    return { results: rows.length, calls: calls.map(describeCall).sort(byRead), expected: expected.sort(byRead) };
  }

  // At 40 statements every branch of the query (reports among the targets, people among the speakers) is
  // already reached, so a per-result call would show as a difference between the two pages.
  it('makes one call per field of each level, with all of that level\'s parents, for 40 statements and for 100', async () => {
    for (const n of [40, 100]) {
      const { results, calls, expected } = await callsFor(n);
      expect(results).toBe(n);
      expect(calls).toEqual(expected);
    }
  });
});
