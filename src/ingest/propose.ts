/**
 * proposeArticle: a new article's text in, a Draft out: the quotes and
 * reported speech in it as statement candidates (exact code-point spans),
 * each with a speaker resolved against the graph, targets with a stance,
 * numbers as claim candidates and councils named with a judgement as rating
 * candidates. Offline and rule-based; every proposal names its rule and cues.
 *
 * The rules, in order:
 * 1. Input checks (text.ts): empty, oversized, binary or HTML input is refused with the reason.
 * 2. Furniture (quotes.ts): page furniture lines and the tail after a terminal marker are left out.
 * 3. Quotes (quotes.ts): every quotation-mark span, paragraph by paragraph.
 *    A span of 6+ words, or a whole sentence, is a quote candidate; shorter
 *    ones are fragments (scare quotes, terms, grades) that are kept inside a
 *    reported-speech statement when one covers them, and excluded otherwise.
 *    A quote whose words are repeated inside a longer quote elsewhere
 *    (captions, standfirsts) is excluded as a repeat.
 * 4. Attribution, first that applies: `“…,” X said` / `said X` after the
 *    quote (quote:said-after); `X said/told/added…: “…”` before it in the same
 *    sentence (quote:said-before); `X: “…”` (quote:colon); a paragraph that
 *    is only `Name, role:` introducing the quoted paragraphs under it
 *    (quote:intro-paragraph); a paragraph that continues a quote left open
 *    (quote:continued); a quote paragraph right after another speaker's
 *    quote with no attribution of its own (quote:inherited, lower confidence).
 * 5. Reported speech (paraphrase:*): `X said/argued/warned… (that) <clause>`
 *    and `<clause>, according to X`; the span is the reported clause.
 * 6. Speakers (attribution.ts): a person named in the phrase, a near spelling
 *    of one, a new named person (with the role the text gives), a role
 *    ("Ofsted's chief inspector"), an organisation, a report's publisher, a
 *    pronoun or description ("he", "it", "the watchdog") that refers back.
 * 7. Targets: graph entities named in the statement, "this report"/"the
 *    findings" (the article's main report), "this framework" (the framework
 *    last named); when none, the main report. Stance per target from the
 *    lexicon over the sentence that names it (stance.ts).
 * 8. Claims: numbers and percentages (wink entities plus fraction words),
 *    linked to graph claims with the same value and unit.
 * 9. Ratings: a council named in a sentence, or a list under a heading, with a grade word.
 */
import { createHash } from 'node:crypto';
import type { Stance } from '../model/schema.js';
import type { GraphStore } from '../store/port.js';
import { SAY_VERBS, SpeakerResolver, type Resolved } from './attribution.js';
import { periodAgrees } from './stages/claims.js';
import { isHardWrapped, isHeading, sentencesWithinParagraphs } from './stages/layout.js';
import { findUnquotedResponse } from './stages/unquoted-response.js';
import { fragmentAttribution } from './stages/fragments.js';
import { newEntityMentions } from './stages/new-entity-mentions.js';
import { proposeMainReport, type ProposedMainReport } from './stages/report-target.js';
import { DRAFT_VERSION, type Draft, type DraftClaim, type DraftRating, type DraftStatement, type DraftTarget } from './draft.js';
import { Gazetteer, type Entity, type Mention } from './gazetteer.js';
import { analyse, type Analysis, type NumberEntity } from './nlp.js';
import { findFurniture, findQuotes, inRanges, type QuoteSpan } from './quotes.js';
import { scoreStance, stanceToward, words } from './stance.js';
import { ArticleText, IngestInputError, checkArticleText, fold, slugify } from './text.js';

export interface ArticleInput {
  text: string;
  title: string;
  publisher?: string;
  author?: string;
  date?: string;
  url?: string;
}

export interface ProposeOptions {
  /** A gazetteer already loaded (the benchmark reuses one across articles). */
  gazetteer?: Gazetteer;
  /** The source slug; derived from the date, publisher and title when absent. */
  slug?: string;
}

/** Quotes shorter than this many words, that are not a whole sentence, are fragments. */
const MIN_QUOTE_WORDS = 6;

interface Candidate {
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

export async function proposeArticle(store: GraphStore | null, source: ArticleInput, options: ProposeOptions = {}): Promise<Draft> {
  checkArticleText(source.text);
  if (typeof source.title !== 'string' || !source.title.trim()) throw new IngestInputError('an article needs a title');
  const gaz = options.gazetteer ?? (store ? await Gazetteer.load(store) : new Gazetteer([], [], []));
  const started = performance.now();
  const text = source.text;
  // Layout stage: a hard-wrapped text breaks paragraphs only at blank lines (stages/layout.ts).
  const wrapped = isHardWrapped(text);
  const article = new ArticleText(text, { joinWrappedLines: wrapped });
  const nlp = analyse(text);
  const warnings: string[] = [];

  const furniture = findFurniture(article);
  const content = (a: number, b: number) => !inRanges(furniture, a, b);
  const mentions = gaz.mentions(text).filter((m) => content(m.start, m.end));

  // The report the article is about: the one named most, else one published shortly before the article by a body it names;
  // else one the text names that the graph does not hold, proposed as new (stages/reports.ts).
  let mainReport = findMainReport(gaz, mentions, source.date);
  let proposedReport: ProposedMainReport | undefined;
  const resolver = new SpeakerResolver(text, gaz, mentions, () => mainReport?.id, () => proposedReport?.publisherReferent);
  if (!mainReport) {
    proposedReport = proposeMainReport(text, source, gaz, resolver, content, (id) => !!gaz.get(id));
    if (proposedReport) mainReport = { id: proposedReport.entity.id, rule: proposedReport.draft.rule };
  }
  const mainEntity = proposedReport?.entity ?? (mainReport ? gaz.get(mainReport.id) : undefined);

  const sentenceAt = (i: number) => nlp.sentences.find((s) => s.start <= i && i < s.end);
  const quotes = findQuotes(article).filter((q) => content(q.open, q.end));
  const candidates: Candidate[] = [];
  const excluded: { start: number; end: number; reason: string }[] = [];
  const wordCount = (a: number, b: number) => words(text.slice(a, b)).length;
  const isLong = (q: QuoteSpan) => {
    const n = wordCount(q.start, q.end);
    return n >= MIN_QUOTE_WORDS || (n >= 3 && /^[A-Z“‘"]/.test(text[q.start]!) && /[.!?]$/.test(text.slice(q.start, q.end)));
  };
  const longQuotes = quotes.filter(isLong);
  const fragments = quotes.filter((q) => !isLong(q));

  // Repeats: a caption or standfirst quoting words that a longer quote carries elsewhere.
  const repeats = new Set<QuoteSpan>();
  for (const q of longQuotes) {
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

  // Paragraph-level facts for intro and continuation rules.
  const paragraphQuotes = new Map<number, QuoteSpan[]>();
  for (const q of longQuotes) {
    if (repeats.has(q)) continue;
    const list = paragraphQuotes.get(q.paragraph) ?? [];
    list.push(q);
    paragraphQuotes.set(q.paragraph, list);
  }
  const speakerOfQuote = new Map<QuoteSpan, Candidate>();
  const verbs = new RegExp(`\\b(${SAY_VERBS}|according to)\\b`, 'gi');

  for (const q of longQuotes) {
    if (repeats.has(q)) continue;
    const p = article.paragraphs[q.paragraph]!;
    const sentence = sentenceAt(q.open) ?? { start: p.start, end: p.end };
    const sStart = Math.max(p.start, sentence.start);
    const opensParagraph = q.open === p.start;
    let found: Omit<Candidate, 'kind' | 'start' | 'end'> | null = null;

    // After the quote: “…,” he said / said X / X said.
    if (q.close >= 0) {
      const tail = text.slice(q.close + 1, Math.min(p.end, q.close + 160));
      const m = new RegExp(`^\\s*[,.]?\\s*(?:([^.“”"]{1,100}?)\\s+(?:${SAY_VERBS})\\b|(?:${SAY_VERBS})\\s+([^.“”",;]{1,120}))`, 'iu').exec(tail);
      if (m) {
        const a = q.close + 1 + (m[1] ? tail.indexOf(m[1]) : tail.indexOf(m[2]!));
        const phrase = m[1] ?? m[2]!;
        const r = resolver.resolve(a, a + phrase.length, q.open);
        if (r) found = { speaker: r, rule: 'quote:said-after', cues: [m[0].trim()], confidence: r.confidence, phrase: [a, a + phrase.length] };
      }
    }
    // Before the quote in its sentence: X said: “…” / X told Y: “…” / according to X, “…”.
    if (!found) {
      const head = text.slice(sStart, q.open);
      let last: RegExpExecArray | null = null;
      verbs.lastIndex = 0;
      for (let m = verbs.exec(head); m; m = verbs.exec(head)) last = m;
      if (last && head.slice(last.index).length < 140) {
        const verbAt = sStart + last.index;
        const isAccording = /according/i.test(last[0]);
        const clauseStart = sStart + lastBoundary(head.slice(0, last.index), wrapped);
        let r = isAccording ? resolver.resolve(verbAt + last[0].length, q.open, q.open) : resolver.resolve(clauseStart, verbAt, q.open);
        if (!r && !isAccording) r = resolver.resolve(verbAt + last[0].length, q.open, q.open);
        if (r) found = { speaker: r, rule: 'quote:said-before', cues: [text.slice(clauseStart, q.open).trim().slice(-80)], confidence: r.confidence, phrase: [clauseStart, verbAt], respondsTo: /\brespond/i.test(head) };
      } else if (/:\s*$/.test(head) && head.trim().length < 80) {
        const r = resolver.resolve(sStart, q.open, q.open);
        if (r) found = { speaker: r, rule: 'quote:colon', cues: [head.trim()], confidence: r.confidence * 0.9, phrase: [sStart, q.open] };
      }
    }
    // Continued from the paragraph before (British style: the previous paragraph left the quote open).
    if (!found && opensParagraph && q.paragraph > 0) {
      const previous = paragraphQuotes.get(q.paragraph - 1);
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
        // A subheading between the speaker line and the quotes ("X said:" / "Falling short again" / "“…").
        if (isHeading(prev.text) && k < q.paragraph - 0) {
          if (k === q.paragraph - 1 || !paragraphQuotes.get(k)) continue;
        }
        const prevQuotes = paragraphQuotes.get(k);
        if (prevQuotes?.length && prevQuotes[0]!.open === prev.start) {
          // Another quote paragraph: keep walking back to its introducer, which then speaks for this one too.
          const c = speakerOfQuote.get(prevQuotes[0]!);
          if (c && (c.rule === 'quote:intro-paragraph' || c.rule === 'quote:continued')) {
            found = { speaker: c.speaker, rule: 'quote:intro-paragraph', cues: c.cues, confidence: c.confidence * 0.95 };
          }
          break;
        }
        if (/:\s*$/.test(prev.text) && prev.text.length < 300 && !/[“"]/.test(prev.text)) {
          const r = resolver.resolve(prev.start, prev.end - 1, prev.start);
          if (r) found = { speaker: r, rule: 'quote:intro-paragraph', cues: [prev.text], confidence: r.confidence };
        }
        break;
      }
    }
    // A quote paragraph straight after another quote with no attribution: the same speaker, less sure.
    if (!found && opensParagraph && q.paragraph > 0) {
      const previous = paragraphQuotes.get(q.paragraph - 1);
      const c = previous && speakerOfQuote.get(previous[previous.length - 1]!);
      if (c) found = { speaker: c.speaker, rule: 'quote:inherited', cues: ['follows the same speaker’s quote'], confidence: c.confidence * 0.7 };
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

  // Unquoted statement under a "Y responds to …" headline (stages/unquoted-response.ts).
  const response = findUnquotedResponse(source.title, text, article.paragraphs, content);
  if (response) {
    const r =
      (response.nameAt !== undefined ? resolver.resolve(response.nameAt, response.nameAt + response.speakerName.length) : null) ??
      (() => {
        const proposal = resolver.proposeOrganisation(response.speakerName, response.nameAt ?? 0, 'other', 'new-organisation:responds-headline');
        return { id: proposal.id, name: proposal.name, label: 'Organisation' as const, existing: false, resolvedBy: 'new', mention: response.speakerName, confidence: 0.6, start: response.nameAt ?? 0, end: (response.nameAt ?? 0) + response.speakerName.length };
      })();
    for (const p of response.paragraphs) {
      if (candidates.some((c) => c.start < p.end && c.end > p.start)) continue;
      candidates.push({ kind: 'quote', start: p.start, end: p.end, speaker: r, rule: 'quote:unquoted-response', cues: [`headline: ${source.title}`], confidence: r.confidence * 0.8, respondsTo: true });
    }
  }

  // Reported speech: X said (that) <clause>; <clause>, according to X.
  for (const s of sentencesWithinParagraphs(text, nlp.sentences, article.paragraphs)) {
    if (!content(s.start, s.end)) continue;
    const sentence = text.slice(s.start, s.end);
    if (candidates.some((c) => c.start < s.end && c.end > s.start && c.kind === 'quote' && c.end - c.start > (s.end - s.start) * 0.5)) continue;
    const m = new RegExp(`^(.{2,200}?)\\b(${SAY_VERBS})\\b(\\s+(?:that\\b)?)`, 'iu').exec(sentence);
    const according = /^(.{20,}?),?\s+according to\s+(.{3,120}?)[.]?$/iu.exec(sentence);
    let clause: [number, number] | null = null;
    let r: Resolved | null = null;
    let rule = '';
    if (m && !/[“"]\s*$/.test(m[1]!) && /\bthat\b|^(?:said|says|claims|believes|argued|warned|suggested|found)$/i.test(m[3]!.trim() || m[2]!)) {
      const verb = m[2]!.toLowerCase();
      // "…, says Friends of the Earth": the words after the verb name the speaker of what came before, not a clause.
      const after = sentence.slice(m[0].length).replace(/[.”"’]+$/, '').trim();
      if (!/\bthat\b/.test(m[3]!) && after.split(/\s+/).length <= 6 && /^(?:the\s+)?[A-Z]/.test(after) && !/\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could)\b/.test(after)) continue;
      if (/^(?:called|calls|described|describes|found|finds|revealed|reveals|agreed|agrees|told|tells)$/.test(verb) && !/that/.test(m[3]!)) continue;
      const subjectStart = s.start + lastBoundary(m[1]!, wrapped);
      r = resolver.resolve(subjectStart, s.start + m[1]!.length, s.start);
      clause = [s.start + m[0].length, s.end];
      rule = `paraphrase:${verb}${/that/.test(m[3]!) ? '-that' : ''}`;
      if (r) resolver.remember(subjectStart, r);
    } else if (according) {
      const a = s.start + sentence.lastIndexOf(according[2]!);
      r = resolver.resolve(a, a + according[2]!.length, s.start);
      clause = [s.start, s.start + according[1]!.length];
      rule = 'paraphrase:according-to';
    }
    if (!clause || !r) continue;
    let [a, b] = clause;
    // The clause stops where a long quote begins (that quote is its own statement).
    const overlapping = candidates.filter((c) => c.kind === 'quote' && c.start < b && c.end > a);
    if (overlapping.length) b = Math.min(b, ...overlapping.map((c) => c.start - 1));
    const colon = text.slice(a, b).search(/:\s*[“"‘]/);
    if (colon >= 0) b = a + colon;
    while (b > a && /[\s.,;:“"‘]/.test(text[b - 1]!) && !(/[”"’]/.test(text[b - 1]!))) b--;
    while (a < b && /\s/.test(text[a]!)) a++;
    if (wordCount(a, b) < 4) continue;
    candidates.push({ kind: 'paraphrase', start: a, end: b, speaker: r, rule, cues: [text.slice(s.start, a).trim().slice(-80)], confidence: r.confidence * 0.85, respondsTo: /\brespond/i.test(sentence) });
  }

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
    const sentence = sentenceAt(f.open);
    const cue = !grade && sentence ? fragmentAttribution(text.slice(Math.max(sentence.start, article.paragraphAt(f.open)?.start ?? 0), f.open), text.slice(f.start, f.end)) : null;
    if (cue) {
      const headStart = f.open - cue.headLength;
      const clauseStart = headStart + lastBoundary(text.slice(headStart, headStart + cue.verbAt), wrapped);
      const r = resolver.resolve(clauseStart, headStart + cue.verbAt, f.open);
      if (r) {
        candidates.push({ kind: 'quote', start: f.start, end: f.end, speaker: r, rule: 'quote:fragment', cues: [cue.verb], confidence: r.confidence * 0.8, phrase: [clauseStart, headStart + cue.verbAt] });
        continue;
      }
    }
    excluded.push({ start: f.start, end: f.end, reason: grade ? 'grade wording' : 'scare quote or term' });
  }

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

  // Claims first, so statements can assert them.
  const claims = findClaims(text, nlp, gaz, content, source.date);
  const slug = options.slug ?? sourceSlug(source);
  const statements: DraftStatement[] = [];
  const counters = new Map<string, number>();
  const frameworkMentions = mentions.filter((m) => m.entity.label === 'Framework');
  // People and bodies proposed as new by the attribution stage are targets where the text names them again.
  const newMentions = newEntityMentions(text, [...resolver.newActors.values()].map((a) => ({ id: a.id, label: a.label, name: a.name }))).filter(
    (m) => content(m.start, m.end) && !mentions.some((g) => g.start < m.end && g.end > m.start),
  );
  for (const c of kept) {
    const speakerSlug = c.speaker.id.split(':')[1]!.split('-').slice(-2).join('-');
    const n = (counters.get(speakerSlug) ?? 0) + 1;
    counters.set(speakerSlug, n);
    const id = `statement:${slug}.${speakerSlug}-${n}`;
    const about = targetsFor(c, text, gaz, [...mentions, ...newMentions], frameworkMentions, mainEntity);
    const inClaims = claims.filter((k) => k.start >= c.start && k.end <= c.end && k.matches.length);
    const asserts: string[] = [];
    const disputes: string[] = [];
    const local = inClaims.length ? scoreStance(text.slice(c.start, c.end)) : null;
    for (const k of inClaims) {
      const disputed = /\bnot credible\b|\bdisput|\bwrong\b|\bmisleading\b/i.test(text.slice(c.start, c.end)) && local!.negative > local!.positive;
      (disputed ? disputes : asserts).push(k.matches[0]!);
      k.statement = id;
      if (!about.some((t) => t.target === k.matches[0])) {
        const claim = gaz.claims.find((x) => x.id === k.matches[0])!;
        about.push({ target: claim.id, label: 'Claim', name: claim.text, stance: disputed ? 'critical' : 'supportive', confidence: 0.6, cues: [`number ${k.text}`] });
      }
    }
    const reports = about.filter((t) => t.label === 'Report').map((t) => t.target);
    const publisherOf = (id: string) => (id === mainEntity?.id ? mainEntity.publishedBy[0] : gaz.get(id)?.publishedBy[0]);
    const respondsTo = c.respondsTo || (reports.length && c.speaker.id !== publisherOf(reports[0]!)) ? [...new Set(reports)] : [];
    const stanceConfidence = about.length ? Math.max(...about.map((t) => t.confidence)) : 0.5;
    statements.push({
      id,
      kind: c.kind,
      start: article.cp(c.start),
      end: article.cp(c.end),
      text: text.slice(c.start, c.end),
      speaker: {
        id: c.speaker.id,
        name: c.speaker.name,
        label: c.speaker.label,
        existing: c.speaker.existing,
        resolvedBy: c.speaker.resolvedBy,
        mention: c.speaker.mention,
        speakerRole: c.speaker.speakerRole,
        confidence: round(c.speaker.confidence),
      },
      about,
      respondsTo,
      asserts: [...new Set(asserts)],
      disputes: [...new Set(disputes)],
      confidence: round(Math.min(c.confidence, 0.5 + stanceConfidence / 2)),
      rule: c.rule,
      cues: c.cues,
    });
  }

  const ratings = findRatings(article, nlp, gaz, mentions, content);
  const { publisher, publisherName, authors, authorNames } = resolveByline(source, gaz, resolver);
  const cpText = (a: number, b: number) => text.slice(a, b);
  const draft: Draft = {
    version: DRAFT_VERSION,
    source: {
      id: `source:${slug}`,
      slug,
      title: source.title,
      publisher,
      publisherName,
      authors,
      authorNames,
      date: source.date,
      url: source.url,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      length: article.codePointLength,
    },
    furniture: furniture.map((f) => ({ start: article.cp(f.start), end: article.cp(f.end), rule: f.rule })),
    statements,
    newActors: [...resolver.newActors.values()].map((a) => ({ ...a, start: article.cp(a.start), end: article.cp(a.end) })),
    newReports: proposedReport ? [{ ...proposedReport.draft, start: article.cp(proposedReport.draft.start), end: article.cp(proposedReport.draft.end) }] : [],
    claims: claims.map((k) => ({ ...k, start: article.cp(k.start), end: article.cp(k.end) })),
    ratings: ratings.map((r) => ({ ...r, start: article.cp(r.start), end: article.cp(r.end) })),
    excludedQuotes: excluded
      .filter((e) => !statements.some((s) => article.cp(e.start) >= s.start && article.cp(e.end) <= s.end))
      .map((e) => ({ text: cpText(e.start, e.end), start: article.cp(e.start), reason: e.reason })),
    mainReport,
    elapsedMs: round(performance.now() - started),
    warnings,
  };
  if (!statements.length) warnings.push('no quotes or reported speech were found');
  return draft;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Where the clause that ends the text starts: after the last sentence-internal boundary (a line break too, unless the text is hard-wrapped). */
function lastBoundary(head: string, wrapped = false): number {
  let at = 0;
  const re = wrapped ? /[.;:!?”"]\s+|\n\s*\n/g : /[.;:!?”"]\s+|\n/g;
  for (let m = re.exec(head); m; m = re.exec(head)) at = m.index + m[0].length;
  return at;
}

function findMainReport(gaz: Gazetteer, mentions: Mention[], date?: string): Draft['mainReport'] {
  const counts = new Map<string, number>();
  // A report of the graph named in an article years apart from it is another edition with the same name
  // ("Ofsted's annual report"): not the one the article answers.
  const articleAt = date ? monthIndex(date) : null;
  const sameTime = (e: Entity) => articleAt === null || !e.date || (articleAt - monthIndex(e.date) >= -1 && articleAt - monthIndex(e.date) <= 24);
  for (const m of mentions) if (m.entity.label === 'Report' && sameTime(m.entity)) counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + 1);
  if (counts.size) {
    const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return { id, rule: 'named most often' };
  }
  if (!date) return undefined;
  const named = new Set(mentions.map((m) => m.entity.id));
  const articleMonth = monthIndex(date);
  let best: { id: string; gap: number } | null = null;
  for (const e of gaz.byId.values()) {
    if (e.label !== 'Report' || !e.date || !e.publishedBy.some((p) => named.has(p))) continue;
    const gap = articleMonth - monthIndex(e.date);
    if (gap >= 0 && gap <= 2 && (!best || gap < best.gap)) best = { id: e.id, gap };
  }
  return best ? { id: best.id, rule: 'published by a body the article names, within two months before it' } : undefined;
}

function monthIndex(date: string): number {
  const [y, m] = date.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : 0);
}

const REPORT_ANAPHOR = /\b(?:this|the|that|today[’']s|latest|its)\s+(?:latest\s+|annual\s+|new\s+)?(?:report|review|findings|study|ratings)\b/gi;
const FRAMEWORK_ANAPHOR = /\b(?:this|the|that|new|current)\s+(?:new\s+|current\s+)?(?:inspection\s+)?(?:framework|regime|inspection model)\b/gi;

function targetsFor(
  c: Candidate,
  text: string,
  gaz: Gazetteer,
  mentions: Mention[],
  frameworks: Mention[],
  mainReport: Entity | undefined,
): DraftTarget[] {
  const found = new Map<string, { entity: Entity; at: number; end: number; cue: string }>();
  const add = (entity: Entity | undefined, at: number, cue: string, end = at) => {
    if (!entity || entity.id === c.speaker.id || found.has(entity.id)) return;
    found.set(entity.id, { entity, at, end, cue });
  };
  // The statement, and for reported speech the attribution sentence too ("Responding to the review, …").
  const ranges: [number, number][] = [[c.start, c.end]];
  for (const m of mentions) {
    if (m.start >= c.start && m.end <= c.end) add(m.entity, m.start, `named: ${m.surface}`, m.end);
  }
  // The main report's publisher named in an answer to it ("the NAO did not say that") stands for its report.
  const publisherNamed = mainReport ? [...found.values()].find((f) => mainReport.publishedBy.includes(f.entity.id)) : undefined;
  if (mainReport && publisherNamed) add(mainReport, publisherNamed.at, `publisher named: ${publisherNamed.entity.name}`, publisherNamed.end);
  const span = text.slice(c.start, c.end);
  REPORT_ANAPHOR.lastIndex = 0;
  for (let m = REPORT_ANAPHOR.exec(span); m; m = REPORT_ANAPHOR.exec(span)) {
    if (mainReport) add(mainReport, c.start + m.index, `anaphor: ${m[0]}`, c.start + m.index + m[0].length);
  }
  FRAMEWORK_ANAPHOR.lastIndex = 0;
  for (let m = FRAMEWORK_ANAPHOR.exec(span); m; m = FRAMEWORK_ANAPHOR.exec(span)) {
    const before = frameworks.filter((f) => f.start < c.start + m!.index).pop() ?? frameworks[0];
    if (before) add(before.entity, c.start + m.index, `anaphor: ${m[0]}`, c.start + m.index + m![0].length);
  }
  if (c.phrase && /\brespond(?:ing|ed|s)? to\b/i.test(text.slice(c.phrase[0] - 60, c.phrase[1]))) {
    if (mainReport) add(mainReport, c.start, 'responding to the report');
  }
  // Stance per target (stance.ts): the clause that names it, else its sentence, else the statement's
  // evaluative cues. Inside a direct quote, short quoted words are labels (mentions), not judgements.
  // A speaker talking about its own report or framework reports findings, it does not judge them.
  const statementText = text.slice(c.start, c.end);
  const speakerEntity = gaz.get(c.speaker.id);
  const speakerBodies = new Set([c.speaker.id, ...(speakerEntity?.roles.map((r) => r.at) ?? []), ...(c.speaker.role?.at ? [c.speaker.role.at] : [])]);
  const own = (e: Entity) => e.publishedBy.some((p) => speakerBodies.has(p));
  const targets: DraftTarget[] = [];
  for (const { entity, at, end, cue } of found.values()) {
    if (entity.label === 'Person' && c.kind === 'quote' && entity.id === c.speaker.id) continue;
    const inside = at >= c.start && end <= c.end && end > at;
    // A report is judged by evaluative words ("rightly", "flawed"); words about the world it describes
    // ("shocking statistics", "good services") are its findings, not a judgement of it.
    const use = stanceToward(statementText, inside ? [at - c.start, end - c.start] : null, { mentionQuotes: c.kind === 'quote', ownPublication: own(entity) || entity.label === 'Report' });
    targets.push({ target: entity.id, label: entity.label, name: entity.name, stance: use.stance, confidence: stanceConfidence(use.positive, use.negative), cues: [cue, ...(own(entity) ? ['speaker published it'] : []), ...use.cues.slice(0, 8)] });
  }
  if (!targets.length && mainReport) {
    // Stance stage: a statement that names nothing is about the article's report only because it answers
    // it. Its evaluative words judge what the report found (a charity saying a fact is sad, a union
    // blaming the government), not the report: the stance toward the report is neutral, and said so.
    const e = mainReport;
    const whole = stanceToward(statementText, null, { mentionQuotes: c.kind === 'quote', ownPublication: own(e) });
    targets.push({ target: e.id, label: e.label, name: e.name, stance: 'neutral', confidence: 0.4, cues: ['main report of the article (no target named)', `words of the statement (not a judgement of the report): ${whole.stance}`, ...whole.cues.slice(0, 8)] });
  }
  return targets;
}

function stanceConfidence(positive: number, negative: number): number {
  const total = positive + negative;
  if (total === 0) return 0.5;
  return round(Math.min(0.9, 0.5 + (Math.abs(positive - negative) / total) * 0.25 + Math.min(total, 4) * 0.04));
}

const FRACTIONS: Record<string, number> = { half: 50, third: 33, quarter: 25, fifth: 20, tenth: 10, 'three-quarters': 75, 'three quarters': 75, 'two-thirds': 67, 'two thirds': 67 };
const SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const num = (w: string) => (SMALL[w.toLowerCase()] ?? Number(w.replace(/,/g, '')));

function findClaims(text: string, nlp: Analysis, gaz: Gazetteer, content: (a: number, b: number) => boolean, articleDate?: string): DraftClaim[] {
  const out: Omit<DraftClaim, 'matches'>[] = [];
  const taken = (a: number, b: number) => out.some((o) => a < o.end && b > o.start);
  const push = (a: number, b: number, value: number, unit: string, rule: string) => {
    if (!content(a, b) || taken(a, b) || !Number.isFinite(value)) return;
    out.push({ start: a, end: b, text: text.slice(a, b), value: Math.round(value * 100) / 100, unit, rule });
  };
  // Ratios and fractions, which wink reads as plain numbers.
  const ratio = /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi;
  for (let m = ratio.exec(text); m; m = ratio.exec(text)) push(m.index, m.index + m[0].length, (num(m[1]!) / num(m[2]!)) * 100, 'percent', 'claim:ratio');
  const fraction = /\b(?:(?:nearly|almost|around|about|over|more than)\s+)?(?:a|one|two|three)?[\s-]?(half|third|quarter|fifth|tenth|three[- ]quarters|two[- ]thirds)s?\b/gi;
  for (let m = fraction.exec(text); m; m = fraction.exec(text)) {
    const all = m[0].toLowerCase();
    const value = /three[- ]quarter/.test(all) ? 75 : /two[- ]third/.test(all) ? 67 : FRACTIONS[m[1]!.toLowerCase()]!;
    push(m.index, m.index + m[0].length, value, 'percent', 'claim:fraction');
  }
  const perCent = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(per ?cent|percentage points?)\b/gi;
  for (let m = perCent.exec(text); m; m = perCent.exec(text)) push(m.index, m.index + m[0].length, num(m[1]!), /point/i.test(m[2]!) ? 'percentage points' : 'percent', 'claim:per-cent');
  for (const e of nlp.numbers as NumberEntity[]) {
    if (e.type === 'PERCENT') {
      const v = /(\d+(?:\.\d+)?)/.exec(e.value);
      if (v) push(e.start, e.end, Number(v[1]), 'percent', 'claim:percent');
    } else if (e.type === 'MONEY' || e.type === 'CARDINAL') {
      const v = /(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|m|k)?/i.exec(e.value);
      if (!v) continue;
      let value = Number(v[1]!.replace(/,/g, ''));
      const after = text.slice(e.end, e.end + 40);
      const scale = (v[2] ?? /^\s*(million|billion|bn|m)\b/i.exec(after)?.[1] ?? '').toLowerCase();
      value *= scale === 'million' || scale === 'm' ? 1e6 : scale === 'billion' || scale === 'bn' ? 1e9 : scale === 'k' ? 1e3 : 1;
      const money = /[£$€]/.test(text.slice(e.start - 1, e.end));
      if (!money && value >= 1900 && value <= 2100 && !/,/.test(v[1]!)) continue; // a year
      if (!money && value < 2) continue;
      const unit = money ? 'pounds' : unitAfter(after);
      push(e.start - (text[e.start - 1] === '£' ? 1 : 0), e.end, value, unit, money ? 'claim:money' : 'claim:count');
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.map((k) => {
    const at = nlp.sentences.findIndex((x) => x.start <= k.start && k.start < x.end);
    const sentenceText = (i: number) => (i >= 0 && nlp.sentences[i] ? text.slice(nlp.sentences[i]!.start, nlp.sentences[i]!.end) : '');
    const context = { sentence: sentenceText(at), previous: sentenceText(at - 1), articleDate };
    return { ...k, matches: matchClaims(k, gaz, text).filter((id) => periodAgrees(gaz.claims.find((c) => c.id === id)?.period, context)) };
  });
}

function unitAfter(after: string): string {
  const m = /^\s*(?:more\s+|of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(after);
  return m ? m[1]!.toLowerCase() : 'count';
}

const UNIT_GROUPS = [
  ['council', 'councils', 'local authorities', 'authorities', 'local authority', 'services', 'inspected', 'lscbs', 'boards'],
  ['children', 'child', 'young people'],
  ['pounds', '£'],
];

function unitsAgree(found: string, claimUnit: string): boolean {
  const f = found.toLowerCase();
  const c = claimUnit.toLowerCase();
  if (f === c || f.startsWith(c) || c.startsWith(f.split(' ')[0]!)) return true;
  return UNIT_GROUPS.some((g) => g.some((u) => f.startsWith(u)) && g.some((u) => c.startsWith(u)));
}

function matchClaims(k: Omit<DraftClaim, 'matches'>, gaz: Gazetteer, text: string): string[] {
  const near = new Set(words(text.slice(Math.max(0, k.start - 200), k.end + 200)));
  const overlap = (c: { text: string; unit: string }) => words(`${c.text} ${c.unit}`).filter((w) => w.length > 3 && near.has(w)).length;
  // Same value; the unit agrees, or (for a bare count whose noun is elsewhere) the claim's words are around the number.
  const hits = gaz.claims
    .filter((c) => (k.unit === 'percent' || k.unit === 'percentage points' ? c.unit === k.unit && Math.abs(c.value - k.value) <= 1 : c.value === k.value && (unitsAgree(k.unit, c.unit) || overlap(c) >= 2)))
    .map((c) => ({ id: c.id, overlap: overlap(c) }))
    .sort((a, b) => b.overlap - a.overlap);
  return hits.map((h) => h.id);
}

const GRADE_RE = /\b(outstanding|good|requires? improvement|required improvement|adequate|inadequate|poor|excellent(?:ly)?|performing well|failing)\b/gi;

function findRatings(article: ArticleText, nlp: Analysis, gaz: Gazetteer, mentions: Mention[], content: (a: number, b: number) => boolean): Omit<DraftRating, never>[] {
  const text = article.text;
  const out: DraftRating[] = [];
  for (const m of mentions) {
    if (m.entity.label !== 'Council' || !content(m.start, m.end)) continue;
    const p = article.paragraphAt(m.start);
    let grade: string | undefined;
    let cue = '';
    let rule = '';
    if (p && words(p.text).length <= 4) {
      // A list item: the grade is in the heading above the list.
      for (let k = p.index - 1; k >= 0 && k >= p.index - 40; k--) {
        const h = article.paragraphs[k]!;
        if (words(h.text).length <= 4 && gaz.mentions(h.text).some((x) => x.entity.label === 'Council')) continue;
        GRADE_RE.lastIndex = 0;
        const g = GRADE_RE.exec(h.text);
        if (g) {
          grade = g[1];
          cue = h.text.slice(0, 80);
          rule = 'rating:list-heading';
        }
        break;
      }
    } else {
      const s = nlp.sentences.find((x) => x.start <= m.start && m.start < x.end);
      if (s) {
        const sentence = text.slice(s.start, s.end);
        GRADE_RE.lastIndex = 0;
        let best: RegExpExecArray | null = null;
        for (let g = GRADE_RE.exec(sentence); g; g = GRADE_RE.exec(sentence)) {
          if (!best || Math.abs(s.start + g.index - m.start) < Math.abs(s.start + best.index - m.start)) best = g;
        }
        if (best && /\b(?:rated|judged|deemed|found to be|graded|inspected|ratings?|failing|one of the councils)\b/i.test(sentence)) {
          grade = best[1];
          cue = sentence.slice(0, 120);
          rule = 'rating:sentence';
        }
      }
    }
    if (!grade) continue;
    const normal = grade.toLowerCase().replace(/^requires? improvement|required improvement$/, 'requires improvement').replace(/^excellently$/, 'excellent');
    if (out.some((r) => r.council === m.entity.id && r.grade === normal)) continue;
    out.push({
      council: m.entity.id,
      councilName: m.entity.name,
      existing: true,
      grade: normal,
      start: m.start,
      end: m.end,
      text: m.surface,
      matches: gaz.ratings.filter((r) => r.council === m.entity.id && fold(r.grade) === normal).map((r) => r.id),
      rule,
      cues: [cue],
    });
  }
  return out;
}

function sourceSlug(source: ArticleInput): string {
  const year = /^\d{4}/.exec(source.date ?? '')?.[0];
  const pub = source.publisher ? slugify(source.publisher, 20) : '';
  return slugify([pub, year, source.title].filter(Boolean).join(' '), 60);
}

function resolveByline(source: ArticleInput, gaz: Gazetteer, resolver: SpeakerResolver) {
  let publisher: string | undefined;
  let publisherName: string | undefined = source.publisher;
  if (source.publisher) {
    const hit = gaz.mentions(source.publisher).find((m) => (m.entity.label === 'Organisation' || m.entity.label === 'Council') && m.end - m.start >= source.publisher!.trim().length - 6);
    if (hit) publisher = hit.entity.id;
    else publisher = resolver.proposeOrganisation(source.publisher.trim(), 0, 'media').id;
  }
  const authors: string[] = [];
  const authorNames: string[] = [];
  for (const name of (source.author ?? '').split(/\s*(?:,|\band\b|&)\s*/).filter((x) => x.trim())) {
    authorNames.push(name.trim());
    const hit = gaz.mentions(name).find((m) => m.entity.label === 'Person');
    const existing = hit ?? null;
    authors.push(existing ? existing.entity.id : resolver.proposePerson(name.trim(), 0).id);
  }
  return { publisher, publisherName, authors, authorNames };
}

export type { Stance };
