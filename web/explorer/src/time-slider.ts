/**
 * The time window: two sliders over months (or whole years), step buttons that move the
 * window by one step, and Play, which moves it step by step to the end of the corpus. The
 * window is the state's dateFrom/dateTo (so the URL keeps it); the step is `timeStep`.
 * Playing replaces the history entry at each step, so Undo skips back over the whole run.
 */
import { h } from './dom.js';
import type { ExplorerState } from './state.js';

export type Update = (patch: Partial<ExplorerState>, history?: 'push' | 'replace') => void;

const PLAY_INTERVAL_MS = 1_400;

/** Months since year 0: the sliders' unit. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const yearOf = (index: number) => Math.floor(index / 12);
const monthOf = (index: number) => (index % 12) + 1;

function startOf(date: string | undefined, fallback: number): number {
  if (!date) return fallback;
  return monthIndex(Number(date.slice(0, 4)), date.length >= 7 ? Number(date.slice(5, 7)) : 1);
}
function endOf(date: string | undefined, fallback: number): number {
  if (!date) return fallback;
  return monthIndex(Number(date.slice(0, 4)), date.length >= 7 ? Number(date.slice(5, 7)) : 12);
}

/** A window as dates: whole years when it is made of whole years, else months. */
function windowDates(from: number, to: number, step: ExplorerState['timeStep']): { dateFrom: string; dateTo: string } {
  const month = (index: number) => `${yearOf(index)}-${String(monthOf(index)).padStart(2, '0')}`;
  if (step === 'year' && monthOf(from) === 1 && monthOf(to) === 12) return { dateFrom: String(yearOf(from)), dateTo: String(yearOf(to)) };
  return { dateFrom: month(from), dateTo: month(to) };
}

const label = (index: number, step: ExplorerState['timeStep']) => (step === 'year' ? String(yearOf(index)) : `${yearOf(index)}-${String(monthOf(index)).padStart(2, '0')}`);

let timer: ReturnType<typeof setTimeout> | null = null;

export function stopPlaying(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

export function timeSlider(state: ExplorerState, domain: [number, number], update: Update, rerender: () => void): HTMLElement {
  const step = state.timeStep;
  const unit = step === 'year' ? 12 : 1;
  const min = monthIndex(domain[0], 1);
  const max = monthIndex(domain[1], 12);
  const from = startOf(state.dateFrom, min);
  const to = endOf(state.dateTo, max);
  const fromInput = h('input', { type: 'range', min, max: max - unit + 1, step: unit, value: from, 'aria-label': 'From', id: 'date-from' });
  const toInput = h('input', { type: 'range', min: min + unit - 1, max, step: unit, value: to, 'aria-label': 'To', id: 'date-to' });
  const output = h('output', { className: 'range-label', for: 'date-from date-to', id: 'date-window' });
  const show = () => {
    output.textContent = `${label(Number(fromInput.value), step)} – ${label(Number(toInput.value), step)}`;
  };
  /** A window within the corpus, the full span meaning "no limit". */
  const commit = (a: number, b: number, history: 'push' | 'replace' = 'push') => {
    if (a > b) [a, b] = [b, a];
    const dates = windowDates(a, b, step);
    update({ dateFrom: a > min ? dates.dateFrom : undefined, dateTo: b < max ? dates.dateTo : undefined }, history);
  };
  for (const input of [fromInput, toInput]) {
    input.addEventListener('input', show);
    input.addEventListener('change', () => commit(Number(fromInput.value), Number(toInput.value)));
  }
  show();

  const width = Math.max(unit, to - from + 1);
  /** The window moved by one step, keeping its width; or one step wide at the start when it spans everything. */
  const next = (direction: 1 | -1): [number, number] | null => {
    if (from <= min && to >= max) return direction === 1 ? [min, min + unit - 1] : null;
    const a = from + direction * unit;
    const b = a + width - 1;
    return a < min || b > max ? null : [a, b];
  };
  const playing = timer !== null;
  const play = () => {
    if (timer) {
      stopPlaying();
      rerender();
      return;
    }
    const tick = (window: [number, number] | null) => {
      if (!window) {
        stopPlaying();
        rerender();
        return;
      }
      commit(window[0], window[1], 'replace');
      const [a, b] = window;
      const following: [number, number] | null = b + unit > max ? null : [a + unit, b + unit];
      timer = setTimeout(() => tick(following), PLAY_INTERVAL_MS);
    };
    // The first step is recorded in history, so Undo returns to the window before the run.
    const first = next(1);
    if (!first) return;
    commit(first[0], first[1], 'push');
    const following: [number, number] | null = first[1] + unit > max ? null : [first[0] + unit, first[1] + unit];
    timer = setTimeout(() => tick(following), PLAY_INTERVAL_MS);
    rerender();
  };
  const back = next(-1);
  const forward = next(1);
  return h(
    'div',
    { className: 'time' },
    h('div', { className: 'time-head' }, output, state.dateFrom || state.dateTo ? h('button', { type: 'button', className: 'link', onclick: () => update({ dateFrom: undefined, dateTo: undefined }) }, 'all dates') : null),
    h('div', { className: 'ranges' }, fromInput, toInput),
    h(
      'div',
      { className: 'time-controls' },
      h('button', { type: 'button', id: 'time-back', 'aria-label': `One ${step} earlier`, title: `One ${step} earlier`, disabled: !back, onclick: () => back && commit(back[0], back[1]) }, '◀'),
      h('button', { type: 'button', id: 'time-play', 'aria-pressed': String(playing), title: 'Move the window step by step to the end', onclick: play }, playing ? '❚❚ Pause' : '▶ Play'),
      h('button', { type: 'button', id: 'time-forward', 'aria-label': `One ${step} later`, title: `One ${step} later`, disabled: !forward, onclick: () => forward && commit(forward[0], forward[1]) }, '▶'),
      h(
        'select',
        { id: 'control-time-step', 'aria-label': 'Step', onchange: (event: Event) => update({ timeStep: (event.target as HTMLSelectElement).value as ExplorerState['timeStep'] }, 'replace') },
        h('option', { value: 'year', selected: step === 'year' }, 'by year'),
        h('option', { value: 'month', selected: step === 'month' }, 'by month'),
      ),
    ),
  );
}
