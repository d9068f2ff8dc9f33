/**
 * A network as data: what the GraphQL `network` and `discourseNetwork`
 * queries return and every export writes. Nodes carry their model label as
 * `type` and display text as `label` (the word Gephi and sigma use); edges
 * carry their evidence (statement or rating ids), so nothing is lost on the
 * way into another tool.
 */
import type { Label, Stance } from '../model/schema.js';

export interface NodeMetrics {
  inDegree?: number;
  outDegree?: number;
  degree?: number;
  weightedDegree?: number;
  pagerank?: number;
  betweenness?: number;
  community?: number;
  x?: number;
  y?: number;
}

export interface NetworkNode {
  id: string;
  type: Label;
  label: string;
  /** Earliest and latest date of the node itself or of its edges' evidence, as partial dates. */
  firstDate?: string;
  lastDate?: string;
  metrics: NodeMetrics;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  /** A relationship type (CRITICISED, HELD_ROLE, …), STANCE for a discourse two-mode edge, or CONGRUENCE, CONFLICT, SUBTRACT. */
  type: string;
  /** How many evidence items (after any filter), 1 for a structural relationship; a projection's (normalised) tie value. */
  weight: number;
  stance?: Stance;
  firstDate?: string;
  lastDate?: string;
  evidence: string[];
  /** Undirected (a one-mode projection): source and target are in id order. */
  undirected?: boolean;
}

export interface Network {
  kind: 'graph' | 'two-mode' | 'congruence' | 'conflict' | 'subtract';
  directed: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  /** Why the network is incomplete, when it is. */
  message?: string;
}

export const METRICS = ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'layout'] as const;
export type Metric = (typeof METRICS)[number];

/** Default and hard caps on the size of a selection. */
export const NETWORK_LIMITS = {
  /** Edges returned when the request names no limit. */
  defaultEdges: 2_000,
  /** A request may ask for at most this many edges (or statements for a discourse network); more is BAD_USER_INPUT. */
  maxEdges: 20_000,
  /** Statements read for a discourse network when the request names no limit. */
  defaultStatements: 5_000,
  maxDepth: 4,
} as const;
