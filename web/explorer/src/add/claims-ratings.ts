/**
 * The numbers and grades the article states, and the claims and ratings it introduces: each number found
 * in the text decided to be an existing claim (its matches) or a new one; each new claim's proposition,
 * numbers (value, unit, what it counts), period, and who asserts or disputes it (a statement, or the article
 * in its author's words); each council's grade decided to be an existing rating or a new one (council, grade,
 * rater, report, framework, date, period), which the article cites. Fields carry `data-field` (validate.ts).
 */
import { h } from '../dom.js';
import type { CardContext } from './card.js';
import type { DraftClaimValue, DraftNewClaim, DraftNewRating } from './draft.js';

type Ctx = Omit<CardContext, 'selected' | 'select' | 'checked'>;

function problemLine(ctx: Ctx, key: string): HTMLElement | null {
  const messages = ctx.problems.get(key);
  return messages?.length ? h('p', { className: 'field-problem', role: 'alert', 'data-problem-for': key }, messages.join('; ')) : null;
}

/** A labelled text input that writes through `set` when it changes. */
function field(ctx: Ctx, key: string, label: string, value: string | number | undefined, set: (value: string) => void, attributes: Record<string, string> = {}): HTMLElement {
  const input = h('input', { type: 'text', 'data-field': key, 'aria-label': label, placeholder: label, 'aria-invalid': ctx.problems.has(key) ? 'true' : null, ...attributes });
  input.value = value === undefined ? '' : String(value);
  input.addEventListener('change', () => {
    set(input.value);
    ctx.render();
  });
  return h('label', { className: 'mini-field' }, h('span', {}, label), input, problemLine(ctx, key));
}

function decisionSelect(label: string, key: string, options: { value: string; text: string }[], value: string | undefined, onChange: (value: string | undefined) => void): HTMLSelectElement {
  const select = h('select', { 'aria-label': label, 'data-field': key }, options.map((o) => h('option', { value: o.value }, o.text)));
  select.value = value ?? '';
  select.addEventListener('change', () => onChange(select.value || undefined));
  return select;
}

function holders(ctx: Ctx): { id: string; name: string }[] {
  const r = ctx.review;
  return [{ id: 'source', name: 'the article (its author’s words)' }, ...r.inOrder().filter((s) => r.review(s.id).decision !== 'rejected').map((s) => ({ id: s.id, name: `${s.speaker.name || 'no speaker'}: “${s.text.slice(0, 40)}${s.text.length > 40 ? '…' : ''}”` }))];
}

function valuesEditor(ctx: Ctx, claim: DraftNewClaim, index: number): HTMLElement {
  const r = ctx.review;
  const values = claim.values ?? [];
  const write = (next: DraftClaimValue[]) => r.updateClaim(claim.id, { values: next });
  const rows = values.map((v, j) =>
    h(
      'div',
      { className: 'value-row', 'data-field': `newClaims|${claim.id}|values.${j}` },
      field(ctx, `newClaims|${claim.id}|values.${j}.value`, 'value', Number.isFinite(v.value) ? v.value : '', (text) => write(values.map((x, k) => (k === j ? { ...x, value: text.trim() === '' ? Number.NaN : Number(text.replace(/,/g, '')) } : x))), { inputmode: 'decimal' }),
      field(ctx, `newClaims|${claim.id}|values.${j}.unit`, 'unit', v.unit, (text) => write(values.map((x, k) => (k === j ? { ...x, unit: text.trim() } : x)))),
      field(ctx, `newClaims|${claim.id}|values.${j}.counts`, 'counts', v.counts, (text) => write(values.map((x, k) => (k === j ? { ...x, ...(text.trim() ? { counts: text.trim() } : { counts: undefined }) } : x)))),
      h('button', { type: 'button', className: 'remove-value', 'aria-label': `Remove number ${j + 1}`, onclick: () => (write(values.filter((_, k) => k !== j)), ctx.render()) }, '×'),
    ),
  );
  return h(
    'div',
    { className: 'values', 'data-field': `newClaims|${claim.id}|values`, 'data-index': index },
    rows,
    h('button', { type: 'button', className: 'add-value', onclick: () => (write([...values, { value: Number.NaN, unit: values[0]?.unit ?? '' }]), ctx.render()) }, '+ number'),
    problemLine(ctx, `newClaims|${claim.id}|values`),
  );
}

function newClaimEditor(ctx: Ctx, claim: DraftNewClaim, index: number): HTMLElement {
  const r = ctx.review;
  const kind = decisionSelect('kind', `newClaims|${claim.id}|kind`, [{ value: 'statistic', text: 'statistic' }, { value: 'judgement', text: 'judgement' }], claim.kind, (v) => (r.updateClaim(claim.id, { kind: (v as DraftNewClaim['kind']) ?? 'statistic' }), ctx.render()));
  const relations = holders(ctx).map((holder) => {
    const select = decisionSelect(`${holder.name}`, `newClaims|${claim.id}|by.${holder.id}`, [{ value: '', text: '—' }, { value: 'asserts', text: 'asserts' }, { value: 'disputes', text: 'disputes' }], r.claimRelation(claim.id, holder.id) ?? undefined, (v) => {
      r.setClaimRelation(claim.id, holder.id, (v as 'asserts' | 'disputes' | undefined) ?? null);
      ctx.render();
    });
    select.dataset.holder = holder.id;
    return h('li', {}, select, ' ', holder.name);
  });
  return h(
    'article',
    { className: 'claim-card', 'data-claim': claim.id, 'data-field': `newClaims|${claim.id}` },
    h('header', {}, h('strong', {}, 'New claim '), h('code', {}, claim.id), ' ', h('button', { type: 'button', className: 'remove-claim', onclick: () => (r.removeClaim(claim.id), ctx.render()) }, 'Remove')),
    field(ctx, `newClaims|${claim.id}|text`, 'proposition', claim.text, (v) => r.updateClaim(claim.id, { text: v.trim() })),
    h('div', { className: 'row' }, h('label', { className: 'mini-field' }, h('span', {}, 'kind'), kind), field(ctx, `newClaims|${claim.id}|period`, 'period', claim.period, (v) => r.updateClaim(claim.id, { period: v.trim() || undefined }))),
    valuesEditor(ctx, claim, index),
    h('p', { className: 'small muted' }, 'Asserted or disputed by:'),
    h('ul', { className: 'claim-relations' }, relations),
  );
}

function newRatingEditor(ctx: Ctx, rating: DraftNewRating): HTMLElement {
  const r = ctx.review;
  const key = (name: string) => `newRatings|${rating.id}|${name}`;
  return h(
    'article',
    { className: 'rating-card', 'data-rating': rating.id, 'data-field': `newRatings|${rating.id}` },
    h('header', {}, h('strong', {}, 'New rating '), h('code', {}, rating.id), ' ', h('button', { type: 'button', className: 'remove-rating', onclick: () => (r.removeRating(rating.id), ctx.render()) }, 'Remove')),
    h(
      'div',
      { className: 'row' },
      field(ctx, key('council'), 'council', rating.council, (v) => r.updateRating(rating.id, { council: v.trim() }), { list: 'known-nodes' }),
      field(ctx, key('grade'), 'grade', rating.grade, (v) => r.updateRating(rating.id, { grade: v.trim() })),
    ),
    h(
      'div',
      { className: 'row' },
      field(ctx, key('rater'), 'rater', rating.rater, (v) => r.updateRating(rating.id, { rater: v.trim() }), { list: 'known-nodes' }),
      field(ctx, key('report'), 'report', rating.report, (v) => r.updateRating(rating.id, { report: v.trim() }), { list: 'known-nodes' }),
    ),
    h(
      'div',
      { className: 'row' },
      field(ctx, key('framework'), 'framework', rating.framework, (v) => r.updateRating(rating.id, { framework: v.trim() }), { list: 'known-nodes' }),
      field(ctx, key('date'), 'date', rating.date, (v) => r.updateRating(rating.id, { date: v.trim() })),
    ),
    h('p', { className: 'small muted' }, 'Cited by this article.'),
  );
}

export function claimsAndRatings(ctx: Ctx): HTMLElement {
  const r = ctx.review;
  const draft = r.draft;
  const found = draft.claims.map((c, i) => {
    const options = [{ value: '', text: c.matches.length ? `default: ${c.matches[0]}` : 'held back (no claim)' }, ...c.matches.map((m) => ({ value: m, text: m })), ...draft.newClaims!.map((n) => ({ value: n.id, text: `new: ${n.text}` }))];
    return h(
      'li',
      { className: 'found-claim', 'data-field': `claims|${i}` },
      h('span', { className: 'found-text' }, `“${c.text}”`), ` ${c.value} ${c.unit}`, c.period ? ` · ${c.period}` : '', c.subject ? ` · ${c.subject}` : '',
      h('div', { className: 'inline-form' }, decisionSelect(`The claim “${c.text}” is`, `claims|${i}|claim`, options, c.claim, (v) => (r.decideClaim(i, v), ctx.render())), h('button', { type: 'button', className: 'new-claim-from', onclick: () => (r.newClaimFrom(i), ctx.render()) }, 'New claim')),
      problemLine(ctx, `claims|${i}|claim`),
    );
  });
  const grades = draft.ratings.map((g, i) => {
    const options = [{ value: '', text: g.matches.length ? `default: ${g.matches[0]}` : 'held back (no rating)' }, ...g.matches.map((m) => ({ value: m, text: m })), ...draft.newRatings!.map((n) => ({ value: n.id, text: `new: ${n.council} ${n.grade}` }))];
    return h(
      'li',
      { className: 'found-rating', 'data-field': `ratings|${i}` },
      h('span', { className: 'found-text' }, `${g.councilName}: “${g.grade}”`),
      h('div', { className: 'inline-form' }, decisionSelect(`The rating of ${g.councilName} is`, `ratings|${i}|rating`, options, g.rating, (v) => (r.decideRating(i, v), ctx.render())), h('button', { type: 'button', className: 'new-rating-from', onclick: () => (r.newRatingFrom(i), ctx.render()) }, 'New rating')),
    );
  });
  return h(
    'section',
    { className: 'claims-ratings', 'aria-label': 'Claims and ratings' },
    h('h2', {}, 'Claims'),
    found.length ? h('ul', { className: 'found-list' }, found) : h('p', { className: 'small muted' }, 'No numbers found in the text.'),
    draft.newClaims!.map((c, i) => newClaimEditor(ctx, c, i)),
    h('button', { type: 'button', className: 'add-claim', onclick: () => (r.addClaim({ text: '' }), ctx.render()) }, '+ New claim'),
    h('h2', {}, 'Ratings'),
    grades.length ? h('ul', { className: 'found-list' }, grades) : h('p', { className: 'small muted' }, 'No council given a grade in the text.'),
    draft.newRatings!.map((n) => newRatingEditor(ctx, n)),
    h('button', { type: 'button', className: 'add-rating', onclick: () => (r.addRating({ council: '', grade: '', report: draft.mainReport?.id }), ctx.render()) }, '+ New rating'),
  );
}
