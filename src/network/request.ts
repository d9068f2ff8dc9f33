/**
 * One network request, whichever door it came in by (the GraphQL `network`
 * and `discourseNetwork` queries, or /export/*): checked here, every
 * problem named by its argument, then answered by reading the store,
 * computing the metrics asked for, and keeping the words of the evidence.
 */
import { labelOfId } from '../model/ids.js';
import { parsePartialDate } from '../model/dates.js';
import type { NodeRecord } from '../model/records.js';
import { isRelationshipType, STANCES, type Label, type RelationshipType, type Stance } from '../model/schema.js';
import { ValidationError } from '../errors.js';
import type { Problem } from '../model/validate.js';
import type { GraphStore } from '../store/port.js';
import { readDiscourseNetwork } from './discourse-network.js';
import type { Aggregation, Normalisation, Weighting } from './discourse.js';
import type { EvidenceText } from './formats.js';
import { displayText, graphNetwork } from './graph-network.js';
import { byId, computeMetrics } from './metrics.js';
import { METRICS, NETWORK_LIMITS, type Metric, type Network } from './network.js';

export const VIEWS = ['graph', 'two-mode', 'congruence', 'conflict', 'subtract'] as const;
export type View = (typeof VIEWS)[number];
export const NORMALISATIONS = ['none', 'average', 'jaccard', 'cosine'] as const;
export const WEIGHTINGS = ['targets', 'statements'] as const;

/** What a caller may ask, as plain values; absent means the default. */
export interface NetworkArgs {
  view?: string;
  from?: string[];
  depth?: number;
  nodeTypes?: string[];
  relationshipTypes?: string[];
  stances?: string[];
  dateFrom?: string;
  dateTo?: string;
  limit?: number;
  actors?: string;
  normalisation?: string;
  weighting?: string;
  includeMixed?: boolean;
  sameWordsOnce?: boolean;
  targets?: string[];
  targetTypes?: string[];
  metrics?: string[];
}

export interface NetworkAnswer {
  network: Network;
  /** The words of every evidence id. */
  texts: EvidenceText;
  /** The statements the network rests on (its edges' evidence, or those a discourse network counted), in id order. */
  statements: NodeRecord[];
}

function oneOf<T extends string>(problems: Problem[], name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const normal = value.toLowerCase().replace(/_/g, '-');
  const found = allowed.find((a) => a.toLowerCase() === normal);
  if (!found) problems.push({ path: [name], message: `"${value}" is not one of ${allowed.join(', ')}` });
  return found ?? fallback;
}

function integer(problems: Problem[], name: string, value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push({ path: [name], message: `must be a whole number from ${min} to ${max}${name === 'limit' ? ': narrow the selection instead' : ''}, got ${value}` });
    return fallback;
  }
  return value;
}

/** Node types by label or GraphQL enum name, any case: Person, PERSON, person. */
const NODE_TYPES: Label[] = ['Person', 'Organisation', 'Council', 'Group', 'Report', 'Framework', 'Statement', 'Claim', 'Outcome', 'Rating', 'Source'];

function labels(problems: Problem[], name: string, values: string[] | undefined): Label[] | undefined {
  if (!values?.length) return undefined;
  const resolved = values.map((v) => {
    const label = NODE_TYPES.find((l) => l.toLowerCase() === v.toLowerCase());
    if (!label) problems.push({ path: [name], message: `"${v}" is not one of ${NODE_TYPES.join(', ')}` });
    return label;
  });
  return resolved.filter((l): l is Label => l !== undefined);
}

function ids(problems: Problem[], name: string, values: string[] | undefined): string[] | undefined {
  if (!values?.length) return undefined;
  for (const id of values) if (!labelOfId(id)) problems.push({ path: [name], message: `"${id}" is not a node id (e.g. person:alan-wood)` });
  if (values.length > 100) problems.push({ path: [name], message: `at most 100 ids, got ${values.length}` });
  return [...new Set(values)];
}

function day(problems: Problem[], name: string, value: string | undefined, end: 'from' | 'to'): string | undefined {
  if (value === undefined || value === '') return undefined;
  const interval = parsePartialDate(value);
  if (!interval) problems.push({ path: [name], message: `"${value}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` });
  return interval?.[end];
}

export interface CheckedRequest {
  view: View;
  metrics: Metric[];
  run(store: GraphStore): Promise<NetworkAnswer>;
}

export function checkNetworkArgs(args: NetworkArgs, defaults: { metrics: readonly Metric[] }): CheckedRequest {
  const problems: Problem[] = [];
  const view = oneOf(problems, 'view', args.view, VIEWS, 'graph');
  const from = ids(problems, 'from', args.from);
  const depth = integer(problems, 'depth', args.depth, 1, NETWORK_LIMITS.maxDepth, 1);
  const nodeTypes = labels(problems, 'nodeTypes', args.nodeTypes);
  const relationshipTypes = args.relationshipTypes?.length ? args.relationshipTypes.map((t) => t.toUpperCase()) : undefined;
  for (const t of relationshipTypes ?? []) if (!isRelationshipType(t)) problems.push({ path: ['relationshipTypes'], message: `"${t}" is not a relationship type` });
  const stances = args.stances?.length ? args.stances.map((s) => s.toLowerCase()) : undefined;
  for (const s of stances ?? []) if (!(STANCES as readonly string[]).includes(s)) problems.push({ path: ['stances'], message: `"${s}" is not one of ${STANCES.join(', ')}` });
  const dateFrom = day(problems, 'dateFrom', args.dateFrom, 'from');
  const dateTo = day(problems, 'dateTo', args.dateTo, 'to');
  if (dateFrom && dateTo && dateFrom > dateTo) problems.push({ path: ['dateTo'], message: 'dateTo is before dateFrom' });
  const limit = integer(problems, 'limit', args.limit, 1, NETWORK_LIMITS.maxEdges, view === 'graph' ? NETWORK_LIMITS.defaultEdges : NETWORK_LIMITS.defaultStatements);
  const actors = oneOf(problems, 'actors', args.actors, ['person', 'organisation'] as const, 'person');
  const normalisation = oneOf<Normalisation>(problems, 'normalisation', args.normalisation, NORMALISATIONS, 'none');
  const weighting = oneOf<Weighting>(problems, 'weighting', args.weighting, WEIGHTINGS, 'targets');
  const targets = ids(problems, 'targets', args.targets);
  const targetTypes = labels(problems, 'targetTypes', args.targetTypes);
  const metrics = (args.metrics ?? [...defaults.metrics]).map((m) => {
    const found = METRICS.find((known) => known.toLowerCase() === m.toLowerCase().replace(/[_-]/g, ''));
    if (!found) problems.push({ path: ['metrics'], message: `"${m}" is not one of ${METRICS.join(', ')}` });
    return found;
  }).filter((m): m is Metric => m !== undefined);
  if (view === 'graph' && (args.normalisation !== undefined || args.actors !== undefined || args.weighting !== undefined)) {
    problems.push({ path: [args.normalisation !== undefined ? 'normalisation' : args.actors !== undefined ? 'actors' : 'weighting'], message: 'applies to discourse views only (two-mode, congruence, conflict, subtract)' });
  }
  if (view === 'two-mode' && normalisation !== 'none') problems.push({ path: ['normalisation'], message: 'applies to the one-mode projections (congruence, conflict, subtract), not two-mode' });
  if (problems.length) throw new ValidationError(problems, 'bad network selection');

  return {
    view,
    metrics,
    async run(store) {
      if (view === 'graph') {
        const { network, evidence } = await graphNetwork(store, {
          from, depth, nodeTypes, relationshipTypes: relationshipTypes as RelationshipType[] | undefined, stances: stances as Stance[] | undefined, dateFrom, dateTo, limit, sameWordsOnce: args.sameWordsOnce ?? true,
        });
        const notes = computeMetrics(network, metrics).notes;
        if (notes.length) network.message = [network.message, ...notes].filter(Boolean).join('; ');
        const texts: EvidenceText = new Map([...evidence].map(([id, node]) => [id, displayText(node)]));
        const used = new Set(network.edges.flatMap((e) => e.evidence));
        const statements = [...evidence.values()].filter((n) => n.label === 'Statement' && used.has(n.id));
        const statementNodes = network.edges.some((e) => e.evidence.some((id) => !evidence.has(id)))
          ? [...statements, ...(await store.getNodes([...used].filter((id) => !evidence.has(id)))).filter((n): n is NodeRecord => n?.label === 'Statement')]
          : statements;
        for (const node of statementNodes) texts.set(node.id, displayText(node));
        return { network, texts, statements: statementNodes.sort(byId) };
      }
      const { network, statements } = await readDiscourseNetwork(store, {
        aggregation: view as Aggregation,
        normalisation,
        weighting,
        includeMixed: args.includeMixed ?? true,
        actors,
        sameWordsOnce: args.sameWordsOnce ?? true,
        targets: targets ?? from,
        targetTypes,
        dateFrom,
        dateTo,
        limit,
      });
      const notes = computeMetrics(network, metrics).notes;
      if (notes.length) network.message = [network.message, ...notes].filter(Boolean).join('; ');
      const texts: EvidenceText = new Map([...statements].map(([id, node]) => [id, displayText(node)]));
      return { network, texts, statements: [...statements.values()].sort(byId) };
    },
  };
}
