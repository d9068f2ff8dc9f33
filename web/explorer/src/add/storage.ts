/**
 * What the page keeps in this browser. The review in progress: in localStorage per article (the key names the
 * source id), so a reload, a closed tab or a lost connection loses nothing; removed once the article is
 * committed. The API key: in sessionStorage only (this tab's session), never in localStorage or the URL.
 */
import type { ArticleInput, ReviewSnapshot } from './draft.js';

const PREFIX = 'chorus.review:';
/** Which article the page was last working on, so /explore/add without ?source= opens it again. */
const LAST = 'chorus.review.last';

export interface SavedReview {
  input: ArticleInput;
  review: ReviewSnapshot;
  /** The version the review started from, for a re-opened article. */
  version?: number;
  savedAt: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage refused (a private window's policy): the review lives in the page only.
  }
}

export function saveReview(source: string, saved: Omit<SavedReview, 'savedAt'>): string | null {
  const store = storage();
  if (!store) return 'this browser does not let the page keep the review';
  try {
    store.setItem(PREFIX + source, JSON.stringify({ ...saved, savedAt: new Date().toISOString() }));
    store.setItem(LAST, source);
    return null;
  } catch (error) {
    return `the review could not be kept in this browser (${(error as Error).message})`;
  }
}

export function loadReview(source: string): SavedReview | null {
  const raw = storage()?.getItem(PREFIX + source);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as SavedReview;
    return saved?.review?.draft && saved.input ? saved : null;
  } catch {
    return null;
  }
}

export function lastReviewed(): string | null {
  return storage()?.getItem(LAST) ?? null;
}

export function forgetReview(source: string): void {
  const store = storage();
  store?.removeItem(PREFIX + source);
  if (store?.getItem(LAST) === source) store.removeItem(LAST);
}

const KEY_STORAGE = 'chorus.apiKey';

export function storedKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage refused (a private window's policy): the key lives in the field only.
  }
}
