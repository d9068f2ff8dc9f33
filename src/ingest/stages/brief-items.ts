/**
 * Layout stage, news in brief: a page of short items, each under its own one-line headline, each about its own report
 * ("Fostering service rated good" / two sentences; "Youth clubs in decline" / two sentences; …). What is said in an
 * item answers that item's report and judges that item's subject, not the page's first report: the target stage
 * resolves each item on its own (target-resolution.ts). Plain paragraphs in, items out (UTF-16 offsets).
 */

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export interface BriefItem {
  /** The item's headline line. */
  headline: Paragraph;
  /** From the headline's start to the item's last paragraph's end. */
  start: number;
  end: number;
}

/** A brief's headline: one short line with no sentence's end (quoted words allowed: "Poverty map ‘out of date’"). */
const HEADLINE = /^(?=\S)[^\n]{3,90}$/;
const ENDS_SENTENCE = /[.!?:;,]["”’']?\s*$/;
/** A page of briefs, by its title. */
const BRIEFS_PAGE = /\b(?:in\s+brief|briefs?|briefing|round-?up|this\s+week\s+in|digest|at\s+a\s+glance|news\s+from\s+around)\b/i;
/** A lower-case word that is no joining word: the line says something rather than naming someone. */
const SAYS_SOMETHING = /(?<![\p{L}’'-])(?!(?:of|and|for|the|on|in|to|at|a|an)(?![\p{L}’'-]))\p{Ll}[\p{L}’'-]*/u;
/** The news of a report: a report, review, inspection or rating, or a finding. */
const REPORT_NEWS = /\b(?:report|review|inspection|inspectors|survey|audit|study|assessment|inquiry|monitoring\s+(?:visit|letter)|rated|judged|found|figures|research|analysis)\b/i;
/** Items are short: a brief runs to a few sentences, not a section of a feature. */
const MAX_ITEM_CHARS = 700;
const MAX_ITEM_PARAGRAPHS = 3;
const MIN_ITEMS = 3;

/**
 * The items of a news-in-brief page, titled as one: three or more headlines from the page's opening on, each followed by one to three
 * paragraphs of prose that together run to no more than a brief's length and are signed by no one, most of them news of
 * a report, and nothing but such items after the first headline. Else none.
 */
export function findBriefItems(title: string, paragraphs: Paragraph[], content: (a: number, b: number) => boolean): BriefItem[] {
  // The page says what it is ("News in brief", "This week in children's services", "Members' briefing"): a release's
  // or a feature's subheaded sections, however short, are one story.
  if (!BRIEFS_PAGE.test(title)) return [];
  const body = paragraphs.filter((p) => content(p.start, p.end) && p.text.trim());
  // A headline says something ("Youth clubs in decline"): a name alone ("British Association of Social Workers") or a
  // time ("09:15") heads a round-up's or a live page's sections, which all answer one report.
  const isHeadline = (p: Paragraph) => HEADLINE.test(p.text.trim()) && !ENDS_SENTENCE.test(p.text) && p.text.trim().split(/\s+/).length <= 10 && SAYS_SOMETHING.test(p.text);
  const items: BriefItem[] = [];
  // The items start the page, under its own title and at most a standfirst or a dateline.
  let k = body.findIndex((p, i) => i > 0 && isHeadline(p) && !!body[i + 1] && !isHeadline(body[i + 1]!));
  if (k < 0 || k > 3) return [];
  while (k < body.length) {
    const headline = body[k]!;
    if (!isHeadline(headline)) return [];
    let j = k + 1;
    while (j < body.length && !isHeadline(body[j]!)) j++;
    const prose = body.slice(k + 1, j);
    const chars = prose.reduce((n, p) => n + p.text.length, 0);
    // A letter signed at its foot ("Jo Bell, Kelby") is a letters page's, every letter answering the same report.
    const signed = prose.length > 1 && !/[.!?]["”’']?\s*$/.test(prose[prose.length - 1]!.text) && prose[prose.length - 1]!.text.trim().split(/\s+/).length <= 8;
    if (!prose.length || prose.length > MAX_ITEM_PARAGRAPHS || chars > MAX_ITEM_CHARS || signed) return [];
    items.push({ headline, start: headline.start, end: prose[prose.length - 1]!.end });
    k = j;
  }
  // Each brief is news of its own report: most items name one.
  const reporting = items.filter((item) => REPORT_NEWS.test(body.filter((p) => p.start > item.headline.start && p.end <= item.end).map((p) => p.text).join(' '))).length;
  return items.length >= MIN_ITEMS && reporting >= Math.ceil(items.length * 0.6) ? items : [];
}

/** The text with everything outside [start, end) blanked (line breaks kept): offsets stay those of the whole text. */
export function within(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}
