/**
 * Records for the explorer's browser tests, written with store.write and
 * derived as the seed would (deriveRelationships): an actor and a statement
 * whose words are HTML, and a synthetic network of any number of
 * CRITICISED / PRAISED edges, each resting on one statement.
 */
import { createHash } from 'node:crypto';
import { deriveRelationships } from '../../src/derive/derive.js';
import { relationshipId } from '../../src/model/ids.js';
import type { NodeRecord, Properties, RelationshipRecord } from '../../src/model/records.js';
import type { Label, RelationshipType } from '../../src/model/schema.js';
import type { GraphStore } from '../../src/store/port.js';

const node = (label: Label, id: string, properties: Properties): NodeRecord => ({ id, label, properties });
const rel = (type: RelationshipType, from: string, to: string, properties: Properties = {}): RelationshipRecord => ({ id: relationshipId(type, from, to, properties), type, from, to, properties });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const XSS = '<img src=x onerror=window.__xss=1>';
export const XSS_IDS = {
  person: 'person:xss-tester',
  report: 'report:xss-report',
  statement: 'statement:xss-1',
  source: 'source:xss-article',
};

/** A person named with HTML, who said HTML (a critical statement, quoted from a source) about a report titled with HTML. */
export async function writeXssFixture(store: GraphStore): Promise<void> {
  const before = 'The campaigner said: ';
  const words = `this report is ${XSS} nonsense`;
  const after = ' and left the room.';
  const text = `${before}${words}${after}`;
  const nodes = [
    node('Person', XSS_IDS.person, { name: `Xss Tester ${XSS}`, description: XSS }),
    node('Report', XSS_IDS.report, { title: `Xss report ${XSS}`, date: '2014-06-01', url: 'javascript:window.__xss=2' }),
    node('Source', XSS_IDS.source, { title: `Source ${XSS}`, text, contentHash: sha256(text), date: '2014-06-02', url: 'javascript:window.__xss=3' }),
    node('Statement', XSS_IDS.statement, { text: words, kind: 'quote', date: '2014-06-02', codedBy: 'seed:test', confidence: 1 }),
  ];
  const relationships = [
    rel('SAID', XSS_IDS.person, XSS_IDS.statement),
    rel('ABOUT', XSS_IDS.statement, XSS_IDS.report, { stance: 'critical' }),
    rel('SOURCED_FROM', XSS_IDS.statement, XSS_IDS.source, { start: [...before].length, end: [...before].length + [...words].length }),
  ];
  await store.write({ nodes, relationships: [...relationships, ...deriveRelationships(nodes, relationships)] });
}

/**
 * `edges` CRITICISED or PRAISED edges (two in three critical) between
 * `people` people and `reports` reports, each pair once, each edge resting
 * on one dated statement; written in batches.
 */
export async function writeSyntheticNetwork(store: GraphStore, options: { edges: number; people: number; reports: number; prefix?: string }): Promise<{ nodes: number; relationships: number }> {
  const { edges, people, reports, prefix = 'syn' } = options;
  const perPerson = Math.ceil(edges / people);
  if (perPerson > reports) throw new Error('not enough reports for distinct pairs');
  const nodes: NodeRecord[] = [];
  for (let p = 0; p < people; p++) nodes.push(node('Person', `person:${prefix}-p${p}`, { name: `Synthetic Person ${p}` }));
  for (let r = 0; r < reports; r++) nodes.push(node('Report', `report:${prefix}-r${r}`, { title: `Synthetic report ${r}`, date: `${2009 + (r % 8)}-06-01` }));
  const relationships: RelationshipRecord[] = [];
  for (let i = 0; i < edges; i++) {
    const p = i % people;
    const k = Math.floor(i / people);
    // For one person, k steps through distinct reports: (3p + 11k) mod reports, with reports coprime to 11.
    const r = (p * 3 + k * 11) % reports;
    const statement = `statement:${prefix}-s${i}`;
    const stance = i % 3 === 2 ? 'supportive' : 'critical';
    nodes.push(node('Statement', statement, { text: `Synthetic statement ${i} on report ${r}`, kind: 'paraphrase', date: `${2009 + (i % 8)}-${String(1 + (i % 12)).padStart(2, '0')}`, codedBy: 'seed:test', confidence: 1 }));
    relationships.push(rel('SAID', `person:${prefix}-p${p}`, statement), rel('ABOUT', statement, `report:${prefix}-r${r}`, { stance }));
  }
  const derived = deriveRelationships(nodes, relationships);
  const all = [...relationships, ...derived];
  const batch = 2_000;
  await store.write({ nodes, relationships: [] });
  for (let i = 0; i < all.length; i += batch) await store.write({ relationships: all.slice(i, i + batch) });
  return { nodes: nodes.length, relationships: all.length };
}
