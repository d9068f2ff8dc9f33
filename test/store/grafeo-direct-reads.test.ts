/**
 * Grafeo's direct reads (src/store/grafeo/direct-reads.ts) answer what the Cypher files answer: the real
 * seed in two Grafeo stores, one reading through direct calls and one through Cypher only, asked every
 * node read and every neighbour read the model allows (each relationship type and direction from every
 * node, sorted by each property, both directions, with limits, keysets, a label and large properties
 * left out), and the answers compared whole, order included. The direct store's Cypher statements are
 * counted, so a comparison of Cypher with itself cannot pass for one of direct reads with Cypher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';
import { writePlan } from '../../src/seed/load.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { LABELS, RELATIONSHIPS, type Label, type RelationshipType } from '../../src/model/schema.js';
import type { RelatedQuery, Subgraph, WriteBatch } from '../../src/store/port.js';

const plan = planSeed(SEED_DIR);

/** Counts the Cypher statements a store sends (its database handle is private: reached the way a debugger would). */
function countCypher(store: GrafeoStore): { count: number } {
  const db = (store as unknown as { db: { executeCypher: (q: string, p?: unknown) => Promise<unknown> } }).db;
  const counter = { count: 0 };
  const original = db.executeCypher.bind(db);
  db.executeCypher = (q, p) => {
    counter.count++;
    return original(q, p);
  };
  return counter;
}

/** Counts the store's direct calls to Grafeo: edges, neighbour lists, and node properties through views. */
function countDirectCalls(store: GrafeoStore) {
  type Db = { getEdge: (h: number) => unknown; getNodeEdges: (h: number, o?: unknown) => unknown; asOf: (e: bigint) => { getNodeProperty: (h: number, k: string) => unknown } };
  const db = (store as unknown as { db: Db }).db;
  const counts = { getEdge: 0, getNodeEdges: 0, getNodeProperty: 0 };
  const original = { getEdge: db.getEdge.bind(db), getNodeEdges: db.getNodeEdges.bind(db), asOf: db.asOf.bind(db) };
  db.getEdge = (h) => (counts.getEdge++, original.getEdge(h));
  db.getNodeEdges = (h, o) => (counts.getNodeEdges++, original.getNodeEdges(h, o));
  db.asOf = (e) => {
    const view = original.asOf(e);
    const read = view.getNodeProperty.bind(view);
    view.getNodeProperty = (h, k) => (counts.getNodeProperty++, read(h, k));
    return view;
  };
  return {
    counts,
    reset: () => Object.assign(counts, { getEdge: 0, getNodeEdges: 0, getNodeProperty: 0 }),
    restore: () => Object.assign(db, original),
  };
}

/** Every neighbour question the model allows from a node of `label`. */
function questionsFrom(label: Label): RelatedQuery[] {
  const questions: RelatedQuery[] = [];
  for (const type of Object.keys(RELATIONSHIPS) as RelationshipType[]) {
    const spec = RELATIONSHIPS[type] as { from: readonly string[]; to: readonly string[]; properties: Record<string, unknown> };
    for (const direction of ['out', 'in'] as const) {
      if (!(direction === 'out' ? spec.from : spec.to).includes(label)) continue;
      const others = (direction === 'out' ? spec.to : spec.from) as Label[];
      questions.push({ type, direction }, { type, direction, limit: 1 }, { type, direction, sort: { on: 'node', property: 'id', direction: 'DESC' }, limit: 2 });
      for (const property of Object.keys(spec.properties)) {
        for (const order of ['ASC', 'DESC'] as const) questions.push({ type, direction, sort: { on: 'relationship', property, direction: order } });
      }
      for (const otherLabel of others) {
        questions.push({ type, direction, otherLabel, omitLarge: true }, { type, direction, otherLabel, omitLarge: false });
        for (const property of Object.keys(LABELS[otherLabel].properties)) {
          for (const order of ['ASC', 'DESC'] as const) questions.push({ type, direction, otherLabel, sort: { on: 'node', property, direction: order }, limit: 3 });
        }
      }
      questions.push({ type, direction, omitLarge: true });
      // Projections (RelatedQuery.properties): one key of each possible label, none, and a name no label has.
      const someKeys = others.map((other) => Object.keys(LABELS[other].properties)[0]);
      questions.push({ type, direction, properties: someKeys }, { type, direction, properties: [] }, { type, direction, limit: 2, properties: ['no such key', ...someKeys] });
    }
  }
  return questions;
}

describe('Grafeo direct reads answer what Cypher answers', () => {
  let direct: GrafeoStore;
  let cypher: GrafeoStore;
  let statements: { count: number };

  beforeAll(async () => {
    direct = GrafeoStore.open();
    cypher = GrafeoStore.open().withoutDirectReads();
    for (const store of [direct, cypher]) {
      await store.setup();
      await writePlan(store, plan);
    }
    statements = countCypher(direct);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([direct?.close(), cypher?.close()]);
  });

  it('reads nodes by id the same, unknown and malformed ids included', async () => {
    const ids = [...plan.nodes.map((n) => n.id), 'person:nobody', 'not-an-id', 'report:'];
    expect(await direct.getNodes(ids)).toEqual(await cypher.getNodes(ids));
    const before = statements.count;
    expect(await direct.getNodes(ids.slice(0, 50))).toEqual(await cypher.getNodes(ids.slice(0, 50)));
    expect(statements.count).toBe(before); // handles known: no Cypher at all
  });

  it('reads relationships by id the same: every one of the seed, derived included, and ids that name none', async () => {
    const real = [...plan.relationships, ...plan.derived].map((r) => r.id);
    const first = plan.relationships[0];
    // Ids that name none: an end that does not exist, a type that does not, another relationship between the same
    // two nodes (another discriminator), and one that is not an id; and one asked twice.
    const ids = [...real, first.id.replace(/>.*$/, '>person:nobody'), first.id.replace(/^[a-z_]+:/, 'no_such_type:'), `${first.id.replace(/~.*$/, '')}~nosuch`, 'not-an-id', first.id];
    const [a, b] = [await direct.getRelationships(ids), await cypher.getRelationships(ids)];
    expect(a).toEqual(b);
    expect(b.filter((r) => r !== null).length).toBe(real.length + 1);
    const before = statements.count;
    expect(await direct.getRelationships(real.slice(0, 40))).toEqual(await cypher.getRelationships(real.slice(0, 40)));
    expect(statements.count).toBe(before); // handles known: no Cypher at all
  });

  it('reads every neighbourhood the same: each type, direction, sort, limit and label, from every node', async () => {
    let compared = 0;
    let nonEmpty = 0;
    const firstOfLabel = new Set<Label>(); // a label's first read may look up its handles
    const viaCypher: RelatedQuery[] = [];
    const byLabel = new Map<Label, string[]>();
    for (const node of plan.nodes) byLabel.set(node.label, [...(byLabel.get(node.label) ?? []), node.id]);
    for (const [label, ids] of byLabel) {
      for (const query of questionsFrom(label)) {
        const sent = statements.count;
        const [a, b] = [await direct.related(ids, query), await cypher.related(ids, query)];
        if (statements.count > sent && firstOfLabel.has(label)) viaCypher.push(query);
        firstOfLabel.add(label);
        expect(a, `${label} ${JSON.stringify(query)}`).toEqual(b);
        const counts = [await direct.countRelated(ids, query), await cypher.countRelated(ids, query)];
        expect(counts[0], `count ${label} ${JSON.stringify(query)}`).toEqual(counts[1]);
        compared++;
        if (b.some((hits) => hits.length > 0)) nonEmpty++;
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(nonEmpty).toBeGreaterThan(200);
    // Every read went direct except those sorted by a list property, which Cypher orders by its own rules.
    const isList = (q: RelatedQuery) => {
      const owner = q.sort?.on === 'relationship' ? RELATIONSHIPS[q.type] : q.otherLabel ? LABELS[q.otherLabel] : null;
      return (owner?.properties as Record<string, { type: string }> | undefined)?.[q.sort?.property ?? '']?.type.endsWith('[]') ?? false;
    };
    expect(viaCypher.filter((q) => !isList(q))).toEqual([]);
    expect(viaCypher.length).toBeGreaterThan(0);
  });

  it('expands subgraphs the same: one node in seven as a seed, depths 1-3, with and without type and label filters', async () => {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sorted = (g: Subgraph) => ({ nodes: [...g.nodes].sort(byId), relationships: [...g.relationships].sort(byId), truncated: g.truncated });
    const before = statements.count;
    let compared = 0;
    for (const node of plan.nodes.filter((_, i) => i % 7 === 0)) {
      for (const depth of [1, 2, 3]) {
        for (const filters of [{}, { relationshipTypes: ['SAID', 'ABOUT'] as RelationshipType[] }, { labels: ['Statement', 'Person', 'Report'] as Label[] }]) {
          const query = { seeds: [node.id], depth, limit: 10_000, ...filters };
          const [a, b] = [await direct.subgraph(query), await cypher.subgraph(query)];
          expect(sorted(a), JSON.stringify(query)).toEqual(sorted(b));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    // Cut short: as many relationships as asked, and both say so.
    const cut = { seeds: [plan.nodes.find((n) => n.label === 'Report')!.id], depth: 2, limit: 15 };
    const [a, b] = [await direct.subgraph(cut), await cypher.subgraph(cut)];
    expect([a.relationships.length, a.truncated]).toEqual([b.relationships.length, b.truncated]);
    expect(a.truncated).toBe(true);
    expect(statements.count - before).toBeLessThan(compared / 4); // mostly direct: crowded nodes go through Cypher
  });

  it('counts stances the same for every target, without Cypher once handles are known', async () => {
    const targets = [...plan.nodes.filter((n) => ['Report', 'Framework', 'Council', 'Claim', 'Person', 'Organisation', 'Statement'].includes(n.label)).map((n) => n.id), 'report:nobody', 'not-an-id'];
    const [a, b] = [await direct.stanceCounts(targets), await cypher.stanceCounts(targets)];
    expect(a).toEqual(b);
    expect(b.filter((rows) => rows.length > 0).length).toBeGreaterThan(5);
    const before = statements.count;
    expect(await direct.stanceCounts(targets.slice(0, 20))).toEqual(await cypher.stanceCounts(targets.slice(0, 20)));
    expect(statements.count).toBe(before);
  });

  it('pages with keysets the same', async () => {
    const report = plan.nodes.find((n) => n.label === 'Report' && plan.relationships.filter((r) => r.type === 'ABOUT' && r.to === n.id).length >= 5)!;
    for (const order of ['ASC', 'DESC'] as const) {
      const query: RelatedQuery = { type: 'ABOUT', direction: 'in', otherLabel: 'Statement', sort: { on: 'node', property: 'dateFrom', direction: order }, limit: 2 };
      let after: RelatedQuery['after'];
      const seen: string[] = [];
      for (let page = 0; page < 10; page++) {
        const [[a], [b]] = [await direct.related([report.id], { ...query, after }), await cypher.related([report.id], { ...query, after })];
        expect(a).toEqual(b);
        if (b.length === 0) break;
        seen.push(...b.map((hit) => hit.node.id));
        after = b.at(-1)!.key;
      }
      expect(new Set(seen).size).toBeGreaterThanOrEqual(5);
    }
  });

  it('leaves filtered reads and crowded nodes to Cypher, with the same answers', async () => {
    const report = plan.nodes.find((n) => n.label === 'Report')!;
    const filtered: RelatedQuery = { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: 'critical' } } };
    const before = statements.count;
    expect(await direct.related([report.id], filtered)).toEqual(await cypher.related([report.id], filtered));
    expect(statements.count).toBe(before + 1);

    // A report with 450 statements about it: more than direct calls take on the event loop.
    const crowd = { id: 'report:crowded', label: 'Report' as const, properties: { title: 'Crowded', date: '2015' } };
    const said = Array.from({ length: 450 }, (_, i) => ({ id: `statement:crowd-${String(i).padStart(3, '0')}`, label: 'Statement' as const, properties: { text: `words ${i}`, kind: 'paraphrase', date: `2015-01-${String((i % 28) + 1).padStart(2, '0')}` } }));
    const about = said.map((s, i) => ({ id: `about:${s.id}>${crowd.id}`, type: 'ABOUT' as const, from: s.id, to: crowd.id, properties: { stance: i % 2 ? 'critical' : 'supportive' } }));
    for (const store of [direct, cypher]) await store.write({ nodes: [crowd, ...said], relationships: about });
    const query: RelatedQuery = { type: 'ABOUT', direction: 'in', otherLabel: 'Statement', sort: { on: 'node', property: 'dateFrom', direction: 'DESC' }, limit: 11 };
    const [a, b] = [await direct.related([crowd.id], query), await cypher.related([crowd.id], query)];
    expect(a).toEqual(b);
    expect(b[0]).toHaveLength(11);
    expect(await direct.countRelated([crowd.id], query)).toEqual([450]);
    const sent = statements.count;
    expect(await direct.stanceCounts([crowd.id])).toEqual([[{ stance: 'critical', count: 225 }, { stance: 'supportive', count: 225 }]]);
    expect(statements.count).toBe(sent + 1);
  });

  it('remembers what writes leave alone, and reads again what they change', async () => {
    const calls = countDirectCalls(direct);
    const report = plan.nodes.find((n) => n.label === 'Report' && plan.relationships.filter((r) => r.type === 'ABOUT' && r.to === n.id).length >= 3)!;
    const abouts = plan.relationships.filter((r) => r.type === 'ABOUT' && r.to === report.id);
    const statementIds = abouts.map((r) => r.from);
    const speaker = plan.relationships.find((r) => r.type === 'SAID' && r.to === statementIds[0])!.from;
    // What a mutation reads: a report's statements, the statements, a speaker's statements.
    const asks = [
      (store: GrafeoStore) => store.related([report.id], { type: 'ABOUT', direction: 'in' }),
      (store: GrafeoStore) => store.getNodes(statementIds),
      (store: GrafeoStore) => store.related([speaker], { type: 'SAID', direction: 'out' }),
      (store: GrafeoStore) => store.getRelationships(abouts.map((r) => r.id)),
    ];
    const same = async () => {
      for (const ask of asks) expect(await ask(direct)).toEqual(await ask(cypher));
    };
    const write = async (batch: WriteBatch) => {
      for (const store of [direct, cypher]) await store.write(batch);
    };
    /** The direct calls the reads make after `batch` is written. */
    const afterWriting = async (batch: WriteBatch) => {
      await write(batch);
      calls.reset();
      await same();
      return { ...calls.counts };
    };
    try {
      await same();
      calls.reset();
      await same();
      expect(calls.counts).toEqual({ getEdge: 0, getNodeEdges: 0, getNodeProperty: 0 }); // all remembered

      // A new stance changes one edge's properties: that edge is read again, nothing else.
      const restanced = { ...abouts[0], properties: { stance: abouts[0].properties.stance === 'critical' ? 'supportive' : 'critical' } };
      expect(await afterWriting({ relationships: [restanced] })).toEqual({ getEdge: 1, getNodeEdges: 0, getNodeProperty: 0 });

      // A statement's properties written: that node's are read again, and only the node's.
      const statement = plan.nodes.find((n) => n.id === statementIds[1])!;
      const changed = afterWriting({ nodes: [{ ...statement, properties: { ...statement.properties, kind: statement.properties.kind === 'quote' ? 'paraphrase' : 'quote' } }] });
      const counts = await changed;
      expect(counts.getEdge + counts.getNodeEdges).toBe(0);
      expect(counts.getNodeProperty).toBeGreaterThan(0);
      expect(counts.getNodeProperty).toBeLessThanOrEqual(Object.keys(LABELS.Statement.properties).length + 1);

      // A relationship deleted: the neighbour lists of both its ends are read again.
      expect(await afterWriting({ deleteRelationships: [abouts[1].id] })).toMatchObject({ getEdge: 0, getNodeEdges: 2 });
      // Created again (an id the reads do not hold): both ends again.
      expect(await afterWriting({ relationships: [abouts[1]] })).toMatchObject({ getNodeEdges: 2 });

      // A node created alone changes nothing read.
      const person = { id: 'person:read-memory-test', label: 'Person' as const, properties: { name: 'Read Memory' } };
      expect(await afterWriting({ nodes: [person], createOnly: true })).toEqual({ getEdge: 0, getNodeEdges: 0, getNodeProperty: 0 });
      // A bulk load's relationships, or a node deleted: everything is read again.
      const bulk = await afterWriting({ relationships: [{ id: `said:${person.id}>${statementIds[2]}`, type: 'SAID', from: person.id, to: statementIds[2], properties: {} }], createOnly: true });
      expect(bulk.getNodeEdges).toBeGreaterThanOrEqual(asks.length - 1);
      expect(bulk.getNodeProperty).toBeGreaterThan(statementIds.length);
      const deleted = await afterWriting({ deleteNodes: [person.id] });
      expect(deleted.getNodeEdges).toBeGreaterThanOrEqual(asks.length - 1);
    } finally {
      calls.restore();
    }
  });

  it('reads what was written when writes and reads overlap', async () => {
    const report = plan.nodes.find((n) => n.label === 'Report' && plan.relationships.filter((r) => r.type === 'ABOUT' && r.to === n.id).length >= 3)!;
    const abouts = plan.relationships.filter((r) => r.type === 'ABOUT' && r.to === report.id);
    const statements = abouts.map((r) => plan.nodes.find((n) => n.id === r.from)!);
    const asks = [
      (store: GrafeoStore) => store.related([report.id], { type: 'ABOUT', direction: 'in', sort: { on: 'relationship', property: 'stance', direction: 'ASC' } }),
      (store: GrafeoStore) => store.getRelationships(abouts.map((r) => r.id)),
      (store: GrafeoStore) => store.getNodes(statements.map((n) => n.id)),
    ];
    const stances = ['critical', 'supportive', 'neutral'] as const;
    const batch = (i: number): WriteBatch => {
      const about = abouts[i % abouts.length];
      if (i % 5 === 4) return { deleteRelationships: [about.id] };
      const statement = statements[i % statements.length];
      return { nodes: [{ ...statement, properties: { ...statement.properties, confidence: (i % 10) / 10 } }], relationships: [{ ...about, properties: { stance: stances[i % 3] } }] };
    };
    // Readers keep reading while writes go one at a time (so that each write's commit is accounted for and the
    // memory carries over it); after each, the reads must equal Cypher's on the same writes.
    let writing = true;
    const readers = Array.from({ length: 6 }, async (_, r) => {
      // Direct reads settle in microtasks: a reader that never waits for the next turn would starve the writes.
      for (let n = 0; writing; n++) await (n % 3 ? asks[r % asks.length](direct) : new Promise(setImmediate));
    });
    try {
      for (let i = 0; i < 60; i++) {
        await direct.write(batch(i));
        await cypher.write(batch(i));
        for (const ask of asks) expect(await ask(direct), `after write ${i}`).toEqual(await ask(cypher));
        if (i % 5 === 4) for (const store of [direct, cypher]) await store.write({ relationships: [abouts[i % abouts.length]] });
      }
    } finally {
      writing = false;
      await Promise.all(readers);
    }
  });

  it('forgets a deleted node, and finds one created again with its id', async () => {
    const statement = plan.nodes.find((n) => n.label === 'Statement')!;
    const said = plan.relationships.find((r) => r.type === 'SAID' && r.to === statement.id)!;
    expect((await direct.getNodes([statement.id]))[0]?.id).toBe(statement.id);
    expect((await direct.related([said.from], { type: 'SAID', direction: 'out' }))[0].map((h) => h.node.id)).toContain(statement.id);
    for (const store of [direct, cypher]) await store.write({ deleteNodes: [statement.id] });
    expect(await direct.getNodes([statement.id])).toEqual([null]);
    expect(await direct.related([said.from], { type: 'SAID', direction: 'out' })).toEqual(await cypher.related([said.from], { type: 'SAID', direction: 'out' }));
    for (const store of [direct, cypher]) await store.write({ nodes: [statement], relationships: [said] });
    expect(await direct.getNodes([statement.id])).toEqual(await cypher.getNodes([statement.id]));
    expect(await direct.related([statement.id], { type: 'SAID', direction: 'in' })).toEqual(await cypher.related([statement.id], { type: 'SAID', direction: 'in' }));
  });
});
