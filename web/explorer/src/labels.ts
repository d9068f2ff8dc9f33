/**
 * Where node labels go, without overlap: the screen and the exported
 * pictures both place labels with this one function. Candidates come in
 * priority order (the caller decides it: the selection, the expanded nodes,
 * then the size metric); each takes the first free spot among right of its
 * node, left, below and above, that covers no other label and no other
 * node, or is left out. Placed boxes and nodes are kept in a grid of cells, so
 * each test looks at a few neighbours: linear in the number of candidates.
 */
export interface LabelCandidate {
  id: string;
  text: string;
  /** The node's centre and radius, in the picture's pixels. */
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text starts (left end) and its baseline. */
  x: number;
  y: number;
  width: number;
}

/** A node drawn on the picture, which no label may cover but its own. */
export interface Obstacle {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface Bounds {
  width: number;
  height: number;
}

const GAP = 3;
const CELL = 64;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** A box and a circle overlap when the box's point nearest the centre is inside the circle. */
const coversCircle = (box: Box, circle: Obstacle) => {
  const dx = circle.x - Math.max(box.left, Math.min(circle.x, box.right));
  const dy = circle.y - Math.max(box.top, Math.min(circle.y, box.bottom));
  return dx * dx + dy * dy < circle.r * circle.r;
};

/**
 * Places labels in priority order. `measure` gives a text's width at the
 * font in use; `fontSize` its height. Labels keep inside `bounds` (with
 * `margin` to spare) and never cover one another.
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, measure: (text: string) => number, fontSize: number, bounds: Bounds, obstacles: Iterable<Obstacle> = [], margin = 2): PlacedLabel[] {
  const grid = new Map<number, Box[]>();
  const nodes = new Map<number, Obstacle[]>();
  const columns = Math.ceil(bounds.width / CELL) + 2;
  const cellsOf = (box: Box, visit: (key: number) => boolean | void): boolean => {
    const x0 = Math.max(-1, Math.floor(box.left / CELL));
    const x1 = Math.floor(box.right / CELL);
    const y0 = Math.max(-1, Math.floor(box.top / CELL));
    const y1 = Math.floor(box.bottom / CELL);
    for (let gy = y0; gy <= y1; gy++) for (let gx = x0; gx <= x1; gx++) if (visit((gy + 1) * columns + gx + 1) === true) return true;
    return false;
  };
  for (const node of obstacles) {
    cellsOf({ left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r }, (key) => {
      const cell = nodes.get(key);
      if (cell) cell.push(node);
      else nodes.set(key, [node]);
    });
  }
  const free = (box: Box, own: string) =>
    box.left >= margin &&
    box.top >= margin &&
    box.right <= bounds.width - margin &&
    box.bottom <= bounds.height - margin &&
    !cellsOf(box, (key) => grid.get(key)?.some((other) => overlaps(box, other)) || nodes.get(key)?.some((node) => node.id !== own && coversCircle(box, node)));
  const placed: PlacedLabel[] = [];
  const height = fontSize + 2;
  for (const candidate of candidates) {
    if (!candidate.text) continue;
    const width = measure(candidate.text);
    const { x, y, r } = candidate;
    // Right, left, below, above: as a reader scans, and as close to the node as the others allow.
    const spots: [number, number][] = [
      [x + r + GAP, y - height / 2],
      [x - r - GAP - width, y - height / 2],
      [x - width / 2, y + r + GAP],
      [x - width / 2, y - r - GAP - height],
    ];
    for (const [left, top] of spots) {
      const box = { left, top, right: left + width, bottom: top + height };
      if (!free(box, candidate.id)) continue;
      cellsOf(box, (key) => {
        const cell = grid.get(key);
        if (cell) cell.push(box);
        else grid.set(key, [box]);
      });
      placed.push({ id: candidate.id, text: candidate.text, x: left, y: top + height / 2 + fontSize / 3, width });
      break;
    }
  }
  return placed;
}

/** Measures text in a font, remembering widths (labels repeat frame after frame). */
export function textMeasurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}
