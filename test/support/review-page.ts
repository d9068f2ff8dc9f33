/**
 * Drives the review page (/explore/add) from an article's gold coding, not from what the extractor happens
 * to propose: each gold statement is matched to a proposal (same words, or spans overlapping by at least
 * MATCH_OVERLAP), a matched one is reviewed with the page's keys and controls, an unmatched one is added by
 * selecting its words with the keyboard, and every other proposal is rejected. The extractor changes often;
 * the browser tests built on this prove the page, and count the edits a review needed.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const STANCES = ['critical', 'supportive', 'mixed', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

/** Overlap (shared code points over the longer span) at which a proposal counts as a gold statement's. */
export const MATCH_OVERLAP = 0.8;

/** A node the coding makes new (a report, a group): found among the draft's new nodes by name, or made on the page. */
export interface NewNode {
  kind: 'report' | 'group';
  name: string;
}
export type NodeSpec = { id: string; name: string } | { node: NewNode } | { newPerson: string };

export interface GoldStatement {
  key: string;
  words: string;
  kind: 'quote' | 'paraphrase';
  speaker: NodeSpec;
  targets: { node: NodeSpec; stance: Stance }[];
}

export interface Edits {
  accepted: number;
  fixed: number;
  rejected: number;
  added: number;
}

export interface DraftStatementLike {
  id: string;
  start: number;
  end: number;
  text: string;
}

/** [start, end) of `words` in `text`, in code points (the draft's offsets). */
export function spanOf(text: string, words: string): { start: number; end: number } {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`not in the article: ${words}`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(words).length };
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / Math.max(a.end - a.start, b.end - b.start);
}

/** The proposal each gold statement is matched to (at most one each way), by gold key. */
export function matchProposals(text: string, gold: GoldStatement[], proposals: DraftStatementLike[]): Map<string, DraftStatementLike> {
  const matched = new Map<string, DraftStatementLike>();
  const taken = new Set<string>();
  for (const g of gold) {
    const span = spanOf(text, g.words);
    const best = proposals
      .filter((p) => !taken.has(p.id))
      .map((p) => ({ p, score: p.text === g.words ? 1 : overlap(span, p) }))
      .filter((x) => x.score >= MATCH_OVERLAP)
      .sort((a, b) => b.score - a.score)[0];
    if (best) {
      matched.set(g.key, best.p);
      taken.add(best.p.id);
    }
  }
  return matched;
}

/** A review key, as a reviewer presses it outside any text field (a letter typed into a field is text). */
export async function press(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await page.keyboard.press(key);
}

export const selectedCard = (page: Page): Locator => page.locator('.statement-card.selected');
/** The current statement's id, or null when none is (read at once: an empty review has no card to wait for). */
export const selectedId = async (page: Page): Promise<string | null> => (await selectedCard(page).evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.statement!)))[0] ?? null;
export const markOf = (page: Page, id: string): Locator => page.locator(`#article-view mark[data-statement="${id}"]`);

/** j or k until the statement is the current one. */
export async function goTo(page: Page, id: string): Promise<void> {
  const order = await page.locator('.statement-card').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.statement));
  for (let i = 0; i < order.length + 1 && (await selectedId(page)) !== id; i++) {
    const at = order.indexOf((await selectedId(page)) ?? '');
    await press(page, at < order.indexOf(id) ? 'j' : 'k');
  }
  expect(await selectedId(page)).toBe(id);
}

/** Fills a field the page writes on change, only when it differs; true when it did. */
export async function setField(field: Locator, value: string): Promise<boolean> {
  if ((await field.inputValue()) === value) return false;
  await field.fill(value);
  await field.press('Tab');
  return true;
}

/**
 * The ids of the coding's new nodes, as the review goes: the draft's own when it proposes them (matched by
 * name, case aside), else made on the page the first time a statement needs them (`created` says which).
 */
export class NewNodes {
  readonly ids = new Map<string, string>();
  readonly created = new Set<string>();

  constructor(draft: { newReports?: { id: string; title: string }[]; newActors: { id: string; label: string; name: string }[] }, nodes: NewNode[]) {
    for (const node of nodes) {
      const found =
        node.kind === 'report'
          ? draft.newReports?.find((r) => r.title.toLowerCase() === node.name.toLowerCase())?.id
          : draft.newActors.find((a) => a.label === 'Group' && a.name.toLowerCase() === node.name.toLowerCase())?.id;
      if (found) this.ids.set(node.name, found);
    }
  }

  id(node: NewNode): string {
    const id = this.ids.get(node.name);
    if (!id) throw new Error(`${node.kind} “${node.name}” is neither proposed nor made yet`);
    return id;
  }
}

function specName(spec: NodeSpec): string {
  return 'id' in spec ? spec.name : 'node' in spec ? spec.node.name : spec.newPerson;
}

/** Picks a node through one of the current card's pickers; false when the picker does not offer it. */
async function pick(page: Page, label: 'Speaker' | 'Add a target', name: string, id: string, typed = false): Promise<boolean> {
  const input = selectedCard(page).locator(`input.picker-input[aria-label="${label}"]`);
  if (typed) await page.keyboard.type(name);
  else await input.fill(name);
  const hit = selectedCard(page).locator(`.picker-hit[data-id="${id}"]`);
  try {
    await hit.waitFor({ timeout: 10_000 });
  } catch {
    await input.fill('');
    return false;
  }
  if (typed) {
    // Enter picks the first hit: the one wanted must be it.
    expect(await selectedCard(page).locator('.picker-hit').first().getAttribute('data-id')).toBe(id);
    await page.keyboard.press('Enter');
  } else await hit.click();
  return true;
}

/** The current statement's speaker made the gold one; true when it had to change. `typed`: the focus is already in the speaker field (after n). */
export async function fixSpeaker(page: Page, spec: NodeSpec, nodes: NewNodes, typed = false): Promise<boolean> {
  // allTextContents: a statement with no speaker yet has no id to wait for.
  const [current] = await selectedCard(page).locator('.speaker-id').allTextContents();
  const wanted = 'id' in spec ? spec.id : 'node' in spec ? nodes.ids.get(spec.node.name) : `person:${spec.newPerson.toLowerCase().replace(/\s+/g, '-')}`;
  if (wanted && current === wanted) return false;
  if (wanted && (await pick(page, 'Speaker', specName(spec), wanted, typed))) {
    await expect.poll(() => selectedCard(page).locator('.speaker-id').textContent()).toBe(wanted);
    return true;
  }
  // Not offered: a new speaker, made on the page.
  const card = selectedCard(page);
  await card.locator('details.new-actor summary').click();
  await card.locator('select.new-actor-label').selectOption('node' in spec ? 'Group' : 'Person');
  await card.locator('input.new-actor-name').fill(specName(spec));
  await card.locator('button.new-actor-create').click();
  const made = (await selectedCard(page).locator('.speaker-id').textContent())!;
  if ('node' in spec) {
    nodes.ids.set(spec.node.name, made);
    nodes.created.add(spec.node.name);
  }
  return true;
}

async function targetIds(page: Page): Promise<string[]> {
  return selectedCard(page).locator('li.target').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.target!));
}

/** The current statement's targets and stances made the gold ones; true when anything changed. */
export async function fixTargets(page: Page, targets: GoldStatement['targets'], nodes: NewNodes): Promise<boolean> {
  let changed = false;
  for (const { node } of targets) {
    if ('node' in node && !nodes.ids.has(node.node.name)) {
      // A new node nobody proposed: made here, through the card's "New target" form.
      const card = selectedCard(page);
      const before = await targetIds(page);
      await card.locator('details.new-target summary').click();
      await card.locator('select.new-target-kind').selectOption(node.node.kind);
      await card.locator('input.new-target-name').fill(node.node.name);
      await card.locator('button.new-target-create').click();
      await expect.poll(async () => (await targetIds(page)).length).toBe(before.length + 1);
      const made = (await targetIds(page)).find((t) => !before.includes(t))!;
      nodes.ids.set(node.node.name, made);
      nodes.created.add(node.node.name);
      changed = true;
      continue;
    }
    const id = 'id' in node ? node.id : 'node' in node ? nodes.id(node.node) : `person:${node.newPerson.toLowerCase().replace(/\s+/g, '-')}`;
    if ((await targetIds(page)).includes(id)) continue;
    expect(await pick(page, 'Add a target', specName(node), id), `the target ${id} is offered`).toBe(true);
    await expect.poll(() => targetIds(page)).toContain(id);
    changed = true;
  }
  const wanted = new Map(targets.map((t) => ['id' in t.node ? t.node.id : 'node' in t.node ? nodes.id(t.node.node) : '', t.stance]));
  for (const id of await targetIds(page)) {
    if (wanted.has(id)) continue;
    await selectedCard(page).locator(`button.remove-target[data-target="${id}"]`).click();
    changed = true;
  }
  const stances = new Set(wanted.values());
  const current = await selectedCard(page).locator('select.stance').evaluateAll((selects) => selects.map((s) => [(s as HTMLSelectElement).dataset.target!, (s as HTMLSelectElement).value]));
  if (current.every(([id, stance]) => wanted.get(id!) === stance)) return changed;
  if (stances.size === 1) {
    // One stance toward every target: its key (1–4).
    await press(page, String(STANCES.indexOf([...stances][0]!) + 1));
  } else {
    for (const [id, stance] of wanted) await selectedCard(page).locator(`select.stance[data-target="${id}"]`).selectOption(stance);
  }
  return true;
}

/** Quote or paraphrase as the gold has it (q); true when it changed. */
export async function fixKind(page: Page, kind: GoldStatement['kind']): Promise<boolean> {
  if ((await selectedCard(page).locator('select.kind').inputValue()) === kind) return false;
  await press(page, 'q');
  expect(await selectedCard(page).locator('select.kind').inputValue()).toBe(kind);
  return true;
}

/** Selects [start, end) of the article view's text as a mouse drag leaves it, and lets the page take it (mouseup). */
async function selectWithMouse(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const view = document.getElementById('article-view')!;
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const points = Array.from(node.textContent!);
        const at = (offset: number) => points.slice(0, offset - seen).join('').length;
        if (from >= seen && from <= seen + points.length) range.setStart(node, at(from));
        if (to >= seen && to <= seen + points.length) {
          range.setEnd(node, at(to));
          break;
        }
        seen += points.length;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      view.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [start, end],
  );
}

/**
 * Selects `words` and makes them a statement (n); returns the new statement's id and how the words were
 * selected. The keyboard first (t to the text, → to the first word, Shift+→ to the last); it takes in a
 * word with the punctuation that ends it, so words that stop before a full stop are selected with the
 * mouse. The focus is then in the new statement's speaker field.
 */
export async function addBySelection(page: Page, text: string, words: string): Promise<{ id: string; by: 'keyboard' | 'mouse' }> {
  const { start, end } = spanOf(text, words);
  await press(page, 't');
  const caret = page.locator('#article-view .text-caret');
  // Where the caret's word starts; null while the caret is between words (after a mouse selection it sits where the selection ended).
  const caretAt = async () =>
    (
      await caret.evaluateAll((elements) =>
        elements.map((element) => {
          const range = document.createRange();
          range.setStart(document.getElementById('article-view')!, 0);
          range.setEndBefore(element);
          return Array.from(range.toString()).length;
        }),
      )
    )[0] ?? null;
  if ((await caretAt()) === null) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 400 && ((await caretAt()) ?? 0) > start; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 400 && ((await caretAt()) ?? 0) < start; i++) await page.keyboard.press('ArrowRight');
  expect(await caretAt(), 'the caret on the first word').toBe(start);
  const selection = page.locator('#article-view .pending-selection');
  const selected = async () => (await selection.allTextContents()).join('');
  for (let i = 0; i < 100 && Array.from(await selected()).length < end - start; i++) await page.keyboard.press('Shift+ArrowRight');
  let by: 'keyboard' | 'mouse' = 'keyboard';
  if ((await selected()) !== words) {
    expect((await selected()).startsWith(words), 'the keyboard overshoots only by the punctuation ending the last word').toBe(true);
    await selectWithMouse(page, start, end);
    by = 'mouse';
  }
  expect(await selected(), 'the selection is the words').toBe(words);
  const before = await selectedId(page);
  await page.keyboard.press('n');
  await expect.poll(() => selectedId(page)).not.toBe(before);
  const id = (await selectedId(page))!;
  expect(id).toMatch(/\.added-\d+$/);
  expect(await selectedCard(page).locator('.statement-text').textContent()).toBe(words);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'n puts the focus in the speaker field').toBe('Speaker');
  return { id, by };
}

/** An article as the page's form takes it. */
export interface ArticleFields {
  title: string;
  publisher?: string;
  date?: string;
  text: string;
}

/**
 * Fills the page's form with the article and proposes it; answers the draft the page received, from its own
 * response, so a test checks the page against it whatever the extractor proposes.
 */
export async function proposeInPage(page: Page, article: ArticleFields): Promise<any> {
  await page.locator('#title').fill(article.title);
  if (article.publisher !== undefined) await page.locator('#publisher').fill(article.publisher);
  if (article.date !== undefined) await page.locator('#date').fill(article.date);
  await page.locator('#text').fill(article.text);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('proposeArticle'), { timeout: 30_000 }),
    page.locator('#propose').click(),
  ]);
  return (await response.json()).data.proposeArticle;
}
