/**
 * The Chorus network explorer: wires the state (and its URL), the API, the
 * graph view and the panels. One rule: the state decides everything on
 * screen, and every change goes through `update`, which writes the URL.
 */
import './style.css';
import { fetchNetwork, fetchYears, type Network, type SearchHit } from './api.js';
import { debounce } from './dom.js';
import { showEdge, showNode, type DetailsActions } from './details.js';
import { GraphView, metricValue } from './graph-view.js';
import { legendModel, renderLegend, type LegendModel } from './legend.js';
import { picturePng, pictureSvg, type PictureText } from './picture.js';
import { setUpSearch } from './search.js';
import { renderSidebar } from './sidebar.js';
import { stopPlaying } from './time-slider.js';
import { networkKey, stateFromUrl, urlOfState, type Camera, type ExplorerState } from './state.js';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const sidebar = element('sidebar');
const details = element('details');
const legend = element('legend');
const status = element('status');
const layout = document.querySelector<HTMLElement>('.layout')!;

/** Diagnostics for tests and the curious: when the first frame was drawn (ms since navigation), and what is on screen. */
const diagnostics = { firstDrawMs: null as number | null, firstRequestMs: null as number | null, firstResponseMs: null as number | null, nodes: 0, edges: 0, loads: 0, busy: false, url: '' };
(window as unknown as { __explorer: typeof diagnostics }).__explorer = diagnostics;

let state: ExplorerState = stateFromUrl(window.location.search);
let loadedKey: string | null = null;
let loading: AbortController | null = null;
/** Labels of nodes seen so far, for chips and titles of nodes no longer on screen. */
const labels = new Map<string, string>();
/** Years covered by the networks seen (the time slider's range). */
let years: [number, number] | null = null;
/** Camera events from our own moves are not the user's. */
let ownCameraMove = false;

const view = new GraphView(element('graph'), {
  nodeClick: (id, additive) => (additive ? togglePicked(id) : update({ selected: { kind: 'node', id }, picked: [] })),
  nodeDoubleClick: (id) => expand(id),
  edgeClick: (id) => update({ selected: { kind: 'edge', id } }),
  stageClick: () => {
    if (state.selected) update({ selected: undefined });
  },
  cameraMoved: (camera) => {
    if (!ownCameraMove) saveCamera(camera);
  },
  firstDraw: () => {
    diagnostics.firstDrawMs = Math.round(performance.now());
    document.body.dataset.firstDrawMs = String(diagnostics.firstDrawMs);
  },
});
/** For tests: where a node is drawn on the page, and the camera. */
(window as unknown as { __explorerView: unknown }).__explorerView = {
  nodePosition: (id: string) => view.pagePosition(id),
  camera: () => view.renderer.getCamera().getState(),
  labels: () => view.shownLabels,
  shownNodes: () => view.shownNodes(),
  shownEdges: () => view.shownEdges().map((e) => ({ id: e.id, weight: e.weight })),
  nodeTypes: () => Object.fromEntries(view.network?.nodes.map((n) => [n.id, n.type]) ?? []),
  degrees: () => Object.fromEntries(view.network?.nodes.map((n) => [n.id, n.metrics.degree ?? 0]) ?? []),
  edgeIds: () => view.graph.edges(),
  edgePosition: (id: string) => view.edgePagePoint(id),
};

/**
 * Undo and redo walk the browser's history of this page's views: every change of view is a
 * history entry (a camera move only replaces the current one), numbered so the buttons know
 * whether there is a step to take without leaving the explorer.
 */
let historyIndex = Number((history.state as { index?: number } | null)?.index ?? 0);
let historyMax = historyIndex;

const saveCamera = debounce((camera: Camera) => {
  const home = Math.abs(camera.x - 0.5) < 1e-3 && Math.abs(camera.y - 0.5) < 1e-3 && Math.abs(camera.ratio - 1) < 1e-3;
  state = { ...state, camera: home ? undefined : camera };
  writeUrl('replace');
}, 250);

function labelOf(id: string): string {
  return view.node(id)?.label ?? labels.get(id) ?? id;
}

function writeUrl(mode: 'push' | 'replace'): void {
  const url = urlOfState(state);
  diagnostics.url = url;
  if (url === window.location.pathname + window.location.search) return;
  if (mode === 'push') {
    historyIndex += 1;
    historyMax = historyIndex;
    history.pushState({ index: historyIndex }, '', url);
  } else history.replaceState({ index: historyIndex }, '', url);
  renderHistoryButtons();
  const link = document.getElementById('view-link') as HTMLInputElement | null;
  if (link) link.value = new URL(url, window.location.href).href;
}

/** The one way the state changes: merge, write the URL, then fetch or restyle as needed. */
function update(patch: Partial<ExplorerState>, options: { history?: 'push' | 'replace'; anchor?: string } = {}): void {
  state = { ...state, ...patch };
  writeUrl(options.history ?? 'push');
  // The controls show the new state at once: a second click before the network arrives must not act on the old one.
  renderPanels();
  void render(options.anchor);
}

/** Shift-click: the node joins the picked nodes (with the selected one, on the first shift-click), or leaves them. */
function togglePicked(id: string): void {
  const picked = new Set(state.picked);
  if (picked.size === 0 && state.selected?.kind === 'node') picked.add(state.selected.id);
  if (picked.has(id)) picked.delete(id);
  else picked.add(id);
  update({ picked: [...picked] });
}

/** What the selection tools act on: the picked nodes and the selected one. */
function selectionIds(): string[] {
  const ids = new Set(state.picked);
  if (state.selected?.kind === 'node') ids.add(state.selected.id);
  return [...ids];
}

const selectionTools = {
  hide: () => {
    const ids = selectionIds();
    if (ids.length) update({ hidden: [...new Set([...state.hidden, ...ids])], only: state.only.filter((id) => !ids.includes(id)), picked: [], selected: undefined });
  },
  showOnly: () => {
    const ids = selectionIds();
    if (ids.length) update({ only: ids, hidden: state.hidden.filter((id) => !ids.includes(id)), picked: [] });
  },
  showAll: () => update({ hidden: [], only: [] }),
  clearPicked: () => update({ picked: [] }),
};

function expand(id: string): void {
  if (state.view !== 'graph') {
    update({ view: 'graph', from: [id], selected: { kind: 'node', id }, camera: undefined });
    return;
  }
  const from = state.from.includes(id) ? state.from : [...state.from, id].slice(-100);
  // "Show only" would hide the neighbours the reader asked for.
  update({ from, selected: { kind: 'node', id }, only: [] }, { anchor: id });
}

function collapse(id: string): void {
  const from = state.from.filter((f) => f !== id);
  update({ from, selected: state.selected?.id === id ? undefined : state.selected });
}

const detailActions: DetailsActions = {
  selectNode: (id) => {
    update({ selected: { kind: 'node', id } });
    if (view.hasNode(id)) focusCamera(id);
  },
  selectEdge: (id) => update({ selected: { kind: 'edge', id } }),
  expand,
  collapse,
  focus: (id) => focusCamera(id),
  close: () => update({ selected: undefined }),
  labelOf,
  isExpanded: (id) => state.view === 'graph' && state.from.includes(id),
  get graphView() {
    return state.view === 'graph';
  },
};

const undoButton = element<HTMLButtonElement>('undo');
const redoButton = element<HTMLButtonElement>('redo');
function renderHistoryButtons(): void {
  undoButton.disabled = historyIndex <= 0;
  redoButton.disabled = historyIndex >= historyMax;
}
const undo = () => {
  if (historyIndex > 0) history.back();
};
const redo = () => {
  if (historyIndex < historyMax) history.forward();
};
undoButton.addEventListener('click', undo);
redoButton.addEventListener('click', redo);
element('fit').addEventListener('click', () => view.fit());

/** Narrow screens: the side panels are drawers; the details drawer opens with a selection. */
function toggleDrawer(name: 'sidebar' | 'panel', open?: boolean): void {
  const next = layout.classList.toggle(`${name}-open`, open);
  element(`toggle-${name}`).setAttribute('aria-expanded', String(next));
}
element('toggle-sidebar').addEventListener('click', () => toggleDrawer('sidebar'));
element('toggle-panel').addEventListener('click', () => toggleDrawer('panel'));

function focusCamera(id: string): void {
  view.focusOn(id);
}

function dateDomain(): [number, number] {
  const current = new Date().getFullYear();
  const [min, max] = years ?? [current - 10, current];
  const from = state.dateFrom ? Number(state.dateFrom.slice(0, 4)) : min;
  const to = state.dateTo ? Number(state.dateTo.slice(0, 4)) : max;
  return [Math.min(min, from), Math.max(max, to)];
}

function noteYears(network: Network): void {
  for (const item of [...network.nodes, ...network.edges]) {
    for (const date of [item.firstDate, item.lastDate]) {
      const year = date ? Number(date.slice(0, 4)) : NaN;
      if (!Number.isFinite(year)) continue;
      years = years ? [Math.min(years[0], year), Math.max(years[1], year)] : [year, year];
    }
  }
}

/** The legend of what is on screen (the page's and the pictures'). */
function currentLegend(): LegendModel | null {
  const network = view.network;
  if (!network) return null;
  const sizes = network.nodes.map((n) => metricValue(n, state.sizeBy));
  const min = sizes.length ? Math.min(...sizes) : 0;
  const max = sizes.length ? Math.max(...sizes) : 0;
  const sample = network.nodes[0];
  return legendModel(network, state, {
    min,
    max,
    minPx: sample ? view.sizeOf({ ...sample, metrics: { ...sample.metrics, [state.sizeBy]: min } }, state) : 4,
    maxPx: sample ? view.sizeOf({ ...sample, metrics: { ...sample.metrics, [state.sizeBy]: max } }, state) : 20,
  });
}

const VIEW_TITLES: Record<string, string> = {
  congruence: 'Who took the same side (congruence)',
  conflict: 'Who took opposite sides (conflict)',
  subtract: 'Same side minus opposite sides (subtract)',
  'two-mode': 'Who took which side on what (two-mode)',
};

/** A picture's title, and its footer: where it comes from (Chorus, the data) and the link to the view. */
function pictureText(): PictureText {
  const dates = state.dateFrom || state.dateTo ? `, ${state.dateFrom ?? '…'} to ${state.dateTo ?? '…'}` : '';
  const names = state.from.map(labelOf);
  const title =
    state.view === 'graph'
      ? names.length
        ? `Who criticised, praised or responded to ${names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')}${dates}`
        : `Who criticised, praised or responded to whom${dates}`
      : `${VIEW_TITLES[state.view]}, ${state.actors === 'person' ? 'people' : 'organisations'}${dates}`;
  const network = view.network;
  const statements = new Set(network?.edges.flatMap((e) => e.evidence) ?? []).size;
  const made = new Date().toISOString().slice(0, 10);
  return {
    title,
    footer: [
      `Made with Chorus from its graph at ${window.location.host}: ${network?.nodes.length ?? 0} nodes, ${network?.edges.length ?? 0} links, ${statements} statements quoted in their sources (${made}).`,
      `This view, with the quotes behind every line: ${new URL(urlOfState(state), window.location.href).href}`,
    ],
  };
}

function renderPanels(): void {
  renderSidebar(sidebar, state, dateDomain(), view.network, {
    selection: selectionIds().length,
    shown: view.network ? view.shownNodes().length : 0,
    ...selectionTools,
    update: (patch, history) => update(patch, { history }),
    rerender: () => renderPanels(),
    collapse,
    labelOf,
    downloadPng: (scale) => void downloadPng(scale),
    downloadSvg,
  });
  renderLegend(legend, currentLegend());
  for (const button of document.querySelectorAll<HTMLButtonElement>('nav.views button')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  }
}

let shownSelection = '';
function renderDetails(): void {
  const selected = state.selected;
  const key = selected ? `${selected.kind}:${selected.id}` : '';
  // On a narrow screen the details drawer opens with a new selection and closes with it.
  if (key !== shownSelection) toggleDrawer('panel', Boolean(selected));
  shownSelection = key;
  if (!selected) {
    details.hidden = true;
    details.replaceChildren();
    return;
  }
  if (selected.kind === 'node') void showNode(details, view.node(selected.id), selected.id, view.edgesOf(selected.id), detailActions);
  else void showEdge(details, view.edge(selected.id), selected.id, detailActions);
}

async function render(anchor?: string): Promise<void> {
  const key = networkKey(state);
  if (key !== loadedKey) {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    diagnostics.busy = true;
    status.textContent = 'Loading the network…';
    status.className = 'status busy';
    let network: Network;
    const first = loadedKey === null;
    if (first) diagnostics.firstRequestMs = Math.round(performance.now());
    try {
      network = await fetchNetwork(state, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      diagnostics.busy = false;
      status.textContent = `Could not load the network: ${(error as Error).message}`;
      status.className = 'status error';
      renderPanels();
      return;
    }
    if (controller.signal.aborted) return;
    if (first) diagnostics.firstResponseMs = Math.round(performance.now());
    loadedKey = key;
    diagnostics.loads += 1;
    diagnostics.busy = false;
    for (const node of network.nodes) labels.set(node.id, node.label);
    noteYears(network);
    diagnostics.nodes = network.nodes.length;
    diagnostics.edges = network.edges.length;
    ownCameraMove = true;
    view.show(network, state, anchor);
    lastLayout = state.layout;
    if (first || !anchor) view.setCamera(state.camera);
    ownCameraMove = false;
    const counts = `${network.nodes.length.toLocaleString('en')} nodes, ${network.edges.length.toLocaleString('en')} links`;
    status.textContent = network.truncated ? `${counts}. ${network.message ?? 'The selection was cut at its limit.'}` : network.nodes.length === 0 ? 'Nothing matches these filters.' : counts;
    status.className = network.truncated ? 'status warn' : 'status';
  } else {
    view.style(state);
    view.select(state.selected);
  }
  if (state.layout !== lastLayout) {
    lastLayout = state.layout;
    if (view.network && key === loadedKey) view.show(view.network, state);
  }
  renderPanels();
  renderDetails();
}
let lastLayout = state.layout;

async function downloadPng(scale: number): Promise<void> {
  const model = currentLegend();
  if (!model) return;
  save(await picturePng(view.renderer, model, pictureText(), scale), 'chorus-network.png');
}

function downloadSvg(): void {
  const model = currentLegend();
  if (!model) return;
  save(new Blob([pictureSvg(view.renderer, model, pictureText())], { type: 'image/svg+xml' }), 'chorus-network.svg');
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pick(hit: SearchHit): void {
  labels.set(hit.id, hit.label);
  if (state.view !== 'graph' && view.hasNode(hit.id)) {
    update({ selected: { kind: 'node', id: hit.id } });
    focusCamera(hit.id);
    return;
  }
  update({ view: 'graph', from: [hit.id], selected: { kind: 'node', id: hit.id }, camera: undefined });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('nav.views button')) {
  button.addEventListener('click', () => {
    const next = button.dataset.view as ExplorerState['view'];
    if (next !== state.view) update({ view: next, selected: undefined, camera: undefined });
  });
}

setUpSearch(element<HTMLInputElement>('search'), element<HTMLUListElement>('suggestions'), pick);

window.addEventListener('popstate', (event) => {
  // Undo, Redo or the browser's Back stop a playing time window: it would move on from where the reader left.
  stopPlaying();
  historyIndex = Number((event.state as { index?: number } | null)?.index ?? 0);
  renderHistoryButtons();
  const next = stateFromUrl(window.location.search);
  diagnostics.url = window.location.pathname + window.location.search;
  const sameNetwork = networkKey(next) === networkKey(state);
  state = next;
  void render().then(() => {
    if (sameNetwork) {
      ownCameraMove = true;
      view.setCamera(state.camera);
      ownCameraMove = false;
    }
  });
});

/** Keys, when no text field has the focus: ] and [ select the next and previous node (biggest first), E expands the selected node, H (or Delete) hides the selected and picked nodes, F fits, Escape clears the selection, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo. */
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement || target.isContentEditable) return;
  const key = event.key.toLowerCase();
  const command = event.ctrlKey || event.metaKey;
  if (command && key === 'z') {
    event.preventDefault();
    if (event.shiftKey) redo();
    else undo();
  } else if (command && key === 'y') {
    event.preventDefault();
    redo();
  } else if (command || event.altKey) {
    return;
  } else if (key === 'escape' && state.selected) {
    update({ selected: undefined });
  } else if (key === 'h' || key === 'delete') {
    selectionTools.hide();
  } else if (key === 'e' && state.selected?.kind === 'node') {
    expand(state.selected.id);
  } else if (key === 'f') {
    view.fit();
  } else if (key === ']' || key === '[') {
    const next = view.nextNode(state.selected?.kind === 'node' ? state.selected.id : undefined, key === ']' ? 1 : -1);
    if (next) {
      update({ selected: { kind: 'node', id: next } }, { history: 'replace' });
      focusCamera(next);
    }
  }
});
renderHistoryButtons();

diagnostics.url = urlOfState(state);
// The corpus's years for the time slider: asked after the network, so as not to hold up the first draw.
void render()
  .then(() => fetchYears())
  .then((span) => {
    if (!span) return;
    years = years ? [Math.min(years[0], span[0]), Math.max(years[1], span[1])] : span;
    renderPanels();
  })
  .catch(() => undefined);
