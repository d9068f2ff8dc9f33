/**
 * The explorer's stance colours stay distinguishable for colour-blind readers: every pair
 * of stance colours, seen through Machado, Oliveira and Fernandes's (2009) simulation of
 * protanopia, deuteranopia and tritanopia (severity 1) and with normal vision, is at least
 * 20 apart in CIELAB (CIE76 ΔE; about 2.3 is a just-noticeable difference).
 */
import { describe, expect, it } from 'vitest';
import { STANCE_COLOURS } from '../../web/explorer/src/palette.js';

const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** A colour as a reader with the given vision sees it, in CIELAB (D65). */
function seenAs(hex: string, matrix: number[][]): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16)));
  const [r, g, b] = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe('explorer palette', () => {
  const stances = ['critical', 'supportive', 'mixed', 'neutral'] as const;

  for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
    it(`keeps every pair of stance colours apart with ${vision} vision`, () => {
      for (const [i, a] of stances.entries()) {
        for (const b of stances.slice(i + 1)) {
          const distance = Math.hypot(...seenAs(STANCE_COLOURS[a]!, matrix).map((v, k) => v - seenAs(STANCE_COLOURS[b]!, matrix)[k]!));
          expect(distance, `${a} and ${b}`).toBeGreaterThanOrEqual(20);
        }
      }
    });
  }

  it('would have failed the old red and green', () => {
    const red = seenAs('#d62728', SIMULATIONS.deuteranopia!);
    const green = seenAs('#2ca02c', SIMULATIONS.deuteranopia!);
    expect(Math.hypot(...red.map((v, k) => v - green[k]!))).toBeLessThan(20);
  });
});
