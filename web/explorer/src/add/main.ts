/**
 * "Add an article" (/explore/add): paste an article, propose statements from
 * it (proposeArticle), review each (accept; correct the speaker, a target's
 * stance, or remove a target; reject), then save the reviewed draft
 * (commitArticle, with the API key kept in sessionStorage for this browser
 * session only). Everything from the article and the graph is put in the page
 * as text (see ../dom.ts and ./highlight.ts).
 */
import '../style.css';
import './add.css';
import { h, replace } from '../dom.js';
import { commitArticle, GraphQLFailure, proposeArticle, type CommitResult } from './api.js';
import { Review, STANCES, stanceOf, type ArticleInput, type DraftStatement, type Stance } from './draft.js';
import { renderArticle } from './highlight.js';

const KEY_STORAGE = 'chorus.apiKey';

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
const articleHelp = $('article-help');
const stanceLegend = $('stance-legend');
const articleView = $('article-view');
const summary = $('review-summary');
const statementList = $('statements');
const savePanel = $('save-panel');
const keyInput = $<HTMLInputElement>('api-key');
const saveButton = $<HTMLButtonElement>('save');
const forgetButton = $<HTMLButtonElement>('forget-key');
const saveResult = $('save-result');

let proposedInput: ArticleInput | null = null;
let review: Review | null = null;
let selected: string | null = null;
let saving = false;

// ---- the API key: this browser session only (never localStorage, never the URL) ----

function storedKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}
function storeKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage refused (a private window's policy): the key lives in the field only.
  }
}
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

const sameInput = (a: ArticleInput, b: ArticleInput) => JSON.stringify(a) === JSON.stringify(b);
const isStale = () => proposedInput !== null && !sameInput(proposedInput, currentInput());

function errorView(error: unknown, hint?: string): HTMLElement {
  if (!(error instanceof GraphQLFailure)) return h('div', { className: 'error-box' }, h('p', { className: 'error' }, String((error as Error)?.message ?? error)));
  const problems = error.problems;
  return h(
    'div',
    { className: 'error-box', 'data-code': error.code ?? '' },
    h('p', { className: 'error' }, error.code ? h('strong', {}, `${error.code}: `) : null, problems.length ? (error.message.split(':')[0] ?? error.message) : error.message),
    problems.length ? h('ul', { className: 'problems' }, problems.map((p) => h('li', {}, p.path ? h('code', {}, p.path) : null, p.path ? ' ' : null, p.message))) : null,
    hint ? h('p', { className: 'muted' }, hint) : null,
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void propose();
});
for (const field of Object.values(fields)) field.addEventListener('input', () => renderSavePanel());

async function propose(): Promise<void> {
  const input = currentInput();
  replace(proposeErrors);
  if (!input.title) return replace(proposeErrors, errorView(new Error('An article needs a title.')));
  if (!input.text.trim()) return replace(proposeErrors, errorView(new Error('Paste the article’s text first.')));
  proposeButton.disabled = true;
  proposeStatus.textContent = 'Reading the article…';
  try {
    const draft = await proposeArticle(input);
    proposedInput = input;
    review = new Review(draft);
    selected = null;
    replace(saveResult);
    const n = draft.statements.length;
    proposeStatus.textContent = `${n} statement${n === 1 ? '' : 's'} proposed.`;
  } catch (error) {
    proposeStatus.textContent = '';
    replace(proposeErrors, errorView(error));
  } finally {
    proposeButton.disabled = false;
    render();
  }
}

// ---- the review ----

function select(id: string, scroll = true): void {
  selected = id;
  for (const element of document.querySelectorAll<HTMLElement>('[data-statement]')) element.classList.toggle('selected', element.dataset.statement === id);
  if (scroll) {
    const card = statementList.querySelector<HTMLElement>(`.statement-card[data-index="${review?.draft.statements.findIndex((s) => s.id === id)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }
}

function stanceSwatch(stance: string): HTMLElement {
  const swatch = h('span', { className: `swatch stance-${stance}` });
  return swatch;
}

function renderLegend(): void {
  replace(stanceLegend, [...STANCES, 'none'].map((stance) => h('span', { className: 'legend-item' }, stanceSwatch(stance), stance === 'none' ? 'no target (not saved)' : stance)), h('span', { className: 'legend-item' }, h('span', { className: 'swatch decision-rejected-swatch' }), 'rejected'));
}

function card(statement: DraftStatement, index: number, r: Review): HTMLElement {
  const { decision, corrections } = r.review(statement.id);
  const speaker = statement.speaker;
  const speakerInput = h('input', { className: 'speaker-id', type: 'text', list: 'known-speakers', spellcheck: 'false', 'aria-label': 'Speaker id' });
  speakerInput.value = speaker.id;
  speakerInput.addEventListener('change', () => {
    r.setSpeaker(statement.id, speakerInput.value);
    render();
  });

  const targets = statement.about.map((t) => {
    const stanceSelect = h('select', { className: 'stance', 'data-target': t.target, 'aria-label': `Stance toward ${t.name}` }, STANCES.map((s) => h('option', { value: s }, s)));
    stanceSelect.value = t.stance;
    stanceSelect.addEventListener('change', () => {
      r.setStance(statement.id, t.target, stanceSelect.value as Stance);
      render();
    });
    return h(
      'li',
      { className: 'target', 'data-target': t.target },
      h('div', { className: 'target-head' }, stanceSwatch(t.stance), h('span', { className: 'target-name' }, t.name), ' ', h('code', {}, t.target)),
      h(
        'div',
        { className: 'target-controls' },
        stanceSelect,
        h('span', { className: 'muted' }, `confidence ${t.confidence}`),
        h('button', { type: 'button', className: 'remove-target', 'data-target': t.target, onclick: () => (r.removeTarget(statement.id, t.target), render()) }, 'Remove'),
      ),
      t.cues.length ? h('div', { className: 'cues muted' }, 'cues: ', t.cues.join(' · ')) : null,
    );
  });

  const speakerFacts = [`${speaker.label}`, speaker.existing ? 'in the graph' : 'new', `found by ${speaker.resolvedBy}`, speaker.mention ? `“${speaker.mention}”` : null, speaker.speakerRole ?? null, `confidence ${speaker.confidence}`].filter(Boolean).join(' · ');

  const element = h(
    'article',
    { className: `statement-card decision-${decision}${statement.id === selected ? ' selected' : ''}`, 'data-statement': statement.id, 'data-index': index, 'data-decision': decision },
    h('header', {}, stanceSwatch(stanceOf(statement)), h('strong', { className: 'speaker-name' }, speaker.name), h('span', { className: `badge badge-${decision}` }, decision === 'proposed' ? 'proposed' : decision)),
    h('blockquote', { className: 'statement-text' }, statement.text),
    h('dl', {},
      h('dt', {}, 'Speaker'),
      h('dd', {}, speakerInput, h('div', { className: 'muted small' }, speakerFacts)),
      h('dt', {}, 'Targets'),
      h('dd', {}, targets.length ? h('ul', { className: 'targets' }, targets) : h('p', { className: 'warn' }, 'No target: this statement will not be saved.')),
      h('dt', {}, 'Found by'),
      h('dd', {}, h('code', {}, statement.rule), ` · ${statement.kind} · confidence ${statement.confidence}`, statement.cues.length ? h('div', { className: 'cues muted' }, 'cues: ', statement.cues.join(' · ')) : null),
      corrections.length ? h('dt', {}, 'Corrected') : null,
      corrections.length ? h('dd', { className: 'corrections' }, corrections.join('; ')) : null,
    ),
    h(
      'div',
      { className: 'card-actions' },
      decision === 'rejected'
        ? h('button', { type: 'button', className: 'restore', onclick: () => (r.decide(statement.id, 'proposed'), render()) }, 'Restore')
        : [
            h('button', { type: 'button', className: 'accept', 'aria-pressed': decision === 'accepted' ? 'true' : 'false', onclick: () => (r.decide(statement.id, decision === 'accepted' ? 'proposed' : 'accepted'), render()) }, decision === 'accepted' ? 'Accepted' : 'Accept'),
            h('button', { type: 'button', className: 'reject', onclick: () => (r.decide(statement.id, 'rejected'), render()) }, 'Reject'),
          ],
    ),
  );
  element.addEventListener('mouseenter', () => select(statement.id, false));
  return element;
}

function renderSavePanel(): void {
  if (!review) {
    savePanel.hidden = true;
    return;
  }
  savePanel.hidden = false;
  const stale = isStale();
  saveButton.disabled = saving || stale;
  const note = savePanel.querySelector('.stale-note');
  if (stale && !note) savePanel.insertBefore(h('p', { className: 'warn stale-note' }, 'The article changed since it was proposed: press Propose again before saving.'), saveResult);
  if (!stale && note) note.remove();
}

function render(): void {
  const r = review;
  if (!r || !proposedInput) {
    articleView.hidden = true;
    stanceLegend.hidden = true;
    articleHelp.hidden = false;
    replace(statementList);
    replace(summary);
    renderSavePanel();
    return;
  }
  articleHelp.hidden = true;
  articleView.hidden = false;
  stanceLegend.hidden = false;
  renderLegend();
  renderArticle(articleView, proposedInput.text, r, selected, (id) => select(id));
  const { kept, rejected, withoutTarget } = r.counts();
  const draft = r.draft;
  replace(
    summary,
    h('p', {}, `${draft.statements.length} proposed · ${kept} to save · ${rejected} rejected${withoutTarget ? ` · ${withoutTarget} without a target (not saved)` : ''}`),
    h('p', { className: 'small' }, 'Source ', h('code', {}, draft.source.id), draft.mainReport ? [' · main report ', h('code', {}, draft.mainReport.id)] : null),
    r.reviewedDraft().newActors.length ? h('p', { className: 'small' }, 'New actors: ', r.reviewedDraft().newActors.map((a) => `${a.name} (${a.id})`).join(', ')) : null,
    draft.warnings.length ? h('ul', { className: 'warn small' }, draft.warnings.map((w) => h('li', {}, w))) : null,
    draft.statements.length === 0 ? h('p', { className: 'warn' }, 'No statements were found in this text.') : null,
  );
  const datalist = h('datalist', { id: 'known-speakers' }, r.knownSpeakers().map((s) => h('option', { value: s.id }, s.name)));
  replace(statementList, datalist, draft.statements.map((s, i) => card(s, i, r)));
  renderSavePanel();
}

// ---- saving ----

function resultView(result: CommitResult, sourceId: string): HTMLElement {
  const saved = result.node?.statements?.length;
  const explore = `/explore?node=${encodeURIComponent(sourceId)}`;
  return h(
    'div',
    { className: `result ${result.applied ? 'applied' : 'not-applied'}` },
    h('p', { className: 'result-applied', 'data-applied': String(result.applied) }, result.applied ? 'Saved: the article was written to the graph (applied: true).' : 'Nothing written (applied: false): the graph already holds exactly this.'),
    result.change
      ? h('p', { className: 'small' }, 'Change ', h('code', { className: 'change-id' }, result.change.id), ` · ${result.change.operation} by ${result.change.keyName} at ${result.change.at}`, h('br'), result.change.summary)
      : h('p', { className: 'small muted' }, 'No change was recorded.'),
    saved !== undefined ? h('p', { className: 'small' }, `The source now has ${saved} statement${saved === 1 ? '' : 's'}.`) : null,
    h('p', {}, h('a', { className: 'source-link', href: explore }, `Open ${result.node?.title ?? sourceId} in the explorer`)),
  );
}

saveButton.addEventListener('click', () => void save());
keyInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') void save();
});

async function save(): Promise<void> {
  if (!review || !proposedInput || saving) return;
  if (isStale()) return renderSavePanel();
  const key = keyInput.value.trim();
  if (!key) return replace(saveResult, errorView(new Error('Enter an API key: saving changes the graph.')));
  storeKey(key);
  saving = true;
  renderSavePanel();
  replace(saveResult, h('p', { className: 'muted' }, 'Saving…'));
  try {
    const result = await commitArticle(proposedInput, review.reviewedDraft(), key);
    replace(saveResult, resultView(result, review.draft.source.id));
  } catch (error) {
    const hint = error instanceof GraphQLFailure && error.code === 'UNAUTHENTICATED' ? 'The server did not accept this API key: check it, or ask for one.' : error instanceof GraphQLFailure && error.code === 'FORBIDDEN' ? 'This key may only read.' : undefined;
    if (error instanceof GraphQLFailure && error.code === 'UNAUTHENTICATED') storeKey(null);
    replace(saveResult, errorView(error, hint));
  } finally {
    saving = false;
    renderSavePanel();
  }
}

render();
