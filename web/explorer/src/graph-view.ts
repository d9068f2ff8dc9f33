/**
 * The network on screen: a graphology graph drawn by sigma.js (WebGL).
 * Positions come from the server's seeded ForceAtlas2 layout (the same
 * request always gives the same picture, so a URL restores its layout) or
 * a circle; when the network changes, nodes glide from where they were.
 * Labels are placed by `placeLabels` (no overlap, by priority); parallel
 * edges are curved (@sigma/edge-curve). Pictures for download: picture.ts.
 */
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import Graph from 'graphology';
import Sigma from 'sigma';
import { createEdgeArrowProgram, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeLineProgram } from 'sigma/rendering';
import { animateNodes } from 'sigma/utils';
import type { Network, NetworkEdge, NetworkNode } from './api.js';
import { placeLabels, textMeasurer, type LabelCandidate, type Obstacle, type PlacedLabel } from './labels.js';
import { parallelCurvatures } from './parallel-edges.js';
import { edgeShown, nodeShown, visibility, type Visibility } from './visibility.js';
import { communityColour, edgeColour, STANCE_COLOURS, TYPE_COLOURS, withAlpha } from './palette.js';
import type { Camera, ExplorerState, Selection } from './state.js';

export interface GraphViewHandlers {
  /** `additive`: shift held, to add the node to (or take it from) the picked nodes. */
  nodeClick(id: string, additive: boolean): void;
  nodeDoubleClick(id: string): void;
  edgeClick(id: string): void;
  stageClick(): void;
  cameraMoved(camera: Camera): void;
  /** The first frame with nodes in it has been drawn. */
  firstDraw(): void;
}

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  node: NetworkNode;
  stance: string;
  /** Every node is offered to the label drawer, which shows those `placeLabels` found room for. */
  forceLabel: true;
  /** Drawn in the background (not the selection or its neighbours). */
  faded?: boolean;
}

interface EdgeAttributes {
  size: number;
  color: string;
  type: EdgeType;
  /** Parallel edges only: how far the curve bows, as a share of the edge's length (parallel-edges.ts). */
  curvature?: number;
  edge: NetworkEdge;
}

type EdgeType = 'arrow' | 'line' | 'curvedArrow' | 'curved';

const LABEL_FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const LABEL_SIZE = 12;
/** In a network of more than 200 nodes, a node outside the selection and the expanded ones is labelled from this drawn radius (px). */
const MIN_LABELLED_RADIUS = 7;

const FADED_NODE = '#dcdcdc';
const FADED_EDGE = 'rgba(200,200,200,0.25)';
/** A node colour washed out toward white: still its colour, clearly in the background. */
function fade(colour: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return FADED_NODE;
  const value = Number.parseInt(colour.slice(1), 16);
  const mix = (channel: number) => Math.round(channel + (255 - channel) * 0.6);
  return `rgb(${mix((value >> 16) & 255)},${mix((value >> 8) & 255)},${mix(value & 255)})`;
}
const MAX_LABEL = 42;

export function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** A node's stance: the balance of the stances of the edges at it (what it said and what was said of it). */
function nodeStances(network: Network): Map<string, string> {
  const tally = new Map<string, { critical: number; supportive: number }>();
  const add = (id: string, stance: string, weight: number) => {
    const entry = tally.get(id) ?? { critical: 0, supportive: 0 };
    if (stance === 'critical' || stance === 'mixed') entry.critical += weight;
    if (stance === 'supportive' || stance === 'mixed') entry.supportive += weight;
    tally.set(id, entry);
  };
  for (const edge of network.edges) {
    const stance = edge.stance?.toLowerCase() ?? (edge.type === 'CONFLICT' ? 'critical' : edge.type === 'CONGRUENCE' ? 'supportive' : null);
    if (!stance) continue;
    const weight = Math.abs(edge.weight);
    add(edge.source, stance, weight);
    add(edge.target, stance, weight);
  }
  const result = new Map<string, string>();
  for (const [id, { critical, supportive }] of tally) {
    const total = critical + supportive;
    result.set(id, total === 0 ? 'none' : critical / total >= 0.65 ? 'critical' : supportive / total >= 0.65 ? 'supportive' : 'mixed');
  }
  return result;
}

function circlePositions(network: Network): Map<string, { x: number; y: number }> {
  const nodes = [...network.nodes].sort(
    (a, b) => (a.metrics.community ?? 0) - (b.metrics.community ?? 0) || a.type.localeCompare(b.type) || a.label.localeCompare(b.label),
  );
  const positions = new Map<string, { x: number; y: number }>();
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
    positions.set(node.id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  return positions;
}

export function metricValue(node: NetworkNode, sizeBy: ExplorerState['sizeBy']): number {
  return Math.abs(node.metrics[sizeBy] ?? 0);
}

const newGraph = () => new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'mixed', allowSelfLoops: true });

export class GraphView {
  graph = newGraph();
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  network: Network | null = null;
  private selection: Selection | undefined;
  /** The selected node and its neighbours, or the selected edge's ends: drawn in full, the rest faded. */
  private focus: Set<string> | null = null;
  private drawn = false;
  private cancelAnimation: (() => void) | null = null;
  private maxMetric = 1;
  /** Nodes in priority order for labels, and where the last frame put them. */
  private labelOrder: string[] = [];
  /** Nodes before this index in `labelOrder` are labelled whatever their size. */
  private labelledAtAnySize = 0;
  private placedLabels = new Map<string, PlacedLabel>();
  private labelsPlaced = false;
  private readonly measure = textMeasurer(`500 ${LABEL_SIZE}px ${LABEL_FONT}`);
  /** The expanded nodes, and the nodes the last expansion brought in: their labels come first. */
  private expanded = new Set<string>();
  private fresh = new Set<string>();
  /** What the selection tools and client-side filters leave on screen, and the shift-picked nodes. */
  private visible: Visibility = { nodes: null, minWeight: 0 };
  private picked = new Set<string>();

  constructor(container: HTMLElement, private readonly handlers: GraphViewHandlers) {
    this.renderer = new Sigma<NodeAttributes, EdgeAttributes>(this.graph, container, {
      enableEdgeEvents: true,
      zIndex: true,
      renderEdgeLabels: false,
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: '500',
      labelColor: { color: '#1f2328' },
      labelDensity: 0.35,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      defaultEdgeType: 'arrow',
      edgeProgramClasses: {
        arrow: createEdgeArrowProgram<NodeAttributes, EdgeAttributes>(),
        line: EdgeLineProgram,
        curvedArrow: createEdgeCurveProgram<NodeAttributes, EdgeAttributes>({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS }),
        curved: createEdgeCurveProgram<NodeAttributes, EdgeAttributes>(),
      },
      defaultDrawNodeLabel: (context, data) => this.drawLabel(context, data.key, data.faded === true),
      minEdgeThickness: 1,
      stagePadding: 40,
      nodeReducer: (node, data) => {
        if (!nodeShown(this.visible, node)) return { ...data, hidden: true };
        // Picked nodes (shift-click) are ringed, and never faded.
        if (this.picked.has(node)) return { ...data, highlighted: true, zIndex: 2 };
        if (!this.focus) return data;
        if (this.selection?.kind === 'node' && this.selection.id === node) return { ...data, highlighted: true, zIndex: 2 };
        if (this.focus.has(node)) return { ...data, zIndex: 1 };
        return { ...data, color: this.graph.order <= 80 ? fade(data.color) : FADED_NODE, faded: true, zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (!edgeShown(this.visible, data.edge)) return { ...data, hidden: true };
        if (!this.focus) return data;
        if (this.selection?.kind === 'edge') {
          return this.selection.id === edge ? { ...data, size: data.size * 2 + 2, color: data.color.replace(/,[\d.]+\)$/, ',1)'), zIndex: 2 } : { ...data, color: this.fadedEdge(data.color), zIndex: 0 };
        }
        const [source, target] = this.graph.extremities(edge);
        const id = this.selection?.id;
        return source === id || target === id ? { ...data, color: data.color.replace(/,[\d.]+\)$/, ',0.9)'), zIndex: 1 } : { ...data, color: this.fadedEdge(data.color), zIndex: 0 };
      },
    });
    // The stage narrows when the details panel opens: sigma only watches the window.
    new ResizeObserver(() => {
      this.renderer.resize();
      this.renderer.refresh({ schedule: true });
    }).observe(container);
    this.renderer.on('clickNode', ({ node, event }) => handlers.nodeClick(node, Boolean((event.original as MouseEvent).shiftKey)));
    this.renderer.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      handlers.nodeDoubleClick(event.node);
    });
    // A double-click on the background or a line would zoom into blank canvas: Fit is the way to zoom out again, and zooming is the wheel's.
    this.renderer.on('doubleClickStage', (event) => event.preventSigmaDefault());
    this.renderer.on('doubleClickEdge', (event) => event.preventSigmaDefault());
    this.renderer.on('clickEdge', ({ edge }) => handlers.edgeClick(edge));
    this.renderer.on('clickStage', () => handlers.stageClick());
    this.renderer.on('enterNode', () => container.classList.add('pointer'));
    this.renderer.on('leaveNode', () => container.classList.remove('pointer'));
    this.renderer.on('enterEdge', () => container.classList.add('pointer'));
    this.renderer.on('leaveEdge', () => container.classList.remove('pointer'));
    this.renderer.getCamera().on('updated', (camera) => handlers.cameraMoved({ x: camera.x, y: camera.y, ratio: camera.ratio }));
    // Labels are placed once a frame, when the first is drawn: by then sigma has processed the frame's nodes.
    this.renderer.on('beforeRender', () => {
      this.labelsPlaced = false;
    });
    this.renderer.on('afterRender', () => {
      if (!this.drawn && this.graph.order > 0) {
        this.drawn = true;
        handlers.firstDraw();
      }
    });
  }

  /**
   * Label priority: the selected node, then the expanded nodes, then the selection's
   * neighbours and the nodes the last expansion brought, then the rest; within each, the
   * bigger (by the chosen size metric) first. Background nodes come last.
   */
  private labelPriority(id: string): number {
    if (this.selection?.kind === 'node' && this.selection.id === id) return 0;
    if (this.expanded.has(id)) return 1;
    if (this.focus?.has(id) || this.fresh.has(id)) return 2;
    return this.focus ? 4 : 3;
  }

  private orderLabels(): void {
    const order = this.graph.nodes();
    const tier = new Map(order.map((id) => [id, this.labelPriority(id)]));
    order.sort((a, b) => tier.get(a)! - tier.get(b)! || this.graph.getNodeAttribute(b, 'size') - this.graph.getNodeAttribute(a, 'size') || (a < b ? -1 : 1));
    this.labelOrder = order;
    // In a big network the rest (tier 3 and 4) are labelled only when drawn big enough to matter, as sigma's own threshold did.
    this.labelledAtAnySize = this.graph.order > 200 ? order.findIndex((id) => tier.get(id)! >= 3) : order.length;
    if (this.labelledAtAnySize < 0) this.labelledAtAnySize = order.length;
  }

  /** Each frame: the labels that fit without overlap, in priority order, among the nodes on screen. */
  private placeScreenLabels(): void {
    const { width, height } = this.renderer.getDimensions();
    const renderer = this.renderer;
    const order = this.labelOrder;
    const anySize = this.labelledAtAnySize;
    function* candidates(): Generator<LabelCandidate> {
      for (const [i, id] of order.entries()) {
        const data = renderer.getNodeDisplayData(id);
        if (!data || data.hidden || !data.label) continue;
        const r = renderer.scaleSize(data.size);
        if (i >= anySize && r < MIN_LABELLED_RADIUS) continue;
        const { x, y } = renderer.framedGraphToViewport(data);
        if (x < -200 || y < -20 || x > width + 200 || y > height + 20) continue;
        yield { id, text: data.label, x, y, r };
      }
    }
    const obstacles: Obstacle[] = [];
    for (const id of order) {
      const data = renderer.getNodeDisplayData(id);
      if (!data || data.hidden) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      if (x > -50 && y > -50 && x < width + 50 && y < height + 50) obstacles.push({ id, x, y, r: renderer.scaleSize(data.size) });
    }
    this.placedLabels = new Map(placeLabels(candidates(), this.measure, LABEL_SIZE, { width, height }, obstacles).map((label) => [label.id, label]));
  }

  private drawLabel(context: CanvasRenderingContext2D, id: string, faded: boolean): void {
    if (!this.labelsPlaced) {
      this.placeScreenLabels();
      this.labelsPlaced = true;
    }
    const label = this.placedLabels.get(id);
    if (!label) return;
    context.font = `500 ${LABEL_SIZE}px ${LABEL_FONT}`;
    // A white halo keeps a label readable where it crosses a line.
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.85)';
    context.strokeText(label.text, label.x, label.y);
    context.fillStyle = faded ? '#8c959f' : '#1f2328';
    context.fillText(label.text, label.x, label.y);
  }

  /** The nodes and edges on screen (not hidden by the selection tools or filters). */
  shownNodes(): string[] {
    return this.graph.filterNodes((id) => nodeShown(this.visible, id));
  }

  /** The node after (or before) `id` among those on screen, biggest first by the size metric: keyboard access to every node. */
  nextNode(id: string | undefined, step: 1 | -1): string | undefined {
    const nodes = this.shownNodes().sort((a, b) => this.graph.getNodeAttribute(b, 'size') - this.graph.getNodeAttribute(a, 'size') || (a < b ? -1 : 1));
    if (nodes.length === 0) return undefined;
    const at = id === undefined ? -1 : nodes.indexOf(id);
    if (at < 0) return step === 1 ? nodes[0] : nodes[nodes.length - 1];
    return nodes[(at + step + nodes.length) % nodes.length];
  }

  shownEdges(): NetworkEdge[] {
    return this.graph.mapEdges((_id, attributes) => attributes.edge).filter((edge) => edgeShown(this.visible, edge));
  }

  /** The labels drawn in the last frame (for tests). */
  get shownLabels(): PlacedLabel[] {
    return [...this.placedLabels.values()];
  }

  /** In a small network a background edge keeps a trace of its colour; in a big one it goes grey. */
  private fadedEdge(colour: string): string {
    if (this.graph.size > 200) return FADED_EDGE;
    // Mixed toward white and opaque: a translucent saturated colour blends off-hue in WebGL (orange turned yellow).
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    if (r === undefined || g === undefined || b === undefined) return FADED_EDGE;
    const mix = (channel: number) => Math.round(channel + (255 - channel) * 0.72);
    return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
  }

  /**
   * Draws a network. Nodes already on screen glide to their new places; new
   * ones grow out of `anchor` (the node just expanded) when given.
   */
  show(network: Network, state: ExplorerState, anchor?: string): void {
    this.cancelAnimation?.();
    this.cancelAnimation = null;
    const previous = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((id, attributes) => previous.set(id, { x: attributes.x, y: attributes.y }));
    const from = anchor ? previous.get(anchor) : undefined;
    const targets = this.positions(network, state.layout);
    const animate = previous.size > 0 && network.nodes.some((n) => previous.has(n.id));

    // Built off screen, then handed to sigma whole: one indexing pass instead of one per node and edge.
    this.network = network;
    const graph = newGraph();
    for (const node of network.nodes) {
      const target = targets.get(node.id)!;
      const start = animate ? previous.get(node.id) ?? from ?? target : target;
      graph.addNode(node.id, { x: start.x, y: start.y, size: 4, color: '#999', label: shortLabel(node.label), node, stance: 'none', forceLabel: true });
    }
    const curvatures = parallelCurvatures(network.edges);
    for (const edge of network.edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      const curvature = curvatures.get(edge.id);
      const type = curvature === undefined ? (network.directed ? 'arrow' : 'line') : network.directed ? 'curvedArrow' : 'curved';
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { size: 1, color: '#999', type, curvature, edge });
    }
    this.fresh = anchor ? new Set(network.nodes.filter((n) => !previous.has(n.id)).map((n) => n.id)) : new Set();
    this.graph = graph;
    this.style(state, graph);
    this.select(state.selected, false);
    this.renderer.setGraph(graph);
    if (animate) {
      const positions: Record<string, { x: number; y: number }> = {};
      for (const [id, target] of targets) positions[id] = target;
      this.cancelAnimation = animateNodes(this.graph, positions, { duration: 450 });
    }
  }

  private positions(network: Network, layout: ExplorerState['layout']): Map<string, { x: number; y: number }> {
    const circle = circlePositions(network);
    if (layout === 'circle') return circle;
    const positions = new Map<string, { x: number; y: number }>();
    for (const node of network.nodes) {
      const { x, y } = node.metrics;
      positions.set(node.id, x !== null && y !== null ? { x, y } : circle.get(node.id)!);
    }
    return positions;
  }

  /** Colours and sizes from the state; cheap: no layout, no fetch. */
  style(state: ExplorerState, graph = this.graph): void {
    const network = this.network;
    if (!network) return;
    this.expanded = new Set(state.view === 'graph' ? state.from : []);
    this.visible = visibility(network, state);
    this.picked = new Set(state.picked);
    const stances = nodeStances(network);
    this.maxMetric = Math.max(1e-9, ...network.nodes.map((n) => metricValue(n, state.sizeBy)));
    const big = network.edges.length > 2000;
    const alpha = network.edges.length > 2000 ? 0.28 : network.edges.length > 500 ? 0.45 : 0.7;
    const maxWeight = Math.max(1e-9, ...network.edges.map((e) => Math.abs(e.weight)));
    graph.updateEachNodeAttributes((_id, attributes) => {
      const node = attributes.node;
      const stance = stances.get(node.id) ?? 'none';
      const color =
        state.colourBy === 'community' ? communityColour(node.metrics.community) : state.colourBy === 'stance' ? STANCE_COLOURS[stance]! : (TYPE_COLOURS[node.type] ?? '#999');
      return { ...attributes, stance, color, size: this.sizeOf(node, state) };
    });
    // The hint names `type` so sigma re-indexes: without hints it assumes every edge is already indexed.
    graph.updateEachEdgeAttributes(
      (_id, attributes) => {
        const edge = attributes.edge;
        const scale = Math.sqrt(Math.abs(edge.weight) / maxWeight);
        return { ...attributes, color: withAlpha(edgeColour(edge.type, edge.stance, edge.weight), alpha), size: big ? 0.6 + 1.6 * scale : 0.8 + 3.2 * scale };
      },
      { attributes: ['color', 'size', 'type'] },
    );
  }

  sizeOf(node: NetworkNode, state: ExplorerState): number {
    const small = (this.network?.nodes.length ?? 0) > 800;
    return (small ? 2.5 : 4) + (small ? 12 : 16) * Math.sqrt(metricValue(node, state.sizeBy) / this.maxMetric);
  }

  get metricMax(): number {
    return this.maxMetric;
  }

  select(selection: Selection | undefined, refresh = true): void {
    this.selection = selection;
    this.focus = null;
    if (selection?.kind === 'node' && this.graph.hasNode(selection.id)) {
      this.focus = new Set([selection.id, ...this.graph.neighbors(selection.id)]);
    } else if (selection?.kind === 'edge' && this.graph.hasEdge(selection.id)) {
      this.focus = new Set(this.graph.extremities(selection.id));
    }
    this.orderLabels();
    if (refresh) this.renderer.refresh({ schedule: true });
  }

  hasNode(id: string): boolean {
    return this.graph.hasNode(id);
  }

  node(id: string): NetworkNode | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'node') : undefined;
  }

  edge(id: string): NetworkEdge | undefined {
    return this.graph.hasEdge(id) ? this.graph.getEdgeAttribute(id, 'edge') : undefined;
  }

  /** Edges at a node, heaviest first. */
  edgesOf(id: string): NetworkEdge[] {
    if (!this.graph.hasNode(id)) return [];
    return this.graph.edges(id).map((e) => this.graph.getEdgeAttribute(e, 'edge')).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.id.localeCompare(b.id));
  }

  setCamera(camera: Camera | undefined): void {
    if (camera) this.renderer.getCamera().setState(camera);
    else this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** The whole network in view (sigma frames the graph's extent at the home camera). */
  fit(): void {
    void this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  /** Where a node is drawn, in CSS pixels from the page's top left (for tests and keyboard focus). */
  pagePosition(id: string): { x: number; y: number } | null {
    const data = this.graph.hasNode(id) ? this.renderer.getNodeDisplayData(id) : undefined;
    if (!data || data.hidden) return null;
    const viewport = this.renderer.framedGraphToViewport(data);
    const box = this.renderer.getContainer().getBoundingClientRect();
    return { x: box.left + viewport.x, y: box.top + viewport.y };
  }

  /** The middle of an edge as drawn (on its curve, for parallel edges), in CSS pixels from the page's top left. */
  edgePagePoint(id: string): { x: number; y: number } | null {
    if (!this.graph.hasEdge(id)) return null;
    const [sourceId, targetId] = this.graph.extremities(id);
    const source = this.pagePosition(sourceId);
    const target = this.pagePosition(targetId);
    if (!source || !target) return null;
    const curvature = this.graph.getEdgeAttribute(id, 'curvature') ?? 0;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    // A quadratic curve's middle is halfway between its chord's middle and its control point (see picture.ts).
    return { x: (source.x + target.x) / 2 + (dy * curvature) / 2, y: (source.y + target.y) / 2 - (dx * curvature) / 2 };
  }

  focusOn(id: string): void {
    if (!this.graph.hasNode(id)) return;
    const data = this.renderer.getNodeDisplayData(id);
    if (data) void this.renderer.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(this.renderer.getCamera().ratio, 0.8) }, { duration: 400 });
  }
}
