/**
 * The rules of src/model/derived.ts, checked on the seed graph and on small graphs built for one rule each:
 * what praise and criticism point at, claims as AGREED_WITH / DISAGREED_WITH, no self-loops, the
 * organisation roll-up (roles while held, parts to the top), weights as distinct utterances. The stores
 * are checked against the same rules in test/api/derived-suite.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveRelationships } from '../../src/derive/derive.js';
import { DERIVED_MEANINGS, DERIVED_TYPES, renderDerivedRelationships } from '../../src/model/derived.js';
import { labelOfId, relationshipId } from '../../src/model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../../src/model/records.js';
import { RELATIONSHIPS } from '../../src/model/schema.js';
import { DERIVED_DOC_PATH, SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';

const plan = planSeed(SEED_DIR);
const derived = plan.derived;
const ofType = (type: string) => derived.filter((r) => r.type === type);
const edge = (type: string, from: string, to: string) => derived.find((r) => r.id === relationshipId(type as never, from, to));

describe('the table of derived relationships', () => {
  it('names every derived type of the model, and docs/derived-relationships.md is rendered from it (run `npm run schema`)', () => {
    const modelDerived = Object.entries(RELATIONSHIPS).filter(([, spec]) => (spec as { derived?: boolean }).derived).map(([type]) => type);
    expect(Object.keys(DERIVED_MEANINGS).sort()).toEqual([...modelDerived].sort());
    expect([...DERIVED_TYPES].sort()).toEqual([...modelDerived].sort());
    expect(readFileSync(DERIVED_DOC_PATH, 'utf8')).toBe(renderDerivedRelationships());
  });

  it('every derived edge of the seed joins labels the model allows for its type', () => {
    for (const r of derived) {
      const spec = RELATIONSHIPS[r.type];
      expect(spec.from, r.id).toContain(labelOfId(r.from));
      expect(spec.to, r.id).toContain(labelOfId(r.to));
    }
  });
});

describe('praise, criticism and claims', () => {
  it('no praise or criticism points at a claim; the seed’s supportive statements about claims became AGREED_WITH', () => {
    const appraisals = [...ofType('CRITICISED'), ...ofType('PRAISED')];
    expect(appraisals.length).toBeGreaterThan(50);
    expect(appraisals.filter((r) => labelOfId(r.to) === 'Claim')).toEqual([]);
    expect(edge('PRAISED', 'person:michael-wilshaw', 'claim:hmci-2016-too-much-inadequate-provision')).toBeUndefined();
    expect(edge('AGREED_WITH', 'person:michael-wilshaw', 'claim:hmci-2016-too-much-inadequate-provision')).toBeDefined();
  });

  it('AGREED_WITH and DISAGREED_WITH are the statements’ ASSERTS and DISPUTES, counted for the speaker', () => {
    const speakerOf = new Map(plan.relationships.filter((r) => r.type === 'SAID').map((r) => [r.to, r.from]));
    for (const [link, derivedType] of [['ASSERTS', 'AGREED_WITH'], ['DISPUTES', 'DISAGREED_WITH']] as const) {
      const expected = new Map<string, Set<string>>();
      for (const r of plan.relationships.filter((x) => x.type === link && speakerOf.has(x.from))) {
        const key = `${speakerOf.get(r.from)}>${r.to}`;
        expected.set(key, (expected.get(key) ?? new Set()).add(r.from));
      }
      expect(expected.size).toBeGreaterThan(0);
      for (const [key, statements] of expected) {
        const [from, to] = key.split('>') as [string, string];
        const evidence = edge(derivedType, from, to)?.properties.evidence;
        // A person's edge is their own statements; a body's also holds its people's (the roll-up).
        if (labelOfId(from) === 'Person') expect(evidence, key).toEqual([...statements].sort());
        else expect(evidence, key).toEqual(expect.arrayContaining([...statements]));
      }
    }
  });

  it('a stance toward a claim makes no edge: only asserting or disputing it does', () => {
    const nodes: NodeRecord[] = [
      { id: 'person:a', label: 'Person', properties: { name: 'A' } },
      { id: 'claim:c', label: 'Claim', properties: { text: 'c', kind: 'judgement' } },
      { id: 'statement:s', label: 'Statement', properties: { text: 'words', kind: 'quote', codedBy: 'test', confidence: 1 } },
    ];
    const rel = (type: RelationshipRecord['type'], from: string, to: string, properties = {}): RelationshipRecord => ({ id: relationshipId(type, from, to), type, from, to, properties });
    const stanceOnly = deriveRelationships(nodes, [rel('SAID', 'person:a', 'statement:s'), rel('ABOUT', 'statement:s', 'claim:c', { stance: 'supportive' })]);
    expect(stanceOnly.filter((r) => r.type !== 'SPOKE_FOR')).toEqual([]);
    const disputed = deriveRelationships(nodes, [rel('SAID', 'person:a', 'statement:s'), rel('ABOUT', 'statement:s', 'claim:c', { stance: 'supportive' }), rel('DISPUTES', 'statement:s', 'claim:c')]);
    expect(disputed.map((r) => r.id)).toEqual([relationshipId('DISAGREED_WITH', 'person:a', 'claim:c')]);
  });
});

describe('no derived edge from a node to itself', () => {
  it('holds for every edge of the seed, and Leicester’s words about itself make none', () => {
    expect(derived.filter((r) => r.from === r.to)).toEqual([]);
    expect(edge('CRITICISED', 'council:leicester', 'council:leicester')).toBeUndefined();
  });
});

describe('organisation roll-up', () => {
  it('ADCS carries its presidents’ criticism of the single inspection framework and their responses, naming them in via', () => {
    const sif = edge('CRITICISED', 'organisation:adcs', 'framework:single-inspection-framework');
    expect(sif?.properties.evidence).toEqual(edge('CRITICISED', 'person:alan-wood', 'framework:single-inspection-framework')?.properties.evidence);
    expect(new Set(sif?.properties.via as string[])).toEqual(new Set(['person:alan-wood']));
    expect(edge('RESPONDED_TO', 'organisation:adcs', 'report:ofsted-social-care-annual-report-2013-14')?.properties.via).toContain('person:alan-wood');
    expect(edge('RESPONDED_TO', 'organisation:adcs', 'report:ofsted-social-care-annual-report-2012-13')?.properties.via).toContain('person:andrew-webb');
  });

  it('follows MEMBER_OF to the top: the LGA board chairman’s 2015 response counts for the board and for the LGA', () => {
    for (const body of ['organisation:lga-children-and-young-people-board', 'organisation:lga']) {
      const response = edge('RESPONDED_TO', body, 'report:ofsted-social-care-annual-report-2013-14');
      expect(response?.properties.via, body).toContain('person:david-simmonds');
    }
    const spoke = ofType('SPOKE_FOR').filter((r) => r.properties.via === 'person:david-simmonds').map((r) => r.to);
    expect(new Set(spoke)).toEqual(new Set(['organisation:lga-children-and-young-people-board', 'organisation:lga']));
  });

  it('counts a statement only while the role was held, and a bound the sources do not give does not exclude', () => {
    const rel = (type: RelationshipRecord['type'], from: string, to: string, properties = {}): RelationshipRecord => ({ id: relationshipId(type, from, to, properties as never), type, from, to, properties });
    const statement = (id: string, date: string): NodeRecord => ({ id, label: 'Statement', properties: { text: id, kind: 'quote', codedBy: 'test', confidence: 1, date } });
    const nodes: NodeRecord[] = [
      { id: 'person:p', label: 'Person', properties: { name: 'P' } },
      { id: 'organisation:past', label: 'Organisation', properties: { name: 'Past', kind: 'other' } },
      { id: 'organisation:open', label: 'Organisation', properties: { name: 'Open', kind: 'other' } },
      { id: 'organisation:top', label: 'Organisation', properties: { name: 'Top', kind: 'other' } },
      { id: 'report:r', label: 'Report', properties: { title: 'R' } },
      statement('statement:before', '2009-05'),
      statement('statement:after', '2014'),
    ];
    const relationships = [
      rel('HELD_ROLE', 'person:p', 'organisation:past', { title: 'chair', from: '2008', to: '2010-06' }),
      rel('HELD_ROLE', 'person:p', 'organisation:open', { title: 'member', asOf: '2012' }),
      rel('MEMBER_OF', 'organisation:past', 'organisation:top'),
      ...['statement:before', 'statement:after'].flatMap((s) => [rel('SAID', 'person:p', s), rel('ABOUT', s, 'report:r', { stance: 'critical' })]),
    ];
    const out = deriveRelationships(nodes, relationships);
    const evidenceOf = (from: string) => out.find((r) => r.type === 'CRITICISED' && r.from === from)?.properties.evidence;
    expect(evidenceOf('person:p')).toEqual(['statement:after', 'statement:before']);
    expect(evidenceOf('organisation:past')).toEqual(['statement:before']);
    expect(evidenceOf('organisation:top')).toEqual(['statement:before']);
    expect(evidenceOf('organisation:open')).toEqual(['statement:after', 'statement:before']);
  });
});

describe('weights count utterances', () => {
  it('statements linked by SAME_WORDS count once; evidence lists every printing', () => {
    const wood = edge('CRITICISED', 'person:alan-wood', 'framework:single-inspection-framework')!;
    expect((wood.properties.evidence as string[]).length).toBe(5);
    expect(wood.properties.weight).toBe(new Set(wood.properties.utterances as string[]).size);
    expect(wood.properties.weight).toBe(2);
  });

  it('every actor-level weight is the number of SAME_WORDS groups among its evidence', () => {
    const parent = new Map<string, string>();
    const find = (id: string): string => (parent.has(id) && parent.get(id) !== id ? find(parent.get(id)!) : id);
    for (const r of ofType('SAME_WORDS')) parent.set(find(r.to), find(r.from));
    const actorEdges = derived.filter((r) => r.type !== 'SAME_WORDS' && r.type !== 'SPOKE_FOR' && r.type !== 'ATTRIBUTION_CONFLICT');
    expect(actorEdges.some((r) => (r.properties.evidence as string[]).length > (r.properties.weight as number))).toBe(true);
    for (const r of actorEdges) expect(r.properties.weight, r.id).toBe(new Set((r.properties.evidence as string[]).map(find)).size);
  });
});
