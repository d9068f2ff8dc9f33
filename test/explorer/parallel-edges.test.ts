/** Which edges bow, and how far: the rule @sigma/edge-curve's indexParallelEdgesIndex follows, in one pass. */
import { describe, expect, it } from 'vitest';
import type { NetworkEdge } from '../../web/explorer/src/api.js';
import { curvatureOf, parallelCurvatures } from '../../web/explorer/src/parallel-edges.js';

const edge = (id: string, source: string, target: string): NetworkEdge => ({ id, source, target, type: 'CRITICISED', weight: 1, stance: null, firstDate: null, lastDate: null, evidence: [] });

describe('parallel edges', () => {
  it('leaves an edge with no twin straight', () => {
    expect(parallelCurvatures([edge('a', 'x', 'y'), edge('b', 'y', 'z')]).size).toBe(0);
  });

  it('bows three edges one way to both sides, the middle one straight', () => {
    const curvatures = parallelCurvatures([edge('criticised', 'wood', 'report'), edge('praised', 'wood', 'report'), edge('responded', 'wood', 'report')]);
    expect(curvatures.get('criticised')).toBe(curvatureOf(-1, 1));
    expect(curvatures.has('praised')).toBe(false);
    expect(curvatures.get('responded')).toBe(curvatureOf(1, 1));
    expect(curvatures.get('criticised')).toBe(-curvatures.get('responded')!);
  });

  it('bows two edges one way apart, and edges both ways each on its own side', () => {
    const two = parallelCurvatures([edge('a', 'x', 'y'), edge('b', 'x', 'y')]);
    expect(two.get('a')).toBeLessThan(0);
    expect(two.get('b')).toBeGreaterThan(0);
    // Opposite directions: the same positive bow turns to opposite sides, since the normal turns with the direction.
    const both = parallelCurvatures([edge('a', 'x', 'y'), edge('b', 'y', 'x'), edge('c', 'y', 'x')]);
    expect(both.get('a')).toBe(curvatureOf(1, 1));
    expect(both.get('b')).toBe(curvatureOf(1, 2));
    expect(both.get('c')).toBe(curvatureOf(2, 2));
  });
});
