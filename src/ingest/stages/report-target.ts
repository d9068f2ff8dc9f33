/**
 * Target-resolution stage: when the graph holds none of the reports an article names, the article's
 * main report is proposed as a new node (stages/reports.ts finds and chooses it), with its publisher
 * resolved against the graph or proposed as a new organisation. The result is what the other stages
 * need: an Entity to target, the draft's `newReports` entry, and the publisher as a referent (so "the
 * report said" and "it warned" resolve to the publisher).
 */
import type { Referent, SpeakerResolver } from '../attribution.js';
import type { Draft, DraftNewReport } from '../draft.js';
import { ASSESSOR_KIND, type Entity, type Gazetteer, type Mention } from '../gazetteer.js';
import { fold, slugify } from '../text.js';
import { chooseMainReport, findRegulatorOutput, findReportMentions, LEDE as OPENING, type ReportMention } from './reports.js';
import { COUNCIL_SERVICES } from './new-entity-mentions.js';
import { isPersonalName } from './speaker-names.js';
import { within, type BriefItem } from './brief-items.js';
import { GRADE_WORDS } from './report-subject.js';

export interface ProposedMainReport {
  entity: Entity;
  /** UTF-16 offsets (the caller converts them to code points); a proposal always says where and by which rule. */
  draft: DraftNewReport & Required<Pick<DraftNewReport, 'start' | 'end' | 'rule'>>;
  publisherReferent?: Referent;
  /** Every place the text names it (UTF-16), so "this report" after it refers to it. */
  mentions: { entity: Entity; start: number; end: number }[];
}

export function proposeMainReport(
  text: string,
  source: { title: string; date?: string },
  gaz: Gazetteer,
  resolver: SpeakerResolver,
  content: (a: number, b: number) => boolean,
  exists: (id: string) => boolean,
): ProposedMainReport | undefined {
  const named = findReportMentions(text).filter((m) => content(m.start, m.end));
  // A report named only as a comparison or as the speaker's own is the main one only when nothing else is; one named by
  // a possessive alone ("his report", "their annual report") has no name to give it: the headline titles it (unnamedReport).
  const news = named.filter((m) => !m.aside && !namesNoReport(m));
  const chosen = chooseMainReport(news, source.title);
  // The report the opening speaks of ("seven weeks after Ofsted inspectors found …; she read from the report") is the
  // news, when the one chosen by its title is only named further on and made by someone else (a serious case review the
  // debate also mentions).
  const openingAssessorName = chosen && chosen.start >= OPENING ? assessorNamed(gaz, text.slice(0, OPENING), content) : undefined;
  // Made by someone else only where the text says who made it: "the Redmoor report", with no maker, may be the
  // opening's own report named again.
  const otherMaker = openingAssessorName && chosen?.publisherName && !fold(chosen.publisherName).includes(fold(openingAssessorName));
  const openingReport = otherMaker ? unnamedReport(UNNAMED_REPORT, text, source.title, content) : null;
  const found =
    (openingReport && openingReport.start < OPENING && !named.some((m) => m.start < OPENING && m !== chosen) ? openingReport : chosen) ??
    unnamedReport(UNNAMED_REPORT, text, source.title, content) ??
    regulatorOutput(text, source.title, content) ??
    chooseMainReport(named, source.title) ??
    unnamedReport(UNNAMED_OUTPUT, text, source.title, content);
  if (!found) return undefined;
  const main = namedByMakerAlone(found, source.title);
  const base = `report:${slugify(main.title, 60)}`;
  let id = base;
  for (let n = 2; exists(id); n++) id = `${base}-${n}`;
  // The publisher: the most specific name any mention of this report gives, resolved against the graph.
  // A report the opening speaks of without naming it is the assessor's the opening names ("seven weeks after Ofsted
  // inspectors found …"), before any author the rest of the text gives another document.
  const openingAssessor = main === openingReport ? openingAssessorName : undefined;
  const publisherName =
    main.publisherName ??
    named.find((m) => m.publisherName && fold(m.title) === fold(main.title))?.publisherName ??
    openingAssessor ??
    (main.publisherIsRole ? undefined : publisherFromText(main.title, text, content) ?? assessorNamed(gaz, text, content));
  let publisher: { id: string; name: string; label: 'Organisation' | 'Council' | 'Person' } | undefined;
  // "by Professor Alan Pennock of the University of Kelby": a person, at a body.
  const personAtBody = publisherName ? PERSON_OF_BODY.exec(publisherName) : null;
  const atBody = personAtBody && isPersonalName(personAtBody[1]!) ? { person: personAtBody[1]!, body: personAtBody[2]! } : undefined;
  if (publisherName && !main.publisherIsRole) {
    const known = gaz.mentions(publisherName).find((m) => (m.entity.label === 'Organisation' || m.entity.label === 'Council') && m.end - m.start >= publisherName.length - 4);
    if (known) publisher = { id: known.entity.id, name: known.entity.name, label: known.entity.label as 'Organisation' | 'Council' };
    else if (atBody || isPersonalName(publisherName)) {
      // "Alan Pennock's review": a person wrote it, who is "he" after it.
      const name = atBody?.person ?? publisherName;
      // The title the text gives is the honorific at most: a professor's chair at a university.
      const role = atBody && /^(?:Professor|Prof)\b/.test(name) ? { title: 'professor', atName: atBody.body } : undefined;
      const proposal = resolver.proposePerson(name, main.start, role, 'new-person:report-author');
      publisher = { id: proposal.id, name: proposal.name, label: 'Person' };
    } else {
      const proposal = resolver.proposeBody(publisherName, main.start, 'other', 'new-organisation:report-publisher');
      publisher = { id: proposal.id, name: proposal.name, label: proposal.label === 'Council' ? 'Council' : 'Organisation' };
    }
  }
  // The body the report is of ("inspection of Northmere Council"), proposed where the graph lacks it, so that what is
  // said of it later is said of an actor the reviewer sees.
  if (main.assessed && !gaz.mentions(main.assessed.name).some((m) => m.end - m.start >= main.assessed!.name.length - 4)) {
    resolver.proposeBody(main.assessed.name, main.assessed.start, 'other', 'new-organisation:report-subject');
  }
  const date = source.date?.slice(0, 7);
  const entity: Entity = { id, label: 'Report', name: main.title, aliases: [], date, roles: [], publishedBy: publisher ? [publisher.id] : [] };
  return {
    entity,
    mentions: named.filter((m) => fold(m.title) === fold(main.title) || sameUntitledReport(m, main)).map((m) => ({ entity, start: m.start, end: m.end })),
    draft: {
      id,
      title: main.title,
      publisher: publisher?.id,
      publisherName: publisher?.name ?? publisherName,
      date,
      start: main.start,
      end: main.end,
      rule: main.titled ? 'new-report:titled' : 'unnamed' in main ? 'new-report:unnamed' : main.regulatorOutput ? 'new-report:regulator-output' : 'new-report:publisher-and-noun',
    },
    publisherReferent: publisher ? { at: main.start, id: publisher.id, name: publisher.name, label: publisher.label, animate: publisher.label === 'Person', via: id } : undefined,
  };
}

/** A later item of a news-in-brief page (brief-items.ts) with the report it answers. */
export interface ItemReport {
  start: number;
  end: number;
  headline: string;
  report: Entity;
  /** Where the graph holds none: the report the item names, proposed. */
  proposal?: ProposedMainReport;
}

/**
 * The report each item answers, found in that item alone as the article's is in the whole text: the graph's it names
 * or points to, else the one it names, proposed (an item naming none answers none of its own).
 */
export function itemReports(
  items: BriefItem[],
  text: string,
  source: { title: string; date?: string },
  gaz: Gazetteer,
  mentions: Mention[],
  resolver: SpeakerResolver,
  content: (a: number, b: number) => boolean,
  exists: (id: string) => boolean,
): ItemReport[] {
  const used = new Set<string>();
  return items.flatMap((item) => {
    const itemText = within(text, item.start, item.end);
    const headline = item.headline.text.trim();
    const graph = findMainReport(gaz, mentions.filter((m) => m.start >= item.start && m.end <= item.end), source.date, `${headline}\n${itemText}`);
    const proposal = graph ? undefined : proposeMainReport(itemText, { ...source, title: headline }, gaz, resolver, content, (id) => exists(id) || used.has(id));
    const report = proposal?.entity ?? (graph ? gaz.get(graph.id) : undefined);
    if (!report) return [];
    used.add(report.id);
    return [{ start: item.start, end: item.end, headline, report, proposal }];
  });
}

/**
 * A report the text credits to no one ("Birmingham's children's services remain inadequate, Ofsted has said"): the
 * first inspectorate, regulator, ombudsman or auditor of the graph's that the article names made it.
 */
function assessorNamed(gaz: Gazetteer, text: string, content: (a: number, b: number) => boolean): string | undefined {
  return gaz.mentions(text).find((m) => m.entity.label === 'Organisation' && ASSESSOR_KIND.test(m.entity.kind ?? '') && content(m.start, m.end))?.entity.name;
}

/** A mention with no title, no publisher and nothing after its noun ("his report", "their annual review"). */
const namesNoReport = (m: ReportMention) => !m.titled && !m.publisherName && m.title.split(/\s+/).length <= 2;

/**
 * A report named only by its maker and a noun ("the Ofsted report", "an NAO review") has no title: one such name would
 * stand for every report that maker publishes, and a later article's "the Ofsted report" would find this one in the
 * graph. Titled by the article's headline, as a report the text does not name is (unnamedReport), its maker kept.
 */
function namedByMakerAlone<T extends ReportMention>(m: T, articleTitle: string): T | (ReportMention & { unnamed: true }) {
  if (m.titled || m.regulatorOutput || 'unnamed' in m) return m;
  const noun = /(\p{L}+)$/u.exec(m.title)?.[1];
  const maker = m.title.slice(0, m.title.length - (noun?.length ?? 0)).trim();
  // A review led by a person is known by their name ("the Munro review"): that is its title.
  if (!noun || !maker || !/^\p{Lu}/u.test(maker) || isPersonalName(maker) || (m.publisherName ? fold(m.publisherName) !== fold(maker) : !namesNoReport(m))) return m;
  return { ...m, title: `${articleTitle.trim()} (${noun.toLowerCase()})`, publisherName: m.publisherName ?? maker, unnamed: true };
}

/** Words that end many bodies' names: not enough to tell one report's author from another's. */
const GENERIC_NAME_END = /^(?:office|commission|committee|board|council|authority|agency|department|ministry|trust|inspectorate|institute|group|union|review|report|the|and)$/;

/**
 * An untitled report that is the main one under another name: the one the text says the speaker answers or
 * that was published here ("Commenting on the Office of Rail and Road report of its inquiry"), or one by an
 * author the main report's title names ("Stephen Glaister's report" for the "ORR Glaister report"). Without
 * this, "this report" after it would fall back to another report named earlier (a review announced the same day).
 */
function sameUntitledReport(m: ReportMention, main: ReportMention): boolean {
  if (m.titled || m.aside || m === main) return false;
  if (m.publishedHere) return true;
  const author = m.publisherName ? fold(m.publisherName).split(/[^\p{L}]+/u).filter(Boolean).pop() : undefined;
  const mainWords = new Set(fold(main.title).split(/[^\p{L}]+/u));
  return !!author && author.length > 2 && !GENERIC_NAME_END.test(author) && mainWords.has(author);
}

/** Words that describe a report without naming it ("a final report", "its latest regulatory judgements"). */
const REPORT_ADJECTIVE = String.raw`(?:new|latest|damning|critical|annual|final|interim|initial|full|official|independent|scathing|major|long-awaited|landmark|first|second|third|recent|highly|hard-hitting|detailed|separate|further|special|regulatory|statutory|formal|national|draft|published|updated|quarterly|monthly|thematic|unannounced|joint|targeted|follow-up|two-day|three-day|week-long)`;
/** A report the text speaks of ("in a report published on Friday", "the report's findings", "a final report into …", "whose report concluded") without naming it. */
const UNNAMED_REPORT = new RegExp(String.raw`\b(?:a|the|its|their|his|her|whose|this|today[’']s)\s+(?:${REPORT_ADJECTIVE}\s+){0,2}(report|review|audit|assessment|inspection report)\b`, 'i');
/**
 * Last, when the text names no report by any rule: what a body put out that the article answers under another
 * noun ("In a regulatory judgement published today", "its codes of practice", "a consultation", "in a letter published on Thursday" (an inspectorate's monitoring letter), "the publication
 * of punctuality statistics"). Only where nothing else is found: these nouns are often not the news.
 */
const OUTPUT_NOUN = String.raw`investigation|inquiry|study|analysis|survey|evaluation|inspection|judgements?|judgments?|ruling|findings|consultation|codes\s+of\s+practice|guidance|verdict|monitoring\s+(?:visit|letter)|letter`;
const UNNAMED_OUTPUT = new RegExp(
  // Figures and statistics only as what was published: "the latest figures" alone is as often anyone's numbers.
  String.raw`\b(?:(?:a|an|the|its|their|this|today[’']s)\s+(?:${REPORT_ADJECTIVE}\s+){0,2}(${OUTPUT_NOUN})|publication\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+){0,2}?(${OUTPUT_NOUN}|statistics|figures))\b`,
  'iu',
);

/**
 * The report an article answers when the text never names it: titled by the article's headline (what it
 * is about), with its publisher where the same sentence names it (else none), so its statements still have a
 * report to point at and a reviewer can name it.
 */
function unnamedReport(pattern: RegExp, text: string, articleTitle: string, content: (a: number, b: number) => boolean): (ReportMention & { unnamed: true }) | null {
  const m = pattern.exec(text);
  if (!m || !content(m.index, m.index + m[0].length)) return null;
  const publisherName = authorAround(text, m.index, m.index + m[0].length) ?? councilOfCommitteePaper(text, m.index + m[0].length);
  return { start: m.index, end: m.index + m[0].length, title: `${articleTitle.trim()} (${(m[1] ?? m[2])!.toLowerCase().replace(/\s+/g, ' ')})`, titled: false, unnamed: true, ...(publisherName && { publisherName }) };
}


/** A paper put to a council's members: "a report to councillors", "a report presented to the council's scrutiny committee". */
const TO_COUNCILLORS = /^\s+(?:(?:presented|submitted|going|due)\s+)?to\s+(?:the\s+)?(?:councillors|council(?:[’']s)?\s+(?:cabinet|(?:[\p{L}’'-]+\s+){0,4}(?:committee|panel|board))|(?:[\p{L}’'-]+\s+){0,3}(?:scrutiny\s+)?(?:committee|cabinet|panel))\b/iu;

/**
 * The council whose officers wrote a paper put to its members ("a report to councillors has revealed"): the council the
 * text names first, when the paper is one.
 */
function councilOfCommitteePaper(text: string, end: number): string | undefined {
  if (!TO_COUNCILLORS.test(text.slice(end, end + 120))) return undefined;
  COUNCIL_NAMED.lastIndex = 0;
  const named = COUNCIL_NAMED.exec(text);
  return named?.[0].replace(/^(?:The|A|An)\s+/, '');
}

/** Words that say a document is a report, or when, or by whom in general: no report's subject. */
const NOT_SUBJECT = new Set(['report', 'reports', 'annual', 'review', 'first', 'second', 'third', 'interim', 'final', 'latest', 'new', 'the', 'of', 'and', 'on', 'into', 'for', 'in', 'a', 'an', 'to', 'her', 'his', 'majesty', 'majestys', 'chief', 'inspector', 'inspectors', 'state', 'year', 'own', 'recent', 'by']);

/** A report's subject words in one of its names: what is left once the report words, years and its publisher's names are taken out. */
function subjectWords(name: string, publisherWords: Set<string>): string[] {
  return fold(name)
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !NOT_SUBJECT.has(w) && !publisherWords.has(w));
}

/**
 * Does the text support this graph report as the one it answers, though it never names it? Only if it
 * speaks of the report's subject: every subject word of its title, or of one of its aliases ("social care"
 * for "Ofsted social care annual report 2013-14"). An article about the same publisher's report on
 * further education does not.
 */
function textSupports(report: Entity, gaz: Gazetteer, words: Set<string>): boolean {
  const publisherWords = new Set(report.publishedBy.flatMap((id) => {
    const p = gaz.get(id);
    return p ? [p.name, ...p.aliases].flatMap((n) => fold(n).split(/[^\p{L}]+/u)) : [];
  }));
  return [report.name, ...report.aliases].some((name) => {
    const subject = subjectWords(name, publisherWords);
    return subject.length > 0 && subject.every((w) => words.has(w));
  });
}

/** A regulator's finding, ruling, fine or data the opening says was put out, in the content (reports.ts). */
function regulatorOutput(text: string, articleTitle: string, content: (a: number, b: number) => boolean): ReportMention | null {
  const found = findRegulatorOutput(text, articleTitle);
  return found && content(found.start, found.end) ? found : null;
}

/**
 * The main report among the graph's: the one named most (of the article's time), else one published
 * shortly before the article by a body it names, when the text (or its headline) speaks of its subject.
 */
export function findMainReport(gaz: Gazetteer, mentions: Mention[], date: string | undefined, text: string): Draft['mainReport'] {
  const counts = new Map<string, number>();
  // A report of the graph named in an article years apart from it is another edition with the same name
  // ("Ofsted's annual report"): not the one the article answers.
  const sameTime = (e: Entity) => !date || !e.date || monthsApart(date, e.date, -1, 24) !== null;
  for (const m of mentions) if (m.entity.label === 'Report' && sameTime(m.entity)) counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + 1);
  if (counts.size) {
    const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return { id, rule: 'named most often' };
  }
  if (!date) return undefined;
  // A body is named by its name, by one of its people, or by the office its head holds ("the chief inspector's
  // annual report" names the inspectorate whose chief inspector the graph knows).
  const named = new Set(mentions.flatMap((m) => [m.entity.id, ...m.entity.roles.map((r) => r.at)]));
  const spaced = ` ${fold(text).replace(/[^\p{L}]+/gu, ' ')} `;
  for (const office of gaz.offices()) if (spaced.includes(` ${office.title} `)) named.add(office.at);
  // An opening that credits the news to a body of another kind ("a charity warned today") is about that body's report.
  const opening = openingOf(text);
  if (OTHER_MAKER_OPENING.test(opening)) return undefined;
  // Nor when it credits the news to a report by a body the graph does not know ("according to a report published today
  // by the Harwood Centre for Social Policy"): that body's report is the news, not the graph's of the same months.
  const credited = CREDITED_REPORT.exec(opening)?.[1];
  if (credited && !gaz.mentions(credited).some((m) => m.entity.label === 'Organisation' || m.entity.label === 'Council')) return undefined;
  const words = new Set(fold(text).replace(/[’']s\b/g, '').split(/[^\p{L}]+/u));
  const oneCouncil = aboutOneCouncil(text);
  // Nor when the opening grades one body that is no council ("inspectors rated it inadequate", "the home was judged
  // good"): that body's inspection is the news.
  if (!oneCouncil && ONE_BODY_GRADED.test(opening) && !NATIONAL_ROUND.test(opening)) return undefined;
  // Where the publisher is first named: of two reports as near in time, the one whose maker the text names first.
  const firstNamed = (e: Entity) => Math.min(...mentions.filter((m) => e.publishedBy.includes(m.entity.id) || m.entity.roles.some((r) => e.publishedBy.includes(r.at))).map((m) => m.start), Infinity);
  let best: { id: string; gap: number; at: number } | null = null;
  for (const e of gaz.byId.values()) {
    if (e.label !== 'Report' || !e.date || !e.publishedBy.some((p) => named.has(p)) || !textSupports(e, gaz, words)) continue;
    // An article about one council's inspection answers that inspection, not a national report of the same months,
    // unless the report names the council or the text speaks of a national or yearly round ("the annual ratings").
    if (oneCouncil && ![e.name, ...e.aliases].some((n) => fold(n).includes(oneCouncil))) continue;
    const gap = monthsApart(date, e.date, 0, 2);
    const at = firstNamed(e);
    if (gap !== null && (!best || gap < best.gap || (gap === best.gap && at < best.at))) best = { id: e.id, gap, at };
  }
  return best ? { id: best.id, rule: 'published by a body the article names, within two months before it, on the subject the text speaks of' } : undefined;
}

/** A maker named as a person at a body: "Professor Alan Pennock of the University of Kelby". */
const PERSON_OF_BODY = /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?(\p{Lu}.+)$/u;

/** The headline and the opening paragraph: where a news story says what it is about. */
const openingOf = (text: string) => text.slice(0, text.indexOf('\n') + 1 + OPENING);

/** A council by its name ("Kettleby County Council", "Harwick council"). */
const COUNCIL_NAMED = /\b(\p{Lu}[\p{L}’'-]+(?:[ -]\p{Lu}[\p{L}’'-]+)*)[ \t]+(?:(?:City|County|Borough|District|Metropolitan[ \t]+Borough)[ \t]+)?[Cc]ouncil\b/gu;
/** The news credited to a body that is no inspectorate: "a charity warned today", "a union has said", "according to a think tank". */
const OTHER_MAKER_OPENING =
  /\b(?:an?|the)\s+(?:(?:leading|national|children[’']s|housing|health|social\s+work|teaching|education|care)\s+)?(?:charity|charities|union|unions|think[- ]tank|campaign(?:ing)?\s+group|pressure\s+group|coalition|alliance|researchers|academics|university|survey\s+of)\s+(?:(?:has|have|had)\s+)?(?:warned|warns|said|says|found|finds|claimed|claims|revealed|reveals|reported|reports)\b|\baccording\s+to\s+(?:an?\s+)?(?:charity|union|think[- ]tank|campaign\s+group|survey)\b/i;
/** A place's council services in the opening, title case or capitals: "KENWORTH'S children's services", "children's services in Ashby". */
const SERVICES_OF_ONE_PLACE = new RegExp(String.raw`(?<![\p{L}’'-])(\p{Lu}[\p{L}-]+)[’'][sS][ \t]+${COUNCIL_SERVICES}\b|\b${COUNCIL_SERVICES}[ \t]+in[ \t]+(\p{Lu}[\p{L}-]+)(?![\p{L}’'-]|[ \t]+\p{Lu})`, 'gu');
/** One body given a grade: "rated it inadequate", "was judged good" (not "were rated": many bodies). */
const ONE_BODY_GRADED = new RegExp(String.raw`\b(?:rated|judged|graded)\s+it\s+(?:as\s+)?[‘'“"]?(?:${GRADE_WORDS})\b|\b(?:was|has\s+been|had\s+been|is)\s+(?:rated|judged|graded)\s+(?:as\s+)?[‘'“"]?(?:${GRADE_WORDS})\b`, 'iu');
/** Words of a national or yearly round: every council judged at once, not one inspected. */
const NATIONAL_ROUND = /\b(?:annual|yearly|national|nationally|ratings|league tables?|every council|all councils|across (?:england|the country)|councils across)\b/i;

/**
 * The one council the headline and the opening name as what the article is about, when they name exactly one and
 * the text speaks of no national or yearly round (folded), else undefined.
 */
function aboutOneCouncil(text: string): string | undefined {
  const opening = openingOf(text);
  if (NATIONAL_ROUND.test(text)) return undefined;
  const places = new Set(
    [
      ...[...opening.matchAll(COUNCIL_NAMED)].map((m) => m[1]!.replace(/^(?:The|A|An)\s+/, '').replace(/(?:\s+(?:City|County|Borough|District|Metropolitan))+$/, '')),
      ...[...opening.matchAll(SERVICES_OF_ONE_PLACE)].map((m) => (m[1] ?? m[2])!),
    ]
      .map(fold)
      .filter((p) => !/^(?:the|a|an|this|that|its|their|our|local|county|city|borough|district|town|parish|labour|conservative|tory|liberal|green|england|britain|wales|scotland|london)$/.test(p)),
  );
  return places.size === 1 ? [...places][0] : undefined;
}

/** The months a date may stand for: a year alone ("2016") is any of its twelve, a month or a day one month. */
function monthRange(date: string): [number, number] {
  const [y, m] = date.split('-');
  const first = Number(y) * 12 + (m ? Number(m) - 1 : 0);
  return [first, m ? first : first + 11];
}

/**
 * How many months the article may come after the report, within [min, max] months, or null when the two
 * dates cannot be that far apart. Dates of a year alone are ranges, so an article dated "2016" may answer
 * a report of June 2016 (month gap 0) where reading the year as its January would put it five months before.
 */
function monthsApart(articleDate: string, reportDate: string, min: number, max: number): number | null {
  const [articleFirst, articleLast] = monthRange(articleDate);
  const [reportFirst, reportLast] = monthRange(reportDate);
  const least = articleFirst - reportLast;
  const most = articleLast - reportFirst;
  if (most < min || least > max) return null;
  return Math.max(least, min);
}

/**
 * The other reports the text names by a title (not the main report, not the graph's): each a new
 * report with the publisher name the text gives, so a statement about it ("This report describes …"
 * after it is named) points at it. The caller keeps those a statement targets.
 */
export function proposeOtherReports(
  text: string,
  main: Entity | undefined,
  content: (a: number, b: number) => boolean,
  exists: (id: string) => boolean,
): ProposedMainReport[] {
  const out: ProposedMainReport[] = [];
  const mainKey = main ? fold(main.name) : '';
  for (const m of findReportMentions(text)) {
    if (!m.titled || !content(m.start, m.end) || fold(m.title) === mainKey || (mainKey && (mainKey.includes(fold(m.title)) || fold(m.title).includes(mainKey)))) continue;
    const known = out.find((o) => fold(o.entity.name) === fold(m.title));
    if (known) {
      known.mentions.push({ entity: known.entity, start: m.start, end: m.end });
      continue;
    }
    const base = `report:${slugify(m.title, 60)}`;
    let id = base;
    for (let n = 2; exists(id) || out.some((o) => o.entity.id === id); n++) id = `${base}-${n}`;
    const entity: Entity = { id, label: 'Report', name: m.title, aliases: [], roles: [], publishedBy: [] };
    out.push({
      entity,
      draft: { id, title: m.title, publisherName: m.publisherName, start: m.start, end: m.end, rule: 'new-report:named-in-text' },
      mentions: [{ entity, start: m.start, end: m.end }],
    });
  }
  return out;
}

/**
 * A body's name: an acronym ("HIQA", "OECD") or capitalised words, "of", "and", "for" between them ("Care Inspectorate
 * Wales"), on one line (a headline's last words and the next paragraph's first are no name); a day or a month is no
 * part of it ("by the Safeguarding Board on Tuesday").
 */
const BODY_NAME = String.raw`(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][\p{L}’'-]+(?:[ \t]+(?:(?:of|and|for|on)[ \t]+(?:the[ \t]+)?)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\p{L}’'-]+){0,5})`;
/** After a report's noun, who made it: "published today by X", "commissioned by the X", "by X". */
const BY_MAKER = String.raw`[ \t]+(?:(?:published|released|carried[ \t]+out|written|commissioned)[ \t]+)?(?:(?:today|yesterday|this[ \t]+week|on[ \t]+\p{Lu}\p{L}+)[ \t]+)?by[ \t]+(?:the[ \t]+)?(${BODY_NAME})`;
/** A report the opening credits to a named body: "a report published today by the Harwood Centre", "a survey by X". */
const CREDITED_REPORT = new RegExp(String.raw`\b(?:report|survey|study|review|analysis|research|audit|poll)${BY_MAKER}`, 'u');
/** The grades, in lower or title case ("rated Outstanding by Ofsted"): this pattern cannot ignore case, its names are capitalised. */
const TITLE_CASE_GRADES = GRADE_WORDS.replace(/\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`);
/** "HIQA report", "the OECD's latest survey": the title opens with its author. */
const TITLE_AUTHOR = new RegExp(String.raw`^(?:the\s+)?([A-Z]{2,8})(?:[’']s)?\s`, 'u');
/** "the report by the Care Inspectorate Wales", "published by X", "a survey of …, published today by X", "X's annual report", "X has published its", "X has rated Y", "rated … by X". */
const AUTHOR_IN_TEXT = new RegExp(
  String.raw`\b(?:report|review|assessment|study|survey|analysis|audit|inspection|evaluation|findings)${BY_MAKER}|` +
    // "The survey of 140 council leaders, published today by the Local Government Association": what it is of, then who published it.
    String.raw`\b(?:report|review|assessment|study|survey|analysis|audit|evaluation)\b[^.;:!?\n“”"]{0,80}?,[ \t]+(?:published|released|carried[ \t]+out|commissioned)[ \t]+(?:(?:today|yesterday|this[ \t]+week|last[ \t]+\p{L}+|on[ \t]+\p{Lu}\p{L}+(?:[ \t]+\d{1,2})?)[ \t]+)?by[ \t]+(?:the[ \t]+)?(${BODY_NAME})|\b(?:[Tt]he\s+)?(${BODY_NAME})[’']s?\s+(?:latest\s+|annual\s+|new\s+|first\s+)?(?:report|review|assessment|study|survey|analysis|audit)\b|\b(?:[Tt]he\s+)?(${BODY_NAME})\s+(?:has\s+|have\s+)?(?:today\s+)?(?:published|released|issued)\s+(?:its|their|a|the)\b` +
    // "The Care Board has rated X as …", "X has been rated inadequate by the Care Board": the assessor rates what it reports on.
    // A headline's passive ("Harwick rated inadequate as …", a release's "rated Outstanding by Ofsted") has the grade straight after the verb: the body was rated.
    String.raw`|\b(?:[Tt]he\s+)?(${BODY_NAME})\s+(?:has\s+|have\s+)?(?:today\s+|now\s+)?(?:rated|re-rated|graded|downgraded|judged|inspected)\s+(?!by\b)(?!that\b)(?!(?:as\s+)?[‘'“"]?(?:${TITLE_CASE_GRADES})\b)|\b(?:rated|re-rated|graded|downgraded|judged)\b[^.\n]{0,60}?\bby[ \t]+(?:the[ \t]+)?(${BODY_NAME})`,
  'gu',
);
/** Words that open a sentence or name a kind of people ("Inspectors rated the council …"), never a body that writes reports. */
const NOT_AN_AUTHOR = /^(?:The|This|That|These|Its|Their|Our|Today|Yesterday|Last|Latest|New|Annual|A|An|In|On|It|He|She|They|We|Government|Report|Review|But|And|Inspectors|Auditors|Regulators|Officials|Ministers|Councillors|Researchers|Investigators|Examiners|Assessors|Reviewers|Experts)$/;

/**
 * The author of a report the text names without one, where the text says who made it: the acronym its title
 * opens with ("HIQA report"), else "the report by X", "X's annual report", "X has published its …" in the content.
 */
export function publisherFromText(title: string, text: string, content: (a: number, b: number) => boolean): string | undefined {
  const opening = TITLE_AUTHOR.exec(title)?.[1];
  if (opening) return opening;
  AUTHOR_IN_TEXT.lastIndex = 0;
  for (let m = AUTHOR_IN_TEXT.exec(text); m; m = AUTHOR_IN_TEXT.exec(text)) {
    // "When Ofsted published its …": a conjunction opening the sentence is no part of the name.
    // "Last Tuesday Ofsted published its …", "In 2013 Ofsted …": a date opening the sentence is no part of it either.
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!
      .trim()
      .replace(/^(?:When|While|After|Before|As|Since|Although|Once|Until|If)\s+/, '')
      .replace(LEADING_DATE, '');
    if (!content(m.index, m.index + m[0].length) || NOT_AN_AUTHOR.test(name.split(/\s+/)[0]!)) continue;
    return name;
  }
  return undefined;
}

/** A date set before a sentence's subject: "Last Tuesday", "On 12 May", "In 2013", "Earlier this year". */
const LEADING_DATE =
  /^(?:(?:Last|Next|This|On|In|Since|By|Early|Late|Earlier|Later)\s+)?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\s+)+(?=\p{Lu})/u;

/** "In a regulatory judgement published today, the Agency said": the body that speaks in the clause after the mention. */
const AUTHOR_AFTER = new RegExp(String.raw`^[^.;\n]{0,60}?,\s+(?:the\s+)?(${BODY_NAME})\s+(?:has\s+|have\s+)?(?:said|says|found|finds|concluded|ruled|stated|warned)\b`, 'u');
/** "Ofcom has set out in its codes of practice": the body whose "its" the mention is, in the same clause. */
const AUTHOR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:the\s+)?(${BODY_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:\p{Ll}+\s+){1,4}$`, 'u');

/** The body that put out a report the text names only by a noun, where the same sentence says so. */
function authorAround(text: string, start: number, end: number): string | undefined {
  // "In its response to a consultation, X said": X answers it; it did not write it.
  const answered = /\b(?:respon\p{L}*|repl\p{L}*|react\p{L}*|answer\p{L}*)\s+to\s+$/iu.test(text.slice(Math.max(0, start - 30), start));
  const after = answered ? undefined : AUTHOR_AFTER.exec(text.slice(end, end + 200))?.[1];
  const before = /^(?:its|their)\s/i.test(text.slice(start, start + 6)) ? AUTHOR_BEFORE.exec(text.slice(Math.max(0, start - 120), start))?.[1] : undefined;
  const name = after ?? before;
  return name && !NOT_AN_AUTHOR.test(name.split(/\s+/)[0]!) ? name : undefined;
}
