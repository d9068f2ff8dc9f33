/**
 * Spans over the article, in Unicode code points as the draft counts them: a selection snapped to whole
 * words, an edge moved by one word, and the code-point offset of a point in the rendered text (the DOM
 * counts UTF-16 units, so an emoji before a quote would shift every offset after it).
 */

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]/u;
const OPENING = new Set(['“', '„', '‘', '«']);
const CLOSING = new Set(['”', '’', '»']);
const STRAIGHT = new Set(['"']);

const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/**
 * The span without spaces at its edges, nor quotation marks left unpaired there: a quote is the words
 * inside its marks, but a term quoted inside the words (support was “non-existent”) keeps both of its own.
 */
function trimEdges(points: readonly string[], start: number, end: number): Span {
  for (;;) {
    while (start < end && /\s/u.test(points[start]!)) start++;
    while (end > start && /\s/u.test(points[end - 1]!)) end--;
    if (start >= end) return { start, end };
    const inside = points.slice(start, end);
    const opened = inside.filter((c) => OPENING.has(c)).length;
    const closed = inside.filter((c) => CLOSING.has(c) && c !== '’').length;
    const straight = inside.filter((c) => STRAIGHT.has(c)).length;
    const first = points[start]!;
    const last = points[end - 1]!;
    if ((OPENING.has(first) && opened > closed) || (STRAIGHT.has(first) && straight % 2 === 1)) start++;
    else if (((CLOSING.has(last) && last !== '’') && closed > opened) || (STRAIGHT.has(last) && straight % 2 === 1)) end--;
    else if (last === '’' && !isWord(points[end])) end--; // a closing single quote (an apostrophe inside a word stays)
    else return { start, end };
  }
}

/** The span grown to whole words at both ends, then without spaces or unpaired quotation marks at its edges. Null when nothing is left. */
export function snapToWords(points: readonly string[], span: Span): Span | null {
  let { start, end } = trimEdges(points, Math.max(0, Math.min(span.start, span.end)), Math.min(points.length, Math.max(span.start, span.end)));
  if (start >= end) return null;
  while (start > 0 && isWord(points[start - 1]) && isWord(points[start])) start--;
  while (end < points.length && isWord(points[end]) && isWord(points[end - 1])) end++;
  return trimEdges(points, start, end);
}

/**
 * One edge moved by a word: `end` +1 takes in the next word (and the punctuation that ends it, so a
 * sentence keeps its full stop and a quoted term its closing mark), `end` -1 gives back the last word; `start` -1 takes in the word before,
 * `start` +1 gives back the first. The span never becomes empty.
 */
export function moveEdge(points: readonly string[], span: Span, edge: 'start' | 'end', direction: -1 | 1): Span {
  let { start, end } = span;
  if (edge === 'end' && direction === 1) {
    let i = end;
    while (i < points.length && !isWord(points[i])) i++;
    while (i < points.length && isWord(points[i])) i++;
    while (i < points.length && /[.,;:!?…)”’»"]/u.test(points[i]!)) i++;
    end = i;
  } else if (edge === 'end') {
    let i = end;
    while (i > start && !isWord(points[i - 1])) i--;
    while (i > start && isWord(points[i - 1])) i--;
    while (i > start && !isWord(points[i - 1])) i--;
    if (i > start) end = i;
  } else if (direction === -1) {
    let i = start;
    while (i > 0 && !isWord(points[i - 1])) i--;
    while (i > 0 && isWord(points[i - 1])) i--;
    start = i;
  } else {
    let i = start;
    while (i < end && isWord(points[i])) i++;
    while (i < end && !isWord(points[i])) i++;
    if (i < end) start = i;
  }
  return { start, end };
}

/** A statement's edge moved by a word (moveEdge), without a quotation mark left unpaired at its edges. */
export function moveStatementEdge(points: readonly string[], span: Span, edge: 'start' | 'end', direction: -1 | 1): Span {
  const moved = moveEdge(points, span, edge, direction);
  const trimmed = trimEdges(points, moved.start, moved.end);
  return trimmed.end > trimmed.start ? trimmed : span;
}

/** Where the next word starts after the one at `at` (the caret stays at the last word). */
export function nextWordStart(points: readonly string[], at: number): number {
  let i = at;
  while (i < points.length && isWord(points[i])) i++;
  while (i < points.length && !isWord(points[i])) i++;
  return i < points.length ? i : at;
}

/** Where the word before `at` starts. */
export function previousWordStart(points: readonly string[], at: number): number {
  let i = at;
  while (i > 0 && !isWord(points[i - 1])) i--;
  if (i === at && i > 0) i--;
  while (i > 0 && !isWord(points[i - 1])) i--;
  while (i > 0 && isWord(points[i - 1])) i--;
  return i;
}

/** Where the word starting at `at` ends (`at` itself when no word starts there). */
export function wordEnd(points: readonly string[], at: number): number {
  let i = at;
  while (i < points.length && isWord(points[i])) i++;
  return i;
}

/** The code-point offset of (node, utf16Offset) inside container, counting the text of every text node before it. */
export function codePointOffset(container: Node, node: Node, utf16Offset: number): number | null {
  if (!container.contains(node)) return null;
  let count = 0;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: the text of the children before it.
    const child = node.childNodes[utf16Offset] ?? null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (child && (child === t || child.contains(t) || child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      count += Array.from(t.textContent ?? '').length;
    }
    return count;
  }
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return count + Array.from((t.textContent ?? '').slice(0, utf16Offset)).length;
    count += Array.from(t.textContent ?? '').length;
  }
  return null;
}
