/**
 * One contract for every GraphStore adapter, in the shape of Apollo's
 * integration test suite: each adapter's test file calls this with a factory.
 * Every test writes ids under its own prefix and deletes them afterwards, so
 * the suite can share a Neo4j database.
 */
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { relationshipId } from '../../src/model/ids.js';
import type { NodeRecord, Properties, RelationshipRecord } from '../../src/model/records.js';
import type { Label, RelationshipType } from '../../src/model/schema.js';
import { normaliseWords, searchTextOf } from '../../src/model/search-text.js';
import { ValidationError } from '../../src/errors.js';
import type { GraphStore, SearchQuery } from '../../src/store/port.js';
import { deleteByPrefix, uniquePrefix, type TestStore } from '../support/stores.js';

export function node(label: Label, id: string, properties: Properties): NodeRecord {
  return { id, label, properties };
}

export function rel(type: RelationshipType, from: string, to: string, properties: Properties = {}): RelationshipRecord {
  return { id: relationshipId(type, from, to, properties), type, from, to, properties };
}

/** A small graph in the shape of the real one: people, an organisation, a report, statements about it. */
export function fixture(p: string) {
  const ids = {
    wood: `person:${p}-alan-wood`,
    wilshaw: `person:${p}-michael-wilshaw`,
    cleary: `person:${p}-jo-cleary`,
    adcs: `organisation:${p}-adcs`,
    ofsted: `organisation:${p}-ofsted`,
    report: `report:${p}-annual-2014`,
    sif: `framework:${p}-sif`,
    source: `source:${p}-guardian`,
    s1: `statement:${p}-1`,
    s2: `statement:${p}-2`,
    s3: `statement:${p}-3`,
    slough: `council:${p}-slough`,
    rating: `rating:${p}-slough-2014`,
  };
  const text = 'Alan Wood said the findings were simply not credible. Jo Cleary said it is seriously worrying.';
  const nodes: NodeRecord[] = [
    node('Person', ids.wood, { name: 'Alan Wood', aliases: ['Wood'] }),
    node('Person', ids.wilshaw, { name: 'Sir Michael Wilshaw', aliases: ['Sir Michael Wishaw', 'sir micahel wilshaw'] }),
    node('Person', ids.cleary, { name: 'Jo Cleary' }),
    node('Organisation', ids.adcs, { name: "Association of Directors of Children's Services", kind: 'association', aliases: ['ADCS'] }),
    node('Organisation', ids.ofsted, { name: 'Ofsted', kind: 'regulator' }),
    node('Report', ids.report, { title: 'Social care annual report 2013-14', date: '2014-12-02', period: '2013-14' }),
    node('Framework', ids.sif, { name: 'Single inspection framework', aliases: ['SIF'], introduced: '2013' }),
    node('Source', ids.source, { title: 'The sector responds', text, contentHash: 'x', date: '2014-12' }),
    node('Statement', ids.s1, { text: 'simply not credible', kind: 'quote', date: '2014-12-02', codedBy: 'seed:test', confidence: 1 }),
    node('Statement', ids.s2, { text: 'it is seriously worrying', kind: 'quote', date: '2014-12', codedBy: 'seed:test', confidence: 0.9 }),
    node('Statement', ids.s3, { text: 'We believe this framework does not get to the heart', kind: 'quote', date: '2014', codedBy: 'seed:test', confidence: 1 }),
    node('Council', ids.slough, { name: 'Slough' }),
    node('Rating', ids.rating, { grade: 'inadequate', ordinal: 4, period: '2013-14', date: '2014-12' }),
  ];
  const relationships: RelationshipRecord[] = [
    rel('HELD_ROLE', ids.wood, ids.adcs, { title: 'president', asOf: '2014' }),
    rel('HELD_ROLE', ids.wilshaw, ids.ofsted, { title: 'HM Chief Inspector', from: '2012' }),
    rel('PUBLISHED', ids.ofsted, ids.report),
    rel('SAID', ids.wood, ids.s1),
    rel('SAID', ids.cleary, ids.s2),
    rel('SAID', ids.wood, ids.s3),
    rel('ABOUT', ids.s1, ids.report, { stance: 'critical' }),
    rel('ABOUT', ids.s2, ids.report, { stance: 'mixed' }),
    rel('ABOUT', ids.s3, ids.sif, { stance: 'critical' }),
    rel('SOURCED_FROM', ids.s1, ids.source, { start: 33, end: 52 }),
    rel('SOURCED_FROM', ids.s2, ids.source, { start: 69, end: 93 }),
    rel('RATING_OF', ids.rating, ids.slough),
    rel('RATED_BY', ids.rating, ids.ofsted),
    rel('IN_REPORT', ids.rating, ids.report),
    rel('UNDER_FRAMEWORK', ids.rating, ids.sif),
    // Derived, as the loader derives them (Wood's role has no bounds): what the organisations filter and breakdown read.
    rel('SPOKE_FOR', ids.s1, ids.adcs, { via: ids.wood }),
    rel('SPOKE_FOR', ids.s3, ids.adcs, { via: ids.wood }),
  ];
  return { ids, nodes, relationships };
}

export function defineGraphStoreContract(name: string, createStore: () => Promise<TestStore>) {
  describe(`GraphStore contract: ${name}`, () => {
    let handle: TestStore;
    let store: GraphStore;
    let prefix: string;
    let f: ReturnType<typeof fixture>;

    beforeAll(async () => {
      handle = await createStore();
      store = handle.store;
    });
    afterAll(async () => {
      await handle?.dispose();
    });
    beforeEach(async () => {
      prefix = uniquePrefix();
      f = fixture(prefix);
      await store.write({ nodes: f.nodes, relationships: f.relationships });
    });
    afterEach(async () => {
      await deleteByPrefix(store, prefix);
    });

    it('sets up constraints and indexes again without error', async () => {
      await expect(store.setup()).resolves.toBeUndefined();
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('reads nodes in the order and length of the ids, null for unknown ones', async () => {
      const got = await store.getNodes([f.ids.report, `person:${prefix}-nobody`, f.ids.wood, 'not-an-id', f.ids.wood]);
      expect(got.map((n) => n?.id ?? null)).toEqual([f.ids.report, null, f.ids.wood, null, f.ids.wood]);
      expect(got[0]).toEqual(f.nodes.find((n) => n.id === f.ids.report));
      expect(got[2]?.properties).toEqual({ name: 'Alan Wood', aliases: ['Wood'] });
    });

    it('reads relationships by id, null for unknown ones', async () => {
      const said = f.relationships.find((r) => r.type === 'SAID')!;
      const role = f.relationships.find((r) => r.type === 'HELD_ROLE')!;
      const missing = relationshipId('SAID', f.ids.cleary, f.ids.s1);
      const got = await store.getRelationships([role.id, missing, said.id, 'garbage']);
      expect(got).toEqual([role, null, said, null]);
    });

    it('is idempotent: the same batch twice changes nothing', async () => {
      const before = { labels: await store.countByLabel(), types: await store.countByRelationshipType() };
      const summary = await store.write({ nodes: f.nodes, relationships: f.relationships });
      expect(summary).toMatchObject({ nodesWritten: f.nodes.length, relationshipsWritten: f.relationships.length });
      expect(await store.countByLabel()).toEqual(before.labels);
      expect(await store.countByRelationshipType()).toEqual(before.types);
      expect(await store.getNodes(f.nodes.map((n) => n.id))).toEqual(f.nodes);
    });

    it('replaces properties on upsert: a property left out is removed', async () => {
      await store.write({ nodes: [node('Person', f.ids.wood, { name: 'Alan Wood CBE' })] });
      const [wood] = await store.getNodes([f.ids.wood]);
      expect(wood?.properties).toEqual({ name: 'Alan Wood CBE' });
    });

    it('writes nothing of a batch that fails: a relationship to a missing node', async () => {
      const extra = node('Person', `person:${prefix}-new`, { name: 'New Person' });
      const dangling = rel('SAID', extra.id, `statement:${prefix}-missing`);
      await expect(store.write({ nodes: [extra], relationships: [dangling] })).rejects.toBeInstanceOf(ValidationError);
      expect(await store.getNodes([extra.id])).toEqual([null]);
    });

    it('writes upserts and deletions of several labels and types as one batch, and counts each kind', async () => {
      // One statement on both stores (renderSequence): each part's count must come back to its own kind.
      const person = node('Person', `person:${prefix}-batch`, { name: 'Batch Person' });
      const org = node('Organisation', `organisation:${prefix}-batch`, { name: 'Batch Org' });
      const gone = node('Person', `person:${prefix}-gone`, { name: 'Gone Person' });
      const role = rel('HELD_ROLE', person.id, org.id, { title: 'Member' });
      await store.write({ nodes: [gone] });
      const summary = await store.write({ nodes: [person, org], relationships: [role, rel('SAID', person.id, f.ids.s1)], deleteRelationships: [relationshipId('SAID', person.id, f.ids.s1)], deleteNodes: [gone.id] });
      expect(summary).toEqual({ nodesWritten: 2, relationshipsWritten: 2, relationshipsDeleted: 1, nodesDeleted: 1 });
      expect(await store.getNodes([person.id, org.id, gone.id])).toEqual([person, org, null]);
      expect(await store.getRelationships([role.id, relationshipId('SAID', person.id, f.ids.s1)])).toEqual([role, null]);
      await store.write({ deleteNodes: [person.id, org.id] });
    });

    it('creates new records (createOnly) exactly as an upsert writes them: every read agrees', async () => {
      // The same fixture under a second prefix, created instead of upserted; each question asked of both copies.
      const created = fixture(`${prefix}c`);
      const summary = await store.write({ nodes: created.nodes, relationships: created.relationships, createOnly: true });
      expect(summary).toMatchObject({ nodesWritten: created.nodes.length, relationshipsWritten: created.relationships.length });
      const ask = async (g: ReturnType<typeof fixture>, mine: string) => {
        const statements = async (filter: Parameters<GraphStore['findStatements']>[0]['filter']) =>
          (await store.findStatements({ filter, sort: { property: 'date', direction: 'DESC' }, limit: 50 })).nodes.filter((n) => n.id.includes(mine));
        return {
          nodes: await store.getNodes(g.nodes.map((n) => n.id)),
          relationships: await store.getRelationships(g.relationships.map((r) => r.id)),
          out: await store.related([g.ids.wood, g.ids.rating], { type: 'SAID', direction: 'out', sort: { on: 'node', property: 'date', direction: 'DESC' } }),
          in: await store.related([g.ids.report, g.ids.source], { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: 'critical' } } }),
          offsets: await store.related([g.ids.source], { type: 'SOURCED_FROM', direction: 'in', relationshipFilter: { start: { gte: 40 } } }),
          roles: await store.related([g.ids.wilshaw], { type: 'HELD_ROLE', direction: 'out', relationshipFilter: { fromFrom: { lte: '2012-06-01' } } }),
          // Derived columns: the date interval, and the words for search.
          byDate: await statements({ speakers: [g.ids.wood, g.ids.cleary], dateFrom: '2014-06-01', dateTo: '2014-12-01' }),
          byText: await statements({ speakers: [g.ids.wood, g.ids.cleary], text: 'credible' }),
          search: (await store.search({ words: normaliseWords('wilshaw adcs credible'), labels: ['Person', 'Organisation', 'Statement'], limit: 100 }))
            .map((h) => h.node.id).filter((id) => id.includes(`${mine}-`)).sort(),
          ratings: await store.gradeCounts({ reports: [g.ids.report] }),
        };
      };
      const upserted = await ask(f, prefix);
      expect(upserted.byDate.length).toBeGreaterThan(0);
      expect(upserted.search.length).toBeGreaterThan(0);
      expect(JSON.stringify(await ask(created, `${prefix}c`)).replaceAll(`${prefix}c-`, `${prefix}-`)).toBe(JSON.stringify(upserted));

      // A third copy as the bulk loader writes it: nodes first, then relationships alone (a store may take another path for those).
      const loaded = fixture(`${prefix}l`);
      await store.write({ nodes: loaded.nodes, createOnly: true });
      expect(await store.write({ relationships: loaded.relationships, createOnly: true })).toEqual({
        nodesWritten: 0, relationshipsWritten: loaded.relationships.length, relationshipsDeleted: 0, nodesDeleted: 0,
      });
      expect(JSON.stringify(await ask(loaded, `${prefix}l`)).replaceAll(`${prefix}l-`, `${prefix}-`)).toBe(JSON.stringify(upserted));
    });

    it('writes nothing of a createOnly batch that fails: a missing endpoint, or a node id already there', async () => {
      const extra = node('Person', `person:${prefix}-new`, { name: 'New Person' });
      const dangling = rel('SAID', extra.id, `statement:${prefix}-missing`);
      await expect(store.write({ nodes: [extra], relationships: [dangling], createOnly: true })).rejects.toThrow(/endpoint that does not exist/);
      expect(await store.getNodes([extra.id])).toEqual([null]);
      // Relationships alone: one with a missing endpoint, at either end, fails the others with it.
      const fine = rel('SAID', f.ids.wood, f.ids.s2);
      for (const bad of [dangling, rel('SAID', `person:${prefix}-nobody`, f.ids.s1)]) {
        await expect(store.write({ relationships: [fine, bad], createOnly: true })).rejects.toThrow(/1 of 2 SAID relationships name an endpoint that does not exist/);
        expect(await store.getRelationships([fine.id])).toEqual([null]);
      }
      const again = node('Person', f.ids.wood, { name: 'Alan Wood, created twice' });
      await expect(store.write({ nodes: [extra, again], createOnly: true })).rejects.toThrow();
      expect(await store.getNodes([extra.id, f.ids.wood])).toEqual([null, f.nodes.find((n) => n.id === f.ids.wood)]);
    });

    it('writes createOnly batches sent at once, on shared endpoints, each whole, and a failing one alone fails', async () => {
      // How a bulk load sends them (up to bulkLoadConcurrency in flight): many edges on the same few nodes.
      const statements = Array.from({ length: 60 }, (_, i) => node('Statement', `statement:${prefix}-many-${i}`, { text: `words ${i}`, kind: 'quote', date: '2014' }));
      await store.write({ nodes: statements, createOnly: true });
      const about = statements.map((s) => rel('ABOUT', s.id, f.ids.report, { stance: 'critical' }));
      const said = statements.map((s) => rel('SAID', f.ids.cleary, s.id));
      const dangling = [rel('SAID', f.ids.wood, statements[0].id), rel('SAID', f.ids.wood, `statement:${prefix}-missing`)];
      const batches = [about.slice(0, 30), about.slice(30), said.slice(0, 30), said.slice(30), dangling];
      const results = await Promise.allSettled(batches.map((relationships) => store.write({ relationships, createOnly: true })));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
      const [aboutReport] = await store.countRelated([f.ids.report], { type: 'ABOUT', direction: 'in', otherLabel: 'Statement', nodeFilter: { text: { startsWith: 'words ' } } });
      expect(aboutReport).toBe(60);
      expect((await store.getRelationships([...said, ...dangling].map((r) => r.id))).map((r) => r !== null)).toEqual([...said.map(() => true), false, false]);
      await store.write({ deleteNodes: statements.map((s) => s.id) });
    });

    it('finds neighbours for many parents at once, filtered, sorted and limited per parent', async () => {
      const said = await store.related([f.ids.wood, f.ids.cleary, f.ids.wilshaw], {
        type: 'SAID', direction: 'out', otherLabel: 'Statement', sort: { on: 'node', property: 'text', direction: 'ASC' },
      });
      expect(said.map((hits) => hits.map((h) => h.node.id))).toEqual([[f.ids.s3, f.ids.s1], [f.ids.s2], []]);
      expect(said[0][0].relationship).toEqual(f.relationships.find((r) => r.type === 'SAID' && r.to === f.ids.s3));

      const limited = await store.related([f.ids.wood], { type: 'SAID', direction: 'out', otherLabel: 'Statement', limit: 1 });
      expect(limited[0]).toHaveLength(1);
      const byDate = { type: 'SAID', direction: 'out', otherLabel: 'Statement', sort: { on: 'node', property: 'dateFrom', direction: 'DESC' }, limit: 1 } as const;
      const [[newest]] = await store.related([f.ids.wood], byDate);
      expect(newest.key).toEqual({ value: '2014-12-02', id: f.ids.s1 });
      const [[next]] = await store.related([f.ids.wood], { ...byDate, after: newest.key });
      expect(next.node.id).toBe(f.ids.s3);

      const critics = await store.related([f.ids.report], { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: 'critical' } } });
      expect(critics[0].map((h) => h.node.id)).toEqual([f.ids.s1]);
      expect(critics[0][0].relationship.from).toBe(f.ids.s1);

      const dated = await store.related([f.ids.wood], {
        type: 'SAID', direction: 'out', otherLabel: 'Statement', nodeFilter: { dateFrom: { gte: '2014-06-01' } },
      });
      expect(dated[0].map((h) => h.node.id)).toEqual([f.ids.s1]);

      const byRelationship = await store.related([f.ids.wilshaw, f.ids.wood], {
        type: 'HELD_ROLE', direction: 'out', sort: { on: 'relationship', property: 'title', direction: 'DESC' },
      });
      expect(byRelationship.map((hits) => hits.map((h) => h.relationship.properties.title))).toEqual([['HM Chief Inspector'], ['president']]);

      expect(await store.countRelated([f.ids.wood, f.ids.report, f.ids.cleary], { type: 'SAID', direction: 'out' })).toEqual([2, 0, 1]);
      expect(await store.countRelated([f.ids.report], { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { in: ['critical', 'mixed'] } } })).toEqual([2]);
    });

    it('leaves a source\'s text out of neighbour reads only when asked (omitLarge)', async () => {
      const sourced = { type: 'SOURCED_FROM', direction: 'out' } as const;
      const [[whole]] = await store.related([f.ids.s1], sourced);
      const [[light]] = await store.related([f.ids.s1], { ...sourced, omitLarge: true });
      const stored = (await store.getNodes([f.ids.source]))[0]!;
      expect(whole.node).toEqual(stored);
      expect(stored.properties.text).toEqual(expect.any(String));
      const { text: _text, ...withoutText } = stored.properties;
      expect(light.node).toEqual({ ...stored, properties: withoutText });
      expect(light.relationship).toEqual(whole.relationship);
      // A statement keeps its words: only properties declared large are left out.
      const [[statement]] = await store.related([f.ids.wood], { type: 'SAID', direction: 'out', otherLabel: 'Statement', limit: 1, omitLarge: true });
      expect(statement.node.properties.text).toEqual(expect.any(String));
    });

    it('reads only the asked properties of neighbours (properties), and only the model\'s keys among them', async () => {
      const sourced = { type: 'SOURCED_FROM', direction: 'out' } as const;
      const stored = (await store.getNodes([f.ids.source]))[0]!;
      const [[titled]] = await store.related([f.ids.s1], { ...sourced, properties: ['title'] });
      expect(titled.node).toEqual({ ...stored, properties: { title: stored.properties.title } });
      // Names that are not model keys are ignored, never written into a statement.
      const [[bare]] = await store.related([f.ids.s1], { ...sourced, properties: ['title`} DETACH DELETE other //', 'searchText'] });
      expect(bare.node).toEqual({ ...stored, properties: {} });
      expect((await store.getNodes([f.ids.source]))[0]).toEqual(stored);
      // The relationship comes whole whatever is asked of the node.
      const [[whole]] = await store.related([f.ids.s1], sourced);
      expect(titled.relationship).toEqual(whole.relationship);
      // Asked of a neighbour that may have several labels: each node gets the asked keys its label has.
      const [targets] = await store.related([f.ids.s1], { type: 'ABOUT', direction: 'out', properties: ['title', 'name'] });
      expect(targets.length).toBeGreaterThan(0);
      for (const { node } of targets) {
        const full = (await store.getNodes([node.id]))[0]!;
        const expected = Object.fromEntries(Object.entries(full.properties).filter(([key]) => ['title', 'name'].includes(key)));
        expect(node).toEqual({ ...full, properties: expected });
      }
    });

    it('pages with keyset cursors through ties in a stable total order, both directions', async () => {
      const people = ['B', 'A', 'B', 'C', 'B', 'A'].map((name, i) => node('Person', `person:${prefix}-tie-${i}`, { name: `Tie ${name}` }));
      await store.write({ nodes: people });
      const filter = { id: { startsWith: `person:${prefix}-tie-` } };
      for (const direction of ['ASC', 'DESC'] as const) {
        const expected = [...people]
          .sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name)) || a.id.localeCompare(b.id))
          .map((n) => n.id);
        if (direction === 'DESC') expected.reverse();
        const seen: string[] = [];
        let after;
        for (let pages = 0; pages < 10; pages++) {
          const page = await store.list({ label: 'Person', filter, sort: { property: 'name', direction }, after, limit: 2 });
          seen.push(...page.nodes.map((n) => n.id));
          if (!page.hasMore) break;
          after = page.keys.at(-1);
        }
        expect(seen).toEqual(expected);
      }
      expect(await store.count('Person', filter)).toBe(6);
      expect(await store.count('Person', { ...filter, name: { eq: 'Tie B' } })).toBe(3);
    });

    it('filters by date intervals, comparing as strings identically on every store', async () => {
      // A statement dated "2014" covers all of 2014: it overlaps a range in June 2014; "2014-12" does not.
      const overlapsJune = { id: { startsWith: `statement:${prefix}` }, dateFrom: { lte: '2014-06-30' }, dateTo: { gte: '2014-06-01' } };
      const page = await store.list({ label: 'Statement', filter: overlapsJune, limit: 10 });
      expect(page.nodes.map((n) => n.id)).toEqual([f.ids.s3]);
    });

    it('filters explicit relationships by their date columns, and refuses one on a derived relationship (it stores none)', async () => {
      const roles = await store.related([f.ids.wood, f.ids.wilshaw], { type: 'HELD_ROLE', direction: 'out', relationshipFilter: { fromFrom: { lte: '2012-12-31' } } });
      expect(roles.map((hits) => hits.map((h) => h.node.id))).toEqual([[], [f.ids.ofsted]]);
      const derived = rel('CRITICISED', f.ids.wood, f.ids.report, { evidence: [f.ids.s1], weight: 1, firstDate: '2014-06', lastDate: '2014-06' });
      await store.write({ relationships: [derived] });
      const [critics] = await store.related([f.ids.report], { type: 'CRITICISED', direction: 'in' });
      expect(critics.map((h) => h.relationship.properties)).toEqual([derived.properties]);
      await expect(store.related([f.ids.report], { type: 'CRITICISED', direction: 'in', relationshipFilter: { lastDateFrom: { gte: '2014-01-01' } } }))
        .rejects.toThrow('CRITICISED has no property "lastDateFrom"');
      await store.write({ deleteRelationships: [derived.id] });
    });

    it('refuses to filter on a property the model does not declare', async () => {
      await expect(store.list({ label: 'Person', filter: { 'name` OR true //': { eq: 'x' } }, limit: 1 })).rejects.toBeInstanceOf(ValidationError);
    });

    it('finds nodes by any of their words in names, aliases and statement text', async () => {
      const search = (text: string, labels: Label[]) => store.search({ words: normaliseWords(text), labels, limit: 50 }).then((hits) => hits.map((h) => h.node.id).filter((id) => id.includes(prefix)).sort());
      expect(await search('Wishaw', ['Person'])).toEqual([f.ids.wilshaw]);
      expect(await search('adcs', ['Organisation', 'Person'])).toEqual([f.ids.adcs]);
      expect(await search("Children's", ['Organisation'])).toEqual([f.ids.adcs]);
      expect(await search('credible worrying', ['Statement'])).toEqual([f.ids.s1, f.ids.s2].sort());
      expect(await search('credible', ['Person', 'Rating'])).toEqual([]);
    });

    it('reads only the asked properties of nodes by id and of a subgraph\'s nodes (properties), and only the model\'s keys among them', async () => {
      const ids = [f.ids.wilshaw, f.ids.source, f.ids.s1];
      const whole = await store.getNodes(ids);
      const only = (node: NodeRecord | null, keys: string[]) => node && { ...node, properties: Object.fromEntries(Object.entries(node.properties).filter(([key]) => keys.includes(key))) };
      expect(await store.getNodes(ids, ['name', 'title', 'date'])).toEqual(whole.map((n) => only(n, ['name', 'title', 'date'])));
      expect(await store.getNodes([...ids, `person:${prefix}-missing`], ['name`] AS values //', 'searchText'])).toEqual([...whole.map((n) => only(n, [])), null]);
      expect(await store.getNodes(ids)).toEqual(whole);
      const query = { seeds: [f.ids.report], depth: 2, limit: 100 };
      const full = await store.subgraph(query);
      const light = await store.subgraph({ ...query, properties: ['title', 'name'] });
      const byId = (nodes: NodeRecord[]) => [...nodes].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(light.nodes)).toEqual(byId(full.nodes).map((n) => only(n, ['title', 'name'])));
      expect(light.relationships.map((r) => r.id).sort()).toEqual(full.relationships.map((r) => r.id).sort());
    });

    it('reads of its search hits only the asked properties (properties), or all, and never a large one', async () => {
      const hitOf = async (id: string, query: Omit<SearchQuery, 'limit'>) => (await store.search({ ...query, limit: 50 })).find((h) => h.node.id === id)?.node;
      const stored = (await store.getNodes([f.ids.source]))[0]!;
      const words = normaliseWords('sector responds');
      // A source found by its title comes without its text, whatever its text holds.
      const { text: _text, ...withoutText } = stored.properties;
      expect(stored.properties.text).toEqual(expect.any(String));
      expect(await hitOf(f.ids.source, { words, labels: ['Source'] })).toEqual({ ...stored, properties: withoutText });
      expect(await hitOf(f.ids.source, { words, labels: ['Source'], properties: ['title', 'text'] })).toEqual({ ...stored, properties: { title: stored.properties.title } });
      // Names that are not model keys are ignored, never written into a statement.
      expect(await hitOf(f.ids.source, { words, labels: ['Source'], properties: ['title`] AS values, 1 AS score //', 'searchText'] })).toEqual({ ...stored, properties: {} });
      expect((await store.getNodes([f.ids.source]))[0]).toEqual(stored);
      const person = (await store.getNodes([f.ids.wilshaw]))[0]!;
      expect(await hitOf(f.ids.wilshaw, { words: ['wilshaw'], labels: ['Person'], properties: ['name', 'title'] })).toEqual({ ...person, properties: { name: person.properties.name } });
    });

    it('expands a subgraph breadth-first to a depth, filtered and capped', async () => {
      const one = await store.subgraph({ seeds: [f.ids.report], depth: 1, limit: 100 });
      expect(one.nodes.map((n) => n.id).sort()).toEqual([f.ids.report, f.ids.ofsted, f.ids.s1, f.ids.s2, f.ids.rating].sort());
      expect(one.truncated).toBe(false);

      const two = await store.subgraph({ seeds: [f.ids.report], depth: 2, relationshipTypes: ['ABOUT', 'SAID'], limit: 100 });
      expect(two.nodes.map((n) => n.id).sort()).toEqual([f.ids.report, f.ids.s1, f.ids.s2, f.ids.wood, f.ids.cleary].sort());
      expect(two.relationships.map((r) => r.type).sort()).toEqual(['ABOUT', 'ABOUT', 'SAID', 'SAID']);

      const capped = await store.subgraph({ seeds: [f.ids.report], depth: 2, limit: 2 });
      expect(capped.relationships).toHaveLength(2);
      expect(capped.truncated).toBe(true);
    });

    it('lists relationships of some types across the whole graph, by label, capped', async () => {
      const mine = (rels: RelationshipRecord[]) => rels.filter((r) => r.from.includes(prefix)).map((r) => `${r.from}>${r.to}`).sort();
      const all = await store.relationshipsOfTypes({ types: ['HELD_ROLE', 'PUBLISHED'], limit: 100_000 });
      expect(mine(all.relationships)).toEqual([`${f.ids.ofsted}>${f.ids.report}`, `${f.ids.wilshaw}>${f.ids.ofsted}`, `${f.ids.wood}>${f.ids.adcs}`].sort());
      expect(all.truncated).toBe(false);
      const held = all.relationships.find((r) => r.from === f.ids.wood)!;
      expect(held).toMatchObject({ type: 'HELD_ROLE', to: f.ids.adcs, properties: { title: 'president', asOf: '2014' } });
      const people = await store.relationshipsOfTypes({ types: ['HELD_ROLE', 'PUBLISHED'], labels: ['Person', 'Organisation'], limit: 100_000 });
      expect(mine(people.relationships)).toEqual([`${f.ids.wilshaw}>${f.ids.ofsted}`, `${f.ids.wood}>${f.ids.adcs}`].sort());
      const capped = await store.relationshipsOfTypes({ types: ['HELD_ROLE'], limit: 1 });
      expect(capped.relationships).toHaveLength(1);
      expect(capped.truncated).toBe(true);
    });

    it('finds a shortest path between two nodes, or none', async () => {
      // Two paths of length 4 (through the report, through the source): the one whose ids sort first wins on every store.
      const path = await store.shortestPath(f.ids.cleary, f.ids.wood, 4);
      expect(path?.nodes.map((n) => n.id)).toEqual([f.ids.cleary, f.ids.s2, f.ids.report, f.ids.s1, f.ids.wood]);
      const viaSource = await store.shortestPath(f.ids.cleary, f.ids.wood, 4, ['SAID', 'SOURCED_FROM']);
      expect(viaSource?.nodes.map((n) => n.id)).toEqual([f.ids.cleary, f.ids.s2, f.ids.source, f.ids.s1, f.ids.wood]);
      expect(path?.relationships.map((r) => r.type)).toEqual(['SAID', 'ABOUT', 'ABOUT', 'SAID']);
      expect(await store.shortestPath(f.ids.cleary, f.ids.wood, 2)).toBeNull();
      expect(await store.shortestPath(f.ids.wood, f.ids.sif, 3, ['SAID'])).toBeNull();
    });

    it('deletes relationships and detach-deletes nodes', async () => {
      const about = f.relationships.find((r) => r.type === 'ABOUT' && r.from === f.ids.s1)!;
      const summary = await store.write({ deleteRelationships: [about.id], deleteNodes: [f.ids.s2] });
      expect(summary).toMatchObject({ relationshipsDeleted: 1, nodesDeleted: 1 });
      expect(await store.getRelationships([about.id])).toEqual([null]);
      expect(await store.getNodes([f.ids.s2])).toEqual([null]);
      expect(await store.countRelated([f.ids.cleary], { type: 'SAID', direction: 'out' })).toEqual([0]);
    });

    it('finds statements by speaker, organisation, target and stance, kind, date, source and words', async () => {
      const find = async (filter: Parameters<GraphStore['findStatements']>[0]['filter']) => {
        const page = await store.findStatements({ filter, limit: 50 });
        return page.nodes.map((n) => n.id).filter((id) => id.includes(prefix)).sort();
      };
      expect(await find({ speakers: [f.ids.wood] })).toEqual([f.ids.s1, f.ids.s3]);
      expect(await find({ organisations: [f.ids.adcs] })).toEqual([f.ids.s1, f.ids.s3]);
      expect(await find({ targets: [f.ids.report] })).toEqual([f.ids.s1, f.ids.s2]);
      expect(await find({ targets: [f.ids.report], stances: ['critical'] })).toEqual([f.ids.s1]);
      expect(await find({ speakers: [f.ids.wood, f.ids.cleary], stances: ['mixed'] })).toEqual([f.ids.s2]);
      expect(await find({ speakers: [f.ids.wood], dateFrom: '2014-06-01', dateTo: '2014-06-30' })).toEqual([f.ids.s3]);
      expect(await find({ sources: [f.ids.source], kinds: ['quote'] })).toEqual([f.ids.s1, f.ids.s2]);
      expect(await find({ speakers: [f.ids.wood, f.ids.cleary], text: 'CREDIBLE' })).toEqual([f.ids.s1]);
      expect(await store.countStatements({ speakers: [f.ids.wood, f.ids.cleary] })).toBe(3);
      // Candidates come through one filter's relationship (sources, else targets, else speakers); the others still apply.
      expect(await find({ targets: [f.ids.report], speakers: [f.ids.wood] })).toEqual([f.ids.s1]);
      expect(await find({ sources: [f.ids.source], speakers: [f.ids.wood] })).toEqual([f.ids.s1]);
      expect(await store.countStatements({ targets: [f.ids.report], speakers: [f.ids.wood] })).toBe(1);

      const mine = { speakers: [f.ids.wood, f.ids.cleary] };
      const first = await store.findStatements({ filter: mine, sort: { property: 'date', direction: 'DESC' }, limit: 2 });
      const second = await store.findStatements({ filter: mine, sort: { property: 'date', direction: 'DESC' }, after: first.keys.at(-1), limit: 2 });
      // 2014-12-02 and 2014-12 both start on 2014-12-01 or later; "2014" starts on 2014-01-01.
      expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual([f.ids.s1, f.ids.s2, f.ids.s3]);
      expect(first.hasMore).toBe(true);
      expect(second.hasMore).toBe(false);
    });

    it('pages the statements of one speaker, target or source alone as the general statements query does', async () => {
      // Alone, one anchor's statements are read as its neighbours (statementsOfOneAnchor); a filter every
      // statement passes (both kinds) sends the same question down the general path, to compare with.
      for (const filter of [{ speakers: [f.ids.wood] }, { targets: [f.ids.report] }, { sources: [f.ids.source] }]) {
        for (const sort of [{ property: 'date', direction: 'DESC' }, { property: 'date', direction: 'ASC' }, { property: 'id', direction: 'ASC' }] as const) {
          const pages = async (extra: Record<string, unknown>) => {
            const first = await store.findStatements({ filter: { ...filter, ...extra }, sort, limit: 1 });
            const second = await store.findStatements({ filter: { ...filter, ...extra }, sort, after: first.keys.at(-1), limit: 5 });
            return [first, second];
          };
          const [alone, general] = [await pages({}), await pages({ kinds: ['quote', 'paraphrase'] })];
          expect(alone, JSON.stringify({ filter, sort })).toEqual(general);
          expect(alone[0].nodes).toHaveLength(1);
          expect(alone[0].hasMore).toBe(true);
        }
      }
    });

    it('ranks nodes by how many neighbours they have, with keyset pages', async () => {
      const mine = { id: { startsWith: `person:${prefix}` } };
      const ranked = await store.rank({ label: 'Person', filter: mine, related: { type: 'SAID', direction: 'out' }, direction: 'DESC', limit: 2 });
      expect(ranked.nodes.map((n) => n.id)).toEqual([f.ids.wood, f.ids.cleary]);
      expect(ranked.keys.map((k) => k.value)).toEqual([2, 1]);
      const rest = await store.rank({ label: 'Person', filter: mine, related: { type: 'SAID', direction: 'out' }, direction: 'DESC', after: ranked.keys.at(-1), limit: 2 });
      expect(rest.nodes.map((n) => n.id)).toEqual([f.ids.wilshaw]);
      const critical = await store.rank({
        label: 'Report', filter: { id: { startsWith: `report:${prefix}` } },
        related: { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: 'critical' } } }, direction: 'DESC', limit: 5,
      });
      expect(critical.keys).toEqual([{ value: 1, id: f.ids.report }]);
    });

    it('gives a label’s indexed words, each node’s as one normalised text, up to a limit', async () => {
      const people = await store.searchTexts('Person', 100_000);
      expect(people).toContain(searchTextOf(['Sir Michael Wilshaw', ['Sir Michael Wishaw', 'sir micahel wilshaw']]));
      expect(people).toContain('alan wood wood');
      expect(people).toContain('jo cleary');
      expect(people.every((text) => text === normaliseWords(text).join(' '))).toBe(true);
      expect(await store.searchTexts('Organisation', 100_000)).toContain(searchTextOf(["Association of Directors of Children's Services", ['ADCS']]));
      // A node without searchable words (a Rating) gives none; the limit holds.
      expect(await store.searchTexts('Rating', 100_000)).toEqual([]);
      expect(await store.searchTexts('Person', 2)).toHaveLength(2);
    });

    it('counts a target’s statements per stance, for many targets in one call', async () => {
      const [report, none, framework] = await store.stanceCounts([f.ids.report, `report:${prefix}-none`, f.ids.sif]);
      expect(report).toEqual([
        { stance: 'critical', count: 1 },
        { stance: 'mixed', count: 1 },
      ]);
      expect(none).toEqual([]);
      // The same counts as four filtered countRelated calls, for a target of another label.
      const expected = [];
      for (const stance of ['critical', 'mixed', 'neutral', 'supportive'] as const) {
        const [count] = await store.countRelated([f.ids.sif], { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: stance } } });
        if (count > 0) expected.push({ stance, count });
      }
      expect(expected).toEqual([{ stance: 'critical', count: 1 }]);
      expect(framework).toEqual(expected);
    });

    it('breaks a target’s statements down by stance per speaker and per organisation', async () => {
      const [bySpeaker, none] = await store.stanceBreakdown([f.ids.report, `report:${prefix}-none`], 'speaker');
      expect(bySpeaker).toEqual([
        { groupId: f.ids.wood, stance: 'critical', count: 1 },
        { groupId: f.ids.cleary, stance: 'mixed', count: 1 },
      ]);
      expect(none).toEqual([]);
      const [byOrganisation] = await store.stanceBreakdown([f.ids.report], 'organisation');
      expect(byOrganisation).toEqual([{ groupId: f.ids.adcs, stance: 'critical', count: 1 }]);
    });

    it('counts ratings per report, framework, period and grade', async () => {
      expect(await store.gradeCounts({ reports: [f.ids.report] })).toEqual([
        { reportId: f.ids.report, frameworkId: f.ids.sif, period: '2013-14', grade: 'inadequate', ordinal: 4, count: 1 },
      ]);
    });

    it('counts nodes per label and relationships per type', async () => {
      const labels = await store.countByLabel();
      const types = await store.countByRelationshipType();
      expect(labels.Person).toBeGreaterThanOrEqual(3);
      expect(types.ABOUT).toBeGreaterThanOrEqual(3);
    });
  });
}
