/**
 * The review page's keys, one list for the handler (main.ts) and the `?` overlay, so the help cannot drift
 * from what the keys do. Letter keys act when no text field has the focus; Ctrl+Enter works everywhere.
 */
import { h } from '../dom.js';

export const KEYS: [keys: string, what: string][] = [
  ['j / k', 'next / previous statement (in reading order)'],
  ['a', 'accept the statement, go to the next'],
  ['r', 'reject the statement, go to the next'],
  ['s', 'cycle the stance toward every target (critical → supportive → mixed → neutral)'],
  ['1 2 3 4', 'stance: critical, supportive, mixed, neutral'],
  ['q', 'quote ↔ paraphrase'],
  ['e', 'edit: to the statement’s speaker field (Tab on to targets and stances; Esc back)'],
  ['Alt+← / Alt+→', 'the statement’s end one word earlier / later'],
  ['Alt+Shift+← / →', 'its start one word earlier / later'],
  ['t', 'to the article text: ← → move by a word, Shift+← → select, n makes it a statement'],
  ['n', 'new statement from the selected words (mouse or Shift+arrows)'],
  ['Ctrl+Enter', 'commit (with the API key)'],
  ['?', 'this help; Esc closes it'],
];

export function helpOverlay(onClose: () => void): HTMLElement {
  const close = h('button', { type: 'button', className: 'help-close', onclick: onClose }, 'Close');
  const dialog = h(
    'div',
    { className: 'help-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Keyboard shortcuts', id: 'help-overlay' },
    h('div', { className: 'help-panel' }, h('h2', {}, 'Keys'), h('table', { className: 'keys' }, h('tbody', {}, KEYS.map(([k, what]) => h('tr', {}, h('th', {}, h('kbd', {}, k)), h('td', {}, what))))), close),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === '?') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  });
  setTimeout(() => close.focus(), 0);
  return dialog;
}
