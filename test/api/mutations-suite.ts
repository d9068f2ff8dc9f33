/**
 * Writing through the API, on a real HTTP server over a real store: each
 * mutation's success and its validation errors, nothing written by a
 * failed or unauthenticated mutation, retries written once, derived edges
 * equal to those a fresh seed derives, and merge-then-undo restoring the
 * graph exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { planSeed } from '../../src/seed/plan.js';
import { dumpGraph } from '../../src/seed/dump.js';
import { DERIVED_TYPES } from '../../src/derive/derive.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, tempDir, type TestStore } from '../support/stores.js';
import { startServer, type RunningServer } from '../support/server.js';
import { snapshotGraph } from '../support/snapshot.js';

const WRITER = 'alice';
const WRITER_KEY = 'alice-key-0123456789abcdef';
const READER_KEY = 'reader-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${WRITER_KEY}` };
const SOURCE = 'source:guardian-2015-sector-response';
const REPORT = 'report:ofsted-social-care-annual-report-2013-14';

/** The derived edges a fresh seed of the store's current explicit data would compute. */
export async function derivedFromScratch(store: GraphStore) {
  const dumped = await dumpGraph(store);
  const dir = tempDir('chorus-rederive-');
  try {
    mkdirSync(join(dir.path, 'sources'));
    for (const [file, text] of dumped.texts) writeFileSync(join(dir.path, 'sources', file), text);
    for (const [file, content] of dumped.files) writeFileSync(join(dir.path, file), JSON.stringify(content));
    const plan = planSeed(dir.path);
    expect(plan.problems).toEqual([]);
    return plan.derived.sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    dir.remove();
  }
}

export async function derivedInStore(store: GraphStore) {
  return (await snapshotGraph(store)).relationships.filter((r) => (DERIVED_TYPES as string[]).includes(r.type));
}

export function defineMutationSuite(name: string, createStore: () => Promise<TestStore>) {
  describe(`mutations on ${name}`, () => {
    let handle: TestStore;
    let store: GraphStore;
    let server: RunningServer;
    const mutate = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = AUTH) => server.graphql(query, variables, headers);

    beforeAll(async () => {
      handle = await createStore();
      store = handle.store;
      await clearStore(store);
      await seedStore(store, SEED_DIR);
      server = await startServer(store, { CHORUS_API_KEYS: `${WRITER}:${WRITER_KEY},reader:${READER_KEY}:read`, CHORUS_MAX_COST: '100000' });
    });
    afterAll(async () => {
      await server?.stop();
      if (store) await clearStore(store);
      await handle?.dispose();
    });

    const ADD_ACTOR = `mutation($input: AddActorInput!, $key: String) { addActor(input: $input, idempotencyKey: $key) { applied change { id keyName operation } node { id ... on Actor { name aliases } } } }`;

    it('refuses mutations without a key, with a wrong key, with a key in the wrong place, or a read-only key, and writes nothing', async () => {
      const before = await snapshotGraph(store, { withChanges: true });
      const input = { type: 'PERSON', name: 'Nobody Allowed' };
      const attempts: [Record<string, string>, string, string][] = [
        [{}, '', 'UNAUTHENTICATED'],
        [{ authorization: 'Bearer wrong-key-0123456789abcdef' }, '', 'UNAUTHENTICATED'],
        [{ authorization: WRITER_KEY }, '', 'UNAUTHENTICATED'],
        [{ 'x-api-key': WRITER_KEY }, '', 'UNAUTHENTICATED'],
        [{ ...AUTH }, `?api_key=${WRITER_KEY}`, 'UNAUTHENTICATED'],
        [{ authorization: `Bearer ${READER_KEY}` }, '', 'FORBIDDEN'],
      ];
      for (const [headers, search, code] of attempts) {
        const response = await fetch(`${server.url}/graphql${search}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: ADD_ACTOR, variables: { input } }) });
        const body = await response.json();
        expect(body.errors?.[0]?.extensions?.code, JSON.stringify(headers) + search).toBe(code);
        expect(response.status).toBe(code === 'FORBIDDEN' ? 403 : 401);
      }
      expect(await snapshotGraph(store, { withChanges: true })).toEqual(before);
      // Reads stay open.
      expect((await server.graphql('{ stats { store } }')).body.errors).toBeUndefined();
    });

    it('adds an actor, records who did it, and a retry with the same idempotency key writes once', async () => {
      const input = { type: 'PERSON', name: 'Jane Example', aliases: ['J. Example'], roles: [{ at: 'organisation:adcs', title: 'vice president', asOf: '2015' }] };
      const first = await mutate(ADD_ACTOR, { input, key: 'add-jane' });
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data.addActor).toMatchObject({ applied: true, change: { keyName: WRITER, operation: 'addActor' }, node: { id: 'person:jane-example', name: 'Jane Example' } });
      const retry = await mutate(ADD_ACTOR, { input, key: 'add-jane' });
      expect(retry.body.data.addActor.applied).toBe(false);
      expect(retry.body.data.addActor.change.id).toBe(first.body.data.addActor.change.id);
      const again = await mutate(ADD_ACTOR, { input });
      expect(again.body.data.addActor).toMatchObject({ applied: false, change: null });
      const changes = await server.graphql('{ changes(node: "person:jane-example") { totalCount nodes { ... on Change { operation keyName } } } }');
      expect(changes.body.data.changes.totalCount).toBe(1);
    });

    it('search corrects to names as mutations write them, and forgets names they change away', async () => {
      const SEARCH = `query($text: String!) { search(text: $text, first: 3) { edges { node { matched node { id } } } } }`;
      const firstHit = async (text: string) => (await server.graphql(SEARCH, { text })).body.data.search.edges[0]?.node;
      await firstHit('wilshaw'); // the vocabulary is loaded before the writes below
      const added = await mutate(ADD_ACTOR, { input: { type: 'PERSON', name: 'Ottoline Fairweather' } });
      expect(added.body.errors).toBeUndefined();
      const id = added.body.data.addActor.node.id;
      expect(await firstHit('fairwether')).toMatchObject({ node: { id }, matched: ['fairweather'] });
      const renamed = await mutate(`mutation($id: ID!) { updateNode(id: $id, set: { name: "Ottoline Stormweather" }) { applied } }`, { id });
      expect(renamed.body.errors).toBeUndefined();
      expect(await firstHit('stormwether')).toMatchObject({ node: { id }, matched: ['stormweather'] });
      // No node holds "fairweather" now: the typo is searched as typed and finds nothing.
      expect(await firstHit('fairwether')).toBeUndefined();
    });

    it('names the field of each validation error, and a failed mutation writes nothing', async () => {
      const before = await snapshotGraph(store, { withChanges: true });
      const badKind = await mutate(ADD_ACTOR, { input: { type: 'ORGANISATION', name: 'Odd Body', kind: 'cult' } });
      expect(badKind.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(badKind.body.errors[0].extensions.problems)).toMatch(/kind/);
      const missingRoleTarget = await mutate(ADD_ACTOR, { input: { type: 'PERSON', name: 'Role Less', roles: [{ at: 'organisation:nowhere', title: 'chair' }] } });
      expect(missingRoleTarget.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(missingRoleTarget.body.errors[0].message).toMatch(/input\.roles\.0\.at/);
      const badUpdate = await mutate('mutation { updateNode(id: "person:alan-wood", set: { shoeSize: 9 }) { applied } }');
      expect(badUpdate.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(badUpdate.body.errors[0].extensions.problems)).toMatch(/shoeSize/);
      const derivedWrite = await mutate(`mutation { addRelationship(type: "CRITICISED", from: "person:alan-wood", to: "${REPORT}") { applied } }`);
      expect(derivedWrite.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await snapshotGraph(store, { withChanges: true })).toEqual(before);
    });

    const ADD_STATEMENT = `mutation($input: AddStatementInput!) { addStatement(input: $input) { applied change { id } node { id ... on Statement { text codedBy speaker { id } targets { stance target { id } } quote { exact } } } } }`;
    // Words from the Guardian source that the seed does not code as a statement of their own.
    const phrase = 'Three-quarters of councils are not delivering children’s social care at a good enough standard';

    it('adds a statement only when its words are verbatim at its offsets, and derives its edges', async () => {
      const [source] = await store.getNodes([SOURCE]);
      const start = Array.from(String(source!.properties.text)).join('').indexOf(phrase);
      const cpStart = Array.from(String(source!.properties.text).slice(0, start)).length;
      const input = { speaker: 'person:jane-example', source: SOURCE, start: cpStart + 1, end: cpStart + 1 + Array.from(phrase).length, text: phrase, kind: 'PARAPHRASE', about: [{ target: REPORT, stance: 'CRITICAL' }] };
      const wrong = await mutate(ADD_STATEMENT, { input });
      expect(wrong.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(wrong.body.errors[0].extensions.problems[0].path).toEqual(['input', 'start']);
      expect(wrong.body.errors[0].extensions.problems[0].message).toContain(`start ${cpStart}`);

      const right = await mutate(ADD_STATEMENT, { input: { ...input, start: cpStart, end: cpStart + Array.from(phrase).length } });
      expect(right.body.errors).toBeUndefined();
      const statement = right.body.data.addStatement.node;
      expect(statement).toMatchObject({ text: phrase, codedBy: `key:${WRITER}`, speaker: { id: 'person:jane-example' }, quote: { exact: phrase } });
      const critics = await server.graphql(`{ node(id: "${REPORT}") { ... on Report { critics { node { id } evidence { id } } } } }`);
      const jane = critics.body.data.node.critics.find((c: any) => c.node.id === 'person:jane-example');
      expect(jane.evidence.map((e: any) => e.id)).toEqual([statement.id]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('corrects a stance: criticism becomes praise, and the derived edges follow', async () => {
      const [statement] = (await store.related(['person:jane-example'], { type: 'SAID', direction: 'out' }))[0];
      const result = await mutate(`mutation { setStance(statement: "${statement.node.id}", target: "${REPORT}", stance: SUPPORTIVE) { applied node { ... on Statement { targets { stance } } } } }`);
      expect(result.body.data.setStance.node.targets).toEqual([{ stance: 'SUPPORTIVE' }]);
      const report = await server.graphql(`{ node(id: "${REPORT}") { ... on Report { critics { node { id } } supporters { node { id } } } } }`);
      expect(report.body.data.node.critics.map((c: any) => c.node.id)).not.toContain('person:jane-example');
      expect(report.body.data.node.supporters.map((c: any) => c.node.id)).toContain('person:jane-example');
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      const history = await server.graphql(`{ node(id: "${statement.node.id}") { ... on Statement { codedBy changes { operation keyName } } } }`);
      expect(history.body.data.node.changes.map((c: any) => c.operation)).toEqual(['setStance', 'addStatement']);
    });

    it('derives an attribution conflict again when a statement stops or starts being a quote', async () => {
      const jones = 'statement:pse-2015-ofsted-critical.jones-context-and-constraints';
      const conflicts = async () =>
        (await server.graphql(`{ node(id: "statement:guardian-2015-sector-response.wilshaw-recognise-context") { ... on Statement { attributionConflicts { id } } } }`)).body.data.node.attributionConflicts;
      expect(await conflicts()).toEqual([{ id: jones }]);
      const setKind = (kind: string) => mutate(`mutation($id: ID!, $set: JSONObject) { updateNode(id: $id, set: $set) { applied change { id } } }`, { id: jones, set: { kind } });
      const toParaphrase = await setKind('paraphrase');
      expect(toParaphrase.body.errors).toBeUndefined();
      expect(await conflicts()).toEqual([]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      const toQuote = await setKind('quote');
      expect(await conflicts()).toEqual([{ id: jones }]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      // Undone, so the article is as its file has it when a later test seeds again.
      for (const result of [toQuote, toParaphrase]) await mutate(`mutation($c: ID!) { undoChange(change: $c) { applied } }`, { c: result.body.data.updateNode.change.id });
      expect(await conflicts()).toEqual([{ id: jones }]);
    });

    it('adds a claim with several values, finds it by any of them, and refuses values without their units', async () => {
      const added = await mutate(`mutation($input: AddClaimInput!) { addClaim(input: $input) { node { id ... on Claim { value unit quantities { value unit counts } } } } }`, {
        input: { text: 'Jane counts 11 councils, 7% of them', kind: 'statistic', values: [{ value: 11, unit: 'councils', counts: 'counted by Jane' }, { value: 7.2, unit: 'percent', counts: 'of councils' }] },
      });
      expect(added.body.errors).toBeUndefined();
      const claim = added.body.data.addClaim.node;
      expect(claim).toMatchObject({ value: 11, unit: 'councils', quantities: [{ value: 11, unit: 'councils', counts: 'counted by Jane' }, { value: 7.2, unit: 'percent', counts: 'of councils' }] });
      const found = await server.graphql('{ claims(value: 7.2, first: 100) { nodes { id } } }');
      expect(found.body.data.claims.nodes.map((n: any) => n.id)).toEqual([claim.id]);
      const uneven = await mutate(`mutation($id: ID!, $set: JSONObject) { updateNode(id: $id, set: $set) { applied } }`, { id: claim.id, set: { values: [11, 7.2, 3] } });
      expect(uneven.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(uneven.body.errors[0].extensions.problems)).toContain('valueUnits');
      const [stored] = await store.getNodes([claim.id]);
      expect(stored?.properties.values).toEqual([11, 7.2]);
    });

    it('adds a group as an actor, without roles or a kind', async () => {
      const group = await mutate(`mutation($input: AddActorInput!) { addActor(input: $input) { node { id __typename ... on Actor { name } } } }`, { input: { type: 'GROUP', name: 'union leaders', description: 'Trade union leaders, referred to together' } });
      expect(group.body.data.addActor.node).toEqual({ id: 'group:union-leaders', __typename: 'Group', name: 'union leaders' });
      const withRole = await mutate(`mutation($input: AddActorInput!) { addActor(input: $input) { applied } }`, { input: { type: 'GROUP', name: 'directors', roles: [{ at: 'organisation:adcs', title: 'member' }] } });
      expect(withRole.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await store.getNodes(['group:directors']))[0]).toBeNull();
    });

    it('adds claims, outcomes and ratings, and re-derives RATED', async () => {
      const claim = await mutate(`mutation { addClaim(input: { text: "Jane's figure", kind: "statistic", value: 42, unit: "percent", assertedBy: ["${REPORT}"] }) { node { id ... on Claim { assertedBy { id } } } } }`);
      expect(claim.body.data.addClaim.node.assertedBy).toEqual([{ id: REPORT }]);
      const rating = await mutate('mutation { addRating(input: { council: "council:leicester", grade: "inadequate", ordinal: 4, period: "2015-16", date: "2016", rater: "organisation:ofsted", framework: "framework:single-inspection-framework" }) { node { id } } }');
      expect(rating.body.errors).toBeUndefined();
      const outcome = await mutate('mutation { addOutcome(input: { kind: "intervention", description: "A commissioner sent in", date: "2016", affected: ["council:leicester"] }) { node { id } } }');
      expect(outcome.body.errors).toBeUndefined();
      const rated = await server.graphql('{ node(id: "council:leicester") { ... on Council { ratedBy { weight node { id } } outcomes { kind } } } }');
      expect(rated.body.data.node.ratedBy).toEqual([{ weight: 1, node: { id: 'organisation:ofsted' } }]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('refuses bad claims, ratings, outcomes and relationships by field, then removes a relationship', async () => {
      const before = await snapshotGraph(store, { withChanges: true });
      const badClaim = await mutate('mutation { addClaim(input: { text: "x", kind: "rumour" }) { applied } }');
      expect(badClaim.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(badClaim.body.errors[0].extensions.problems)).toMatch(/kind/);
      const badRating = await mutate('mutation { addRating(input: { council: "council:nowhere", grade: "poor", rater: "organisation:ofsted" }) { applied } }');
      expect(badRating.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(badRating.body.errors[0].message).toMatch(/council/);
      const badOutcome = await mutate('mutation { addOutcome(input: { kind: "coronation", description: "x" }) { applied } }');
      expect(JSON.stringify(badOutcome.body.errors[0].extensions.problems)).toMatch(/kind/);
      const wrongEnds = await mutate(`mutation { addRelationship(type: "SAID", from: "${REPORT}", to: "person:alan-wood") { applied } }`);
      expect(wrongEnds.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(wrongEnds.body.errors[0].extensions.problems)).toMatch(/SAID cannot go from a Report/);
      const unknownType = await mutate('mutation { addRelationship(type: "LIKES", from: "person:alan-wood", to: "person:jo-cleary") { applied } }');
      expect(unknownType.body.errors[0].message).toMatch(/unknown relationship type "LIKES"/);
      expect(await snapshotGraph(store, { withChanges: true })).toEqual(before);

      const added = await mutate('mutation { addRelationship(type: "MEMBER_OF", from: "organisation:basw", to: "organisation:lga") { change { id } } }');
      expect(added.body.errors).toBeUndefined();
      const [link] = await store.getRelationships(['member_of:organisation:basw>organisation:lga']);
      expect(link?.type).toBe('MEMBER_OF');
      const removed = await mutate('mutation { removeRelationship(id: "member_of:organisation:basw>organisation:lga") { applied } }');
      expect(removed.body.data.removeRelationship.applied).toBe(true);
      expect(await store.getRelationships(['member_of:organisation:basw>organisation:lga'])).toEqual([null]);
      const missing = await mutate('mutation { removeRelationship(id: "member_of:organisation:basw>organisation:lga") { applied } }');
      expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    });

    it('merges a duplicate actor, then an undo restores the graph exactly', async () => {
      // A duplicate of Sir Michael Wilshaw, as a misspelling in a source would create, with a statement of its own.
      await mutate(ADD_ACTOR, { input: { id: 'person:michael-wishaw', type: 'PERSON', name: 'Sir Michael Wishaw', roles: [{ at: 'organisation:ofsted', title: 'chief inspector' }] } });
      const [source] = await store.getNodes(['source:blog-2016-hmci-social-care-report']);
      const text = String(source!.properties.text);
      const words = 'This is simply unacceptable.';
      const start = Array.from(text.slice(0, text.indexOf(words))).length;
      const added = await mutate(ADD_STATEMENT, { input: { id: 'statement:dup-wishaw', speaker: 'person:michael-wishaw', source: source!.id, start, end: start + Array.from(words).length, text: words, kind: 'QUOTE', about: [{ target: 'report:hmci-social-care-report-2016', stance: 'NEUTRAL' }, { target: 'council:birmingham', stance: 'CRITICAL' }] } });
      expect(added.body.errors).toBeUndefined();
      const before = await snapshotGraph(store);

      const merged = await mutate('mutation { mergeActors(keep: "person:michael-wilshaw", remove: "person:michael-wishaw") { change { id } node { ... on Person { aliases statements(first: 100) { nodes { id } } roles { title } } } } }');
      expect(merged.body.errors).toBeUndefined();
      const keep = merged.body.data.mergeActors.node;
      expect(keep.aliases).toContain('Sir Michael Wishaw');
      expect(keep.statements.nodes.map((n: any) => n.id)).toContain('statement:dup-wishaw');
      expect(keep.roles.map((r: any) => r.title)).toContain('chief inspector');
      expect((await store.getNodes(['person:michael-wishaw']))[0]).toBeNull();
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));

      const undo = await mutate(`mutation { undoChange(change: "${merged.body.data.mergeActors.change.id}") { change { operation undoes } } }`);
      expect(undo.body.data.undoChange.change).toMatchObject({ operation: 'undoChange', undoes: merged.body.data.mergeActors.change.id });
      expect(await snapshotGraph(store)).toEqual(before);
      const again = await mutate(`mutation { undoChange(change: "${merged.body.data.mergeActors.change.id}") { applied } }`);
      expect(again.body.errors[0].message).toMatch(/already undone/);
    });

    it('re-seeding keeps what the API added, and derives edges from both', async () => {
      await seedStore(store, SEED_DIR);
      const report = await server.graphql(`{ node(id: "${REPORT}") { ... on Report { supporters { node { id } } } } }`);
      expect(report.body.data.node.supporters.map((c: any) => c.node.id)).toContain('person:jane-example');
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('deletes a node with its relationships, and an undo brings them back', async () => {
      const before = await snapshotGraph(store);
      const deleted = await mutate('mutation { deleteNode(id: "statement:dup-wishaw") { change { id } } }');
      expect(deleted.body.errors).toBeUndefined();
      expect((await store.getNodes(['statement:dup-wishaw']))[0]).toBeNull();
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      await mutate(`mutation { undoChange(change: "${deleted.body.data.deleteNode.change.id}") { applied } }`);
      expect(await snapshotGraph(store)).toEqual(before);
    });
  });
}
