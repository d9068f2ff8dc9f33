/**
 * A source's text (declared `large` in the model) is left out when sources are read as neighbours, and
 * read whole, by id, only for a field that needs it: a page of statements with their sources' titles
 * does not carry the articles. Also the node loader is never primed with such a partial node.
 */
import { describe, expect, it } from 'vitest';
import { useRecordedSeedServer } from '../support/recorded-server.js';

interface Sourced {
  text: string;
  quote: { exact: string } | null;
  source: { id: string; title: string; length?: number; text?: string | null };
}

describe('large properties on neighbours', () => {
  const { request } = useRecordedSeedServer({ CHORUS_SOURCE_TEXT: 'full' });

  it('reads sources for their titles without their text', async () => {
    const { body, calls } = await request('{ statements(first: 8) { nodes { source { id title } } } }');
    expect(body.errors).toBeUndefined();
    const nodes = body.data.statements.nodes as Sourced[];
    expect(nodes.every((n) => n.source.title.length > 0)).toBe(true);
    const sourceReads = calls.filter((c) => c.method === 'related' && (c.args[1] as { type: string }).type === 'SOURCED_FROM');
    expect(sourceReads).toHaveLength(1);
    // Only what the operation selects of a source (projection.ts): its id and title.
    expect(sourceReads[0].args[1]).toMatchObject({ properties: ['id', 'title'] });
    expect(calls.filter((c) => c.method === 'getNodes')).toEqual([]);
  });

  it('reads the text whole, in one batch, for the fields that need it', async () => {
    const { body, calls } = await request('{ statements(first: 8) { nodes { text source { id title length text } } } }');
    expect(body.errors).toBeUndefined();
    const nodes = body.data.statements.nodes as Sourced[];
    const sourceIds = [...new Set(nodes.map((n) => n.source.id))];
    const whole = await request('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Source { text } } }', { ids: sourceIds });
    const textOf = new Map((whole.body.data.nodes as { id: string; text: string }[]).map((n) => [n.id, n.text]));
    for (const n of nodes) {
      expect(n.source.text).toBe(textOf.get(n.source.id));
      expect(n.source.length).toBe(Array.from(textOf.get(n.source.id)!).length);
    }
    expect(textOf.get(sourceIds[0])!.length).toBeGreaterThan(1000);
    // The sources' text comes from one read by id for all of them, not one per statement.
    const byId = calls.filter((c) => c.method === 'getNodes' && (c.args[0] as string[]).some((id) => sourceIds.includes(id)));
    expect(byId).toHaveLength(1);
  });

  it('quotes from the whole text, whose read also serves the sources\' text fields', async () => {
    const { body, calls } = await request('{ statements(first: 8) { nodes { text quote { exact prefix } source { id length } } } }');
    expect(body.errors).toBeUndefined();
    for (const n of body.data.statements.nodes as Sourced[]) {
      expect(n.quote?.exact).toBe(n.text);
      expect(n.source.length).toBeGreaterThan(1000);
    }
    expect(calls.filter((c) => c.method === 'getNodes')).toEqual([]);
  });

  it('searches sources by title without their text, and reads it by id, in one batch, for a field that needs it', async () => {
    const searchSources = (selection: string) => request(`{ search(text: "ofsted children", types: [SOURCE], first: 3) { edges { node { node { id ... on Source { ${selection} } } } } } }`);
    const titled = await searchSources('title');
    expect(titled.body.errors).toBeUndefined();
    const hits = (titled.body.data.search.edges as { node: { node: Sourced['source'] } }[]).map((e) => e.node.node);
    expect(hits.length).toBe(3);
    expect(hits.every((s) => s.title.length > 0)).toBe(true);
    // The store reads what the operation selects of a source and what ranking reads (its searchable title).
    const searches = titled.calls.filter((c) => c.method === 'search');
    expect(searches).toHaveLength(1);
    expect(searches[0].args[0]).toMatchObject({ labels: ['Source'], properties: ['id', 'title'] });
    expect(titled.calls.filter((c) => c.method === 'getNodes')).toEqual([]);

    const withText = await searchSources('title text');
    expect(withText.body.errors).toBeUndefined();
    const texts = (withText.body.data.search.edges as { node: { node: Sourced['source'] } }[]).map((e) => e.node.node);
    const whole = await request('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Source { text } } }', { ids: texts.map((s) => s.id) });
    const textOf = new Map((whole.body.data.nodes as { id: string; text: string }[]).map((n) => [n.id, n.text]));
    for (const s of texts) expect(s.text).toBe(textOf.get(s.id));
    expect(withText.calls.filter((c) => c.method === 'search')[0].args[0]).toMatchObject({ properties: ['id', 'title'] });
    expect(withText.calls.filter((c) => c.method === 'getNodes')).toHaveLength(1);
  });

  it('never answers a node by id with a neighbour read that left its text out', async () => {
    const first = await request('{ statements(first: 1) { nodes { source { id } } } }');
    const sourceId = (first.body.data.statements.nodes as Sourced[])[0].source.id;
    const { body } = await request(
      'query($id: ID!) { statements(first: 8) { nodes { source { id title } } } node(id: $id) { ... on Source { text } } }',
      { id: sourceId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.node.text.length).toBeGreaterThan(1000);
  });
});
