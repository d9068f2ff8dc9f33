/** Label placement: no two labels overlap, the first candidates win, labels stay inside the picture. */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate, type PlacedLabel } from '../../web/explorer/src/labels.js';

const measure = (text: string) => text.length * 7;
const FONT_SIZE = 12;
const overlap = (a: PlacedLabel, b: PlacedLabel) => a.x < b.x + b.width && b.x < a.x + a.width && Math.abs(a.y - b.y) < FONT_SIZE + 2;

describe('placeLabels', () => {
  it('never lets two labels overlap, however crowded', () => {
    // 400 nodes on a 20 × 20 grid 12 px apart: far more labels than fit.
    const candidates: LabelCandidate[] = [];
    for (let i = 0; i < 400; i++) candidates.push({ id: `n${i}`, text: `Node number ${i}`, x: 20 + (i % 20) * 12, y: 20 + Math.floor(i / 20) * 12, r: 3 });
    const placed = placeLabels(candidates, measure, FONT_SIZE, { width: 400, height: 300 });
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(400);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
    for (const label of placed) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width).toBeLessThanOrEqual(400);
    }
  });

  it('gives the spot to the candidate that comes first, and moves the next one to another side', () => {
    const report = { id: 'report', text: 'Ofsted social care annual report 2013-14', x: 200, y: 100, r: 10 };
    const simmonds = { id: 'simmonds', text: 'David Simmonds', x: 230, y: 102, r: 4 };
    const placed = placeLabels([report, simmonds], measure, FONT_SIZE, { width: 600, height: 300 });
    expect(placed.map((l) => l.id)).toEqual(['report', 'simmonds']);
    expect(placed[0]!.x).toBe(report.x + report.r + 3);
    // Right of Simmonds is taken by the report's label: left, below or above instead.
    expect(placed[1]!.x).not.toBe(simmonds.x + simmonds.r + 3);
    expect(overlap(placed[0]!, placed[1]!)).toBe(false);
  });

  it('leaves out a label with no free spot inside the bounds', () => {
    const placed = placeLabels([{ id: 'wide', text: 'x'.repeat(100), x: 50, y: 50, r: 4 }], measure, FONT_SIZE, { width: 300, height: 100 });
    expect(placed).toEqual([]);
  });

  it('covers no node but its own', () => {
    const ofsted = { id: 'ofsted', x: 160, y: 100, r: 12 };
    const wood = { id: 'wood', text: 'Alan Wood', x: 100, y: 100, r: 6 };
    const placed = placeLabels([wood], measure, FONT_SIZE, { width: 400, height: 300 }, [ofsted, { ...wood }]);
    // To the right, "Alan Wood" (63 px from x = 109) would run into Ofsted's circle: it goes left instead.
    expect(placed).toHaveLength(1);
    expect(placed[0]!.x + placed[0]!.width).toBeLessThanOrEqual(wood.x - wood.r);
  });
});
