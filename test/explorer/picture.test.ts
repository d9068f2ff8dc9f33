/** A picture's title and footer lines fit its width: broken at spaces, and a link longer than a line broken where it must. */
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../web/explorer/src/picture.js';

const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('keeps a short line whole', () => {
    expect(wrapText('Made with Chorus', measure, 400)).toEqual(['Made with Chorus']);
  });

  it('breaks at spaces, and a long link where it must, losing no character', () => {
    const link = `http://127.0.0.1:4000/explore?from=${'person:someone,'.repeat(10)}`;
    const text = `This view, with the quotes behind every line: ${link}`;
    const lines = wrapText(text, measure, 300);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(300);
    expect(lines[0]).toBe('This view, with the quotes');
    expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    expect(lines.slice(2).join('')).toBe(link);
  });
});
