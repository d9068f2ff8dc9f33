/**
 * Changes that arrive together share a transaction (MutationService's group commit), over a real store
 * holding the seed: changes to different records are written together, and the outcome is still what one
 * change after another would give. Changes to the same records keep their order, a retried idempotency key
 * writes once, a change the store refuses fails alone, and a deletion goes alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { planSeed } from '../../src/seed/plan.js';
import type { ChangeSet } from '../../src/mutations/change-set.js';
import { MutationService, type AppliedChange } from '../../src/mutations/mutation-service.js';
import { addActor, deleteNode, setStance } from '../../src/mutations/operations.js';
import type { GraphStore, WriteBatch } from '../../src/store/port.js';
import type { Stance } from '../../src/model/schema.js';
import { clearStore, type TestStore } from '../support/stores.js';
import { derivedFromScratch, derivedInStore } from './mutations-suite.js';

export function defineGroupCommitSuite(name: string, createStore: () => Promise<TestStore>) {
  describe(`changes arriving together on ${name}`, () => {
    let handle: TestStore;
    let store: GraphStore;
    /** Every batch the service sent, and the one statement whose batches the store refuses. */
    const batches: WriteBatch[] = [];
    let refuse: string | null = null;
    /** What the service asked of the store, in order: `read`, `write N` when the Nth write starts, `settled N` when it settles. */
    const events: string[] = [];
    /** Called as a write starts (once: it unsets itself). */
    let onWrite: (() => void) | null = null;
    let service: MutationService;
    /** Statements by different speakers, each with one target: changes to them touch different records. */
    let statements: { id: string; target: string }[] = [];

    beforeAll(async () => {
      handle = await createStore();
      store = handle.store;
      await clearStore(store);
      await seedStore(store, SEED_DIR);
      // The real store, with its batches noted, refusing (as a failing store would) any batch that writes `refuse` or its relationships.
      const writing: GraphStore = Object.create(store);
      writing.write = (batch) => {
        batches.push(batch);
        const n = batches.length;
        events.push(`write ${n}`);
        const hook = onWrite;
        onWrite = null;
        hook?.();
        if (refuse && (batch.nodes?.some((n) => n.id === refuse) || batch.relationships?.some((r) => r.from === refuse))) return Promise.reject(new Error(`the store refused ${refuse}`));
        return store.write(batch).finally(() => events.push(`settled ${n}`));
      };
      for (const read of ['getNodes', 'getRelationships', 'related', 'list', 'subgraph'] as const) {
        const original = store[read].bind(store) as (...args: unknown[]) => Promise<unknown>;
        (writing as unknown as Record<string, unknown>)[read] = (...args: unknown[]) => (events.push('read'), original(...args));
      }
      service = new MutationService(writing);
      // One statement for each of six speakers, about one target: their changes touch different records. A
      // speaker's change re-derives the edges of every body it could speak for (roles, MEMBER_OF), so no two
      // chosen speakers share one.
      const plan = planSeed(SEED_DIR);
      const targets = (id: string) => plan.relationships.filter((r) => r.type === 'ABOUT' && r.from === id).map((r) => r.to);
      const above = (actor: string): string[] => [
        actor,
        ...plan.relationships.filter((r) => (r.type === 'HELD_ROLE' || r.type === 'MEMBER_OF') && r.from === actor).flatMap((r) => above(r.to)),
      ];
      const bySpeaker = new Map<string, string>();
      const taken = new Set<string>();
      for (const r of plan.relationships) {
        const bodies = above(r.from);
        if (r.type !== 'SAID' || bySpeaker.has(r.from) || targets(r.to).length !== 1 || bodies.some((b) => taken.has(b))) continue;
        bySpeaker.set(r.from, r.to);
        for (const b of bodies) taken.add(b);
      }
      statements = [...bySpeaker.values()].slice(0, 6).map((id) => ({ id, target: targets(id)[0] }));
    });
    afterAll(async () => {
      if (store) await clearStore(store);
      await handle?.dispose();
    });

    const stanceOf = async (statement: string) => (await store.related([statement], { type: 'ABOUT', direction: 'out' }))[0][0].relationship.properties.stance;
    /** Builds each change first, then applies them all in one turn of the event loop: they arrive together. */
    const together = async (builds: (() => Promise<ChangeSet>)[]) => {
      const sets = await Promise.all(builds.map((build) => build()));
      return sets.map((set) => service.apply(set, 'alice'));
    };
    const restance = (statement: { id: string; target: string }, stance: Stance) => () => setStance(store, statement.id, statement.target, stance, 'alice');
    const flip = (stance: unknown): Stance => (stance === 'critical' ? 'supportive' : 'critical');
    /** A change to apply first, in the same turn as others: they wait for it, and arrive together. */
    const blocker = (name: string) => addActor(store, { type: 'Person', name });

    it('writes changes to different records in one transaction, and derives what one after another would', async () => {
      expect(statements.length).toBeGreaterThanOrEqual(4);
      const flipped = (await Promise.all(statements.map((s) => stanceOf(s.id)))).map(flip);
      batches.length = 0;
      const results = await Promise.all(await together(statements.map((s, i) => restance(s, flipped[i]))));
      expect(results.map((r) => r.applied)).toEqual(statements.map(() => true));
      // The first starts a group alone (nothing waits when it arrives); the rest wait for it and go together.
      expect(batches.length).toBe(2);
      expect(batches[1].nodes!.filter((n) => n.label === 'Change')).toHaveLength(statements.length - 1);
      expect(await Promise.all(statements.map((s) => stanceOf(s.id)))).toEqual(flipped);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('writes only the records a change alters: a stance set again leaves the statement node alone', async () => {
      const [statement] = statements;
      await service.apply(await restance(statement, flip(await stanceOf(statement.id)))(), 'alice'); // the statement now records alice as its coder
      batches.length = 0;
      const stance = flip(await stanceOf(statement.id));
      const result = await service.apply(await restance(statement, stance)(), 'alice');
      expect(result.applied).toBe(true);
      expect(batches).toHaveLength(1);
      expect(batches[0].nodes!.map((n) => n.label)).toEqual(['Change']);
      expect(batches[0].relationships!.filter((r) => r.type === 'ABOUT').map((r) => [r.from, r.properties.stance])).toEqual([[statement.id, stance]]);
      // The audit record still states the whole change, statement included.
      expect(JSON.parse(String(result.change!.properties.after)).nodes.map((n: { id: string }) => n.id)).toEqual([statement.id]);
      expect(await stanceOf(statement.id)).toBe(stance);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('keeps the order of changes to the same statement: each reads what the one before wrote', async () => {
      const [statement] = statements;
      // The first differs from what the test before left (critical or supportive), and each from the one before it.
      const order: Stance[] = ['mixed', 'neutral', 'critical', 'supportive', 'mixed'];
      batches.length = 0;
      const results = await Promise.all(await together(order.map((stance) => restance(statement, stance))));
      expect(results.map((r) => r.applied)).toEqual(order.map(() => true));
      expect(batches).toHaveLength(order.length);
      expect(await stanceOf(statement.id)).toBe('mixed');
      const befores = results.map((r) => JSON.parse(String(r.change!.properties.before)).relationships[0].properties.stance);
      expect(befores.slice(1)).toEqual(order.slice(0, -1));
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('prepares the changes that arrive while a group is written, and prepares again after it those that read what it wrote', async () => {
      const [a, b, c] = statements;
      const [stanceA, stanceB, stanceC] = (await Promise.all([a, b, c].map((s) => stanceOf(s.id)))).map(flip);
      const first = await restance(a, stanceA)();
      // Arriving while the first is written: a change to another statement, and one to the same statement after it.
      const arriving = await Promise.all([restance(b, stanceB)(), restance(a, 'neutral')(), restance(c, stanceC)()]);
      let applied: Promise<AppliedChange>[] = [];
      onWrite = () => {
        applied = arriving.map((set) => service.apply(set, 'alice'));
      };
      batches.length = 0;
      events.length = 0;
      await service.apply(first, 'alice');
      const [toB, toA, toC] = await Promise.all(applied);
      // Prepared while the first write was under way: their reads came before it settled.
      expect(events.slice(events.indexOf('write 1'), events.indexOf('settled 1'))).toContain('read');
      // b's and c's changes went together once it had; a's second read what the first wrote, so it was prepared again and came after.
      expect(batches.map((batch) => batch.relationships!.filter((r) => r.type === 'ABOUT').map((r) => r.from))).toEqual([[a.id], [b.id, c.id], [a.id]]);
      expect(JSON.parse(String(toA.change!.properties.before)).relationships[0].properties.stance).toBe(stanceA);
      expect([toA, toB, toC].map((r) => r.applied)).toEqual([true, true, true]);
      expect(await Promise.all([a, b, c].map((s) => stanceOf(s.id)))).toEqual(['neutral', stanceB, stanceC]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('writes a change sent again at once under one idempotency key once', async () => {
      const input = { type: 'Person' as const, name: 'Grace Together' };
      const sets = await Promise.all([1, 2, 3, 4].map(() => addActor(store, input)));
      const results = await Promise.all(sets.map((set) => service.apply(set, 'alice', 'together-key')));
      expect(results.filter((r) => r.applied)).toHaveLength(1);
      expect(new Set(results.map((r) => r.change!.id)).size).toBe(1);
      const page = await store.list({ label: 'Change', filter: { idempotencyKey: { eq: 'together-key' } }, limit: 10 });
      expect(page.nodes).toHaveLength(1);
    });

    it('fails only the change the store refuses; the others of its group are written', async () => {
      const [refused, ...others] = statements;
      const before = await Promise.all(statements.map((s) => stanceOf(s.id)));
      const flipped = before.map(flip);
      refuse = refused.id;
      try {
        const [first, ...sets] = await Promise.all([blocker('Blocker Person'), ...statements.map((s, i) => restance(s, flipped[i])())]);
        const blocked = service.apply(first, 'alice');
        const results = await Promise.allSettled(sets.map((set) => service.apply(set, 'alice')));
        await blocked;
        expect(results[0]).toMatchObject({ status: 'rejected', reason: { message: `the store refused ${refused.id}` } });
        expect(results.slice(1).map((r) => r.status)).toEqual(others.map(() => 'fulfilled'));
      } finally {
        refuse = null;
      }
      expect(await Promise.all(statements.map((s) => stanceOf(s.id)))).toEqual([before[0], ...flipped.slice(1)]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });

    it('writes a deletion alone, and the changes that arrived with it after it', async () => {
      const doomedId = 'person:doomed-person';
      await service.apply(await blocker('Doomed Person'), 'alice');
      const flipped = (await Promise.all(statements.map((s) => stanceOf(s.id)))).map(flip);
      const [first, ...sets] = await Promise.all([blocker('Another Blocker'), deleteNode(store, doomedId), ...statements.map((s, i) => restance(s, flipped[i])())]);
      batches.length = 0;
      const blocked = service.apply(first, 'alice');
      const results = await Promise.all(sets.map((set) => service.apply(set, 'alice')));
      await blocked;
      expect(results.map((r) => r.applied)).toEqual(sets.map(() => true));
      // The blocker, the deletion alone, then the changes that waited for it, together.
      expect(batches.map((b) => b.nodes!.filter((n) => n.label === 'Change').length)).toEqual([1, 1, statements.length]);
      expect(batches[1].deleteNodes).toEqual([doomedId]);
      expect(await Promise.all(statements.map((s) => stanceOf(s.id)))).toEqual(flipped);
      expect(await store.getNodes([doomedId])).toEqual([null]);
      expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
    });
  });
}
