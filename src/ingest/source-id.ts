/**
 * A source's slug, readable and stable: who published it, when, and its headline
 * (`guardian-2015-03-10-directors-and-inspectors-trade-blows`). The publisher is named the way people
 * shorten it: without a leading "The", and a name of more than three words by its initials ("Association
 * of Directors of Children's Services" → `adcs`), not by its first words (`association-of`). The date is
 * as precise as given, so two articles by one publisher in a year stay apart.
 */
import { slugify } from './text.js';

/** Words left out of a publisher's initials. */
const MINOR_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', '&']);
const MAX_SLUG = 72;

export function publisherSlug(publisher: string): string {
  const words = publisher.trim().replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
  if (words.length <= 3) return slugify(words.join(' '), 30);
  return slugify(words.filter((w) => !MINOR_WORDS.has(w.toLowerCase())).map((w) => w[0]).join(''), 30);
}

export function sourceSlug(source: { title: string; publisher?: string; date?: string }): string {
  const head = [source.publisher ? publisherSlug(source.publisher) : '', source.date ?? ''].filter(Boolean).join('-');
  return slugify(`${head} ${source.title}`, MAX_SLUG);
}
