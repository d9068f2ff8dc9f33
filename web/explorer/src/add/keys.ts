/**
 * The review page's keys: one table that both the handler and the `?` overlay read, so the help cannot drift
 * from what the keys do. Letter keys act when no text field has the focus (a letter typed in a field is
 * text); Ctrl+Enter works everywhere; Esc in a field hands the focus back to the review.
 */
import { h } from '../dom.js';

/** What the keys do; main.ts carries them out on the review. */
export interface ReviewActions {
  next(): void;
  previous(): void;
  accept(): void;
  reject(): void;
  cycleStance(): void;
  /** 0 critical, 1 supportive, 2 mixed, 3 neutral (STANCES' order). */
  setStance(index: number): void;
  toggleKind(): void;
  edit(): void;
  moveSpan(edge: 'start' | 'end', direction: -1 | 1): void;
  focusText(): void;
  newFromSelection(): void;
  commit(): void;
  toggleHelp(): void;
  /** Esc in a text field: the focus back to the current statement. */
  leaveField(field: HTMLElement): void;
}

interface Binding {
  keys: string;
  what: string;
  matches: (event: KeyboardEvent) => boolean;
  run: (actions: ReviewActions, event: KeyboardEvent) => void;
}

const plain = (key: string) => (e: KeyboardEvent) => e.key === key && !e.altKey && !e.ctrlKey && !e.metaKey;
const arrow = (e: KeyboardEvent) => e.key === 'ArrowLeft' || e.key === 'ArrowRight';

const BINDINGS: Binding[] = [
  { keys: 'j / k', what: 'next / previous statement (in reading order)', matches: (e) => plain('j')(e) || plain('k')(e), run: (a, e) => (e.key === 'j' ? a.next() : a.previous()) },
  { keys: 'a', what: 'accept the statement, go to the next', matches: plain('a'), run: (a) => a.accept() },
  { keys: 'r', what: 'reject the statement, go to the next', matches: plain('r'), run: (a) => a.reject() },
  { keys: 's', what: 'cycle the stance toward every target (critical → supportive → mixed → neutral)', matches: plain('s'), run: (a) => a.cycleStance() },
  { keys: '1 2 3 4', what: 'stance: critical, supportive, mixed, neutral', matches: (e) => ['1', '2', '3', '4'].some((k) => plain(k)(e)), run: (a, e) => a.setStance(Number(e.key) - 1) },
  { keys: 'q', what: 'quote ↔ paraphrase', matches: plain('q'), run: (a) => a.toggleKind() },
  { keys: 'e', what: 'edit: to the statement’s speaker field (Tab on to targets and stances; Esc back)', matches: plain('e'), run: (a) => a.edit() },
  { keys: 'Alt+← / Alt+→', what: 'the statement’s end one word earlier / later', matches: (e) => e.altKey && !e.shiftKey && arrow(e), run: (a, e) => a.moveSpan('end', e.key === 'ArrowLeft' ? -1 : 1) },
  { keys: 'Alt+Shift+← / →', what: 'its start one word earlier / later', matches: (e) => e.altKey && e.shiftKey && arrow(e), run: (a, e) => a.moveSpan('start', e.key === 'ArrowLeft' ? -1 : 1) },
  { keys: 't', what: 'to the article text: ← → move by a word, Shift+← → select, n makes it a statement', matches: plain('t'), run: (a) => a.focusText() },
  { keys: 'n', what: 'new statement from the selected words (mouse or Shift+arrows)', matches: plain('n'), run: (a) => a.newFromSelection() },
  { keys: 'Ctrl+Enter', what: 'commit (with the API key)', matches: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey), run: (a) => a.commit() },
  { keys: '?', what: 'this help; Esc closes it', matches: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey, run: (a) => a.toggleHelp() },
];

const isTextField = (element: EventTarget | null) => element instanceof HTMLElement && (element.matches('input, textarea, select') || element.isContentEditable);

/** Listens on the document; `paused` while the help overlay (which has its own keys) is open. */
export function bindReviewKeys(actions: ReviewActions, paused: () => boolean): void {
  document.addEventListener('keydown', (event) => {
    if (paused()) return;
    const inField = isTextField(event.target);
    if (inField && event.key === 'Escape') return actions.leaveField(event.target as HTMLElement);
    const binding = BINDINGS.find((b) => b.matches(event));
    if (!binding || (inField && binding.keys !== 'Ctrl+Enter')) return;
    event.preventDefault();
    binding.run(actions, event);
  });
}

/** The ? overlay; the caller focuses its close button once it is in the page, so its keys (Esc, ?) reach it at once. */
export function helpOverlay(onClose: () => void): HTMLElement {
  const close = h('button', { type: 'button', className: 'help-close', onclick: onClose }, 'Close');
  const dialog = h(
    'div',
    { className: 'help-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Keyboard shortcuts', id: 'help-overlay' },
    h('div', { className: 'help-panel' }, h('h2', {}, 'Keys'), h('table', { className: 'keys' }, h('tbody', {}, BINDINGS.map((b) => h('tr', {}, h('th', {}, h('kbd', {}, b.keys)), h('td', {}, b.what))))), close),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === '?') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  });
  return dialog;
}
