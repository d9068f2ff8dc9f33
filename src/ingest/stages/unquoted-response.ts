/**
 * Quote-spans stage, unquoted statements: a page headed "Carers Network responds to the inspectorate's
 * report" and followed by the organisation's own paragraphs, without quotation marks, is that
 * organisation's statement. Those paragraphs are its quotes (one per paragraph), up to the first
 * paragraph that quotes or reports someone else. Under a headline that names no one ("Our response to …",
 * "Statement on …", or a subjectless gerund: "Responding to …", "Reacting to …", "Commenting on …") the
 * speaker is the page's publisher: the one the caller gives, else the body named in the text whose name the
 * page's web address carries ("tommys.org" and "Tommy's", "jrf.org.uk" and the Joseph Rowntree
 * Foundation). Not the first body named: on such a page that is most often the report's author. The
 * paragraphs must speak in the first person somewhere (a news report on the response does not), and a
 * headline about many ("Councils react to …") names no one.
 *
 * A news article may print an organisation's statement the same way under a subheading of its own that names the
 * organisation ("Northmart's full response", "Statement from the Bakers Guild", "Riverside Homes statement in full"):
 * the paragraphs under it are that organisation's, and a page cut off inside the first of them keeps what it has.
 *
 * And a press release prints its spokesperson's words as a block under a speaker line ("Commenting on the report,
 * Dr Ann Cole, chair of the college, said:"), the quotation marks left to the layout that the copied text lost: the
 * paragraphs under that line are the speaker's (findStatementBlocks).
 */
import { SAY_VERBS } from '../attribution.js';
import { SINGULAR } from './author-voice.js';
import type { Paragraph } from '../text.js';
import { isListItem } from './reported-speech.js';
import { HONORIFIC_OR_TITLE } from './speaker-names.js';
import { fold } from '../text.js';

const RESPONDS = /^\s*(.+?)\s+(?:responds?|reacts?|replies)\s+to\b/i;
/** A headline that names whose statement the page is: "BASW England Statement: …", "Carers Network response to …". */
const NAMED_STATEMENT = /^\s*(?:[Tt]he\s+)?(\p{Lu}[^\n:;!?“”"]{1,60}?)\s+(?:[Ss]tatement|[Rr]esponse)\s*(?::|\s+(?:on|to)\b)/u;
/** A headline that names no one: the page's publisher speaks. */
const OWN_RESPONSE = /^\s*(?:(?:our\s+)?(?:response|reaction|statement)\s+(?:to|on)|(?:responding|reacting|replying)\s+to|commenting\s+on)\b/i;
/**
 * A subheading (a line of its own) that names whose statement follows: "X's (full) response/statement/reply",
 * "(Full) statement/response from X", "X('s) statement/response in full". Group 1, 2 or 3 is X.
 */
const RESPONSE_HEADING = /^\s*(?:(?:[Tt]he\s+)?(\p{Lu}[^\n.:;!?“”"]{1,80}?)[’']s?\s+(?:full\s+)?(?:response|statement|reply)|(?:[Ff]ull\s+)?(?:[Ss]tatement|[Rr]esponse|[Rr]eply)\s+(?:from|by)\s+(?:the\s+)?(\p{Lu}[^\n.:;!?“”"]{1,80}?)|(?:[Tt]he\s+)?(\p{Lu}[^\n.:;!?“”"]{1,80}?)(?:[’']s)?\s+(?:statement|response|reply)\s+in\s+full)\s*:?\s*$/u;
/** A subheading is short: a name and a noun, no sentence. */
const HEADING_WORDS = 10;
const SAYS = /\b(?:said|says|added|according to|commented|responding to|commenting on)\b|\btold\b(?!\s+us)/i;
/** A quoted stretch this long is someone's words, not a term the page quotes ("exposed “gross failures”"). */
const QUOTED_WORDS = 6;

export interface UnquotedResponse {
  /** Who responds, as the headline (or the text) names them. */
  speakerName: string;
  /** UTF-16 offsets of that name in the text, when it is in the text. */
  nameAt?: number;
  paragraphs: Paragraph[];
}

export interface PageOrigin {
  /** The page's publisher, when the caller gives it. */
  publisher?: string;
  /** The page's web address. */
  url?: string;
}

export function findUnquotedResponse(title: string, text: string, paragraphs: Paragraph[], content: (a: number, b: number) => boolean, origin: PageOrigin = {}): UnquotedResponse | null {
  const named = NAMED_STATEMENT.exec(title);
  // "Commissioner's response to …" names an office whose holder's words the page quotes, not a body's statement.
  const m = RESPONDS.exec(title) ?? (named && !HONORIFIC_OR_TITLE.test(named[1]!.trim().replace(/[’']s$/, '')) ? named : null);
  const publisher = origin.publisher?.trim();
  const headlined = m && !/^(?:our|we|the government|ministers)$/i.test(m[1]!.trim()) ? m[1]!.trim().replace(/[’']s$/, '') : null;
  const fromTitle = headlined ?? (OWN_RESPONSE.test(title) ? publisher || bodyOfSite(text, origin.url) || bodyOfMasthead(paragraphs, content) || bodyOfAboutSection(paragraphs) || bodyOfEditorsNotes(paragraphs) : null);
  const heading = fromTitle ? null : responseHeading(paragraphs, content);
  const speakerName = fromTitle ?? heading?.speakerName;
  if (!speakerName) return null;
  // A news headline about many ("Councils react to …", "Unions respond to …") names no one body whose page this is.
  if (!/^(?:[A-Z0-9]|\p{Lu})/u.test(speakerName) || /^[A-Z]\p{Ll}+s$/u.test(speakerName)) return null;
  const nameAt = text.indexOf(speakerName);
  const end = text.trimEnd().length;
  const body: Paragraph[] = [];
  for (const p of paragraphs) {
    if (heading && p.start <= heading.at) continue;
    if (!content(p.start, p.end) || p.text.trim() === title.trim() || (nameAt >= 0 && p.start <= nameAt && nameAt < p.end && RESPONDS.test(p.text))) continue;
    if (quotesSomeone(p.text)) break;
    if (SAYS.test(p.text)) break;
    // The page telling that it responds ("The Howard League has responded to …", "We are responding to …") is about
    // the statement, not in it; a paragraph that only names the body ("X, working with Y, is urging …") is in it.
    if (tellsItResponds(p.text, speakerName)) continue;
    const words = p.text.split(/\s+/).length;
    // The text cut off inside the statement's last paragraph: as far as it goes.
    const cutOff = (body.length > 0 || !!heading) && p.end >= end && words >= 5 && /^\p{Lu}/u.test(p.text) && !/:/.test(p.text);
    if (!cutOff && (words < 12 || !/[.!?]$/.test(p.text))) {
      if (body.length) break;
      continue;
    }
    body.push(p);
  }
  // The organisation's own statement speaks in its own voice ("we welcome", "our advisers"), or in its own name at the
  // head of a paragraph ("BASW England welcomes …"); a report about it does neither.
  const inItsName = new RegExp(`^(?:The\\s+)?${speakerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:welcomes|believes|urges|calls|is|remains|notes|recognises|supports|agrees)\\b`, 'u');
  if (!body.some((p) => /\b(?:we|our|us)\b/i.test(p.text) || inItsName.test(p.text.trim()))) return null;
  return body.length ? { speakerName, nameAt: nameAt >= 0 ? nameAt : undefined, paragraphs: body } : null;
}

/** The first subheading that names whose statement follows it (RESPONSE_HEADING): that name, and where the heading is. */
function responseHeading(paragraphs: Paragraph[], content: (a: number, b: number) => boolean): { speakerName: string; at: number } | null {
  for (const p of paragraphs) {
    if (!content(p.start, p.end) || p.text.split(/\s+/).length > HEADING_WORDS) continue;
    const m = RESPONSE_HEADING.exec(p.text);
    const name = m && (m[1] ?? m[2] ?? m[3])!.trim();
    if (name) return { speakerName: name, at: p.start };
  }
  return null;
}

function tellsItResponds(paragraph: string, speakerName: string): boolean {
  const at = [paragraph.indexOf(speakerName), paragraph.search(/\b[Ww]e\b/)].filter((i) => i >= 0);
  return at.some((i) => /^[^.]{0,60}\brespond(?:s|ed|ing)?\b/.test(paragraph.slice(i)));
}

/** Does the paragraph quote someone's words (a quotation mark opening it, or a quoted stretch of a sentence's length)? */
function quotesSomeone(paragraph: string): boolean {
  if (/^\s*[“"‘]/.test(paragraph)) return true;
  return [...paragraph.matchAll(/[“"]([^“”"]+)(?:[”"]|$)/g)].some((q) => q[1]!.trim().split(/\s+/).length >= QUOTED_WORDS);
}

/** Capitalised names in the text: runs of capitalised words, with "of", "for", "and", "the" inside them. */
const NAMES = /\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}’'&-]*)*/gu;

/**
 * The body named in the text whose name the web address's host carries, whole ("birthrighttrust") or by its
 * initials ("bt"): the site's own organisation.
 */
function bodyOfSite(text: string, url: string | undefined): string | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  const label = host.replace(/^www\d?\./, '').split('.')[0]!.replace(/[^a-z0-9]/g, '');
  if (label.length < 2) return null;
  for (const m of text.matchAll(NAMES)) {
    const name = m[0].replace(/^The\s+/, '');
    const letters = fold(name).toLowerCase().replace(/[^a-z0-9]/g, '');
    const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
    if (letters === label || (initials.length >= 2 && initials === label)) return name;
  }
  return null;
}

/** The words a body's name ends with, that a site's masthead carries ("Linwood Children's Trust"). */
const BODY_NAME_END = /\b(?:Trust|Association|Society|Foundation|Alliance|Network|Charity|Council|Union|Institute|Federation|Partnership|Coalition|Commission|Board|Group|Forum|Centre|Project|Campaign|Action)$/u;
/** Paragraphs at a page's head where its masthead may stand, before the article. */
const MASTHEAD_PARAGRAPHS = 4;

/** A release's boilerplate heading at its foot ("About the Harbour Children's Trust"): the body whose release it is. */
const ABOUT_SECTION = new RegExp(String.raw`^About\s+(?:the\s+)?(${NAMES.source})\s*$`, 'u');

/** The body a release's "About …" heading names, when it is a body's name ("About the Harbour Children's Trust"). */
function bodyOfAboutSection(paragraphs: Paragraph[]): string | null {
  for (const p of [...paragraphs].reverse()) {
    const name = ABOUT_SECTION.exec(p.text.trim())?.[1];
    if (name && BODY_NAME_END.test(name)) return name;
  }
  return null;
}

/** A release's notes for editors ("Notes to editors", "Editor's notes"), where it says what its own body is. */
const EDITORS_NOTES = /^(?:Notes?\s+(?:to|for)\s+editors?|Editor[’']?s[’']?\s+notes?)\s*:?\s*$/iu;
/** "1. Fernhill Children's Trust is a national charity …": a body's name, then what it is. */
const BODY_IS_A = new RegExp(String.raw`^\s*(?:\d{1,2}[.)]\s+)?(?:The\s+)?(${NAMES.source})\s+(?:is|are)\s+(?:a|an|the)\s`, 'u');

/** The body a release's notes for editors say it is, when they open a line with its name ("1. X is a national charity"). */
function bodyOfEditorsNotes(paragraphs: Paragraph[]): string | null {
  const lines = paragraphs.flatMap((p) => p.text.split('\n'));
  const notes = lines.findIndex((line) => EDITORS_NOTES.test(line.trim()));
  if (notes < 0) return null;
  for (const line of lines.slice(notes + 1)) {
    const name = BODY_IS_A.exec(line)?.[1];
    if (name && BODY_NAME_END.test(name)) return name;
  }
  return null;
}

/**
 * The body whose page this is, by its masthead: a line at the page's head that is a body's name and nothing else
 * ("Linwood Children's Trust" above the site's menu). A page copied whole carries it where its address is lost.
 */
function bodyOfMasthead(paragraphs: Paragraph[], content: (a: number, b: number) => boolean): string | null {
  for (const p of paragraphs.slice(0, MASTHEAD_PARAGRAPHS)) {
    const line = p.text.trim();
    const m = new RegExp(NAMES.source, 'u').exec(line);
    if (m && m.index === 0 && m[0].length === line.length && BODY_NAME_END.test(line) && content(p.start, p.end)) return line.replace(/^The\s+/, '');
  }
  return null;
}

/** A speaker line: a verb of saying, an addressee at most ("told the committee"), or "put it this way …", then a colon that ends the line. */
const SPEAKER_LINE = new RegExp(`\\b(?:(?:${SAY_VERBS})(?:\\s+[^\\s:“”"]+){0,4}|put\\s+it(?:\\s+[^\\s:“”"]+){0,8})\\s*:\\s*$`, 'iu');
/**
 * A parliamentary speaker label, the way Hansard and written statements set it: an office or a name, then the member in
 * brackets, then a colon ("The Minister of State for Children (Mrs Joanna Pell):", "Helen Marsh (Harrowdene) (Lab):").
 */
const PARLIAMENTARY_SPEAKER = /^\s*(?:The\s+)?\p{Lu}[^:\n“”"]{2,120}\((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|\p{Lu}[\p{L}’'-]+)[^)\n]{0,60}\)(?:\s*\([^)\n]{1,20}\))?\s*:\s*$/u;
/** A numbered paragraph's number ("1. ", "12) "). */
const NUMBERED_PARAGRAPH = /^\s*\d{1,2}[.)]\s+(?=\p{Lu})/u;
/** A press release's end, or its notes after the statement. */
const RELEASE_END = /^\s*(?:[-–—]*\s*ends\s*[-–—]*|notes?\s+(?:to|for)\s+editors?\b|about\s+(?:the\s+)?\p{Lu})/iu;
/**
 * A paragraph back in the reporter's voice: someone reported ("The report found", "Figures showed"), or a speaker
 * named by a pronoun that opens it ("She said", "He has led …"). Only verbs no statement uses as a noun: "calls for"
 * and "our findings" go on inside a statement.
 */
const REPORTER_VOICE = /\b(?:said|says|added|adds|told|tells|explained|warned|claimed|argued|insisted|stated|according\s+to|found|revealed|showed|concluded)\b|^\s*(?:He|She)\b/u;
/** Paragraphs one speaker line can govern: a statement, not the rest of the page. */
const BLOCK_PARAGRAPHS = 6;

export interface StatementBlock {
  /** The speaker line ("Dr Ann Cole said:"). */
  line: Paragraph;
  /** The unquoted paragraphs under it, one statement each. */
  paragraphs: Paragraph[];
  /** Where the line names its speaker, when that is not the whole line: a parliamentary label's member in brackets. */
  speaker?: { start: number; end: number };
}

/** What a paragraph ends with after its last full sentence: the speaker line of "Unison said it was “…”. Its officer, X, said:". */
const BEFORE_LAST_SENTENCE = /^[\s\S]*[.!?][”’"']?\s+(?=[\p{Lu}“"‘])/u;
function lastSentence(p: Paragraph): Paragraph {
  const cut = BEFORE_LAST_SENTENCE.exec(p.text)?.[0].length ?? 0;
  return cut ? { ...p, start: p.start + cut, text: p.text.slice(cut) } : p;
}

/**
 * Unquoted paragraphs under a speaker line that ends in a colon (SPEAKER_LINE). The first paragraph under the line is
 * the speaker's as long as it is prose (a sentence's end, a dozen words) and quotes no one; the ones after it go on
 * while they stay prose and do not turn back to the reporter's voice (REPORTER_VOICE), up to the release's end or a
 * new speaker line. A subheading between them ("On funding:", "Looking ahead") is passed over, unless the text after a
 * section heading turns to an author's "I". A quoted paragraph under the line
 * is the quotes stage's, so a block only starts where the quotation marks are missing. `taken` says whether a span is
 * already a statement.
 */
export function findStatementBlocks(
  text: string,
  paragraphs: Paragraph[],
  content: (a: number, b: number) => boolean,
  headings: { topic: (line: string) => boolean; section: (line: string) => boolean },
  taken: (a: number, b: number) => boolean,
): StatementBlock[] {
  const blocks: StatementBlock[] = [];
  const end = text.trimEnd().length;
  for (let k = 0; k < paragraphs.length; k++) {
    const isLine = (l: Paragraph) => content(l.start, l.end) && l.text.length <= 300 && (SPEAKER_LINE.test(l.text) || PARLIAMENTARY_SPEAKER.test(l.text)) && !quotesSomeone(l.text);
    // The whole paragraph where it is the line (its speaker may be named in an earlier sentence: "X conceded …. In a
    // statement, she said:"); else its last sentence, after a sentence that quotes someone else.
    const line = [paragraphs[k]!, lastSentence(paragraphs[k]!)].find(isLine);
    if (!line) continue;
    const parliamentary = PARLIAMENTARY_SPEAKER.test(line.text);
    const body: Paragraph[] = [];
    let j = k + 1;
    for (; j < paragraphs.length && body.length < BLOCK_PARAGRAPHS; j++) {
      const p = paragraphs[j]!;
      // A written statement numbers its paragraphs ("1. On 25 September …"): each is the speaker's, without its number.
      const numbered = parliamentary ? NUMBERED_PARAGRAPH.exec(p.text) : null;
      // A list under the line is the reported-lists stage's (reported-speech.ts).
      // A numbered paragraph that reports a finding inside it ("2. Inspectors found that …") is left to that statement.
      if (numbered && taken(p.start, p.end)) continue;
      if (!content(p.start, p.end) || RELEASE_END.test(p.text) || taken(p.start, p.end) || quotesSomeone(p.text) || (isListItem(p.text) && !numbered)) break;
      if (headings.topic(p.text)) continue;
      // A section heading is passed over ("A system under pressure" in a release's statement), unless the paragraph after
      // it turns to an "I" the statement never used: a column's author taking up the argument again after quoting someone
      // ("Why it matters" / "I would go further.").
      if (headings.section(p.text)) {
        const next = paragraphs[j + 1]?.text ?? '';
        if (body.length && SINGULAR.test(next) && !body.some((b) => SINGULAR.test(b.text))) break;
        continue;
      }
      // A numbered paragraph is the statement's own, whatever it reports ("2. Inspectors found that …").
      if (SPEAKER_LINE.test(p.text) || PARLIAMENTARY_SPEAKER.test(p.text) || (body.length > 0 && !numbered && REPORTER_VOICE.test(p.text))) break;
      const words = p.text.trim().split(/\s+/).length;
      const cutOff = p.end >= end && words >= 5 && /^\p{Lu}/u.test(p.text.trim());
      if (!cutOff && (words < 12 || !/[.!?…]$/.test(p.text.trim()))) break;
      body.push(numbered ? { ...p, start: p.start + numbered[0].length, text: p.text.slice(numbered[0].length) } : p);
    }
    const member = parliamentary ? /\(((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\s+[^)\n]{2,60})\)/u.exec(line.text) : null;
    const speaker = member ? { start: line.start + member.index + 1, end: line.start + member.index + 1 + member[1]!.length } : undefined;
    if (body.length) blocks.push({ line, paragraphs: body, ...(speaker ? { speaker } : {}) });
    k = Math.max(k, j - 1);
  }
  return blocks;
}
