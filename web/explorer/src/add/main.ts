/**
 * "Add an article" (/explore/add): paste an article and propose statements from it (proposeArticle), or
 * re-open a committed one (`?source=<id>`: articleDraft); review it, keyboard first (keys.ts); commit the
 * reviewed draft (commitArticle, with the API key kept in sessionStorage for this browser session only) and
 * see what changed. The review in progress is kept in localStorage (storage.ts), so nothing is lost to a
 * reload or a lost connection. Everything from the article and the graph is put in the page as text (see
 * ../dom.ts and ./highlight.ts).
 */
import '../style.css';
import './add.css';
import { h, replace } from '../dom.js';
import { articleDraft, attributionConflicts, commitArticle, GraphQLFailure, proposeArticle, type ArticleVersions, type Problem } from './api.js';
import { statementCard, stanceSwatch, type CardContext } from './card.js';
import { claimsAndRatings } from './claims-ratings.js';
import { newNodesEditor } from './new-nodes.js';
import { Review, STANCES, type ArticleInput, type DraftStatement } from './draft.js';
import { excludedEnd, markClassName, markTitle, renderArticle } from './highlight.js';
import { bindReviewKeys, helpOverlay } from './keys.js';
import { conflictView, resultView } from './result.js';
import { codePointOffset, moveEdge, nextWordStart, previousWordStart, snapToWords, wordEnd, type Span } from './spans.js';
import { forgetReview, lastReviewed, loadReview, saveReview, storedKey, storeKey } from './storage.js';
import { checkReview, fieldFor, fieldKey } from './validate.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('article-form');
const fields = {
  title: $<HTMLInputElement>('title'),
  publisher: $<HTMLInputElement>('publisher'),
  author: $<HTMLInputElement>('author'),
  date: $<HTMLInputElement>('date'),
  url: $<HTMLInputElement>('url'),
  text: $<HTMLTextAreaElement>('text'),
};
const proposeButton = $<HTMLButtonElement>('propose');
const proposeStatus = $('propose-status');
const proposeErrors = $('propose-errors');
const notice = $('review-notice');
const articleHelp = $('article-help');
const articleTools = $('article-tools');
const stanceLegend = $('stance-legend');
const articleView = $('article-view');
const selectionButton = $<HTMLButtonElement>('new-from-selection');
const excludedList = $('excluded-list');
const summary = $('review-summary');
const statementList = $('statements');
const claimsPanel = $('claims-ratings');
const savePanel = $('save-panel');
const keyInput = $<HTMLInputElement>('api-key');
const saveButton = $<HTMLButtonElement>('save');
const forgetButton = $<HTMLButtonElement>('forget-key');
const saveResult = $('save-result');

let proposedInput: ArticleInput | null = null;
let review: Review | null = null;
let reopened: Pick<ArticleVersions, 'version' | 'versions'> | null = null;
let selected: string | null = null;
/** The reviewer's selection in the text (mouse, or Shift+arrows), and the caret the arrows move. */
let pending: Span | null = null;
let caret = 0;
let saving = false;
/** Problems by field key (validate.ts), from the page's checks or the server's BAD_USER_INPUT. */
let problems = new Map<string, string[]>();
/** For statements added by hand: the words and speaker last checked for attribution conflicts, and what was found. */
const conflictChecks = new Map<string, { key: string; message: string }>();
/** The review as last committed: not kept in localStorage again until it changes. */
let committed: string | null = null;

// ---- the API key: this browser session only (never localStorage, never the URL) ----

keyInput.value = storedKey();
forgetButton.addEventListener('click', () => {
  storeKey(null);
  keyInput.value = '';
  replace(saveResult, h('p', { className: 'muted' }, 'The key is forgotten.'));
});

// ---- the article ----

function currentInput(): ArticleInput {
  const input: ArticleInput = { text: fields.text.value, title: fields.title.value.trim() };
  // Absent, never empty: the server reads a given value as one.
  for (const name of ['publisher', 'author', 'date', 'url'] as const) {
    const value = fields[name].value.trim();
    if (value) input[name] = value;
  }
  return input;
}

function fillForm(input: ArticleInput): void {
  fields.text.value = input.text;
  fields.title.value = input.title ?? '';
  for (const name of ['publisher', 'author', 'date', 'url'] as const) fields[name].value = input[name] ?? '';
}

const sameInput = (a: ArticleInput, b: ArticleInput) => JSON.stringify(a) === JSON.stringify(b);
const isStale = () => proposedInput !== null && !sameInput(proposedInput, currentInput());

function errorView(error: unknown, hint?: string): HTMLElement {
  if (!(error instanceof GraphQLFailure)) return h('div', { className: 'error-box' }, h('p', { className: 'error' }, String((error as Error)?.message ?? error)));
  const list = error.problems;
  return h(
    'div',
    { className: 'error-box', 'data-code': error.code ?? '' },
    h('p', { className: 'error' }, error.code ? h('strong', {}, `${error.code}: `) : null, list.length ? (error.message.split(':')[0] ?? error.message) : error.message),
    list.length ? problemList(list) : null,
    hint ? h('p', { className: 'muted' }, hint) : null,
  );
}

function problemList(list: Problem[]): HTMLElement {
  return h('ul', { className: 'problems' }, list.map((p) => h('li', {}, p.path ? h('code', {}, p.path) : null, p.path ? ' ' : null, p.message)));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void propose();
});
for (const field of Object.values(fields)) field.addEventListener('input', () => renderSavePanel());

function startReview(input: ArticleInput, next: Review, versions: Pick<ArticleVersions, 'version' | 'versions'> | null): void {
  proposedInput = input;
  review = next;
  reopened = versions;
  selected = review.inOrder()[0]?.id ?? null;
  pending = null;
  caret = 0;
  problems = new Map();
  conflictChecks.clear();
  committed = null;
  replace(saveResult);
}

async function propose(): Promise<void> {
  const input = currentInput();
  replace(proposeErrors);
  problems = new Map();
  markSourceFields();
  const missing = [...(!input.title ? [{ path: 'source.title', message: 'an article needs a title' }] : []), ...(!input.text.trim() ? [{ path: 'source.text', message: 'paste the article’s text first' }] : [])];
  if (missing.length) {
    showProblems(missing, null);
    return replace(proposeErrors, h('div', { className: 'error-box', 'data-code': 'CHECK' }, h('p', {}, h('strong', {}, 'Not sent: '), 'the article needs these first.'), problemList(missing)));
  }
  proposeButton.disabled = true;
  proposeStatus.textContent = 'Reading the article…';
  try {
    const draft = await proposeArticle(input);
    startReview(input, new Review(draft), null);
    replace(notice);
    const n = draft.statements.length;
    proposeStatus.textContent = `${n} statement${n === 1 ? '' : 's'} proposed.`;
  } catch (error) {
    proposeStatus.textContent = '';
    if (error instanceof GraphQLFailure) showProblems(error.problems, null);
    replace(proposeErrors, errorView(error, error instanceof GraphQLFailure && error.code === null ? 'Your article and any review in progress are kept in this page.' : undefined));
  } finally {
    proposeButton.disabled = false;
    render();
  }
}

// ---- re-opening a committed article, and the review kept in this browser ----

function restoreNotice(text: string, source: string): void {
  replace(
    notice,
    h('p', { className: 'notice' }, text, ' ', h('button', { type: 'button', className: 'discard-local', onclick: () => {
      forgetReview(source);
      window.location.href = reopened ? `/explore/add?source=${encodeURIComponent(source)}&fresh=1` : '/explore/add';
    } }, 'Discard it')),
  );
}

async function reopen(source: string, fresh: boolean): Promise<void> {
  proposeStatus.textContent = 'Opening the article…';
  const saved = fresh ? null : loadReview(source);
  try {
    const found = await articleDraft(source);
    proposeStatus.textContent = '';
    if (!found) {
      replace(proposeErrors, errorView(new Error(`No article has the id ${source}.`)));
      return render();
    }
    const versions = { version: found.version, versions: found.versions };
    if (saved && saved.version === found.version) {
      fillForm(saved.input);
      startReview(saved.input, new Review(saved.review.proposed, { restore: saved.review }), versions);
      restoreNotice(`Your review in progress of version ${found.version}, kept in this browser at ${saved.savedAt}, is restored.`, source);
    } else {
      fillForm(found.source);
      // The fields as the form reads them back (absent, not empty or null), so the article is not taken for changed.
      startReview(currentInput(), new Review(found.draft, { decided: true }), versions);
      if (saved) restoreNotice(`A review kept in this browser started from version ${saved.version ?? '?'}; the article is at version ${found.version} now, so it is opened as the graph has it.`, source);
    }
  } catch (error) {
    proposeStatus.textContent = '';
    if (saved) {
      fillForm(saved.input);
      startReview(saved.input, new Review(saved.review.proposed, { restore: saved.review }), saved.version !== undefined ? { version: saved.version, versions: [] } : null);
      restoreNotice(`The server could not be reached (${(error as Error).message}): your review kept in this browser at ${saved.savedAt} is restored.`, source);
    } else replace(proposeErrors, errorView(error));
  }
  render();
}

function restoreLast(): void {
  const source = lastReviewed();
  const saved = source ? loadReview(source) : null;
  if (!source || !saved) return render();
  fillForm(saved.input);
  startReview(saved.input, new Review(saved.review.proposed, { restore: saved.review }), saved.version !== undefined ? { version: saved.version, versions: [] } : null);
  restoreNotice(`Your review in progress of “${saved.input.title}”, kept in this browser at ${saved.savedAt}, is restored.`, source);
  render();
}

function persist(): void {
  if (!review || !proposedInput) return;
  const snapshot = JSON.stringify(review.snapshot());
  if (snapshot === committed) return;
  const failed = saveReview(review.draft.source.id, { input: proposedInput, review: review.snapshot(), ...(reopened ? { version: reopened.version } : {}) });
  if (failed && !notice.querySelector('.storage-warning')) notice.append(h('p', { className: 'warn storage-warning' }, `Not kept: ${failed}. Commit before closing the page.`));
}

// ---- the review ----

function select(id: string | null, scroll = true): void {
  if (!id) return;
  if (id !== selected) {
    const previous = selected;
    selected = id;
    refresh([previous, id]);
  }
  if (scroll) scrollToSelected();
}

/** Brings the current statement into view in the text and in the list, once per frame however fast the keys repeat. */
let scrollPending = false;
function scrollToSelected(): void {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    if (!selected) return;
    statementList.querySelector<HTMLElement>(`.statement-card[data-statement="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
    articleView.querySelector<HTMLElement>(`mark[data-statement="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  });
}

function step(direction: 1 | -1): void {
  if (!review) return;
  const order = review.inOrder();
  if (!order.length) return;
  const at = order.findIndex((s) => s.id === selected);
  const next = at < 0 ? (direction === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + direction));
  select(order[next]!.id);
}

function renderLegend(): void {
  replace(
    stanceLegend,
    [...STANCES, 'none'].map((stance) => h('span', { className: 'legend-item' }, stanceSwatch(stance), stance === 'none' ? 'no target (held back)' : stance)),
    h('span', { className: 'legend-item' }, h('span', { className: 'sample kind-quote' }, 'quote')),
    h('span', { className: 'legend-item' }, h('span', { className: 'sample kind-paraphrase' }, 'paraphrase')),
    h('span', { className: 'legend-item' }, h('span', { className: 'swatch decision-rejected-swatch' }), 'rejected'),
    h('span', { className: 'legend-item' }, h('span', { className: 'sample excluded-sample' }, 'found, not proposed')),
    h('span', { className: 'legend-item' }, h('span', { className: 'sample furniture-sample' }, 'furniture')),
    h('span', { className: 'legend-item muted' }, 'Press ? for the keys'),
  );
}

function renderExcluded(r: Review, text: string): void {
  const points = Array.from(text);
  const items = r.draft.excludedQuotes.map((e, i) =>
    h(
      'li',
      { className: 'excluded-item', 'data-excluded': i },
      h('span', { className: 'excluded-text' }, `“${e.text}”`),
      h('span', { className: 'muted small' }, ` — ${e.reason}`),
      ' ',
      h('button', { type: 'button', className: 'excluded-add', onclick: () => {
        // The quoted words without their marks: the same rule as a selection.
        const statement = r.addStatement(points.join(''), { start: e.start, end: excludedEnd(e) });
        if (statement) afterAdd(statement);
      } }, 'Make it a statement'),
    ),
  );
  replace(excludedList, items.length ? [h('h2', {}, `Found, not proposed (${items.length})`), h('ul', {}, items)] : []);
}

function focusKey(element: Element | null): string | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const fieldName = element.dataset.field;
  if (fieldName) return `[data-field="${CSS.escape(fieldName)}"]`;
  if (element.id) return `#${CSS.escape(element.id)}`;
  const card = element.closest<HTMLElement>('[data-statement], [data-claim], [data-rating]');
  const cls = element.classList[0];
  if (!card || !cls) return null;
  const attribute = card.dataset.statement !== undefined ? 'data-statement' : card.dataset.claim !== undefined ? 'data-claim' : 'data-rating';
  const value = card.getAttribute(attribute)!;
  return `[${attribute}="${CSS.escape(value)}"] .${CSS.escape(cls)}${element.dataset.target ? `[data-target="${CSS.escape(element.dataset.target)}"]` : ''}${element.dataset.holder ? `[data-holder="${CSS.escape(element.dataset.holder)}"]` : ''}`;
}

function cardContext(r: Review, text: string): CardContext {
  const checked = new Map([...conflictChecks].map(([id, c]) => [id, c.message]));
  return { review: r, text, selected, problems, render, select: (id) => select(id, false), checked };
}

/** The article's own fields (the form) show their problems in place: the rest of the page is drawn by render. */
function markSourceFields(): void {
  for (const input of Object.values(fields)) {
    const key = input.dataset.field!;
    const messages = problems.get(key);
    input.toggleAttribute('aria-invalid', Boolean(messages));
    if (messages) input.setAttribute('aria-invalid', 'true');
    const label = input.closest('label')!;
    label.querySelector('.field-problem')?.remove();
    if (messages) label.append(h('span', { className: 'field-problem', role: 'alert', 'data-problem-for': key }, messages.join('; ')));
  }
}

/** The article alone, for what changes only it (the caret, the selection): the rest of the page, and its focus, stay. */
function renderText(): void {
  if (!review || !proposedInput) return;
  renderArticle(articleView, proposedInput.text, review, { selected, pending, caret: caretWord(), onSelect: (id) => select(id) });
  selectionButton.disabled = !pending;
}

/** Redraws with the focus, and what is being typed in the focused field (a field commits on change), kept. */
function keepingFocus(draw: () => void): void {
  const focused = document.activeElement === articleView ? null : focusKey(document.activeElement);
  const typing = document.activeElement instanceof HTMLInputElement ? { value: document.activeElement.value, at: document.activeElement.selectionStart } : null;
  draw();
  const refocused = focused ? document.querySelector<HTMLElement>(focused) : null;
  if (refocused && refocused !== document.activeElement) refocused.focus({ preventScroll: true });
  if (typing && refocused instanceof HTMLInputElement && refocused.value !== typing.value) {
    refocused.value = typing.value;
    if (typing.at !== null) refocused.setSelectionRange(typing.at, typing.at);
    // A picker drawn again lost its hits with the old element: it searches again for what is typed, so a
    // redraw that lands mid-typing (an attribution check answering) leaves the reviewer's search open.
    if (refocused.classList.contains('picker-input')) refocused.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** The whole page, after an edit that may change anything. */
function render(): void {
  keepingFocus(() => {
    markSourceFields();
    const r = review;
    if (!r || !proposedInput) {
      articleView.hidden = true;
      articleTools.hidden = true;
      articleHelp.hidden = false;
      replace(statementList);
      replace(summary);
      replace(claimsPanel);
      replace(excludedList);
      renderSavePanel();
      return;
    }
    articleHelp.hidden = true;
    articleView.hidden = false;
    articleTools.hidden = false;
    renderLegend();
    renderText();
    renderExcluded(r, proposedInput.text);
    const ctx = cardContext(r, proposedInput.text);
    replace(statementList, r.inOrder().map((s, i) => statementCard(ctx, s, i)));
    renderSide(r, ctx);
  });
}

/**
 * After a review key (next, accept, a stance): only these statements' cards and marks are drawn again, and the
 * counts and panels beside them; the article and the other cards stay, so a key costs the same on a long article.
 */
function refresh(ids: (string | null)[]): void {
  const r = review;
  if (!r || !proposedInput) return;
  keepingFocus(() => {
    const ctx = cardContext(r, proposedInput!.text);
    const order = r.inOrder();
    for (const id of new Set(ids)) {
      const index = order.findIndex((s) => s.id === id);
      const statement = order[index];
      if (!id || !statement) continue;
      statementList.querySelector(`.statement-card[data-statement="${CSS.escape(id)}"]`)?.replaceWith(statementCard(ctx, statement, index));
      for (const mark of articleView.querySelectorAll<HTMLElement>(`mark[data-statement="${CSS.escape(id)}"]`)) {
        mark.className = markClassName(statement, r, selected, mark.classList.contains('overlap'));
        mark.title = markTitle(statement);
      }
    }
    renderSide(r, ctx);
  });
}

/** The counts, the claims and ratings, the new nodes and the commit panel; then the review is kept in this browser. */
function renderSide(r: Review, ctx: CardContext): void {
  const { kept, rejected, withoutTarget, left } = r.counts();
  const draft = r.draft;
  const reviewed = r.reviewedDraft();
  replace(
    summary,
    h('p', { className: 'left-count', 'data-left': left }, h('strong', {}, `${left} left to review`), ` · ${draft.statements.length} statements · ${kept} to save · ${rejected} rejected${withoutTarget ? ` · ${withoutTarget} without a target (held back)` : ''}`),
    reopened ? h('p', { className: 'small version-line' }, `Re-opened: version ${reopened.version} of this article`, reopened.versions.length ? h('details', {}, h('summary', {}, `${reopened.versions.length} version${reopened.versions.length === 1 ? '' : 's'}`), h('ol', { className: 'versions' }, reopened.versions.map((v) => h('li', {}, `${v.at} · ${v.keyName} · ${v.summary} `, h('code', {}, v.change))))) : null) : null,
    h('p', { className: 'small' }, 'Source ', h('code', {}, draft.source.id), draft.mainReport ? [' · main report ', h('code', {}, draft.mainReport.id)] : null),
    draft.warnings.length ? h('ul', { className: 'warn small' }, draft.warnings.map((w) => h('li', {}, w))) : null,
    draft.statements.length === 0 ? h('p', { className: 'warn' }, 'No statements were found in this text: select words in it and press n to add one.') : null,
  );
  const known = [...r.newNodes(), ...(draft.mainReport ? [{ id: draft.mainReport.id, name: 'the main report', label: 'Report' }] : []), ...draft.ratings.map((g) => ({ id: g.council, name: g.councilName, label: 'Council' }))];
  replace(claimsPanel, h('datalist', { id: 'known-nodes' }, known.map((n) => h('option', { value: n.id }, n.name))), claimsAndRatings(ctx), newNodesEditor(ctx, reviewed));
  renderSavePanel();
  persist();
  checkAddedStatements(r);
}

/** A statement added by hand has no `conflicts` from the extractor: ask the graph, once per words and speaker. */
function checkAddedStatements(r: Review): void {
  for (const s of r.draft.statements) {
    if (s.rule !== 'reviewer') continue;
    const key = `${s.text}\u0000${s.speaker.id}`;
    if (conflictChecks.get(s.id)?.key === key) continue;
    conflictChecks.set(s.id, { key, message: 'Checking the graph for the same words with another speaker…' });
    attributionConflicts(s.text, s.speaker.id || undefined, r.draft.source.id)
      .then((found) => {
        if (conflictChecks.get(s.id)?.key !== key) return;
        s.conflicts = found.length ? found.map((c) => ({ statement: c.statement, speaker: c.speaker, speakerName: c.speakerName, ...(c.source ? { source: c.source } : {}), ...(c.sourceTitle ? { sourceTitle: c.sourceTitle } : {}) })) : undefined;
        conflictChecks.set(s.id, { key, message: found.length ? '' : 'No attribution conflict in the graph.' });
        render();
      })
      .catch((error: Error) => {
        if (conflictChecks.get(s.id)?.key !== key) return;
        conflictChecks.set(s.id, { key, message: `Attribution conflicts could not be checked: ${error.message}` });
        render();
      });
  }
}

function afterAdd(statement: DraftStatement): void {
  pending = null;
  selected = statement.id;
  render();
  scrollToSelected();
  statementList.querySelector<HTMLElement>(`.statement-card[data-statement="${CSS.escape(statement.id)}"] .picker-input`)?.focus();
}

function newFromSelection(): void {
  if (!review || !proposedInput || !pending) return;
  const statement = review.addStatement(proposedInput.text, pending);
  if (statement) afterAdd(statement);
}
selectionButton.addEventListener('click', newFromSelection);

// ---- selecting words in the text: the mouse, or the keyboard in the focused text ----

articleView.addEventListener('mouseup', () => {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !proposedInput || !selection.anchorNode || !selection.focusNode) return;
  const a = codePointOffset(articleView, selection.anchorNode, selection.anchorOffset);
  const b = codePointOffset(articleView, selection.focusNode, selection.focusOffset);
  if (a === null || b === null) return;
  pending = snapToWords(Array.from(proposedInput.text), { start: a, end: b });
  if (pending) caret = pending.end;
  selection.removeAllRanges();
  renderText();
});

articleView.addEventListener('keydown', (event) => {
  if (!proposedInput || !['ArrowLeft', 'ArrowRight'].includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  const points = Array.from(proposedInput.text);
  const direction = event.key === 'ArrowRight' ? 1 : -1;
  if (event.shiftKey) {
    // The selection starts at the caret and grows or shrinks at its end, a word at a time.
    const next = moveEdge(points, pending ?? { start: caret, end: caret }, 'end', direction);
    pending = next.end > next.start ? next : null;
  } else {
    caret = direction === 1 ? nextWordStart(points, caret) : previousWordStart(points, caret);
    pending = null;
  }
  renderText();
});
articleView.addEventListener('focus', renderText);
articleView.addEventListener('blur', renderText);

/** The word the caret is on, shown while the text has the focus and nothing is selected. */
function caretWord(): Span | null {
  if (!proposedInput || pending || document.activeElement !== articleView) return null;
  const end = wordEnd(Array.from(proposedInput.text), caret);
  return end > caret ? { start: caret, end } : null;
}

// ---- the keys (keys.ts lists them for the ? overlay) ----

let overlay: HTMLElement | null = null;
function toggleHelp(): void {
  if (overlay) {
    overlay.remove();
    overlay = null;
    return;
  }
  overlay = helpOverlay(toggleHelp);
  document.body.append(overlay);
  // At once, not on a later tick: an Esc pressed before the focus moved went to the page, which ignores keys while the
  // overlay is open, and the overlay stayed.
  overlay.querySelector<HTMLElement>('.help-close')?.focus();
}
$('show-keys').addEventListener('click', toggleHelp);

bindReviewKeys(
  {
    next: () => step(1),
    previous: () => step(-1),
    accept: () => decideAndStep('accepted'),
    reject: () => decideAndStep('rejected'),
    cycleStance: () => editSelected((r, id) => r.setAllStances(id, 'next')),
    setStance: (index) => editSelected((r, id) => r.setAllStances(id, STANCES[index]!)),
    toggleKind: () => editSelected((r, id) => r.setKind(id, r.statement(id)?.kind === 'quote' ? 'paraphrase' : 'quote')),
    edit: () => selected && statementList.querySelector<HTMLElement>(`.statement-card[data-statement="${CSS.escape(selected)}"] .picker-input`)?.focus(),
    moveSpan: (edge, direction) => editSelected((r, id) => r.moveSpan(id, proposedInput!.text, edge, direction), true),
    focusText: () => articleView.focus(),
    newFromSelection,
    commit: () => void save(),
    toggleHelp,
    leaveField: (field) => {
      field.blur();
      statementList.querySelector<HTMLElement>('.statement-card.selected')?.focus();
    },
  },
  () => overlay !== null,
);

/** An edit of the current statement; its card and marks drawn again (the whole page when its words moved). */
function editSelected(edit: (r: Review, id: string) => void, wordsMove = false): void {
  if (!review || !selected || !proposedInput) return;
  edit(review, selected);
  if (wordsMove) render();
  else refresh([selected]);
}

function decideAndStep(decision: 'accepted' | 'rejected'): void {
  if (!review || !selected) return;
  review.decide(selected, decision);
  const order = review.inOrder();
  const at = order.findIndex((s) => s.id === selected);
  const previous = selected;
  selected = order[Math.min(order.length - 1, at + 1)]?.id ?? selected;
  refresh([previous, selected]);
  scrollToSelected();
}

// ---- committing ----

function renderSavePanel(): void {
  if (!review) {
    savePanel.hidden = true;
    return;
  }
  savePanel.hidden = false;
  const stale = isStale();
  saveButton.disabled = saving || stale;
  const note = savePanel.querySelector('.stale-note');
  if (stale && !note) savePanel.insertBefore(h('p', { className: 'warn stale-note' }, 'The article changed since it was proposed: press Propose again before committing.'), saveResult);
  if (!stale && note) note.remove();
}

saveButton.addEventListener('click', () => void save());
keyInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) void save();
});

/** Puts each problem on the field it names (validate.ts); returns the problems no field shows. */
function showProblems(list: Problem[], reviewed: ReturnType<Review['reviewedDraft']> | null): void {
  problems = new Map();
  for (const p of list) {
    const key = fieldKey(p.path, reviewed);
    if (!key) continue;
    problems.set(key, [...(problems.get(key) ?? []), p.message]);
    // A problem inside a statement opens that statement's editor, so its field is there to be shown.
    const [collection, record] = key.split('|');
    if (collection === 'statements' && record && !selected) selected = record;
  }
  const firstStatement = list.map((p) => fieldKey(p.path, reviewed)).find((k) => k?.startsWith('statements|'));
  if (firstStatement) selected = firstStatement.split('|')[1]!;
  render();
  const first = [...problems.keys()][0];
  if (first) {
    const element = fieldFor(document, first);
    element?.scrollIntoView({ block: 'center' });
    const focusable = element?.matches('input, select, textarea, button') ? element : element?.querySelector<HTMLElement>('input, select, textarea');
    focusable?.focus();
  }
}

async function save(overwrite = false): Promise<void> {
  if (!review || !proposedInput || saving) return;
  if (isStale()) return renderSavePanel();
  const key = keyInput.value.trim();
  if (!key) {
    replace(saveResult, errorView(new Error('Enter an API key: committing changes the graph.')));
    keyInput.focus();
    return;
  }
  const reviewed = review.reviewedDraft();
  const input = proposedInput;
  const found = checkReview(input, reviewed);
  if (found.length) {
    showProblems(found, reviewed);
    replace(saveResult, h('div', { className: 'error-box', 'data-code': 'CHECK' }, h('p', {}, h('strong', {}, 'Not sent: '), `${found.length} field${found.length === 1 ? ' needs' : 's need'} an answer first. Nothing was written.`), problemList(found)));
    return;
  }
  storeKey(key);
  saving = true;
  renderSavePanel();
  replace(saveResult, h('p', { className: 'muted' }, 'Committing…'));
  const sourceId = review.draft.source.id;
  try {
    const result = await commitArticle(input, reviewed, key, overwrite);
    problems = new Map();
    committed = JSON.stringify(review.snapshot());
    forgetReview(sourceId);
    const kept = [...new Set(reviewed.statements.flatMap((s) => [s.speaker.id, ...s.about.map((t) => t.target)]))];
    render();
    replace(saveResult, resultView(result, sourceId, kept));
  } catch (error) {
    if (error instanceof GraphQLFailure && error.code === 'ARTICLE_CONFLICT') {
      replace(saveResult, conflictView(error.conflicts, error.message, sourceId, () => void save(true)));
      return;
    }
    if (error instanceof GraphQLFailure && error.code === 'BAD_USER_INPUT' && error.problems.length) showProblems(error.problems, reviewed);
    const hint =
      error instanceof GraphQLFailure && error.code === 'UNAUTHENTICATED' ? 'The server did not accept this API key: check it, or ask for one.'
      : error instanceof GraphQLFailure && error.code === 'FORBIDDEN' ? 'This key may only read.'
      : error instanceof GraphQLFailure && error.code === null ? 'Nothing was written; your review is kept in this browser. Commit again when the server answers.'
      : undefined;
    if (error instanceof GraphQLFailure && error.code === 'UNAUTHENTICATED') storeKey(null);
    replace(saveResult, errorView(error, hint));
  } finally {
    saving = false;
    renderSavePanel();
  }
}

// ---- start: a re-opened article, else the review this browser kept, else an empty page ----

const params = new URLSearchParams(window.location.search);
const reopenSource = params.get('source');
if (reopenSource) void reopen(reopenSource, params.get('fresh') === '1');
else restoreLast();
