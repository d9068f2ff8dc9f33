/**
 * Re-deriving after a change reads only the inputs of the derived types the change can alter
 * (DERIVED_INPUTS). That is only safe if the declaration is complete: here every property and
 * relationship type it leaves out is scrambled or dropped across the seed graph, and the derived
 * edges must come out the same; and each declared input, changed, must alter its types.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';
import { DERIVED_INPUTS, DERIVED_TYPES, deriveRelationships } from '../../src/derive/derive.js';
import { derivedTypesAffected } from '../../src/derive/recompute.js';
import type { NodeRecord, RelationshipRecord } from '../../src/model/records.js';

const plan = planSeed(SEED_DIR);
const inputTypes = new Set(Object.values(DERIVED_INPUTS).flatMap((inputs) => inputs.relationships));
const inputKeys = (label: string) => new Set(Object.values(DERIVED_INPUTS).flatMap((inputs) => inputs.properties[label] ?? []));
const typesOf = (edges: RelationshipRecord[]) => [...new Set(edges.map((r) => r.type))].sort();
const pending = (nodes: NodeRecord[], relationships: RelationshipRecord[]) => ({ nodes, relationships, deleteNodes: [], deleteRelationships: [] });

describe('the inputs declared for each derived type', () => {
  it('name every derived type, and the seed derives each of them', () => {
    expect(Object.keys(DERIVED_INPUTS).sort()).toEqual([...DERIVED_TYPES].sort());
    expect(typesOf(plan.derived)).toEqual([...DERIVED_TYPES].sort());
  });

  it('are all that derivation reads: scrambling every other property and dropping every other relationship type changes nothing', () => {
    const scrambled = plan.nodes.map((node) => {
      const keep = inputKeys(node.label);
      const properties = Object.fromEntries(Object.entries(node.properties).map(([key, value]) => [key, keep.has(key) ? value : `scrambled ${JSON.stringify(value)}`]));
      return { ...node, properties };
    });
    const kept = plan.relationships.filter((r) => inputTypes.has(r.type));
    expect(kept.length).toBeLessThan(plan.relationships.length);
    expect(deriveRelationships(scrambled, kept)).toEqual(deriveRelationships(plan.nodes, plan.relationships));
  });

  it('each matter: changing one alters the types that declare it', () => {
    const base = deriveRelationships(plan.nodes, plan.relationships);
    const changed = (edges: RelationshipRecord[]) => typesOf([...edges.filter((e) => !base.some((b) => JSON.stringify(b) === JSON.stringify(e))), ...base.filter((b) => !edges.some((e) => JSON.stringify(b) === JSON.stringify(e)))]);
    const flipped = plan.relationships.map((r) => (r.type === 'ABOUT' ? { ...r, properties: { ...r.properties, stance: r.properties.stance === 'critical' ? 'supportive' : 'critical' } } : r));
    expect(changed(deriveRelationships(plan.nodes, flipped))).toEqual(['CRITICISED', 'PRAISED']);
    const redated = plan.nodes.map((n) => (n.label === 'Rating' ? { ...n, properties: { ...n.properties, date: '1999' } } : n));
    expect(changed(deriveRelationships(redated, plan.relationships))).toEqual(['RATED']);
    const swapped = plan.relationships.map((r) => (r.type === 'ASSERTS' ? { ...r, type: 'DISPUTES' as const } : r));
    expect(changed(deriveRelationships(plan.nodes, swapped))).toEqual(['AGREED_WITH', 'DISAGREED_WITH']);
    const roleEnded = plan.relationships.map((r) => (r.type === 'HELD_ROLE' ? { ...r, properties: { ...r.properties, to: '2000' } } : r));
    const byRoles = changed(deriveRelationships(plan.nodes, roleEnded));
    expect(byRoles).toEqual(expect.arrayContaining(['CRITICISED', 'RESPONDED_TO', 'SPOKE_FOR']));
    expect(byRoles).not.toContain('RATED');
    expect(byRoles).not.toContain('SAME_WORDS');
  });
});

describe('the derived types a change can alter', () => {
  const statement = plan.nodes.find((n) => n.label === 'Statement')!;
  const about = plan.relationships.find((r) => r.type === 'ABOUT' && r.from === statement.id)!;

  it('are CRITICISED and PRAISED for a corrected stance that recodes the statement', () => {
    const recoded = { ...statement, properties: { ...statement.properties, codedBy: 'key:someone', confidence: 1 } };
    const restanced = { ...about, properties: { stance: 'supportive' } };
    expect([...derivedTypesAffected(pending([recoded], [restanced]), { nodes: [statement], relationships: [about] })].sort()).toEqual(['CRITICISED', 'PRAISED']);
  });

  it('follow a statement’s words and date, a new statement, and a deletion', () => {
    const bySpeaker = ['AGREED_WITH', 'CRITICISED', 'DISAGREED_WITH', 'PRAISED', 'RESPONDED_TO'];
    // Words decide SAME_WORDS, and so the utterances every actor-level weight counts, and ATTRIBUTION_CONFLICT.
    const reworded = { ...statement, properties: { ...statement.properties, text: 'other words' } };
    expect([...derivedTypesAffected(pending([reworded], []), { nodes: [statement], relationships: [] })].sort()).toEqual([...bySpeaker, 'ATTRIBUTION_CONFLICT', 'SAME_WORDS'].sort());
    // A quote's kind decides whether its words can conflict with another speaker's.
    const requoted = { ...statement, properties: { ...statement.properties, kind: statement.properties.kind === 'quote' ? 'paraphrase' : 'quote' } };
    expect([...derivedTypesAffected(pending([requoted], []), { nodes: [statement], relationships: [] })].sort()).toEqual(['ATTRIBUTION_CONFLICT']);
    // The date decides the roles held when it was said (SPOKE_FOR), and the edges' dates.
    const redated = { ...statement, properties: { ...statement.properties, date: '1999' } };
    expect([...derivedTypesAffected(pending([redated], []), { nodes: [statement], relationships: [] })].sort()).toEqual([...bySpeaker, 'SPOKE_FOR'].sort());
    expect([...derivedTypesAffected(pending([statement], []), { nodes: [], relationships: [] })].sort()).toEqual([...bySpeaker, 'ATTRIBUTION_CONFLICT', 'SAME_WORDS', 'SPOKE_FOR'].sort());
    expect(derivedTypesAffected({ ...pending([], []), deleteNodes: [statement.id] }, { nodes: [], relationships: [] }).size).toBe(DERIVED_TYPES.length);
    expect(derivedTypesAffected({ ...pending([], []), deleteRelationships: [about.id] }, { nodes: [], relationships: [] })).toEqual(new Set(['CRITICISED', 'PRAISED']));
  });
});
