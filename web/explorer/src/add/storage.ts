/**
 * The review in progress, kept in this browser's localStorage per article (the key names the source id),
 * so a reload, a closed tab or a lost connection loses nothing; removed once the article is committed.
 * The API key is never kept here (it stays in sessionStorage, see main.ts).
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
