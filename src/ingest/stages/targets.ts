/**
 * Target-resolution and stance stages, per statement: which entities a statement is about and the
 * stance toward each (stance.ts, around each place the statement names the target). Plain data in,
 * plain data out; stages/target-resolution.ts gathers what it reads for one article.
 *
 * A target is found as:
 * - named: a graph entity, an actor proposed as new, a person, body or group the text names, a framework;
 * - a report referred to ("this report", "its annual report", "the chief inspector's report", "our
 *   findings", the main report's own noun): the nearest report the text named before it, else the
 *   article's main report; a report the statement's frame names ("called it …", "said the review was …");
 * - a body described ("the department", "the council"): the nearest body named before with that word in
 *   its name (a council for "the council"); the main report's publisher, however named, stands for it;
 *   its people ("its representatives", "its officials"): the body named last before;
 * - a person by role ("the chief inspector": the person named with that title) or by a pronoun in
 *   someone else's quote ("She must apologise", "I believe he is wrong"); the actor named just before the quotation mark
 *   (`The LGA says Ofsted "should be …"`);
 * - the government by the words for it that are not its name ("ministers", "this government",
 *   "Whitehall"), or blamed without being named (cuts, under-investment, a plan it has not given); another
 *   country's where the text says so (country-government.ts: "the Irish Government", "the State" in an article
 *   about Ireland); none for a government of the past ("the last Labour Government");
 * - the actor the headline attacks or praises, for statements that name no actor;
 * - what the speaker welcomes as "it" ("we welcome it") or calls "a careful piece of work": the report;
 * - a quote paragraph that names nothing continues its speaker's previous statement: the actors that
 *   statement judged are its targets too (implicit, confidence at most 0.5);
 * - councils named as a group ("these authorities", "20 local authorities"): the councils the text lists
 *   (council-groups.ts); "There," opening a sentence: the council named just before;
 * - a framework referred to by its noun with none named ("its inspection methods", "these inspections"):
 *   the one the article's report was made under; a framework judged also judges the body that made it;
 * - what a regulator put out, referred to ("these figures", "the data", "the ruling", "the finding"): the report;
 * - an industry, a party or an inspected provider the graph lacks ("water companies", "Conservative
 *   proposals", "HSE-run centres"; judged-collectives.ts), only where the judging words attach to it;
 * - a public system ("the welfare system") judged, as an industry is;
 * - the industry a customers' grievance implicates ("drivers were ripped off", "margins at questionable
 *   levels"): the one named in the statement, else the one the article names most;
 * - the government for a party's cuts ("Tory cuts"): cuts are made in government;
 * - not a body named only as the inspector ("passing X inspections", "compliant with X");
 * - else the main report, neutral: a statement answers the article's report without judging it.
 * The speaker's own organisation is a target only when the statement judges it ("our council failed
 * these children"); a speaker's own report is not judged by its findings.
 */
import type { Resolved, SpeakerResolver } from '../attribution.js';
import type { DraftTarget } from '../draft.js';
import { ASSESSOR_KIND, type Entity, type Gazetteer, type Mention } from '../gazetteer.js';
import { stanceToward, verdictOnAnswered, type StanceResult } from '../stance.js';
import { praiseOfGroup } from './praised-groups.js';
import { councilLists, councilsReferred, countOf, GROUP_REFERENCE, type CouncilList } from './council-groups.js';
import { THE_STATE } from './country-government.js';
import { pronounFits } from './speaker-names.js';
import { fold } from '../text.js';

/** What the target stage needs of a statement candidate (UTF-16 offsets). */
export interface TargetCandidate {
  kind: 'quote' | 'paraphrase';
  start: number;
  end: number;
  speaker: Resolved;
  /** Where the attribution phrase is. */
  phrase?: [number, number];
}

/** A report the text names (the graph's or proposed), where. */
export interface NamedReport {
  entity: Entity;
  start: number;
  end: number;
}

export interface TargetContext {
  text: string;
  gaz: Gazetteer;
  /** Graph entities and proposed actors named in the content, in text order. */
  mentions: Mention[];
  frameworks: Mention[];
  mainReport: Entity | undefined;
  /** Every report the text names, in text order (the main report among them). */
  reports?: NamedReport[];
  /** An entity by id, the graph's or proposed (a new report's publisher). */
  entity?: (id: string) => Entity | undefined;
  /** The actor the article's headline says is attacked ("MP slams Government's scheme"), with the headline's stance. */
  headline?: { entity: Entity; stance: 'critical' | 'supportive'; cue: string };
  /** The title the text gives a person it names (a candidate), for "the chief inspector". */
  titleOf?: (id: string) => string | undefined;
  /** The government: the graph's, else proposed as new where a statement first blames it. */
  government?: (at: number) => Entity | undefined;
  /** Collectives and parties the text names (judged-collectives.ts): targets only where a statement judges them. */
  collectives?: Mention[];
  /** The graph's groups the text names ("social workers"): targets only where a statement praises or defends them (praised-groups.ts). */
  groups?: Mention[];
  /** The body the article's report assesses (report-subject.ts): what its publisher's own findings judge. */
  subject?: Mention;
  /**
   * Another country's government where the words at [start, end) name it (country-government.ts: "the Irish
   * Government", or "the Government" in an article about Ireland), proposed; undefined where they name the UK's.
   */
  countryGovernment?: (start: number, end: number) => Entity | undefined;
}

/** A government of the past ("the last Labour Government", "the previous government"): not the one a statement answers. */
const FORMER = /\b(?:last|previous|former|preceding|outgoing|the\s+then)\s+(?:[A-Z][\p{L}-]*\s+){0,3}$/u;
const formerGovernment = (text: string, start: number) => FORMER.test(text.slice(Math.max(0, start - 40), start));

const round = (x: number) => Math.round(x * 100) / 100;
/** A body's name as a set of words, so "Committee on Climate Change" is "Climate Change Committee". */
const nameKey = (name: string) => [...new Set(name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && w !== 'the' && w !== 'and'))].sort().join(' ');
/** A body's initials, from its capitalised words ("Care Inspectorate Wales": "CIW"). */
const initialsOf = (name: string) => name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
/** Two names of one body: the same words, or one's two or more words all in the other ("Climate Committee"). */
function sameBody(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.split(' ').length <= b.split(' ').length ? [a, b] : [b, a];
  const words = short.split(' ').filter(Boolean);
  return words.length >= 2 && words.every((w) => long.split(' ').includes(w));
}

const REPORT_NOUNS = 'report|review|findings|study|ratings|audit|assessment|analysis|advice|count|survey|inspection report|edition|document';
/** A report referred to: "this report", "today's sobering report", "its Annual Report", "our findings", "this year's edition", "this judgment". */
const REPORT_ANAPHOR = new RegExp(
  `\\b(this|the|that|today[’']s|latest|its|our|this year[’']s)\\s+(?:latest\\s+|annual\\s+|new\\s+|own\\s+|sobering\\s+|damning\\s+|thorough\\s+|important\\s+|critical\\s+|final\\s+|full\\s+)?(?:${REPORT_NOUNS}|judgement|judgment|verdict)\\b`,
  'gi',
);
/**
 * What a regulator or a statistics body put out, referred to as the thing the article answers ("these
 * figures", "the data", "today's ruling", "the finding against it"): the report named before, else the main one.
 */
const OUTPUT_ANAPHOR = /\b(?:these|those|the|this|today[’']s|latest|its|the\s+latest|this\s+year[’']s)\s+(?:latest\s+|new\s+|official\s+|annual\s+|quarterly\s+|monthly\s+)?(?:figures|data|statistics|stats|ruling|finding)\b/gi;
/** A report by its publisher's role or name: "the Chief Inspector's annual report", "the watchdog's review". */
/** The inspectors as what the statement judges: "the inspectors are right", "inspectors got it wrong", "the inspectors were harsh". */
const INSPECTORS_JUDGED = /\b(?:the\s+)?inspectors\s+(?:are|were|have\s+been|got\s+it)\s+(?:right|wrong|correct|fair|unfair|harsh|mistaken)\b/gi;
/** Inspection as a regime, not one report: "the inspections had become a tick-box exercise", "Inspectors arrive without warning", "the inspection system". */
const INSPECTION_REGIME = /\b(?:inspections|inspectors(?![’'])|inspection\s+(?:regime|system|process|model)s?)\b/gi;
/** The way an inspectorate grades, as a practice: "single-word judgements", "a single judgement", "the inspection regime". */
const INSPECTION_PRACTICE = /\b(?:(?:single|one)[- ]word\s+(?:judge?ments?|ratings?|grades?|labels?|verdicts?)|a\s+single\s+(?:judge?ment|grade|label|rating|word)|inspection\s+(?:regime|system|process|model)s?)\b/i;
/** A document that proposes rather than finds: a white or green paper, a consultation, a strategy, a bill, a plan. */
const PROPOSAL_DOCUMENT = /\b(?:white\s+paper|green\s+paper|consultation|proposals?|strategy|bill|blueprint|action\s+plan|reforms?)\b/i;
/** A change proposed to what follows: "scrapping", "an end to", "reforming the". */
const PROPOSED_CHANGE_BEFORE = /\b(?:scrap\p{L}*|abolish\p{L}*|end(?:ing)?|an\s+end\s+to|chang\p{L}*|reform\p{L}*|replac\p{L}*|overhaul\p{L}*)\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const POSSESSIVE_REPORT = new RegExp(`\\b(?:the\\s+)?((?:[A-Z][\\p{L}-]*\\s+){0,3}[A-Za-z][\\p{L}-]*)[’']s?\\s+(?:latest\\s+|annual\\s+|new\\s+|own\\s+)?(?:${REPORT_NOUNS})\\b`, 'gu');
/** A contrast after a clause, in its sentence: "… yet the riots occurred", "…, but nothing has changed". */
const CONTRAST_AFTER = /^[^.!?]*?\b(?:yet|but|however|still|although|though|despite)\b/i;
/** The owner a title opens with, by a possessive ("the CQC's Chief Inspector" → "CQC"). */
function titleOwner(title: string | undefined): string | undefined {
  return title ? /^(?:the\s+)?(\S+(?:\s+\S+){0,4}?)[’']s\s/.exec(title)?.[1] : undefined;
}

/** What may stand between a subject and its verb: an auxiliary, an adverb of time or degree. */
const SUBJECT_TO_VERB = /^\s*(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:now\s+|already\s+|fully\s+)?$/;
/** Taking up a report's proposals: "accepted all (of) the recommendations", "embracing its findings", "committed to implementing the proposals". */
const ACCEPTS_PROPOSALS =
  /\b(?:accept(?:s|ed|ing)?|embrac(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|implement(?:s|ed|ing)?|(?:agree(?:s|d)?|committed|commits?)\s+to(?:\s+implement(?:ing)?)?)\s+(?:(?:all|most|each|every|almost\s+all|nearly\s+all|many|the\s+majority)\s+(?:of\s+)?)?(?:(?:the|its|their|his|her|these|those)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:recommendations|findings|conclusions|proposals)\b/giu;
/**
 * What a report describes, referred to: a participle of finding with the report as its agent ("outlined in this
 * report", "uncovered by the investigation"), or a fault the report is the subject of finding ("the failings the
 * review identified", "the behaviour this report exposes").
 */
const FOUND_PARTICIPLE = '(?:outlined|described|set\\s+out|detailed|identified|exposed|revealed|uncovered|highlighted|documented|laid\\s+bare|found)';
const FOUND_VERB = '(?:has\\s+|have\\s+)?(?:identified|identifies|found|finds|outlined|outlines|described|describes|exposed|exposes|revealed|reveals|uncovered|uncovers|highlighted|highlights|documented|documents|sets?\\s+out|details|detailed|laid\\s+bare|lays\\s+bare)';
const REPORT_HEAD = `(?:this|the|that|today[’']s|its)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:report|review|inspection|investigation|inquiry|audit|findings)`;
const DESCRIBED_BY_REPORT = new RegExp(
  `\\b${FOUND_PARTICIPLE}\\s+(?:in|by)\\s+${REPORT_HEAD}\\b|\\b(?:failings|failures|failure|behaviour|behavior|conduct|problems|issues|abuses?|practices|culture|misconduct|wrongdoing|shortcomings|weaknesses)\\s+(?:that\\s+|which\\s+)?${REPORT_HEAD}\\s+${FOUND_VERB}\\b`,
  'iu',
);
/** A councillor of a group that does not run the council: "the council's Liberal Democrat group", "opposition leader". */
const OPPOSITION = /\bopposition\b|\b(?:Liberal\s+Democrat|Lib\s+Dem|Conservative|Tory|Labour|Green|Independent|UKIP|Plaid\s+Cymru|SNP)s?\s+(?:group|opposition|spokes(?:man|woman|person))\b/i;
/** A member of a council by title: "Cllr", "Councillor", "council leader", "cabinet member". */
/** The speaker's own side as the subject or owner: "we", "us", "our". */
const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urs)\b/;
const COUNCILLOR = /\b(?:Cllr|Coun|Councillor|councillor|[Cc]ouncil\s+[Ll]eader|[Cc]abinet\s+[Mm]ember)\b/;
/** A body described, not named ("the commission", "the department"). */
const BODY_ANAPHOR = /\b(?:the|this)\s+(?:local\s+)?(commission|committee|inquiry|board|inspectorate|regulator|watchdog|ombudsman|tribunal|panel|office|council|authority|department|ministry|agency|federation|union|trust|force|brigade|service|executive|foundation|university|college|hospital|charity|association|corporation|society|institute|partnership)\b/gi;
/** What "the force" describes: a police body ("Westmarch Police", "Dunmore Constabulary"). */
const POLICE_BODY = /\b(?:Police|Constabulary)\b/;
/** Described bodies with no name to match: the report's publisher by its function. */
/** A speaker's title that says they inspect ("HM senior chief inspector", "the chief inspector of social work"). */
const INSPECTOR_TITLE = /\binspector\b/i;
/** A publisher whose name says it inspects or regulates ("Care Inspectorate", "HMIE", "Care Quality Commission", "Office for Standards in …"). */
const INSPECTORATE = /\b(?:inspect(?:orate|ion|ors?)|regulat(?:or|ion|ory)|standards|quality)\b|^HMI/i;
/** A body whose business is judging others: the likely maker of a report the text does not credit to anyone. */
const ASSESSOR = /\b(?:inspect(?:orate|ion|ors?)|regulat(?:or|ion|ory)|ombudsm[ae]n|commission(?:er)?|audit(?:or)?s?|watchdog|authority)\b|^(?:HMI|Of[a-z]{2,}\b)/i;
const PUBLISHER_FUNCTION = /^(?:regulator|watchdog|inspectorate)$/i;
/** The government by words that are not its name; "local government" is not it, nor "politicians" in general (judged-collectives.ts). */
const GOVERNMENT_WORDS = /\b(?:ministers|the ministry|Downing Street|Whitehall|the Treasury|(?<!local\s)(?<!Local\s)government(?!\s+(?:Association|agencies|bodies))(?:[’']s)?)\b/gi;
/** Blame of the government without naming it: public money cut or withheld; a party's cuts were made in government ("Tory cuts"). */
const FUNDING_BLAME = /\b(?:cuts?\s+to|(?:Tory|Tories|Conservative|Labour|Lib\s+Dem|Liberal\s+Democrat|coalition|SNP)(?:[’']s?)?\s+(?:[a-z]+\s+)?cuts|funding\s+cuts?|(?:budgets?|grants?|funding)\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|had\s+been\s+|has\s+|have\s+|had\s+|is\s+|are\s+)?(?:halved|cut|slashed|squeezed|frozen|withdrawn|reduced|fallen|fell|falling|dropped|shrunk|shrinking|declined|declining)|(?:had|have)\s+their\s+budgets?\s+(?:halved|cut|slashed)|under-?investment|underfund(?:ed|ing)|austerity|starv(?:ed|ing)\s+(?:\w+\s+){0,4}of\s+(?:the\s+)?(?:resources|money|funds|funding)|adequately\s+resourced|properly\s+funded|refused\s+to\s+fund)\b/i;
/** A demand for public policy ("we now need a credible plan", "there must be investment"): of the government, which has not given it. */
const POLICY_DEMAND = /\b(?:(?:we|the country|the (?:uk|nation|sector|system|service))\s+(?:now\s+|urgently\s+|still\s+|also\s+)?(?:need|needs|must have)\s+(?:a\s+|an\s+|to\s+see\s+(?:a\s+|an\s+)?)?|there\s+(?:must|needs\s+to|has\s+to)\s+be\s+(?:a\s+|an\s+|more\s+)?)(?:credible|proper|long-term|new|national|clear|fully\s+funded|serious|real|sustainable|urgent|significant|\s)*(?:plan|strategy|investment|funding|legislation|reform|action|settlement)\b/i;
/**
 * The speaker's own body (or the government a minister speaks for), and the subject that takes up what a report asks,
 * are judged only by words about them: cues that keep the rules' stance from the stance model (stance-model.ts), which,
 * fitted on few such targets, leans toward the blame most named actors carry.
 */
export const SPEAKERS_OWN_BODY = "the speaker's own body";
export const TAKES_UP_PROPOSALS = "takes up the report's proposals";
export const GROUP_PRAISED = 'a group thanked or defended';
export const RULES_STAND = new Set([SPEAKERS_OWN_BODY, TAKES_UP_PROPOSALS, GROUP_PRAISED]);
/** A speaker who speaks for the government: a department, a minister, a government spokesperson. */
const GOVERNMENT_SPEAKER = /\b(?:Department|Ministry|Government|Treasury|Home Office|Cabinet Office|Downing Street|Minister|Secretary of State|minister|secretary of state)\b/;
/** Bodies with "Government" or "Department" in their names that are not the government: its critics and its watchdogs. */
const NOT_THE_GOVERNMENT = /\b(?:Local Government|Association|Union|Federation|Confederation|Ombudsman|Councils?|Committee|Alliance|Network|Forum)\b/;
/** What the speaker welcomes or judges as "it"/"this", or calls "a careful piece of work": the thing answered. ("This is heartbreaking" judges the situation, not the report.) */
const JUDGED_PRONOUN = /\b(?:welcome|welcomes|welcomed|support|supports|applaud|endorse|endorses|reject|rejects|dismiss|criticise|criticize)\s+(?:it|this|them)\b|^(?:This|That)\s+(?:is|was)\s+(?:not\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:piece of work|report|review|document|analysis|study|assessment|contribution|read|summary|account)\b/g;
/**
 * What a reaction judges in place of the report it answers: its verdict and what it proposes ("called the rating a
 * turning point", "said the changes were long overdue", "the plans did not go far enough").
 */
const REPORT_STANDINS = 'rating|grade|verdict|judgement|judgment|changes|plans|proposals|proposal|reforms|recommendations|letter|research';
/** A frame that predicates the quoted or reported words of a report: `called it "…"`, `said the review was "…"`, `told the Echo the report was "…"`. */
const FRAME_OF_REPORT = new RegExp(
  `(?:\\b(?:called|calling|calls|described|describing|describes|branded|labelled|labeled|dubbed|termed)\\s+(it|them|the\\s+(?:${REPORT_NOUNS}|${REPORT_STANDINS})|this)\\s+(?:as\\s+)?|\\b(?:said|says|added|argued|claimed|insisted|warned|believes|thinks|told(?:\\s+[A-Za-z’'-]+){1,4}?)\\s+(?:that\\s+)?((?:the|this|its)\\s+(?:${REPORT_NOUNS}|${REPORT_STANDINS}))\\s*(?:was|is|were|had|has|would)?\\s*)[“"‘']?$`,
  'i',
);
/** Words that end on a stand-in: the article's report, whichever report was named last. */
const STANDS_FOR_REPORT = new RegExp(`\\b(?:${REPORT_STANDINS})$`, 'i');
/**
 * A statement that opens on the report or a stand-in for it as its subject ("the changes were “long overdue”", "the
 * plans did not go far enough"): what it predicates judges the report. Not its findings: "the findings are shocking"
 * restates them (corpus/README.md).
 */
const OPENS_ON_REPORT = new RegExp(`^[“"‘']?((?:the|this|these|its|their)\\s+(?:new\\s+|proposed\\s+|latest\\s+)?(?:report|review|study|audit|assessment|survey|inspection|${REPORT_STANDINS}))\\s+(?:was|were|is|are|had|has|have|did|does|do|would|could|will|went|goes|go)\\b`, 'i');
/**
 * The speaker vindicated ("Midwives have been saying this for years", "what we have long argued", "mirrors what we
 * have found", "echoes our own research"): the report agrees with what the speaker said or found before, so the
 * speaker endorses it.
 */
/** A reaction to the report that frames the clause reported after it: "welcomed the report and said", "dismissed the findings, saying". */
const REACTION_FRAME = /\b(welcomed|praised|backed|endorsed|applauded|hailed|criticised|criticized|attacked|dismissed|rejected|condemned|slammed|questioned|disputed)\s+(?:the|this|its|their|these)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:report|review|findings|conclusions|recommendations|inspection|audit|assessment|study|judgement|judgment)\s*(?:,\s*(?:saying|adding|arguing|warning)|(?:,\s*)?and\s+(?:said|says|added|argued|warned|claimed|insisted))\s+(?:that\s+)?$/iu;
const REACTION_AGAINST = /^(?:criticised|criticized|attacked|dismissed|rejected|condemned|slammed|questioned|disputed)$/i;
const VINDICATED = /\b(?:mirror|mirrors|mirrored|echo|echoes|echoed|reflects?|reflected|confirms?|confirmed|match|matches|matched|chimes?\s+with|chimed\s+with|corroborates?|corroborated|bears?\s+out|bore\s+out|consistent\s+with|in\s+line\s+with)\s+(?:what\s+(?:we|i|(?:our|his|her|their|its)\s+\p{L}+|(?:[\p{L}’'-]+\s+){1,5}?(?:have|has|had)\s+been)\s+(?:have\s+|has\s+|had\s+)?(?:long\s+|always\s+|already\s+)?(?:found|seen|heard|experienced|observed|known|saying|telling|warning|arguing)|(?:our|its|their|his|her|the\s+[\p{L}’'-]+[’']s)\s+own\s+(?:findings|research|reviews?|work|evidence|experience|analysis|surveys?))\b|\b(?:(?:have|has|had)\s+been\s+(?:saying|warning|telling|arguing|pointing out|calling for)|(?:have|has)\s+(?:long\s+)?(?:told|warned|said|argued))\b[^.;]{0,80}?\bfor\s+(?:years|decades|a long time|some time|months)\b|\bwhat\s+(?:we|our\s+\p{L}+)\s+(?:have|has)\s+(?:long\s+|always\s+)?(?:been\s+)?(?:saying|said|known|argued|warned|told|telling)\b|\b(?:put\s+in(?:to)?\s+(?:writing|words)|in\s+black\s+and\s+white|said|says|told\s+us)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:what|something)\s+(?:[\p{L}’'-]+\s+){0,8}?(?:knew|known)\b|\b(?:everything|all)\s+(?:we|i|they)(?:[’']d|\s+had|\s+have|[’']ve)?\s+been\s+(?:saying|telling|warning)\b/iu;
/** A paraphrase framed by a verb that judges its object ("criticised the commission for …", "praised the board for …"). */
const JUDGING_FRAME = /\b(?:criticis|criticiz|attack|blam|condemn|prais|commend|thank|applaud|fault|accus|rebuk|slam|welcom|congratulat)\p{L}*\s+$/iu;
/** Who a reaction blames when it names them without a judging word: people and bodies, not reports, frameworks or claims. */
const BLAMED_BY_DEFAULT = new Set(['Person', 'Organisation', 'Council', 'Group']);
/** The people of a body referred to by "its" ("its representatives"): the body. */
const ITS_PEOPLE = /\bits\s+(?:own\s+|senior\s+|top\s+|local\s+)?(?:representatives|officials|staff|members|leaders|leadership|spokes(?:man|woman|person|people)|executives|directors|management|chiefs)\b/gi;
/** Where the sentence holding `at` starts: after the last full stop or line break before it. */
function sentenceStartAt(text: string, at: number): number {
  return Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
}

/** Where the sentence before the one holding `at` starts (paragraph breaks end sentences too). */
function sentenceBefore(text: string, at: number): number {
  let k = at;
  for (let n = 0; n < 2; n++) {
    while (k > 0 && /\s/.test(text[k - 1]!)) k--;
    const head = text.slice(0, Math.max(0, k - 1));
    const boundary = Math.max(head.lastIndexOf('\n'), ...['. ', '? ', '! ', '.” ', '." '].map((b) => { const i = head.lastIndexOf(b); return i < 0 ? -1 : i + b.length - 1; }));
    if (boundary < 0) return 0;
    k = boundary + 1;
  }
  return k;
}
/** A person by their role: "the chief inspector", "the chief executive", "the secretary of state". */
const ROLE_ANAPHOR = /\bthe\s+((?:chief\s+|deputy\s+)?(?:inspector|executive|secretary of state|minister|chair(?:man|woman)?|director|commissioner))\b(?!\s+(?:of|for)\s+[A-Z])/gi;
const FRAME_VERBS = 'said|says|added|argued|argues|claimed|claims|insisted|insists|warned|warns|believes|thinks|called|calls|described|describes|branded|brands|labelled|labels|dubbed';
/** A framework referred to: "the new framework", "the Ofsted inspection framework", "its inspection methods". */
const FRAMEWORK_ANAPHOR = /\b(?:(?:this|the|that|new|current|its)\s+(?:new\s+|current\s+)?(?:[A-Z][\p{L}’']*\s+)?(?:inspection\s+)?(?:framework|regime|inspection model|inspection methods)|(?:these|this\s+year[’']s|the\s+new)\s+inspections)\b/giu;
/**
 * A third person as the subject of a clause inside a quote: at its start ("She must now apologise"), or
 * after a clause boundary or a verb of belief ("I believe he is creating …", "…, and she knows it").
 */
const THIRD_PERSON_SUBJECT = /(?:^\W*|(?:[.;:,–—]|\b(?:believe|think|fear|suspect|hope|know|that|because|when|and|but|if|while|now|so))\s+)([Hh]e|[Ss]he)\s+(?=(?:is|was|has|had|will|would|should|must|can|could|did|does|now|still|just|always|never|really|seems|wants|needs|knows|thinks|believes|says|said|keeps|continues|refuses|fails|failed|made|makes|[a-z]+(?:ed|s))\b)/;
/**
 * A body named only as the one that inspects or sets the standard ("compliant with X", "inspected by X",
 * "passing X inspections"): the statement judges who passes or complies, not the inspector.
 */
const INSPECTOR_BEFORE = /\b(?:(?:compliant|complies|comply|complying|in\s+line)\s+with|(?:registered|inspected|regulated|licensed)\s+(?:with|by))\s+(?:the\s+)?$/i;
const PASSING_BEFORE = /\b(?:pass(?:ed|es|ing)?|fail(?:ed|s|ing)?|meet(?:s|ing)?|met)\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i;
const INSPECTION_AFTER = /^[’']?s?\s+(?:inspections?|standards|regulations|requirements|rules|tests?|checks)\b/i;
function namedAsInspector(text: string, m: Mention): boolean {
  if (m.entity.label !== 'Organisation') return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return INSPECTOR_BEFORE.test(before) || (PASSING_BEFORE.test(before) && INSPECTION_AFTER.test(text.slice(m.end, m.end + 20)));
}
/** "There, a fifth of posts were empty": the place named in the sentence before. */
const PLACE_ANAPHOR = /^\W*There,\s/;

interface Found {
  entity: Entity;
  at: number;
  end: number;
  /** Its other mentions in the statement. */
  more: [number, number][];
  cue: string;
  /** Not named in the statement: stance from its words as a whole (situational at half weight). */
  implicit?: boolean;
  /** The speaker published it. */
  own?: boolean;
  /** The speaker's own organisation: kept only when judged. */
  ownBody?: boolean;
  /** Blamed without being named: stance from the clause of the blame. */
  blame?: boolean;
  /** Named by the headline only: its stance when the statement's words do not judge. */
  headline?: 'critical' | 'supportive';
  /** Stance from this text and focus instead of the statement's. */
  frame?: { text: string; focus: [number, number]; described?: boolean };
  /** Where what is said happens ("There, a fifth of posts were empty"), not who is addressed: never blamed by default. */
  setting?: boolean;
  /** A target only where the statement's words judge it. */
  onlyIfJudged?: boolean;
  /** The body the report assesses, speaking of its own service: with no judging word, it defends it. */
  selfSpoken?: boolean;
}

/**
 * Targets for the statements of one article, in text order: the stage keeps each speaker's last
 * statement, so a paragraph that names no one continues the speaker's previous target.
 */
export class TargetStage {
  private readonly previous = new Map<string, { end: number; targets: DraftTarget[] }>();
  private readonly councilLists: CouncilList[];

  constructor(private readonly ctx: TargetContext) {
    this.councilLists = councilLists(ctx.text, ctx.mentions);
  }

  targetsFor(c: TargetCandidate): DraftTarget[] {
    const targets = targetsFor(c, this.ctx, this.previous.get(c.speaker.id), this.councilLists);
    this.previous.set(c.speaker.id, { end: c.end, targets });
    return targets;
  }
}

export function targetsFor(c: TargetCandidate, ctx: TargetContext, previous?: { end: number; targets: DraftTarget[] }, lists: CouncilList[] = councilLists(ctx.text, ctx.mentions)): DraftTarget[] {
  const { text, gaz, mentions, frameworks, mainReport } = ctx;
  const sentenceStart = sentenceStartAt(text, c.start);
  const lookup = (id: string) => gaz.get(id) ?? ctx.entity?.(id);
  const found = new Map<string, Found>();
  const speakerEntity = gaz.get(c.speaker.id);
  // An opposition group's member sits on a council without speaking for it: what they say of it judges it.
  const opposition = OPPOSITION.test(`${c.speaker.role?.title ?? ''} ${c.speaker.mention ?? ''}`);
  const speakerBodies = new Set([c.speaker.id, ...(opposition ? [] : [...(speakerEntity?.roles.map((r) => r.at) ?? []), ...(c.speaker.role?.at ? [c.speaker.role.at] : [])])]);
  const speakerBodyName = c.speaker.role?.atName && !opposition ? fold(c.speaker.role.atName) : undefined;
  // A government department's people speak for the government: in "the government will intervene" it is who speaks,
  // never what is judged.
  const speaksForGovernment = [...speakerBodies].some((id) => lookup(id)?.kind === 'government-department');
  const add = (entity: Entity | undefined, at: number, cue: string, end = at, extra: Partial<Found> = {}) => {
    if (!entity || entity.id === c.speaker.id || (speaksForGovernment && entity.kind === 'government' && gaz.get(entity.id))) return;
    // The speaker's own organisation is who speaks ("the Federation has been saying"): a target only if the statement judges it ("our council failed these children").
    if (speakerBodies.has(entity.id) || (speakerBodyName && fold(entity.name) === speakerBodyName)) extra = { ...extra, ownBody: true };
    const known = found.get(entity.id);
    if (known) {
      if (end > at && at >= c.start && !extra.implicit) known.more.push([at, end]);
      if (extra.own) known.own = true;
      return;
    }
    found.set(entity.id, { entity, at, end, cue, more: [], ...extra });
  };
  /** Something the statement names besides the speaker's own organisation. */
  const namesAnything = () => [...found.values()].some((f) => !f.ownBody);
  const span = text.slice(c.start, c.end);
  const inSpan = (m: { start: number; end: number }) => m.start >= c.start && m.end <= c.end;
  const reportBefore = (at: number) => [...(ctx.reports ?? [])].reverse().find((r) => r.start < at && !inSpan(r))?.entity ?? mainReport;

  // Which government a place names: another country's where the text says so, else the graph's; a past one, none.
  const governmentAt = (start: number, end: number, graphs: () => Entity | undefined) => (formerGovernment(text, start) ? undefined : ctx.countryGovernment?.(start, end) ?? graphs());
  for (const m of mentions) {
    if (!inSpan(m) || namedAsInspector(text, m)) continue;
    const entity = m.entity.kind === 'government' ? governmentAt(m.start, m.end, () => m.entity) : m.entity;
    add(entity, m.start, `named: ${m.surface}`, m.end);
  }
  for (const r of ctx.reports ?? []) if (inSpan(r)) add(r.entity, r.start, `named: ${text.slice(r.start, r.end)}`, r.end);

  // Reports referred to: the nearest the text named before, else the main report.
  REPORT_ANAPHOR.lastIndex = 0;
  for (let m = REPORT_ANAPHOR.exec(span); m; m = REPORT_ANAPHOR.exec(span)) {
    const at = c.start + m.index;
    const own = /^our$/i.test(m[1]!) || /^\s+(?:from|of|by)\s+our\b/i.test(text.slice(at + m[0].length, at + m[0].length + 12));
    add(reportBefore(at), at, `anaphor: ${m[0]}`, at + m[0].length, own ? { own: true } : {});
  }
  OUTPUT_ANAPHOR.lastIndex = 0;
  for (let m = OUTPUT_ANAPHOR.exec(span); m; m = OUTPUT_ANAPHOR.exec(span)) {
    const at = c.start + m.index;
    add(reportBefore(at), at, `anaphor: ${m[0]}`, at + m[0].length);
  }
  // "The inspectors are right that …", "inspectors got it wrong": the inspection's people judged stand for its report.
  INSPECTORS_JUDGED.lastIndex = 0;
  for (let m = INSPECTORS_JUDGED.exec(span); m; m = INSPECTORS_JUDGED.exec(span)) {
    const at = c.start + m.index;
    add(reportBefore(at), at, `the inspection's people judged: ${m[0]}`, at + m[0].length);
  }
  // Inspections spoken of where the article's report is another body's (a survey of council leaders, a union's study): the
  // inspectorate's work judged, so the inspectorate the text names. Where the report is the inspectorate's, or its maker
  // unknown, its inspectors stand for that report (above), as what they recommend does ("the inspectors' recommendations").
  const inspectorate = mentions.find((x) => ASSESSOR_KIND.test(x.entity.kind ?? '') && x.entity.label === 'Organisation')?.entity;
  if (inspectorate && mainReport?.publishedBy.length && !mainReport.publishedBy.includes(inspectorate.id)) {
    INSPECTION_REGIME.lastIndex = 0;
    const m = INSPECTION_REGIME.exec(span);
    // "scrapping unannounced inspections would be …" judges a proposal to change them, which the report makes.
    if (m && !PROPOSED_CHANGE_BEFORE.test(span.slice(Math.max(0, m.index - 40), m.index))) add(inspectorate, c.start + m.index, `the inspectorate's work judged: ${m[0]} = ${inspectorate.name}`, c.start + m.index + m[0].length);
  }
  POSSESSIVE_REPORT.lastIndex = 0;
  for (let m = POSSESSIVE_REPORT.exec(span); m; m = POSSESSIVE_REPORT.exec(span)) {
    const at = c.start + m.index;
    add(reportBefore(at), at, `report by its publisher: ${m[0]}`, at + m[0].length);
  }
  // Taking up what a report asks ("the Government has accepted all the recommendations", "we are embracing its
  // findings") answers the report, the one the text named last; the body that takes them up is not judged by it.
  // Not so where the report's maker says it ("The Department accepted most of the recommendations yet …"), nor where
  // what follows sets the acceptance against what was not done.
  const takenUpAt: number[] = [];
  ACCEPTS_PROPOSALS.lastIndex = 0;
  for (let m = ACCEPTS_PROPOSALS.exec(span); m; m = ACCEPTS_PROPOSALS.exec(span)) {
    const at = c.start + m.index;
    const report = reportBefore(at);
    if (!report || report.publishedBy.some((p) => speakerBodies.has(p)) || CONTRAST_AFTER.test(span.slice(m.index + m[0].length))) continue;
    takenUpAt.push(at);
    add(report, at, `its proposals taken up: ${m[0]}`, at + m[0].length);
  }
  // The main report by the noun its title ends in, without a determiner ("disappointing advice from …").
  const head = /(\p{L}+)\W*$/u.exec(mainReport?.name ?? '')?.[1]?.toLowerCase();
  if (mainReport && head && new RegExp(`^(?:${REPORT_NOUNS})$`).test(head)) {
    const bare = new RegExp(`\\b${head}\\b`, 'i').exec(span);
    if (bare) add(reportBefore(c.start + bare.index), c.start + bare.index, `the report's noun: ${bare[0]}`, c.start + bare.index + bare[0].length);
  }

  // The main report's publisher named in an answer to it ("the NAO did not say that") stands for its report.
  const publisherNames = (mainReport?.publishedBy ?? []).map((p) => lookup(p)?.name).filter((n): n is string => !!n).map(nameKey);
  const samePublisher = (e: Entity) => mainReport!.publishedBy.includes(e.id) || (e.label === 'Organisation' && publisherNames.some((k) => sameBody(k, nameKey(e.name))));
  const publisherNamed = mainReport ? [...found.values()].find((f) => samePublisher(f.entity)) : undefined;
  if (mainReport && publisherNamed) add(mainReport, publisherNamed.at, `publisher named: ${publisherNamed.entity.name}`, publisherNamed.end);

  // Bodies described: the nearest body named before with that word in its name. The main report's
  // publisher described ("the commission") also stands for its report, and a regulator or watchdog
  // with no name to match is that publisher.
  BODY_ANAPHOR.lastIndex = 0;
  for (let m = BODY_ANAPHOR.exec(span); m; m = BODY_ANAPHOR.exec(span)) {
    const at = c.start + m.index;
    const word = m[1]!.toLowerCase();
    const before = [...mentions].reverse().filter((x) => x.start < at && x.entity.label !== 'Report' && x.entity.label !== 'Person');
    // "the council" is first the council named before (its name rarely says "council"), else a body with the word in its name.
    // "the council", "the local authority": the council named before, else a body named as a council whatever the
    // stage that proposed it labelled it ("Vale of Glamorgan Council").
    const council = /^(?:council|authority)$/.test(word) ? before.find((x) => x.entity.label === 'Council') ?? before.find((x) => /\bCouncil\b/.test(x.entity.name)) : undefined;
    const force = word === 'force' ? before.find((x) => POLICE_BODY.test(x.entity.name)) : undefined;
    const named = council ?? force ?? before.find((x) => new RegExp(`\\b${word}\\b`, 'i').test(x.entity.name));
    const publisher = mainReport?.publishedBy.map(lookup).find((p): p is Entity => !!p);
    const body = named?.entity ?? (publisher && (PUBLISHER_FUNCTION.test(word) || new RegExp(`\\b${word}\\b`, 'i').test(publisher.name)) ? publisher : undefined);
    if (!body) continue;
    add(body, at, `described: ${m[0]}`, at + m[0].length);
    if (mainReport && body.id === publisher?.id) add(mainReport, at, `publisher described: ${m[0]}`, at + m[0].length);
  }

  // "its representatives", "its officials": the people of the body named last before, in this sentence or the one
  // before (a report has no representatives; further back, "its" is about something the text did not name as a body),
  // else the main report's publisher; not the speaker's own.
  ITS_PEOPLE.lastIndex = 0;
  for (let m = ITS_PEOPLE.exec(span); m; m = ITS_PEOPLE.exec(span)) {
    const at = c.start + m.index;
    const from = sentenceBefore(text, at);
    const notSpeakers = (x: Mention) => (x.entity.label === 'Organisation' || x.entity.label === 'Council') && !speakerBodies.has(x.entity.id) && x.entity.name.toLowerCase() !== speakerBodyName;
    const near = [...mentions].reverse().find((x) => x.end <= at && x.start >= from && notSpeakers(x));
    // None that near: the body the article is about, the main report's publisher, if the text has named it.
    const publisher = near ? undefined : mentions.find((x) => x.end <= at && mainReport?.publishedBy.includes(x.entity.id) && notSpeakers(x));
    const body = near ?? publisher;
    if (body) add(body.entity, at, `its people: ${m[0]} = ${body.entity.name}`, at + m[0].length);
  }

  // A person by their role ("the chief inspector"): the person named before it with that title, in the text or the graph.
  ROLE_ANAPHOR.lastIndex = 0;
  for (let m = ROLE_ANAPHOR.exec(span); m; m = ROLE_ANAPHOR.exec(span)) {
    const at = c.start + m.index;
    const role = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const titles = (e: Entity) => [...e.roles.map((r) => r.title), ctx.titleOf?.(e.id) ?? ''].map((t) => t.toLowerCase());
    const person = [...mentions].reverse().find((x) => x.start < at && x.entity.label === 'Person' && titles(x.entity).some((t) => t.includes(role)));
    if (person) add(person.entity, at, `role: ${m[0]} = ${person.entity.name}`, at + m[0].length);
    // No one named with that title: an inspector or commissioner unnamed speaks for the report the article answers.
    else if (mainReport && /inspector|commissioner/.test(role)) add(mainReport, at, `the report's author by role: ${m[0]}`, at + m[0].length);
  }

  // The government by the words for it that are not its name.
  GOVERNMENT_WORDS.lastIndex = 0;
  for (let m = GOVERNMENT_WORDS.exec(span); m; m = GOVERNMENT_WORDS.exec(span)) {
    const at = c.start + m.index;
    if (mentions.some((x) => x.start <= at && x.end >= at + m![0].length)) continue;
    add(governmentAt(at, at + m[0].length, () => ctx.government?.(at)), at, `the government as: ${m[0]}`, at + m[0].length);
  }
  // "the State failed them" in an article about another country: its government; in a British text the word is
  // rarely a body ("the welfare state"), so there it is nothing.
  THE_STATE.lastIndex = 0;
  for (let m = THE_STATE.exec(span); m; m = THE_STATE.exec(span)) {
    const at = c.start + m.index;
    add(ctx.countryGovernment?.(at, at + m[0].length), at, `the government as: ${m[0]}`, at + m[0].length);
  }
  FRAMEWORK_ANAPHOR.lastIndex = 0;
  for (let m = FRAMEWORK_ANAPHOR.exec(span); m; m = FRAMEWORK_ANAPHOR.exec(span)) {
    // The framework named before, else the one the article's report was made under ("its inspection methods").
    const before = (frameworks.filter((f) => f.start < c.start + m!.index).pop() ?? frameworks[0])?.entity ?? (mainReport?.framework ? lookup(mainReport.framework) : undefined);
    if (before) add(before, c.start + m.index, `anaphor: ${m[0]}`, c.start + m.index + m![0].length);
  }
  // "Take Birmingham, for example. There, a fifth of posts were empty": the council named just before.
  {
    const from = Math.min(sentenceStart, c.start);
    if (PLACE_ANAPHOR.test(text.slice(from, c.end))) {
      const place = [...mentions].reverse().find((x) => x.end <= from && from - x.end < 300 && x.entity.label === 'Council');
      const at = from + text.slice(from).search(/There/);
      if (place) add(place.entity, at, `place referred to: There = ${place.surface}`, at + 5, { setting: true });
    }
  }
  if (c.phrase && /\brespond(?:ing|ed|s)? to\b/i.test(text.slice(Math.max(0, c.phrase[0] - 60), c.phrase[1]))) {
    if (mainReport) add(mainReport, c.start, 'responding to the report');
  }

  // A frame that predicates the words of a report: `called it "a missed opportunity"`, `said the review "gets the numbers right"`.
  {
    const frame = FRAME_OF_REPORT.exec(text.slice(sentenceStart, c.start));
    const opens = frame ? null : OPENS_ON_REPORT.exec(span);
    const words = frame ? (frame[1] ?? frame[2])! : opens?.[1];
    // A verdict or a proposal stands for the report the article answers; a report noun for the one named last.
    const report = words && STANDS_FOR_REPORT.test(words) ? mainReport : reportBefore(c.start);
    if (frame && words && report) {
      const focusAt = frame.index + frame[0].indexOf(words);
      add(report, c.start, `the frame predicates it of the report: ${frame[0].trim()}`, c.start, { frame: { text: text.slice(sentenceStart, c.end), focus: [focusAt, focusAt + words.length], described: true } });
    } else if (opens && words && report && !found.has(report.id)) {
      const focusAt = opens.index + opens[0].indexOf(opens[1]!);
      add(report, c.start + focusAt, `the statement opens on the report: ${opens[1]}`, c.start + focusAt + opens[1]!.length, { frame: { text: span, focus: [focusAt, focusAt + opens[1]!.length] } });
    }
  }

  // Councils referred to as a group ("these authorities", "20 local authorities where standards are poor"): the
  // councils the text lists, judged where the group is named. A paraphrase's group may be in its frame.
  {
    const from = c.kind === 'paraphrase' ? sentenceStart : c.start;
    GROUP_REFERENCE.lastIndex = 0;
    const scope = text.slice(from, c.end);
    for (let m = GROUP_REFERENCE.exec(scope); m; m = GROUP_REFERENCE.exec(scope)) {
      const at = from + m.index;
      const inside = at >= c.start;
      const frame = inside ? {} : { frame: { text: text.slice(sentenceStart, c.end), focus: [at - sentenceStart, at - sentenceStart + m[0].length] as [number, number] } };
      for (const council of councilsReferred(lists, at, countOf(m[2] ?? m[3]))) add(council.entity, at, `${COUNCILS_AS_A_GROUP}: ${m[0]}`, at + m[0].length, frame);
    }
  }

  // "Begum criticised the commission for consulting …": a paraphrase that opens with the object of a judging
  // verb is judged in the sentence with its frame.
  if (c.kind === 'paraphrase') {
    const lead = text.slice(sentenceStart, c.start);
    const object = [...found.values()].find((f) => f.at - c.start <= 4 && f.end > f.at && !f.frame);
    if (object && JUDGING_FRAME.test(lead)) object.frame = { text: text.slice(sentenceStart, c.end), focus: [object.at - sentenceStart, object.end - sentenceStart] };
  }

  // "She must now apologise", "I believe he is creating a vicious circle" in someone else's quote: a third
  // person inside a quote is not the speaker, but the person named last before it whom the pronoun fits.
  const pronoun = c.kind === 'quote' ? THIRD_PERSON_SUBJECT.exec(span) : null;
  if (pronoun) {
    const person = [...mentions].reverse().find((x) => x.end <= c.start && c.start - x.end < 800 && x.entity.label === 'Person' && x.entity.id !== c.speaker.id && pronounFits(pronoun[1]!, x.surface));
    const at = c.start + pronoun.index + pronoun[0].length - pronoun[1]!.length;
    if (person) add(person.entity, at, `pronoun refers back: ${pronoun[1]} = ${person.entity.name}`, at + pronoun[1]!.length);
  }
  // `The LGA says Ofsted "should be …"`, `described Eastmere as a "national disgrace"`: the actor named just before the
  // quotation mark is what the quoted words are said of.
  if (!namesAnything()) {
    const subject = [...mentions].reverse().find((x) => x.end <= c.start && x.start >= sentenceStart && x.entity.label !== 'Report');
    const between = subject ? text.slice(subject.end, c.start) : '';
    const frame = subject ? text.slice(sentenceStart, subject.start) : '';
    if (subject && /^\s*(?:was|is|were|are|had|has|would|as(?:\s+(?:a|an|the|being))?)?\s*[“"‘']?$/.test(between) && new RegExp(`\\b(?:${FRAME_VERBS})\\s+(?:that\\s+)?(?:the\\s+)?$`, 'i').test(frame)) {
      const lead = text.slice(sentenceStart, c.end);
      add(subject.entity, c.start, `the frame predicates it of: ${subject.surface}`, c.start, { frame: { text: lead, focus: [subject.start - sentenceStart, subject.end - sentenceStart] } });
    }
  }
  // "accused the government of “hiding behind …”", "described the council’s leadership as “confident”": the object of a
  // verb that judges or describes, with the quoted or reported words said of it, is what the statement judges.
  {
    const lead = text.slice(sentenceStart, c.start);
    const frame = OBJECT_FRAME.exec(lead);
    const object = frame?.[1] ?? frame?.[2];
    if (frame && object) {
      const from = sentenceStart + frame.index + frame[0].indexOf(object);
      const to = from + object.length;
      const within = (x: { start: number; end: number }) => x.start >= from && x.end <= to;
      // "the council" is the council named before; else a body the object names, the government, or a collective.
      BODY_ANAPHOR.lastIndex = 0;
      const council = /^(?:council|authority)$/i.test(BODY_ANAPHOR.exec(object)?.[1] ?? '') ? [...mentions].reverse().find((x) => x.end <= from && x.entity.label === 'Council') : undefined;
      const named = council ?? mentions.find((x) => within(x) && x.entity.label !== 'Report' && /^\p{Lu}/u.test(x.surface)) ?? (ctx.collectives ?? []).find(within);
      GOVERNMENT_WORDS.lastIndex = 0;
      const government = named ? undefined : GOVERNMENT_WORDS.exec(object);
      const entity = named?.entity ?? (government ? governmentAt(from, to, () => ctx.government?.(from)) : undefined);
      if (entity) add(entity, c.start, `the object of the frame: ${frame[0].trim()}`, c.start, { frame: { text: text.slice(sentenceStart, c.end), focus: [from - sentenceStart, to - sentenceStart] } });
    }
  }
  // The government's own people do not blame it by implication, nor answer its critics' headline.
  const speakerWords = `${c.speaker.name} ${c.speaker.role?.title ?? ''} ${c.speaker.role?.atName ?? ''}`;
  const speakerIsGovernment = GOVERNMENT_SPEAKER.test(speakerWords) && !/\bshadow\b/i.test(speakerWords) && !NOT_THE_GOVERNMENT.test(speakerWords);
  /** Names an actor besides the speaker's own body; `groups: false` leaves groups out. */
  const namesAnActor = ({ groups = true } = {}) => [...found.values()].some((f) => f.entity.label !== 'Report' && (groups || f.entity.label !== 'Group') && !f.ownBody);
  // Blame of the government that does not name it: money cut or withheld.
  // A group named beside the cuts is most often who suffers them ("councils are under pressure because funding has
  // fallen"): it does not stand in for the government.
  if (!namesAnActor({ groups: false }) && !speakerIsGovernment && (FUNDING_BLAME.test(span) || LESS_MONEY.test(span) || POLICY_DEMAND.test(span))) {
    const m = (FUNDING_BLAME.exec(span) ?? LESS_MONEY.exec(span) ?? POLICY_DEMAND.exec(span))!;
    // Judged where the blame is: the clause of the cuts, not the statement's other news.
    add(ctx.countryGovernment?.(c.start + m.index, c.start + m.index) ?? ctx.government?.(c.start + m.index), c.start + m.index, `the government blamed: ${m[0]}`, c.start + m.index + m[0].length, { implicit: true, blame: true });
  }
  // An opposition spokesperson ("the shadow chancellor") answering a report speaks of the government's record: with
  // no actor named, the government is what the statement judges.
  if (/\bshadow\b/i.test(speakerWords) && !namesAnActor()) add(ctx.countryGovernment?.(c.start, c.end) ?? ctx.government?.(c.start), c.start, "an opposition spokesperson on the government's record", c.start, { implicit: true });
  // A statement that names no actor, in an article whose headline says who is attacked or praised: that actor.
  if (ctx.headline && !namesAnActor() && !(speakerIsGovernment && (ctx.headline.entity.kind === 'government' || /government/i.test(ctx.headline.entity.name)))) add(ctx.headline.entity, c.start, ctx.headline.cue, c.start, { implicit: true, headline: ctx.headline.stance });
  // What the speaker welcomes or judges as "it" / "this" is the report answered, when nothing else is named.
  if (mainReport && ![...found.values()].some((f) => f.entity.label === 'Report')) {
    JUDGED_PRONOUN.lastIndex = 0;
    const m = JUDGED_PRONOUN.exec(span);
    if (m) {
      const pronoun = /\b(?:it|this|them|This|That)\b/.exec(m[0])!;
      const at = c.start + m.index + pronoun.index;
      add(mainReport, at, `judged as: ${m[0].trim()}`, at + pronoun[0].length);
    }
  }
  // The report's publisher stating its findings judges what the report assesses, not itself or its report.
  // A body speaking by its initials ("CIW" for "Care Inspectorate Wales") is the same body.
  const publisherInitials = (mainReport?.publishedBy ?? []).map((p) => initialsOf(lookup(p)?.name ?? '')).filter((i) => i.length >= 2);
  const titleOwnedBy = titleOwner(c.speaker.role?.title);
  const speaksForPublisher =
    !!mainReport &&
    (c.speaker.id === mainReport.id ||
      mainReport.publishedBy.some((p) => speakerBodies.has(p)) ||
      [c.speaker.name, c.speaker.role?.atName, titleOwnedBy].some((n) => !!n && publisherInitials.includes(n)) ||
      // An office holder introduced by the office that made the report ("Ana Ruiz, the Chief Examiner of Colleges"), or
      // by a title the publisher owns ("the CQC's Chief Inspector of Hospitals").
      [c.speaker.name, speakerBodyName, c.speaker.role?.title, titleOwnedBy].some((n) => !!n && publisherNames.some((k) => !!k && sameBody(k, nameKey(n)))) ||
      // "Jo Bell, HM chief inspector, said": an inspector with no other body named, in an article about an
      // inspectorate's report, is that inspectorate's.
      (!c.speaker.role?.at && !c.speaker.role?.atName && INSPECTOR_TITLE.test(c.speaker.role?.title ?? '') && mainReport.publishedBy.some((p) => INSPECTORATE.test(lookup(p)?.name ?? ''))) ||
      // A report the text credits to nobody was most likely made by the regulator, inspectorate, ombudsman or
      // auditor the article quotes.
      (!mainReport.publishedBy.length && [c.speaker.label === 'Person' ? undefined : c.speaker.name, c.speaker.role?.atName, c.speaker.role?.title].some((n) => !!n && ASSESSOR.test(n))));
  if (ctx.subject && speaksForPublisher && !namesAnActor()) add(ctx.subject.entity, c.start, `the report's subject: ${ctx.subject.surface}`, c.start, { implicit: true });
  // An inspectorate retelling its findings in an article about another's report (a council's own paper, a review)
  // judges the same body: "Inspectors said at the time that caseloads were too high".
  const assessorSpeaks = !speaksForPublisher && [...speakerBodies].some((id) => ASSESSOR_KIND.test(lookup(id)?.kind ?? ''));
  if (ctx.subject && assessorSpeaks && !speakerBodies.has(ctx.subject.entity.id) && !namesAnActor()) add(ctx.subject.entity, c.start, `the inspectorate's finding, of the report's subject: ${ctx.subject.surface}`, c.start, { implicit: true });
  // The body the report assesses, speaking of itself and naming nothing ("Our staff should be rightly proud of the
  // work they do"): its statement is about its own service, which it speaks up for unless its words fault it
  // (ownServiceAnswered).
  const speaksForSubject =
    !!ctx.subject && (speakerBodies.has(ctx.subject.entity.id) || (!!speakerBodyName && sameBody(nameKey(speakerBodyName), nameKey(ctx.subject.entity.name))));
  if (speaksForSubject && !namesAnything()) add(ctx.subject!.entity, c.start, `the report's subject speaking of itself: ${ctx.subject!.surface}`, c.start, { implicit: true, selfSpoken: true });
  // A councillor speaking of an inspection of a council speaks of the council's service ("I want this service to
  // succeed", "nobody here thinks this is good enough"): the council is what the statement judges, beside the report.
  const councillor = ctx.subject?.entity.label === 'Council' && COUNCILLOR.test(`${c.speaker.name} ${c.speaker.role?.title ?? ''} ${c.speaker.mention ?? ''}`);
  // One who speaks as the council ("we have recruited", "our social workers"), from no opposition group, speaks for it:
  // what they say of its service is the body assessed speaking of itself (ownServiceAnswered).
  const speaksAsCouncil = councillor && !opposition && FIRST_PERSON_PLURAL.test(span);
  if (councillor && !namesAnActor()) add(ctx.subject!.entity, c.start, `a councillor on the inspected council: ${ctx.subject!.surface}`, c.start, { implicit: true, ...(speaksAsCouncil ? { selfSpoken: true } : {}) });
  // What the report describes ("the conduct outlined in this report", "the failings the review identified") is the
  // doing of the body it assesses: whoever speaks of it judges that body, beside the report (and the publisher, if named).
  // The publisher named as the report's owner ("this IOPC report") is not who the statement judges.
  const namesAnActorButThePublisher = () => [...found.values()].some((f) => f.entity.label !== 'Report' && !f.ownBody && !(mainReport && samePublisher(f.entity)));
  const described = ctx.subject && !namesAnActorButThePublisher() ? DESCRIBED_BY_REPORT.exec(span) : null;
  if (described) add(ctx.subject!.entity, c.start + described.index, `what the report describes, of its subject: ${ctx.subject!.surface}`, c.start + described.index, { implicit: true });
  // A quote paragraph that names no actor continues its speaker's previous statement (implicit target).
  if (!namesAnything() && previous && c.kind === 'quote') {
    // Only the next paragraph or two: further on, the speaker has moved on.
    if (c.start - previous.end < 400) {
      for (const t of previous.targets) {
        // Only what the previous paragraph judged: a body it merely mentioned is not the topic.
        if (t.label === 'Report' || t.label === 'Claim' || t.stance === 'neutral') continue;
        const entity = lookup(t.target) ?? { id: t.target, label: t.label as Entity['label'], name: t.name, aliases: [], roles: [], publishedBy: [] };
        add(entity, c.start, `continues the speaker's previous target: ${t.name}`, c.start, { implicit: true });
      }
    }
  }
  // Anyone else's statement that names nothing but the report (or its maker), nor goes on from a statement before, is about
  // what the report assessed ("staff have been let down by years of poor management"): the report's subject where the
  // statement's words judge it; an inspected council whether they do or not, blamed by default like any actor a
  // reaction names when they do not (as the written corpus's annotators code such statements).
  const assessedBody = ctx.subject && (ctx.subject.entity.label === 'Council' || (ctx.subject.entity.label === 'Organisation' && ctx.subject.entity.kind !== 'government')) && !samePublisher(ctx.subject.entity);
  if (assessedBody && !namesAnActorButThePublisher() && !ACCOUNT_JUDGED.test(span) && !speaksForPublisher && !speaksForSubject && !councillor) {
    add(ctx.subject!.entity, c.start, `judges, naming nothing: the report's subject: ${ctx.subject!.surface}`, c.start, { implicit: true, onlyIfJudged: ctx.subject!.entity.label !== 'Council' });
  }

  // Grading itself judged ("a single-word judgement cannot capture …", "an inspection system that names and shames"):
  // the inspectorate's way of working, whichever report the article answers; not by the inspectorate itself. Beside
  // the report, not in its place, and last, so that it stands in for no actor the rules above look for.
  {
    const practice = inspectorate && !speakerBodies.has(inspectorate.id) ? INSPECTION_PRACTICE.exec(span) : null;
    if (practice) add(inspectorate, c.start + practice.index, `the inspectorate's way of working judged: ${practice[0]} = ${inspectorate!.name}`, c.start + practice.index + practice[0].length, { implicit: true });
  }
  // Stance per target (stance.ts): the clause that names it, else its sentence, else the statement's
  // evaluative cues. Inside a direct quote, short quoted words are labels (mentions), not judgements.
  // The subject that takes up a report's proposals is not judged by saying so (however it was found: named, or as "the government").
  for (const f of found.values()) {
    if (f.entity.label !== 'Report' && takenUpAt.some((at) => f.end <= at && SUBJECT_TO_VERB.test(text.slice(f.end, at)))) f.setting = true;
  }
  // A speaker talking about its own report reports findings, it does not judge them.
  const statementText = span;
  const own = (f: Found) => f.own || f.entity.publishedBy.some((p) => speakerBodies.has(p));
  const heldByRules = (f: Found) => (f.ownBody || (f.entity.kind === 'government' && speakerIsGovernment) ? SPEAKERS_OWN_BODY : f.setting ? TAKES_UP_PROPOSALS : undefined);
  const targets: DraftTarget[] = [];
  for (const f of found.values()) {
    const { entity, at, end, cue } = f;
    if (entity.label === 'Person' && c.kind === 'quote' && entity.id === c.speaker.id) continue;
    const inside = (!f.implicit || f.blame) && at >= c.start && end <= c.end && end > at;
    // A report is judged by evaluative words ("rightly", "flawed"); words about the world it describes
    // ("shocking statistics", "good services") are its findings, not a judgement of it.
    const options = { mentionQuotes: c.kind === 'quote', ownPublication: entity.label === 'Report', publishedBySpeaker: entity.label === 'Report' && own(f) };
    let use: StanceResult;
    if (f.frame) use = stanceToward(f.frame.text, f.frame.focus, { ...options, mentionQuotes: false, described: f.frame.described });
    else {
      // Each place the statement names it, first the one that judges it; else the first, with the statement around it.
      const judgedAt = inside ? [[at, end] as [number, number], ...f.more].map(([s, e]) => stanceToward(statementText, [s - c.start, e - c.start], { ...options, localOnly: true })).find((r) => r.stance !== 'neutral') : undefined;
      // The speaker's own body, named, is judged only by words about it, never by the statement's words about others
      // ("We urge the regulator to adopt a fair framework. Our members stand ready to help.").
      if (f.ownBody && inside && !judgedAt) continue;
      use = judgedAt ?? stanceToward(statementText, inside ? [at - c.start, end - c.start] : null, { ...options, topic: f.implicit });
    }
    // Blame is a judgement by itself: cuts the government made, a plan it has not given, are its fault; the
    // qualities demanded ("a credible plan") are what it lacks, not praise.
    if (f.blame && use.stance !== 'critical') use = { ...use, stance: 'critical', negative: Math.max(1, use.negative), cues: [`blame: ${f.cue}`, ...use.cues] };
    if (entity.label === 'Report' && !own(f) && use.stance === 'neutral' && VINDICATED.test(span)) {
      use = { ...use, stance: 'supportive', positive: Math.max(1, use.positive), cues: [`the speaker vindicated: ${VINDICATED.exec(span)![0]}`, ...use.cues] };
    }
    if (f.headline && use.stance === 'neutral') use = { ...use, stance: f.headline, cues: [`the headline's stance: ${f.headline}`, ...use.cues] };
    // The body assessed, answering its inspection with what it has done and naming nothing ("We kept our social
    // workers", "every referral is now seen within a day"), speaks up for its service (the written corpus's annotators
    // code such statements as supportive of it).
    if (f.selfSpoken && use.stance === 'neutral' && !use.circumstances && !OPENS_ON_INSPECTION.test(statementText)) use = { ...use, ...ownServiceAnswered(statementText) };
    if ((f.ownBody || f.onlyIfJudged) && use.stance === 'neutral') continue;
    // An actor a reaction names with no judging word about it is most often the one it blames (the corpus's
    // annotations, bench/ingest/README.md): critical, at low confidence, and said so for the reviewer.
    // Not an actor named as the one a situation befalls ("a difficult year for the agency", "the cuts meant the council
    // had …") or as answering the speaker's concerns ("took action to address my concerns"): that describes it.
    const defaulted = use.stance === 'neutral' && BLAMED_BY_DEFAULT.has(entity.label) && !f.setting && !use.circumstances && !use.answeredSpeaker;
    if (defaulted) use = { ...use, stance: 'critical', cues: ['no judging word: an actor a reaction names is most often blamed', ...use.cues] };
    targets.push({
      target: entity.id,
      label: entity.label,
      name: entity.name,
      stance: use.stance,
      confidence: defaulted ? 0.3 : f.implicit ? Math.min(0.5, stanceConfidence(use.positive, use.negative)) : stanceConfidence(use.positive, use.negative),
      cues: [cue, ...(own(f) ? ['speaker published it'] : []), ...[heldByRules(f)].filter((held) => held !== undefined), ...use.cues.slice(0, 8)],
    });
  }
  // Who made a framework answers for it: a framework judged judges its publisher the same way ("serious problems
  // with the current inspection model" faults the inspectorate), unless the speaker made it.
  for (const t of [...targets]) {
    const framework = t.label === 'Framework' && t.stance !== 'neutral' ? lookup(t.target) : undefined;
    const maker = framework?.publishedBy.map(lookup).find((p): p is Entity => !!p);
    if (!maker || speakerBodies.has(maker.id) || targets.some((x) => x.target === maker.id)) continue;
    targets.push({ target: maker.id, label: maker.label, name: maker.name, stance: t.stance, confidence: Math.min(0.5, t.confidence), cues: [`made the framework judged: ${t.name}`, ...t.cues.slice(1)] });
  }
  if (mainReport && !targets.some((t) => t.target === mainReport.id) && [...found.values()].every((f) => f.implicit || f.ownBody)) {
    // Stance stage: a statement that names no report is about the article's report only because it
    // answers it. Its evaluative words judge what the report found (a charity saying a fact is sad, a
    // union blaming the government), not the report: the stance toward the report is neutral, and said so.
    const e = mainReport;
    const whole = stanceToward(statementText, null, { mentionQuotes: c.kind === 'quote', ownPublication: true });
    // Only words that judge an account ("double standards", "this can't happen soon enough") judge it (stance.ts).
    const verdict = e.publishedBy.some((p) => speakerBodies.has(p)) ? undefined : verdictOnAnswered(statementText, { mentionQuotes: c.kind === 'quote' });
    // A report that agrees with what the speaker found before is endorsed, named or not.
    const vindicated = verdict && verdict.stance === 'neutral' ? VINDICATED.exec(statementText) : null;
    // "X welcomed the report and said <clause>", "criticised the report, saying <clause>": the reaction that frames
    // what is reported is the speaker's stance toward the report.
    const reaction = c.kind === 'paraphrase' ? REACTION_FRAME.exec(text.slice(sentenceStart, c.start)) : null;
    const framed = reaction ? (REACTION_AGAINST.test(reaction[1]!) ? 'critical' : 'supportive') : undefined;
    // "the inspectors have recognised how well they do it", "Inspectors saw a service in transition, not a service in
    // crisis": what the speaker says the report's makers did is a verdict on the report.
    const assessors = e.publishedBy.some((p) => speakerBodies.has(p)) ? undefined : assessorsJudged(statementText);
    // A document that proposes (a white paper, a consultation, a strategy) is judged by what is said of what it proposes:
    // there the statement's own words are its stance toward it, as they are not toward a report of findings.
    // What it would bring about counts too ("the fund risked opening the door to privatisation").
    const proposal = !e.publishedBy.some((p) => speakerBodies.has(p)) && PROPOSAL_DOCUMENT.test(e.name) ? stanceToward(statementText, null, { mentionQuotes: c.kind === 'quote', topic: true }) : undefined;
    const proposes = !!proposal && proposal.stance !== 'neutral';
    const stance = vindicated ? 'supportive' : verdict && verdict.stance !== 'neutral' ? verdict.stance : framed ?? assessors?.stance ?? (proposes ? proposal!.stance : 'neutral');
    const why = vindicated ? [`the speaker vindicated: ${vindicated[0]}`] : verdict && verdict.stance !== 'neutral' ? [`judges the account: ${verdict.cues.join('; ')}`] : framed ? [`framed by the reaction: ${reaction![0].trim()}`] : assessors ? [`the report's makers judged: ${assessors.cue}`] : proposes ? [`what it proposes judged: ${e.name}`] : [];
    targets.push({ target: e.id, label: e.label, name: e.name, stance, confidence: 0.4, cues: [MAIN_REPORT_UNNAMED, ...why, `words of the statement (not a judgement of the report): ${whole.stance}`, ...whole.cues.slice(0, 8)] });
  }
  judgedCollectives(c, ctx, speakerBodies, targets);
  praisedGroups(c, ctx, speakerBodies, targets);
  implicatedIndustry(c, ctx, speakerBodies, targets);
  return targets;
}

/**
 * A statement that judges the report as an account ("This report is thorough and fair", "the findings are flawed"):
 * about the report, not about the body it assessed (unlike "called the rating a wake-up call").
 */
const ACCOUNT_JUDGED =
  /^\W*(?:this|the|its|their|today[’']s)\s+(?:[\p{L}-]+\s+)?(?:report|review|inspection|findings|rating|judgement|judgment|verdict)\s+(?:is|was|were|are|seems?|seemed)\s+(?:(?:very|so|too|entirely|completely|wholly|largely|broadly|deeply|simply|both)\s+)?(?:thorough|fair|unfair|balanced|accurate|inaccurate|flawed|biased|rigorous|misleading|wrong|right|harsh|one-sided|partial|incomplete|welcome)\b/iu;
/** A statement that speaks of the inspection itself ("The inspection took place over three days"), not of the service. */
const OPENS_ON_INSPECTION = /^\W*(?:the|this|their|its|last\s+\w+[’']s)\s+(?:inspection|inspectors?|report|visit|review)\b/i;

/** The body assessed owning its failings: an apology, "we let Kai down", "mistakes were made", "we are not where we want to be". */
const FAILINGS_OWNED =
  /\b(?:(?:deeply|truly|very|so|profoundly|genuinely)\s+)?sorry\b|\bapologi[sz](?:e|es|ed|ing)\b|\bapolog(?:y|ies)\b|\blet\s+(?:[\p{L}’'-]+\s+){1,4}down\b|\bmistakes\s+(?:were|have\s+been|had\s+been)\s+made\b|\bnot\s+(?:yet\s+)?where\s+(?:we|it|the\s+service)\s+(?:want|wants|need|needs|should|would\s+like|ought)\b|\b(?:we|I)\s+(?:got\s+(?:it|this|things)\s+wrong|failed\b|did\s+not\s+do\s+enough|didn[’']t\s+do\s+enough)|\b(?:more|much)\s+(?:still\s+)?to\s+do\b/iu;
/** What it has done since, set beside the failing: "and we have changed the way we work", "but we are not standing still". */
const FAILINGS_ANSWERED = /\b(?:but|and)\s+(?:we|I)\s+(?:are|am|have|will|now)\b(?!\s+not\b)|\bnot\s+standing\s+still\b/i;

/**
 * The stance of the body assessed toward its own service, where no judging word says it: owning its failings faults it
 * (mixed where it sets what it has done beside them); otherwise what it says it has done speaks up for it (the written
 * corpus's annotators code "We kept our social workers", "every referral is now seen within a day" as supportive).
 */
function ownServiceAnswered(statement: string): { stance: 'critical' | 'mixed' | 'supportive'; cues: string[] } {
  const owned = FAILINGS_OWNED.exec(statement);
  if (!owned) return { stance: 'supportive', cues: ['the body assessed, speaking of its own service, defends it'] };
  const answered = FAILINGS_ANSWERED.exec(statement.slice(owned.index + owned[0].length));
  return answered ? { stance: 'mixed', cues: [`owns its failings: ${owned[0]}`, `and answers them: ${answered[0]}`] } : { stance: 'critical', cues: [`owns its failings: ${owned[0]}`] };
}

/** The inspectors as the subject of a clause, not of a relative ("services which inspectors have praised" cites them). */
const ASSESSORS_SUBJECT = String.raw`(?:^|[.;:,]\s*|\b(?:and|but|yet)\s+)(?:the\s+)?inspectors\s+(?:have\s+|had\s+|has\s+)?`;
/** Credit given by them: they saw what the speaker's people do, said plainly what is needed. */
const ASSESSORS_CREDITED = new RegExp(`${ASSESSORS_SUBJECT}(?:(?:rightly|fairly|quite\\s+rightly)\\s+\\p{L}+|recognised|recognized|acknowledged|been\\s+(?:very\\s+|absolutely\\s+)?(?:clear|fair|right|thorough|balanced|accurate)|told\\s+us\\s+(?:some\\s+)?hard\\s+truths|got\\s+it\\s+right)\\b`, 'iu');
/**
 * Fault found with them: what they did not weigh, or saw in place of what is so ("saw a service in transition, not a
 * service in crisis"), also after what they did do ("concentrated on a handful of old cases and ignored the progress").
 */
const ASSESSORS_FAULTED = new RegExp(`${ASSESSORS_SUBJECT}(?:(?:not|never)\\s+(?:given|taken|looked|seen|asked|listened|spoken)|did\\s+not|didn[’']t|failed\\s+to|ignored|overlooked|missed|only\\s+(?:saw|looked|spoke)|got\\s+it\\s+wrong)\\b|${ASSESSORS_SUBJECT}[^.;:]{0,120}?\\b(?:and|but)\\s+(?:had\\s+|have\\s+)?(?:ignored|overlooked|missed|failed\\s+to)\\b|\\b(?:inspectors|they)\\s+(?:saw|inspected|looked\\s+at|judged|counted|measured)\\s+[^,.;]{3,60},\\s+not\\s+`, 'iu');

/** The stance toward the report that a statement's judgement of its makers gives, faults first, with the words that say so. */
function assessorsJudged(statement: string): { stance: 'critical' | 'supportive'; cue: string } | undefined {
  const faulted = ASSESSORS_FAULTED.exec(statement);
  if (faulted) return { stance: 'critical', cue: faulted[0].replace(/^[.;:,\s]+/, '').trim() };
  const credited = ASSESSORS_CREDITED.exec(statement);
  return credited ? { stance: 'supportive', cue: credited[0].replace(/^[.;:,\s]+/, '').trim() } : undefined;
}

/**
 * Adds the collectives and parties (judged-collectives.ts) a statement judges: named in it, or as the subject its
 * quoted words are said of (`warns that Conservative proposals “would …”`), and kept only when the
 * judging words of their clause attach to them ("water companies must do better", "the sector coped
 * well"); a collective named in passing ("complaints about banks rose") is not what the statement judges.
 */
function judgedCollectives(c: TargetCandidate, ctx: TargetContext, speakerBodies: Set<string>, targets: DraftTarget[]): void {
  const { text } = ctx;
  const span = text.slice(c.start, c.end);
  const sentenceStart = sentenceStartAt(text, c.start);
  for (const m of ctx.collectives ?? []) {
    const inside = m.start >= c.start && m.end <= c.end;
    const saidOf = !inside && m.start >= sentenceStart && m.end <= c.start && SAID_OF.test(text.slice(m.end, c.start));
    if (!inside && !saidOf) continue;
    const { entity } = m;
    // The councils the text lists, found for "these councils" (GROUP_REFERENCE), are what it means.
    if (entity.name === 'councils' && targets.some((t) => t.cues[0]?.startsWith(COUNCILS_AS_A_GROUP))) continue;
    // Already judged here; one carried over from the speaker's previous statement without a judgement is replaced.
    const known = targets.findIndex((t) => t.target === entity.id);
    if (speakerBodies.has(entity.id) || fold(entity.name) === fold(c.speaker.name) || (known >= 0 && targets[known]!.stance !== 'neutral')) continue;
    const from = inside ? c.start : sentenceStart;
    const judged = stanceToward(text.slice(from, c.end), [m.start - from, m.end - from], { mentionQuotes: c.kind === 'quote' && inside, localOnly: true });
    // A public system the clause is about ("the welfare system is making things worse") is what the statement
    // judges even where the stance rules see no judging word; an industry is kept only when judged.
    // So is a collective the statement opens on as its subject ("Councils take their responsibilities seriously",
    // "some councils had fallen short") where it names no other actor: the statement is about them whatever its words.
    const subject = inside && SUBJECT_OF_CLAUSE.test(text.slice(m.end, c.end));
    // Not where the statement names a report, nor where it speaks of money withheld (whoever withholds it is judged).
    // Counted ("14 of the 43 councils inspected", "one in five councils"), it is a finding about them, whichever reports
    // and frameworks the statement also names.
    const lead = text.slice(c.start, m.start);
    const counted = COUNTED_BEFORE.test(lead);
    const othersAllow = targets.every((t) => t.cues[0] === MAIN_REPORT_UNNAMED || (counted && (t.label === 'Report' || t.label === 'Framework')));
    const opensOnIt = inside && (subject || PLURAL_VERB_AFTER.test(text.slice(m.end, c.end))) && OPENS_ON_IT.test(lead) && othersAllow && !FUNDING_BLAME.test(span) && !LESS_MONEY.test(span);
    if (judged.stance === 'neutral' && !(subject && / system$/.test(entity.name)) && !opensOnIt) continue;
    const target = { target: entity.id, label: entity.label, name: entity.name, stance: judged.stance, confidence: stanceConfidence(judged.positive, judged.negative), cues: [`collective judged: ${m.surface}`, ...judged.cues.slice(0, 8)] };
    if (known >= 0) targets.splice(known, 1, target);
    else targets.push(target);
  }
}

/**
 * A group the statement thanks, credits or defends (praised-groups.ts), the graph's or a collective the text names:
 * supportive, whatever else the statement's words say of it.
 */
function praisedGroups(c: TargetCandidate, ctx: TargetContext, speakerBodies: Set<string>, targets: DraftTarget[]): void {
  const groups = [...(ctx.groups ?? []), ...(ctx.collectives ?? []).filter((m) => m.entity.label === 'Group')];
  for (const m of groups) {
    if (m.start < c.start || m.end > c.end || speakerBodies.has(m.entity.id)) continue;
    const praise = praiseOfGroup(ctx.text.slice(c.start, c.end), m.start - c.start, m.end - c.start);
    if (!praise) continue;
    const { entity } = m;
    const target = { target: entity.id, label: entity.label, name: entity.name, stance: 'supportive' as const, confidence: stanceConfidence(1, 0), cues: [`named: ${m.surface}`, GROUP_PRAISED, praise] };
    const known = targets.findIndex((t) => t.target === entity.id);
    if (known >= 0) targets.splice(known, 1, target);
    else targets.push(target);
  }
}

/**
 * A grievance of customers that implicates whoever charges them, not the report that found it: "ripped off",
 * "overcharged", "paid more than they should", margins or prices "double", "above historic levels", "at
 * questionable levels".
 */
const OVERCHARGED = /\b(?:ripped\s+off|rip-?offs?|overcharg\p{L}*|profiteer\p{L}*|price[- ]gouging|fleeced|(?:paid|paying|pay|pays|charged|charging)\s+(?:(?:[^.;]|\.(?=\d)){0,40}?\s)?more\s+than\s+(?:they|it|we|you|customers|consumers|people|drivers|households)\s+should|(?:margins?|profits?|prices?|charges?|bills?|fees?)\b[^.;]{0,60}?\b(?:double|doubled|twice|tripled|treble|(?:significantly\s+|well\s+|far\s+|still\s+)*above\s+(?:historic|historical|normal|fair|reasonable)|(?:extremely\s+|highly\s+|very\s+|deeply\s+)?(?:questionable|excessive|unjustifiable|unjustified|inflated)\s+(?:levels?|rates?)))/iu;

/**
 * The industry a customers' grievance implicates (OVERCHARGED), faulted: the one the statement names nearest
 * the grievance, else the one the article names most (the industry it is about). Not the speaker's own.
 */
function implicatedIndustry(c: TargetCandidate, ctx: TargetContext, speakerBodies: Set<string>, targets: DraftTarget[]): void {
  const span = ctx.text.slice(c.start, c.end);
  const grievance = OVERCHARGED.exec(span);
  if (!grievance) return;
  const at = c.start + grievance.index;
  const groups = (ctx.collectives ?? []).filter((m) => m.entity.label === 'Group' && !speakerBodies.has(m.entity.id));
  const inside = groups.filter((m) => m.start >= c.start && m.end <= c.end).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  const counts = new Map<string, { mention: Mention; n: number }>();
  for (const m of groups) counts.set(m.entity.id, { mention: counts.get(m.entity.id)?.mention ?? m, n: (counts.get(m.entity.id)?.n ?? 0) + 1 });
  const principal = [...counts.values()].sort((a, b) => b.n - a.n || a.mention.start - b.mention.start)[0]?.mention;
  const industry = (inside ?? principal)?.entity;
  if (!industry) return;
  const known = targets.findIndex((t) => t.target === industry.id);
  if (known >= 0 && targets[known]!.stance !== 'neutral') return;
  const target = { target: industry.id, label: industry.label, name: industry.name, stance: 'critical' as const, confidence: inside ? stanceConfidence(0, 1) : 0.5, cues: [`implicated by a grievance: ${grievance[0]}`] };
  if (known >= 0) targets.splice(known, 1, target);
  else targets.push(target);
}

/** A verb right after a noun: the noun is its clause's subject. */
const SUBJECT_OF_CLAUSE = /^\s+(?:is|are|was|were|has|have|had|will|would|must|should|can|cannot|could|does|do|did|keeps|continues|remains|fails|failed|\p{L}+ing\b|\p{L}+s\b(?!\s+(?:of|to|for)\b))/u;

/** The cue of a main-report target a statement has only because it answers the report (it names none). */
const MAIN_REPORT_UNNAMED = 'main report of the article (no report named)';
/** The cue of the councils a text lists, found for "these councils". */
const COUNCILS_AS_A_GROUP = 'councils as a group';
/** Money withheld, said without naming who withholds it ("with less money every year", "less and less"). */
const LESS_MONEY = /\b(?:(?:with|on)\s+less\s+(?:and\s+less|money|funding|resources)|less\s+and\s+less|(?:funding|budgets?|money)\s+(?:\w+\s+){0,2}(?:being\s+|been\s+)?(?:cut|slashed|squeezed|reduced))\b/i;
/**
 * A verb that judges or describes its object, then the words said of it: "accused the government of “…”", "blaming
 * ministers for creating a “…”", "described the council’s leadership as “…”". Group 1 or 2 is the object.
 */
const OBJECT_FRAME = /\b(?:accus|blam|criticis|criticiz|attack|condemn|prais|credit|thank|fault|rebuk)\p{L}*\s+((?:the\s+|its\s+|their\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}?)\s+(?:of|for)\s+(?:being\s+|having\s+|creating\s+|producing\s+)?(?:a\s+|an\s+)?[“"‘']?$|\b(?:described|describing|describes|branded|labelled|labeled|dubbed)\s+((?:the\s+|its\s+|their\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,5}?)\s+as\s+(?:being\s+)?(?:a\s+|an\s+)?[“"‘']?$/iu;
/** Nothing before a noun in its statement but a conjunction and quantifiers: the statement opens on it. */
const OPENS_ON_IT = /^\W*(?:(?:but|and|yet|so|while|although|though)\s+)?(?:(?:the|some|many|most|too\s+many|all|other|those|these|few|several|half(?:\s+of)?\s+the|a\s+(?:number|minority|majority|handful)\s+of|not\s+all|only|\w+\s+(?:in|of)\s+(?:\w+|the\s+\w+))\s+)*$/i;

/** A count before a noun: "14 of the 43", "one in five", "Eleven", "most", "half the", "a third of". */
const COUNTED_BEFORE = /^\W*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+(?:third|quarter|fifth|half)|half|most|many|several)\b(?:\s+(?:of|in|out\s+of)\s+(?:the\s+)?(?:\d+|\w+))?(?:\s+of\s+the)?\s+(?:the\s+)?$/i;

/** A plural subject's verb in its plain form ("Councils take", "councils know"): any word but one that goes on the noun. */
const PLURAL_VERB_AFTER = /^\s+(?!(?:of|in|on|at|to|for|from|with|across|and|or|but|by|under|over|around|like|such|outside|within|as|than)\b)[a-z]+\b/;

/** What lies between a subject and the quoted words said of it: a copula at most, and the quotation mark. */
const SAID_OF = /^\s*(?:was|is|were|are|had|has|have|would|will)?\s*[“"‘']$/;

export function stanceConfidence(positive: number, negative: number): number {
  const total = positive + negative;
  if (total === 0) return 0.5;
  return round(Math.min(0.9, 0.5 + (Math.abs(positive - negative) / total) * 0.25 + Math.min(total, 4) * 0.04));
}

/**
 * The government a statement blames: the graph's ("the government" is its name or alias), else one
 * proposed as a new organisation where the text first blames it, so the blame is not dropped.
 */
export function governmentOf(gaz: Gazetteer, resolver: SpeakerResolver, at: number): Entity {
  const known = gaz.mentions('the government').find((m) => m.entity.label === 'Organisation')?.entity;
  if (known) return known;
  const proposal = resolver.proposeBody('Government', at, 'government', 'new-organisation:government-blamed');
  return { id: proposal.id, label: 'Organisation', name: proposal.name, aliases: [], roles: [], publishedBy: [] };
}

/** Prepositions and conjunctions a headline joins its phrases with. */
const LINKS = 'after|over|for|in|on|at|as|amid|following|with|from|to|of|and|but|by|into|about|despite';
/** A preposition or conjunction: what follows it is not the headline verb's object. */
const HEADLINE_LINK = new RegExp(`\\b(?:${LINKS})\\b`, 'i');
/** A name set before a common noun it qualifies ("Ofsted rating", "council cuts"), not before a link or a verb. */
const QUALIFIES_NOUN = new RegExp(`^\\s+(?!(?:${LINKS}|says?|said|is|are|was|were|has|have)\\b)\\p{Ll}`, 'u');
const HEADLINE_VERB = /\b(?:(slams?|attacks?|criticises?|criticizes?|blasts?|hits? (?:out|back) at|accuses?|condemns?|lambasts?|rounds? on|savages?|rebukes?)|(praises?|backs|welcomes?|hails?|applauds?))\s+(.{1,80})/i;

/**
 * The actor a headline says is attacked or praised ("Sunderland MP slams Government's Universal Credit
 * scheme"): a graph actor or the government named in the words after the verb. Not a report's publisher
 * named as the report's owner ("hit back at Ofsted schools report"): the report is the article's target.
 */
export function headlineTarget(title: string, gaz: Gazetteer, government: () => Entity | undefined): TargetContext['headline'] {
  const m = HEADLINE_VERB.exec(title);
  if (!m) return undefined;
  const tail = m[3]!;
  const stance = m[1] ? 'critical' : 'supportive';
  const reportNoun = new RegExp(`^[’']?s?\\s+(?:\\p{L}+\\s+)?(?:${REPORT_NOUNS})\\b`, 'iu');
  // The verb's object, not a name after a preposition ("praises staff after Ofsted upgrade") nor one that qualifies the
  // noun after it ("welcomes improved Ofsted rating"): those name what the object is about, not what is attacked or praised.
  const named = gaz
    .mentions(tail)
    .find((x) => x.entity.label !== 'Report' && x.start < 30 && !reportNoun.test(tail.slice(x.end)) && !HEADLINE_LINK.test(tail.slice(0, x.start)) && !QUALIFIES_NOUN.test(tail.slice(x.end)));
  if (named) return { entity: named.entity, stance, cue: `the headline: ${m[0].trim()}` };
  const gov = /^(?:the\s+)?(?:government|ministers|whitehall|govt)\b(?![’']?s?\s+(?:\p{L}+\s+)?(?:report|review))/iu.exec(tail);
  const entity = gov ? government() : undefined;
  return entity ? { entity, stance, cue: `the headline: ${m[0].trim()}` } : undefined;
}
