/**
 * proposeArticle: a new article's text in, a Draft out: the quotes and
 * reported speech in it as statement candidates (exact code-point spans),
 * each with a speaker resolved against the graph, targets with a stance,
 * numbers as claim candidates and councils named with a judgement as rating
 * candidates. Offline: rules, and a stance model whose weights ship in the
 * repository; every proposal names its rule and cues.
 *
 * The stages, in order (each in its own module, with its own tests in test/ingest/stages/ and its own
 * score in npm run bench:ingest); this function runs them and assembles the draft:
 * 1. Input checks (text.ts): empty, oversized, binary or HTML input is refused with the reason.
 * 2. Text and layout (stages/layout.ts, quotes.ts): hard-wrapped texts, page furniture, subheadings,
 *    sentences cut at paragraph breaks; a news-in-brief page's items (stages/brief-items.ts), each answering its own report.
 * 3. Target resolution, the main report (stages/report-target.ts, stages/reports.ts): the graph's
 *    report the article answers, else the report the text names, proposed as new.
 * 4. Quote spans and attribution (stages/statements.ts, with attribution.ts and stages/speaker-names.ts): every
 *    quotation-mark span; `“…,” X said` (quote:said-after); `X said: “…”` (quote:said-before);
 *    `X: “…”` (quote:colon); a speaker line, above a subheading or not, for the quoted paragraphs
 *    under it (quote:intro-paragraph); a quote left open (quote:continued); a quote paragraph after
 *    another speaker's (quote:inherited). Fragments handed to a speaker by a verb
 *    (stages/fragments.ts, quote:fragment); the unquoted statement under a "Y responds to" headline
 *    (stages/unquoted-response.ts). Repeats, terms and grade words are excluded, with the reason.
 * 5. Reported speech (paraphrase:*, stages/reported-speech.ts): `X said/argued/warned… (that) <clause>`,
 *    `According to X, <clause>` or `<clause>, according to X`, `X calls for …`, `X criticised Y for …`,
 *    `X told MPs that …`, `<clause>, he noted`; the span is the reported clause.
 * 6. Speakers (attribution.ts): a person named in the phrase, a near spelling of one, a new person
 *    or body (with the role the text gives), a new council (by its place) or group (a collective), a
 *    role, a report's publisher, a pronoun or description that refers back (to people and bodies named
 *    anywhere in the text, with honorific gender).
 * 7. Targets and stance (stages/target-resolution.ts: stages/targets.ts with stance.ts, stages/new-entity-mentions.ts,
 *    stages/frameworks.ts, other reports from stages/report-target.ts); the stance model (stages/stance-model.ts)
 *    recodes each stance the rules gave, reading their cues with the statement's words.
 * 8. Claims (stages/numbers.ts, stages/claims.ts): numbers with their unit, period and subject, linked to a graph
 *    claim only when all agree, else proposed as new claims; asserted by their statement or the author.
 * 9. Ratings (stages/ratings.ts): only where the text assigns a grade to a named council; the graph's rating
 *    when council, grade and report or period agree, else a new rating (and a new council when the graph has none).
 */
import { createHash } from 'node:crypto';
import type { Stance } from '../model/schema.js';
import type { GraphStore } from '../store/port.js';
import { validateProperty } from '../model/validate.js';
import { ValidationError } from '../errors.js';
import { SpeakerResolver, type Resolved } from './attribution.js';
import { claimsOfStatement, findClaims, sourceClaims } from './stages/claims.js';
import { findStatementCandidates } from './stages/statements.js';
import { findRatings } from './stages/ratings.js';
import { resolveTargets } from './stages/target-resolution.js';
import { isHardWrapped, lineRunsOn } from './stages/layout.js';
import { findMainReport, itemReports, proposeMainReport, type ProposedMainReport } from './stages/report-target.js';
import { findBriefItems, within } from './stages/brief-items.js';
import { recodeStance, shippedStanceModel, type StanceModel } from './stages/stance-model.js';
import { DRAFT_VERSION, type Draft, type DraftStatement } from './draft.js';
import { Gazetteer } from './gazetteer.js';
import { analyse } from './nlp.js';
import { findFurniture, findQuotes, inRanges } from './quotes.js';
import { ArticleText, IngestInputError, checkArticleText, fold, slugify } from './text.js';
import { sourceSlug } from './source-id.js';
import { aliasAfterOtherFirstName, aliasNamesAnother, aliasRunsOnIntoName, insideOfficeName } from './stages/speaker-names.js';

export interface ArticleInput {
  text: string;
  title: string;
  publisher?: string;
  author?: string;
  date?: string;
  url?: string;
}

/** The article's own fields, held to the model's rules for what they become: a source's title and URL, an actor's name. */
function checkArticleFields(source: ArticleInput): void {
  const given = (value: string | undefined | null): value is string => value !== undefined && value !== null && value !== '';
  const problems = [
    ...validateProperty('Source', 'title', source.title, ['title']),
    ...(given(source.url) ? validateProperty('Source', 'url', source.url, ['url']) : []),
    ...(given(source.publisher) ? validateProperty('Organisation', 'name', source.publisher, ['publisher']) : []),
    ...(given(source.author) ? validateProperty('Person', 'name', source.author, ['author']) : []),
  ];
  if (problems.length) throw new ValidationError(problems, 'cannot read the article');
}

export interface ProposeOptions {
  /** A gazetteer already loaded (the benchmark reuses one across articles). */
  gazetteer?: Gazetteer;
  /** The source slug; derived from the date, publisher and title when absent. */
  slug?: string;
  /** The stance model that recodes the rules' stances (stages/stance-model.ts): the shipped one when absent, none when null. */
  stanceModel?: StanceModel | null;
}

export async function proposeArticle(store: GraphStore | null, source: ArticleInput, options: ProposeOptions = {}): Promise<Draft> {
  checkArticleText(source.text);
  if (typeof source.title !== 'string' || !source.title.trim()) throw new IngestInputError('an article needs a title');
  checkArticleFields(source);
  const gaz = options.gazetteer ?? (store ? await Gazetteer.load(store) : new Gazetteer([], [], []));
  const stanceModel = options.stanceModel === undefined ? shippedStanceModel() : options.stanceModel;
  const started = performance.now();
  const text = source.text;
  // Layout stage: a hard-wrapped text breaks paragraphs only at blank lines; elsewhere a line that runs on does not end its paragraph (stages/layout.ts).
  const article = new ArticleText(text, { joinWrappedLines: isHardWrapped(text), runsOn: lineRunsOn });
  const nlp = analyse(text);
  const warnings: string[] = [];

  const quotes = findQuotes(article);
  const furniture = findFurniture(article, quotes);
  const content = (a: number, b: number) => !inRanges(furniture, a, b);
  // A graph name inside a longer office's name ("Government" in "the Local Government Ombudsman") is not that name,
  // nor a person's alias that the text runs on into another name ("Sir Michael" in "Sir Michael Barton") or that ends
  // a name with another first name ("Webb" in "John Webb", for the graph's Andrew Webb).
  const mentions = gaz
    .mentions(text)
    .filter(
      (m) =>
        content(m.start, m.end) &&
        !insideOfficeName(text, m.start, m.end) &&
        !(m.entity.label === 'Person' && m.via === 'alias' && (aliasRunsOnIntoName(text, m.start, m.end) || aliasAfterOtherFirstName(text, m.start, m.end, m.entity.name) || aliasNamesAnother(text, text.slice(m.start, m.end), m.entity.name))),
    );

  // The report the article is about: the one named most, else one published shortly before the article by a body it names, on the subject the text speaks of;
  // else one the text names that the graph does not hold, proposed as new (stages/reports.ts).
  // A news-in-brief page (stages/brief-items.ts): its first item's report is the article's; each later item answers its own.
  const [firstItem, ...laterItems] = findBriefItems(source.title, article.paragraphs, content);
  const mainText = firstItem ? within(text, firstItem.start, firstItem.end) : text;
  const mainSource = firstItem ? { ...source, title: firstItem.headline.text.trim() } : source;
  let mainReport = findMainReport(gaz, firstItem ? mentions.filter((m) => m.start >= firstItem.start && m.end <= firstItem.end) : mentions, source.date, `${mainSource.title}\n${mainText}`);
  let proposedReport: ProposedMainReport | undefined;
  const resolver = new SpeakerResolver(text, gaz, mentions, () => mainReport?.id, () => proposedReport?.publisherReferent, content);
  const taken = new Set<string>();
  const exists = (id: string) => !!gaz.get(id) || taken.has(id);
  if (!mainReport) {
    proposedReport = proposeMainReport(mainText, mainSource, gaz, resolver, content, exists);
    if (proposedReport) mainReport = { id: proposedReport.entity.id, rule: proposedReport.draft.rule };
  }
  const mainEntity = proposedReport?.entity ?? (mainReport ? gaz.get(mainReport.id) : undefined);
  if (mainEntity) taken.add(mainEntity.id);
  const items = itemReports(laterItems, text, source, gaz, mentions, resolver, content, exists);

  // Quote and paraphrase spans, with their speakers (stages/statements.ts).
  // An unsigned page in its own voice (a paper's leader column) speaks for its publisher: the one given, else the paper the
  // page names as itself ("readers of the Brackenford Evening Post were assured …").
  const speakingPublisher = source.publisher?.trim() || OWN_PAPER.exec(text)?.[1];
  const publisherSpeaker = speakingPublisher ? () => publisherAsSpeaker(speakingPublisher, gaz, resolver) : undefined;
  const { candidates: kept, excluded } = findStatementCandidates({ text, title: source.title, publisher: source.publisher, url: source.url, publisherSpeaker, article, quotes, nlp, resolver, content });

  const slug = options.slug ?? sourceSlug(source);
  // Claims first, so statements can assert them (stages/claims.ts).
  const claimStage = findClaims(text, nlp, gaz, content, { articleDate: source.date, reportPeriod: proposedReport?.draft.period ?? mainEntity?.period }, slug);
  const statements: DraftStatement[] = [];
  const counters = new Map<string, number>();
  // Target resolution (stages/target-resolution.ts): what statements are about, and the stance toward each.
  const targets = resolveTargets({ text, title: source.title, gaz, mentions, content, resolver, mainReport: mainEntity, proposedReport, speakers: kept.flatMap((c) => [c.speaker.name, ...(c.speaker.role?.atName ? [c.speaker.role.atName] : [])]), items });
  for (const c of kept) {
    const speakerSlug = c.speaker.id.split(':')[1]!.split('-').slice(-2).join('-');
    const n = (counters.get(speakerSlug) ?? 0) + 1;
    counters.set(speakerSlug, n);
    const id = `statement:${slug}.${speakerSlug}-${n}`;
    const about = targets.targetsFor(c);
    const statementText = text.slice(c.start, c.end);
    const { asserts, disputes, about: claimTargets } = claimsOfStatement(claimStage, { id, start: c.start, end: c.end, text: statementText }, gaz);
    for (const t of claimTargets) if (!about.some((x) => x.target === t.target)) about.push(t);
    if (stanceModel) for (const t of about) recodeStance(stanceModel, { text: statementText, kind: c.kind, speakerLabel: c.speaker.label }, t);
    const reports = about.filter((t) => t.label === 'Report').map((t) => t.target);
    const publisherOf = (id: string) => (id === mainEntity?.id ? mainEntity.publishedBy[0] : gaz.get(id)?.publishedBy[0]);
    const respondsTo = c.respondsTo || (reports.length && c.speaker.id !== publisherOf(reports[0]!)) ? [...new Set(reports)] : [];
    const stanceConfidence = about.length ? Math.max(...about.map((t) => t.confidence)) : 0.5;
    statements.push({
      id,
      kind: c.kind,
      start: article.cp(c.start),
      end: article.cp(c.end),
      text: statementText,
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

  const ratingStage = findRatings(article, nlp, gaz, mentions, content, {
    articleDate: source.date,
    mainReport: mainEntity && { id: mainEntity.id, period: proposedReport?.draft.period ?? mainEntity.period, date: proposedReport?.draft.date ?? mainEntity.date, publisher: proposedReport?.draft.publisher ?? mainEntity.publishedBy[0], framework: mainEntity.framework },
    takenIds: (id) => resolver.newActors.has(id),
    proposedCouncil: (place) => [...resolver.newActors.values()].find((a) => a.label === 'Council' && fold(a.name) === fold(place)),
  });
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
    newActors: [...resolver.newActors.values(), ...ratingStage.newCouncils].map((a) => ({ ...a, start: article.cp(a.start), end: article.cp(a.end) })),
    newReports: targets.newReports((id) => statements.some((s) => s.about.some((t) => t.target === id))).map((r) => ({ ...r, start: article.cp(r.start!), end: article.cp(r.end!) })),
    newFrameworks: targets.newFrameworks.map((f) => ({ ...f, start: article.cp(f.start!), end: article.cp(f.end!) })),
    claims: claimStage.claims.map((k) => ({ ...k, start: article.cp(k.start), end: article.cp(k.end) })),
    newClaims: claimStage.newClaims.map((k) => ({ ...k, start: article.cp(k.start!), end: article.cp(k.end!) })),
    sourceAsserts: sourceClaims(claimStage),
    sourceDisputes: [],
    ratings: ratingStage.ratings.map((r) => ({ ...r, start: article.cp(r.start), end: article.cp(r.end) })),
    newRatings: ratingStage.newRatings.map((r) => ({ ...r, start: article.cp(r.start!), end: article.cp(r.end!) })),
    excludedQuotes: excluded
      .filter((e) => !statements.some((s) => article.cp(e.start) >= s.start && article.cp(e.end) <= s.end))
      .map((e) => ({ text: cpText(e.start, e.end), start: article.cp(e.start), reason: e.reason })),
    mainReport,
    elapsedMs: round(performance.now() - started),
    warnings,
  };
  draft.newActors = referencedActors(draft);
  if (!statements.length) warnings.push('no quotes or reported speech were found');
  return draft;
}

/**
 * The new actors something in the draft refers to (a statement's speaker or target, the byline, a rating, a report's
 * publisher, another new actor's role), and the actors those refer to. A stage may propose an actor for a reading it
 * then drops ("Councils" tried as the speaker of a headline): nothing refers to it, and it is no node to review.
 */
function referencedActors(draft: Draft): Draft['newActors'] {
  const ids = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') ids.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect({ ...draft, newActors: [] });
  const byId = new Map(draft.newActors.map((a) => [a.id, a]));
  const kept = new Set<string>();
  const keep = (id: string) => {
    const actor = byId.get(id);
    if (!actor || kept.has(id)) return;
    kept.add(id);
    if (actor.role?.at) keep(actor.role.at);
  };
  for (const id of ids) keep(id);
  return draft.newActors.filter((a) => kept.has(a.id));
}

const round = (x: number) => Math.round(x * 100) / 100;

/** A newspaper the page names as its own: "readers of the Kelby Evening Post", "this newspaper, the Kelby Echo". */
const OWN_PAPER = /\b(?:readers\s+of|this\s+newspaper,|this\s+paper,|here\s+at)\s+the\s+((?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:Post|Echo|Gazette|Herald|Chronicle|Courier|Mercury|Advertiser|Argus|Star|Times|Telegraph|Journal|Express|Mail|Observer|Standard|Press|News))\b/u;

/** The page's publisher as the caller names it: the graph's body of that name, else a new one. */
function publisherAsSpeaker(name: string, gaz: Gazetteer, resolver: SpeakerResolver): Resolved {
  const hit = gaz.mentions(name).find((m) => (m.entity.label === 'Organisation' || m.entity.label === 'Council') && m.end - m.start >= name.length - 6);
  if (hit) return { id: hit.entity.id, name: hit.entity.name, label: hit.entity.label as Resolved['label'], existing: true, resolvedBy: 'publisher', mention: name, confidence: 0.8, start: 0, end: 0 };
  const proposal = resolver.proposeBody(name, 0, 'media');
  return { id: proposal.id, name: proposal.name, label: proposal.label as Resolved['label'], existing: false, resolvedBy: 'publisher', mention: name, confidence: 0.6, start: 0, end: 0 };
}

function resolveByline(source: ArticleInput, gaz: Gazetteer, resolver: SpeakerResolver) {
  const publisherName: string | undefined = source.publisher;
  const publisher = source.publisher?.trim() ? publisherAsSpeaker(source.publisher.trim(), gaz, resolver).id : undefined;
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
