/**
 * The article with everything the draft found marked: each statement (a <mark> coloured by stance, styled
 * by kind, struck through when rejected), each quoted span the extractor found and did not propose (dashed,
 * its reason on hover and focus), the page furniture (dimmed), and the reviewer's pending selection.
 * Text nodes and elements made with DOM APIs, never parsed from a string, so whatever the article says
 * (`<img onerror=…>` included) shows as the characters it is. Spans count Unicode code points, as the
 * draft does. Where ranges overlap (a statement added over another), the text is cut into pieces at every
 * edge, and each piece carries every range it is in.
 */
import { h } from '../dom.js';
import { stanceOf, type Draft, type DraftStatement, type Review } from './draft.js';
import type { Span } from './spans.js';

export function markTitle(statement: DraftStatement): string {
  const targets = statement.about.map((t) => `${t.stance} toward ${t.name}`).join('; ') || 'no target';
  return `${statement.speaker.name || 'no speaker'} (${statement.kind}): ${targets}`;
}

/** A statement's mark: its kind, stance and decision, whether it is the current one, overlaps another, or has an attribution conflict. */
export function markClassName(statement: DraftStatement, review: Review, selected: string | null, overlap: boolean): string {
  const classes = ['statement-mark', `kind-${statement.kind}`, `stance-${stanceOf(statement)}`, `decision-${review.review(statement.id).decision}`];
  if (overlap) classes.push('overlap');
  if (statement.conflicts?.length) classes.push('has-conflict');
  if (statement.id === selected) classes.push('selected');
  return classes.join(' ');
}

/** Where an excluded quote ends, in code points (the draft gives its start and text). */
export const excludedEnd = (e: Draft['excludedQuotes'][number]) => e.start + Array.from(e.text).length;

export interface ArticleMarks {
  selected: string | null;
  pending: Span | null;
  /** The word under the keyboard caret, while the text has the focus. */
  caret: Span | null;
  onSelect: (id: string) => void;
}

export function renderArticle(container: HTMLElement, text: string, review: Review, marks: ArticleMarks): void {
  const points = Array.from(text);
  const statements = review.inOrder().filter((s) => s.start >= 0 && s.end <= points.length && s.end > s.start);
  const excluded = review.draft.excludedQuotes.map((e, index) => ({ index, start: e.start, end: excludedEnd(e), reason: e.reason }));
  const furniture = review.draft.furniture;
  const edges = new Set<number>([0, points.length]);
  for (const r of [...statements, ...excluded, ...furniture, ...(marks.pending ? [marks.pending] : []), ...(marks.caret ? [marks.caret] : [])]) {
    edges.add(Math.max(0, Math.min(points.length, r.start)));
    edges.add(Math.max(0, Math.min(points.length, r.end)));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const children: Node[] = [];
  const inside = (r: Span, a: number, b: number) => r.start <= a && b <= r.end;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    let piece: Node = document.createTextNode(points.slice(a, b).join(''));
    if (marks.pending && inside(marks.pending, a, b)) piece = h('span', { className: 'pending-selection' }, piece);
    if (marks.caret && inside(marks.caret, a, b)) piece = h('span', { className: 'text-caret' }, piece);
    const quote = excluded.find((e) => inside(e, a, b));
    // The reason shows on hover (title) and, for the keyboard, beside the words while they have the focus (CSS, from data-reason).
    if (quote) piece = h('span', { className: 'excluded-quote', 'data-excluded': quote.index, 'data-reason': `not proposed: ${quote.reason}`, tabindex: 0, title: `Found, not proposed: ${quote.reason}` }, piece);
    if (furniture.some((f) => inside(f, a, b))) piece = h('span', { className: 'furniture', title: 'Page furniture: not part of the article' }, piece);
    // The innermost statement (the one starting last) owns the piece; the others are noted.
    const covering = statements.filter((s) => inside(s, a, b));
    const statement = covering[covering.length - 1];
    if (statement) {
      const mark = h('mark', { className: markClassName(statement, review, marks.selected, covering.length > 1), 'data-statement': statement.id, title: markTitle(statement) }, piece);
      mark.addEventListener('click', () => {
        // A click that ends a selection is the selection's, not a pick of the statement.
        if (window.getSelection()?.isCollapsed !== false) marks.onSelect(statement.id);
      });
      piece = mark;
    }
    children.push(piece);
  }
  container.replaceChildren(...children);
}
