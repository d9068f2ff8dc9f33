/**
 * Discourse networks as the Discourse Network Analyzer (DNA, Leifeld) builds
 * them: the two-mode actor × target network with the stance on each edge,
 * and its one-mode actor projections.
 *
 * For actor i, target j and pole k (critical, supportive), a[i][j][k] is what
 * i said about j with stance k: with weighting TARGETS 1 if i ever did, else 0
 * (so congruence counts targets); with STATEMENTS the number of statements.
 * A mixed statement counts for both poles (unless mixed is excluded), a
 * neutral one for neither; statements linked by SAME_WORDS (the same words
 * carried by several sources) count once unless asked otherwise. Then, as in
 * DNA 3's Exporter.computeOneModeMatrix with a boolean qualifier:
 *
 *   congruence(i1,i2) = Σ_j Σ_k a[i1][j][k]·a[i2][j][k]
 *   conflict(i1,i2)   = Σ_j Σ_{k≠k'} a[i1][j][k]·a[i2][j][k']
 *   subtract(i1,i2)   = congruence − conflict
 *
 * and normalised by, with activity act(i) = Σ_j Σ_k a[i][j][k]:
 *
 *   AVERAGE  (act(i1) + act(i2)) / 2
 *   JACCARD  m10 + m01 + m11, where over every (j,k): m10 sums a[i1] where a[i2] = 0,
 *            m01 sums a[i2] where a[i1] = 0, m11 sums a[i1]·a[i2] where both > 0
 *   COSINE   act(i1) · act(i2)   (DNA's cosine: √(act(i1)²)·√(act(i2)²))
 *
 * a zero norm giving 0. Pure: the store work is in discourse-network.ts.
 */
import { STANCES, type Stance } from '../model/schema.js';
import { dateSpan } from './dates.js';
import type { Network, NetworkEdge, NetworkNode } from './network.js';

export type Aggregation = 'two-mode' | 'congruence' | 'conflict' | 'subtract';
export type Normalisation = 'none' | 'average' | 'jaccard' | 'cosine';
export type Weighting = 'targets' | 'statements';

export interface DiscourseOptions {
  aggregation: Aggregation;
  normalisation: Normalisation;
  weighting: Weighting;
  /** Mixed statements count for both poles (true) or not at all (false). */
  includeMixed: boolean;
}

/** One statement as the projection needs it, actors already mapped (people, or their organisations). */
export interface DiscourseStatement {
  id: string;
  date?: string;
  actors: string[];
  targets: { id: string; stance: Stance }[];
  /** Statements with the same group are the same words: counted once. Default: the statement's own id. */
  group?: string;
}

export interface NodeInfo {
  type: NetworkNode['type'];
  label: string;
  date?: string;
}

const POLES = ['critical', 'supportive'] as const;
type Pole = (typeof POLES)[number];

interface Cell {
  /** Distinct counting units (statement groups). */
  units: Set<string>;
  statements: Set<string>;
}

/** What each actor said about each target, per stance: cells[actor][target][stance]. */
function tabulate(statements: DiscourseStatement[], includeMixed: boolean) {
  const cells = new Map<string, Map<string, Map<Stance, Cell>>>();
  const add = (actor: string, target: string, stance: Stance, s: DiscourseStatement) => {
    let byTarget = cells.get(actor);
    if (!byTarget) cells.set(actor, (byTarget = new Map()));
    let byStance = byTarget.get(target);
    if (!byStance) byTarget.set(target, (byStance = new Map()));
    let cell = byStance.get(stance);
    if (!cell) byStance.set(stance, (cell = { units: new Set(), statements: new Set() }));
    cell.units.add(s.group ?? s.id);
    cell.statements.add(s.id);
  };
  for (const s of statements) {
    for (const actor of new Set(s.actors)) {
      for (const { id: target, stance } of s.targets) {
        if (stance === 'mixed' && !includeMixed) continue;
        add(actor, target, stance, s);
      }
    }
  }
  return cells;
}

/** The statements behind a pole: its own stance, plus mixed ones (already excluded from the table when asked). */
function poleCells(byStance: Map<Stance, Cell> | undefined, pole: Pole): Cell[] {
  if (!byStance) return [];
  return [byStance.get(pole), byStance.get('mixed')].filter((c): c is Cell => c !== undefined);
}

function poleCount(byStance: Map<Stance, Cell> | undefined, pole: Pole, weighting: Weighting): number {
  const units = new Set(poleCells(byStance, pole).flatMap((c) => [...c.units]));
  return weighting === 'targets' ? (units.size > 0 ? 1 : 0) : units.size;
}

export function discourseNetwork(statements: DiscourseStatement[], info: Map<string, NodeInfo>, options: DiscourseOptions): Network {
  const cells = tabulate(statements, options.includeMixed);
  const dates = new Map(statements.map((s) => [s.id, s.date]));
  const node = (id: string): NetworkNode => ({ id, type: info.get(id)?.type ?? 'Person', label: info.get(id)?.label ?? id, metrics: {} });
  const actors = [...cells.keys()].sort();
  const span = (ids: Iterable<string>) => dateSpan([...ids].map((id) => dates.get(id)));

  if (options.aggregation === 'two-mode') {
    const edges: NetworkEdge[] = [];
    const targets = new Set<string>();
    for (const actor of actors) {
      for (const [target, byStance] of [...cells.get(actor)!].sort(([a], [b]) => a.localeCompare(b))) {
        targets.add(target);
        for (const stance of STANCES) {
          // Two-mode edges per pole (mixed statements in both) and for neutral statements.
          if (stance === 'mixed') continue;
          const contributing = stance === 'neutral' ? [byStance.get('neutral')].filter((c): c is Cell => c !== undefined) : poleCells(byStance, stance as Pole);
          if (contributing.length === 0) continue;
          const units = new Set(contributing.flatMap((c) => [...c.units]));
          const evidence = [...new Set(contributing.flatMap((c) => [...c.statements]))].sort();
          edges.push({ id: `stance:${actor}>${target}:${stance}`, source: actor, target, type: 'STANCE', weight: units.size, stance, ...span(evidence), evidence });
        }
      }
    }
    const nodes = [...new Set([...actors, ...targets])].sort().map(node);
    return withNodeDates({ kind: 'two-mode', directed: true, nodes, edges, truncated: false }, info);
  }

  const activity = new Map<string, number>();
  const vectors = new Map<string, Map<string, [number, number]>>();
  for (const actor of actors) {
    const vector = new Map<string, [number, number]>();
    let total = 0;
    for (const [target, byStance] of cells.get(actor)!) {
      const v: [number, number] = [poleCount(byStance, 'critical', options.weighting), poleCount(byStance, 'supportive', options.weighting)];
      if (v[0] + v[1] > 0) vector.set(target, v);
      total += v[0] + v[1];
    }
    vectors.set(actor, vector);
    activity.set(actor, total);
  }
  const active = actors.filter((a) => (activity.get(a) ?? 0) > 0);

  const edges: NetworkEdge[] = [];
  for (let x = 0; x < active.length; x++) {
    for (let y = x + 1; y < active.length; y++) {
      const [i1, i2] = [active[x], active[y]];
      const v1 = vectors.get(i1)!;
      const v2 = vectors.get(i2)!;
      let congruence = 0;
      let conflict = 0;
      let m10 = 0;
      let m01 = 0;
      let m11 = 0;
      const agreeing = new Set<string>();
      const opposing = new Set<string>();
      for (const target of new Set([...v1.keys(), ...v2.keys()])) {
        const a = v1.get(target) ?? [0, 0];
        const b = v2.get(target) ?? [0, 0];
        for (let k = 0; k < 2; k++) {
          if (b[k] === 0) m10 += a[k];
          if (a[k] === 0) m01 += b[k];
          if (a[k] > 0 && b[k] > 0) m11 += a[k] * b[k];
          const same = a[k] * b[k];
          const opposite = a[k] * b[1 - k];
          congruence += same;
          conflict += opposite;
          const pole = POLES[k];
          const other = POLES[1 - k];
          if (same > 0) for (const c of [...poleCells(cells.get(i1)!.get(target), pole), ...poleCells(cells.get(i2)!.get(target), pole)]) c.statements.forEach((s) => agreeing.add(s));
          if (opposite > 0) {
            for (const c of [...poleCells(cells.get(i1)!.get(target), pole), ...poleCells(cells.get(i2)!.get(target), other)]) c.statements.forEach((s) => opposing.add(s));
          }
        }
      }
      const raw = options.aggregation === 'congruence' ? congruence : options.aggregation === 'conflict' ? conflict : congruence - conflict;
      const act1 = activity.get(i1)!;
      const act2 = activity.get(i2)!;
      const norm =
        options.normalisation === 'average' ? (act1 + act2) / 2 : options.normalisation === 'jaccard' ? m10 + m01 + m11 : options.normalisation === 'cosine' ? act1 * act2 : 1;
      const weight = norm === 0 ? 0 : raw / norm;
      if (weight === 0) continue;
      const evidence = [...(options.aggregation === 'congruence' ? agreeing : options.aggregation === 'conflict' ? opposing : new Set([...agreeing, ...opposing]))].sort();
      edges.push({
        id: `${options.aggregation}:${i1}~${i2}`,
        source: i1,
        target: i2,
        type: options.aggregation.toUpperCase(),
        weight,
        ...span(evidence),
        evidence,
        undirected: true,
      });
    }
  }
  return withNodeDates({ kind: options.aggregation, directed: false, nodes: active.map(node), edges, truncated: false }, info, statements);
}

/** Node dates: a node's own date (a report's), else the span of the statements by or about it. */
function withNodeDates(network: Network, info: Map<string, NodeInfo>, statements?: DiscourseStatement[]): Network {
  const dated = new Map<string, (string | undefined)[]>();
  const push = (id: string, date: string | undefined) => {
    const list = dated.get(id) ?? [];
    list.push(date);
    dated.set(id, list);
  };
  if (statements) for (const s of statements) for (const a of s.actors) push(a, s.date);
  for (const e of network.edges) for (const end of [e.source, e.target]) push(end, e.firstDate), push(end, e.lastDate);
  for (const n of network.nodes) {
    const own = info.get(n.id)?.date;
    Object.assign(n, dateSpan(own ? [own] : dated.get(n.id) ?? []));
  }
  return network;
}
