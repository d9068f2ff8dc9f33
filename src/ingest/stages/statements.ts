/**
 * Quote-spans, paraphrase-spans and attribution stages: every quotation-mark span of the text and
 * every sentence of reported speech, each with its speaker, or excluded with the reason. The order
 * matters: quotes first (their speakers become antecedents), the unquoted statement under a
 * "Y responds to" headline or under a speaker line ending in a colon, reported speech outside the quotes (its forms in stages/reported-speech.ts),
 * the items of a list under a speaker's line, a report's findings retold (stages/findings-retold.ts: they
 * continue the reported speech found before them), then fragments (inside a statement they are its words). Where two candidates overlap, a quote wins over
 * a paraphrase.
 */
import { isTopicSubheading, SAY_VERBS, type Resolved, type SpeakerResolver } from '../attribution.js';
import type { Analysis } from '../nlp.js';
import type { QuoteSpan } from '../quotes.js';
import { words } from '../stance.js';
import { fold, type ArticleText } from '../text.js';
import { fragmentAttribution } from './fragments.js';
import { findReportedLists, matchReportedSpeech, SECOND_VERB, subjectBefore } from './reported-speech.js';
import { continuesFinding, gradeFinding } from './findings-retold.js';
import { isHeading, sentencesWithinParagraphs } from './layout.js';
import { findStatementBlocks, findUnquotedResponse } from './unquoted-response.js';
import { findAuthorVoice, findInterviewAnswers } from './author-voice.js';
import { ABBREVIATED_TITLES, HONORIFIC } from './speaker-names.js';

/** Quotes shorter than this many words, that are not a whole sentence, are fragments. */
const MIN_QUOTE_WORDS = 6;

export interface Candidate {
  kind: 'quote' | 'paraphrase';
  start: number;
  end: number;
  speaker: Resolved;
  rule: string;
  cues: string[];
  confidence: number;
  /** Where the attribution phrase is (UTF-16), to keep it out of targets. */
  phrase?: [number, number];
  respondsTo?: boolean;
}

/** Participles of saying that introduce a quote after "with X" ("…, with Jo Bell noting: “…”"). */
const HEAD_PARTICIPLES = 'noting|adding|commenting|explaining|observing';

/** Words that end a speaker line before its quote: "… and Ann Cole said". */
const SPEAKER_LINE_END = new RegExp(`\\b(?:${SAY_VERBS})$`, 'i');

/** A paragraph of reported speech: its subject, then a verb of saying (present or past), or any verb before "that" ("X pressed that …"). */
const REPORTED = /^([^.“”"]{2,120}?)\s+(?:(?:says|said|adds|added|argues|argued|warns|warned|explains|explained|believes)\b|\p{Ll}+(?:ed|s)\s+that\b)/u;

/** A day or a time that opens a sentence before its subject, with or without a comma: "On Thursday the auditor …". */
const LEADING_TIME = /^(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+(?:week|month|year|night)|earlier\s+(?:today|this\s+(?:week|month|year))|this\s+(?:week|month|year))\s*,?\s+/iu;
/** A list's introducing line that ends on a word of example ("such as:", "including:"): its items are a noun's examples. */
const EXAMPLES_INTRO = /\b(?:such\s+as|including|like|namely)\s*$/iu;
/**
 * A finite verb in a list item: an auxiliary or a copula, or a past tense after a word that is no determiner or
 * preposition ("staff failed to …"; not "between elected members").
 */
/** A verb after "said" and a name: the name opens what was said ("said Ofsted had “…”"), it does not say it. */
const REPORTED_CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|should|could|must|can|did|does)\b/;
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|should|could|must|can|may|might|did|does|do|needs?)\b|(?<!\b(?:the|a|an|of|in|on|for|with|by|to|and|or|between|its|their|his|her|our|newly|recently|poorly|well)\s+)\b\p{Ll}{3,}ed\b/u;

export interface ExcludedSpan {
  /** UTF-16 offsets. */
  start: number;
  end: number;
  reason: string;
}

export interface StatementContext {
  text: string;
  title: string;
  /** The page's publisher, when the caller gives it (the speaker of an "Our response to …" page). */
  publisher?: string;
  /** The page's web address, when the caller gives it (names the publisher of a "Responding to …" page). */
  url?: string;
  /** The page's publisher as a speaker, when the caller gives one: who speaks in a blog's or a column's own voice. */
  publisherSpeaker?: () => Resolved | null;
  article: ArticleText;
  /** Every quotation-mark span of the text (quotes.ts), found once for the layout stage and this one. */
  quotes: QuoteSpan[];
  nlp: Analysis;
  resolver: SpeakerResolver;
  /** Is [a, b) content (not page furniture)? */
  content: (a: number, b: number) => boolean;
}

export function findStatementCandidates(ctx: StatementContext): { candidates: Candidate[]; excluded: ExcludedSpan[] } {
  const state = prepare(ctx);
  attributeQuotes(ctx, state);
  addUnquotedResponse(ctx, state);
  addInterviewAnswers(ctx, state);
  addReportedSpeech(ctx, state);
  addReportedLists(ctx, state);
  addFindingsRetold(ctx, state);
  addFragments(ctx, state);
  addRunningSpeaker(ctx, state);
  addAuthorVoice(ctx, state);
  return { candidates: resolveOverlaps(state.candidates), excluded: state.excluded };
}

/** How far back the statement before may be for its speaker to go on into a quote no one is named for. */
const RUNNING_SPEAKER_PARAGRAPHS = 3;

/**
 * A quote of a sentence or more that no rule gives a speaker ("no speaker found") is most often still a
 * statement, of whoever was speaking: a report's words quoted after its publisher's reported findings, a
 * framework's clause quoted after its regulator spoke. It goes to the speaker of the statement before it, a few
 * paragraphs back at most, at low confidence and saying so, for the reviewer to confirm. Not a quoted headline or
 * subheading, nor a few words (a term).
 */
function addRunningSpeaker(ctx: StatementContext, state: State): void {
  const { text, article } = ctx;
  const paragraphOf = (at: number) => article.paragraphs.findIndex((p) => p.start <= at && at <= p.end);
  // How far paragraph `k` is from paragraph `from`, in paragraphs of text: a subheading between them (a short line with
  // no sentence's end, quoted words or not: "‘Deeply worrying’ trends") is no distance.
  const paragraphsBetween = (from: number, k: number) => {
    let n = 0;
    for (let j = from + 1; j <= k; j++) if (!SUBHEADING_LINE.test(article.paragraphs[j]!.text.trim())) n++;
    return n;
  };
  const kept: ExcludedSpan[] = [];
  for (const e of state.excluded) {
    const k = paragraphOf(e.start);
    const unattributed =
      e.reason === 'no speaker found for this quote' &&
      k >= 0 &&
      !isHeading(article.paragraphs[k]!.text) &&
      state.wordCount(e.start, e.end) >= MIN_RUNNING_WORDS &&
      !SAID_BY_NO_ONE.test(text.slice(Math.max(article.paragraphs[k]!.start, e.start - 60), e.start));
    const before = unattributed
      ? state.candidates.filter((c) => c.end <= e.start && paragraphsBetween(paragraphOf(c.start), k) <= RUNNING_SPEAKER_PARAGRAPHS).sort((a, b) => b.end - a.end)[0]
      : undefined;
    if (!before || state.candidates.some((c) => c.start < e.end && e.start < c.end)) {
      kept.push(e);
      continue;
    }
    // "Chair Jo Bell answered the findings, promising to “…”": a person who is the quote's sentence's subject beats the running speaker.
    const subject = sentenceSubject(ctx, state, e.start) ?? leadInSubject(ctx, state, k, e.start);
    if (subject) {
      state.candidates.push({ kind: 'quote', start: e.start, end: e.end, speaker: subject, rule: 'quote:sentence-subject', cues: [text.slice(subject.start, subject.end)], confidence: subject.confidence * 0.6 });
      continue;
    }
    state.candidates.push({ kind: 'quote', start: e.start, end: e.end, speaker: before.speaker, rule: 'quote:running-speaker', cues: [`no speaker named: the speaker of the statement before (${text.slice(before.start, before.end).slice(0, 40)}…)`], confidence: Math.min(0.3, before.confidence) });
  }
  state.excluded = kept;
}

/** The person named as the subject of the sentence around text[at] (up to its first verb), when the quote is inside it. */
function sentenceSubject(ctx: StatementContext, state: State, at: number): Resolved | null {
  const sentence = state.sentenceAt(at);
  return sentence && sentence.start < at ? personBeforeVerb(ctx, sentence.start, at) : null;
}
/** The person named (not by a pronoun) before the first verb of the words from `start` to `end`. */
function personBeforeVerb(ctx: StatementContext, start: number, end: number): Resolved | null {
  const verbAt = firstVerbAt(ctx, start, end);
  const r = verbAt !== undefined ? ctx.resolver.resolve(start, verbAt, start) : null;
  return r?.label === 'Person' && r.resolvedBy !== 'pronoun' ? r : null;
}
/**
 * "At the press conference, Sir Howard did not mince his words." then a paragraph that opens on a quote no one is named
 * for: the person the lead-in paragraph's last sentence is about introduces it, whoever spoke before. Only a lead-in
 * that holds no statement of its own.
 */
function leadInSubject(ctx: StatementContext, state: State, k: number, at: number): Resolved | null {
  const { article } = ctx;
  const paragraph = article.paragraphs[k];
  const leadIn = article.paragraphs[k - 1];
  if (!paragraph || !leadIn || at - paragraph.start > 1 || isHeading(leadIn.text) || state.candidates.some((c) => c.start < leadIn.end && leadIn.start < c.end)) return null;
  const sentence = state.sentenceAt(Math.max(leadIn.start, leadIn.end - 2));
  return sentence ? personBeforeVerb(ctx, sentence.start, sentence.end) : null;
}
/** "has long been called “…”", "is known as “…”": a passive with no agent says that no one in particular says it. */
const SAID_BY_NO_ONE = /\b(?:is|are|was|were|been|being|be)\s+(?:\p{L}+ly\s+|\p{L}+\s+)?(?:called|described|dubbed|labelled|labeled|termed|known|branded|hailed|seen|regarded|referred\s+to)\s+(?:as\s+)?(?:a\s+|an\s+|the\s+)?[“"‘']$/u;
/** A short line with no sentence's end: a subheading, whether or not it quotes words. */
const SUBHEADING_LINE = /^(?:\S+\s+){0,7}\S+$(?<![.!?:;,])/u;
/** A quote no one is named for is a statement only when it says something: five words or more. */
const MIN_RUNNING_WORDS = 5;

/** What the steps share: the quotes split into long ones and fragments, and what has been found so far. */
interface State {
  sentenceAt: (i: number) => { start: number; end: number } | undefined;
  /** The sentences cut where a paragraph ends (stages/layout.ts), once per article. */
  sentences: { start: number; end: number }[];
  candidates: Candidate[];
  excluded: ExcludedSpan[];
  wordCount: (a: number, b: number) => number;
  longQuotes: QuoteSpan[];
  fragments: QuoteSpan[];
  /** Long quotes that repeat another (captions, standfirsts) or are titles: excluded. */
  repeats: Set<QuoteSpan>;
  paragraphQuotes: Map<number, QuoteSpan[]>;
  speakerOfQuote: Map<QuoteSpan, Candidate>;
  previousQuoteParagraph: (k: number) => number;
  verbs: RegExp;
}

/** The quotation-mark spans, long quotes and fragments apart; repeats excluded. */
function prepare(ctx: StatementContext): State {
  const { text, article, nlp, content } = ctx;
  const sentenceAt = (i: number) => nlp.sentences.find((s) => s.start <= i && i < s.end);
  const quotes = ctx.quotes.filter((q) => content(q.open, q.end));
  const candidates: Candidate[] = [];
  const excluded: { start: number; end: number; reason: string }[] = [];
  const wordCount = (a: number, b: number) => words(text.slice(a, b)).length;
  // A short quote is a sentence, not a fragment, when it starts with a capital and ends like a sentence
  // (“Families will pay the price,” she added) or stands at the head of its paragraph (“The system is broken” – Tom Reid).
  // A quote the text ends inside, opening its paragraph or after a speaker's colon, is a statement as far as it goes
  // (stored pages are cut: “La… is the first word of a quote, not a term).
  const textEnd = text.trimEnd().length;
  const cutOff = (q: QuoteSpan) => q.close < 0 && q.end >= textEnd && (q.open === article.paragraphs[q.paragraph]!.start || /:\s*$/.test(text.slice(article.paragraphs[q.paragraph]!.start, q.open)));
  const isLong = (q: QuoteSpan) => {
    const n = wordCount(q.start, q.end);
    if (n >= MIN_QUOTE_WORDS || cutOff(q)) return true;
    if (n < 3 || !/^[A-Z“‘"]/.test(text[q.start]!)) return false;
    return /[.!?,]$/.test(text.slice(q.start, q.end)) || q.open === article.paragraphs[q.paragraph]!.start;
  };
  const longQuotes = quotes.filter(isLong);
  const fragments = quotes.filter((q) => !isLong(q));

  // Repeats: a caption or standfirst quoting words that a longer quote carries elsewhere.
  const repeats = new Set<QuoteSpan>();
  for (const q of longQuotes) {
    if (cutOff(q)) continue;
    const words1 = fold(text.slice(q.start, q.end)).replace(/[^\p{L}\p{N} ]/gu, '');
    for (const other of longQuotes) {
      if (other === q || other.end - other.start <= q.end - q.start) continue;
      if (fold(text.slice(other.start, other.end)).replace(/[^\p{L}\p{N} ]/gu, '').includes(words1)) repeats.add(q);
    }
    // The same words twice (caption then photo caption): keep the last, which is in the body.
    for (const other of longQuotes) {
      if (other !== q && other.start > q.start && text.slice(other.start, other.end) === text.slice(q.start, q.end)) repeats.add(q);
    }
  }
  for (const q of repeats) excluded.push({ start: q.start, end: q.end, reason: 'repeats a quote coded elsewhere (caption or standfirst)' });
  // A title: capitalised words quoted after a possessive or "titled" ("the Commission’s ‘The state of care 2022-23’").
  for (const q of longQuotes) {
    if (repeats.has(q) || !/^\p{Lu}/u.test(text[q.start]!)) continue;
    if (/(?:\p{L}[’']s|\b(?:titled|entitled))\s*$/u.test(text.slice(article.paragraphs[q.paragraph]!.start, q.open))) {
      repeats.add(q);
      excluded.push({ start: q.start, end: q.end, reason: 'a title (after a possessive or "titled")' });
    }
  }

  // Paragraph-level facts for intro and continuation rules.
  const paragraphQuotes = new Map<number, QuoteSpan[]>();
  for (const q of longQuotes) {
    if (repeats.has(q)) continue;
    const list = paragraphQuotes.get(q.paragraph) ?? [];
    list.push(q);
    paragraphQuotes.set(q.paragraph, list);
  }
  const speakerOfQuote = new Map<QuoteSpan, Candidate>();
  // The paragraph before `k`, skipping subheadings and pull quotes (a paragraph whose opening words a quote carries).
  const previousQuoteParagraph = (k: number): number => {
    let j = k - 1;
    while (j > 0 && !paragraphQuotes.get(j)) {
      const p = article.paragraphs[j]!;
      const opening = fold(p.text).split(' ').slice(0, 8).join(' ');
      const pullQuote = opening.split(' ').length >= 6 && longQuotes.some((x) => fold(text.slice(x.start, x.end)).includes(opening));
      if (!isHeading(p.text) && !pullQuote) break;
      j--;
    }
    return j;
  };
  const verbs = new RegExp(`\\b(${SAY_VERBS}|${HEAD_PARTICIPLES}|according to)\\b`, 'gi');

  const sentences = sentencesWithinParagraphs(text, nlp.sentences, article.paragraphs);
  return { sentenceAt, sentences, candidates, excluded, wordCount, longQuotes, fragments, repeats, paragraphQuotes, speakerOfQuote, previousQuoteParagraph, verbs };
}

/** Attribution of each long quote: the first rule that applies (see propose.ts, stage 4). */
function attributeQuotes(ctx: StatementContext, state: State): void {
  const { text, article, resolver, content } = ctx;
  const { sentenceAt, candidates, excluded, longQuotes, repeats, paragraphQuotes, speakerOfQuote, previousQuoteParagraph, verbs } = state;
  for (const q of longQuotes) {
    if (repeats.has(q)) continue;
    const p = article.paragraphs[q.paragraph]!;
    const sentence = sentenceAt(q.open) ?? { start: p.start, end: p.end };
    const sStart = Math.max(p.start, sentence.start);
    const opensParagraph = q.open === p.start;
    let found: Omit<Candidate, 'kind' | 'start' | 'end'> | null = null;

    // A document as the subject ("The statement read: “…”", "“…,” read the apology"): the one who issued it.
    found = documentSpeaker(ctx, state, q);
    // After the quote: “…,” he said / said X / X said.
    if (!found && q.close >= 0) {
      found = speakerAfterQuote(ctx, q);
      // “…” – Tom Reid, chief executive, Foster Families Trust: a signature after a dash, to the paragraph's end.
      const dash = /^\s*[–—-]\s*([^“”"]{3,120})$/u.exec(text.slice(q.close + 1, p.end));
      if (!found && dash) {
        const a = p.end - dash[1]!.length;
        const r = resolver.resolve(a, p.end, q.open);
        if (r) found = { speaker: r, rule: 'quote:dash-after', cues: [dash[0].trim()], confidence: r.confidence * 0.9, phrase: [a, p.end] };
      }
    }
    // Before the quote in its sentence: X said: “…” / X told Y: “…” / according to X, “…”.
    if (!found) {
      const head = text.slice(sStart, q.open);
      let last: RegExpExecArray | null = null;
      verbs.lastIndex = 0;
      for (let m = verbs.exec(head); m; m = verbs.exec(head)) {
        // "X said …, adding, “…”": a participle after a comma goes on from the verb of saying before it, whose subject speaks.
        if (last && /ing$/i.test(m[0]) && /,\s*$/.test(head.slice(0, m.index))) continue;
        last = m;
      }
      if (last && head.slice(last.index).length < 140) {
        const verbAt = sStart + last.index;
        const isAccording = /according/i.test(last[0]);
        let clauseStart = sStart + lastBoundary(head.slice(0, last.index));
        // "…, with Jo Bell noting: “…”": the speaker is the one "with" names, when it names one, not the sentence's subject.
        const withSpeaker = /ing$/i.test(last[0]) ? /\bwith\s+(?=\S)([^,;:]{2,80}?)\s*$/u.exec(text.slice(clauseStart, verbAt)) : null;
        const withAt = withSpeaker ? verbAt - withSpeaker[0].length + withSpeaker[0].indexOf(withSpeaker[1]!) : -1;
        const named = withSpeaker ? resolver.resolve(withAt, verbAt, q.open) : null;
        if (named) clauseStart = withAt;
        // "She continued: “…”" straight after a quote: its speaker goes on.
        const continues = /^continued$/i.test(last[0]);
        const subject = text.slice(clauseStart, verbAt).trim();
        const goesOn = continues && /^(?:[Hh]e|[Ss]he|[Tt]hey)$/.test(subject) ? previousQuoteSpeaker(state, q, 1) : undefined;
        let r = named ?? goesOn ?? (isAccording ? resolver.resolve(verbAt + last[0].length, q.open, q.open) : resolver.resolve(clauseStart, verbAt, q.open));
        // "The spokeswoman continued: “…”" where no body's spokeswoman was named: a speaker named by no more than a
        // description goes on from the quote before.
        if (!r && continues && /^[Tt]he\s+[\p{Ll}\s-]+$/u.test(subject)) r = previousQuoteSpeaker(state, q, 3) ?? null;
        // "Wood called the new framework “flawed”, and added: “…”": the subject of the sentence, up to its first verb.
        const subjectEnd = r || isAccording ? undefined : firstVerbAt(ctx, clauseStart, verbAt);
        if (subjectEnd !== undefined) r = resolver.resolve(clauseStart, subjectEnd, q.open);
        // "said X: “…”" names its speaker after the verb; "said Ofsted had “…”" names the subject of what was said.
        if (!r && !isAccording && !REPORTED_CLAUSE_VERB.test(text.slice(verbAt + last[0].length, q.open))) r = resolver.resolve(verbAt + last[0].length, q.open, q.open);
        if (r) found = { speaker: r, rule: 'quote:said-before', cues: [text.slice(clauseStart, q.open).trim().slice(-80)], confidence: r.confidence, phrase: [clauseStart, verbAt], respondsTo: /\brespond/i.test(head) };
      } else if (/:\s*$/.test(head) && head.trim().length < 80) {
        const r = resolver.resolve(sStart, q.open, q.open);
        if (r) found = { speaker: r, rule: 'quote:colon', cues: [head.trim()], confidence: r.confidence * 0.9, phrase: [sStart, q.open] };
      }
    }
    // A second quote in the paragraph of a quote attributed after it ("“…,” said Ms Blower. “…"): the same speaker.
    if (!found) {
      const before = (paragraphQuotes.get(q.paragraph) ?? []).filter((x) => x.end <= q.open);
      const c = before.length ? speakerOfQuote.get(before[before.length - 1]!) : undefined;
      if (c) found = { speaker: c.speaker, rule: 'quote:same-paragraph', cues: ['follows the same speaker’s quote in its paragraph'], confidence: c.confidence * 0.9 };
    }
    // A quoted line standing alone as a crosshead ("“Nobody came to help”"): the section below it is the speaker's,
    // and its first sentence opens with the speaker's name ("Jo Bell described …"), not the paragraph above.
    if (!found && opensParagraph && isCrosshead(text, p, q)) {
      const next = article.paragraphs[q.paragraph + 1];
      const name = next && content(next.start, next.end) ? /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})\s+\p{Ll}/u.exec(next.text) : null;
      const r = name ? resolver.resolve(next!.start, next!.start + name[1]!.length, next!.start) : null;
      if (r) found = { speaker: r, rule: 'quote:crosshead', cues: [next!.text.slice(0, 80)], confidence: r.confidence * 0.8, phrase: [next!.start, next!.start + name![1]!.length] };
    }
    // Continued from the paragraph before (British style: the previous paragraph left the quote open),
    // over a pull quote or a subheading between them.
    if (!found && opensParagraph && q.paragraph > 0) {
      const previous = paragraphQuotes.get(previousQuoteParagraph(q.paragraph));
      const lastQuote = previous?.[previous.length - 1];
      const prevCandidate = lastQuote && speakerOfQuote.get(lastQuote);
      if (lastQuote && prevCandidate && lastQuote.close < 0) {
        found = { speaker: prevCandidate.speaker, rule: 'quote:continued', cues: ['previous paragraph’s quote is still open'], confidence: prevCandidate.confidence };
      }
    }
    // Introduced by a paragraph of its own: "Jo Cleary, chair of the College of Social Work:".
    if (!found && opensParagraph) {
      for (let k = q.paragraph - 1; k >= 0 && k >= q.paragraph - 6; k--) {
        const prev = article.paragraphs[k]!;
        if (!content(prev.start, prev.end)) break;
        // A line that names the speaker with no verb of saying, in a round-up of reactions ("Jo Bell, whose son was
        // hurt in the fire", then her quote paragraphs).
        const named = k === q.paragraph - 1 ? nameOfSpeakerLine(prev.text) : null;
        if (named) {
          const r = resolver.resolve(prev.start, prev.start + named.length, prev.start);
          if (r) {
            found = { speaker: r, rule: 'quote:speaker-line', cues: [prev.text.slice(0, 80)], confidence: r.confidence * 0.9, phrase: [prev.start, prev.start + named.length] };
            break;
          }
        }
        // A subheading between the speaker line and the quotes ("X said:" / "Falling short again" or "On funding:" / "“…").
        if ((isHeading(prev.text) || isTopicSubheading(prev.text)) && k < q.paragraph - 0) {
          if (k === q.paragraph - 1 || !paragraphQuotes.get(k)) continue;
        }
        const prevQuotes = paragraphQuotes.get(k);
        if (prevQuotes?.length && prevQuotes[0]!.open === prev.start) {
          // Another quote paragraph: keep walking back to its introducer, which then speaks for this one too.
          const c = speakerOfQuote.get(prevQuotes[0]!);
          if (c && (c.rule === 'quote:intro-paragraph' || c.rule === 'quote:continued' || c.rule === 'quote:speaker-line')) {
            found = { speaker: c.speaker, rule: 'quote:intro-paragraph', cues: c.cues, confidence: c.confidence * 0.95 };
          }
          break;
        }
        // A speaker line, not a quote: quotation marks in it only around a title or a few words ('Commenting on the “State of Care” report, X said:').
        const speakerLine = prev.text.replace(/[“"][^“”"]{1,80}[”"]/g, (q) => (q.split(/\s+/).length <= 10 ? 'T' : q));
        if (/:\s*$/.test(prev.text) && prev.text.length < 300 && !/[“"]/.test(speakerLine)) {
          const r = resolver.resolve(prev.start, prev.end - 1, prev.start);
          if (r) found = { speaker: r, rule: 'quote:intro-paragraph', cues: [prev.text], confidence: r.confidence };
        }
        break;
      }
    }
    // A quote over several paragraphs, each opened and all but the last left open, the speaker named only after the
    // last closing mark ("…,” he said.): that speaker's, every paragraph of it.
    if (!found && opensParagraph && q.close < 0) {
      const closing = closingQuoteOfRun(ctx, state, q);
      const tag = closing && speakerAfterQuote(ctx, closing);
      if (tag) found = { speaker: tag.speaker, rule: 'quote:run-said-after', cues: tag.cues, confidence: tag.confidence * 0.9 };
    }
    // A quote paragraph straight after another quote with no attribution: the same speaker, less sure.
    if (!found && opensParagraph && q.paragraph > 0) {
      const previous = paragraphQuotes.get(previousQuoteParagraph(q.paragraph));
      const c = previous && speakerOfQuote.get(previous[previous.length - 1]!);
      if (c) found = { speaker: c.speaker, rule: 'quote:inherited', cues: ['follows the same speaker’s quote'], confidence: c.confidence * 0.7 };
    }
    // A quote paragraph after a paragraph of reported speech ("Steve says the public have noticed …"): that speaker.
    if (!found && opensParagraph && q.paragraph > 0) {
      const prev = article.paragraphs[q.paragraph - 1]!;
      const m = REPORTED.exec(prev.text);
      if (m && content(prev.start, prev.end) && !paragraphQuotes.get(q.paragraph - 1)) {
        const r = resolver.resolve(prev.start, prev.start + m[1]!.length, prev.start);
        if (r) found = { speaker: r, rule: 'quote:after-reported-speech', cues: [prev.text.slice(0, 80)], confidence: r.confidence * 0.8 };
      }
    }
    // Inside the author's sentence, handed to a speaker by a verb further back ("Hodge criticised the
    // government’s failure to provide … “despite their rights under the Act”").
    if (!found && !opensParagraph) {
      const handed = handedQuote(ctx, state, q, 30);
      if (handed) found = { ...handed, rule: 'quote:in-sentence', confidence: handed.confidence * 0.8 };
    }
    if (!found) {
      excluded.push({ start: q.start, end: q.end, reason: 'no speaker found for this quote' });
      continue;
    }
    const candidate: Candidate = { kind: 'quote', start: q.start, end: q.end, ...found };
    speakerOfQuote.set(q, candidate);
    candidates.push(candidate);
    if (found.phrase) resolver.remember(found.phrase[0], found.speaker);
  }
}

/**
 * A speaker line with no verb of saying: a full name (two capitalised words or more) and a description after a
 * comma or in brackets, on a line of its own with no closing punctuation and no quotation marks ("Jo Bell, whose son
 * was hurt in the fire"; "Tom Ashby (tenant, ninth floor)"). The name, or null.
 */
function nameOfSpeakerLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 250 || /[.!?:;]$/.test(t) || /[“”"‘]/.test(t) || SAY_VERB_WORD.test(t)) return null;
  return /^(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|van|von|al|bin)\s+)?\p{Lu}[\p{L}’'.-]*){1,4})\s*(?:,|\()/u.exec(t)?.[1] ?? null;
}

/** A verb of saying anywhere in a line: then it is no bare speaker line. */
const SAY_VERB_WORD = new RegExp(`\\b(?:${SAY_VERBS})\\b`, 'i');

/** A quote that is its paragraph, a short line with no sentence's punctuation at its end: a crosshead. */
function isCrosshead(text: string, p: { start: number; end: number }, q: QuoteSpan): boolean {
  if (q.close < 0 || q.open !== p.start || text.slice(q.close + 1, p.end).trim()) return false;
  const inner = text.slice(q.start, q.end);
  return !/[.!?,;:…]$/.test(inner) && inner.split(/\s+/).length <= 12;
}

/** A document that speaks: "the statement", "their formal response", "the apology". Group 1 is its noun. */
const DOCUMENT = '(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(response|statement|apology|letter|reply|submission|message)';
const DOCUMENT_BEFORE = new RegExp(`(?:^|[.;:!?]\\s+)${DOCUMENT}\\s+(?:says|said|reads|read|states|stated|continues|continued|adds|added)\\s*:?\\s*$`, 'u');
const DOCUMENT_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:says|said|reads|read|states|stated|continues|continued|adds|added)\\s+${DOCUMENT}\\b`, 'u');
/** The sentence that names the document's issuer: the document's noun, and a verb the issuer is the subject of. */
const ISSUING = new RegExp(`\\b(?:${SAY_VERBS}|issued|released|published|sent|made|gave|put out|posted)\\b`, 'g');

/**
 * "The response says: “…”", "“…,” read the apology": a document as the subject of the verb. The speaker is the one
 * who issued it, named in a sentence before that mentions a document (up to four sentences back, "X issued an
 * apology", "In a formal reply, …, X says …"): the subject of that sentence's verb of saying or issuing.
 */
function documentSpeaker(ctx: StatementContext, state: State, q: QuoteSpan): Omit<Candidate, 'kind' | 'start' | 'end'> | null {
  const { text, article, resolver } = ctx;
  const p = article.paragraphs[q.paragraph]!;
  const sentence = state.sentenceAt(q.open);
  const head = text.slice(Math.max(p.start, sentence?.start ?? p.start), q.open);
  const doc = DOCUMENT_BEFORE.exec(head) ?? (q.close >= 0 ? DOCUMENT_AFTER.exec(text.slice(q.close + 1, p.end)) : null);
  if (!doc) return null;
  const before = state.sentences.filter((s) => s.end <= q.open && s.end <= (sentence?.start ?? q.open)).slice(-4).reverse();
  for (const s of before) {
    const words = text.slice(s.start, s.end);
    if (!/\b(?:response|responded|statement|apology|apologised|apologized|letter|reply|replied|submission|message)\b/i.test(words)) continue;
    for (const verb of words.matchAll(ISSUING)) {
      const subjectStart = s.start + Math.max(words.lastIndexOf(',', verb.index) + 1, 0);
      // "the nuns who ran the home issued …": the subject ends where its relative clause begins.
      const relative = /\s(?:who|which|that)\s/.exec(text.slice(subjectStart, s.start + verb.index));
      const verbAt = relative ? subjectStart + relative.index : s.start + verb.index;
      if (verbAt - subjectStart < 2) continue;
      const r = resolver.resolve(subjectStart, verbAt, q.open);
      if (r) return { speaker: r, rule: 'quote:document-said', cues: [doc[0].trim(), words.slice(0, 80)], confidence: r.confidence * 0.8, phrase: [subjectStart, verbAt] };
    }
    return null;
  }
  return null;
}

/** The speaker of the last quote proposed before `q`, within `reach` paragraphs before it. */
function previousQuoteSpeaker(state: State, q: QuoteSpan, reach: number): Resolved | undefined {
  let last: [QuoteSpan, Candidate] | undefined;
  for (const [quote, c] of state.speakerOfQuote) if (quote.open < q.open && quote.paragraph >= q.paragraph - reach && (!last || quote.open > last[0].open)) last = [quote, c];
  return last?.[1].speaker;
}

/** The verb of an inverted tag and the speaker after it: "said X" in "…, said X, its director." */
const INVERTED_TAG = new RegExp(`^\\s*(?:${SAY_VERBS})\\s+((?:${ABBREVIATED_TITLES})?[^.“”",;]{1,120})`, 'iu');

/** A role described, not a name: "the trust’s chair", "the council leader", "its director". */
const ROLE_DESCRIBED = /^(?:the|its|his|her|their)\s/iu;
/** The name in apposition after a described role, up to the end of its clause: ", Dr Amina Kaur." */
const NAME_IN_APPOSITION = new RegExp(String.raw`^,\s+(?:${HONORIFIC}\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}(?=\s*(?:[.,;]|$))`, 'u');

/** The speaker named after a quote's closing mark: “…,” he said / said X / X said. */
/** The verbs of a tag after a quote: of saying, and of asking ("“Are you not in danger …?” he asked"), which after a quote can only credit it. */
const TAG_VERBS = `${SAY_VERBS}|asked|asks|queried|demanded|wondered`;

function speakerAfterQuote(ctx: StatementContext, q: QuoteSpan): Omit<Candidate, 'kind' | 'start' | 'end'> | null {
  const { text, article, resolver } = ctx;
  const p = article.paragraphs[q.paragraph]!;
  const tail = text.slice(q.close + 1, Math.min(p.end, q.close + 160));
  // "X said: “We accept it in full.” She added that …": a quote closed by a full stop, then a capital, ends its sentence;
  // what follows is a new one, no tag of this quote.
  if (/\.\s*$/.test(text.slice(Math.max(q.open, q.close - 3), q.close)) && /^\s+\p{Lu}/u.test(tail)) return null;
  // "Unison said that the report “ignores the elephant in the room”. Its officer, X, said:": a full stop after the
  // closing mark ends the sentence too.
  if (/^\.\s+\p{Lu}/u.test(tail)) return null;
  const m = new RegExp(`^\\s*[,.]?\\s*(?:((?:${ABBREVIATED_TITLES})?[^.“”"]{1,100}?)\\s+(?:${TAG_VERBS})\\b|(?:${TAG_VERBS}|according to)\\s+((?:${ABBREVIATED_TITLES})?[^.“”",;]{1,120}))`, 'iu').exec(tail);
  if (!m) return null;
  // "“…” in the UK, said X": a comma before the verb inverts the tag, and the words before it finish the quoted
  // sentence, so the speaker is the name after the verb.
  const verbAt = m[1] ? tail.indexOf(m[1]) + m[1].length : -1;
  const inverted = m[1] && /,\s*$/.test(m[1]) ? INVERTED_TAG.exec(tail.slice(verbAt)) : null;
  // "“…”, Jane Wells, its director, said on Monday": when no one is named after the verb, the words before it name the speaker.
  const invertedAt = inverted ? q.close + 1 + verbAt + inverted[0].length - inverted[1]!.length : -1;
  const invertedSpeaker = inverted ? resolver.resolve(invertedAt, invertedAt + inverted[1]!.length, q.open) : null;
  // "said the trust’s chair, Dr Amina Kaur.": a role described after the verb, then the name it belongs to.
  const named = !invertedSpeaker && m[2] && ROLE_DESCRIBED.test(m[2]) ? NAME_IN_APPOSITION.exec(tail.slice(m.index + m[0].length)) : null;
  const phrase = invertedSpeaker ? inverted![1]! : named ? m[2]! + named[0] : m[1] ?? m[2]!;
  const a = invertedSpeaker ? invertedAt : q.close + 1 + (m[1] ? tail.indexOf(m[1]) : tail.indexOf(m[2]!));
  const r = invertedSpeaker ?? resolver.resolve(a, a + phrase.length, q.open);
  return r ? { speaker: r, rule: 'quote:said-after', cues: [m[0].trim()], confidence: r.confidence, phrase: [a, a + phrase.length] } : null;
}

/** The quote that closes a run of paragraphs each opened by a quote left open (`q`'s the first), if the run closes. */
function closingQuoteOfRun(ctx: StatementContext, state: State, q: QuoteSpan): QuoteSpan | null {
  for (let k = q.paragraph + 1; k < ctx.article.paragraphs.length; k++) {
    const next = state.paragraphQuotes.get(k)?.[0];
    if (!next || next.open !== ctx.article.paragraphs[k]!.start) return null;
    if (next.close >= 0) return next;
  }
  return null;
}

function addUnquotedResponse(ctx: StatementContext, state: State): void {
  const { text, title, article, resolver, content } = ctx;
  const { candidates } = state;
  // Unquoted statement under a "Y responds to …" headline (stages/unquoted-response.ts).
  const response = findUnquotedResponse(title, text, article.paragraphs, content, { publisher: ctx.publisher, url: ctx.url });
  if (response) {
    const r =
      (response.nameAt !== undefined ? resolver.resolve(response.nameAt, response.nameAt + response.speakerName.length) : null) ??
      (() => {
        const proposal = resolver.proposeBody(response.speakerName, response.nameAt ?? 0, 'other', 'new-organisation:responds-headline');
        return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'new', mention: response.speakerName, confidence: 0.6, start: response.nameAt ?? 0, end: (response.nameAt ?? 0) + response.speakerName.length };
      })();
    for (const p of response.paragraphs) {
      if (candidates.some((c) => c.start < p.end && c.end > p.start)) continue;
      candidates.push({ kind: 'quote', start: p.start, end: p.end, speaker: r, rule: 'quote:unquoted-response', cues: [`headline: ${title}`], confidence: r.confidence * 0.8, respondsTo: true });
    }
  }
  // Unquoted paragraphs under a speaker line ("Commenting on the report, Dr Ann Cole said:").
  const taken = (a: number, b: number) => candidates.some((c) => c.start < b && c.end > a);
  for (const block of findStatementBlocks(text, article.paragraphs, content, { topic: isTopicSubheading, section: isHeading }, taken)) {
    const { line } = block;
    const r = block.speaker ? resolver.resolve(block.speaker.start, block.speaker.end, line.start) : resolver.resolve(line.start, line.start + line.text.trimEnd().length - 1, line.start);
    if (!r) continue;
    for (const p of block.paragraphs) {
      candidates.push({ kind: 'quote', start: p.start, end: p.end, speaker: r, rule: 'quote:unquoted-block', cues: [line.text.trim().slice(-80)], confidence: r.confidence * 0.8, respondsTo: /\brespond/i.test(line.text) });
    }
  }
}

/**
 * An interview set as questions and answers (stages/author-voice.ts): each answer paragraph is a quote of the person
 * the introduction speaks of, the one it reports most, else the first person it names.
 */
function addInterviewAnswers(ctx: StatementContext, state: State): void {
  const { text, article, resolver, content } = ctx;
  const interview = findInterviewAnswers(article.paragraphs, content);
  if (!interview) return;
  const counts = new Map<string, { r: Resolved; n: number }>();
  for (const c of state.candidates) {
    if (c.start >= interview.introEnd || c.speaker.label !== 'Person') continue;
    const seen = counts.get(c.speaker.id) ?? { r: c.speaker, n: 0 };
    seen.n++;
    counts.set(c.speaker.id, seen);
  }
  let speaker = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.r ?? null;
  for (const m of text.slice(0, interview.introEnd).matchAll(PERSON_NAME)) {
    if (speaker) break;
    const r = resolver.resolve(m.index, m.index + m[0].length, m.index);
    if (r?.label === 'Person') speaker = r;
  }
  if (!speaker) return;
  for (const a of interview.answers) {
    if (state.candidates.some((c) => c.start < a.end && c.end > a.start)) continue;
    state.candidates.push({ kind: 'quote', start: a.start, end: a.end, speaker, rule: 'quote:interview-answer', cues: [`interview of ${speaker.name}`], confidence: speaker.confidence * 0.8 });
  }
}
/** Two or three capitalised words: a name to try as the interviewee's. */
const PERSON_NAME = /\b\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}\b/gu;

/**
 * The author's own statements on a page told in the first person (stages/author-voice.ts): paraphrases of the author
 * its byline, closing line or signature names, else of the page's publisher when the caller gives it. With neither,
 * none: a statement needs a speaker.
 */
function addAuthorVoice(ctx: StatementContext, state: State): void {
  const { text, title, article, resolver, content } = ctx;
  const taken = (a: number, b: number) => state.candidates.some((c) => c.start < b && c.end > a);
  const voices = findAuthorVoice({ text, title, publisher: ctx.publisher, url: ctx.url, paragraphs: article.paragraphs, sentences: state.sentences, taken, content, isHeading: (line) => isHeading(line) || isTopicSubheading(line) });
  for (const voice of voices) {
    const speaker = voice.name !== undefined && voice.nameAt !== undefined ? authorOf(resolver, voice.name, voice.nameAt) : ctx.publisherSpeaker?.() ?? null;
    if (!speaker) continue;
    for (const span of voice.spans) {
      state.candidates.push({ kind: 'paraphrase', start: span.start, end: span.end, speaker, rule: 'paraphrase:author-voice', cues: [voice.name ? `written by ${voice.name}` : 'the page’s own voice'], confidence: speaker.confidence * 0.6 });
    }
  }
}

/** The author named in a byline or a signature: a person of the graph's, else a new one. */
function authorOf(resolver: SpeakerResolver, name: string, at: number): Resolved {
  const known = resolver.resolve(at, at + name.length, at);
  if (known) return known;
  const proposal = resolver.proposePerson(name, at, undefined, 'new-person:author');
  return { id: proposal.id, name: proposal.name, label: 'Person', existing: false, resolvedBy: 'new', mention: name, confidence: 0.6, start: at, end: at + name.length };
}

function addReportedSpeech(ctx: StatementContext, state: State): void {
  const { text, article, resolver, content } = ctx;
  const { candidates, wordCount } = state;
  const { sentences } = state;
  for (const [i, s] of sentences.entries()) {
    if (!content(s.start, s.end)) continue;
    let sentence = text.slice(s.start, s.end);
    const longQuote = candidates.find((c) => c.start < s.end && c.end > s.start && c.kind === 'quote' && c.end - c.start > (s.end - s.start) * 0.5);
    if (longQuote) {
      // "X said poor leadership was to blame: “…”": what comes before the colon is reported speech of its own.
      const head = /^(.*\S)\s*:\s*[“"‘]?\s*$/su.exec(text.slice(s.start, Math.max(s.start, longQuote.start)));
      if (!head) continue;
      sentence = head[1]!;
    }
    const found = matchReportedSpeech(sentence);
    // Before a colon only a clause after its verb is reported ("X said poor leadership …:"); "Addressing MPs, X said:" introduces the quote.
    if (!found || (longQuote && !found.subjectBeforeVerb)) continue;
    // "The tribunal has ruled that …" in the lede announces the ruling the article is about: the report, no statement.
    if (found.rule.startsWith('paraphrase:ruled') && isLede(ctx, s.start)) continue;
    const subjectStart = s.start + (found.subjectBeforeVerb ? Math.max(found.subject[0], lastBoundary(sentence.slice(0, found.subject[1]))) : found.subject[0]);
    // "X was upbeat about the review, noting that …": the participle's speaker is the sentence's subject, up to its first verb.
    const subjectEnd = found.subjectIsSentenceSubject ? firstVerbAt(ctx, subjectStart, s.start + found.subject[1]) ?? s.start + found.subject[1] : s.start + found.subject[1];
    // Figures or research that name no owner ("new research suggests") are the article's report's: its publisher speaks.
    // A finding put as a noun ("The headline conclusions were that …") is the report's own: its phrase names no one
    // (resolving it would propose "headline conclusions" as an actor).
    // "A damning review of the Northland Agency has found that", "An inquiry into X found that" (the subject cut to X,
    // or the whole phrase): the document speaks, not the body it is of; only its words before "of" or "into" may name
    // its author ("An Ofsted report into X").
    // The subject must be the document or what it is of, straight after it ("A review of the case by the Care Board
    // found": "by" names the author, who speaks; "The report of X came out, with volunteers warning that": no).
    const documentAt = !found.subjectBeforeVerb
      ? undefined
      : DOCUMENT_OF.test(text.slice(subjectStart, subjectEnd))
        ? subjectStart
        : DOCUMENT_OF_BEFORE_SUBJECT.test(text.slice(s.start, subjectStart))
          ? s.start
          : undefined;
    const documentOf = documentAt !== undefined && !/\bby\s/.test(text.slice(documentAt, subjectEnd)) ? DOCUMENT_OF.exec(text.slice(documentAt, subjectEnd)) : null;
    const [authorStart, authorEnd] = documentOf ? [documentAt!, documentAt! + documentOf[1]!.length] : [subjectStart, subjectEnd];
    const r = found.rule === 'paraphrase:finding-that' ? resolver.reportPublisher(s.start) :
      (found.refersBack ? speakerReferredBack(ctx, candidates, s.start, found.refersBack) : null) ??
      resolver.resolve(authorStart, authorEnd, s.start) ??
      (found.findings || documentOf ? resolver.reportPublisher(s.start) : null) ??
      (found.subjectBeforeVerb && !found.subjectIsSentenceSubject && found.rule !== 'paraphrase:view' && !headlineLike(ctx, s.start) ? unresolvedSubject(ctx, subjectStart, subjectEnd) : null);
    // "A damning review has found that <clause> - and the Government says <clause>": a clause with a speaker of its own
    // is reported even when the first speaker is no one the text names.
    if (!r && !found.more?.some((more) => more.subject)) continue;
    // A speaker taken as written is a guess: a later "they" or "it" is not resolved to it.
    if (r && found.subjectBeforeVerb && r.resolvedBy !== AS_WRITTEN) resolver.remember(subjectStart, r);
    // "That's according to X.": the clause is the sentence before, when it is a sentence no statement holds yet.
    const before = found.clauseIsSentenceBefore ? sentences[i - 1] : undefined;
    if (found.clauseIsSentenceBefore && (!before || !content(before.start, before.end) || !/[.!?]["”’']?$/.test(text.slice(before.start, before.end)) || candidates.some((c) => c.start < before.end && c.end > before.start))) continue;
    let a = before?.start ?? s.start + found.clause[0];
    let b = before?.end ?? s.start + found.clause[1];
    // The clause stops where a long quote begins (that quote is its own statement).
    const overlapping = candidates.filter((c) => c.kind === 'quote' && c.start < b && c.end > a);
    if (overlapping.length) b = Math.min(b, ...overlapping.map((c) => c.start - 1));
    const colon = text.slice(a, b).search(/:\s*[“"‘]/);
    if (colon >= 0) b = a + colon;
    while (b > a && /[\s.,;:“"‘]/.test(text[b - 1]!) && !(/[”"’]/.test(text[b - 1]!))) b--;
    while (a < b && /[\s,;:]/.test(text[a]!)) a++;
    // "said at the time that …", "told MPs after the debate that …": when or where it was said is no part of what was.
    const occasion = OCCASION_BEFORE_THAT.exec(text.slice(a, b));
    if (occasion) a += occasion[0].length;
    // "finds that the UK has made good progress, but warns that decisions …": two clauses, each reported.
    const parts: [number, number, string, [number, number]?][] = [];
    let from = a;
    let rule = found.rule;
    // A second "that" of the same verb ("said the report was harsh and that the new team deserved time") stays in the one
    // clause, as the seeds code it; a second verb of saying starts a clause of its own.
    for (const m of text.slice(a, b).matchAll(SECOND_VERB)) {
      parts.push([from, a + m.index, rule]);
      from = a + m.index + m[0].length;
      rule = `paraphrase:${(m[1] ?? m[2])!.toLowerCase()}${m[3] ? '-that' : ''}`;
    }
    parts.push([from, b, rule]);
    // "Whilst acknowledging that <clause>, X say …": the fronted clause is the same speaker's.
    if (found.fronted) parts.unshift([s.start + found.fronted[0], s.start + found.fronted[1], 'paraphrase:fronted-participle']);
    // "…, the board said, adding that <clause>"; "… after it admitted <clause>" (a speaker of its own).
    for (const more of found.more ?? []) parts.push([s.start + more.clause[0], s.start + more.clause[1], more.rule, more.subject]);
    // The headline, set again as the text's first line ("Children wait too long to be adopted, says Ofsted"), announces
    // what the lede reports: no statement of its own, as a headline given apart from the text is none. One that says
    // what the lede does not ("X calls for urgent change at Y") is the only place the text says it.
    if (repeatsTitle(ctx, s.start) && ledeSays(ctx, text.slice(a, b))) {
      state.excluded.push({ start: a, end: b, reason: 'the headline, repeated as the text’s first line' });
      continue;
    }
    // A headline or standfirst ("X says many centres “not fit to live in”") that repeats a quote of the body is not a statement.
    if (repeatsBodyQuote(ctx, state, a, b)) {
      state.excluded.push({ start: a, end: b, reason: 'repeats a quote coded elsewhere (headline or standfirst)' });
      continue;
    }
    for (const [pa, pb, rule, subject] of parts) {
      const speaker = subject
        ? resolver.resolve(s.start + subject[0], s.start + subject[1], s.start + subject[0]) ?? (headlineLike(ctx, s.start) ? null : unresolvedSubject(ctx, s.start + subject[0], s.start + subject[1]))
        : r;
      if (wordCount(pa, pb) < 4 || !speaker) continue;
      candidates.push({ kind: 'paraphrase', start: pa, end: pb, speaker, rule, cues: [text.slice(s.start, pa).trim().slice(-80)], confidence: speaker.confidence * 0.85, respondsTo: /\brespond/i.test(sentence) });
    }
  }
}

/** An occasion between a verb of saying and its "that": "at the time that", "after the debate that", "on the day of publication that". */
const OCCASION_BEFORE_THAT = /^(?:at|after|on|in|before|during|when|last|this|yesterday|today|earlier|later)\b[^,;“”"]{0,40}?\bthat\s+/i;

/**
 * Whose document a subject that refers back names (ReportedSpeech.refersBack): for "Its research" or "Their survey",
 * the body or group whose statement comes last before `at` in the same paragraph or the one before (a person is "his"
 * or "her"; further back, "its" is more often the article's report's, whose publisher the caller falls back to); for
 * "The figures", the speaker of the figures last reported, however far back (an article names its figures' source once).
 */
function speakerReferredBack(ctx: StatementContext, candidates: Candidate[], at: number, refersBack: 'possessive' | 'figures'): Resolved | null {
  const paragraphs = ctx.article.paragraphs;
  const here = paragraphs.findIndex((p) => p.start <= at && at < p.end);
  const from = refersBack === 'figures' ? 0 : paragraphs[Math.max(0, here - 1)]?.start ?? 0;
  const owns = (c: Candidate) => (refersBack === 'figures' ? c.rule.startsWith('paraphrase:figures-') : c.speaker.label !== 'Person');
  const before = candidates.filter((c) => c.start >= from && c.end <= at && owns(c));
  return before.length ? before.reduce((a, b) => (b.start > a.start ? b : a)).speaker : null;
}

/** How a speaker no rule resolves is marked when it is taken as the text writes it (unresolvedSubject). */
const AS_WRITTEN = 'as-written';

/** Is `at` in the lede, the first paragraph of the text that ends as a sentence does (a headline does not)? */
function isLede(ctx: StatementContext, at: number): boolean {
  const lede = ctx.article.paragraphs.find((p) => ctx.content(p.start, p.end) && /[.!?…]["”’']?\s*$/u.test(p.text));
  return !!lede && lede === ctx.article.paragraphAt(at);
}

/** Is `at` in the text's first paragraph, where that repeats the headline given with it? */
function repeatsTitle(ctx: StatementContext, at: number): boolean {
  const first = ctx.article.paragraphs.find((p) => p.text.trim());
  const same = (x: string) => fold(x).replace(/\s+/g, ' ').trim();
  return !!first && first === ctx.article.paragraphAt(at) && !!ctx.title.trim() && same(first.text) === same(ctx.title);
}

/** Does the lede say what these words say: most of their words, by stem, are the lede's? */
function ledeSays(ctx: StatementContext, words: string): boolean {
  const lede = ctx.article.paragraphs.find((p) => ctx.content(p.start, p.end) && /[.!?…]["”’']?\s*$/u.test(p.text));
  const stems = (x: string) => (fold(x).match(/\p{L}{3,}/gu) ?? []).map((w) => w.slice(0, 5));
  const said = new Set(stems(lede?.text ?? ''));
  const mine = stems(words);
  return mine.length > 0 && mine.filter((w) => said.has(w)).length >= mine.length * 0.6;
}

/**
 * Is the paragraph at `at` a headline or a subheading (no sentence's end)? "Review finds berths too small" announces
 * the article; its subject is not a speaker to guess at.
 */
function headlineLike(ctx: StatementContext, at: number): boolean {
  const paragraph = ctx.article.paragraphAt(at);
  return !paragraph || !/[.!?…]["”’']?\s*$/u.test(paragraph.text);
}

/** Words that open a sentence before its subject and are no part of it ("And", "Now"). */
const SUBJECT_OPENER = /^(?:And|But|Now|Yet|So|Meanwhile|However|Instead)\s*,?\s+/u;
/** A determiner or a capital: how a subject phrase that names someone begins. */
const SUBJECT_START = /^(?:(?:The|the|A|a|An|an|Its|its|Her|her|His|his|Their|their|Some|some|Many|many)\s|\p{Lu})/u;
/**
 * A document as a subject, and what it assesses: "A damning review | of X", "An Ofsted report | into X". Group 1 is the
 * document. A report "of" a body is that body's ("the annual report of the Visiting Panels"), so only a review, an
 * inspection or the like is "of" what it assesses.
 */
const DOCUMENT_OF = /^((?:an?|the|this|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:(?:report|study|survey)(?=\s+(?:into|on|about)\s)|review|inquiry|investigation|audit|evaluation|assessment|inspection))\s+(?:into|on|of|about)\s/iu;
/** All that stands before a subject that is what a document is of: "An independent inquiry into |X found". */
const DOCUMENT_OF_BEFORE_SUBJECT = new RegExp(`${DOCUMENT_OF.source}(?:the\\s+)?$`, 'iu');
/** Nouns for a document that speaks for its authors: a report, review or inquiry "found" or "said" what its publisher did. */
const REPORT_HEAD = /^(?:report|review|inquiry|investigation|findings|study|research|audit|assessment|analysis|evaluation|survey|letter)$/iu;
/** A body named by what it is, not by its name: "the Scottish government", "the coalition". */
const GOVERNMENT_HEAD = /^(?:government|administration|coalition|executive|opposition)$/iu;
/** An office that speaks as a body, written in lower case when the text gives it no name ("the ombudsman", "the regulator"). */
const OFFICE_HEAD = /^(?:ombudsman|regulator|watchdog|inspectorate|coroner|auditor)$/iu;
/** A plural common noun, the head of a collective ("service managers", "safety campaigners"). */
const PLURAL_HEAD = /^\p{Ll}[\p{Ll}-]{2,}[^s]s$/u;
/** Where a subject's head ends: before a preposition that starts its modifier ("a final report into the derailment"). */
const POSTMODIFIER = /\s+(?:into|on|of|by|from|for|about|in|at|across|within)\s/u;

/**
 * The speaker of reported speech whose subject no rule resolves to an actor. The subject of a verb of saying is
 * still somebody, and the annotations say whom (corpus README): a report, review or inquiry that speaks is its
 * publisher's (the owner its phrase names, "Impress's own review", "the Unicef report", else the article's report's
 * publisher); a collective ("service managers") and a government named by description ("the Scottish government",
 * "the coalition") are coded as written. Anything else (a bare surname, a role, a clause) stays unresolved: no
 * statement, rather than a guess the reviewer must undo.
 */
function unresolvedSubject(ctx: StatementContext, subjectStart: number, subjectEnd: number): Resolved | null {
  const { text, resolver, nlp } = ctx;
  const raw = text.slice(subjectStart, subjectEnd);
  const opener = SUBJECT_OPENER.exec(raw)?.[0].length ?? 0;
  const phrase = raw.slice(opener).trimEnd();
  const at = subjectStart + opener;
  const words = phrase.split(/\s+/);
  if (!SUBJECT_START.test(phrase) || words.length > 7 || /[“”"‘’'\d:;(]/u.test(phrase.replace(/(?<=\p{L})[’']s\b/gu, ''))) return null;
  // A noun phrase, not a clause: no verb inside it. A participle modifying the noun ("nursing managers") is none, nor is
  // a capitalised word, which the tagger reads as a verb at a sentence's start ("Ward managers").
  const verb = (t: { value: string; pos: string }) => t.pos === 'AUX' || (t.pos === 'VERB' && /^\p{Ll}/u.test(t.value) && !/ing$/u.test(t.value));
  if (nlp.tokens.some((t) => t.start >= at && t.end <= at + phrase.length && verb(t))) return null;
  const post = POSTMODIFIER.exec(phrase);
  const head = (post ? phrase.slice(0, post.index) : phrase).split(/\s+/);
  const noun = head[head.length - 1]!;
  if (REPORT_HEAD.test(noun)) {
    // "Casey's review", "Impress's own internal review", "The Unicef report": the owner named before the noun.
    const possessive = /^(.+?)[’']s\s/u.exec(phrase);
    const ownerEnd = possessive ? possessive[1]!.length : phrase.length - noun.length - (post ? phrase.length - post.index : 0);
    const owner = ownerEnd > 0 && !/^(?:the|a|an|its|her|his|their|new|latest|final)(?:\s+(?:new|latest|final))*\s*$/iu.test(phrase.slice(0, ownerEnd).trim()) ? resolver.resolve(at, at + ownerEnd, at) : null;
    return owner ?? resolver.reportPublisher(at);
  }
  // An office the text names only in lower case ("the local government ombudsman … the ombudsman said"): the body, by
  // the fullest words the text gives it before, as written.
  if (head.length === 2 && /^the$/i.test(head[0]!) && OFFICE_HEAD.test(noun)) {
    const fuller = [...text.slice(0, subjectStart).matchAll(new RegExp(String.raw`\bthe\s+((?:(?!(?:the|a|an|of|after|before|to|by|and|or|for|in|on|at|with|from|that|this)\s)\p{Ll}[\p{Ll}-]*\s+){0,4}${noun.toLowerCase()})\b`, 'gu'))].sort((x, y) => y[1]!.length - x[1]!.length)[0];
    const name = fuller?.[1] ?? noun.toLowerCase();
    const nameAt = fuller ? fuller.index! + fuller[0].length - name.length : at + phrase.length - noun.length;
    const proposal = resolver.proposeBody(name, nameAt, 'other', 'new-organisation:office-as-written');
    return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: AS_WRITTEN, mention: phrase, confidence: 0.5, start: nameAt, end: nameAt + name.length };
  }
  // A lone plural ("Campaigners") is the attribution rules' own collective; a capital after the first word is a name
  // the graph does not hold ("Northfield Tenants members"), not a description.
  const government = GOVERNMENT_HEAD.test(noun);
  if (head.length < 2 || !(government || (PLURAL_HEAD.test(noun) && !/^\p{Lu}/u.test(head.slice(1).join(' '))))) return null;
  const name = phrase.replace(/^(?:the|The)\s+/u, '');
  const nameAt = at + phrase.length - name.length;
  const proposal = government
    ? resolver.proposeBody(name, nameAt, /^opposition$/iu.test(noun) ? 'other' : 'government', 'new-organisation:subject-as-written')
    : resolver.proposeGroup(name, nameAt, 'new-group:subject-as-written');
  return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: AS_WRITTEN, mention: phrase, confidence: 0.5, start: nameAt, end: nameAt + name.length };
}

/**
 * Is [a, b) in a headline-like line (no full stop at its end) and does it quote words that a long quote of
 * another paragraph carries? Then it only announces that quote.
 */
function repeatsBodyQuote(ctx: StatementContext, state: State, a: number, b: number): boolean {
  const { text, article } = ctx;
  const paragraph = article.paragraphAt(a);
  if (!paragraph || /[.!?]["”’']?\s*$/.test(paragraph.text)) return false;
  const quoted = [...text.slice(a, b).matchAll(/[“"‘']([^“”"‘’]{8,})[”"’']/gu)].map((m) => fold(m[1]!).replace(/[^\p{L}\p{N} ]/gu, '').trim());
  return quoted.some((words) => words.split(' ').length >= 3 && state.longQuotes.some((q) => q.paragraph !== paragraph.index && fold(text.slice(q.start, q.end)).replace(/[^\p{L}\p{N} ]/gu, '').includes(words)));
}

/**
 * "In the last year it says:" or "The key findings are:" above a bulleted or numbered list: each item is the
 * line's speaker's (or, for findings with no speaker named, the report's publisher's) reported speech.
 */
function addReportedLists(ctx: StatementContext, state: State): void {
  const { text, resolver, content } = ctx;
  const { candidates, wordCount } = state;
  const textEnd = text.trimEnd().length;
  for (const list of findReportedLists(text)) {
    const [ia, ib] = list.intro;
    if (!content(ia, ib)) continue;
    const intro = text.slice(ia, ib);
    // The speaker phrase, in the line's last sentence: the words before its verb of saying ("In the last year it says"),
    // else the words up to "findings" ("The rest of the findings were …").
    // "On Thursday the auditor explained …:": a day or a time before the subject is no part of it, comma or none.
    const from = lastBoundary(intro) + (LEADING_TIME.exec(intro.slice(lastBoundary(intro)))?.[0].length ?? 0);
    const verb = [...intro.slice(from).matchAll(state.verbs)][0];
    const noun = /\b(?:findings|recommendations|conclusions|report)\b/i.exec(intro.slice(from));
    const subject = verb ? [ia + from, ia + from + verb.index] : noun ? [ia + from, ia + from + noun.index + noun[0].length] : list.speakerEnd !== undefined ? [ia + from, list.speakerEnd] : null;
    const r = subject ? resolver.resolve(subject[0]!, subject[1]!, ia) : null;
    if (!r) continue;
    for (const [a, end] of list.items) {
      // The item stops where a long quote inside it begins (that quote is its own statement).
      const quoteInside = candidates.filter((c) => c.kind === 'quote' && c.start > a && c.start < end).map((c) => c.start - 1);
      let b = Math.min(end, ...quoteInside);
      while (b > a && /[\s,;:‘“"'’]/.test(text[b - 1]!)) b--;
      // An item the stored text ends inside is kept as far as it goes, however few its words (a page cut off mid-item).
      const cutOff = b >= textEnd;
      if (!content(a, b) || (wordCount(a, b) < 4 && !cutOff) || /^[“"‘]/.test(text[a]!)) continue;
      // "… and Ann Cole said: “…”": the item hands its quote to a speaker of its own; what is left is no one's finding.
      if (quoteInside.length && SPEAKER_LINE_END.test(text.slice(a, b))) continue;
      if (candidates.some((c) => c.start < b && c.end > a && c.kind === 'paraphrase')) continue;
      // "… in areas such as:" lists examples of a noun: an item reports something only as a clause with its own verb.
      if (EXAMPLES_INTRO.test(intro) && !FINITE_VERB.test(text.slice(a, b))) continue;
      candidates.push({ kind: 'paraphrase', start: a, end: b, speaker: r, rule: 'paraphrase:list-item', cues: [intro.slice(-80)], confidence: r.confidence * 0.75 });
    }
  }
}

/**
 * A report's findings retold with no verb of saying (stages/findings-retold.ts): a grade given in the passive
 * ("seven authorities were judged inadequate"), the body's or the report's publisher's; and a sentence with a
 * figure that goes on, in the same paragraph, from a finding an organisation was reported to make.
 */
/** Words that tie a grade to inspections or a report ("in this cycle of inspections", "in the latest report"). */
const INSPECTION_WORD = /\b(?:inspections?|inspected|report|review|assessment)\b/i;
/** A number of bodies graded ("17 councils", "half of the 43 authorities"), not one body's rating (the ratings stage's). */
const COUNT_OF_BODIES = /\b(?:\d+|half|a\s+third|a\s+quarter|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|most|some)\s+(?:of\s+(?:the\s+)?(?:\d+\s+)?)?(?:[\p{L}’'-]+\s+){0,2}?(?:councils|authorities|services|homes|areas|providers|trusts|boards|schools)\b/iu;

function addFindingsRetold(ctx: StatementContext, state: State): void {
  const { text, article, resolver, content } = ctx;
  const { candidates, wordCount } = state;
  const { sentences } = state;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!content(s.start, s.end) || wordCount(s.start, s.end) < 6 || candidates.some((c) => c.start < s.end && c.end > s.start)) continue;
    const sentence = text.slice(s.start, s.end);
    // The finding it would continue: a paraphrase of an organisation ending in the sentence before, in this paragraph.
    const before = sentences[i - 1];
    const paragraph = article.paragraphAt(s.start);
    const previous = before && paragraph && before.start >= paragraph.start
      // Not after figures retold ("the figures show …", stages/reported-speech.ts): a figure after them is the journalist's own.
      ? candidates.find((c) => c.kind === 'paraphrase' && c.speaker.label === 'Organisation' && !c.rule.startsWith('paraphrase:figures-') && c.end > before.start && c.end <= before.end)
      : undefined;
    let speaker: Resolved | null = null;
    let rule = '';
    const graded = gradeFinding(sentence);
    // A grade is the report's finding only where the text ties it to the report: the grading body named ("by X"),
    // or a finding reported in the sentence before; a grade stated alone may be the author's (or a rating the ratings stage reads).
    if (graded?.agent) {
      speaker = resolver.resolve(s.start + graded.agent[0], s.start + graded.agent[1], s.start);
      rule = 'paraphrase:grade-finding';
    } else if (previous && (graded || (continuesFinding(sentence) && !opensWithSpeaker(sentence, previous.speaker)))) {
      speaker = previous.speaker;
      rule = graded ? 'paraphrase:grade-finding' : 'paraphrase:finding-continued';
    } else if (graded && INSPECTION_WORD.test(sentence) && COUNT_OF_BODIES.test(sentence)) {
      // "In the initial full cycle of inspections, 17 councils were found to be inadequate": the grades the sentence
      // ties to inspections or a report are the article's report's findings.
      speaker = resolver.reportPublisher(s.start);
      rule = 'paraphrase:grade-finding';
    }
    if (!speaker) continue;
    let b = s.end;
    while (b > s.start && /\s/.test(text[b - 1]!)) b--;
    candidates.push({ kind: 'paraphrase', start: s.start, end: b, speaker, rule, cues: [sentence.slice(0, 60)], confidence: speaker.confidence * 0.7 });
  }
}

/**
 * Does the sentence open with the speaker itself as its subject ("The authority has also analysed …")? Then it says
 * what the speaker did, not what it found.
 */
function opensWithSpeaker(sentence: string, speaker: Resolved): boolean {
  const opening = fold(sentence).replace(/^the\s+/, '');
  return [speaker.mention, speaker.name].some((n) => {
    const name = fold(n ?? '').replace(/^the\s+/, '');
    return name.length > 1 && opening.startsWith(`${name} `);
  });
}

function addFragments(ctx: StatementContext, state: State): void {
  const { text, article, resolver } = ctx;
  const { candidates, excluded, longQuotes, fragments } = state;
  // Fragments: inside a statement they are its words; quoted inside the author's sentence after a
  // speaker and a verb of saying (called it "a missed opportunity") they are that speaker's quote
  // (stages/fragments.ts); otherwise excluded, with why.
  for (const f of fragments) {
    if (candidates.some((c) => f.open >= c.start - 1 && f.end <= c.end + 1)) continue;
    const w = fold(text.slice(f.start, f.end));
    const grade = /^(?:outstanding|good|requires? improvement|adequate|inadequate|poor|excellent(?:ly)?|well|less than good)$/.test(w);
    // A standfirst or caption quoting words the body quotes (at length, or the same words again later).
    if (longQuotes.some((q) => q.start !== f.start && fold(text.slice(q.start, q.end)).includes(w)) || fragments.some((g) => g.start > f.start && fold(text.slice(g.start, g.end)) === w)) {
      excluded.push({ start: f.start, end: f.end, reason: 'repeats a quote coded elsewhere (caption or standfirst)' });
      continue;
    }
    const found = grade ? null : handedQuote(ctx, state, f, 12);
    if (found) {
      candidates.push({ kind: 'quote', start: f.start, end: f.end, ...found, rule: 'quote:fragment', confidence: found.confidence * 0.8 });
      continue;
    }
    excluded.push({ start: f.start, end: f.end, reason: grade ? 'grade wording' : 'scare quote or term' });
  }
}

/** Where the first verb after `from` (and before `to`) starts, by wink's part-of-speech tags: the subject of a clause ends there. */
function firstVerbAt(ctx: StatementContext, from: number, to: number): number | undefined {
  return ctx.nlp.tokens.find((t) => t.start > from && t.end <= to && (t.pos === 'VERB' || t.pos === 'AUX'))?.start;
}

/**
 * A quote inside the author's sentence, handed to a speaker by a verb before it within `reach` words
 * (stages/fragments.ts): "X called it “…”". After a participle ("Teachers hit back at Ofsted’s report,
 * blaming the government for “…”"), the speaker is the subject of the sentence, not the last name before the verb.
 */
function handedQuote(ctx: StatementContext, state: State, q: QuoteSpan, reach: number): Pick<Candidate, 'speaker' | 'cues' | 'confidence' | 'phrase'> | null {
  const { text, article, resolver } = ctx;
  const sentence = state.sentenceAt(q.open);
  if (!sentence) return null;
  const cue = fragmentAttribution(text.slice(Math.max(sentence.start, article.paragraphAt(q.open)?.start ?? 0), q.open), text.slice(q.start, q.end), reach);
  if (!cue) return null;
  const headStart = q.open - cue.headLength;
  if (cue.agent) {
    const r = resolver.resolve(headStart + cue.agent[0], headStart + cue.agent[1], q.open);
    return r ? { speaker: r, cues: [`${cue.verb} by`], confidence: r.confidence, phrase: [headStart + cue.agent[0], headStart + cue.agent[1]] } : null;
  }
  const verbAt = headStart + cue.verbAt;
  const clauseStart = headStart + lastBoundary(text.slice(headStart, verbAt));
  // "X has been accused of being “…”": the subject is who the words are about; the speaker is the agent, if named.
  if (/\b(?:was|were|is|are|been|being)\s+$/i.test(text.slice(clauseStart, verbAt))) return passiveAgent(ctx, state, q);
  const participle = /ing$/i.test(cue.verb) && /,\s*$/.test(text.slice(clauseStart, verbAt));
  const subjectEnd = participle || cue.relative ? firstVerbAt(ctx, clauseStart, verbAt) : undefined;
  // "The union Unison has branded the decision to … as “…”": a naming frame's subject as reported speech reads it (its
  // auxiliary and adverbs before the verb dropped, a description before the name cut), where the words as they stand
  // name no one.
  const [a, b] = cue.frame && subjectEnd === undefined ? subjectBefore(text.slice(clauseStart, verbAt), [0, verbAt - clauseStart]).map((x) => clauseStart + x) : [clauseStart, verbAt];
  const r = (subjectEnd !== undefined ? resolver.resolve(clauseStart, subjectEnd, q.open) : null) ?? resolver.resolve(clauseStart, verbAt, q.open) ??
    (b! > a! && (a !== clauseStart || b !== verbAt) ? resolver.resolve(a!, b!, q.open) : null) ?? (cue.findings ? resolver.reportPublisher(q.open) : null);
  return r ? { speaker: r, cues: [cue.verb], confidence: r.confidence, phrase: [clauseStart, subjectEnd ?? verbAt] } : null;
}

/**
 * Who said the words a passive sentence quotes ("X has been accused of being “…”"): the agent after the quote
 * ("… by Y"), or the source the next sentence gives the words ("The comment, from Y, …", "The remarks came from Y").
 * None named, no speaker: never the subject, who is the one spoken about.
 */
function passiveAgent(ctx: StatementContext, state: State, q: QuoteSpan): Pick<Candidate, 'speaker' | 'cues' | 'confidence' | 'phrase'> | null {
  const { text, resolver } = ctx;
  const sentence = state.sentenceAt(q.open);
  if (!sentence) return null;
  // "… by Y", or "…, with Y warning that …" (the accuser goes on to speak in the same sentence).
  const by = /^[^.“”"‘’]*?\bby\s+([^,.;“”"]{2,80})/u.exec(text.slice(q.close + 1, sentence.end)) ?? WITH_ACCUSER.exec(text.slice(q.close + 1, sentence.end));
  const nextStart = by ? -1 : text.slice(sentence.end, sentence.end + 400).search(/\S/);
  const after = nextStart >= 0 ? text.slice(sentence.end + nextStart, sentence.end + nextStart + 300) : '';
  const source = /^(?:The|This|That|These|Those|Her|His|Their)\s+(?:\p{Ll}+\s+)?(?:comments?|remarks?|criticism|accusation|attack|jibe|words|claim|charge|description)\s*,?\s+(?:which\s+)?(?:came\s+|was\s+made\s+|were\s+made\s+)?(?:from|by)\s+([^,.;“”"]{2,80})/u.exec(after);
  const a = by ? q.close + 1 + by.index + by[0].length - by[1]!.length : source ? sentence.end + nextStart + source[0].length - source[1]!.length : -1;
  if (a < 0) return null;
  const phrase = (by ?? source)![1]!.trimEnd();
  const r = resolver.resolve(a, a + phrase.length, a);
  return r ? { speaker: r, cues: [(by ?? source)![0].slice(0, 60)], confidence: r.confidence * 0.8, phrase: [a, a + phrase.length] } : null;
}

const WITH_ACCUSER = /^[^.“”"‘’]*?,\s+with\s+([^,.;“”"]{2,80}?)(?=\s+(?:warning|saying|claiming|arguing|adding|insisting|noting)\b)/u;

/** Where two candidates overlap, the first wins, except that a quote replaces a paraphrase. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((x, y) => x.start - y.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) {
      if (c.kind === 'quote' && prev.kind === 'paraphrase') kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }

  return kept;
}

/**
 * Where the clause that ends the text starts: after the last sentence-internal boundary. Heads are cut
 * at their paragraph's start, so a line break inside one is a line the layout stage joined (a hard-wrapped
 * text, or a line that runs on): no boundary.
 */
function lastBoundary(head: string): number {
  let at = 0;
  const re = /[.;:!?”"]\s+|\n\s*\n/g;
  for (let m = re.exec(head); m; m = re.exec(head)) at = m.index + m[0].length;
  return at;
}

