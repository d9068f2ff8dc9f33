/**
 * proposeArticle: a new article's text in, a Draft out: the quotes and
 * reported speech in it as statement candidates (exact code-point spans),
 * each with a speaker resolved against the graph, targets with a stance,
 * numbers as claim candidates and councils named with a judgement as rating
 * candidates. Offline and rule-based; every proposal names its rule and cues.
 *
 * The stages, in order (each in its own module, with its own tests in test/ingest/stages/ and its own
 * score in npm run bench:ingest); what is still inline here is the quote and paraphrase loops:
 * 1. Input checks (text.ts): empty, oversized, binary or HTML input is refused with the reason.
 * 2. Text and layout (stages/layout.ts, quotes.ts): hard-wrapped texts, page furniture, subheadings,
 *    sentences cut at paragraph breaks.
 * 3. Target resolution, the main report (stages/report-target.ts, stages/reports.ts): the graph's
 *    report the article answers, else the report the text names, proposed as new.
 * 4. Quote spans and attribution (here, with attribution.ts and stages/speaker-names.ts): every
 *    quotation-mark span; `“…,” X said` (quote:said-after); `X said: “…”` (quote:said-before);
 *    `X: “…”` (quote:colon); a speaker line, above a subheading or not, for the quoted paragraphs
 *    under it (quote:intro-paragraph); a quote left open (quote:continued); a quote paragraph after
 *    another speaker's (quote:inherited). Fragments handed to a speaker by a verb
 *    (stages/fragments.ts, quote:fragment); the unquoted statement under a "Y responds to" headline
 *    (stages/unquoted-response.ts). Repeats, terms and grade words are excluded, with the reason.
 * 5. Reported speech (paraphrase:*): `X said/argued/warned… (that) <clause>` and `<clause>,
 *    according to X`; the span is the reported clause.
 * 6. Speakers (attribution.ts): a person named in the phrase, a near spelling of one, a new person
 *    or body (with the role the text gives), a role, a report's publisher, a pronoun or description
 *    that refers back (to people named anywhere in the text, with honorific gender).
 * 7. Targets and stance (stages/targets.ts, stages/new-entity-mentions.ts, stance.ts).
 * 8. Claims (stages/claims.ts): numbers linked to graph claims of the same value, unit and period.
 * 9. Ratings (stages/ratings.ts): only where the text assigns a grade.
 */
import { createHash } from 'node:crypto';
import type { Stance } from '../model/schema.js';
import type { GraphStore } from '../store/port.js';
import { SAY_VERBS, SpeakerResolver, type Resolved } from './attribution.js';
import { findClaims } from './stages/claims.js';
import { findRatings } from './stages/ratings.js';
import { targetsFor } from './stages/targets.js';
import { isHardWrapped, isHeading, sentencesWithinParagraphs } from './stages/layout.js';
import { findUnquotedResponse } from './stages/unquoted-response.js';
import { fragmentAttribution } from './stages/fragments.js';
import { newEntityMentions } from './stages/new-entity-mentions.js';
import { findMainReport, proposeMainReport, type ProposedMainReport } from './stages/report-target.js';
import { DRAFT_VERSION, type Draft, type DraftStatement } from './draft.js';
import { Gazetteer } from './gazetteer.js';
import { analyse } from './nlp.js';
import { findFurniture, findQuotes, inRanges, type QuoteSpan } from './quotes.js';
import { scoreStance, words } from './stance.js';
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
