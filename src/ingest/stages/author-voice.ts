/**
 * Paraphrase stage, the author's own voice. News is told in the third person: its narration is no one's statement. A
 * blog post, a column or a reader's letter argues in the first person, and what its author argues there is a
 * statement of theirs: the seeds code a blog's own sentences as the blog's paraphrases
 * (seed/source-blog-2009-childrens-social-services.json), one per sentence or run of sentences. An interview's answers,
 * under questions set as their own lines, are the interviewee's words. Plain text in, spans out; the caller resolves
 * the speakers and leaves out what another statement already holds.
 */
import { scoreStance } from '../stance.js';
import { fold } from '../text.js';

export interface Span {
  start: number;
  end: number;
}

/** The first person outside quotation marks; "told us" and "asked me" are a reporter's, not an author's. */
const FIRST_PERSON = /(?<![‘“"])\b(?:I|I[’']m|I[’']ve|I[’']d|me|my|myself|we|we[’']re|we[’']ve|our|ourselves)\b/i;
export const SINGULAR = /\b(?:I|I[’']m|I[’']ve|I[’']d|me|my|myself)\b/i;
const REPORTER_FIRST_PERSON = /\b(?:told|tells|telling|asked|asks|showed|shows|wrote\s+to|said\s+to|spoke\s+to|contacted|emailed)\s+(?:us|me)\b/g;
/** A page that calls itself a blog or a column by its publisher, address or headline. */
const OWN_VOICE_PAGE = /\bblog\b|\bcolumn(?:ist)?\b|\bopinion\b|\bcomment is free\b|\bletters?\s+(?:page|to the editor)\b|^\s*(?:our\s+view|editorial|leader|comment)\s*:/i;
/** The author's words of judgement or demand: a modal of obligation, or a judging word (stance.ts). */
const DEMAND = /\b(?:should|must|needs?\s+to|ought\s+to|has\s+to|have\s+to)\b/i;

/** "By Jo Pellew", "By Jo Pellew, social worker", "Guest post by Jo Pellew, who …": the byline, in the opening lines. */
const BYLINE = /^(?:By|Posted by|Written by|(?:A\s+)?[Gg]uest\s+(?:post|blog|column)\s+by|Comment\s+by|Opinion\s+by)\s+((?:Dr\.?\s+|Professor\s+|Cllr\.?\s+|Coun\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s*(?:[,|–—-].*)?$/u;
/**
 * The author's line under a comment piece's headline: a name and what they are ("Simon Reed, director, Ashgrove Centre
 * for Social Policy"), perhaps saying what they argue ("Harriet Blake says the warning must not be filed away",
 * "Councillor Lorna Fee, leader of Kelby Council, responds to last week's report"). One line, no sentence's full stop.
 */
const AUTHOR_LINE = /^((?:(?:Dr\.?|Professor|Cllr\.?|Councillor|Coun\.?|Sir|Dame)\s+)?\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+)(?:,\s*[^.!?\n]{2,120}?)?(?:\s*,?\s+(?:says|writes|argues|responds|explains|asks|reflects|on)\b[^.!?\n]{0,160})?$/u;
/**
 * "Jo Pellew is chief executive of Kids First", "Jo Pellew is a social worker in Kelby. This post first appeared on her
 * blog.": the author's line that closes a column, with or without an article before the office, and perhaps a note of
 * where the piece first ran.
 */
const CLOSING_LINE = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s+is\s+(?:(?:a|an|the)\s+[^.]{3,120}|[^.]{3,120}?\b(?:of|at|for|in)\b[^.]{2,100})(?:\.\s+(?:This|The|A|An)\s+(?:\w+\s+){0,2}(?:post|article|piece|blog|column|version)\b[^.]{0,100})?\.?$/u;
/** A letter's signature: a name alone or with a place or a title ("Jo Pellew, Northdale", "Jo Pellew, Chair, Parents' Voice"), a short line closing the letter. */
const SIGNATURE = /^((?:Dr\.?\s+|Professor\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Cllr\.?\s+|Coun\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?:,\s*[\p{L}\p{N}’' ,-]{2,80})?\.?$/u;

/** A letter's greeting on a line of its own ("Dear Minister,", "Dear Councillor Foyle,"). */
const SALUTATION = /^Dear\s+[^\n.!?]{1,60},?$/;
/** A letter's closing words before the signature ("Yours sincerely,", "Kind regards"). */
const VALEDICTION = /^(?:Yours\s+(?:sincerely|faithfully|truly|ever)|(?:With\s+)?(?:Kind|Best|Warm)\s+(?:regards|wishes)|Regards|Best)\s*,?$/i;

export interface AuthorVoice {
  /** The author's name as the page gives it (byline, closing line or signature), or undefined for the publisher. */
  name?: string;
  /** Where the name is written, UTF-16. */
  nameAt?: number;
  spans: Span[];
}

export interface AuthorVoiceInput {
  text: string;
  title: string;
  publisher?: string;
  url?: string;
  paragraphs: { start: number; end: number; text: string }[];
  sentences: Span[];
  /** Is [a, b) held by a statement already found? The author's voice is what the others leave. */
  taken: (a: number, b: number) => boolean;
  /** Is [a, b) content (not page furniture)? */
  content: (a: number, b: number) => boolean;
  isHeading: (line: string) => boolean;
}

/**
 * The author's statements, grouped by author (a letters page has several), when the page is told in the author's
 * own voice: it says so (a blog, a column, a letters page), or its narration says "I" in two sentences or more. Each
 * statement is a run of the author's sentences in one paragraph, in a paragraph where the author judges, demands or
 * speaks in the first person at least once.
 */
export function findAuthorVoice(input: AuthorVoiceInput): AuthorVoice[] {
  const { text, title, paragraphs, sentences, taken, content, isHeading } = input;
  const narration = sentences.filter((s) => content(s.start, s.end) && !taken(s.start, s.end));
  const firstPerson = (s: Span) => FIRST_PERSON.test(text.slice(s.start, s.end).replace(REPORTER_FIRST_PERSON, ''));
  const singular = narration.filter((s) => SINGULAR.test(text.slice(s.start, s.end).replace(REPORTER_FIRST_PERSON, ''))).length;
  const ownVoicePage = OWN_VOICE_PAGE.test(`${title} ${input.publisher ?? ''} ${input.url ?? ''}`);
  // Who writes each paragraph: the byline's author throughout, or the signature that closes each letter.
  const authors = authorsByParagraph(paragraphs, isHeading);
  // A page that names its author (a byline, an author's line under the headline, a closing line) argues in the first
  // person once to be the author's own voice; an unsigned one, twice.
  const signed = authors.some((a) => !!a?.name);
  if (!ownVoicePage && singular < (signed ? 1 : 2)) return [];

  const voices = new Map<string, AuthorVoice>();
  let run: Span | null = null;
  let runParagraph = -1;
  let runAuthor: { name?: string; nameAt?: number } | undefined;
  const flush = () => {
    if (!run) return;
    const key = runAuthor?.name ?? '';
    const voice = voices.get(key) ?? { name: runAuthor?.name, nameAt: runAuthor?.nameAt, spans: [] };
    voice.spans.push(run);
    voices.set(key, voice);
    run = null;
  };
  const paragraphOf = (s: Span) => paragraphs.findIndex((p) => p.start <= s.start && s.start < p.end);
  const judges = (s: Span) => {
    const sentence = text.slice(s.start, s.end);
    return firstPerson(s) || DEMAND.test(sentence) || scoreStance(sentence, { mentionQuotes: true, evaluativeOnly: true }).stance !== 'neutral';
  };
  // A paragraph where the author judges once is the author's argument throughout ("Nor is the government blameless. X has
  // lost a third of its spending power …").
  const arguing = new Set(narration.filter(judges).map(paragraphOf));
  for (const s of narration) {
    const k = paragraphOf(s);
    const paragraph = paragraphs[k];
    const author = authors[k];
    // The headline set as the page's first line is no sentence of the argument, whatever stops it holds.
    const headline = fold(paragraph?.text ?? '') === fold(title);
    if (!paragraph || !author || author.signature === k || headline || isHeading(paragraph.text) || paragraph.text.trim().endsWith('?')) {
      flush();
      continue;
    }
    const sentence = text.slice(s.start, s.end);
    // A headline, a standfirst line or a crosshead ends with no full stop: no sentence of the author's argument.
    if (!arguing.has(k) || sentence.split(/\s+/).length < 5 || !/[.!?][”"’']?\s*$/.test(sentence)) {
      flush();
      continue;
    }
    // A run of the author's sentences in one paragraph, with nothing another statement holds between them.
    if (run && runParagraph === k && !taken(run.end, s.start) && author.name === runAuthor?.name) run = { start: run.start, end: s.end };
    else {
      flush();
      run = { start: s.start, end: s.end };
      runParagraph = k;
      runAuthor = author;
    }
  }
  flush();
  return [...voices.values()];
}

interface ParagraphAuthor {
  name?: string;
  nameAt?: number;
  /** The paragraph that holds the signature (no statement). */
  signature?: number;
}

/**
 * The author of each paragraph: a letter's signature names the paragraphs since the last signature or heading; else
 * the byline or the closing line names them all; else no name (the publisher speaks).
 */
function authorsByParagraph(paragraphs: { start: number; end: number; text: string }[], isHeading: (line: string) => boolean): (ParagraphAuthor | undefined)[] {
  const out: (ParagraphAuthor | undefined)[] = paragraphs.map(() => ({}));
  const named = (k: number, re: RegExp) => {
    const line = paragraphs[k]!.text.trim();
    const m = re.exec(line);
    return m ? { name: m[1]!, nameAt: paragraphs[k]!.start + paragraphs[k]!.text.indexOf(m[1]!) } : undefined;
  };
  // Letters: a short line that is a name (and a place), after a paragraph of prose, closes a letter.
  let from = 0;
  let letters = 0;
  for (let k = 1; k < paragraphs.length; k++) {
    const line = paragraphs[k]!.text.trim();
    if (isHeading(line) && !SIGNATURE.test(line)) {
      from = k + 1;
      continue;
    }
    // "Yours sincerely," between the letter's last paragraph and the name.
    const last = VALEDICTION.test(paragraphs[k - 1]!.text.trim()) && k >= 2 ? paragraphs[k - 2]! : paragraphs[k - 1]!;
    const signed = line.split(/\s+/).length <= 8 && /[.!?]["”’]?$/.test(last.text.trim()) ? named(k, SIGNATURE) : undefined;
    if (!signed) continue;
    letters++;
    // A letter opens at its greeting ("Dear Councillor Foyle,"): what comes before it is the editor's.
    const greeting = paragraphs.slice(from, k).map((p) => SALUTATION.test(p.text.trim())).lastIndexOf(true);
    if (greeting >= 0) {
      for (let j = from; j <= from + greeting; j++) out[j] = undefined;
      from += greeting + 1;
    }
    for (let j = from; j < k; j++) out[j] = signed;
    out[k] = { ...signed, signature: k };
    from = k + 1;
  }
  if (letters) {
    // Before the first letter and after the last, the editor's words: no one's statement.
    for (let j = from; j < paragraphs.length; j++) out[j] = undefined;
    return out.map((a, k) => (a && (a.name || a.signature === k) ? a : undefined));
  }
  const byline = paragraphs.slice(0, 3).map((_, k) => named(k, BYLINE) ?? named(k, AUTHOR_LINE)).find(Boolean);
  const closing = paragraphs.length ? named(paragraphs.length - 1, CLOSING_LINE) : undefined;
  const author = byline ?? closing;
  return out.map((_, k) => (author ? { ...author, ...(closing && k === paragraphs.length - 1 ? { signature: k } : {}) } : {}));
}

/** A question set as its own line in an interview: short, ending in a question mark, no quotation marks. */
const QUESTION_LINE = /^(?![“"‘'])[^“”"\n]{8,200}\?$/;

/** A line the interviewer's label opens ("Q: Ministers say money isn't the problem."): a question, or a point put, however it ends. */
const QUESTION_LABEL = /^\s*(?:Q|Question)\s*[:.]\s+\S/;

export interface InterviewAnswers {
  /** The paragraphs that answer a question. */
  answers: Span[];
  /** Where the intro ends: the interviewee is named before it. */
  introEnd: number;
}

/**
 * An interview set as questions and answers: two or more questions on lines of their own, each followed by prose.
 * The answers are the interviewee's words, named in the introduction before the first question.
 */
export function findInterviewAnswers(paragraphs: { start: number; end: number; text: string }[], content: (a: number, b: number) => boolean): InterviewAnswers | null {
  const isQuestion = (k: number) => QUESTION_LINE.test(paragraphs[k]!.text.trim()) || QUESTION_LABEL.test(paragraphs[k]!.text);
  const questions = paragraphs.map((_, k) => k).filter((k) => content(paragraphs[k]!.start, paragraphs[k]!.end) && isQuestion(k) && k + 1 < paragraphs.length && !isQuestion(k + 1));
  if (questions.length < 2) return null;
  const answers: Span[] = [];
  for (const [i, q] of questions.entries()) {
    const next = questions[i + 1] ?? paragraphs.length;
    for (let k = q + 1; k < next; k++) {
      const p = paragraphs[k]!;
      // An answer runs to the next question; a closing line in italics or an editor's note is not set apart, so stop at a short line.
      if (!content(p.start, p.end) || p.text.trim().split(/\s+/).length < 4) break;
      answers.push({ start: p.start, end: p.start + p.text.trimEnd().length });
    }
  }
  if (!answers.length) return null;
  // An explainer asks its own questions ("What happened?", "Who is to blame?") and answers them in the reporter's voice;
  // an interviewee answers as "I" or "we". Questions labelled as an interviewer's ("Q:") are an interview either way.
  const labelled = questions.some((k) => QUESTION_LABEL.test(paragraphs[k]!.text));
  const text = (a: Span) => paragraphs.find((p) => p.start === a.start)!.text;
  const firstPerson = answers.filter((a) => FIRST_PERSON.test(text(a))).length;
  if (!labelled && firstPerson * 2 < answers.length) return null;
  return { answers, introEnd: paragraphs[questions[0]!]!.start };
}
