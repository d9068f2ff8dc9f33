/**
 * Target-resolution stage, the report's subject: the body the article's report assesses (the council an
 * inspection is of, the water companies a regulator's annual assessment grades, the minister an audit
 * office's letter accuses). A regulator's own finding judges its subject, not itself and not its report
 * (bench/ingest/corpus/README.md: "A regulator's own finding has no target unless it judges someone other
 * than itself"), so the target stage gives the subject to a statement of the report's publisher that names
 * no actor (targets.ts). Plain data in: the headline, the text, and the actors named in the content.
 */
import type { Mention } from '../gazetteer.js';
import { fold } from '../text.js';
import { COUNCIL_SERVICES, HOMES, HOUSE_WORDS } from './new-entity-mentions.js';

/** A report of something: "inspection of X", "review into X", "report on the performance of X". */
const ASSESSMENT_OF =
  /\b(?:reports?|review|inspections?|investigation|inquiry|assessment|audit|evaluation|study|scrutiny|examination|ratings?|verdict|findings)\s+(?:of|on|into)\s+(?:the\s+)?(?:(?:performance|work|conduct|handling|running|management|services?)\s+(?:of|at|by)\s+(?:the\s+)?)?/gi;
/** What may stand between "inspection of" and the body's name: a few words, no punctuation ("the nine", "England's"). */
const BEFORE_NAME = /^[\p{L}\p{N}’'\s-]{0,30}$/u;
/** A headline's actor followed by a verb of saying or reacting is who answers the report, not what it assesses. */
const HEADLINE_SPEAKER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:says?|said|responds?|response|reacts?|reaction|comments?|commented|press|welcomes?|warns?|calls?|urges?|slams?|hits?|attacks?|criticises?|criticizes?|accuses?|praises?|demands?|statement|claims?|insists?|questions?|rejects?|backs|hails?|blasts?|condemns?|disputes?|defends?)\b/iu;
/**
 * A headline actor the report judges: the object of a judging verb ("rebukes water firm X", "accuses minister X") or of
 * a judging noun ("a fine against X", "change at X", "failings at X"), a few words before it. Such an actor is the
 * subject even when it answers the report in the text, as the body judged usually does.
 */
const JUDGED_AFTER =
  /\b(?:accuses?|accused|criticis(?:es|ed)|criticiz(?:es|ed)|censures?|censured|rebukes?|rebuked|reprimands?|reprimanded|raps?|rapped|slams?|slammed|fines?|fined|downgrades?|downgraded|condemns?|condemned|blames?|blamed|orders?|ordered|warns?|warned|tells?|told|names?\s+and\s+shames?|sanctions?|penalises?|penalizes?|(?:fine|change|changes|failings?|failures?|breach(?:es)?|conflicts?\s+of\s+interest|criticism|crackdown|action|enforcement|sanctions?|penalty|warning|concerns?)\s+(?:at|against|on|over|of|for|by|to|in|with))\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}$/iu;
/**
 * A headline actor followed by a passive judging verb ("X fined by", "X's licence downgraded", "X rated inadequate",
 * "X children’s services branded inadequate").
 */
const JUDGED_BEFORE =
  /^(?:[’']s?(?:\s+[\p{L}’'-]+){0,2}|(?:\s+\p{Ll}[\p{L}’'-]*){1,3}(?=\s+(?:branded|rated|graded|judged|downgraded|upgraded)\b))?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|been|to\s+be|being)\s+)?(?:fined|downgraded|upgraded|rated|graded|criticised|criticized|censured|rebuked|reprimanded|rapped|slammed|ordered|told|warned|accused|found|placed|put|failed|branded|judged|condemned|blamed|sanctioned|penalised|penalized|hit\s+with|handed|named\s+and\s+shamed)\b/iu;

/** A verb of saying or finding that opens a clause in the headline ("says", "finds that the"). */
const FINDING_OF = /\b(?:says|said|finds|found|warns|warned)\s+(?:that\s+)?(?:the\s+)?$/i;
/** A maker of reports, written as such before its verb ("Watchdog says", "Auditors find"). */
const ASSESSOR_BEFORE = /\b(?:watchdog|regulator|inspectors?|inspectorate|auditors?|ombudsman|report|review|audit|inquiry)\s+(?:says|said|finds|found|warns|warned)\b/i;

/** A headline that names who answers after a colon or "from" ("The official responses from X"). */
const RESPONDER_BEFORE = /\b(?:from|by|says|said)\s+(?:the\s+)?$/i;

export interface ReportSubjectInput {
  text: string;
  title: string;
  /** Where the lede ends: the first two sentences of the content. */
  ledeEnd: number;
  /** Actors (people, bodies, councils, groups) named in the content, in text order. */
  actors: Mention[];
  /** Actors named in the headline (offsets in the title). */
  headlineActors: Mention[];
  /** Is this entity the report's publisher (or one of its people)? */
  isPublisher: (m: Mention) => boolean;
  /** Who speaks in the article, by folded name (text.ts): a body that answers the report is not, by the headline alone, what it assesses. */
  speakers: Set<string>;
  /** Public services named by what they do ("child protection services"), in the content and in the headline (judged-collectives.ts). */
  services?: Mention[];
  headlineServices?: Mention[];
}

/**
 * The body the report assesses, where the text says so, as its first mention in the content: the body after
 * "inspection of", "report on", "review into" in the headline or the lede; else the first actor of the headline
 * that does not answer the report ("Six water companies falling short", "NAO accuses minister Esther McVey"); else the
 * actor a finding in the lede is about ("found that councils were moving children …").
 * None when the text does not say.
 */
export function reportSubject(input: ReportSubjectInput): Mention | undefined {
  const { text, title, ledeEnd, actors, headlineActors, isPublisher, speakers } = input;
  const eligible = (m: Mention) => !isPublisher(m);
  const inContent = (id: string) => actors.find((a) => a.entity.id === id && eligible(a));
  const assessed = firstNamedAfter(ASSESSMENT_OF, [[title, headlineActors, title.length], [text, actors, ledeEnd]], eligible, inContent);
  if (assessed) return assessed;
  // A home an inspection rates, named by its house name in the lede ("A children's home … has been rated inadequate.
  // Larchfield House, which is run by …"): the home, not who runs it.
  const home = HOMES.test(`${title}\n${text.slice(0, ledeEnd)}`) ? actors.find((a) => a.start < ledeEnd && HOUSE_NAME.test(a.entity.name) && eligible(a)) : undefined;
  if (home) return home;
  // The provider an inspection judges, named with what it runs in the lede ("Nine HSE-run centres"): judged-collectives.ts.
  const provider = actors.find((a) => a.start < ledeEnd && (/-run\b|\brun by\b/.test(a.surface) || RUN_BY_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start))) && eligible(a));
  if (provider) return provider;
  // The headline actor the report judges ("… after Northmoor children’s services branded inadequate") before one that
  // only acts on the news ("Government sends in commissioner after …"); else the first that does not answer it.
  const candidates = headlineActors.flatMap((h) => {
    const [before, after] = [title.slice(0, h.start), title.slice(h.end)];
    // "NAO says MoD's plan not affordable": the report's maker says something of the actor that opens the clause.
    const saidOf = FINDING_OF.test(before) && /\p{L}{2,}/u.test(after) && (headlineActors.some((x) => x.end <= h.start && isPublisher(x)) || ASSESSOR_BEFORE.test(before));
    if (!eligible(h) || (!saidOf && (HEADLINE_SPEAKER.test(after) || RESPONDER_BEFORE.test(before)))) return [];
    const judged = saidOf || JUDGED_AFTER.test(before) || JUDGED_BEFORE.test(after);
    if (!judged && (speakers.has(fold(h.entity.name)) || speakers.has(fold(h.surface)))) return [];
    const subject = inContent(h.entity.id);
    return subject ? [{ subject, judged }] : [];
  });
  const headlineSubject = candidates.find((c) => c.judged) ?? candidates[0];
  if (headlineSubject) return headlineSubject.subject;
  // A council's services assessed ("inspection of children's services") are the council's, where the lede names one.
  const services = servicesAssessed(input);
  const council = services && COUNCILS_SERVICE.test(services.entity.name) ? actors.find((a) => a.start < ledeEnd && a.entity.label === 'Council' && eligible(a)) : undefined;
  return council ?? services ?? firstNamedAfter(FOUND_THAT, [[text, actors, ledeEnd]], eligible, inContent) ?? ledeSubject(input, eligible) ?? mostNamed(text, actors, eligible);
}

/** Services a council runs: children's services, child protection, social care. */
const COUNCILS_SERVICE = new RegExp(`^${COUNCIL_SERVICES}$`, 'u');
/** A finding's clause in the lede: "found that councils were moving …", "concluded that the Department had …". */
const FOUND_THAT = /\b(?:found|finds|concluded|concludes|revealed|reveals|showed|shows)\s+(?:that\s+)?(?:the\s+)?/gi;

/** A house's name, as homes are named ("Larchfield House", "Rowan Lodge", "Church View Residential Home"). */
const HOUSE_NAME = new RegExp(String.raw`\b(?:${HOUSE_WORDS}|(?:Residential|Nursing|Care|Children[’']s)\s+Home)$`, 'u');

/** "Child protection services run by Wensleigh County Council": the body named as who runs the services assessed. */
const RUN_BY_BEFORE = /\brun\s+by\s+(?:the\s+)?$/i;

/** What may open a sentence before its subject: a determiner, a place's possessive ("Scotland’s"). */
const BEFORE_SUBJECT = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*[’']s\s+)?$/iu;

/** The words an assessor grades with: after "rated", the grade, not what was rated. */
export const GRADE_WORDS = 'inadequate|good|outstanding|requires|requiring|poor|adequate|excellent|weak|satisfactory|failing';

/**
 * A subject that speaks, publishes, reacts or assesses ("The board has published", "X, which …, said", "X welcomed",
 * "X has rated"): no subject of the report. Not a passive ("X has been rated", "X was criticised", a headline's "X rated
 * Outstanding by Y").
 */
const SPEAKS_AFTER = new RegExp(String.raw`^(?:[’']s?)?(?:\s*,[^,.;]{1,80},)?(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:has|have|had)\s+)?(?<!\b(?:been|was|were|is|are|be|being)\s)(?:says?|said|published|publishes|released|releases|welcomed|welcomes|warned|warns|found|finds|responded|responds|called|calls|criticised|criticises|urged|urges|rated|rates|inspected|inspects|judged|judges)\b(?!\s+(?:as\s+)?[‘'“"]?(?:${GRADE_WORDS})\b)`, 'iu');

/**
 * The actor a news lede's first sentence opens on, as its subject ("HMP Larkfield remains in a poor state, according to
 * a report by …", "Eastmoor Council's care services have been rated …"), or the one its assessor rates or inspects:
 * what the news, and so the report, is about. Not a body that speaks, publishes or answers the report, nor its publisher.
 */
function ledeSubject(input: ReportSubjectInput, eligible: (m: Mention) => boolean): Mention | undefined {
  const { text, ledeEnd, actors, speakers } = input;
  // The lede's first sentence: the first actor's paragraph, when it is in the lede, up to its first full stop.
  const first = actors[0];
  if (!first || first.start >= ledeEnd) return undefined;
  const paragraphStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const sentenceEnd = paragraphStart + /^[^\n]*?[.!?](?=\s|$)|^[^\n]*/.exec(text.slice(paragraphStart))![0].length;
  const opener = actors.find((a) => a.start >= paragraphStart && a.end <= sentenceEnd && BEFORE_SUBJECT.test(text.slice(paragraphStart, a.start).trimStart()));
  // "The Care Board has rated Northmoor Ambulance Service as …": the assessor opens the sentence, the object is assessed.
  const object = opener && actors.find((a) => a.start >= opener.end && a.end <= sentenceEnd && ASSESSES.test(text.slice(opener.end, a.start)));
  if (object) return eligible(object) ? object : undefined;
  if (!opener || !eligible(opener)) return undefined;
  const after = text.slice(opener.end, opener.end + 80);
  // One that answers the report in the text is its subject only where the lede judges it ("X has been rated …").
  if (!JUDGED_BEFORE.test(after) && (speakers.has(fold(opener.entity.name)) || speakers.has(fold(opener.surface)))) return undefined;
  // A subject that speaks or publishes, or one of two ("X and Y were told to improve"), is not what the report assesses.
  return SPEAKS_AFTER.test(after) || COORDINATED.test(after) ? undefined : opener;
}

/** An assessor's verb between it and what it assesses: "has rated", "inspected", "told", "has found". */
const ASSESSES = /^(?:[’']s)?\s+(?:(?:has|have|had)\s+)?(?:(?:now|today|again|also)\s+)?(?:rated|rates|re-rated|graded|downgraded|upgraded|inspected|criticised|criticized|censured|judged|told|ordered|found|placed|put)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of\s+)?){0,2}$/u;
/** Another name joined to a subject: "and Westmoor Council", ", Eastmoor and". */
const COORDINATED = /^(?:[’']s?)?\s*(?:,|and\b|&)\s*(?:the\s+)?\p{Lu}/u;

/** "the council", "the borough council", "the local authority": the one council an article names, named again. */
const THE_COUNCIL = /\b[Tt]he\s+(?:local\s+|borough\s+|county\s+|city\s+|district\s+)?(?:council|authority)\b(?![’']s\s+(?:leader|chief|director|cabinet))/g;
const isCouncil = (m: Mention) => m.entity.label === 'Council' || /\bCouncil\b/.test(m.entity.name);

/**
 * Where nothing says what the report assesses, the body the article names most, when it is named at least three
 * times and more often than any other: an article about a report is mostly about whoever the report judged. The one
 * council an article names is named again each time it says "the council".
 */
function mostNamed(text: string, actors: Mention[], eligible: (m: Mention) => boolean): Mention | undefined {
  const counts = new Map<string, { first: Mention; n: number }>();
  for (const a of actors) {
    if (!eligible(a)) continue;
    const c = counts.get(a.entity.id);
    if (c) c.n++;
    else counts.set(a.entity.id, { first: a, n: 1 });
  }
  const councils = [...counts.values()].filter((c) => isCouncil(c.first));
  if (councils.length === 1) councils[0]!.n += [...text.matchAll(THE_COUNCIL)].length;
  const [top, next] = [...counts.values()].sort((a, b) => b.n - a.n);
  return top && top.n >= 3 && (!next || top.n > next.n) ? top.first : undefined;
}

/** A report of services, or a regulator's act on them: "inspection of", "review into", "inspecting", "criticised". */
const SERVICES_ASSESSED = new RegExp(`${ASSESSMENT_OF.source}|\\b(?:inspect(?:ed|ing|s)?|review(?:ed|ing|s)?|assess(?:ed|ing|es)?|criticis(?:ed|ing|es)|criticiz(?:ed|ing|es))\\s+(?:the\\s+)?`, 'gi');

/**
 * Where no body is named as what the report assesses, the public services it is of ("Inspectors have criticised child
 * protection services in Scotland", "a review of maternity services"), in the headline or the lede, as their first
 * mention in the content.
 */
function servicesAssessed(input: ReportSubjectInput): Mention | undefined {
  const { text, title, ledeEnd, services = [], headlineServices = [] } = input;
  return firstNamedAfter(SERVICES_ASSESSED, [[title, headlineServices, title.length], [text, services, ledeEnd]], () => true, (id) => services.find((x) => x.entity.id === id));
}

/**
 * The first mention named right after a match of `pattern` (a few words between, no punctuation), in each source in
 * turn (the headline, then the lede up to its limit), that `accept` takes, as `inContent` finds it in the content.
 */
function firstNamedAfter(
  pattern: RegExp,
  sources: [source: string, mentions: Mention[], limit: number][],
  accept: (m: Mention) => boolean,
  inContent: (id: string) => Mention | undefined,
): Mention | undefined {
  for (const [source, mentions, limit] of sources) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m && m.index < limit; m = pattern.exec(source)) {
      const after = m.index + m[0].length;
      const named = mentions.find((x) => x.start >= after && BEFORE_NAME.test(source.slice(after, x.start)) && accept(x));
      const subject = named && inContent(named.entity.id);
      if (subject) return subject;
    }
  }
  return undefined;
}
