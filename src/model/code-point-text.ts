/**
 * Offsets count Unicode code points, as W3C TextPosition selectors and
 * Python do, over the source text exactly as stored. JavaScript strings
 * index UTF-16 units, so every slice goes through these helpers.
 */
export class CodePointText {
  private readonly points: string[];

  constructor(readonly text: string) {
    this.points = Array.from(text);
  }

  get length(): number {
    return this.points.length;
  }

  slice(start: number, end: number): string {
    return this.points.slice(start, end).join('');
  }

  /** Every [start, end) where `quote` occurs, in code points. */
  find(quote: string): [number, number][] {
    const hits: [number, number][] = [];
    if (!quote) return hits;
    const quoteLength = Array.from(quote).length;
    let from = 0;
    for (;;) {
      const unit = this.text.indexOf(quote, from);
      if (unit < 0) return hits;
      const start = Array.from(this.text.slice(0, unit)).length;
      hits.push([start, start + quoteLength]);
      from = unit + 1;
    }
  }
}
