/**
 * Look-ahead: a node asked for by id starts the reads of its selected fields together with its own
 * read (one wave), instead of after it; a connection's page and count start together. The store is
 * wrapped to record, for every call, how many calls had finished when it started: calls with the same
 * number started in the same wave.
 */
import { describe, expect, it } from 'vitest';
import type { StoreCall } from '../support/store-calls.js';
import { useRecordedSeedServer } from '../support/recorded-server.js';
import { paginate } from '../../src/graphql/connection.js';

/** A call as these tests compare them: the method, the relationship type and direction it follows, its wave. */
interface Call {
  method: string;
  detail: string;
  wave: number;
}

function described({ method, args, wave }: StoreCall): Call {
  const query = args[1] as { type?: string; direction?: string } | undefined;
  return { method, detail: query?.type ? `${query.type} ${query.direction}` : '', wave };
}

const REPORT = 'report:ofsted-social-care-annual-report-2013-14';

describe('look-ahead for nodes asked for by id', () => {
  const { request } = useRecordedSeedServer();

  async function run(query: string, variables: Record<string, unknown> = {}) {
    const { body, calls } = await request(query, variables);
    expect(body.errors).toBeUndefined();
    return { data: body.data, calls: calls.map(described) };
  }

  const waveOf = (list: Call[], method: string, detail = '') => list.find((c) => c.method === method && c.detail === detail)?.wave;

  it('reads the node, its stance counts and its first page of statements in one wave, and the count no later than the next level', async () => {
    const { data, calls: made } = await run(`query($id: ID!) { node(id: $id) { ... on Report { title
      stanceCounts { stance count }
      statements(first: 3) { totalCount edges { node { speaker { name } } } } } } }`, { id: REPORT });
    expect(data.node.title).toMatch(/annual report/i);
    expect(data.node.statements.edges).toHaveLength(3);
    expect(data.node.statements.totalCount).toBeGreaterThan(3);
    expect(data.node.stanceCounts.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(data.node.statements.totalCount);
    const first = waveOf(made, 'getNodes');
    expect(first).toBeDefined();
    expect(waveOf(made, 'stanceCounts')).toBe(first);
    expect(waveOf(made, 'related', 'ABOUT in')).toBe(first);
    // The count starts when the report's fields resolve, without waiting for the page: by the time the statements' speakers are read.
    expect(waveOf(made, 'countRelated', 'ABOUT in')).toBeLessThanOrEqual(waveOf(made, 'related', 'SAID in')!);
    expect(made.filter((c) => c.method === 'related' && c.detail === 'ABOUT in')).toHaveLength(1); // the look-ahead's page is the one used
  });

  it('starts a page and its count together: the count does not wait for the page', async () => {
    let release!: () => void;
    const pageRead = new Promise<{ rows: []; hasMore: boolean }>((resolve) => (release = () => resolve({ rows: [], hasMore: false })));
    let counted = false;
    const connection = paginate({ first: 2 }, 'ASC', () => pageRead, async () => {
      counted = true;
      return 0;
    });
    const total = connection.totalCount;
    expect(counted).toBe(true);
    release();
    expect(await connection.edges).toEqual([]);
    expect(await total).toBe(0);
  });

  it('gives the same answer as the same fields reached without look-ahead', async () => {
    const fields = `title stanceCounts { stance count } statements(first: 5, order: DESC) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text speaker { name } } } } critics { weight node { id } }`;
    const byId = await run(`query($id: ID!) { node(id: $id) { ... on Report { ${fields} } } }`, { id: REPORT });
    const listed = await run(`{ reports(first: 100) { nodes { id ... on Report { ${fields} } } } }`);
    const { id, ...report } = listed.data.reports.nodes.find((node: { id: string }) => node.id === REPORT);
    expect(id).toBe(REPORT);
    expect(byId.data.node).toEqual(report);
  });

  it('counts nothing when totalCount is not selected, and reads nothing for a skipped field', async () => {
    const { calls: made } = await run(`query($id: ID!, $skip: Boolean!) { node(id: $id) { ... on Report {
      statements(first: 2) { edges { node { id } } } critics @skip(if: $skip) { weight } } } }`, { id: REPORT, skip: true });
    expect(made.filter((c) => c.method === 'countRelated')).toEqual([]);
    expect(made.filter((c) => c.detail === 'CRITICISED in')).toEqual([]);
    expect(waveOf(made, 'related', 'ABOUT in')).toBe(waveOf(made, 'getNodes'));
  });

  it('looks ahead through fragments on interfaces, for each of several ids', async () => {
    const { data, calls: made } = await run(`query($ids: [ID!]!) { nodes(ids: $ids) { id ...actor } }
      fragment actor on Actor { statementCount }`, { ids: ['person:michael-wilshaw', 'organisation:ofsted'] });
    expect(data.nodes.map((n: { statementCount: number }) => n.statementCount).every((count: number) => count > 0)).toBe(true);
    expect(waveOf(made, 'countRelated', 'SAID out')).toBe(waveOf(made, 'getNodes'));
  });

  it('answers null for an unknown id, and an error for bad arguments, as without look-ahead', async () => {
    const missing = await run(`{ node(id: "report:no-such-report") { ... on Report { title statements(first: 2) { totalCount } } } }`);
    expect(missing.data.node).toBeNull();
    const { body } = await request(`query($id: ID!) { node(id: $id) { ... on Report { statements(first: 1000) { totalCount } } } }`, { id: REPORT });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toMatch(/first must be from 0 to 100/);
  });
});
