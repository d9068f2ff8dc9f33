/**
 * A search box for a node: the draft's own new nodes first (by name), then the graph's, from the explorer's
 * ranked `search` (the same API and misspelling tolerance as the explorer's search box). Arrow keys move
 * through the hits, Enter picks, Escape closes. A failed search says so in the list and keeps the text.
 */
import { debounce, h, replace } from '../dom.js';
import { search } from '../api.js';
import type { NodeRef } from './draft.js';

export interface PickerOptions {
  /** GraphQL NodeType names to search (PERSON, GROUP, REPORT, …). */
  types: string[];
  placeholder: string;
  label: string;
  /** The draft's new nodes this picker may also offer. */
  local: () => NodeRef[];
  onPick: (node: NodeRef & { existing: boolean }) => void;
  field?: string;
  /** The field has a problem (validate.ts): marked for the eye and for assistive technology. */
  invalid?: boolean;
}

const TYPE_LABEL: Record<string, string> = { PERSON: 'Person', ORGANISATION: 'Organisation', COUNCIL: 'Council', GROUP: 'Group', REPORT: 'Report', FRAMEWORK: 'Framework', CLAIM: 'Claim' };

export function nodePicker(options: PickerOptions): HTMLElement {
  const input = h('input', { type: 'search', className: 'picker-input', placeholder: options.placeholder, 'aria-label': options.label, autocomplete: 'off', spellcheck: 'false', 'data-field': options.field ?? null, 'aria-invalid': options.invalid ? 'true' : null });
  const list = h('ul', { className: 'picker-hits', role: 'listbox', hidden: true });
  let hits: (NodeRef & { existing: boolean })[] = [];
  let active = 0;
  let controller: AbortController | null = null;
  const labels = new Set(options.types.map((t) => TYPE_LABEL[t]));

  const show = () => {
    replace(list, hits.map((hit, i) => {
      const item = h('li', { role: 'option', className: `picker-hit${i === active ? ' active' : ''}`, 'aria-selected': String(i === active), 'data-id': hit.id }, h('span', {}, hit.name), ' ', h('code', {}, hit.existing ? hit.id : `${hit.id} (new)`));
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      return item;
    }));
    list.hidden = hits.length === 0 && !list.querySelector('.picker-note');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = '';
    hits = [];
    list.hidden = true;
    options.onPick(hit);
  };
  const lookUp = debounce(async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    const folded = text.toLowerCase();
    const local = options.local().filter((n) => labels.has(n.label) && n.name.toLowerCase().includes(folded)).map((n) => ({ ...n, existing: false }));
    hits = local;
    active = 0;
    show();
    try {
      const found = await search(text, controller.signal, options.types);
      hits = [...local, ...found.filter((f) => !local.some((l) => l.id === f.id)).map((f) => ({ id: f.id, label: TYPE_LABEL[f.type.toUpperCase()] ?? f.type, name: f.label, existing: true }))];
      show();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      show();
      list.append(h('li', { className: 'picker-note warn' }, `Search failed: ${(error as Error).message}`));
      list.hidden = false;
    }
  }, 150);

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      list.hidden = true;
      return;
    }
    lookUp(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.stopPropagation();
      list.hidden = true;
    }
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
  return h('div', { className: 'picker' }, input, list);
}
