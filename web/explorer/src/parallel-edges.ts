/**
 * Parallel edges (Alan Wood criticised, praised and responded to the 2013-14 report) are
 * drawn as curves bowing apart, so each shows and takes its own clicks. This gives each
 * such edge its bow; @sigma/edge-curve draws it (and picture.ts draws the same curve).
 *
 * The indexes follow @sigma/edge-curve's indexParallelEdgesIndex (n edges one way:
 * -(n-1)/2 … (n-1)/2; edges both ways: 1 … n on each side, opposite directions bowing to
 * opposite sides by themselves), computed in one pass over the network's edges: that
 * function sets attributes on every edge of the graph, a cost a 5,000-edge first draw
 * should not pay for the few edges that have a twin.
 */
import type { NetworkEdge } from './api.js';

/** How far a curve bows, as a share of its edge's length, for the index-th of parallel edges. */
export function curvatureOf(index: number, max: number): number {
  return (0.35 * index) / Math.max(Math.abs(max), 1);
}

/** The bow of every edge that has a parallel twin, by edge id. The middle one of an odd number stays straight (absent). */
export function parallelCurvatures(edges: readonly NetworkEdge[]): Map<string, number> {
  const pairs = new Map<string, NetworkEdge[]>();
  for (const edge of edges) {
    const key = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const group = pairs.get(key);
    if (group) group.push(edge);
    else pairs.set(key, [edge]);
  }
  const curvatures = new Map<string, number>();
  for (const group of pairs.values()) {
    if (group.length < 2) continue;
    const forward = group.filter((e) => e.source === group[0]!.source);
    const backward = group.filter((e) => e.source !== group[0]!.source);
    if (backward.length === 0) {
      const max = (forward.length - 1) / 2;
      // Index 0 (the middle of an odd number) would be a curve of zero bow, which the curve program can neither draw nor pick.
      forward.forEach((edge, i) => i - max !== 0 && curvatures.set(edge.id, curvatureOf(i - max, max)));
    } else {
      for (const side of [forward, backward]) side.forEach((edge, i) => curvatures.set(edge.id, curvatureOf(i + 1, side.length)));
    }
  }
  return curvatures;
}
