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

export interface LegendEntry {
  colour: string;
  text: string;
  shape: 'dot' | 'line';
}
export interface LegendSection {
  title: string;
  entries: LegendEntry[];
  note?: string;
}
export interface LegendSizes {
  title: string;
  min: number;
  max: number;
  minPx: number;
  maxPx: number;
}
export interface LegendModel {
  sections: LegendSection[];
  sizes: LegendSizes;
}

/**
 * What the legend says, as data: the page draws it as HTML, the exported pictures draw it
 * themselves. Edge types are read from the network: a type the palette does not know is
 * still listed, by its name.
 */
export function legendModel(network: Network, state: ExplorerState, size: Omit<LegendSizes, 'title'>): LegendModel {
  let nodes: LegendEntry[];
  let note: string | undefined;
  if (state.colourBy === 'type') {
    const types = [...new Set(network.nodes.map((n) => n.type))].sort();
    nodes = types.map((t) => ({ colour: TYPE_COLOURS[t] ?? '#999', text: TYPE_NAMES[t] ?? t.toLowerCase(), shape: 'dot' }));
  } else if (state.colourBy === 'stance') {
    nodes = [
      { colour: STANCE_COLOURS.critical!, text: 'mostly critical', shape: 'dot' },
      { colour: STANCE_COLOURS.supportive!, text: 'mostly supportive', shape: 'dot' },
      { colour: STANCE_COLOURS.mixed!, text: 'both', shape: 'dot' },
      { colour: STANCE_COLOURS.none!, text: 'no stance', shape: 'dot' },
    ];
  } else {
    const counts = new Map<number, number>();
    for (const n of network.nodes) if (n.metrics.community !== null) counts.set(n.metrics.community, (counts.get(n.metrics.community) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
    nodes = top.map(([c, count]) => ({ colour: communityColour(c), text: `community ${c + 1} (${count})`, shape: 'dot' }));
    if (counts.size > top.length) note = `and ${counts.size - top.length} more`;
  }
  const seen = new Map<string, string>();
  for (const e of network.edges) {
    const stance = e.stance?.toLowerCase();
    const key = e.type === 'STANCE' && stance ? `stance ${stance}` : e.type === 'SUBTRACT' ? (e.weight < 0 ? 'more opposite' : 'more same') : EDGE_TYPE_NAMES[e.type] ?? e.type.toLowerCase().replace(/_/g, ' ');
    if (!seen.has(key)) seen.set(key, edgeColour(e.type, e.stance, e.weight));
  }
  const sections: LegendSection[] = [{ title: state.colourBy === 'type' ? 'Nodes' : state.colourBy === 'stance' ? 'Nodes: stance of their links' : 'Nodes: community', entries: nodes, note }];
  if (seen.size) sections.push({ title: network.directed ? 'Arrows' : 'Links', entries: [...seen].map(([text, colour]) => ({ colour, text, shape: 'line' })), note: network.kind === 'graph' ? 'Thicker: more utterances (the same words in two sources count once)' : 'Thicker: more statements' });
  return { sections, sizes: { title: `Size: ${SIZE_NAMES[state.sizeBy]}`, ...size } };
}

export const formatMetric = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(2));

export function renderLegend(root: HTMLElement, model: LegendModel | null): void {
  if (!model) return replace(root);
  const dot = (px: number) => {
    const element = h('span', { className: 'size-dot' });
    element.style.width = element.style.height = `${Math.max(4, px * 2)}px`;
    return element;
  };
  const { sizes } = model;
  replace(
    root,
    model.sections.map((section) =>
      h('div', { className: 'legend-block' }, h('h3', {}, section.title), h('ul', {}, section.entries.map((entry) => item(entry.colour, entry.text, entry.shape))), section.note ? h('p', { className: 'muted' }, section.note) : null),
    ),
    h('div', { className: 'legend-block' }, h('h3', {}, sizes.title), h('p', { className: 'sizes' }, dot(sizes.minPx), formatMetric(sizes.min), dot(sizes.maxPx), formatMetric(sizes.max))),
  );
}
