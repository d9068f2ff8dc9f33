/**
 * Metrics on a returned network, from the graphology ecosystem: degree (in,
 * out, total), weighted degree, PageRank, betweenness, Louvain communities
 * and a ForceAtlas2 layout. Deterministic: nodes and edges are added in id
 * order, and Louvain and the layout's starting positions draw from a PRNG
 * with a fixed seed, so the same request always gives the same answer.
 *
 * - PageRank runs on the network as it is (directed or not, parallel edges
 *   summed), weighted by max(weight, 0).
 * - Betweenness, communities and layout run on the undirected simple graph
 *   (parallel edges merged, weights summed, non-positive ties left out).
 *   Betweenness ignores weights (they are strengths, not lengths) and is
 *   normalised by (n-1)(n-2). Each source costs a breadth-first search over
 *   every edge, so it is exact while nodes × edges stays within
 *   BETWEENNESS_WORK, and above that estimated from as many sources as the
 *   budget pays for (at least BETWEENNESS_MIN_SAMPLES), drawn by the seeded
 *   PRNG (Brandes & Pich 2007) and scaled by n/k.
 * - The layout starts from seeded random positions and runs ForceAtlas2 for
 *   as many iterations as LAYOUT_WORK pays for (an iteration costs about
 *   n²/2 + edges without Barnes-Hut, n·log n + edges with it), between
 *   LAYOUT_ITERATIONS.min and .max, with settings inferred from the graph's
 *   size (Barnes-Hut above 2,000 nodes); above LAYOUT_MAX_NODES no layout is
 *   computed. Dense networks thus get fewer iterations, not a slower answer.
 */
import { MultiDirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import type { Metric, Network, NodeMetrics } from './network.js';

// The graphology packages are CommonJS: require them, typed by their own declarations.
const require = createRequire(import.meta.url);
const pagerank = require('graphology-metrics/centrality/pagerank') as typeof import('graphology-metrics/centrality/pagerank.js').default;
const betweenness = require('graphology-metrics/centrality/betweenness') as typeof import('graphology-metrics/centrality/betweenness.js').default;
const louvain = require('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default;
const forceAtlas2 = require('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;
const randomLayout = require('graphology-layout/random') as typeof import('graphology-layout/random.js').default;
const { createUnweightedIndexedBrandes } = require('graphology-shortest-path/indexed-brandes') as typeof import('graphology-shortest-path/indexed-brandes.js');

export const RANDOM_SEED = 20_140_302;
/** Breadth-first edge visits betweenness may spend (sources × edges): a fraction of a second (docs/measurements.md). */
export const BETWEENNESS_WORK = 2_000_000;
export const BETWEENNESS_MIN_SAMPLES = 64;
/** Force computations the layout may spend (iterations × cost of one): a fraction of a second, as betweenness. */
export const LAYOUT_WORK = 10_000_000;
export const LAYOUT_ITERATIONS = { min: 20, max: 200 } as const;
export const LAYOUT_MAX_NODES = 20_000;

/** Sources for betweenness: all of them (exact) when the budget allows, else as many as it pays for. */
export function betweennessSources(nodes: number, edges: number): number {
  const affordable = Math.floor(BETWEENNESS_WORK / Math.max(1, edges));
  return affordable >= nodes ? nodes : Math.min(nodes, Math.max(BETWEENNESS_MIN_SAMPLES, affordable));
}

/** ForceAtlas2 iterations the layout budget pays for, on a graph of this size. */
export function layoutIterations(nodes: number, edges: number, barnesHut: boolean): number {
  const perIteration = (barnesHut ? nodes * Math.log2(Math.max(2, nodes)) : (nodes * nodes) / 2) + edges;
  return Math.min(LAYOUT_ITERATIONS.max, Math.max(LAYOUT_ITERATIONS.min, Math.floor(LAYOUT_WORK / Math.max(1, perIteration))));
}

/** Ids in code-point order: deterministic, and much cheaper than localeCompare on 10,000 edges. */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function seededRandom(seed = RANDOM_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const positive = (weight: number) => (weight > 0 ? weight : 0);

export function computeMetrics(network: Network, requested: readonly Metric[]): { notes: string[] } {
  const wanted = new Set(requested);
  const notes: string[] = [];
  if (wanted.size === 0) return { notes };
  const nodes = [...network.nodes].sort(byId);
  const edges = [...network.edges].sort(byId);
  const metricsOf = new Map<string, NodeMetrics>(nodes.map((n) => [n.id, n.metrics]));

  const graph = network.directed ? new MultiDirectedGraph() : new MultiUndirectedGraph();
  for (const n of nodes) graph.addNode(n.id);
  for (const e of edges) if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.id, e.source, e.target, { weight: e.weight });

  const simple = new UndirectedGraph();
  for (const n of nodes) simple.addNode(n.id);
  for (const e of edges) {
    if (e.source === e.target || !simple.hasNode(e.source) || !simple.hasNode(e.target) || positive(e.weight) === 0) continue;
    if (simple.hasEdge(e.source, e.target)) simple.updateEdgeAttribute(e.source, e.target, 'weight', (w: number) => w + e.weight);
    else simple.addEdge(e.source, e.target, { weight: e.weight });
  }

  if (wanted.has('degree')) {
    graph.forEachNode((id) => {
      const m = metricsOf.get(id)!;
      m.degree = graph.degree(id);
      if (network.directed) {
        m.inDegree = graph.inDegree(id);
        m.outDegree = graph.outDegree(id);
      }
    });
  }
  if (wanted.has('weightedDegree')) {
    for (const m of metricsOf.values()) m.weightedDegree = 0;
    graph.forEachEdge((_, attributes, source, target) => {
      // A self-loop counts at both ends, as it does in degree.
      metricsOf.get(source)!.weightedDegree! += attributes.weight;
      metricsOf.get(target)!.weightedDegree! += attributes.weight;
    });
  }
  if (wanted.has('pagerank') && graph.order > 0) {
    // Ties of zero or negative weight (a SUBTRACT network's) carry no rank: leave them out.
    const ranked = graph.copy();
    ranked.forEachEdge((edge, attributes) => {
      if (positive(attributes.weight as number) === 0) ranked.dropEdge(edge);
    });
    try {
      const ranks = pagerank(ranked, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-9 });
      for (const [id, rank] of Object.entries(ranks)) metricsOf.get(id)!.pagerank = rank;
    } catch (error) {
      notes.push(`no PageRank: ${(error as Error).message}`);
    }
  }
  if (wanted.has('betweenness') && simple.order > 0) {
    const sources = betweennessSources(simple.order, simple.size);
    const exact = sources >= simple.order;
    const scores = exact ? betweenness(simple, { getEdgeWeight: null, normalized: true }) : sampledBetweenness(simple, sources, seededRandom());
    if (!exact) notes.push(`betweenness estimated from ${sources} of ${simple.order} nodes as sampled sources (the network is too large to compute it exactly in time)`);
    for (const [id, score] of Object.entries(scores)) metricsOf.get(id)!.betweenness = score;
  }
  if (wanted.has('community') && simple.order > 0) {
    const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom() }) : {};
    // Renumber by first appearance in id order, so the numbers do not depend on Louvain's internals.
    const renumber = new Map<number, number>();
    for (const n of nodes) {
      const c = communities[n.id];
      const key = c === undefined ? -1 - renumber.size : c;
      if (!renumber.has(key)) renumber.set(key, renumber.size);
      metricsOf.get(n.id)!.community = renumber.get(key)!;
    }
  }
  if (wanted.has('layout') && simple.order > 0) {
    if (simple.order > LAYOUT_MAX_NODES) notes.push(`no layout: the network has over ${LAYOUT_MAX_NODES} nodes`);
    else {
      randomLayout.assign(simple, { rng: seededRandom(), scale: 1000, center: 0 });
      const settings = forceAtlas2.inferSettings(simple);
      const iterations = layoutIterations(simple.order, simple.size, settings.barnesHutOptimize === true);
      const positions = forceAtlas2(simple, { iterations, getEdgeWeight: 'weight', settings });
      for (const [id, { x, y }] of Object.entries(positions)) Object.assign(metricsOf.get(id)!, { x: round(x), y: round(y) });
    }
  }
  return { notes };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Betweenness from k sources drawn without replacement, scaled by n/k; normalised as graphology-metrics does. */
function sampledBetweenness(graph: UndirectedGraph, k: number, rng: () => number): Record<string, number> {
  // The returned function carries its neighbourhood index (typed on the factory by graphology's declarations).
  const brandes = createUnweightedIndexedBrandes(graph) as ReturnType<typeof createUnweightedIndexedBrandes> & { index: typeof createUnweightedIndexedBrandes.index };
  const n = graph.order;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const sources = order.slice(0, Math.min(k, n));
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const source of sources) {
    const [S, P, sigma] = brandes(source);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of P[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centrality[w] += delta[w];
    }
  }
  const scale = (n / sources.length) * (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2)));
  for (let i = 0; i < n; i++) centrality[i] *= scale;
  return brandes.index.collect(centrality as unknown as number[]) as Record<string, number>;
}
