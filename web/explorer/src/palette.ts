/** Colours and the words that explain them: the graph, the legend and the SVG export all read these. */
export const TYPE_COLOURS: Record<string, string> = {
  PERSON: '#3f7cc0',
  ORGANISATION: '#f08c24',
  COUNCIL: '#8e6bbf',
  REPORT: '#c9a227',
  FRAMEWORK: '#2a9d8f',
  STATEMENT: '#9aa0a6',
  CLAIM: '#8c6d4f',
  OUTCOME: '#e377c2',
  RATING: '#6b7280',
  SOURCE: '#b0a18f',
};
export const TYPE_NAMES: Record<string, string> = {
  PERSON: 'person',
  ORGANISATION: 'organisation',
  COUNCIL: 'council',
  REPORT: 'report',
  FRAMEWORK: 'framework',
  STATEMENT: 'statement',
  CLAIM: 'claim',
  OUTCOME: 'outcome',
  RATING: 'rating',
  SOURCE: 'source',
};

/**
 * Stances, told apart by readers with any common colour-vision deficiency: vermillion and
 * blue from Okabe and Ito's palette for the two poles (never red against green), wine for
 * mixed, greys for neutral and none. test/explorer/palette.test.ts checks every pair stays
 * apart under simulated protanopia, deuteranopia and tritanopia.
 */
export const STANCE_COLOURS: Record<string, string> = {
  critical: '#d55e00',
  supportive: '#0072b2',
  mixed: '#882255',
  neutral: '#a0a0a0',
  none: '#c8c8c8',
};

/** Edges: by stance when they carry one, otherwise by relationship type. */
export const EDGE_TYPE_COLOURS: Record<string, string> = {
  CRITICISED: STANCE_COLOURS.critical!,
  PRAISED: STANCE_COLOURS.supportive!,
  AGREED_WITH: STANCE_COLOURS.supportive!,
  DISAGREED_WITH: STANCE_COLOURS.critical!,
  RESPONDED_TO: '#7a7a7a',
  RATED: '#1f9bb4',
  CONGRUENCE: STANCE_COLOURS.supportive!,
  CONFLICT: STANCE_COLOURS.critical!,
  SUBTRACT: '#7a7a7a',
  STANCE: '#7a7a7a',
};
export const EDGE_TYPE_NAMES: Record<string, string> = {
  CRITICISED: 'criticised',
  PRAISED: 'praised',
  AGREED_WITH: 'agreed with',
  DISAGREED_WITH: 'disagreed with',
  RESPONDED_TO: 'responded to',
  RATED: 'rated',
  CONGRUENCE: 'took the same side',
  CONFLICT: 'took opposite sides',
  SUBTRACT: 'same minus opposite sides',
  STANCE: 'stance on',
};

export const COMMUNITY_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#17becf'];
export const communityColour = (community: number | null | undefined) => (community === null || community === undefined ? '#b4b4b4' : COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length]!);

export function edgeColour(type: string, stance: string | null | undefined, weight = 1): string {
  if (type === 'SUBTRACT') return weight < 0 ? STANCE_COLOURS.critical! : STANCE_COLOURS.supportive!;
  if (stance && STANCE_COLOURS[stance.toLowerCase()]) return STANCE_COLOURS[stance.toLowerCase()]!;
  return EDGE_TYPE_COLOURS[type] ?? '#7a7a7a';
}

/** `#rrggbb` at an opacity, as sigma and SVG both read it. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${alpha})`;
}
