/**
 * What the explorer shows, as one plain object, and its URL: every view has
 * a link that restores it (network, filters, colours, sizes, layout, camera,
 * selection). Parameters that mean the same as /export/*'s keep its names.
 */
export const VIEWS = ['graph', 'congruence', 'conflict', 'two-mode', 'subtract'] as const;
export type View = (typeof VIEWS)[number];
export const RELATIONSHIP_TYPES = ['CRITICISED', 'PRAISED', 'RESPONDED_TO', 'RATED', 'AGREED_WITH', 'DISAGREED_WITH'] as const;
/** What the graph view shows unless asked: who criticised and praised whom, as the API's `network` defaults (claims left out). */
export const DEFAULT_RELATIONSHIP_TYPES: readonly string[] = ['CRITICISED', 'PRAISED', 'RESPONDED_TO', 'RATED'];
export const STANCES = ['critical', 'supportive', 'mixed', 'neutral'] as const;
export const COLOUR_BY = ['type', 'stance', 'community'] as const;
export const SIZE_BY = ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const;
export const LAYOUTS = ['force', 'circle'] as const;
/** Discourse views: what a tie counts (shared targets, or DNA's statement counts), and how it is normalised. */
export const WEIGHTINGS = ['targets', 'statements'] as const;
export const NORMALISATIONS = ['none', 'average', 'jaccard', 'cosine'] as const;

export type ColourBy = (typeof COLOUR_BY)[number];
export type SizeBy = (typeof SIZE_BY)[number];
export type Layout = (typeof LAYOUTS)[number];

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

export interface ExplorerState {
  view: View;
  /** Graph view: the nodes whose neighbours are shown (search picks one, expanding adds). None: the whole graph. */
  from: string[];
  relationshipTypes: string[];
  /** None: every stance. */
  stances: string[];
  dateFrom?: string;
  dateTo?: string;
  /** How the time slider steps and plays. */
  timeStep: 'year' | 'month';
  /** Discourse views: people, or the organisations they spoke for. */
  actors: 'person' | 'organisation';
  weighting: (typeof WEIGHTINGS)[number];
  normalisation: (typeof NORMALISATIONS)[number];
  limit?: number;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  layout: Layout;
  camera?: Camera;
  selected?: Selection;
  /** Nodes picked with shift-click, for the selection tools. */
  picked: string[];
  /** Nodes hidden by the reader; and, when any, the only nodes shown. */
  hidden: string[];
  only: string[];
  /** Client-side filters: node types shown (none: all), minimum degree, minimum edge weight. */
  nodeTypes: string[];
  minDegree: number;
  minWeight: number;
}

export function defaultState(): ExplorerState {
  return { view: 'graph', from: [], relationshipTypes: [...DEFAULT_RELATIONSHIP_TYPES], stances: [], timeStep: 'year', actors: 'person', weighting: 'targets', normalisation: 'none', colourBy: 'type', sizeBy: 'degree', layout: 'force', picked: [], hidden: [], only: [], nodeTypes: [], minDegree: 0, minWeight: 0 };
}

const list = (value: string | null) => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : []);
const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Lists of node ids in the page's URL, kept short: an id with the same label as the one
 * before it is written without the label ("person:alan-wood,jo-cleary,report:…"). A part
 * with a colon is a whole id, so links written with whole ids (every older link) read the
 * same; an id whose own name holds a colon is always written whole.
 */
export function compactIds(ids: readonly string[]): string {
  let label = '';
  return ids
    .map((id) => {
      const colon = id.indexOf(':');
      const own = colon > 0 ? id.slice(0, colon) : '';
      const rest = id.slice(colon + 1);
      if (own && own === label && !rest.includes(':')) return rest;
      label = own;
      return id;
    })
    .join(',');
}

export function expandIds(value: string | null): string[] {
  let label = '';
  return list(value).map((part) => {
    const colon = part.indexOf(':');
    if (colon > 0) {
      label = part.slice(0, colon);
      return part;
    }
    return label ? `${label}:${part}` : part;
  });
}

export function stateFromUrl(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const state = defaultState();
  state.view = oneOf(params.get('view'), VIEWS, 'graph');
  state.from = expandIds(params.get('from')).slice(0, 100);
  const types = list(params.get('relationshipTypes')).map((t) => t.toUpperCase()).filter((t) => (RELATIONSHIP_TYPES as readonly string[]).includes(t));
  if (params.has('relationshipTypes')) state.relationshipTypes = types;
  state.stances = list(params.get('stances')).map((s) => s.toLowerCase()).filter((s) => (STANCES as readonly string[]).includes(s));
  const dateFrom = params.get('dateFrom');
  const dateTo = params.get('dateTo');
  if (dateFrom && DATE.test(dateFrom)) state.dateFrom = dateFrom;
  if (dateTo && DATE.test(dateTo)) state.dateTo = dateTo;
  state.timeStep = oneOf(params.get('step'), ['year', 'month'] as const, 'year');
  state.actors = oneOf(params.get('actors'), ['person', 'organisation'] as const, 'person');
  state.weighting = oneOf(params.get('weighting'), WEIGHTINGS, 'targets');
  state.normalisation = oneOf(params.get('normalisation'), NORMALISATIONS, 'none');
  const limit = Number(params.get('limit'));
  if (Number.isInteger(limit) && limit >= 1 && limit <= 20_000) state.limit = limit;
  state.colourBy = oneOf(params.get('colour'), COLOUR_BY, 'type');
  state.sizeBy = oneOf(params.get('size'), SIZE_BY, 'degree');
  state.layout = oneOf(params.get('layout'), LAYOUTS, 'force');
  const camera = list(params.get('camera')).map(Number);
  if (camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0) state.camera = { x: camera[0]!, y: camera[1]!, ratio: camera[2]! };
  state.picked = expandIds(params.get('pick')).slice(0, 500);
  state.hidden = expandIds(params.get('hide')).slice(0, 500);
  state.only = expandIds(params.get('only')).slice(0, 500);
  state.nodeTypes = list(params.get('types')).map((t) => t.toUpperCase()).filter((t) => /^[A-Z_]+$/.test(t));
  const minDegree = Number(params.get('minDegree'));
  if (Number.isFinite(minDegree) && minDegree > 0) state.minDegree = Math.floor(minDegree);
  const minWeight = Number(params.get('minWeight'));
  if (Number.isFinite(minWeight) && minWeight > 0) state.minWeight = minWeight;
  const node = params.get('node');
  const edge = params.get('edge');
  if (node) state.selected = { kind: 'node', id: node };
  else if (edge) state.selected = { kind: 'edge', id: edge };
  return state;
}

/** The page's own URL for a state: only what differs from the defaults. */
export function urlOfState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.view !== 'graph') params.set('view', state.view);
  if (state.view === 'graph' && state.from.length) params.set('from', compactIds(state.from));
  if (state.relationshipTypes.join() !== DEFAULT_RELATIONSHIP_TYPES.join()) params.set('relationshipTypes', state.relationshipTypes.join(','));
  if (state.stances.length) params.set('stances', state.stances.join(','));
  if (state.dateFrom) params.set('dateFrom', state.dateFrom);
  if (state.dateTo) params.set('dateTo', state.dateTo);
  if (state.timeStep !== 'year') params.set('step', state.timeStep);
  if (state.view !== 'graph' && state.actors !== 'person') params.set('actors', state.actors);
  if (state.view !== 'graph' && state.weighting !== 'targets') params.set('weighting', state.weighting);
  if (state.view !== 'graph' && state.view !== 'two-mode' && state.normalisation !== 'none') params.set('normalisation', state.normalisation);
  if (state.limit) params.set('limit', String(state.limit));
  if (state.colourBy !== 'type') params.set('colour', state.colourBy);
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.layout !== 'force') params.set('layout', state.layout);
  if (state.camera) params.set('camera', [state.camera.x, state.camera.y, state.camera.ratio].map((n) => Number(n.toFixed(4))).join(','));
  if (state.selected) params.set(state.selected.kind, state.selected.id);
  if (state.picked.length) params.set('pick', compactIds(state.picked));
  if (state.hidden.length) params.set('hide', compactIds(state.hidden));
  if (state.only.length) params.set('only', compactIds(state.only));
  if (state.nodeTypes.length) params.set('types', state.nodeTypes.map((t) => t.toLowerCase()).join(','));
  if (state.minDegree > 0) params.set('minDegree', String(state.minDegree));
  if (state.minWeight > 0) params.set('minWeight', String(state.minWeight));
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `/explore${query ? `?${query}` : ''}`;
}

/** The same selection as /export/* parameters (see src/http/export.ts). */
export function exportParams(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.view === 'graph') {
    if (state.from.length) {
      params.set('from', state.from.join(','));
      params.set('depth', '1');
    }
    params.set('relationshipTypes', state.relationshipTypes.join(','));
    if (state.stances.length) params.set('stances', state.stances.join(','));
  } else {
    params.set('actors', state.actors);
    params.set('weighting', state.weighting);
    if (state.view !== 'two-mode') params.set('normalisation', state.normalisation);
  }
  if (state.dateFrom) params.set('dateFrom', state.dateFrom);
  if (state.dateTo) params.set('dateTo', state.dateTo);
  if (state.limit) params.set('limit', String(state.limit));
  return params;
}

/** The parts of the state that decide which network to fetch (the rest is styling and selection). */
export function networkKey(state: ExplorerState): string {
  return JSON.stringify([state.view, state.view === 'graph' ? state.from : [], state.relationshipTypes, state.view === 'graph' ? state.stances : [], state.dateFrom, state.dateTo, state.actors, state.view === 'graph' ? null : [state.weighting, state.normalisation], state.limit, state.sizeBy === 'betweenness']);
}
