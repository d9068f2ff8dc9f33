/**
 * The left panel: what is shown (the expanded nodes), filters (relationship
 * types, stances, a time slider), style (colour, size, layout), the link to
 * this view, and downloads (the /export/* files with the same selection,
 * and PNG and SVG of the picture).
 */
import type { Network } from './api.js';
import { h, replace } from './dom.js';
import { timeSlider } from './time-slider.js';
import { EDGE_TYPE_NAMES, STANCE_COLOURS, TYPE_COLOURS, TYPE_NAMES } from './palette.js';
import { COLOUR_BY, exportParams, LAYOUTS, NORMALISATIONS, RELATIONSHIP_TYPES, SIZE_BY, STANCES, urlOfState, VIEWS, WEIGHTINGS, type ExplorerState } from './state.js';

export interface SidebarActions {
  /** How many nodes the selection tools would act on (picked and selected), and how many nodes are on screen. */
  selection: number;
  shown: number;
  hide(): void;
  showOnly(): void;
  showAll(): void;
  clearPicked(): void;
  update(patch: Partial<ExplorerState>, history?: 'push' | 'replace'): void;
  /** Draws the panels again (the time slider's Play button changes without a change of state). */
  rerender(): void;
  collapse(id: string): void;
  labelOf(id: string): string;
  downloadPng(scale: number): void;
  downloadSvg(): void;
}

/** The PNG's resolution, as a multiple of the picture's size on this screen (kept while the page is open). */
let imageScale = 2;

const VIEW_NAMES: Record<string, string> = {
  graph: 'Who criticised whom',
  congruence: 'Congruence: same side',
  conflict: 'Conflict: opposite sides',
  subtract: 'Subtract: same minus opposite',
  'two-mode': 'Two-mode: actors and targets',
};
/** What makes a tie in each discourse view: a statement's targets are whatever it is about (reports, frameworks, organisations, claims, people…). */
const VIEW_EXPLANATIONS: Record<string, string> = {
  congruence: 'Actors linked when they took the same side (critical or supportive) on the same target: anything their statements are about, whether a report, a framework, an organisation, a claim or a person.',
  conflict: 'Actors linked when they took opposite sides on the same target: anything their statements are about, whether a report, a framework, an organisation, a claim or a person.',
  subtract: 'Congruence minus conflict for each pair of actors: blue where they mostly agreed, vermillion where they mostly disagreed, on the targets of their statements (reports, frameworks, organisations, claims, people).',
  'two-mode': 'Actors and the targets of their statements (reports, frameworks, organisations, claims, people), one line per stance they took.',
};
const WEIGHTING_NAMES: Record<string, string> = { targets: 'Shared targets', statements: 'Statements (as DNA counts)' };
const NORMALISATION_NAMES: Record<string, string> = { none: 'None (raw counts)', average: 'Average activity', jaccard: 'Jaccard', cosine: 'Cosine' };

const COLOUR_NAMES: Record<string, string> = { type: 'Node type', stance: 'Stance (critical, supportive, mixed)', community: 'Community (Louvain)' };
const SIZE_NAMES: Record<string, string> = { degree: 'Degree', weightedDegree: 'Weighted degree (statements)', pagerank: 'PageRank', betweenness: 'Betweenness' };
const LAYOUT_NAMES: Record<string, string> = { force: 'Force-directed (ForceAtlas2)', circle: 'Circle (by community)' };
const EXPORTS = [
  ['network.gexf', 'GEXF (Gephi)'],
  ['network.graphml', 'GraphML'],
  ['network.cyjs.json', 'Cytoscape JSON'],
  ['network.d3.json', 'D3 JSON'],
  ['statements.csv', 'Statements CSV'],
] as const;

function select<T extends string>(name: string, label: string, values: readonly T[], names: Record<string, string>, current: T, onChange: (value: T) => void): HTMLElement {
  const element = h('select', { name, id: `control-${name}`, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value as T) }, values.map((value) => h('option', { value, selected: value === current }, names[value] ?? value)));
  return h('label', { className: 'field' }, h('span', {}, label), element);
}

function checkboxes(name: string, values: readonly string[], checked: string[], label: (value: string) => Node | string, onChange: (values: string[]) => void, keepOne: boolean): HTMLElement {
  return h(
    'div',
    { className: 'checks', role: 'group' },
    values.map((value) =>
      h(
        'label',
        { className: 'check' },
        h('input', {
          type: 'checkbox',
          name,
          value,
          checked: checked.includes(value),
          onchange: (event: Event) => {
            const box = event.target as HTMLInputElement;
            const next = values.filter((v) => (v === value ? box.checked : checked.includes(v)));
            if (keepOne && next.length === 0) {
              box.checked = true;
              return;
            }
            onChange(next);
          },
        }),
        label(value),
      ),
    ),
  );
}

function swatch(colour: string): HTMLElement {
  const element = h('span', { className: 'swatch' });
  element.style.background = colour;
  return element;
}

function numberField(id: string, label: string, value: number, step: string, onChange: (value: number) => void): HTMLElement {
  const input = h('input', { type: 'number', id, min: 0, step, value: value || 0, onchange: (event: Event) => onChange(Math.max(0, Number((event.target as HTMLInputElement).value) || 0)) });
  return h('label', { className: 'field inline' }, h('span', {}, label), input);
}

/** Multi-select (shift-click), hide, show only; and how many nodes the tools and filters left. */
function selectionSection(state: ExplorerState, network: Network | null, actions: SidebarActions): HTMLElement {
  const total = network?.nodes.length ?? 0;
  const reduced = state.hidden.length > 0 || state.only.length > 0;
  return h(
    'section',
    { id: 'selection-tools' },
    h('h2', {}, 'Selection'),
    h('p', { className: 'muted', id: 'selection-count' }, actions.selection ? `${actions.selection} selected. ` : 'Shift-click nodes to select several. ', `${actions.shown} of ${total} nodes shown.`),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'button', id: 'hide-selection', disabled: !actions.selection, title: 'Hide the selected nodes (H)', onclick: () => actions.hide() }, 'Hide'),
      h('button', { type: 'button', id: 'show-only', disabled: !actions.selection, onclick: () => actions.showOnly() }, 'Show only these'),
      state.picked.length ? h('button', { type: 'button', id: 'clear-picked', onclick: () => actions.clearPicked() }, 'Clear') : null,
      reduced ? h('button', { type: 'button', id: 'show-all', onclick: () => actions.showAll() }, `Show all${state.hidden.length ? ` (${state.hidden.length} hidden)` : ''}`) : null,
    ),
  );
}

export function renderSidebar(root: HTMLElement, state: ExplorerState, dateDomain: [number, number], network: Network | null, actions: SidebarActions): void {
  const presentTypes = [...new Set(network?.nodes.map((n) => n.type) ?? [])].sort();
  const graphView = state.view === 'graph';
  const params = exportParams(state).toString();
  const link = new URL(urlOfState(state), window.location.href).href;
  const linkInput = h('input', { type: 'text', readonly: true, value: link, id: 'view-link', 'aria-label': 'Link to this view' });
  linkInput.addEventListener('focus', () => linkInput.select());

  replace(
    root,
    h(
      'section',
      {},
      h('h2', {}, 'Showing'),
      select('view', 'Network', VIEWS, VIEW_NAMES, state.view, (view) => actions.update({ view, selected: undefined, camera: undefined })),
      graphView
        ? state.from.length === 0
          ? h('p', { className: 'muted' }, 'The whole graph. Search, or double-click a node, to follow one actor’s connections.')
          : h(
              'div',
              {},
              h('p', { className: 'muted' }, 'Neighbours of:'),
              h(
                'ul',
                { className: 'chips', id: 'expanded' },
                state.from.map((id) => h('li', { 'data-id': id }, h('span', {}, actions.labelOf(id)), h('button', { type: 'button', title: 'Remove from the view', 'aria-label': `Remove ${actions.labelOf(id)}`, onclick: () => actions.collapse(id) }, '×'))),
              ),
              h('button', { type: 'button', className: 'link', onclick: () => actions.update({ from: [], selected: undefined, camera: undefined }) }, 'Show the whole graph'),
            )
        : h(
            'div',
            { className: 'discourse' },
            h('p', { className: 'muted', id: 'view-explanation' }, VIEW_EXPLANATIONS[state.view] ?? ''),
            select('actors', 'Actors', ['person', 'organisation'] as const, { person: 'People', organisation: 'Organisations they spoke for' }, state.actors, (actors) => actions.update({ actors, selected: undefined, camera: undefined })),
            select('weighting', 'Weighting', WEIGHTINGS, WEIGHTING_NAMES, state.weighting, (weighting) => actions.update({ weighting, selected: undefined })),
            state.view === 'two-mode' ? null : select('normalisation', 'Normalisation', NORMALISATIONS, NORMALISATION_NAMES, state.normalisation, (normalisation) => actions.update({ normalisation, selected: undefined })),
          ),
    ),
    h(
      'section',
      {},
      h('h2', {}, 'Filters'),
      graphView
        ? [
            h('h3', {}, 'Relationships'),
            checkboxes('relationshipTypes', RELATIONSHIP_TYPES, state.relationshipTypes, (t) => EDGE_TYPE_NAMES[t] ?? t, (relationshipTypes) => actions.update({ relationshipTypes }), true),
            h('h3', {}, 'Stance of the evidence'),
            checkboxes('stances', STANCES, state.stances.length ? state.stances : [...STANCES], (s) => h('span', {}, swatch(STANCE_COLOURS[s]!), s), (stances) => actions.update({ stances: stances.length === STANCES.length ? [] : stances }), true),
          ]
        : null,
      presentTypes.length > 1 || state.nodeTypes.length
        ? [
            h('h3', {}, 'Node types'),
            checkboxes(
              'nodeTypes',
              [...new Set([...presentTypes, ...state.nodeTypes])],
              state.nodeTypes.length ? state.nodeTypes : presentTypes,
              (t) => h('span', {}, swatch(TYPE_COLOURS[t] ?? '#999'), TYPE_NAMES[t] ?? t.toLowerCase()),
              (nodeTypes) => actions.update({ nodeTypes: presentTypes.every((t) => nodeTypes.includes(t)) ? [] : nodeTypes }),
              true,
            ),
          ]
        : null,
      h('div', { className: 'thresholds' }, numberField('min-degree', 'Min. degree', state.minDegree, '1', (minDegree) => actions.update({ minDegree: Math.floor(minDegree) })), numberField('min-weight', 'Min. line weight', state.minWeight, 'any', (minWeight) => actions.update({ minWeight }))),
      h('h3', {}, 'Dates'),
      timeSlider(state, dateDomain, actions.update, actions.rerender),
    ),
    selectionSection(state, network, actions),
    h(
      'section',
      {},
      h('h2', {}, 'Style'),
      select('colour', 'Colour nodes by', COLOUR_BY, COLOUR_NAMES, state.colourBy, (colourBy) => actions.update({ colourBy })),
      select('size', 'Size nodes by', SIZE_BY, SIZE_NAMES, state.sizeBy, (sizeBy) => actions.update({ sizeBy })),
      select('layout', 'Layout', LAYOUTS, LAYOUT_NAMES, state.layout, (layout) => actions.update({ layout })),
    ),
    h(
      'section',
      {},
      h('h2', {}, 'Share and download'),
      h('label', { className: 'field' }, h('span', {}, 'Link to this view'), linkInput),
      select('image-scale', 'PNG resolution', ['2', '3', '4'] as const, { 2: '2× the screen', 3: '3× the screen', 4: '4× (print)' }, String(imageScale) as '2', (value) => {
        imageScale = Number(value);
      }),
      h(
        'div',
        { className: 'downloads', id: 'downloads' },
        EXPORTS.map(([file, name]) => h('a', { href: `/export/${file}?${params}`, download: '', 'data-format': file }, name)),
        h('button', { type: 'button', id: 'download-png', onclick: () => actions.downloadPng(imageScale) }, 'PNG image'),
        h('button', { type: 'button', id: 'download-svg', onclick: () => actions.downloadSvg() }, 'SVG image'),
      ),
    ),
  );
}
