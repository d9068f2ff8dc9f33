/**
 * The right panel: a node's profile (roles, statements over time, ratings
 * over time, its links in this view) or an edge's evidence (every quote
 * with its speaker, source and date, highlighted in its surrounding text,
 * with a link to the source). Everything from the graph goes in as text.
 */
import { fetchEvidence, fetchProfile, nameOf, type Evidence, type EvidenceRating, type EvidenceStatement, type NetworkEdge, type NetworkNode, type Profile } from './api.js';
import { h, replace, safeHttpUrl, svg } from './dom.js';
import { edgeColour, EDGE_TYPE_NAMES, STANCE_COLOURS, TYPE_COLOURS, TYPE_NAMES } from './palette.js';

export interface DetailsActions {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  focus(id: string): void;
  close(): void;
  labelOf(id: string): string;
  isExpanded(id: string): boolean;
  graphView: boolean;
}

const PAGE = 25;
let generation = 0;

function typeChip(type: string): HTMLElement {
  const chip = h('span', { className: 'type-chip' }, TYPE_NAMES[type.toUpperCase()] ?? type.toLowerCase());
  chip.style.background = TYPE_COLOURS[type.toUpperCase()] ?? '#999';
  return chip;
}

function stanceChip(stance: string): HTMLElement {
  const chip = h('span', { className: 'stance-chip' }, stance.toLowerCase());
  chip.style.background = STANCE_COLOURS[stance.toLowerCase()] ?? '#999';
  return chip;
}

function nodeLink(node: { id: string; __typename?: string } & Record<string, unknown>, actions: DetailsActions): HTMLElement {
  return h('button', { type: 'button', className: 'link', 'data-id': node.id, onclick: () => actions.selectNode(node.id) }, nameOf(node as never) || actions.labelOf(node.id));
}

function header(actions: DetailsActions, ...content: (Node | string | null)[]): HTMLElement {
  return h('header', { className: 'details-head' }, h('div', { className: 'details-title' }, ...content), h('button', { type: 'button', className: 'close', 'aria-label': 'Close', onclick: () => actions.close() }, '×'));
}

/** The quote in its sentence: prefix and suffix as context, the exact words marked. */
export function quoteBlock(statement: EvidenceStatement): HTMLElement {
  const quote = statement.quote;
  if (!quote) return h('blockquote', { className: 'quote-text' }, h('mark', {}, statement.text));
  return h(
    'blockquote',
    { className: 'quote-text' },
    h('span', { className: 'context' }, quote.prefix ? `…${quote.prefix}` : ''),
    h('mark', {}, quote.exact),
    h('span', { className: 'context' }, quote.suffix ? `${quote.suffix}…` : ''),
  );
}

function statementCard(statement: EvidenceStatement, actions: DetailsActions, target?: string): HTMLElement {
  const source = statement.source;
  const url = safeHttpUrl(source?.url);
  const stance = statement.targets.find((t) => t.target.id === target) ?? statement.targets[0];
  const publisher = source?.publisher ? nameOf(source.publisher) : source?.publisherName;
  return h(
    'article',
    { className: 'evidence', 'data-id': statement.id },
    quoteBlock(statement),
    h(
      'p',
      { className: 'meta' },
      statement.speaker ? nodeLink(statement.speaker as never, actions) : h('span', {}, 'unknown speaker'),
      statement.speakerRole ? h('span', {}, ` (${statement.speakerRole})`) : null,
      statement.date ? h('span', { className: 'date' }, ` · ${statement.date}`) : null,
      h('span', { className: 'kind' }, ` · ${statement.kind.toLowerCase()}`),
    ),
    h(
      'p',
      { className: 'meta' },
      stance ? [stanceChip(stance.stance), ' about ', nodeLink(stance.target as never, actions)] : null,
    ),
    ...(statement.attributionConflicts ?? []).map((other) =>
      h(
        'p',
        { className: 'meta attribution-conflict', role: 'note' },
        '⚠ Attribution conflict: ',
        other.source ? h('span', {}, `“${other.source.title}” gives these words to `) : h('span', {}, 'another source gives these words to '),
        other.speaker ? nodeLink(other.speaker as never, actions) : h('span', {}, 'another speaker'),
      ),
    ),
    source
      ? h(
          'p',
          { className: 'meta source' },
          'Source: ',
          url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow', className: 'source-link' }, source.title) : h('span', {}, source.title),
          publisher ? h('span', {}, `, ${publisher}`) : null,
          source.date ? h('span', {}, `, ${source.date}`) : null,
        )
      : null,
  );
}

function ratingCard(rating: EvidenceRating, actions: DetailsActions): HTMLElement {
  return h(
    'article',
    { className: 'evidence', 'data-id': rating.id },
    h('p', {}, h('strong', {}, rating.grade), rating.aspect ? ` (${rating.aspect})` : '', rating.council ? [' for ', nodeLink(rating.council as never, actions)] : null),
    h(
      'p',
      { className: 'meta' },
      rating.rater ? ['by ', nodeLink(rating.rater as never, actions)] : null,
      rating.framework ? [' under ', nodeLink(rating.framework as never, actions)] : null,
      rating.date || rating.period ? ` · ${rating.date ?? rating.period}` : '',
      rating.report ? [' · in ', nodeLink(rating.report as never, actions)] : null,
    ),
  );
}

function evidenceCard(item: Evidence, actions: DetailsActions, target: string): HTMLElement {
  if (item.__typename === 'Statement') return statementCard(item as EvidenceStatement, actions, target);
  if (item.__typename === 'Rating') return ratingCard(item as EvidenceRating, actions);
  return h('article', { className: 'evidence' }, nodeLink(item as never, actions));
}

export async function showEdge(root: HTMLElement, edge: NetworkEdge | undefined, edgeId: string, actions: DetailsActions): Promise<void> {
  const mine = ++generation;
  root.hidden = false;
  if (!edge) {
    replace(root, header(actions, h('h2', {}, 'Link not in this view')), h('p', { className: 'muted' }, `The link ${edgeId} is not in the network shown: change the filters or the view.`));
    return;
  }
  const colour = edgeColour(edge.type, edge.stance, edge.weight);
  const verb = h('span', { className: 'verb' }, EDGE_TYPE_NAMES[edge.type] ?? edge.type.toLowerCase());
  verb.style.color = colour;
  const list = h('div', { className: 'evidence-list', id: 'evidence' }, h('p', { className: 'muted' }, 'Loading the evidence…'));
  const dates = edge.firstDate ? (edge.lastDate && edge.lastDate !== edge.firstDate ? `${edge.firstDate} to ${edge.lastDate}` : edge.firstDate) : null;
  const weight = Number.isInteger(edge.weight) ? String(edge.weight) : edge.weight.toFixed(3);
  replace(
    root,
    header(actions, h('h2', { className: 'edge-title' }, h('button', { type: 'button', className: 'link', onclick: () => actions.selectNode(edge.source) }, actions.labelOf(edge.source)), ' ', verb, ' ', h('button', { type: 'button', className: 'link', onclick: () => actions.selectNode(edge.target) }, actions.labelOf(edge.target)))),
    h('p', { className: 'muted' }, `${edge.evidence.length} ${edge.evidence.length === 1 ? 'piece' : 'pieces'} of evidence · weight ${weight}`, dates ? ` · ${dates}` : ''),
    list,
  );
  let shown = 0;
  const more = async () => {
    const ids = edge.evidence.slice(shown, shown + PAGE);
    shown += ids.length;
    let items: Evidence[];
    try {
      items = await fetchEvidence(ids);
    } catch (error) {
      if (mine === generation) replace(list, h('p', { className: 'error' }, `Could not load the evidence: ${(error as Error).message}`));
      return;
    }
    if (mine !== generation) return;
    list.querySelector('.muted, .more')?.remove();
    for (const item of items) list.append(evidenceCard(item, actions, edge.target));
    if (shown < edge.evidence.length) list.append(h('button', { type: 'button', className: 'more', onclick: () => void more() }, `Show more (${edge.evidence.length - shown} left)`));
  };
  if (edge.evidence.length === 0) replace(list, h('p', { className: 'muted' }, 'A structural link: no statements behind it.'));
  else await more();
}

/**
 * The stance a statement's bar is coloured by: toward the node shown when it is one of the targets (a report's
 * or framework's profile); otherwise (an actor's own statements) the one stance all its targets share, or mixed.
 */
export function stanceToward(statement: EvidenceStatement, nodeId: string): string {
  const toward = statement.targets.find((t) => t.target.id === nodeId);
  if (toward) return toward.stance.toLowerCase();
  const stances = [...new Set(statement.targets.map((t) => t.stance.toLowerCase()))];
  return stances.length === 1 ? stances[0]! : stances.length ? 'mixed' : 'neutral';
}

/** Statements per year, stacked by their stance toward the node shown. */
function statementsChart(statements: EvidenceStatement[], nodeId: string): SVGElement | null {
  const byYear = new Map<number, Record<string, number>>();
  for (const s of statements) {
    const year = s.date ? Number(s.date.slice(0, 4)) : NaN;
    if (!Number.isFinite(year)) continue;
    const stance = stanceToward(s, nodeId);
    const entry = byYear.get(year) ?? {};
    entry[stance] = (entry[stance] ?? 0) + 1;
    byYear.set(year, entry);
  }
  if (byYear.size === 0) return null;
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const span: number[] = [];
  for (let y = years[0]!; y <= years[years.length - 1]!; y++) span.push(y);
  const max = Math.max(...[...byYear.values()].map((e) => Object.values(e).reduce((a, b) => a + b, 0)));
  const width = 300;
  const height = 90;
  const bar = Math.min(36, (width - 20) / span.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 16}`, class: 'chart', role: 'img', 'aria-label': 'Statements per year, by stance' });
  span.forEach((year, i) => {
    let y = height;
    const x = 10 + i * bar;
    for (const stance of ['critical', 'mixed', 'neutral', 'supportive']) {
      const count = byYear.get(year)?.[stance] ?? 0;
      if (!count) continue;
      const barHeight = (count / max) * (height - 6);
      y -= barHeight;
      chart.append(svg('rect', { x: x + 1, y, width: bar - 2, height: barHeight, fill: STANCE_COLOURS[stance]! }, svg('title', {}, `${year}: ${count} ${stance}`)));
    }
    if (span.length <= 12 || i % 2 === 0) chart.append(svg('text', { x: x + bar / 2, y: height + 12, 'text-anchor': 'middle', 'font-size': 9, fill: '#57606a' }, String(year)));
  });
  return chart;
}

/** Ratings over time: one point per rating, 1 (best) at the top, joined in date order. */
function ratingsChart(ratings: NonNullable<Profile['ratings']>): SVGElement | null {
  const points = ratings.filter((r) => r.ordinal !== null && (r.date || r.period));
  if (points.length === 0) return null;
  const width = 300;
  const height = 90;
  const maxOrdinal = Math.max(4, ...points.map((r) => r.ordinal!));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 16}`, class: 'chart', role: 'img', 'aria-label': 'Ratings over time (1 = best)' });
  const step = points.length > 1 ? (width - 60) / (points.length - 1) : 0;
  const coords = points.map((r, i) => ({ x: 30 + i * step, y: 8 + ((r.ordinal! - 1) / (maxOrdinal - 1)) * (height - 16), r }));
  if (coords.length > 1) chart.append(svg('polyline', { points: coords.map((c) => `${c.x},${c.y}`).join(' '), fill: 'none', stroke: '#8c8c8c', 'stroke-width': 1.5 }));
  for (const c of coords) {
    const good = c.r.ordinal! <= 2;
    chart.append(svg('circle', { cx: c.x, cy: c.y, r: 5, fill: good ? STANCE_COLOURS.supportive! : STANCE_COLOURS.critical! }, svg('title', {}, `${c.r.date ?? c.r.period}: ${c.r.grade}`)));
    chart.append(svg('text', { x: c.x, y: height + 12, 'text-anchor': 'middle', 'font-size': 9, fill: '#57606a' }, (c.r.date ?? c.r.period ?? '').slice(0, 7)));
    chart.append(svg('text', { x: c.x + 7, y: c.y + 3, 'font-size': 9, fill: '#1f2328' }, c.r.grade));
  }
  return chart;
}

export async function showNode(root: HTMLElement, node: NetworkNode | undefined, id: string, edges: NetworkEdge[], actions: DetailsActions): Promise<void> {
  const mine = ++generation;
  root.hidden = false;
  const label = node?.label ?? actions.labelOf(id);
  const body = h('div', { className: 'profile' }, h('p', { className: 'muted' }, 'Loading the profile…'));
  const expanded = actions.isExpanded(id);
  replace(
    root,
    header(actions, node ? typeChip(node.type) : null, h('h2', { className: 'node-title' }, label)),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'button', id: 'expand', onclick: () => actions.expand(id) }, actions.graphView ? (expanded ? 'Expanded' : 'Expand neighbours') : 'Show its connections'),
      expanded ? h('button', { type: 'button', onclick: () => actions.collapse(id) }, 'Remove from view') : null,
      node ? h('button', { type: 'button', onclick: () => actions.focus(id) }, 'Zoom to') : null,
    ),
    edges.length
      ? h(
          'section',
          {},
          h('h3', {}, `Links in this view (${edges.length})`),
          h(
            'ul',
            { className: 'links', id: 'node-links' },
            edges.slice(0, 60).map((edge) => {
              const outgoing = edge.source === id;
              const other = outgoing ? edge.target : edge.source;
              const verb = h('span', { className: 'verb' }, EDGE_TYPE_NAMES[edge.type] ?? edge.type.toLowerCase());
              verb.style.color = edgeColour(edge.type, edge.stance, edge.weight);
              return h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', className: 'edge-link', 'data-edge': edge.id, onclick: () => actions.selectEdge(edge.id) },
                  outgoing ? [verb, ' ', actions.labelOf(other)] : [actions.labelOf(other), ' ', verb],
                  h('span', { className: 'count' }, Number.isInteger(edge.weight) ? String(edge.weight) : edge.weight.toFixed(2)),
                ),
              );
            }),
            edges.length > 60 ? h('li', { className: 'muted' }, `and ${edges.length - 60} more`) : null,
          ),
        )
      : null,
    body,
  );
  let profile: Profile | null;
  try {
    profile = await fetchProfile(id);
  } catch (error) {
    if (mine === generation) replace(body, h('p', { className: 'error' }, `Could not load the profile: ${(error as Error).message}`));
    return;
  }
  if (mine !== generation) return;
  if (!profile) return replace(body, h('p', { className: 'muted' }, `No node ${id}.`));
  const statements = profile.statements?.nodes ?? [];
  const url = safeHttpUrl(profile.url);
  const facts: [string, string | number | null | undefined][] = [
    ['Also known as', profile.aliases?.length ? profile.aliases.join(', ') : null],
    ['Kind', profile.kind ?? profile.reportKind],
    ['Region', profile.region],
    ['Date', profile.date],
    ['Period', profile.period],
    ['Introduced', profile.introduced],
    ['Statements made', profile.statementCount],
  ];
  replace(
    body,
    profile.description || profile.summary ? h('p', {}, profile.description ?? profile.summary ?? '') : null,
    h('dl', { className: 'facts' }, facts.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
    url ? h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' }, 'Website or document')) : null,
    profile.roles?.length
      ? h(
          'section',
          {},
          h('h3', {}, 'Roles'),
          h('ul', { className: 'roles' }, profile.roles.map((r) => h('li', {}, `${r.title}, `, nodeLink(r.at as never, actions), r.from || r.to ? ` (${r.from ?? '…'} – ${r.to ?? '…'})` : r.asOf ? ` (as of ${r.asOf})` : ''))),
        )
      : null,
    profile.ratings?.length ? h('section', {}, h('h3', {}, 'Ratings over time'), ratingsChart(profile.ratings), h('ul', { className: 'roles' }, profile.ratings.map((r) => h('li', {}, `${r.date ?? r.period ?? ''}: ${r.grade}`, r.framework ? ` (${r.framework.name})` : '')))) : null,
    statements.length
      ? h(
          'section',
          {},
          h('h3', {}, profile.__typename === 'Report' || profile.__typename === 'Framework' ? 'Statements about it, over time' : 'Statements over time'),
          statementsChart(statements, id),
          h('div', { className: 'evidence-list' }, statements.slice(0, 20).map((s) => statementCard(s, actions, id))),
          statements.length > 20 ? h('p', { className: 'muted' }, `Showing 20 of ${statements.length}${statements.length === 50 ? '+' : ''}.`) : null,
        )
      : null,
  );
}
