/**
 * One statement's card: a line when it is not the current one; the whole editor when it is (span, kind,
 * speaker, targets with a stance each, the claims it asserts or disputes, attribution conflicts, why it was
 * proposed, accept and reject). Every field carries `data-field` (see validate.ts), so a problem, the
 * page's or the server's, is shown on the field it names.
 */
import { h } from '../dom.js';
import { nodePicker } from './picker.js';
import { STANCES, stanceOf, type ActorLabel, type DraftStatement, type Review, type Stance } from './draft.js';

export interface CardContext {
  review: Review;
  text: string;
  selected: string | null;
  /** Problems by field key (validate.ts), shown beside their fields. */
  problems: Map<string, string[]>;
  render: () => void;
  select: (id: string) => void;
  /** Conflict checks for statements added by hand: by statement id, what the graph said (or why it could not say). */
  checked: Map<string, string>;
}

const SPEAKER_TYPES = ['PERSON', 'ORGANISATION', 'GROUP', 'COUNCIL'];
const TARGET_TYPES = ['REPORT', 'FRAMEWORK', 'ORGANISATION', 'COUNCIL', 'PERSON', 'GROUP'];

export function stanceSwatch(stance: string): HTMLElement {
  return h('span', { className: `swatch stance-${stance}`, title: stance });
}

/** The problems for a field, as a line under it. */
function problemLine(ctx: CardContext, key: string): HTMLElement | null {
  const messages = ctx.problems.get(key);
  return messages?.length ? h('p', { className: 'field-problem', role: 'alert', 'data-problem-for': key }, messages.join('; ')) : null;
}

function newActorForm(ctx: CardContext, statement: DraftStatement): HTMLElement {
  const label = h('select', { className: 'new-actor-label', 'aria-label': 'New speaker is a' }, (['Person', 'Organisation', 'Group', 'Council'] as ActorLabel[]).map((l) => h('option', { value: l }, l.toLowerCase())));
  const name = h('input', { type: 'text', className: 'new-actor-name', placeholder: 'name', 'aria-label': 'New speaker’s name' });
  const role = h('input', { type: 'text', className: 'new-actor-role', placeholder: 'role (e.g. chief executive)', 'aria-label': 'New speaker’s role' });
  const at = h('input', { type: 'text', className: 'new-actor-at', placeholder: 'at (organisation id)', 'aria-label': 'Where the role is held (an organisation id)' });
  const problem = h('p', { className: 'field-problem', hidden: true });
  const create = h('button', { type: 'button', className: 'new-actor-create' }, 'Create speaker');
  create.addEventListener('click', () => {
    if (!name.value.trim()) {
      problem.textContent = 'a new speaker needs a name';
      problem.hidden = false;
      name.focus();
      return;
    }
    const actor = ctx.review.addActor({ label: label.value as ActorLabel, name: name.value, roleTitle: label.value === 'Person' ? role.value : undefined, roleAt: label.value === 'Person' ? at.value : undefined });
    ctx.review.setSpeaker(statement.id, { id: actor.id, label: actor.label, name: actor.name, existing: false });
    ctx.render();
  });
  return h('details', { className: 'new-actor' }, h('summary', {}, 'New speaker…'), h('div', { className: 'inline-form' }, label, name, role, at, create), problem);
}

function newTargetForm(ctx: CardContext, statement: DraftStatement): HTMLElement {
  const kind = h('select', { className: 'new-target-kind', 'aria-label': 'New target is a' }, ['report', 'framework', 'council', 'group', 'organisation', 'person'].map((k) => h('option', { value: k }, k)));
  const name = h('input', { type: 'text', className: 'new-target-name', placeholder: 'title or name', 'aria-label': 'New target’s title or name' });
  const problem = h('p', { className: 'field-problem', hidden: true });
  const create = h('button', { type: 'button', className: 'new-target-create' }, 'Create target');
  create.addEventListener('click', () => {
    if (!name.value.trim()) {
      problem.textContent = `a new ${kind.value} needs a ${kind.value === 'report' ? 'title' : 'name'}`;
      problem.hidden = false;
      name.focus();
      return;
    }
    const r = ctx.review;
    const node =
      kind.value === 'report' ? r.addReport(name.value)
      : kind.value === 'framework' ? r.addFramework(name.value)
      : (() => {
          const actor = r.addActor({ label: (kind.value[0]!.toUpperCase() + kind.value.slice(1)) as ActorLabel, name: name.value });
          return { id: actor.id, label: actor.label, name: actor.name };
        })();
    r.addTarget(statement.id, node);
    ctx.render();
  });
  return h('details', { className: 'new-target' }, h('summary', {}, 'New target…'), h('div', { className: 'inline-form' }, kind, name, create), problem);
}

function targetsEditor(ctx: CardContext, statement: DraftStatement): HTMLElement {
  const r = ctx.review;
  const items = statement.about.map((t, j) => {
    const select = h('select', { className: 'stance', 'data-target': t.target, 'aria-label': `Stance toward ${t.name}`, 'data-field': `statements|${statement.id}|about.${j}.stance` }, STANCES.map((s) => h('option', { value: s }, s)));
    select.value = t.stance;
    select.addEventListener('change', () => {
      r.setStance(statement.id, t.target, select.value as Stance);
      ctx.render();
    });
    return h(
      'li',
      { className: 'target', 'data-target': t.target, 'data-field': `statements|${statement.id}|about.${j}` },
      h('div', { className: 'target-head' }, stanceSwatch(t.stance), h('span', { className: 'target-name' }, t.name), ' ', h('code', {}, t.target)),
      h('div', { className: 'target-controls' }, select, h('span', { className: 'muted' }, `confidence ${t.confidence}`), h('button', { type: 'button', className: 'remove-target', 'data-target': t.target, onclick: () => (r.removeTarget(statement.id, t.target), ctx.render()) }, 'Remove')),
      t.cues.length ? h('div', { className: 'cues muted' }, 'cues: ', t.cues.join(' · ')) : null,
    );
  });
  const main = r.draft.mainReport;
  const mainName = main ? (r.newNodes().find((n) => n.id === main.id)?.name ?? main.id) : null;
  return h(
    'div',
    { 'data-field': `statements|${statement.id}|about` },
    items.length ? h('ul', { className: 'targets' }, items) : h('p', { className: 'warn' }, 'No target: this statement is held back, not saved.'),
    nodePicker({ types: TARGET_TYPES, placeholder: 'add a target: search the graph', label: 'Add a target', local: () => r.newNodes(), onPick: (node) => (r.addTarget(statement.id, node), ctx.render()), field: `statements|${statement.id}|about.add` }),
    h(
      'div',
      { className: 'inline-form' },
      main && !statement.about.some((t) => t.target === main.id) ? h('button', { type: 'button', className: 'add-main-report', onclick: () => (r.addTarget(statement.id, { id: main.id, label: 'Report', name: mainName! }), ctx.render()) }, `+ the main report`) : null,
    ),
    newTargetForm(ctx, statement),
    problemLine(ctx, `statements|${statement.id}|about`),
  );
}

function claimsLine(ctx: CardContext, statement: DraftStatement): HTMLElement | null {
  const r = ctx.review;
  const name = (id: string) => r.newClaim(id)?.text ?? id;
  const parts = [...statement.asserts.map((c) => `asserts ${name(c)}`), ...statement.disputes.map((c) => `disputes ${name(c)}`)];
  return parts.length ? h('p', { className: 'small statement-claims' }, parts.join(' · ')) : null;
}

function conflictsLine(ctx: CardContext, statement: DraftStatement): HTMLElement | null {
  const conflicts = statement.conflicts ?? [];
  const checked = ctx.checked.get(statement.id);
  if (!conflicts.length) return checked ? h('p', { className: 'small muted conflict-check' }, checked) : null;
  return h(
    'div',
    { className: 'conflict-flag', role: 'note' },
    h('strong', {}, '⚑ Attribution conflict: '),
    'the same words are in the graph with another speaker: ',
    conflicts.flatMap((c, i) => [i ? '; ' : '', h('a', { href: `/explore?node=${encodeURIComponent(c.statement)}` }, c.speakerName || c.speaker), c.sourceTitle ? ` in “${c.sourceTitle}”` : '']),
  );
}

export function statementCard(ctx: CardContext, statement: DraftStatement, index: number): HTMLElement {
  const r = ctx.review;
  const { decision, corrections } = r.review(statement.id);
  const current = statement.id === ctx.selected;
  const speaker = statement.speaker;
  const header = h(
    'header',
    {},
    stanceSwatch(stanceOf(statement)),
    h('strong', { className: 'speaker-name' }, speaker.name || 'no speaker yet'),
    h('span', { className: `badge kind-badge kind-${statement.kind}` }, statement.kind),
    statement.conflicts?.length ? h('span', { className: 'badge badge-conflict', title: 'attribution conflict' }, '⚑ conflict') : null,
    h('span', { className: `badge badge-${decision}` }, decision),
  );
  const actions = h(
    'div',
    { className: 'card-actions' },
    decision === 'rejected'
      ? h('button', { type: 'button', className: 'restore', onclick: () => (r.decide(statement.id, 'proposed'), ctx.render()) }, 'Restore')
      : [
          h('button', { type: 'button', className: 'accept', 'aria-pressed': decision === 'accepted' ? 'true' : 'false', onclick: () => (r.decide(statement.id, decision === 'accepted' ? 'proposed' : 'accepted'), ctx.render()) }, decision === 'accepted' ? 'Accepted' : 'Accept'),
          h('button', { type: 'button', className: 'reject', onclick: () => (r.decide(statement.id, 'rejected'), ctx.render()) }, 'Reject'),
        ],
  );
  // The current card takes the focus back when Esc leaves one of its fields, so the review keys work at once.
  const attributes = { className: `statement-card decision-${decision}${current ? ' selected' : ''}`, 'data-statement': statement.id, 'data-index': index, 'data-decision': decision, 'data-field': `statements|${statement.id}`, tabindex: current ? -1 : null };
  const problems = [...ctx.problems.entries()].filter(([key]) => key.startsWith(`statements|${statement.id}`)).flatMap(([, m]) => m);
  if (!current) {
    const line = h('article', attributes, header, h('p', { className: 'statement-text compact' }, statement.text), statement.about.length ? h('p', { className: 'small muted' }, statement.about.map((t) => `${t.stance} → ${t.name}`).join(' · ')) : h('p', { className: 'small warn' }, 'no target'), problems.length ? h('p', { className: 'field-problem' }, problems.join('; ')) : null, actions);
    line.addEventListener('click', (event) => {
      if (!(event.target as Element).closest('button')) ctx.select(statement.id);
    });
    return line;
  }

  const kind = h('select', { className: 'kind', 'aria-label': 'Quote or paraphrase', 'data-field': `statements|${statement.id}|kind` }, ['quote', 'paraphrase'].map((k) => h('option', { value: k }, k)));
  kind.value = statement.kind;
  kind.addEventListener('change', () => (r.setKind(statement.id, kind.value as DraftStatement['kind']), ctx.render()));
  const edge = (which: 'start' | 'end', direction: -1 | 1, label: string, title: string) =>
    h('button', { type: 'button', className: `span-${which}-${direction < 0 ? 'back' : 'on'}`, title, 'aria-label': title, onclick: () => (r.moveSpan(statement.id, ctx.text, which, direction), ctx.render()) }, label);
  const speakerFacts = [speaker.label, speaker.id ? (speaker.existing ? 'in the graph' : 'new') : null, speaker.resolvedBy ? `found by ${speaker.resolvedBy}` : null, speaker.mention ? `“${speaker.mention}”` : null, speaker.speakerRole ?? null].filter(Boolean).join(' · ');

  return h(
    'article',
    attributes,
    header,
    h('blockquote', { className: 'statement-text' }, statement.text),
    h(
      'dl',
      {},
      h('dt', {}, 'Words'),
      h('dd', { 'data-field': `statements|${statement.id}|start` }, h('div', { className: 'span-controls' }, edge('start', -1, '◀', 'Start one word earlier (Alt+Shift+←)'), edge('start', 1, '▶', 'Start one word later (Alt+Shift+→)'), h('code', {}, `[${statement.start}, ${statement.end})`), edge('end', -1, '◀', 'End one word earlier (Alt+←)'), edge('end', 1, '▶', 'End one word later (Alt+→)'), kind), problemLine(ctx, `statements|${statement.id}|start`)),
      h('dt', {}, 'Speaker'),
      h(
        'dd',
        { 'data-field': `statements|${statement.id}|speaker` },
        h('div', {}, h('span', { className: 'speaker-current' }, speaker.name || '—'), ' ', speaker.id ? h('code', { className: 'speaker-id' }, speaker.id) : null),
        speakerFacts ? h('div', { className: 'muted small' }, speakerFacts) : null,
        nodePicker({ types: SPEAKER_TYPES, placeholder: 'change speaker: search people, bodies, groups', label: 'Speaker', local: () => r.newNodes(), onPick: (node) => (r.setSpeaker(statement.id, node), ctx.render()), field: `statements|${statement.id}|speaker.id`, invalid: ctx.problems.has(`statements|${statement.id}|speaker`) }),
        newActorForm(ctx, statement),
        problemLine(ctx, `statements|${statement.id}|speaker`),
      ),
      h('dt', {}, 'Targets'),
      h('dd', {}, targetsEditor(ctx, statement)),
      h('dt', {}, 'Found by'),
      h('dd', {}, h('code', {}, statement.rule), ` · confidence ${statement.confidence}`, statement.cues.length ? h('div', { className: 'cues muted' }, 'cues: ', statement.cues.join(' · ')) : null),
      corrections.length ? h('dt', {}, 'Corrected') : null,
      corrections.length ? h('dd', { className: 'corrections' }, corrections.join('; ')) : null,
    ),
    claimsLine(ctx, statement),
    conflictsLine(ctx, statement),
    actions,
  );
}
