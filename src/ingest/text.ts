/**
 * The article text as the extractor sees it: checked (size, binary, HTML),
 * split into paragraphs, with a map from UTF-16 indices (what JavaScript
 * strings index) to code points (what every offset in Chorus counts).
 * All internal work is in UTF-16 indices; only the draft speaks code points.
 */
import { ValidationError } from '../errors.js';

/** Articles are a few thousand words; anything over this is not an article. */
export const MAX_ARTICLE_CHARS = 1_000_000;

export class IngestInputError extends ValidationError {
  constructor(message: string) {
    super([{ path: ['text'], message }], 'cannot read the article');
  }
}

/** Rejects what cannot be an article's plain text, with a message saying why. Cheap: bounded by the size check. */
export function checkArticleText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new IngestInputError('the article text must be a string');
  if (text.trim() === '') throw new IngestInputError('the article text is empty');
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new IngestInputError(`the article text is ${(text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_ARTICLE_CHARS / 1e6} million: is it really one article?`);
  }
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new IngestInputError('the article text contains NUL characters: it looks like a binary file, not plain text');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (control + replacement > Math.max(8, text.length * 0.01)) {
    throw new IngestInputError(`the article text has ${control} control and ${replacement} undecodable characters: it looks like a binary file or the wrong encoding, not UTF-8 text`);
  }
  const tags = text.match(/<\/?(?:html|head|body|div|p|span|script|style|a|br|meta|link|article|section|table|li|ul)\b[^>]*>/gi)?.length ?? 0;
  if (/^\s*<(?:!doctype|html)/i.test(text) || tags > 20) {
    throw new IngestInputError(`the article text looks like HTML (${tags} tags): save the article as plain text (e.g. the browser's reader view, then copy) so that offsets count the words a reader sees`);
  }
}

export interface Paragraph {
  index: number;
  /** UTF-16 [start, end) with leading and trailing whitespace trimmed. */
  start: number;
  end: number;
  text: string;
}

export class ArticleText {
  readonly paragraphs: Paragraph[] = [];
  /** Code-point index for each UTF-16 index (only built when the text has astral characters). */
  private readonly cpIndex: Uint32Array | null;

  /**
   * `joinWrappedLines`: paragraphs break only at blank lines (a hard-wrapped text, see stages/layout.ts).
   * `runsOn(line, next)`: otherwise, a single line break where this says the line runs on into the next is
   * not a paragraph break (a name or a sentence broken by the page's layout, stages/layout.ts).
   */
  constructor(readonly text: string, options: { joinWrappedLines?: boolean; runsOn?: (line: string, next: string) => boolean } = {}) {
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        astral = true;
        break;
      }
    }
    if (astral) {
      const map = new Uint32Array(text.length + 1);
      let cp = 0;
      for (let i = 0; i < text.length; i++) {
        map[i] = cp;
        const c = text.charCodeAt(i);
        if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
        else {
          map[i + 1] = cp;
          i++;
          cp++;
        }
      }
      map[text.length] = cp;
      this.cpIndex = map;
    } else this.cpIndex = null;

    const lineBreak = options.joinWrappedLines ? /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*/g : /\r?\n|\r/g;
    let from = 0;
    const push = (a: number, b: number) => {
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) this.paragraphs.push({ index: this.paragraphs.length, start: a, end: b, text: text.slice(a, b) });
    };
    const runsOn = options.joinWrappedLines ? undefined : options.runsOn;
    let lineStart = 0;
    for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
      const after = m.index + m[0].length;
      if (runsOn) {
        const line = text.slice(lineStart, m.index);
        const nextEnd = text.slice(after).search(/\r?\n|\r/);
        const next = text.slice(after, nextEnd < 0 ? text.length : after + nextEnd);
        lineStart = after;
        if (line.trim() && next.trim() && runsOn(line, next)) continue;
      }
      push(from, m.index);
      from = after;
    }
    push(from, text.length);
  }

  /** Code points before this UTF-16 index. */
  cp(index: number): number {
    return this.cpIndex ? this.cpIndex[index]! : index;
  }

  get codePointLength(): number {
    return this.cp(this.text.length);
  }

  paragraphAt(index: number): Paragraph | undefined {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.paragraphs[mid]!;
      if (index < p.start) hi = mid - 1;
      else if (index >= p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  }
}

/** Lower-case, straight apostrophes and quotes, single spaces: for comparing names. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .toLowerCase()
    .trim();
}

export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') : slug;
  return cut || 'x';
}
