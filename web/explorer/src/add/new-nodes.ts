/**
 * What the commit will add to the graph besides the article's statements, claims and ratings: the new
 * people, organisations, groups and councils (name; a person's role and where it is held; a council's
 * region; an organisation's parent bodies), the new reports (title, date, period, publisher) and
 * frameworks (name) that something kept still uses. The extractor proposes most of them; the server
 * refuses some as proposed (a role without the body it is at), and its problems land on these fields.
 */
import { h } from '../dom.js';
import type { CardContext } from './card.js';
import type { Draft } from './draft.js';

type Ctx = Omit<CardContext, 'selected' | 'select' | 'checked'>;

function input(ctx: Ctx, key: string, label: string, value: string | undefined, set: (value: string) => void, list = false): HTMLElement {
  const element = h('input', { type: 'text', 'data-field': key, 'aria-label': label, placeholder: label, list: list ? 'known-nodes' : null, 'aria-invalid': ctx.problems.has(key) ? 'true' : null });
  element.value = value ?? '';
  element.addEventListener('change', () => {
    set(element.value);
    ctx.render();
  });
  const messages = ctx.problems.get(key);
  return h('label', { className: 'mini-field' }, h('span', {}, label), element, messages ? h('p', { className: 'field-problem', role: 'alert', 'data-problem-for': key }, messages.join('; ')) : null);
}

/** `kept`: the reviewed draft, so only what will be written is listed (a rejected statement's new speaker is not). */
export function newNodesEditor(ctx: Ctx, kept: Draft): HTMLElement | null {
  const r = ctx.review;
  const actors = kept.newActors.map((a) => {
    const key = (field: string) => `newActors|${a.id}|${field}`;
    return h(
      'article',
      { className: 'node-card', 'data-node': a.id, 'data-field': `newActors|${a.id}` },
      h('header', {}, h('strong', {}, a.label), ' ', h('code', {}, a.id)),
      input(ctx, key('name'), 'name', a.name, (v) => r.updateActor(a.id, { name: v })),
      a.label === 'Person'
        ? h('div', { className: 'row' }, input(ctx, key('role.title'), 'role (empty: none)', a.role?.title, (v) => r.updateActor(a.id, { roleTitle: v })), input(ctx, key('role.at'), 'at (organisation or council id)', a.role?.at, (v) => r.updateActor(a.id, { roleAt: v }), true))
        : null,
      a.label === 'Council' ? input(ctx, key('region'), 'region', a.region, (v) => r.updateActor(a.id, { region: v })) : null,
      a.label === 'Organisation' ? input(ctx, key('memberOf'), 'part of (organisation ids, comma-separated)', a.memberOf?.join(', '), (v) => r.updateActor(a.id, { memberOf: v.split(',').map((x) => x.trim()).filter(Boolean) }), true) : null,
      a.role?.atName && !a.role.at ? h('p', { className: 'small muted' }, `The text says: ${a.role.atName}`) : null,
    );
  });
  const reports = (kept.newReports ?? []).map((report) => {
    const key = (field: string) => `newReports|${report.id}|${field}`;
    return h(
      'article',
      { className: 'node-card', 'data-node': report.id, 'data-field': `newReports|${report.id}` },
      h('header', {}, h('strong', {}, 'Report'), ' ', h('code', {}, report.id)),
      input(ctx, key('title'), 'title', report.title, (v) => r.updateReport(report.id, { title: v })),
      h('div', { className: 'row' }, input(ctx, key('date'), 'date', report.date, (v) => r.updateReport(report.id, { date: v })), input(ctx, key('period'), 'period', report.period, (v) => r.updateReport(report.id, { period: v }))),
      input(ctx, key('publisher'), 'publisher (organisation id)', report.publisher ?? report.publishedBy?.[0], (v) => r.updateReport(report.id, { publisher: v }), true),
    );
  });
  const frameworks = (kept.newFrameworks ?? []).map((f) =>
    h('article', { className: 'node-card', 'data-node': f.id, 'data-field': `newFrameworks|${f.id}` }, h('header', {}, h('strong', {}, 'Framework'), ' ', h('code', {}, f.id)), input(ctx, `newFrameworks|${f.id}|name`, 'name', f.name, (v) => r.updateFramework(f.id, v))),
  );
  if (!actors.length && !reports.length && !frameworks.length) return null;
  return h('section', { className: 'new-nodes-editor', 'aria-label': 'New in the graph' }, h('h2', {}, 'New in the graph'), actors, reports, frameworks);
}
