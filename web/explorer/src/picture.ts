/**
 * The view as a picture to publish: the whole network (framed as Fit frames it, never cut
 * by the page's panels), with a title, the legend beside it, and a footer naming Chorus,
 * the data and the view's link. One scene, written two ways: SVG (vector) and PNG (drawn
 * on a 2D canvas at 2× or more). Both draw parallel edges as the same curves as the
 * screen, and place labels with the screen's rule (`placeLabels`).
 *
 * Sizes are in CSS pixels of a page `LOGICAL_WIDTH` wide; the PNG multiplies them.
 * (@sigma/export-image was weighed: it renders sigma's own layers at a chosen size, but
 * leaves no room for a legend, title or footer, and its labels are sigma's, not these.)
 */
import type Sigma from 'sigma';
import { svg } from './dom.js';
import { placeLabels, textMeasurer, type PlacedLabel } from './labels.js';
import { formatMetric, type LegendModel } from './legend.js';

export const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const LABEL_SIZE = 12;
const LEGEND_WIDTH = 230;
const MARGIN = 24;
const TITLE_HEIGHT = 40;
const TITLE_LINE = 22;
const FOOTER_LINE = 16;

export interface PictureText {
  title: string;
  /** Lines under the picture: the source (Chorus and the data), then the view's link. */
  footer: string[];
}

interface SceneNode {
  id: string;
  x: number;
  y: number;
  r: number;
  colour: string;
  name: string;
  faded: boolean;
}
interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Quadratic control point, for parallel edges. */
  control: { x: number; y: number } | null;
  colour: string;
  width: number;
  arrow: [number, number][] | null;
}
interface Scene {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  nodes: SceneNode[];
  edges: SceneEdge[];
  labels: (PlacedLabel & { faded: boolean })[];
  legend: LegendModel;
  /** The title and the footer, wrapped to the picture's width. */
  title: string[];
  footer: string[];
}

/**
 * Lines no wider than `width`: broken at spaces, and a word longer than a line (a link)
 * broken where it must.
 */
export function wrapText(text: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > width) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

type AnySigma = Sigma<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The page width a picture is laid out for: the screen's, within reason, so 2× is at least 1,600 px. */
export function logicalWidth(): number {
  return Math.min(1600, Math.max(800, Math.round(window.innerWidth)));
}

/** Builds the scene from what sigma draws (colours and sizes after the selection's highlighting). */
function scene(renderer: AnySigma, legend: LegendModel, text: PictureText, width: number): Scene {
  const graphWidth = width - LEGEND_WIDTH - 3 * MARGIN;
  const title = wrapText(text.title, textMeasurer(`700 17px ${FONT}`), width - 2 * MARGIN);
  const footer = text.footer.flatMap((line) => wrapText(line, textMeasurer(`400 12px ${FONT}`), width - 2 * MARGIN));
  const top = TITLE_HEIGHT + (title.length - 1) * TITLE_LINE;
  // Where sigma would draw each node with the whole graph in view; then scaled to fill the picture's width
  // (up to 1.2 times as tall as wide), leaving room around for labels. Sizes stay as on screen.
  const override = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 }, viewportDimensions: { width: 1000, height: 1000 } };
  const graph = renderer.getGraph();
  const raw: SceneNode[] = [];
  graph.forEachNode((id: string) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const point = renderer.framedGraphToViewport(data, override);
    raw.push({ id, x: point.x, y: point.y, r: Math.max(1, data.size), colour: data.color, name: data.label ?? id, faded: Boolean((data as { faded?: boolean }).faded) });
  });
  const xs = raw.map((n) => n.x);
  const ys = raw.map((n) => n.y);
  const [minX, maxX, minY, maxY] = raw.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 1, 0, 1];
  const pad = 48;
  const fit = Math.min((graphWidth - 2 * pad) / Math.max(maxX - minX, 1e-6), (1.2 * graphWidth - 2 * pad) / Math.max(maxY - minY, 1e-6));
  const graphHeight = Math.max(240, Math.round((maxY - minY) * fit + 2 * pad));
  const area = { x: MARGIN, y: top, width: graphWidth, height: graphHeight };
  const offsetX = area.x + (graphWidth - (maxX - minX) * fit) / 2;
  const nodes = new Map<string, SceneNode>(raw.map((n) => [n.id, { ...n, x: offsetX + (n.x - minX) * fit, y: area.y + pad + (n.y - minY) * fit }]));
  const directed = graph.edges().some((id: string) => (renderer.getEdgeDisplayData(id)?.type ?? '').toLowerCase().includes('arrow'));
  const edges: (SceneEdge & { z: number })[] = [];
  graph.forEachEdge((id: string, _attributes: unknown, sourceId: string, targetId: string) => {
    const data = renderer.getEdgeDisplayData(id) as ({ hidden: boolean; color: string; size: number; type?: string; zIndex?: number; curvature?: number } | undefined);
    const source = nodes.get(sourceId);
    const target = nodes.get(targetId);
    if (!data || data.hidden || !source || !target) return;
    const width = Math.max(0.5, data.size);
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    // The same bow as @sigma/edge-curve: the control point off the middle, along the normal, by curvature × length.
    const control = data.curvature ? { x: (source.x + target.x) / 2 + dy * data.curvature, y: (source.y + target.y) / 2 - dx * data.curvature } : null;
    const from = control ?? source;
    const tx = target.x - from.x;
    const ty = target.y - from.y;
    const length = Math.hypot(tx, ty) || 1;
    const arrow = directed && Math.hypot(dx, dy) > target.r + 4;
    const head = Math.max(5, width * 2.5);
    const end = arrow ? { x: target.x - (tx / length) * (target.r + head), y: target.y - (ty / length) * (target.r + head) } : target;
    let points: [number, number][] | null = null;
    if (arrow) {
      const tip = { x: target.x - (tx / length) * target.r, y: target.y - (ty / length) * target.r };
      const nx = -ty / length;
      const ny = tx / length;
      points = [
        [tip.x, tip.y],
        [end.x + nx * head * 0.6, end.y + ny * head * 0.6],
        [end.x - nx * head * 0.6, end.y - ny * head * 0.6],
      ];
    }
    edges.push({ x1: source.x, y1: source.y, x2: end.x, y2: end.y, control, colour: data.color, width, arrow: points, z: data.zIndex ?? 0 });
  });
  edges.sort((a, b) => a.z - b.z);
  // Labels: the screen's priority (the selection first, then by size), placed within the graph area.
  const measure = textMeasurer(`500 ${LABEL_SIZE}px ${FONT}`);
  const ordered = [...nodes.values()].sort((a, b) => Number(a.faded) - Number(b.faded) || b.r - a.r);
  const placed = placeLabels(
    ordered.map((n) => ({ id: n.id, text: n.name, x: n.x - area.x, y: n.y - area.y, r: n.r })),
    measure,
    LABEL_SIZE,
    { width: area.width, height: area.height },
    ordered.map((n) => ({ id: n.id, x: n.x - area.x, y: n.y - area.y, r: n.r })),
  ).map((label) => ({ ...label, x: label.x + area.x, y: label.y + area.y, faded: nodes.get(label.id)!.faded }));
  const footerTop = area.y + area.height + 16;
  const legendHeight = legendLayout(legend).height;
  const height = Math.max(footerTop + FOOTER_LINE * footer.length + 12, top + legendHeight + 2 * FOOTER_LINE * footer.length);
  return { width, height, graph: area, nodes: [...nodes.values()], edges, labels: placed, legend, title, footer };
}

interface LegendRow {
  y: number;
  kind: 'heading' | 'dot' | 'line' | 'note' | 'sizes';
  text: string;
  colour?: string;
}

/** The legend's rows, top to bottom, relative to its top. */
function legendLayout(legend: LegendModel): { rows: LegendRow[]; height: number } {
  const rows: LegendRow[] = [];
  let y = 0;
  for (const section of legend.sections) {
    y += 18;
    rows.push({ y, kind: 'heading', text: section.title });
    for (const entry of section.entries) {
      y += 17;
      rows.push({ y, kind: entry.shape, text: entry.text, colour: entry.colour });
    }
    if (section.note) {
      y += 16;
      rows.push({ y, kind: 'note', text: section.note });
    }
    y += 8;
  }
  y += 18;
  rows.push({ y, kind: 'heading', text: legend.sizes.title });
  y += Math.max(20, legend.sizes.maxPx * 2 + 4);
  rows.push({ y, kind: 'sizes', text: '' });
  return { rows, height: y + 8 };
}

const fixed = (n: number) => n.toFixed(1);

export function pictureSvg(renderer: AnySigma, legend: LegendModel, text: PictureText): string {
  const picture = scene(renderer, legend, text, logicalWidth());
  const { width, height } = picture;
  const root = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT });
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  picture.title.forEach((line, i) => root.append(svg('text', { x: MARGIN, y: 26 + i * TITLE_LINE, 'font-size': 17, 'font-weight': 700, fill: '#1f2328', class: 'title' }, line)));
  const edges = svg('g', { class: 'edges', fill: 'none', 'stroke-linecap': 'round' });
  for (const edge of picture.edges) {
    if (edge.control) edges.append(svg('path', { d: `M${fixed(edge.x1)},${fixed(edge.y1)} Q${fixed(edge.control.x)},${fixed(edge.control.y)} ${fixed(edge.x2)},${fixed(edge.y2)}`, stroke: edge.colour, 'stroke-width': edge.width.toFixed(2) }));
    else edges.append(svg('line', { x1: fixed(edge.x1), y1: fixed(edge.y1), x2: fixed(edge.x2), y2: fixed(edge.y2), stroke: edge.colour, 'stroke-width': edge.width.toFixed(2) }));
    if (edge.arrow) edges.append(svg('polygon', { points: edge.arrow.map(([x, y]) => `${fixed(x)},${fixed(y)}`).join(' '), fill: edge.colour, stroke: 'none' }));
  }
  const nodes = svg('g', { class: 'nodes', stroke: '#ffffff', 'stroke-width': 1 });
  for (const node of picture.nodes) nodes.append(svg('circle', { cx: fixed(node.x), cy: fixed(node.y), r: node.r.toFixed(2), fill: node.colour }, svg('title', {}, node.name)));
  const labels = svg('g', { class: 'labels', 'font-size': LABEL_SIZE, 'font-weight': 500, stroke: 'rgba(255,255,255,0.85)', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' });
  for (const label of picture.labels) labels.append(svg('text', { x: fixed(label.x), y: fixed(label.y), fill: label.faded ? '#8c959f' : '#1f2328' }, label.text));
  const legendGroup = svg('g', { class: 'legend', 'font-size': 12, fill: '#1f2328' });
  const left = picture.graph.x + picture.graph.width + MARGIN;
  const { rows } = legendLayout(legend);
  for (const row of rows) {
    const y = picture.graph.y + row.y;
    if (row.kind === 'heading') legendGroup.append(svg('text', { x: left, y, 'font-weight': 700 }, row.text));
    else if (row.kind === 'note') legendGroup.append(svg('text', { x: left, y, fill: '#57606a' }, row.text));
    else if (row.kind === 'dot') legendGroup.append(svg('rect', { x: left, y: y - 9, width: 10, height: 10, rx: 5, fill: row.colour! }), svg('text', { x: left + 18, y }, row.text));
    else if (row.kind === 'line') legendGroup.append(svg('rect', { x: left, y: y - 6, width: 18, height: 3, fill: row.colour! }), svg('text', { x: left + 26, y }, row.text));
    else {
      const { minPx, maxPx, min, max } = legend.sizes;
      const mid = y - maxPx - 2;
      legendGroup.append(
        svg('rect', { x: left, y: mid - minPx, width: 2 * minPx, height: 2 * minPx, rx: minPx, fill: '#8c959f' }),
        svg('text', { x: left + 2 * minPx + 6, y: mid + 4 }, formatMetric(min)),
        svg('rect', { x: left + 2 * minPx + 40, y: mid - maxPx, width: 2 * maxPx, height: 2 * maxPx, rx: maxPx, fill: '#8c959f' }),
        svg('text', { x: left + 2 * minPx + 46 + 2 * maxPx, y: mid + 4 }, formatMetric(max)),
      );
    }
  }
  const footer = svg('g', { class: 'footer', 'font-size': 12, fill: '#57606a' });
  picture.footer.forEach((line, i) => footer.append(svg('text', { x: MARGIN, y: picture.height - 12 - (picture.footer.length - 1 - i) * FOOTER_LINE }, line)));
  root.append(edges, nodes, labels, legendGroup, footer);
  return new XMLSerializer().serializeToString(root);
}

/** The same picture as a PNG, `scale` times the logical size (2 at least: print and retina screens). */
export function picturePng(renderer: AnySigma, legend: LegendModel, text: PictureText, scale: number): Promise<Blob> {
  const picture = scene(renderer, legend, text, logicalWidth());
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, picture.width, picture.height);
  context.fillStyle = '#1f2328';
  context.font = `700 17px ${FONT}`;
  picture.title.forEach((line, i) => context.fillText(line, MARGIN, 26 + i * TITLE_LINE));
  context.lineCap = 'round';
  for (const edge of picture.edges) {
    context.strokeStyle = edge.colour;
    context.lineWidth = edge.width;
    context.beginPath();
    context.moveTo(edge.x1, edge.y1);
    if (edge.control) context.quadraticCurveTo(edge.control.x, edge.control.y, edge.x2, edge.y2);
    else context.lineTo(edge.x2, edge.y2);
    context.stroke();
    if (edge.arrow) {
      context.fillStyle = edge.colour;
      context.beginPath();
      edge.arrow.forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
      context.closePath();
      context.fill();
    }
  }
  context.strokeStyle = '#ffffff';
  context.lineWidth = 1;
  for (const node of picture.nodes) {
    context.fillStyle = node.colour;
    context.beginPath();
    context.arc(node.x, node.y, node.r, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
  context.font = `500 ${LABEL_SIZE}px ${FONT}`;
  context.lineJoin = 'round';
  for (const label of picture.labels) {
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.85)';
    context.strokeText(label.text, label.x, label.y);
    context.fillStyle = label.faded ? '#8c959f' : '#1f2328';
    context.fillText(label.text, label.x, label.y);
  }
  const left = picture.graph.x + picture.graph.width + MARGIN;
  for (const row of legendLayout(legend).rows) {
    const y = picture.graph.y + row.y;
    context.font = `${row.kind === 'heading' ? 700 : 400} 12px ${FONT}`;
    context.fillStyle = row.kind === 'note' ? '#57606a' : '#1f2328';
    if (row.kind === 'heading' || row.kind === 'note') context.fillText(row.text, left, y);
    else if (row.kind === 'dot' || row.kind === 'line') {
      context.fillStyle = row.colour!;
      if (row.kind === 'dot') {
        context.beginPath();
        context.arc(left + 5, y - 4, 5, 0, 2 * Math.PI);
        context.fill();
      } else context.fillRect(left, y - 6, 18, 3);
      context.fillStyle = '#1f2328';
      context.fillText(row.text, left + (row.kind === 'dot' ? 18 : 26), y);
    } else {
      const { minPx, maxPx, min, max } = legend.sizes;
      const mid = y - maxPx - 2;
      context.fillStyle = '#8c959f';
      for (const [x, r] of [[left + minPx, minPx], [left + 2 * minPx + 40 + maxPx, maxPx]] as const) {
        context.beginPath();
        context.arc(x, mid, r, 0, 2 * Math.PI);
        context.fill();
      }
      context.fillStyle = '#1f2328';
      context.fillText(formatMetric(min), left + 2 * minPx + 6, mid + 4);
      context.fillText(formatMetric(max), left + 2 * minPx + 46 + 2 * maxPx, mid + 4);
    }
  }
  context.font = `400 12px ${FONT}`;
  context.fillStyle = '#57606a';
  picture.footer.forEach((line, i) => context.fillText(line, MARGIN, picture.height - 12 - (picture.footer.length - 1 - i) * FOOTER_LINE));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}
