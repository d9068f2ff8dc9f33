/**
 * Quotation-mark spans and page furniture.
 *
 * Quotes: “…”, ‘…’, "…" and '…', paragraph by paragraph. A ’ or ' between
 * two letters is an apostrophe (children’s, don't), and so is a " typed for
 * one (IMF"s); a ’ after an s followed by a space ("councils’ budgets") is one
 * too, unless a ‘ is open and one ‘ opens again before the next ’. A mark
 * still open at the end of a paragraph closes there: British style reopens
 * each paragraph of a long quote with “ and closes only the last; where a page
 * has run those paragraphs together into one, a “ after a full stop inside an
 * open quote starts the next of them. “ may close
 * with a straight " (sources mix them), or with a second “ typed for the closing mark; a ” typed
 * for the opening mark after a speaker's colon opens. Since
 * marks are paired within a paragraph, a stray kind never swallows the next paragraph's quote.
 *
 * Furniture: lines that are the page around the article rather than the
 * article: sign-up and log-in prompts, comment boxes, "Related stories",
 * share prompts, advertisements, tag-archive headers, "Filed under", links to other articles ("Read more: …"), and
 * everything after a terminal marker (sign-up wall, comment form, "Related
 * stories", "Tell us what you think") at the end of the page.
 */
import type { ArticleText, Paragraph } from './text.js';

export interface QuoteSpan {
  /** UTF-16 index of the opening mark. */
  open: number;
  /** Inner [start, end), trimmed. */
  start: number;
  end: number;
  /** UTF-16 index of the closing mark, or -1 when the paragraph ended first. */
  close: number;
  mark: string;
  paragraph: number;
}

const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

const CLOSERS: Record<string, string[]> = { '“': ['”', '"'], '‘': ['’'], '"': ['"', '”'], "'": ["'"], '«': ['»'], '„': ['“', '”'], '”': ['”', '"'] };

/** Where a quote begins, before its opening mark: a paragraph's start, or a speaker's colon ("said: ”…"). */
const QUOTE_INTRODUCED = /(?:^|:)\s*$/u;
/** A sentence's end and a space before a mark: where a new paragraph of a quote would begin. */
const SENTENCE_ENDED = /[.!?…][”’"']?\s+$/u;

export function findQuotes(article: ArticleText): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of article.paragraphs) out.push(...paragraphQuotes(article.text, p));
  return out;
}

function paragraphQuotes(text: string, p: Paragraph): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Double marks first (they may contain single-quoted words), then single marks outside them.
  const double = scan(text, p, ['“', '"', '«', '„']);
  spans.push(...double);
  const single = scan(text, p, ['‘', "'"]).filter((s) => !double.some((d) => s.open >= d.open && s.open < (d.close < 0 ? p.end : d.close)));
  spans.push(...single);
  return spans.sort((a, b) => a.open - b.open);
}

function scan(text: string, p: Paragraph, openers: string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { mark: string; at: number } | null = null;
  // `close` -1: left open, to the paragraph's end or to `until` (where the next paragraph of a run-together quote opens).
  const push = (close: number, until = p.end) => {
    let start = open!.at + 1;
    let end = close < 0 ? until : close;
    while (start < end && /[\s\u00a0]/.test(text[start]!)) start++;
    while (end > start && /[\s\u00a0]/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ open: open!.at, start, end, close, mark: open!.mark, paragraph: p.index });
    open = null;
  };
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i]!;
    const before = text[i - 1];
    const after = text[i + 1];
    if (open) {
      // A “ typed for a ” ("… decision “despite their rights“.", "“… to 1961,“ read the apology"): the same opening
      // mark after a word or a sentence's punctuation, with no word after it, closes.
      if (ch === '“' && open.mark === '“' && !isWord(after) && (isWord(before) || /[,.!?]/.test(before ?? ''))) {
        push(i);
        continue;
      }
      // A quote of several paragraphs run together into one (a flattened press release): each paragraph reopens
      // with “ after the sentence before ended, and only the last closes. The open one ends there, left open.
      if (ch === '“' && open.mark !== "'" && open.mark !== '‘' && isWord(after) && SENTENCE_ENDED.test(text.slice(Math.max(p.start, i - 4), i))) {
        push(-1, i);
        open = { mark: ch, at: i };
        continue;
      }
      const closers = CLOSERS[open.mark]!;
      if (closers.includes(ch)) {
        // A mark between two letters is an apostrophe (children’s; a " typed for one, IMF"s).
        const apostrophe = (ch === '’' || ch === "'" || ch === '"') && isWord(before) && isWord(after);
        // A plural possessive ("councils' results") mid-sentence, with another closer later on: an apostrophe;
        // unless one quote opens again before that closer and closes there ("had ‘learned lessons’ and is ‘working …’"):
        // then this one closes. (Two openings before it are marks typed wrong, and the old reading stands.)
        const rest = text.slice(i + 1, p.end);
        const nextClose = rest.indexOf(ch);
        const openings = nextClose >= 0 ? rest.slice(0, nextClose).match(new RegExp(`(?:^|[^\\p{L}\\p{N}])${open.mark}[\\p{L}\\p{N}]`, 'gu'))?.length ?? 0 : 0;
        const reopens = openings === 1;
        const possessive = (open.mark === "'" || open.mark === '‘') && before === 's' && / \p{Ll}/u.test(text.slice(i + 1, i + 3)) && nextClose >= 0 && !reopens;
        if (!apostrophe && !possessive && (open.mark === "'" || open.mark === '‘' ? !isWord(after) : true)) {
          push(i);
          continue;
        }
      }
      continue;
    }
    // A ” typed for the opening mark where a quote begins ("said: ”We …"): it opens, as “ would.
    const closerOpening = ch === '”' && openers.includes('“') && isWord(after) && QUOTE_INTRODUCED.test(text.slice(p.start, i));
    if (!openers.includes(ch) && !closerOpening) continue;
    if (ch === "'" || ch === '‘') {
      // An opening single mark follows a non-word character and precedes a word character.
      if (isWord(before) || !isWord(after)) continue;
      if (ch === "'" && /\s/.test(after ?? ' ')) continue;
    }
    if (ch === '"' && isWord(before)) continue; // a stray closing mark, or one typed for an apostrophe (IMF"s)
    open = { mark: ch, at: i };
  }
  if (open) push(-1);
  return spans;
}

const TERMINAL = [
  /^sign up\b/i,
  /^(?:sign in|log in) (?:to|here)\b/i,
  /^related (?:stories|articles|content|posts|links)\b/i,
  /^(?:more|read more) (?:stories|from|on)\b/i,
  /^leave a reply\b/i,
  /^join (?:our|the) (?:commenting|conversation|discussion)\b/i,
  /^tell us what you think\b/i,
  /^(?:add your|post a|write a) comment\b/i,
  /^(?:you might also like|recommended for you|most (?:read|popular)|trending)\b/i,
  /^comments?\s*(?:\(\d+\))?$/i,
];

const LINE = [
  /^(?:advertisements?|advertisement|sponsored(?: content)?)$/i,
  /^leave a comment$/i,
  /^filed under\b/i,
  /^tag(?:ged)?(?: archives?)?:/i,
  /^(?:share (?:this|on)|follow us|subscribe\b|already a (?:member|subscriber)|get all your news|start reading|download the app|our picks|top stories)/i,
  /^share your views\b/i,
  // A link to another article ("Read more: …", "See also: …"): another story's headline, whatever it quotes.
  /^(?:read more|see also|also read|read also)\s*:/i,
  /^(?:photograph|image|picture|illustration):/i,
  // A caption ending in its photo's credit in brackets ("… (Source: Getty)", "… (Image: PA Wire)"): it retells the
  // body beside a picture, and is never a statement of its own.
  /\((?:source|photo|photograph|image|picture|pic|credit)s?:\s*[^()]{2,60}\)\s*$/i,
  /\bin the comments(?: section)? below\b/i,
  /^(?:posted|published) (?:in|on|by)\b.{0,60}$/i,
  /^(?:click|tap) here\b/i,
  /^(?:please refresh|thank you for registering|there are no comments|you are commenting using|fill in your details|connecting to)\b/i,
  /^(?:latest|more) [\w\s]{0,40} news$/i,
];

export interface FurnitureRange {
  start: number;
  end: number;
  rule: string;
}

/** Furniture as UTF-16 ranges over whole paragraphs. */
export function findFurniture(article: ArticleText): FurnitureRange[] {
  const ranges: FurnitureRange[] = [];
  const ps = article.paragraphs;
  // A terminal marker in the last part of the page: everything from there on is furniture.
  let terminal = ps.length;
  for (let i = Math.floor(ps.length * 0.4); i < ps.length; i++) {
    const t = ps[i]!.text;
    if (t.length < 80 && TERMINAL.some((r) => r.test(t))) {
      terminal = i;
      break;
    }
  }
  for (let i = 0; i < terminal; i++) {
    const p = ps[i]!;
    const rule = LINE.find((r) => r.test(p.text));
    if (rule && p.text.length < 200 && !/[“"]/.test(p.text.slice(0, 1))) ranges.push({ start: p.start, end: p.end, rule: `line:${rule.source.slice(0, 40)}` });
  }
  if (terminal < ps.length) ranges.push({ start: ps[terminal]!.start, end: article.text.length, rule: `terminal:${ps[terminal]!.text.slice(0, 40)}` });
  return ranges;
}

export function inRanges(ranges: { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}
