/**
 * Ratings stage: a council's grade, proposed only where the text gives a named council that grade. Never
 * from a grade word alone ("inadequate funding"), for another subject ("its schools were rated good", a
 * hospital), in a hypothetical ("could be rated inadequate", "if it is judged"), or negated.
 *
 * The grade is given by a rating verb and a grade next to each other ("rated inadequate", "judged to be
 * ‘requires improvement’", "given an ‘inadequate’ rating"), and the council is:
 * - the subject before it, with nothing between but the council's services, a relative clause's rater
 *   or an apposition ("X was rated inadequate", "X's children's services were judged good", "X, rated
 *   good,", "X, one of the councils deemed ‘poor’", "X, which Ofsted rated inadequate");
 * - the object of the verb ("Ofsted rated X inadequate");
 * - a list after it ("the seven judged inadequate are: A; B and C", "… judged poor, including X");
 * - an item of a list under a heading that gives the grade ("Inadequate: the 20 councils" then a name a line).
 * A council the graph does not hold is proposed (label Council) where the text names it as one ("Leeds
 * City Council", "the London Borough of X") or as the subject of a grade.
 *
 * The rating is the graph's when council, grade and (when known) report or period agree; otherwise a
 * new rating: from the main report when the text gives no other time, by the report's publisher unless
 * the text names the rater ("by Ofsted").
 */
import type { DraftNewActor, DraftNewRating, DraftRating } from '../draft.js';
import type { Gazetteer, Mention, RatingEntry } from '../gazetteer.js';
import type { Analysis } from '../nlp.js';
import { fold, slugify, type ArticleText } from '../text.js';
import { periodYears, yearsIn } from './numbers.js';

const GRADE = String.raw`(outstanding|good|requires? improvement|required improvement|inadequate|adequate|poor|performing excellently|performing well|excellent)`;
const Q = String.raw`[‘'"“]?`;
const QE = String.raw`[’'"”]?`;
/** A rating verb with its grade: "rated inadequate", "judged to be ‘poor’", "found to require improvement". */
const GRADE_PHRASE = new RegExp(String.raw`\b(?:rated|judged|deemed|graded|found|assessed|ranked|classed|labelled|declared)\s+(?:by\s+Ofsted\s+)?(?:to\s+be\s+|as\s+(?:being\s+)?)?(?:an?\s+)?${Q}${GRADE}${QE}|\b(?:found\s+to|judged\s+to|said\s+to)\s+(require\s+improvement)|\b(?:given|received|awarded|handed|earned|got|with)\s+(?:an?\s+|the\s+)?${Q}${GRADE}${QE}\s+(?:rating|grade|judgement|verdict|Ofsted\s+rating)|\b(?:improved|moved|rose|climbed|went|jumped|fell|dropped|slipped|slumped)\s+(?:from\s+${Q}[\p{L} ]{3,25}?${QE}\s+)?to\s+${Q}${GRADE}${QE}`, 'giu');
const GRADE_WORD = new RegExp(String.raw`\b${GRADE}\b`, 'i');
/** Words that make the grade another subject's: a school, a hospital, a home. */
const OTHER_SUBJECT = /\b(?:schools?|academ(?:y|ies)|hospitals?|trusts?|colleges?|universit(?:y|ies)|prisons?|nurser(?:y|ies)|homes?|police|forces?|surger(?:y|ies)|practices?|providers?|agenc(?:y|ies)|units?|pupils?|teachers?|funding|budgets?|finances?|housing|roads?)\b/i;
/** Words that make it a hypothetical, a negation or someone's report of a fear. */
const NOT_ASSIGNED = /\b(?:could|would|might|may|if|unless|whether|risks?|risking|fears?|feared|expects?|expected|likely|unlikely|set to|hopes?|hoped|should|will|shall|aims?|wants?|not|never|no longer|avoid(?:ed|s)?|said|says|told|claimed)\b/i;
/** "X Council", "X City Council", "the London Borough of X": the words before "Council" are checked one by one (placeName). */
const COUNCIL_WORD = /\b(?:(?:City|County|Borough|District|Metropolitan Borough|Metropolitan District|Metropolitan)\s+)?Council\b|\b(?:London|Royal) Borough of\s+/g;
/** Words that begin a sentence, name a body or a date ("On 16 February Ellingham …"), not a place: never part of a council's name. */
const NOT_A_PLACE = /^(?:England|English|Wales|Welsh|Scotland|Scottish|Britain|UK|Ireland|Irish|The|A|An|This|That|These|Those|Every|Each|Our|Their|His|Her|Its|It|They|He|She|There|Which|Who|But|And|Yesterday|Today|Meanwhile|Last|Next|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Local|County|City|Town|Parish|Borough|District|Government|Ofsted|Inspectors?|Services?|Councils?|Authorit(?:y|ies)|Care|National|General|Privy|Security|European|British|Arts|Research|Medical|Nursing|Midwifery|Professions|Press|Standards|Children[’']s|Youth|Social|Health|Education|Skills|Sentencing|Prisons?|Science|Economic|Advisory|Welfare|Safeguarding|Sports?|Learning|Funding|Most|Many|Some|All|Only|Several|Few)$/;

export interface RatingContext {
  articleDate?: string;
  /** The report the article answers (existing or proposed), with what is known of it. */
  mainReport?: { id: string; period?: string; date?: string; publisher?: string; framework?: string };
  /** Ids of actors proposed by earlier stages, so a new council is not proposed twice. */
  takenIds: (id: string) => boolean;
  /** A council an earlier stage proposed by this place's name (a council that spoke), to rate rather than propose again. */
  proposedCouncil?: (place: string) => { id: string; name: string } | undefined;
}

export interface RatingsStage {
  /** UTF-16 offsets (propose.ts converts them). */
  ratings: DraftRating[];
  newRatings: DraftNewRating[];
  newCouncils: DraftNewActor[];
}

interface CouncilMention {
  start: number;
  end: number;
  id: string;
  name: string;
  surface: string;
  existing: boolean;
}

const normalGrade = (g: string) =>
  g
    .toLowerCase()
    .replace(/^requires? improvement$|^required improvement$/, 'requires improvement')
    .replace(/^excellent$/, 'performing excellently');

/** After a council named as the object of "rated": its kind, its services, then the grade ("Northby City Council's children's services inadequate"). */
const GRADE_AFTER_OBJECT = new RegExp(String.raw`^\s*(?:(?:(?:City|County|Borough|District|Metropolitan\s+Borough|Town)\s+)?[Cc]ouncil\b\s*)?(?:[’']s\s+(?:children[’']s\s+(?:social\s+care\s+)?)?services\s+)?(?:as\s+|to\s+be\s+|to\s+)?${Q}${GRADE}${QE}`, 'i');
/** A council's own services before its name: "children's services at", "social care in". */
const COUNCIL_SERVICES_AT = /\b(?:services|social\s+care|safeguarding)\s+(?:at|in)\s+(?:the\s+)?$/i;

export function findRatings(article: ArticleText, nlp: Analysis, gaz: Gazetteer, mentions: Mention[], content: (a: number, b: number) => boolean, context: RatingContext): RatingsStage {
  const text = article.text;
  const newCouncils: DraftNewActor[] = [];
  const councils: CouncilMention[] = mentions
    .filter((m) => m.entity.label === 'Council' && content(m.start, m.end))
    .map((m) => ({ start: m.start, end: m.end, id: m.entity.id, name: m.entity.name, surface: m.surface, existing: true }));
  const known = (a: number, b: number) => mentions.some((m) => m.start < b && m.end > a);
  const proposeCouncil = (name: string, start: number, rule: string): CouncilMention | undefined => {
    const clean = name.replace(/[’']s$/, '').trim();
    if (!clean || clean.split(/\s+/).some((w) => NOT_A_PLACE.test(w))) return undefined;
    const existing = [...gaz.byId.values()].find((e) => e.label === 'Council' && [e.name, ...e.aliases].some((n) => fold(n) === fold(clean)));
    if (existing) return { start, end: start + name.length, id: existing.id, name: existing.name, surface: name, existing: true };
    const earlier = context.proposedCouncil?.(clean);
    if (earlier) return { start, end: start + clean.length, id: earlier.id, name: earlier.name, surface: clean, existing: false };
    let proposal = newCouncils.find((c) => fold(c.name) === fold(clean));
    if (!proposal) {
      let id = `council:${slugify(clean)}`;
      for (let n = 2; gaz.get(id) || context.takenIds(id) || newCouncils.some((c) => c.id === id); n++) id = `council:${slugify(clean)}-${n}`;
      proposal = { id, label: 'Council', name: clean, start, end: start + clean.length, rule };
      newCouncils.push(proposal);
    }
    return { start, end: start + clean.length, id: proposal.id, name: proposal.name, surface: clean, existing: false };
  };
  // Councils the text names as councils.
  for (const m of text.matchAll(COUNCIL_WORD)) {
    const name = m[0].startsWith('Council') || /Council$/.test(m[0]) ? placeName(nlp, text, m.index!, 'before') : placeName(nlp, text, m.index! + m[0].length, 'after');
    if (!name || !content(name.start, name.end) || known(name.start, name.end)) continue;
    const c = proposeCouncil(name.text, name.start, 'new-council:named');
    if (c) councils.push(c);
  }

  const found: { council: CouncilMention; grade: string; rule: string; cue: string; at: number }[] = [];
  const assign = (council: CouncilMention, grade: string, rule: string, at: number) => {
    const sentence = sentenceAt(nlp, text, at);
    found.push({ council, grade: normalGrade(grade), rule, cue: sentence.slice(0, 160), at });
  };

  for (const p of text.matchAll(GRADE_PHRASE)) {
    const start = p.index!;
    const end = start + p[0].length;
    const grade = p[1] ?? p[2] ?? p[3] ?? p[4];
    if (!grade || !content(start, end)) continue;
    const { start: sStart, end: sEnd } = sentenceSpan(nlp, text, start);
    // Subject before the phrase.
    const before = councils.filter((c) => c.end <= start && c.start >= sStart).sort((a, b) => b.end - a.end)[0];
    let subject: CouncilMention | undefined = before;
    if (!subject) {
      // A council the graph does not hold, named as the subject: "Northby was rated inadequate".
      const m = /(?:\s+(?:(?:City|County|Borough|District|Metropolitan Borough)\s+)?[Cc]ouncil)?(?:[’']s\s+children[’']s\s+(?:social\s+care\s+)?services)?\s*,?\s+(?:(?:was|were|is|are|has been|had been|have been)\s+)?$/u.exec(text.slice(sStart, start));
      const name = m ? placeName(nlp, text, sStart + m.index, 'before') : undefined;
      if (name && name.start >= sStart && !known(name.start, name.end)) {
        subject = proposeCouncil(name.text, name.start, 'new-council:subject-of-grade');
        if (subject) councils.push(subject);
      }
    }
    if (subject) {
      const gap = text.slice(subject.end, start);
      const lead = text.slice(Math.max(sStart, subject.start - 24), subject.start);
      const fine =
        gap.length <= 90 &&
        !/[.;:!?]/.test(gap) &&
        !councils.some((c) => c !== subject && c.start >= subject!.end && c.end <= start) &&
        !OTHER_SUBJECT.test(gap) &&
        !NOT_ASSIGNED.test(gap) &&
        !/\b(?:if|unless|whether|should|would|could)\s+(?:the\s+)?$/i.test(lead) &&
        // "a hospital in Leeds", "schools across Leeds": the place of another subject ("In Leeds, rated good," is
        // not, nor "children in Leeds, which was rated inadequate": the clause is the council's).
        // The council's own services are the council's: "Children's services at Northby Council were rated inadequate".
        (/^\s*,/.test(gap) || COUNCIL_SERVICES_AT.test(lead) || !/\p{L}\s+(?:in|at|from|near|across|around|outside|within|for)\s+(?:the\s+)?$/iu.test(lead));
      if (fine) {
        assign(subject, grade, 'rating:subject', subject.start);
        // Subjects given together: "Slough, Leeds and Coventry were rated inadequate".
        let head = subject;
        for (;;) {
          const prev = councils.filter((c) => c.end <= head.start && c.start >= sStart).sort((a, b) => b.end - a.end)[0];
          if (!prev || !/^\s*(?:,|,?\s+and|,?\s+or)\s*$/.test(text.slice(prev.end, head.start))) break;
          assign(prev, grade, 'rating:subject', prev.start);
          head = prev;
        }
      }
    }
    // A list after the phrase: "… are: A; B and C", "…, including X".
    const after = text.slice(end, sEnd);
    const trigger = /^[^.;]{0,60}?(?::|\bare\b|\bwere\b|\binclud(?:e|es|ing)\b|\bsuch as\b|\bnamely\b|\bamong them\b)\s*/.exec(after);
    if (trigger && !NOT_ASSIGNED.test(trigger[0])) {
      let at = end + trigger[0].length;
      const listEnd = paragraphEnd(article, at);
      for (const c of councils.filter((x) => x.start >= at && x.end <= listEnd).sort((a, b) => a.start - b.start)) {
        if (!/^[\s,;:–—-]*(?:and\s+|or\s+|as well as\s+)?$/.test(text.slice(at, c.start))) break;
        assign(c, grade, 'rating:list-after-grade', c.start);
        at = c.end;
      }
    }
  }
  // The object of the verb: "Ofsted rated X inadequate".
  for (const c of councils) {
    const lead = text.slice(Math.max(0, c.start - 20), c.start);
    if (!/\b(?:rated|judged|deemed|graded|found|downgraded|upgraded)\s+$/i.test(lead) || NOT_ASSIGNED.test(text.slice(Math.max(0, c.start - 40), c.start - 8))) continue;
    const g = GRADE_AFTER_OBJECT.exec(text.slice(c.end, c.end + 80));
    if (g) assign(c, g[1]!, 'rating:object', c.start);
  }
  // A list under a heading that gives the grade.
  for (const p of article.paragraphs) {
    const item = p.text.replace(/^[\s*•·–-]+/, '').trim();
    if (!item || item.split(/\s+/).length > 4 || !content(p.start, p.end)) continue;
    const heading = headingAbove(article, p.index);
    if (!heading) continue;
    const g = GRADE_WORD.exec(heading.text);
    if (!g || !/\b(?:councils|authorities|local authorities|LAs|areas)\b/i.test(heading.text)) continue;
    let council = councils.find((c) => c.start >= p.start && c.end <= p.end);
    if (!council && /^[A-Z][\p{L}’'/-]+(?:\s+(?:[A-Z][\p{L}’'/-]+|upon|on|and|of))*$/u.test(item) && item.split(/\s+/).length <= 3) {
      const at = p.start + p.text.indexOf(item);
      council = proposeCouncil(item, at, 'new-council:list-item');
      if (council) councils.push(council);
    }
    if (council) assign(council, g[1]!, 'rating:list-heading', council.start);
  }

  // Decide each: the graph's rating, or a new one.
  const ratings: DraftRating[] = [];
  const newRatings: DraftNewRating[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    if (ratings.some((r) => r.council === f.council.id && r.grade === f.grade)) continue;
    const time = timeOf(sentenceAt(nlp, text, f.at), context);
    const matches = gaz.ratings.filter((r) => r.council === f.council.id && fold(r.grade) === f.grade && ratingAgrees(r, time, context)).map((r) => r.id);
    const rating: DraftRating = {
      council: f.council.id, councilName: f.council.name, existing: f.council.existing, grade: f.grade,
      start: f.council.start, end: f.council.end, text: f.council.surface, matches, rule: f.rule, cues: [f.cue],
    };
    if (matches.length) rating.rating = matches[0];
    else {
      const rater = raterOf(text, f.at, sentenceSpan(nlp, text, f.at).end, mentions) ?? context.mainReport?.publisher;
      if (rater) {
        const when = time.report ? (time.period ?? context.mainReport?.date ?? '') : (time.period ?? '');
        let id = `rating:${slugify(`${f.council.name} ${when}`.trim())}`;
        for (let n = 2; gaz.ratings.some((r) => r.id === id) || newRatings.some((r) => r.id === id); n++) id = `rating:${slugify(`${f.council.name} ${when}`.trim())}-${n}`;
        newRatings.push({
          id, council: f.council.id, grade: f.grade, rater,
          ...(time.report ? { report: time.report } : {}),
          ...(time.report && context.mainReport?.framework ? { framework: context.mainReport.framework } : {}),
          ...(time.period ? { period: time.period } : {}),
          ...(time.report && context.mainReport?.date ? { date: context.mainReport.date } : {}),
          start: f.council.start, end: f.council.end, rule: f.rule,
        });
        rating.rating = id;
      }
    }
    ratings.push(rating);
  }
  return { ratings, newRatings, newCouncils: newCouncils.filter((c) => ratings.some((r) => r.council === c.id)) };
}

interface RatingTime {
  /** The report the grade is from, when it is the main report. */
  report?: string;
  period?: string;
  years: number[];
}

/** When the grade was given: a year the sentence names, else the main report's (the article reports its grades). */
function timeOf(sentence: string, context: RatingContext): RatingTime {
  const articleYear = Number(/^\d{4}/.exec(context.articleDate ?? '')?.[0]) || undefined;
  const relative = articleYear ? /\b(last|this)\s+year\b/i.exec(sentence) : null;
  const years = relative ? [/last/i.test(relative[1]!) ? articleYear! - 1 : articleYear!] : yearsIn(sentence);
  const main = context.mainReport;
  const mainSpan = main?.period ? periodYears(main.period) : main?.date ? periodYears(main.date.slice(0, 4)) : null;
  if (years.length) {
    const inMain = mainSpan && years.every((y) => y >= mainSpan[0] && y <= mainSpan[1] + 1);
    const m = /\b(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?\b/.exec(sentence);
    return { report: inMain ? main!.id : undefined, period: inMain ? main!.period : relative ? String(years[0]) : m?.[0].replace(/\s+/g, ''), years };
  }
  // "previously rated", "at its last inspection": another time the text does not date.
  if (/\b(?:previously|formerly|earlier|had been|last inspection|previous inspection|in the past)\b/i.test(sentence)) return { years: [] };
  return { report: main?.id, period: main?.period, years: mainSpan ? [mainSpan[0], mainSpan[1]] : [] };
}

function ratingAgrees(r: RatingEntry, time: RatingTime, context: RatingContext): boolean {
  if (time.report && r.report) return time.report === r.report;
  const span = periodYears(r.period ?? r.date?.slice(0, 4) ?? '');
  if (time.years.length) return !span || time.years.some((y) => y >= span[0] && y <= span[1]);
  // No time at all: only a rating from the article's own time.
  const year = Number(/^\d{4}/.exec(context.articleDate ?? '')?.[0]);
  return !!span && !!year && year >= span[0] && year <= span[1] + 2;
}

/** "… by Ofsted", "… by the Care Quality Commission": the rater the text names right after the grade. */
function raterOf(text: string, at: number, sentenceEnd: number, mentions: Mention[]): string | undefined {
  const by = /\bby\s+(?:the\s+)?$/i;
  const hit = mentions.find((m) => m.start > at && m.end <= sentenceEnd && m.entity.label === 'Organisation' && by.test(text.slice(Math.max(0, m.start - 8), m.start)));
  return hit?.entity.id;
}

function sentenceSpan(nlp: Analysis, text: string, at: number): { start: number; end: number } {
  const s = nlp.sentences.find((x) => x.start <= at && at < x.end);
  return s ? { start: s.start, end: s.end } : { start: Math.max(0, text.lastIndexOf('\n', at) + 1), end: (text.indexOf('\n', at) + 1 || text.length + 1) - 1 };
}

function sentenceAt(nlp: Analysis, text: string, at: number): string {
  const s = sentenceSpan(nlp, text, at);
  return text.slice(s.start, s.end);
}

function paragraphEnd(article: ArticleText, at: number): number {
  return article.paragraphAt(at)?.end ?? article.text.length;
}

/** The nearest paragraph above a list that is not itself a short list item. */
function headingAbove(article: ArticleText, index: number): { text: string } | undefined {
  for (let k = index - 1; k >= 0 && k >= index - 60; k--) {
    const h = article.paragraphs[k]!;
    if (h.text.replace(/^[\s*•·–-]+/, '').trim().split(/\s+/).length <= 4 && !GRADE_WORD.test(h.text)) continue;
    return h.text.split(/\s+/).length <= 12 ? h : undefined;
  }
  return undefined;
}

/**
 * A place's name next to `at`: the proper nouns (wink's PROPN) right before it, or right after it, joined by
 * "upon", "on", "of", "and" ("Kingston upon Thames", "Isle of Wight"); none when a word is not a place's.
 */
function placeName(nlp: Analysis, text: string, at: number, side: 'before' | 'after'): { start: number; end: number; text: string } | undefined {
  const tokens = nlp.tokens;
  const isName = (i: number) => !!tokens[i] && tokens[i]!.pos === 'PROPN' && /^[A-Z]/.test(tokens[i]!.value) && !NOT_A_PLACE.test(tokens[i]!.value);
  const joins = (i: number) => !!tokens[i] && /^(?:upon|on|of|and)$/.test(tokens[i]!.value);
  let first: number;
  let last: number;
  if (side === 'before') {
    last = -1;
    for (let i = 0; i < tokens.length && tokens[i]!.end <= at; i++) last = i;
    if (!isName(last)) return undefined;
    first = last;
    while (first - 1 >= 0 && (isName(first - 1) || (joins(first - 1) && isName(first - 2))) && last - first < 4) first--;
  } else {
    first = tokens.findIndex((t) => t.start >= at);
    if (first < 0 || !isName(first)) return undefined;
    last = first;
    while (last + 1 < tokens.length && (isName(last + 1) || (joins(last + 1) && isName(last + 2))) && last - first < 4) last++;
  }
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  if (/[\n.;:]/.test(text.slice(start, end))) return undefined;
  return { start, end, text: text.slice(start, end) };
}
