/**
 * Each mutation as a change set: the records it writes or deletes, built
 * from the client's input and the graph as it is, with input-level checks
 * that name the input field. The model-level checks, the audit record and
 * the derived edges are the service's (mutation-service.ts).
 */
import { nodeId, relationshipId, slugify, labelOfId } from '../model/ids.js';
import type { NodeRecord, Properties, RelationshipRecord } from '../model/records.js';
import { actorLabels, isRelationshipType, LABELS, RELATIONSHIPS, type Label, type RelationshipType, type Stance } from '../model/schema.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { Problem } from '../model/validate.js';
import type { GraphStore } from '../store/port.js';
import { CodePointText } from '../model/code-point-text.js';
import { claimLinkFor, claimStanceProblem, CLAIM_LINK_TYPES } from '../model/stance-links.js';
import { emptyChangeSet, type ChangeSet, type RecordState } from './change-set.js';
import { createHash } from 'node:crypto';

const rel = (type: RelationshipType, from: string, to: string, properties: Properties = {}): RelationshipRecord => ({
  id: relationshipId(type, from, to, properties),
  type,
  from,
  to,
  properties,
});

/** Drops undefined and null: an absent optional field is an absent property. */
function props(values: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null)) as Properties;
}

function fail(path: (string | number)[], message: string): never {
  throw new ValidationError([{ path, message }]);
}

/**
 * The record that says a statement's stance toward a target: toward a claim its ASSERTS (supportive) or
 * DISPUTES (critical) link, never an ABOUT (model/stance-links.ts); toward anything else ABOUT with the stance.
 */
function stanceRecord(statementId: string, target: string, stance: Stance, path: (string | number)[]): RelationshipRecord {
  if (labelOfId(target) !== 'Claim') return rel('ABOUT', statementId, target, { stance });
  const link = claimLinkFor(stance);
  if (!link) fail(path, claimStanceProblem(target, stance));
  return rel(link, statementId, target);
}

/** Where only a node's existence and label matter: its label is in its id, so nothing else is read. */
const EXISTENCE: readonly string[] = [];

async function mustExist(store: GraphStore, id: string, path: (string | number)[], properties?: readonly string[]): Promise<NodeRecord> {
  if (!labelOfId(id)) fail(path, `"${id}" is not a node id (ids look like person:alan-wood)`);
  const [node] = await store.getNodes([id], properties);
  if (!node) throw new NotFoundError(path.join('.'), id);
  return node;
}

function chooseId(label: Label, given: string | undefined, name: string, path: (string | number)[]): string {
  if (given) {
    if (labelOfId(given) !== label) fail(path, `"${given}" must be a ${label} id: ${LABELS[label].idPrefix}:<lower-case-slug>`);
    return given;
  }
  const slug = slugify(name);
  if (!slug) fail(path, 'give an id: the name has no letters or digits to make one from');
  return nodeId(label, slug);
}

export interface ActorInput {
  id?: string;
  type: 'Person' | 'Organisation' | 'Council' | 'Group';
  name: string;
  aliases?: string[];
  kind?: string;
  description?: string;
  url?: string;
  region?: string;
  roles?: { at: string; title: string; from?: string; to?: string; asOf?: string }[];
}

export async function addActor(store: GraphStore, input: ActorInput): Promise<ChangeSet> {
  const id = chooseId(input.type, input.id, input.name, ['input', 'id']);
  const properties: Record<string, unknown> = { name: input.name, aliases: input.aliases?.length ? input.aliases : undefined, description: input.description };
  if (input.type === 'Organisation') Object.assign(properties, { kind: input.kind, url: input.url });
  else if (input.kind) fail(['input', 'kind'], 'only organisations have a kind');
  if (input.type === 'Council') Object.assign(properties, { region: input.region, description: undefined });
  const set = emptyChangeSet('addActor', `added ${input.type.toLowerCase()} ${input.name}`);
  set.subject = id;
  set.nodes.push({ id, label: input.type, properties: props(properties) });
  for (const [i, role] of (input.roles ?? []).entries()) {
    if (input.type !== 'Person') fail(['input', 'roles', i], 'only people hold roles');
    await mustExist(store, role.at, ['input', 'roles', i, 'at'], EXISTENCE);
    set.relationships.push(rel('HELD_ROLE', id, role.at, props({ title: role.title, from: role.from, to: role.to, asOf: role.asOf })));
  }
  return set;
}

export interface TargetInput {
  target: string;
  stance: Stance;
}

export interface StatementInput {
  id?: string;
  speaker: string;
  source: string;
  start: number;
  end: number;
  text: string;
  kind: 'quote' | 'paraphrase';
  date?: string;
  speakerRole?: string;
  about: TargetInput[];
  respondsTo?: string[];
  asserts?: string[];
  disputes?: string[];
  confidence?: number;
  note?: string;
}

/** A statement with its provenance: the words must be verbatim at [start, end) of the source. */
export async function addStatement(store: GraphStore, input: StatementInput, keyName: string): Promise<ChangeSet> {
  const problems: Problem[] = [];
  const source = await mustExist(store, input.source, ['input', 'source']);
  if (source.label !== 'Source') fail(['input', 'source'], `"${input.source}" is a ${source.label}, not a Source`);
  await mustExist(store, input.speaker, ['input', 'speaker'], EXISTENCE);
  const text = new CodePointText(String(source.properties.text ?? ''));
  const found = text.slice(input.start, input.end);
  if (found !== input.text) {
    const hits = text.find(input.text);
    problems.push({
      path: ['input', 'start'],
      message: `the text is not verbatim at [${input.start}, ${input.end}) of ${input.source}: found ${JSON.stringify(found.slice(0, 60))}${hits.length ? `; it occurs at ${hits.map(([a, b]) => `start ${a}, end ${b}`).join('; ')}` : '; it occurs nowhere in the source'}`,
    });
  }
  if (!input.about?.length) problems.push({ path: ['input', 'about'], message: 'a statement needs at least one target with a stance' });
  for (const [field, ids] of [['respondsTo', input.respondsTo], ['asserts', input.asserts], ['disputes', input.disputes]] as const) {
    for (const [i, id] of (ids ?? []).entries()) await mustExist(store, id, ['input', field, i], EXISTENCE);
  }
  for (const [i, about] of (input.about ?? []).entries()) await mustExist(store, about.target, ['input', 'about', i, 'target'], EXISTENCE);
  if (problems.length) throw new ValidationError(problems, 'the statement was not added');

  // The same speaker, source and span always make the same id, so a retry does not add the statement twice.
  const fingerprint = createHash('sha256').update(`${input.speaker}|${input.source}|${input.start}|${input.end}`).digest('hex').slice(0, 10);
  const id = input.id ?? `statement:${input.source.slice(input.source.indexOf(':') + 1)}.${fingerprint}`;
  if (labelOfId(id) !== 'Statement') fail(['input', 'id'], `"${id}" must be a Statement id: statement:<slug>`);
  const set = emptyChangeSet('addStatement', `added a statement by ${input.speaker} from ${input.source}`);
  set.subject = id;
  set.nodes.push({
    id,
    label: 'Statement',
    properties: props({
      text: input.text, kind: input.kind, date: input.date ?? source.properties.date, speakerRole: input.speakerRole,
      codedBy: `key:${keyName}`, confidence: input.confidence ?? 1, note: input.note,
    }),
  });
  set.relationships.push(rel('SAID', input.speaker, id), rel('SOURCED_FROM', id, input.source, { start: input.start, end: input.end }));
  const links = new Map<string, RelationshipRecord>();
  for (const [i, about] of input.about.entries()) {
    const link = stanceRecord(id, about.target, about.stance, ['input', 'about', i, 'stance']);
    links.set(link.id, link);
  }
  for (const claim of input.asserts ?? []) links.set(rel('ASSERTS', id, claim).id, rel('ASSERTS', id, claim));
  for (const claim of input.disputes ?? []) links.set(rel('DISPUTES', id, claim).id, rel('DISPUTES', id, claim));
  const asserted = new Set([...links.values()].filter((r) => r.type === 'ASSERTS').map((r) => r.to));
  const both = [...links.values()].filter((r) => r.type === 'DISPUTES' && asserted.has(r.to)).map((r) => r.to);
  if (both.length) fail(['input', 'disputes'], `a statement cannot both assert and dispute a claim: ${both.join(', ')}`);
  set.relationships.push(...links.values());
  for (const target of input.respondsTo ?? []) set.relationships.push(rel('RESPONDS_TO', id, target));
  return set;
}

/** Corrects (or adds) a statement's stance toward one target; the statement is then coded by this key. */
export async function setStance(store: GraphStore, statementId: string, target: string, stance: Stance, keyName: string): Promise<ChangeSet> {
  const statement = await mustExist(store, statementId, ['statement']);
  if (statement.label !== 'Statement') fail(['statement'], `"${statementId}" is a ${statement.label}, not a Statement`);
  await mustExist(store, target, ['target'], EXISTENCE);
  const record = stanceRecord(statementId, target, stance, ['stance']);
  const set = emptyChangeSet('setStance', `set the stance of ${statementId} toward ${target} to ${stance}`);
  set.subject = statementId;
  set.nodes.push({ ...statement, properties: { ...statement.properties, codedBy: `key:${keyName}`, confidence: 1 } });
  set.relationships.push(record);
  // Toward a claim, asserting replaces disputing and the reverse: the relation is said once.
  for (const other of CLAIM_LINK_TYPES.filter((type) => record.type !== 'ABOUT' && type !== record.type)) {
    const [held] = await store.related([statementId], { type: other, direction: 'out', properties: [] });
    for (const hit of held) if (hit.node.id === target) set.deleteRelationships.push(hit.relationship.id);
  }
  return set;
}

/** Sets and removes properties of any node, checked against the model. */
export async function updateNode(store: GraphStore, id: string, setProperties: Record<string, unknown>, remove: string[], keyName: string): Promise<ChangeSet> {
  const node = await mustExist(store, id, ['id']);
  if (node.label === 'Change' || node.label === 'Marker') fail(['id'], `${node.label} records cannot be edited`);
  const properties: Record<string, unknown> = { ...node.properties, ...setProperties };
  for (const key of remove) delete properties[key];
  if (node.label === 'Statement') properties.codedBy = `key:${keyName}`;
  if (node.label === 'Source' && ('text' in setProperties || remove.includes('text'))) {
    fail(['set', 'text'], 'a source’s text is what statement offsets count in: add a new source instead');
  }
  const set = emptyChangeSet('updateNode', `updated ${[...Object.keys(setProperties), ...remove].join(', ')} of ${id}`);
  set.subject = id;
  set.nodes.push({ id, label: node.label, properties: props(properties) });
  return set;
}

export async function addNode(store: GraphStore, label: 'Claim' | 'Outcome' | 'Rating', id: string | undefined, properties: Record<string, unknown>, links: { type: RelationshipType; to: string; field: string; properties?: Properties }[], name: string): Promise<ChangeSet> {
  const nodeIdentity = chooseId(label, id, name, ['input', 'id']);
  const set = emptyChangeSet(`add${label}`, `added ${label.toLowerCase()} ${nodeIdentity}`);
  set.subject = nodeIdentity;
  set.nodes.push({ id: nodeIdentity, label, properties: props(properties) });
  for (const link of links) {
    await mustExist(store, link.to, ['input', link.field], EXISTENCE);
    set.relationships.push(rel(link.type, nodeIdentity, link.to, link.properties ?? {}));
  }
  return set;
}

export async function addRelationship(store: GraphStore, type: string, from: string, to: string, properties: Record<string, unknown>): Promise<ChangeSet> {
  if (!isRelationshipType(type)) fail(['type'], `unknown relationship type "${type}"; known: ${Object.keys(RELATIONSHIPS).join(', ')}`);
  await mustExist(store, from, ['from'], EXISTENCE);
  await mustExist(store, to, ['to'], EXISTENCE);
  const set = emptyChangeSet('addRelationship', `linked ${from} ${type} ${to}`);
  set.subject = from;
  set.relationships.push(rel(type, from, to, props(properties)));
  return set;
}

export async function removeRelationship(store: GraphStore, id: string): Promise<ChangeSet> {
  const [existing] = await store.getRelationships([id]);
  if (!existing) throw new NotFoundError('id', id);
  const set = emptyChangeSet('removeRelationship', `removed ${existing.from} ${existing.type} ${existing.to}`);
  set.subject = existing.from;
  set.deleteRelationships.push(id);
  return set;
}

export async function deleteNode(store: GraphStore, id: string): Promise<ChangeSet> {
  const node = await mustExist(store, id, ['id'], EXISTENCE);
  if (node.label === 'Change' || node.label === 'Marker') fail(['id'], `${node.label} records cannot be deleted`);
  const set = emptyChangeSet('deleteNode', `deleted ${node.label.toLowerCase()} ${id}`);
  set.deleteNodes.push(id);
  return set;
}

/** Moves every relationship and alias of `remove` to `keep`, then deletes `remove`. An undo splits them again. */
export async function mergeActors(store: GraphStore, keepId: string, removeId: string): Promise<ChangeSet> {
  if (keepId === removeId) fail(['remove'], 'an actor cannot be merged into itself');
  const keep = await mustExist(store, keepId, ['keep']);
  const remove = await mustExist(store, removeId, ['remove']);
  if (!actorLabels.includes(keep.label)) fail(['keep'], `"${keepId}" is a ${keep.label}, not an actor`);
  if (keep.label !== remove.label) fail(['remove'], `"${removeId}" is a ${remove.label} and "${keepId}" a ${keep.label}: merge actors of one type`);
  const around = await store.subgraph({ seeds: [removeId], depth: 1, limit: 100_000, properties: [] }); // its relationships only
  const set = emptyChangeSet('mergeActors', `merged ${remove.properties.name} (${removeId}) into ${keep.properties.name} (${keepId})`);
  set.subject = keepId;
  const aliases = new Set([...((keep.properties.aliases as string[]) ?? []), String(remove.properties.name), ...((remove.properties.aliases as string[]) ?? [])]);
  aliases.delete(String(keep.properties.name));
  set.nodes.push({ ...keep, properties: { ...keep.properties, aliases: [...aliases] } });
  for (const r of around.relationships) {
    if ((RELATIONSHIPS[r.type] as { derived?: boolean }).derived) continue;
    const from = r.from === removeId ? keepId : r.from;
    const to = r.to === removeId ? keepId : r.to;
    if (from === to) continue;
    set.relationships.push(rel(r.type, from, to, r.properties));
  }
  set.deleteNodes.push(removeId);
  return set;
}

/** Reverses a change from the audit trail: what it wrote goes, what it replaced or deleted comes back. */
export async function undoChange(store: GraphStore, changeId: string): Promise<ChangeSet> {
  const change = await mustExist(store, changeId, ['change']);
  if (change.label !== 'Change') fail(['change'], `"${changeId}" is not a change`);
  if (change.properties.undoneBy) fail(['change'], `already undone by ${change.properties.undoneBy}`);
  const before = JSON.parse(String(change.properties.before)) as RecordState;
  const after = JSON.parse(String(change.properties.after)) as RecordState;
  const set = emptyChangeSet('undoChange', `undid ${change.properties.operation}: ${change.properties.summary}`);
  set.undoes = changeId;
  const restoredNodes = new Set(before.nodes.map((n) => n.id));
  const restoredRelationships = new Set(before.relationships.map((r) => r.id));
  set.nodes.push(...before.nodes);
  set.relationships.push(...before.relationships);
  set.deleteRelationships.push(...after.relationships.map((r) => r.id).filter((id) => !restoredRelationships.has(id)));
  set.deleteNodes.push(...after.nodes.map((n) => n.id).filter((id) => !restoredNodes.has(id)));
  set.subject = before.nodes[0]?.id ?? after.nodes[0]?.id;
  return set;
}

export interface ClaimInput {
  id?: string;
  text: string;
  kind: 'statistic' | 'judgement';
  value?: number;
  unit?: string;
  period?: string;
  /** Every number the claim states, each with its unit and what it counts; the headline value is the first. */
  values?: { value: number; unit: string; counts: string }[];
  assertedBy?: string[];
  disputedBy?: string[];
}

export async function addClaim(store: GraphStore, input: ClaimInput): Promise<ChangeSet> {
  const values = input.values?.length
    ? { values: input.values.map((v) => v.value), valueUnits: input.values.map((v) => v.unit), valueCounts: input.values.map((v) => v.counts) }
    : {};
  const headline = { value: input.value ?? input.values?.[0]?.value, unit: input.unit ?? input.values?.[0]?.unit };
  const set = await addNode(store, 'Claim', input.id, { text: input.text, kind: input.kind, ...headline, period: input.period, ...values }, [], input.text);
  for (const [field, type, ids] of [['assertedBy', 'ASSERTS', input.assertedBy], ['disputedBy', 'DISPUTES', input.disputedBy]] as const) {
    for (const [i, id] of (ids ?? []).entries()) {
      await mustExist(store, id, ['input', field, i], EXISTENCE);
      set.relationships.push(rel(type, id, set.subject!));
    }
  }
  return set;
}

export interface ReportInput {
  id?: string;
  title: string;
  kind?: string;
  period?: string;
  date?: string;
  aliases?: string[];
  url?: string;
  publishedBy?: string[];
  authors?: string[];
  framework?: string;
}

/** Links from existing nodes to a new one (a publisher to its report): each must exist. */
async function linkFrom(store: GraphStore, set: ChangeSet, type: RelationshipType, ids: string[] | undefined, to: string, field: string): Promise<void> {
  for (const [i, id] of (ids ?? []).entries()) {
    await mustExist(store, id, ['input', field, i], EXISTENCE);
    set.relationships.push(rel(type, id, to));
  }
}

export async function addReport(store: GraphStore, input: ReportInput): Promise<ChangeSet> {
  const id = chooseId('Report', input.id, input.title, ['input', 'id']);
  const set = emptyChangeSet('addReport', `added report ${input.title}`);
  set.subject = id;
  set.nodes.push({ id, label: 'Report', properties: props({ title: input.title, kind: input.kind, period: input.period, date: input.date, aliases: input.aliases?.length ? input.aliases : undefined, url: input.url }) });
  await linkFrom(store, set, 'PUBLISHED', input.publishedBy, id, 'publishedBy');
  await linkFrom(store, set, 'AUTHORED', input.authors, id, 'authors');
  if (input.framework) {
    await mustExist(store, input.framework, ['input', 'framework'], EXISTENCE);
    set.relationships.push(rel('UNDER_FRAMEWORK', id, input.framework));
  }
  return set;
}

export interface FrameworkInput {
  id?: string;
  name: string;
  aliases?: string[];
  introduced?: string;
  description?: string;
  scale?: string[];
  publishedBy?: string[];
}

export async function addFramework(store: GraphStore, input: FrameworkInput): Promise<ChangeSet> {
  const id = chooseId('Framework', input.id, input.name, ['input', 'id']);
  const set = emptyChangeSet('addFramework', `added framework ${input.name}`);
  set.subject = id;
  set.nodes.push({
    id, label: 'Framework',
    properties: props({ name: input.name, aliases: input.aliases?.length ? input.aliases : undefined, introduced: input.introduced, description: input.description, scale: input.scale?.length ? input.scale : undefined }),
  });
  await linkFrom(store, set, 'PUBLISHED', input.publishedBy, id, 'publishedBy');
  return set;
}

/** A rating, and the articles that report it (the rating cites each). */
export async function addRating(store: GraphStore, input: { id?: string; council: string; grade: string; ordinal?: number; date?: string; period?: string; aspect?: string; rater: string; framework?: string; report?: string; sources?: string[] }): Promise<ChangeSet> {
  const links = [
    { type: 'RATING_OF' as const, to: input.council, field: 'council' },
    { type: 'RATED_BY' as const, to: input.rater, field: 'rater' },
    ...(input.framework ? [{ type: 'UNDER_FRAMEWORK' as const, to: input.framework, field: 'framework' }] : []),
    ...(input.report ? [{ type: 'IN_REPORT' as const, to: input.report, field: 'report' }] : []),
    ...(input.sources ?? []).map((to, i) => ({ type: 'CITES' as const, to, field: `sources.${i}` })),
  ];
  const name = `${input.council.slice(input.council.indexOf(':') + 1)} ${input.period ?? input.date ?? input.grade}`;
  return addNode(store, 'Rating', input.id, { grade: input.grade, ordinal: input.ordinal, date: input.date, period: input.period, aspect: input.aspect }, links, name);
}
