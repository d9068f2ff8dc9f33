/**
 * The article with its proposed statements marked: text nodes and <mark>
 * elements made with DOM APIs, never parsed from a string, so whatever the
 * article says (`<img onerror=…>` included) shows as the characters it is.
 * Spans count Unicode code points, as the draft does.
 */
import { h } from '../dom.js';
import { stanceOf, type DraftStatement, type Review } from './draft.js';

export function markTitle(statement: DraftStatement): string {
  const targets = statement.about.map((t) => `${t.stance} toward ${t.name}`).join('; ') || 'no target';
  return `${statement.speaker.name}: ${targets}`;
}

export function renderArticle(container: HTMLElement, text: string, review: Review, selected: string | null, onSelect: (id: string) => void): void {
  const points = Array.from(text);
  const statements = [...review.draft.statements].sort((a, b) => a.start - b.start || a.end - b.end);
  const children: Node[] = [];
  let cursor = 0;
  for (const statement of statements) {
    // Spans do not overlap in a draft; if one ever did, the first keeps its mark.
    if (statement.start < cursor || statement.end > points.length || statement.end <= statement.start) continue;
    if (statement.start > cursor) children.push(document.createTextNode(points.slice(cursor, statement.start).join('')));
    const decision = review.review(statement.id).decision;
    const classes = ['statement-mark', `stance-${stanceOf(statement)}`, `decision-${decision}`];
    if (statement.id === selected) classes.push('selected');
    const mark = h('mark', { className: classes.join(' '), 'data-statement': statement.id, tabindex: 0, title: markTitle(statement) }, points.slice(statement.start, statement.end).join(''));
    mark.addEventListener('mouseenter', () => onSelect(statement.id));
    mark.addEventListener('click', () => onSelect(statement.id));
    mark.addEventListener('focus', () => onSelect(statement.id));
    children.push(mark);
    cursor = statement.end;
  }
  if (cursor < points.length) children.push(document.createTextNode(points.slice(cursor).join('')));
  container.replaceChildren(...children);
}
