/**
 * Discourse networks against hand-computed matrices, on a small graph written
 * into a real Grafeo store. Three people (A and B hold roles at X; C has
 * none), two targets, eight statements:
 *
 *   s1 A→T1 critical      s5 C→T1 supportive
 *   s2 A→T2 supportive    s6 C→T2 mixed
 *   s3 B→T1 critical      s7 C→T1 neutral
 *   s4 B→T2 critical      s8 A→T1 critical, the same words as s1 in another source
 *
 * Entries a[actor][target] = [critical, supportive] (weighting TARGETS, mixed
 * in both poles, s1 and s8 once): A T1 [1,0] T2 [0,1]; B T1 [1,0] T2 [1,0];
 * C T1 [0,1] T2 [1,1]. Activity: A 2, B 2, C 3.
 *
 *              congruence  conflict  subtract
 *   A–B            1           1         0
 *   A–C            1           2        −1
 *   B–C            1           2        −1
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveRelationships } from '../../src/derive/derive.js';
import { relationshipId } from '../../src/model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../../src/model/records.js';
import type { RelationshipType } from '../../src/model/schema.js';
import { checkNetworkArgs, type NetworkArgs } from '../../src/network/request.js';
import type { Network } from '../../src/network/network.js';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';

const A = 'person:dna-a';
const B = 'person:dna-b';
const C = 'person:dna-c';
const X = 'organisation:dna-x';
const T1 = 'framework:dna-t1';
const T2 = 'report:dna-t2';
const s = (n: number) => `statement:dna-s${n}`;

function fixture(): { nodes: NodeRecord[]; relationships: RelationshipRecord[] } {
  const rel = (type: RelationshipType, from: string, to: string, properties: RelationshipRecord['properties'] = {}): RelationshipRecord => ({
    id: relationshipId(type, from, to, properties), type, from, to, properties,
  });
  const statements: [number, string, string, string, string][] = [
    [1, A, T1, 'critical', '2014-01'],
    [2, A, T2, 'supportive', '2014-02'],
    [3, B, T1, 'critical', '2014-03'],
    [4, B, T2, 'critical', '2014-04'],
    [5, C, T1, 'supportive', '2015-01'],
    [6, C, T2, 'mixed', '2015-02'],
    [7, C, T1, 'neutral', '2015-03'],
    [8, A, T1, 'critical', '2014-05'],
  ];
  const nodes: NodeRecord[] = [
    { id: A, label: 'Person', properties: { name: 'Actor “A” & co' } },
    { id: B, label: 'Person', properties: { name: 'Actor B' } },
    { id: C, label: 'Person', properties: { name: 'Actor C' } },
    { id: X, label: 'Organisation', properties: { name: 'Organisation X', kind: 'association' } },
    { id: T1, label: 'Framework', properties: { name: 'Target one' } },
    { id: T2, label: 'Report', properties: { title: 'Target two' } },
    ...statements.map(([n, , , , date]): NodeRecord => ({
      id: s(n), label: 'Statement', properties: { text: `words of statement ${n}`, kind: 'quote', date, codedBy: 'seed:test', confidence: 1 },
    })),
  ];
  const relationships: RelationshipRecord[] = [
    rel('HELD_ROLE', A, X, { title: 'chair' }),
    rel('HELD_ROLE', B, X, { title: 'member' }),
    ...statements.flatMap(([n, actor, target, stance]) => [rel('SAID', actor, s(n)), rel('ABOUT', s(n), target, { stance })]),
    rel('SAME_WORDS', s(1), s(8)),
  ];
  // Whom each statement counts for, as the seed loader derives it: A's and B's statements count for X.
  return { nodes, relationships: [...relationships, ...deriveRelationships(nodes, relationships).filter((r) => r.type === 'SPOKE_FOR')] };
}

describe('discourse networks on a hand-computed fixture', () => {
  let handle: TestStore;
  beforeAll(async () => {
    handle = await createGrafeoTestStore();
    const { nodes, relationships } = fixture();
    await handle.store.write({ nodes, relationships });
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  const run = (args: NetworkArgs) => checkNetworkArgs(args, { metrics: [] }).run(handle.store);
  /** The tie values as a sorted map "a~b" → weight (every pair of active actors, 0 where there is no edge). */
  const ties = (network: Network) => Object.fromEntries(network.edges.map((e) => [`${e.source}~${e.target}`, round(e.weight)]));
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  const pair = (a: string, b: string) => `${a}~${b}`;

  it('projects congruence, conflict and subtract, unnormalised', async () => {
    const congruence = await run({ view: 'congruence' });
    expect(congruence.network.directed).toBe(false);
    expect(congruence.network.nodes.map((n) => n.id)).toEqual([A, B, C]);
    expect(ties(congruence.network)).toEqual({ [pair(A, B)]: 1, [pair(A, C)]: 1, [pair(B, C)]: 1 });
    expect(ties((await run({ view: 'conflict' })).network)).toEqual({ [pair(A, B)]: 1, [pair(A, C)]: 2, [pair(B, C)]: 2 });
    // A–B subtracts to zero: no edge.
    expect(ties((await run({ view: 'subtract' })).network)).toEqual({ [pair(A, C)]: -1, [pair(B, C)]: -1 });
  });

  it('normalises by average activity, Jaccard and cosine as DNA does', async () => {
    expect(ties((await run({ view: 'congruence', normalisation: 'average' })).network)).toEqual({ [pair(A, B)]: 0.5, [pair(A, C)]: 0.4, [pair(B, C)]: 0.4 });
    expect(ties((await run({ view: 'conflict', normalisation: 'average' })).network)).toEqual({ [pair(A, B)]: 0.5, [pair(A, C)]: 0.8, [pair(B, C)]: 0.8 });
    expect(ties((await run({ view: 'subtract', normalisation: 'average' })).network)).toEqual({ [pair(A, C)]: -0.4, [pair(B, C)]: -0.4 });
    // Jaccard: A–B m11 = 1 (T1 critical), m01 = 1 (T2 critical), m10 = 1 (T2 supportive) → 3; A–C and B–C → 4.
    expect(ties((await run({ view: 'congruence', normalisation: 'jaccard' })).network)).toEqual({ [pair(A, B)]: round(1 / 3), [pair(A, C)]: 0.25, [pair(B, C)]: 0.25 });
    expect(ties((await run({ view: 'conflict', normalisation: 'jaccard' })).network)).toEqual({ [pair(A, B)]: round(1 / 3), [pair(A, C)]: 0.5, [pair(B, C)]: 0.5 });
    expect(ties((await run({ view: 'subtract', normalisation: 'jaccard' })).network)).toEqual({ [pair(A, C)]: -0.25, [pair(B, C)]: -0.25 });
    // Cosine (DNA's): divided by act1 · act2 = 4, 6, 6.
    expect(ties((await run({ view: 'congruence', normalisation: 'cosine' })).network)).toEqual({ [pair(A, B)]: 0.25, [pair(A, C)]: round(1 / 6), [pair(B, C)]: round(1 / 6) });
    expect(ties((await run({ view: 'conflict', normalisation: 'cosine' })).network)).toEqual({ [pair(A, B)]: 0.25, [pair(A, C)]: round(2 / 6), [pair(B, C)]: round(2 / 6) });
    expect(ties((await run({ view: 'subtract', normalisation: 'cosine' })).network)).toEqual({ [pair(A, C)]: round(-1 / 6), [pair(B, C)]: round(-1 / 6) });
  });

  it('counts the same words once by default, and statements when weighting by statements', async () => {
    // Weighting by statements with SAME_WORDS ignored: A T1 critical = 2 (s1, s8), so A–B congruence 2·1 = 2.
    const twice = await run({ view: 'congruence', weighting: 'statements', sameWordsOnce: false });
    expect(ties(twice.network)[pair(A, B)]).toBe(2);
    const once = await run({ view: 'congruence', weighting: 'statements' });
    expect(ties(once.network)[pair(A, B)]).toBe(1);
    // Evidence of a congruence tie: both actors' statements on the shared target and pole.
    expect(once.network.edges.find((e) => e.source === A && e.target === B)!.evidence).toEqual([s(1), s(3), s(8)]);
  });

  it('leaves mixed statements out when asked', async () => {
    expect(ties((await run({ view: 'congruence', includeMixed: false })).network)).toEqual({ [pair(A, B)]: 1 });
    expect(ties((await run({ view: 'conflict', includeMixed: false })).network)).toEqual({ [pair(A, B)]: 1, [pair(A, C)]: 1, [pair(B, C)]: 1 });
  });

  it('takes actors as their organisations', async () => {
    // X = A + B: T1 [1,0], T2 [1,1]; C: T1 [0,1], T2 [1,1] → congruence 2, conflict 3.
    const congruence = await run({ view: 'congruence', actors: 'organisation' });
    expect(congruence.network.nodes.map((n) => n.id)).toEqual([X, C].sort());
    expect(ties(congruence.network)).toEqual({ [pair(X, C)]: 2 });
    expect(ties((await run({ view: 'conflict', actors: 'organisation' })).network)).toEqual({ [pair(X, C)]: 3 });
  });

  it('restricts to a time window', async () => {
    const early = await run({ view: 'congruence', dateTo: '2014' });
    expect(early.network.nodes.map((n) => n.id)).toEqual([A, B]);
    expect(ties(early.network)).toEqual({ [pair(A, B)]: 1 });
    const late = await run({ view: 'congruence', dateFrom: '2015' });
    expect(late.network.nodes.map((n) => n.id)).toEqual([C]);
    expect(late.network.edges).toEqual([]);
  });

  it('builds the two-mode network with a stance on each edge', async () => {
    const { network } = await run({ view: 'two-mode' });
    expect(network.directed).toBe(true);
    const edges = network.edges.map((e) => `${e.source}>${e.target}:${e.stance}=${e.weight}`).sort();
    expect(edges).toEqual(
      [
        `${A}>${T1}:critical=1`, `${A}>${T2}:supportive=1`, `${B}>${T1}:critical=1`, `${B}>${T2}:critical=1`,
        `${C}>${T1}:neutral=1`, `${C}>${T1}:supportive=1`, `${C}>${T2}:critical=1`, `${C}>${T2}:supportive=1`,
      ].sort(),
    );
    expect(network.edges.find((e) => e.source === A && e.target === T1)!.evidence).toEqual([s(1), s(8)]);
    expect(network.nodes.find((n) => n.id === T2)).toMatchObject({ type: 'Report', label: 'Target two' });
  });

  it('restricts to targets', async () => {
    // Only T1: A and B agree (critical), C is supportive: congruence A–B only.
    const { network } = await run({ view: 'congruence', targets: [T1] });
    expect(ties(network)).toEqual({ [pair(A, B)]: 1 });
  });
});
