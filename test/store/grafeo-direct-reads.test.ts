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
import type { RelatedQuery, Subgraph } from '../../src/store/port.js';

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

  it('remembers edges across the writes that do not change them, and reads the ones they change again', async () => {
    const db = (direct as unknown as { db: { getEdge: (h: number) => unknown } }).db;
    const original = db.getEdge.bind(db);
    let edgeReads = 0;
    db.getEdge = (h) => {
      edgeReads++;
      return original(h);
    };
    const report = plan.nodes.find((n) => n.label === 'Report' && plan.relationships.filter((r) => r.type === 'ABOUT' && r.to === n.id).length >= 3)!;
    const abouts = plan.relationships.filter((r) => r.type === 'ABOUT' && r.to === report.id);
    const ask = (store: GrafeoStore) => store.related([report.id], { type: 'ABOUT', direction: 'in' });
    const same = async () => expect(await ask(direct)).toEqual(await ask(cypher));
    try {
      await same();
      const restanced = { ...abouts[0], properties: { stance: abouts[0].properties.stance === 'critical' ? 'supportive' : 'critical' } };
      for (const store of [direct, cypher]) await store.write({ relationships: [restanced] });
      edgeReads = 0;
      await same();
      expect(edgeReads).toBe(1);
      for (const store of [direct, cypher]) await store.write({ deleteRelationships: [abouts[1].id] });
      await same();
      // Across a write that deletes nodes, or a bulk create, nothing is remembered.
      const person = { id: 'person:edge-cache-test', label: 'Person' as const, properties: { name: 'Edge Cache' } };
      for (const store of [direct, cypher]) await store.write({ nodes: [person], createOnly: true });
      edgeReads = 0;
      await same();
      expect(edgeReads).toBe(abouts.length - 1);
      for (const store of [direct, cypher]) await store.write({ deleteNodes: [person.id], relationships: [abouts[1]] });
      await same();
    } finally {
      db.getEdge = original;
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
