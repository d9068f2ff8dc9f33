/**
 * The network view of the graph: from some nodes (or the whole graph),
 * breadth-first to a depth over the chosen relationship types, filtered by
 * node types, stance and date, capped. Derived edges (CRITICISED, PRAISED,
 * AGREED_WITH, DISAGREED_WITH, RESPONDED_TO, RATED) keep only the evidence
 * that passes the stance and date filters, and their weight (distinct
 * utterances), first and last date are recomputed from it; an edge left with
 * no evidence is dropped. Store round trips: the
 * expansion (one per depth and label of the frontier, or one for the whole
 * graph), the evidence nodes, and the evidence stances when filtering by
 * stance: independent of the network's size.
 */
import { labelOfId } from '../model/ids.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { LABELS, labelNames, type Label, type RelationshipType, type Stance } from '../model/schema.js';
import { isStanceLink, stanceOfLink } from '../model/stance-links.js';
import { NotFoundError } from '../errors.js';
import type { GraphStore } from '../store/port.js';
import { dateSpan, inRange } from './dates.js';
import { byId } from './metrics.js';
import { NETWORK_LIMITS, type Network, type NetworkEdge, type NetworkNode } from './network.js';

/** "Who criticised whom": agreeing or disagreeing with claims (AGREED_WITH, DISAGREED_WITH) is left out unless asked for. */
export const DEFAULT_RELATIONSHIP_TYPES: RelationshipType[] = ['CRITICISED', 'PRAISED', 'RESPONDED_TO', 'RATED'];

/** The stance a derived relationship type stands for; a statement's stance links say their own (model/stance-links.ts). */
const TYPE_STANCE: Partial<Record<RelationshipType, Stance>> = { CRITICISED: 'critical', PRAISED: 'supportive', AGREED_WITH: 'supportive', DISAGREED_WITH: 'critical' };
/** Which statement stances make each stance-derived type (mixed makes both, as in derive.ts). */
const TYPE_STANCES: Partial<Record<RelationshipType, Stance[]>> = { CRITICISED: ['critical', 'mixed'], PRAISED: ['supportive', 'mixed'] };
/** Types whose every evidence item stands for one stance, whatever its ABOUT says: asserting is agreeing. */
const FIXED_STANCE: ReadonlySet<RelationshipType> = new Set(['AGREED_WITH', 'DISAGREED_WITH']);

/** An edge's weight over the evidence kept: distinct utterances (an utterance printed twice counts once), or every printing. */
function weightOf(rel: RelationshipRecord, kept: readonly string[], sameWordsOnce: boolean): number {
  const evidence = rel.properties.evidence as string[];
  const utterances = rel.properties.utterances as string[] | undefined;
  if (!sameWordsOnce || !utterances) return kept.length;
  const utteranceOf = new Map(evidence.map((id, i) => [id, utterances[i] ?? id]));
  return new Set(kept.map((id) => utteranceOf.get(id) ?? id)).size;
}

export interface GraphSelection {
  /** Start here; none: the whole graph (within the limit). */
  from?: string[];
  depth: number;
  nodeTypes?: Label[];
  relationshipTypes?: RelationshipType[];
  /** Only edges with one of these stances (edges that carry none are left out). */
  stances?: Stance[];
  /** Day strings: evidence whose date overlaps [dateFrom, dateTo]. */
  dateFrom?: string;
  dateTo?: string;
  /** At most this many relationships. */
  limit: number;
  /** Weights count the same words printed by several sources once (default), or every printing. */
  sameWordsOnce?: boolean;
}

/** The text a node shows: its model's display property. */
export function displayText(node: NodeRecord): string {
  const value = node.properties[LABELS[node.label].displayProperty];
  return typeof value === 'string' && value.length > 0 ? value : node.id;
}

const dateOf = (node: NodeRecord | undefined) => (typeof node?.properties.date === 'string' ? node.properties.date : undefined);

/** All that a network reads of its nodes (not of its evidence, which exports quote): `displayText` and `dateOf`. */
export const NETWORK_NODE_PROPERTIES: readonly string[] = [...new Set([...labelNames.map((label) => LABELS[label].displayProperty as string), 'date'])];

export interface GraphNetworkResult {
  network: Network;
  /** The evidence nodes (statements, ratings) by id, for exports that carry the quotes. */
  evidence: Map<string, NodeRecord>;
}

export async function graphNetwork(store: GraphStore, selection: GraphSelection): Promise<GraphNetworkResult> {
  let types = selection.relationshipTypes?.length ? [...new Set(selection.relationshipTypes)] : DEFAULT_RELATIONSHIP_TYPES;
  const stances = selection.stances?.length ? new Set(selection.stances) : null;
  if (stances) types = types.filter((t) => isStanceLink(t) || (FIXED_STANCE.has(t) ? stances.has(TYPE_STANCE[t]!) : TYPE_STANCES[t]?.some((s) => stances.has(s))));
  const range = { dateFrom: selection.dateFrom, dateTo: selection.dateTo };
  const filteringDates = range.dateFrom !== undefined || range.dateTo !== undefined;

  const nodes = new Map<string, NodeRecord>();
  let relationships: RelationshipRecord[] = [];
  let truncated = false;
  if (types.length > 0 && selection.from?.length) {
    const found = await store.subgraph({ seeds: selection.from, depth: selection.depth, relationshipTypes: types, labels: selection.nodeTypes, limit: selection.limit, properties: NETWORK_NODE_PROPERTIES });
    for (const node of found.nodes) nodes.set(node.id, node);
    const missing = selection.from.find((id) => !nodes.has(id));
    if (missing) throw new NotFoundError('from', missing);
    relationships = found.relationships;
    truncated = found.truncated;
  } else if (types.length > 0) {
    const found = await store.relationshipsOfTypes({ types, labels: selection.nodeTypes, limit: selection.limit });
    relationships = found.relationships;
    truncated = found.truncated;
    const ids = [...new Set(relationships.flatMap((r) => [r.from, r.to]))];
    for (const node of await store.getNodes(ids, NETWORK_NODE_PROPERTIES)) if (node) nodes.set(node.id, node);
  } else if (selection.from?.length) {
    for (const [i, node] of (await store.getNodes(selection.from, NETWORK_NODE_PROPERTIES)).entries()) {
      if (!node) throw new NotFoundError('from', selection.from[i]);
      nodes.set(node.id, node);
    }
  }

  // Evidence: the statements and ratings derived edges rest on; and, to filter by stance, each statement's stance per target.
  const evidenceIds = [...new Set(relationships.flatMap((r) => (Array.isArray(r.properties.evidence) ? (r.properties.evidence as string[]) : [])))];
  const evidence = new Map<string, NodeRecord>();
  for (const node of await store.getNodes(evidenceIds)) if (node) evidence.set(node.id, node);
  const stanceOf = new Map<string, Stance>();
  const statementIds = evidenceIds.filter((id) => labelOfId(id) === 'Statement');
  if (stances && statementIds.length && relationships.some((r) => TYPE_STANCES[r.type])) {
    const hits = await store.related(statementIds, { type: 'ABOUT', direction: 'out' });
    statementIds.forEach((id, i) => hits[i].forEach((hit) => stanceOf.set(`${id}|${hit.node.id}`, hit.relationship.properties.stance as Stance)));
  }
  const dateOfId = (id: string) => dateOf(evidence.get(id) ?? nodes.get(id));

  const edges: NetworkEdge[] = [];
  for (const rel of relationships) {
    const declaredEvidence = Array.isArray(rel.properties.evidence) ? (rel.properties.evidence as string[]) : null;
    const stance = stanceOfLink(rel) ?? TYPE_STANCE[rel.type];
    if (declaredEvidence) {
      const kept = declaredEvidence.filter(
        (id) =>
          inRange(dateOfId(id), range) &&
          (!stances || labelOfId(id) !== 'Statement' || FIXED_STANCE.has(rel.type) || (TYPE_STANCES[rel.type] ?? []).some((s) => s === stanceOf.get(`${id}|${rel.to}`) && stances.has(s))),
      );
      if (kept.length === 0) continue;
      edges.push({ id: rel.id, source: rel.from, target: rel.to, type: rel.type, weight: weightOf(rel, kept, selection.sameWordsOnce ?? true), ...(stance ? { stance } : {}), ...dateSpan(kept.map(dateOfId)), evidence: kept });
      continue;
    }
    if (stances && !(stance && stances.has(stance))) continue;
    // Statement edges (SAID, ABOUT, SOURCED_FROM, …) are dated by their statement; other structural edges are undated and kept.
    const statement = [rel.from, rel.to].find((id) => labelOfId(id) === 'Statement');
    if (filteringDates && statement && !inRange(dateOfId(statement), range)) continue;
    const span = statement ? dateSpan([dateOfId(statement)]) : {};
    edges.push({ id: rel.id, source: rel.from, target: rel.to, type: rel.type, weight: 1, ...(stance ? { stance } : {}), ...span, evidence: statement ? [statement] : [] });
  }

  const keep = new Set([...(selection.from ?? []), ...edges.flatMap((e) => [e.source, e.target])]);
  const incident = new Map<string, string[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const list = incident.get(end) ?? [];
      list.push(...[edge.firstDate, edge.lastDate].filter((d): d is string => d !== undefined));
      incident.set(end, list);
    }
  }
  const networkNodes: NetworkNode[] = [...keep]
    .map((id) => nodes.get(id))
    .filter((n): n is NodeRecord => n !== undefined)
    .map((node) => {
      const own = dateOf(node);
      return { id: node.id, type: node.label, label: displayText(node), ...dateSpan(own ? [own] : incident.get(node.id) ?? []), metrics: {} };
    });
  networkNodes.sort(byId);
  edges.sort(byId);
  return {
    network: {
      kind: 'graph',
      directed: true,
      nodes: networkNodes,
      edges,
      truncated,
      ...(truncated ? { message: truncationMessage(selection.limit, 'relationships') } : {}),
    },
    evidence,
  };
}

export function truncationMessage(limit: number, what: 'relationships' | 'statements'): string {
  return (
    `the selection has more than ${limit} ${what}: only the first ${limit} (in id order) were used. ` +
    `Narrow it (from, depth, nodeTypes, relationshipTypes, dates) or raise limit (at most ${NETWORK_LIMITS.maxEdges}).`
  );
}
