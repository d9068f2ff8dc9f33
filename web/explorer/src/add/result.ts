/**
 * What a commit says back: whether anything was written, the change, its difference from the article's
 * previous version (`Change.diff`: records added, removed, changed), and a link into the explorer for every
 * node it touched. An ARTICLE_CONFLICT shows each later change to the article's records and offers an
 * explicit overwrite: the page never overwrites on its own.
 */
import { h } from '../dom.js';
import type { ArticleConflict, CommitResult, RecordRef } from './api.js';

export const exploreLink = (id: string) => `/explore?node=${encodeURIComponent(id)}`;

function refView(ref: RecordRef): HTMLElement {
  const name = ref.name || ref.id;
  if (ref.kind === 'node') return h('span', { className: 'diff-ref' }, h('a', { className: 'node-link', href: exploreLink(ref.id), 'data-node': ref.id }, name), ' ', h('code', {}, ref.label));
  return h('span', { className: 'diff-ref' }, h('code', {}, ref.label), ' ', ref.from ?? '?', ' → ', ref.to ?? '?');
}

/** Nodes a change touched: the records it added, removed or changed, and the ends of its relationships. */
export function touchedNodes(result: CommitResult, sourceId: string, kept: string[]): string[] {
  const ids = new Set<string>([sourceId]);
  const diff = result.change?.diff;
  for (const ref of [...(diff?.added ?? []), ...(diff?.removed ?? []), ...(diff?.changed ?? []).map((c) => c.ref)]) {
    if (ref.kind === 'node') ids.add(ref.id);
    else for (const end of [ref.from, ref.to]) if (end) ids.add(end);
  }
  // Without a diff (nothing applied), the nodes the draft names still have their links.
  if (!diff) for (const id of kept) ids.add(id);
  return [...ids];
}

export function resultView(result: CommitResult, sourceId: string, kept: string[]): HTMLElement {
  const saved = result.node?.statements?.length;
  const diff = result.change?.diff;
  const section = (title: string, className: string, items: HTMLElement[]) => (items.length ? h('div', { className: `diff-${className}` }, h('h3', {}, `${title} (${items.length})`), h('ul', {}, items.map((i) => h('li', {}, i)))) : null);
  return h(
    'div',
    { className: `result ${result.applied ? 'applied' : 'not-applied'}` },
    h('p', { className: 'result-applied', 'data-applied': String(result.applied) }, result.applied ? 'Committed: the article’s new version is in the graph (applied: true).' : 'Nothing written (applied: false): the graph already holds exactly this.'),
    result.change
      ? h('p', { className: 'small' }, 'Change ', h('code', { className: 'change-id' }, result.change.id), ` · ${result.change.operation} by ${result.change.keyName} at ${result.change.at}`, h('br'), result.change.summary)
      : h('p', { className: 'small muted' }, 'No change was recorded.'),
    saved !== undefined ? h('p', { className: 'small' }, `The source now has ${saved} statement${saved === 1 ? '' : 's'}.`) : null,
    diff
      ? h(
          'div',
          { className: 'diff' },
          h('h3', {}, 'Difference from the previous version'),
          section('Added', 'added', diff.added.map(refView)),
          section('Removed', 'removed', diff.removed.map(refView)),
          section('Changed', 'changed', diff.changed.map((c) => h('span', {}, refView(c.ref), ` (${c.properties.join(', ')})`))),
        )
      : null,
    h('p', {}, h('a', { className: 'source-link', href: exploreLink(sourceId) }, `Open ${result.node?.title ?? sourceId} in the explorer`)),
    h('details', { className: 'touched', open: true }, h('summary', {}, 'Every node touched, in the explorer'), h('ul', { className: 'touched-nodes' }, touchedNodes(result, sourceId, kept).map((id) => h('li', {}, h('a', { href: exploreLink(id), 'data-node': id }, id))))),
  );
}

export function conflictView(conflicts: ArticleConflict[], message: string, sourceId: string, onOverwrite: () => void): HTMLElement {
  return h(
    'div',
    { className: 'error-box conflict-box', 'data-code': 'ARTICLE_CONFLICT' },
    h('p', {}, h('strong', {}, 'ARTICLE_CONFLICT: '), 'someone changed this article’s records since its last version. Nothing was written.'),
    conflicts.length
      ? h('ul', { className: 'conflicts' }, conflicts.map((c) => h('li', {}, h('code', {}, c.change), ` · ${c.operation} by ${c.keyName} at ${c.at}`, c.records.length ? [h('br'), 'records: ', ...c.records.flatMap((id, i) => [i ? ', ' : '', h('a', { href: exploreLink(id) }, id)])] : null)))
      : h('p', { className: 'small' }, message),
    h('p', { className: 'small' }, 'Re-open the article to start from the graph as it is now, or overwrite their changes with yours.'),
    h('div', { className: 'actions' }, h('button', { type: 'button', className: 'overwrite', onclick: onOverwrite }, 'Overwrite their changes'), h('a', { className: 'reopen-link', href: `/explore/add?source=${encodeURIComponent(sourceId)}&fresh=1` }, 'Re-open from the graph (drops this review)')),
  );
}
