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
 * marks are paired within a paragraph, a stray kind never swallows the next paragraph's quote. Paragraphs that go
 * on from a statement's quote left open, the page having dropped the mark that should reopen each, are that quote's
 * (`continuedQuotes`).
 *
 * Furniture: lines that are the page around the article rather than the
 * article: sign-up and log-in prompts, comment boxes, share prompts, advertisements, cookie notices, tag-archive
 * headers, "Filed under", links to other articles ("Read more: …"), pull quotes repeating the author's sentence from
 * the body; site boxes ("Most Read", "Related articles") with the headlines listed under them, wherever they stand,
 * the article's prose going on after them; and everything from where the page ends (comments, a log-in wall, a box
 * with no article prose after it).
 */
import { fold, type ArticleText, type Paragraph } from './text.js';

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
  /**
   * The paragraph goes on from a quote left open in the paragraph before, its opening mark dropped by the page
   * (`continuedQuotes`): `open` is the paragraph's start, where no mark stands.
   */
  unmarked?: boolean;
}

const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

const CLOSERS: Record<string, string[]> = { '“': ['”', '"'], '‘': ['’'], '"': ['"', '”'], "'": ["'"], '«': ['»'], '„': ['“', '”'], '”': ['”', '"'] };

/** Where a quote begins, before its opening mark: a paragraph's start, or a speaker's colon ("said: ”…"). */
const QUOTE_INTRODUCED = /(?:^|:)\s*$/u;
/** A sentence's end and a space before a mark: where a new paragraph of a quote would begin. */
const SENTENCE_ENDED = /[.!?…][”’"']?\s+$/u;

export function findQuotes(article: ArticleText): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const ps = article.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const spans = paragraphQuotes(article.text, ps[i]!);
    out.push(...spans);
    const run = continuedQuotes(article, i, spans);
    if (!run.length) continue;
    out.push(...run);
    i = run[run.length - 1]!.paragraph;
  }
  return out;
}

const DOUBLE_OPENERS = ['“', '"', '«', '„'];
/** Where a statement's quote opens: at its paragraph's start, or after the speaker's colon or comma ("said, “…"). */
const STATEMENT_OPENS = /(?:^|[:,])\s*$/u;
/** A sentence's end inside or at the end of a paragraph. */
const HOLDS_SENTENCE_END = /[.!?…]["”’']?(?:\s+\p{Lu}|\s*$)/u;
/** A closing double mark: ”, or a straight " after a word or a sentence's punctuation with no word after it. */
const CLOSING_DOUBLE = /”|(?<=[\p{L}\p{N},.!?…])"(?![\p{L}\p{N}])/u;
/** An opening double mark: “, „, «, or a straight " before a word where no word precedes it. */
const OPENING_DOUBLE = /[“„«]|(?<![\p{L}\p{N},.!?…])"(?=[\p{L}\p{N}])/u;

/**
 * The paragraphs after paragraph `i` that go on from its statement's quote left open (opened at the paragraph's start
 * or after the speaker's colon, ending a sentence), where the page dropped the mark that should reopen each
 * ("X said: “… .⏎⏎What is needed is …⏎⏎As part of …"). Each is a paragraph of prose with no opening mark; the run ends
 * at its closing mark (that paragraph's quote closes there), at the text's end (a stored copy cut short), or before
 * the next quotation. A run that ends anywhere else (a line that is no sentence, a heading, prose going on with no
 * quotation after it) is the author's own text after a mark left open by mistake, and none of it is taken.
 */
function continuedQuotes(article: ArticleText, i: number, spans: QuoteSpan[]): QuoteSpan[] {
  const { text, paragraphs: ps } = article;
  const p = ps[i]!;
  const double = spans.filter((q) => DOUBLE_OPENERS.includes(q.mark));
  const open = double[double.length - 1];
  if (!open || open.close >= 0 || !STATEMENT_OPENS.test(text.slice(p.start, open.open)) || !/[.!?…]$/u.test(text.slice(open.start, open.end))) return [];
  const run: QuoteSpan[] = [];
  for (let k = i + 1; k < ps.length; k++) {
    const next = ps[k]!;
    const last = k === ps.length - 1;
    const closing = CLOSING_DOUBLE.exec(next.text);
    if (OPENING_DOUBLE.test(closing ? next.text.slice(0, closing.index) : next.text)) return run;
    if (CUT_SHORT.test(next.text) || (!HOLDS_SENTENCE_END.test(next.text) && !(last && next.text.split(/\s+/).length >= 10))) return [];
    const quotes = paragraphQuotes(text, next, open.mark);
    run.push(...quotes);
    if ((quotes[0]?.close ?? -1) >= 0 || last) return run;
  }
  return run;
}

/** `carried`: the paragraph goes on from a quote opened with this mark (see `continuedQuotes`). */
function paragraphQuotes(text: string, p: Paragraph, carried?: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Double marks first (they may contain single-quoted words), then single marks outside them.
  const double = scan(text, p, DOUBLE_OPENERS, carried);
  spans.push(...double);
  const single = scan(text, p, ['‘', "'"]).filter((s) => !double.some((d) => s.open >= d.open && s.open < (d.close < 0 ? p.end : d.close)));
  spans.push(...single);
  return spans.sort((a, b) => a.open - b.open);
}

/** `carried`: the paragraph goes on from a quote opened with this mark before it (its own opening mark dropped). */
function scan(text: string, p: Paragraph, openers: string[], carried?: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { mark: string; at: number; unmarked?: boolean } | null = carried ? { mark: carried, at: p.start, unmarked: true } : null;
  // `close` -1: left open, to the paragraph's end or to `until` (where the next paragraph of a run-together quote opens).
  const push = (close: number, until = p.end) => {
    const unmarked = open!.unmarked;
    let start = unmarked ? open!.at : open!.at + 1;
    let end = close < 0 ? until : close;
    while (start < end && /[\s\u00a0]/.test(text[start]!)) start++;
    while (end > start && /[\s\u00a0]/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ open: open!.at, start, end, close, mark: open!.mark, paragraph: p.index, ...(unmarked ? { unmarked } : {}) });
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

/**
 * Where the page ends: what follows is readers' comments or a log-in wall, never the article, however much of it
 * reads like prose. Only in the last part of the page (from 40% of its paragraphs on).
 */
const PAGE_END = [
  /^(?:sign in|log in) (?:to|here)\b/i,
  /^sign up to (?:read|continue|keep reading)\b/i,
  /^leave a reply\b/i,
  /^join (?:our|the) (?:commenting|conversation|discussion)\b/i,
  /^tell us what you think\b/i,
  /^(?:add your|post a|write a) comment\b/i,
  /^comments?\s*(?:\(\d+\))?$/i,
  // A press release ends its statement here; what follows is for journalists (report titles, contacts, boilerplate).
  /^(?:[-–—#*\s]*ends?[-–—#*\s]*|notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?[’']?\s+notes?|for\s+(?:further|more)\s+information|media\s+(?:contacts?|enquiries))\s*:?$/i,
];

/**
 * The heading of a site box: a list of other pages ("Most Read", "Related articles", a bare "Read more", "Trending",
 * a newsletter's "Sign up"). Local-news templates set such boxes in the middle of the body as often as at its end;
 * which it is, the lines after it tell (`boxEnd`).
 */
const BOX = [
  /^sign up\b/i,
  /^related(?:\s+(?:stories|articles|content|posts|links|reading|topics|news))?\b/i,
  /^(?:more|read more) (?:stories|from|on|like this)\b/i,
  /^read more$/i,
  /^(?:you (?:might|may) also (?:like|be interested)|recommended(?: for you)?|most (?:read|popular|viewed|shared|commented)|trending|don[’']?t miss|editor[’']?s picks|more on this story)\b/i,
];

const LINE = [
  /^(?:advertisements?|advertisement|sponsored(?: content)?)$/i,
  /^article continues (?:below|after)\b/i,
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

/** The site's own notices, long or short: a cookie notice, a copyright line, the press regulator's code. */
const SITE_NOTICE = [
  /\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b/i,
  /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i,
  /\badheres? to the (?:Independent Press Standards Organisation|IPSO)\b|\bif you have a complaint about (?:the )?editorial content\b/i,
];

/**
 * A paragraph of the article's prose, as against a box's lines (other stories' headlines, dates, teasers cut short
 * with "… more >"): six words or more ending like a sentence (a full stop, a colon, a closing quotation mark), or the
 * text's last paragraph, cut off by the stored copy, of ten words or more.
 */
const SENTENCE_END = /(?:[.!:]|[.!?…,]\s*[”"’'])\)?$/u;
const CUT_SHORT = /(?:\.\.\.|…)\s*(?:more\s*>|read more)?$|more\s*>$/iu;
function isProse(p: Paragraph, last: boolean): boolean {
  const t = p.text.trim();
  const words = t.split(/\s+/).length;
  if (CUT_SHORT.test(t) || SITE_NOTICE.some((r) => r.test(t))) return false;
  return (words >= 6 && SENTENCE_END.test(t)) || (last && words >= 10);
}

const isBoxHeading = (t: string) => t.length < 80 && !/[.!?]$/.test(t) && BOX.some((r) => r.test(t));

/**
 * Where the article's prose resumes after the box heading at `i`: the first paragraph of prose followed by another,
 * or by the next box's heading (a paragraph of the article between two boxes), or the text's last paragraph cut off
 * inside a sentence (the stored copy ends in the article). A list of headlines, even one with a teaser under each,
 * never holds two in a row. -1 when none does before the page's end, or a marker of its end comes first: the box
 * ends the page.
 */
function boxEnd(ps: Paragraph[], i: number): number {
  for (let j = i + 1; j < ps.length; j++) {
    const t = ps[j]!.text;
    if (t.length < 80 && PAGE_END.some((r) => r.test(t))) return -1;
    const next = ps[j + 1];
    if (!next ? isProse(ps[j]!, true) && !SENTENCE_END.test(t) : isProse(ps[j]!, false) && (isProse(next, j + 2 === ps.length) || isBoxHeading(next.text))) return j;
  }
  return -1;
}

export interface FurnitureRange {
  start: number;
  end: number;
  rule: string;
}

/**
 * A press release's "Comments" section, not readers' comments: the paragraph under it quotes someone in the reporter's
 * voice ("Director Paul Kinnear said: “…"), which no reader's comment ("Jane says:" and a date) does.
 */
function sectionOfStatements(heading: string, next: string | undefined): boolean {
  return /^comments?$/i.test(heading.trim()) && !!next && /^\p{Lu}[^“”"\n]{0,160}\b(?:said|added|commented)\s*:?\s*[“"]/u.test(next);
}

/**
 * Furniture as UTF-16 ranges over whole paragraphs: lines that are the page's (`LINE`, `SITE_NOTICE`), site boxes
 * with the headlines listed under them, pull quotes, and everything from where the page ends: a marker of comments or
 * a log-in wall (`PAGE_END`), or a box after which no article prose comes, in the last part of the page.
 */
/** `quotes`: the text's quotation-mark spans (findQuotes), when the caller has them already. */
export function findFurniture(article: ArticleText, quotes: QuoteSpan[] = findQuotes(article)): FurnitureRange[] {
  const ranges: FurnitureRange[] = [];
  const ps = article.paragraphs;
  const lastPart = Math.floor(ps.length * 0.4);
  const pullQuotes = findPullQuotes(article, quotes);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const t = p.text;
    if (i >= lastPart && t.length < 80 && PAGE_END.some((r) => r.test(t)) && !sectionOfStatements(t, ps[i + 1]?.text)) {
      ranges.push({ start: p.start, end: article.text.length, rule: `terminal:${t.slice(0, 40)}` });
      break;
    }
    if (isBoxHeading(t)) {
      const resumes = boxEnd(ps, i);
      if (resumes < 0 && i >= lastPart) {
        ranges.push({ start: p.start, end: article.text.length, rule: `terminal:${t.slice(0, 40)}` });
        break;
      }
      // The box and the lines listed in it, up to the prose; a box early in the page with no prose after it: its heading only.
      const to = resumes < 0 ? i : resumes - 1;
      ranges.push({ start: p.start, end: ps[to]!.end, rule: `box:${t.slice(0, 40)}` });
      i = to;
      continue;
    }
    if (SITE_NOTICE.some((r) => r.test(t)) && t.length < 600) {
      ranges.push({ start: p.start, end: p.end, rule: 'line:site notice' });
      continue;
    }
    if (pullQuotes.has(i)) {
      ranges.push({ start: p.start, end: p.end, rule: 'pull quote: repeats the body' });
      continue;
    }
    const rule = LINE.find((r) => r.test(t));
    if (rule && t.length < 200 && !/[“"]/.test(t.slice(0, 1))) ranges.push({ start: p.start, end: p.end, rule: `line:${rule.source.slice(0, 40)}` });
  }
  return ranges;
}

/** A sentence's closing punctuation, dropped from a pull quote's end before comparing it with the body. */
const CLOSING_PUNCTUATION = /[\s.!?…,;:]+$/u;

/**
 * Pull quotes: a paragraph that is one quotation and nothing else, whose words end a sentence elsewhere in the body
 * as the author's own (outside quotation marks, with its full stop). The page has set a sentence of its body in large
 * type; its marks are the design's, and nobody said it. A copy that is no sentence of the body (a speaker's words
 * set out unmarked with the name under them, "… can be life-threatening⏎Jo Bell") leaves the quote alone, and so
 * does a quote repeated in another quotation (a headline or standfirst quoting a speaker: the statements stage
 * settles it). Paragraph indices.
 */
function findPullQuotes(article: ArticleText, quotes: QuoteSpan[]): Set<number> {
  const { text, paragraphs } = article;
  const whole = quotes.filter((q) => !q.unmarked && q.close === paragraphs[q.paragraph]!.end - 1 && q.open === paragraphs[q.paragraph]!.start && /[“"]/.test(q.mark));
  const out = new Set<number>();
  if (!whole.length) return out;
  // Each paragraph's words outside its quotation marks.
  const authorText = paragraphs.map((p) => {
    let own = '';
    let at = p.start;
    for (const q of quotes.filter((x) => x.paragraph === p.index)) {
      own += `${text.slice(at, q.open)} | `;
      at = q.close < 0 ? p.end : q.close + 1;
    }
    return fold(own + text.slice(at, p.end));
  });
  const endsSentence = (own: string, words: string) => {
    for (let at = own.indexOf(words); at >= 0; at = own.indexOf(words, at + 1)) if (/^[.!?]/.test(own.slice(at + words.length))) return true;
    return false;
  };
  for (const q of whole) {
    const words = fold(text.slice(q.start, q.end)).replace(CLOSING_PUNCTUATION, '');
    if (words.split(' ').length < 6) continue;
    if (authorText.some((own, k) => k !== q.paragraph && endsSentence(own, words))) out.add(q.paragraph);
  }
  return out;
}

export function inRanges(ranges: { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}
