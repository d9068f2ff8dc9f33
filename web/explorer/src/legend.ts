/** The legend: what the node colours, edge colours and node sizes mean in the current view. */
import type { Network } from './api.js';
import { h, replace } from './dom.js';
import { communityColour, edgeColour, EDGE_TYPE_NAMES, STANCE_COLOURS, TYPE_COLOURS, TYPE_NAMES } from './palette.js';
import type { ExplorerState } from './state.js';

function item(colour: string, text: string, shape: 'dot' | 'line' = 'dot'): HTMLElement {
  const mark = h('span', { className: shape === 'dot' ? 'swatch' : 'edge-swatch' });
  mark.style.background = colour;
  return h('li', {}, mark, text);
}

const SIZE_NAMES: Record<string, string> = { degree: 'degree (links)', weightedDegree: 'weighted degree (statements)', pagerank: 'PageRank', betweenness: 'betweenness' };

export function renderLegend(root: HTMLElement, network: Network | null, state: ExplorerState, size: { min: number; max: number; minPx: number; maxPx: number }): void {
  if (!network) return replace(root);
  let nodes: HTMLElement[];
  if (state.colourBy === 'type') {
    const types = [...new Set(network.nodes.map((n) => n.type))].sort();
    nodes = types.map((t) => item(TYPE_COLOURS[t] ?? '#999', TYPE_NAMES[t] ?? t.toLowerCase()));
  } else if (state.colourBy === 'stance') {
    nodes = [
      item(STANCE_COLOURS.critical!, 'mostly critical'),
      item(STANCE_COLOURS.supportive!, 'mostly supportive'),
      item(STANCE_COLOURS.mixed!, 'both'),
      item(STANCE_COLOURS.none!, 'no stance'),
    ];
  } else {
    const counts = new Map<number, number>();
    for (const n of network.nodes) if (n.metrics.community !== null) counts.set(n.metrics.community, (counts.get(n.metrics.community) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
    nodes = top.map(([c, count]) => item(communityColour(c), `community ${c + 1} (${count})`));
    if (counts.size > top.length) nodes.push(h('li', { className: 'muted' }, `and ${counts.size - top.length} more`));
  }
  const seen = new Map<string, string>();
  for (const e of network.edges) {
    const stance = e.stance?.toLowerCase();
    const key = e.type === 'STANCE' && stance ? `stance ${stance}` : e.type === 'SUBTRACT' ? (e.weight < 0 ? 'more opposite' : 'more same') : EDGE_TYPE_NAMES[e.type] ?? e.type.toLowerCase();
    if (!seen.has(key)) seen.set(key, edgeColour(e.type, e.stance, e.weight));
  }
  const edges = [...seen].map(([text, colour]) => item(colour, text, 'line'));
  const dot = (px: number) => {
    const element = h('span', { className: 'size-dot' });
    element.style.width = element.style.height = `${Math.max(4, px * 2)}px`;
    return element;
  };
  const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(2));
  replace(
    root,
    h('div', { className: 'legend-block' }, h('h3', {}, state.colourBy === 'type' ? 'Nodes' : state.colourBy === 'stance' ? 'Nodes: stance of their links' : 'Nodes: community'), h('ul', {}, nodes)),
    edges.length ? h('div', { className: 'legend-block' }, h('h3', {}, network.directed ? 'Arrows' : 'Links'), h('ul', {}, edges), h('p', { className: 'muted' }, 'Thicker: more statements')) : null,
    h('div', { className: 'legend-block' }, h('h3', {}, `Size: ${SIZE_NAMES[state.sizeBy]}`), h('p', { className: 'sizes' }, dot(size.minPx), format(size.min), dot(size.maxPx), format(size.max))),
  );
}
