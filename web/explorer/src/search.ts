/** The search box: the API's ranked `search`, suggestions as you type, keyboard and mouse. */
import { search, type SearchHit } from './api.js';
import { debounce, h, replace } from './dom.js';
import { TYPE_COLOURS } from './palette.js';

export function setUpSearch(input: HTMLInputElement, list: HTMLUListElement, pick: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.label;
    input.blur();
    pick(hit);
  };
  const render = () => {
    replace(
      list,
      hits.length === 0
        ? h('li', { className: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No match')
        : hits.map((hit, i) => {
            const swatch = h('span', { className: 'swatch' });
            swatch.style.background = TYPE_COLOURS[hit.type.toUpperCase()] ?? '#999';
            return h(
              'li',
              { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === active), 'data-id': hit.id, onmousedown: (event: Event) => { event.preventDefault(); choose(hit); } },
              swatch,
              h('span', { className: 'suggestion-label' }, hit.label),
              h('span', { className: 'suggestion-type' }, hit.type.toLowerCase()),
            );
          }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const run = debounce(async (text: string) => {
    controller?.abort();
    if (text.trim().length < 2) return close();
    controller = new AbortController();
    try {
      hits = await search(text, controller.signal);
      active = hits.length ? 0 : -1;
      if (input.value === text) render();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') {
        hits = [];
        render();
      }
    }
  }, 140);

  input.addEventListener('input', () => run(input.value));
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim().length >= 2) render();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
}
