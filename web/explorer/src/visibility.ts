/**
 * Which nodes and edges of the fetched network are on screen: the selection tools (hide,
 * show only) and the client-side filters (node types, minimum degree, minimum edge weight)
 * hide what they leave out, without asking the server again. An edge shows when both its
 * ends show and its weight reaches the threshold.
 */
import type { Network, NetworkEdge } from './api.js';
import type { ExplorerState } from './state.js';

export interface Visibility {
  /** Null: every node shows. */
  nodes: Set<string> | null;
  minWeight: number;
}

export function visibility(network: Network, state: ExplorerState): Visibility {
  const hidden = new Set(state.hidden);
  const only = state.only.length ? new Set(state.only) : null;
  const types = state.nodeTypes.length ? new Set(state.nodeTypes) : null;
  const filtered = hidden.size > 0 || only !== null || types !== null || state.minDegree > 0;
  if (!filtered) return { nodes: null, minWeight: state.minWeight };
  const nodes = new Set<string>();
  for (const node of network.nodes) {
    if (hidden.has(node.id)) continue;
    if (only && !only.has(node.id)) continue;
    if (types && !types.has(node.type)) continue;
    if ((node.metrics.degree ?? 0) < state.minDegree) continue;
    nodes.add(node.id);
  }
  return { nodes, minWeight: state.minWeight };
}

export const nodeShown = (visible: Visibility, id: string) => visible.nodes === null || visible.nodes.has(id);

export const edgeShown = (visible: Visibility, edge: NetworkEdge) =>
  Math.abs(edge.weight) >= visible.minWeight && nodeShown(visible, edge.source) && nodeShown(visible, edge.target);
