/**
 * Who is speaking: attribution verbs, speaker phrases and how a phrase
 * resolves to an actor (name or alias in the graph, a role, a pronoun or a
 * description that refers back, or a new person the text names).
 */
import type { ActorLabel } from './draft.js';
import { ASSESSOR_KIND, type Entity, type Gazetteer, type Mention } from './gazetteer.js';
import { BODY_WORDS, aliasNamesAnother, appositionRole, bareBodyName, blankQuotes, bodiesAfterKind, bodyBeforeRole, bodyAfterRole, unnamedPersonIn, bodyMentions, chooseSpeakerName, commonNounOpeningSentence, collectiveNameIn, councilMentions, councilNameIn, councilPlace, governmentNameIn, headedByOffice, headedByTitle, isFirstName, officeBeforeName, organisationNameIn, ownerAndTitle, partyOfSpokesperson, personMentions, SEAT_AND_MEMBER_RUN_ON, personNameCandidates, pronounFits, withoutHonorifics, BEFORE_SURNAME, HONORIFIC_OR_TITLE, type NameCandidate } from './stages/speaker-names.js';
import { bodiesWithInitials, councilOfPlace, councilOfTheOpening, localCouncilPlace } from './stages/new-entity-mentions.js';
import { fold } from './text.js';

/**
 * Verbs of saying. `told` takes an addressee, and `according to` puts the speaker after. News prose varies the verb
 * that closes or opens a quote for its tone ("cautioned", "conceded", "remarked", "recalled", "advised"): each is a
 * verb of saying wherever it stands. Only the past form of a verb whose present form is also a common noun
 * ("remarks", "recalls", "advises" is kept: no noun) is listed.
 */
export const SAY_VERBS =
  'said|says|say|added|adds|told|tells|argued|argues|claimed|claims|warned|warns|stated|states|stating|saying|warning|arguing|claiming|insisting|believed|explained|explains|insisted|insists|commented|comments|continued|continues|noted|notes|wrote|writes|suggested|suggests|believes|urged|urges|responded|replied|acknowledged|acknowledges|admitted|admits|declared|declares|announced|announces|concluded|concludes|maintained|maintains|stressed|stresses|pointed out|points out|complained|complains|revealed|reveals|found|finds|agreed|agrees|called|calls|described|describes|' +
  'advised|advises|cautioned|cautions|conceded|concedes|remarked|recalled|observed|emphasised|emphasized|reiterated|asserted|contended|countered|lamented';

export const SAY_RE = new RegExp(`\\b(?:${SAY_VERBS})\\b`, 'gi');
/** A verb of saying and nothing else ("said", "also told reporters"): never a title. */
const SAYING_ONLY = new RegExp(`^(?:also\\s+|then\\s+|later\\s+)?(?:${SAY_VERBS})\\b(?:\\s+(?:reporters|journalists|the\\s+\\w+|us|me|him|her|them|MPs|councillors))?$`, 'iu');

/**
 * A topic subheading in a press release's run of quotes ("On the report:", "On funding", "On the workforce:"): a
 * line of a few words opening with "On", no verb of saying, no comma. It says what the quotes below it are about,
 * not who speaks them, so the speaker line above it goes on governing them; read as a speaker phrase, "the report"
 * in it would hand every quote to the report's publisher.
 */
const TOPIC_SUBHEADING = new RegExp(`^\\s*On\\s+(?![^:]*\\b(?:${SAY_VERBS})\\b)[^\\s,;.!?“”"]+(?:\\s+[^\\s,;.!?“”"]+){0,5}\\s*:?\\s*$`, 'u');
export const isTopicSubheading = (line: string): boolean => TOPIC_SUBHEADING.test(line);


/** A body named by its kind alone, in lower case ("the council", "the charity"). */
const BODY_KIND = /^(?:council|local authority|authority|charity|union|trust|watchdog|regulator|inspectorate|department|ministry|government|association|organisation|company|firm|board|committee|commission|agency|federation|party|group|foundation|service|office|school|college|university|hospital)$/;
/** A description that refers back to a body ("the watchdog", "the office") or to the report ("the assessment"). */
const REPORT_NOUN = /^(?:report|study|review|assessment|audit|survey|inquiry|analysis|findings|document|paper|evaluation|dossier|inspection)$/;
/**
 * "the watchdog", "the spending watchdog", "The latest HMICFRS dossier", "A new report": a determiner, up to
 * two modifiers, a noun. "a"/"an" only before "new" or "latest" ("a report by X" names X, not the main report).
 * Group 1 is the modifiers, group 2 the noun.
 */
const DESCRIPTIONS =
  /\b(?:the|this|its|their|(?:a|an)(?=\s+(?:new|latest)\b))\s+((?:[\p{L}-]+\s+){0,2}?)(watchdog|regulator|inspectorate|report|study|review|assessment|audit|survey|inquiry|analysis|findings|document|paper|evaluation|dossier|inspection|council|authority|department|ministry|government|association|charity|union|board|organisation|body|office|agency|commission|committee|federation|alliance|trust|league|forum|network|ombudsman|institute|foundation|service|campaign|group|unit|consortium|coalition|bureau|tribunal|directorate)\b/giu;

/** Kinds of body the press writes before or after a name as its description ("charity Homes First", "Homes First, the housing charity"). */
const KIND_NOUN = /^(?:charity|union|association|trust|foundation|institute|campaign|group|federation|alliance|network|league|forum)$/;

/** "one charity", "a union": a body left unnamed by its kind (group 1). */
const ONE_BODY_OF_KIND = /^\s*(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}(charity|union|association|trust|foundation|campaign|group|federation|alliance|network)\s*,?\s*$/u;

/**
 * A body introduced by a kind a regulator judges or a reaction comes from, never the regulator itself: "Millbrook
 * Homes, a 6,000-home association", "charity Homes First". Group 1 or 2 is the name.
 */
const KINDS_JUDGED = '(?:charity|union|association|trust|foundation|institute|campaign|group|federation|alliance|network|league|forum|landlord|company|firm|provider|operator|newspaper|publisher|broadcaster|airline|retailer|supplier)';
const BODY_NAME_WRITTEN = "[A-Z][\\p{L}’'&-]*(?:[ \\t]+(?:(?:of|for|and|the)[ \\t]+)*[A-Z][\\p{L}’'&-]*)*";
const INTRODUCED_AS_KIND = new RegExp(`(${BODY_NAME_WRITTEN}),\\s+(?:an?|the)\\s+(?:[\\p{Ll}\\p{N},.’'-]+\\s+){0,3}${KINDS_JUDGED}\\b|\\b${KINDS_JUDGED}\\s+(?:the\\s+)?(${BODY_NAME_WRITTEN})`, 'gu');

/** A sentence's opening words up to a verb of saying (group 1): its subject, when nothing else stands there. */
// The subject ends in a character that is not a space: the text is read with its quotes blanked, and a subject that
// could end inside a run of blanks made the engine try every split of each run against every verb.
const SUBJECT_BEFORE_SAYING = new RegExp(`(?:^|[.!?]\\s+|\\n)([^.!?\\n]{2,60}?)(?<=\\S)\\s+(?:(?:has|have|had|also)\\s+)*(?:${SAY_VERBS})\\b`, 'gu');
const VERB_OF_SAYING_NEXT = new RegExp(`^\\s*(?:(?:has|have|had|also)\\s+)*(?:${SAY_VERBS})\\b`, 'i');

/** Words that open a sentence or a clause, not a body's name ("charity The …" is no name). */
const NOT_A_BODY_NAME = /^(?:The|A|An|It|This|That|They|He|She|We|But|And|In|On|At|Its|Their)$/;

/**
 * A body named outside the graph, as a council ("Kelby Borough Council", and "Kelby Council" where the text is about local
 * government) or an organisation: "the council said" refers back to the council.
 */
function bodyLabel(text: string, name: string): 'Council' | 'Organisation' {
  return councilPlace(name) ?? localCouncilPlace(name, text) ? 'Council' : 'Organisation';
}

/** A title held at a body the text refers to: the graph's id where it has one, its name either way. */
function roleAt(title: string, body: Referent): Resolved['role'] {
  return { title, at: body.id.startsWith('pending-') ? undefined : body.id, atName: body.name };
}

/** "In it", "In the report," before a pronoun that speaks: the document's author speaks in it. */
const IN_THE_REPORT_BEFORE = /(?:^|[.!?]\s+|\n)In\s+(?:it|the\s+(?:report|review|document|letter))\s*,?\s*$/;

/** An organisation or a council: what "it" can be. */
const isBody = (r: Referent) => r.label === 'Organisation' || r.label === 'Council';

const MALE = /^(?:he|him|his)$/i;
const FEMALE = /^(?:she|her|hers)$/i;


export interface Referent {
  at: number;
  id: string;
  name: string;
  label: ActorLabel;
  animate: boolean;
  speakerRole?: string;
  /** For a report: its publisher (so "it said" after "the report" is the publisher). */
  via?: string;
  /** A person named with a role ("Meg Hart, chair of the Transport Committee,"): "the committee's chair" refers back to them. */
  role?: { title: string; at?: string; atName?: string };
  /** Spoke in the text in its own voice (a speaker remembered, not a spokesperson). */
  spoke?: boolean;
  /** Named only inside someone's reported words ("He added that the minister, X, had …"): a person spoken of. */
  reported?: boolean;
}

/** Verbs that report a speaker's words in the clause after them; a person named there is spoken of, not speaking. */
const REPORTING_VERB_BEFORE = /\b(?:said|says|added|adds|told\s+\S+|argued|argues|claimed|claims|warned|warns|stated|explained|insisted|noted|wrote|suggested|stressed|pointed out|admitted|acknowledged)\s+(?:that\s+)?[^.!?\n]*$/;

/** Is text[at] named after a verb of saying in its own sentence, inside the words it reports? */
function insideReportedClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const sentence = before.slice(Math.max(...[/[.!?][”"’]?\s+[^.!?]*$/.exec(before)?.index ?? -1, before.lastIndexOf('\n')].map((i) => i + 1)));
  return REPORTING_VERB_BEFORE.test(sentence) && !/^\s*$/.test(sentence.replace(REPORTING_VERB_BEFORE, ''));
}

/** The end of the last sentence before a point ("… it. " then the sentence that runs on to it). */
const LAST_SENTENCE_START = /[.!?][”"’]?\s+[^.!?]*$/;
/** What may stand before a sentence's subject: a few words of a description, and its comma ("The mayor, "). */
const SUBJECT_OPENING = /^\s*(?:[\p{L}’'-]+\s+){0,5}?(?:[\p{L}’'-]+\s*,\s*)?$/u;
/** "Despite the figures, ", "After the review was published, ": an adverbial before the subject, set off by its comma. */
const FRONTED_ADVERBIAL = /^\s*(?:Despite|After|Following|Before|Since|While|Although|Though|As|When|With|In|On|At|Speaking|Responding|Commenting|Reacting)\b[^,]*,\s*/;
/** A name, perhaps a description in commas after it, then a verb of saying: "Joanne Pritchett, said", "Jo Bell, its chair, warned". */
const NAME_THEN_SAYS = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s*(?:,[^,.;:“”"]{1,80})?,?\s*(?:said|says|added|warned|told|argued|insisted|claimed|called|described|accused|urged|conceded)\b/u;
/** A conjunction or linking adverb opening a sentence: "But", "And", "Yet", "However,", "Meanwhile,". */
const OPENING_CONJUNCTION = /^\s*(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Separately|Elsewhere)\b,?\s*/;
/** A verb or a preposition before a name makes it an object ("met the mother of a girl, Amy Clarke"). */
const OBJECT_MARKER = /\b(?:of|to|by|with|for|from|after|before|like|about|against|at|on|in|into|and|or|than|met|was|were|is|are|has|had|have|been|said|says|told|named|called|\p{Ll}+ed)\b/u;

/**
 * A title set before the sentence's subject, its name in apposition ("The leader of the opposition group, Cllr X, called …"),
 * perhaps with a second title before the name ("The committee's chairman, the Conservative MP Robert Ashdown, opened …").
 */
const ROLE_BEFORE_SUBJECT =
  /^\s*(?:The|A|An|Its|Their|His|Her)\s+(?![^,]*\b(?:was|were|is|are|has|had|have|been|said|says|told|heard|met|saw|found|gave|took|made|spoke|from|\p{Ll}+ed)\b)[^,.;:!?“”"]{2,120},\s*(?:(?:the|a|an)\s+(?:(?!(?:of|to|by|with|for|from|was|were|is|are|has|had|have|been)\b)[\p{L}’'-]+\s+){1,4})?$/u;

/** How many paragraphs back the passage's speaker may stand from a person its words mention. */
const PASSAGE_PARAGRAPHS = 3;

/** A first name, then an age between commas, opening a speaker's phrase: "Liam, 19, …". */
const FIRST_NAME_AND_AGE = /^\s*(?:(?:But|And)\s+)?(\p{Lu}\p{Ll}+),\s+(?:aged\s+)?\d{1,2},/u;

export interface Resolved {
  id: string;
  name: string;
  label: ActorLabel;
  existing: boolean;
  resolvedBy: string;
  mention: string;
  speakerRole?: string;
  confidence: number;
  /** A new person: the role the phrase gives, with the organisation's name and id when known. */
  role?: { title: string; at?: string; atName?: string };
  /** Where the name is, UTF-16, for new actors. */
  start: number;
  end: number;
}

export interface NewActorProposal {
  id: string;
  label: ActorLabel;
  name: string;
  kind?: string;
  role?: { title: string; at?: string; atName?: string };
  start: number;
  end: number;
  rule: string;
}

/**
 * A name the graph writes with a capital, found in lower case ("the independent report" for The Independent):
 * a common word, not the name. Forms the graph itself writes in lower case ("government") still count.
 */
function commonWordForName(m: Mention): boolean {
  if (!/^\p{Ll}/u.test(m.surface)) return false;
  const surface = fold(m.surface);
  return ![m.entity.name, ...m.entity.aliases].some((form) => /^\p{Ll}/u.test(form.replace(/^(?:the|The)\s+/, '')) && fold(form).endsWith(surface));
}

/**
 * A time or a linking word that opens a sentence before its subject ("Yesterday, Keong said", "On Monday Rahim
 * said", "Later, Ode added"): no part of the speaker's name.
 */
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A knight's or a peer's title and first name alone: "Sir Michael", "Dame Judith". */
const KNIGHTED_SHORT = /^(?:Sir|Dame|Lord|Lady)\s+\p{Lu}\p{Ll}+$/u;

/** A relation to a person, as the last word of a title ("heartbroken gran", "former partner"). */
const KIN = /\b(?:gran|granny|grandmother|grandfather|grandad|granddad|grandparents?|mother|mum|mom|father|dad|parents?|son|daughter|sister|brother|aunt|auntie|uncle|cousin|niece|nephew|wife|husband|partner|boyfriend|girlfriend|fianc[eé]e?|stepfather|stepmother|stepdad|stepmum|friend|neighbour|neighbor|widow|widower|relatives?|family)$/i;

const SENTENCE_OPENER = `(?:Yesterday|Today|Tonight|Later|Earlier|Meanwhile|However|Separately|Now|Then|But|And|${DAY}|Last\\s+(?:week|month|year|night|${DAY})|(?:On|By|Last|This)\\s+${DAY}(?:\\s+(?:morning|afternoon|evening|night))?|In\\s+(?:a|her|his|their|its)\\s+statement|In\\s+response)`;
/**
 * A phrase that is one name after a time or linking word, an honorific or a title of office ("Mr Marsh", "Later,
 * Senator Marsh", "Chief Constable Bright"): group 1 is the name.
 */
const ONE_NAME = new RegExp(`^\\s*(?:${SENTENCE_OPENER}\\s*,?\\s+)?${BEFORE_SURNAME}?([A-Z][\\p{L}’'-]+)\\s*,?\\s*$`, 'u');

/**
 * Who a speaker talks to is never the speaker: the phrase right after "told" ("she told the BBC", "told MPs"), or
 * after "Speaking to", "In an interview with", "Writing in" (an outlet, set off by its comma before the speaker).
 */
const ADDRESSEE_BEFORE = /\b(?:told|tells|telling|[Ss]peaking to|[Tt]alking to|interview with|[Ww]riting (?:in|for))\s*$/;
const OUTLET_ADJUNCT = /^\s*(?:(?:Speaking|Talking|Writing|Appearing)\s+(?:to|in|for|on)|In\s+(?:an?\s+)?(?:interview|article|column|op-ed)\s+(?:with|in|for))\s+[^,]{1,80},\s*/u;

/**
 * "Bakery owners have urged the government to reject …", "The consortium pressed ministers to resist …": the subject
 * makes the call; the one called on to act is its addressee, never the speaker.
 */
const CALLED_ON_TO = /^(\s*\S[\s\S]*?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:urged|urges|urging|pressed|presses|pressing|implored|implores|encouraged|encourages|called\s+on|calls\s+on|calling\s+on)\s+[^.;:“”"]{2,80}?\s+to\s+\p{Ll}/u;
/** A verb of answering up to "by": " have responded to the findings by", " reacted to it by". */
/**
 * A joint speaker: "X along with Y said", "X, together with Y, said", "X alongside Y said:". The statement is the
 * grammatical subject's, X's, as the annotations code it (the other speaker is noted, not credited).
 */
const JOINT_SPEAKER = /^(\s*\S[\s\S]*?)\s*,?\s+(?:along\s+with|together\s+with|alongside|accompanied\s+by)\s+[^.;:“”"]{2,80}?\s*,?\s*$/u;
/** The joining words of a joint speaker phrase, before the second name ("along with chief executive "). */
const JOINED_BEFORE = /\s(?:along\s+with|together\s+with|alongside|accompanied\s+by)\s+[^.;:!?“”"\n]{0,80}$/u;
const JOINT_REACH = 120;
/** From a person's name to a body named as their post: "Jo Bell, chair of the ", "Sam Roy, general secretary at ". */
const POST_AT_BODY = /^[^,.!?\n]*,\s*(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){1,4}?(?:of|at|for)\s+(?:the\s+)?$/u;
/** "This" or "That" alone as a speaker ("This said: “…”"), after a sentence that names a statement or a letter. */
const DEMONSTRATIVE_SPEAKER = /^\s*(?:This|That)\s*[,:]?\s*$/u;
const STATEMENT_NAMED_BEFORE = /\b(?:statement|response|reply|letter|message)\b[^.!?\n]{0,80}[.!?]\s*$/u;
export const ANSWERED_BY = String.raw`\s+(?:(?:have|has|had)\s+)?(?:responded|reacted|replied)\s+to\b[^.;:“”"]*\bby`;
/** "<subject> have responded to <what> by": the subject (group 1), before the verb of answering. */
const RESPONDED_TO_BY = new RegExp(String.raw`^(\s*\S[\s\S]*?)${ANSWERED_BY}\b[^.;:“”"]*$`, 'u');
/** ", who has been mayor for six years," up to the phrase's end: a relative clause set off by commas. */
const RELATIVE_CLAUSE_AFTER_NAME = /(?:^|,)\s*(?:who|whose)\b[^“”"]*$/u;
/** The capitalised name and comma just before a phrase that opens with "who" (the speaker the clause describes). */
const NAME_BEFORE_RELATIVE = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s*,\s*$/u;

/**
 * "Eastvale Council, which the Regulator has found to …", "a weekly which the HSR found had …": a relative clause's own
 * subject (a name, or "the" and a noun) is who reports, not the body the clause describes. Group 1 is the subject.
 */
const RELATIVE_CLAUSE_SAYER = /(?:^|[\s,])(?:which|whom)\s+((?:[Tt]he\s+)?\p{Lu}[^\s,;:“”"]*(?:\s+(?:of|for|and|\p{Lu}[^\s,;:“”"]*)){0,5}|the\s+\p{Ll}+)\s*(?:(?:has|have|had|also|previously)\s+)*$/u;
/** "the Fiscal Outlook Panel's yearly report": a capitalised owner (group 1), its possessive, a report's noun. */
const REPORT_OF_OWNER = /^\s*(?:[Tt]he\s+)?(?!(?:Now|Then|But|And|So|Yet|However|Meanwhile|Today|Yesterday|Its|Their|His|Her|Our)\b)(\p{Lu}[^,;:“”"’']{1,80}?)[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|study|review|assessment|audit|survey|inquiry|analysis|findings|paper|evaluation|outlook|forecast)\s*,?\s*$/u;
/**
 * Up to two capitalised words and a body's head noun right after a name (in the plural too, "Monitoring Boards"): the
 * name opens a longer one. An office is such a head when "of", "for" or a possessive shows it is named, not a title
 * before a person ("Independent Chief Inspector of Borders", "Independent Office for Police Conduct", "the
 * Independent Chief Inspector's report"; but "Ofsted Chief Inspector Amanda Spielman" is Ofsted's officer).
 */
const LONGER_BODY_HEAD = /^[ \t]+(?:\p{Lu}[\p{L}’'-]*[ \t]+){0,2}(?:(?:Commission|Committee|Trust|Association|Foundation|Institute|Board|Agency|Authority|Federation|Society|Alliance|Network|Centre|Council|Union|Fund|Forum|League|Panel|Tribunal)s?\b|(?:Office|Inspector|Inspectorate|Commissioner|Ombudsman|Regulator|Reviewer|Examiner|Assessor|Auditor|Investigator|Adjudicator|Advocate|Adviser)(?:[ \t]+(?:of|for)\b|[’']s\b))/u;
/** " for Students", " of the Arts": how a body's name runs on after a capitalised word. */
const NAME_RUNS_ON = /^[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*)*/u;
/**
 * "Lori Vance, an agency spokeswoman,", "Agency spokesman Tom Reed": the role stands in apposition to a personal
 * name, before it after a comma, or straight before it. "A spokesman for Jane Roe" names whom the spokesman speaks for.
 */
const SPOKESPERSON_ROLE = /\b(?:spokes(?:person|man|woman)|press officer|representative)\b/i;
function namesTheSpokesperson(phrase: string): boolean {
  const role = SPOKESPERSON_ROLE.exec(phrase);
  if (!role) return false;
  return personNameCandidates(phrase).some((c) => {
    const end = c.index + c.name.length;
    if (end <= role.index) return /^\s*,\s*(?:an?|the)\s/i.test(phrase.slice(end, role.index)) && !/[;:]/.test(phrase.slice(end, role.index));
    return /^[ \t]*,?[ \t]*$/.test(phrase.slice(role.index + role[0].length, c.index));
  });
}
/**
 * "The Government's advisory body on drugs and alcohol", "the Treasury's fiscal watchdog": a body described by its
 * owner and its kind, the whole phrase the speaker (group 1). The owner is not the speaker: the body advises or
 * watches it, in its own voice.
 */
const BODY_OWNED_BY = /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:body|panel|watchdog|regulator|committee|agency|council|board|commission|inspectorate|taskforce|advisers|advisors)(?:\s+(?:on|for)\s+[\p{Ll}-]+(?:\s+(?:(?:and|&)\s+)?[\p{Ll}-]+){0,3})?)\s*,?\s*$/u;
/** "Its latest Social Trends report", "Their Annual Outlook survey": a body's report, named, with "its" or "their" for the body. */
const POSSESSED_NAMED_REPORT = /^\s*(?:[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}\s+(?:report|study|review|survey|assessment|audit|analysis|bulletin)\b/u;
/** A legislature's house, named alone ("Senate", "the Commons"). */
const LEGISLATIVE_HOUSE = /^(?:the\s+)?(?:Senate|Commons|House of Commons|Lords|House of Lords|Assembly|Parliament|Congress|House of Representatives|Dáil|Seanad|Senedd|Holyrood|Stormont)$/i;
/**
 * "the chief inspector of borders and immigration": an office in lower case (group 2 its title) and its remit; group 1
 * all of it. It is the whole subject, or what follows a fronted phrase's comma ("In a critical report, the …").
 */
const OFFICE_WITH_REMIT = /(?:^|,)\s*[Tt]he\s+(((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:of|for)\s+(?!the\b|a\b|an\b|its\b|their\b)[\p{Ll}-]+(?:,?\s+(?:and\s+)?[\p{Ll}-]+){0,4})\s*,?\s*$/u;
/** "Its latest ", "Their ": a possessive that opens the sentence, just before a phrase. */
const POSSESSIVE_OPENING = /(?:^|[.!?\n]\s*)((?:[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2})$/u;
/** A passive verb ("was faulted") or a report named ("the review") between a sentence's subject and an "it" after it. */
const PASSIVE_OR_REPORT_BETWEEN = /\b(?:was|were|been|is|are|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|t)\b|\b(?:the|this|that|a|an|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|review|study|findings|inquiry|audit|survey|investigation|inspection)\b/u;
/** A report named in the passage before ("the report", "its annual report"). */
const REPORT_IN_PASSAGE = /\b(?:the|its|their|this|annual|new|latest)\s+(?:[\p{Ll}-]+\s+)?(?:report|review|study|inspection)\b|\bReport\b/u;
/** The agent of a passive at the end of a phrase ("… supported by the Greens"): group 1, the agent. */
const AGENT_BEFORE_RELATIVE = /\s\p{Ll}+(?:ed|en)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}’'-]*)){0,5})\s*$/u;
/** A subject and the passive's auxiliary, the verb of saying next ("Conditions were | described as …"). */
const AGENTLESS_PASSIVE = /\s(?:was|were|is|are|(?:has|have|had)\s+been|being)\s*$/;
/** "a spokesman", "a spokeswoman": a spokesperson the phrase names no body for. */
const UNNAMED_SPOKESPERSON = /^\s*an?\s+spokes(?:person|man|woman)\s*$/i;
/** A body named by one word as the subject that opens a phrase, before its verb ("The Treasury welcomed"): group 1. */
const OPENING_BODY_WORD = /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}]+)\s+(?:(?:has|have|had|also)\s+)*\p{Ll}+ed\b/u;
/** How far into a phrase its opening subject may stand ("The ", "Yesterday the "). */
const SUBJECT_REACH = 16;
/**
 * "… in the Fund's yearly review, which cautioned that", "the findings of the inquiry which warned": "which" as the
 * verb's subject (with its comma or without) speaks for the noun phrase before it, not for the sentence's subject.
 * Group 1 is the text up to "which"; the noun phrase opens at its last determiner (ANTECEDENT).
 */
const WHICH_SUBJECT = /^([\s\S]*[^\s,])\s*,?\s+which\s*(?:(?:has|have|had|also|then|later)\s+)*$/u;
const ANTECEDENT = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+[^,;:“”"]*$/u;
/**
 * "An internal inquiry by the board, largely funded by Victor Lane, has": a participle's phrase set off by commas
 * between a subject and its verb describes the subject (group 1); a name inside it does not speak.
 */
const PARTICIPLE_APPOSITION = /^(\s*[^,\s][^,]*?)\s*,\s*(?:(?:\p{Ll}+ly|almost|also|now|once|still|partly)\s+){0,2}(?:\p{Ll}+ed|run|set\s+up|paid|held|known|built|made)\b[^,“”"]{0,140}(?:,\s*)?$/u;
/** "…, with the charity warning that …": the phrase after "with" (group 1) is the participle's subject, who speaks. */
const WITH_SUBJECT = /,\s*with\s+((?:the|one|a|an)\s+[^,;:“”"]{2,60}?|\p{Lu}[^,;:“”"]{1,60}?)\s*$/u;
/**
 * "The association’s spokesperson", "A spokesperson for the landlord", "A council spokesman": a spokesperson of a body
 * the text refers to by its kind. Group 1, 2 or 3 holds the description; its last word is the kind.
 */
const SPOKESPERSON_OF_KIND = /^\s*(?:[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)[’']s\s+spokes(?:person|man|woman)|(?:[Aa]n?|[Tt]he)\s+spokes(?:person|man|woman)\s+(?:for|at)\s+the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?:[Aa]n?|[Tt]he)\s+([\p{Ll}-]+)\s+spokes(?:person|man|woman))\s*,?\s*$/u;

/**
 * "Following the release of the inquiry's report, Ode told …", "After the findings were published, the minister
 * said", "In the wake of the review, …": a fronted adverbial of time or occasion, set off by its comma, names the
 * occasion (often the report or its publisher), never the speaker; the clause's subject after it speaks.
 */
const FRONTED_OCCASION = /^\s*(?:Following|After|Before|Since|Despite|Ahead\s+of|In\s+the\s+(?:wake|light|aftermath)\s+of|In\s+(?:response|reply|reaction)\s+to|(?:Responding|Replying|Reacting)\s+to|Commenting\s+on|Upon|On\s+the\s+(?:publication|release|day|eve)\s+of)\s+[^,]{1,140},\s*(?=\S)/u;

/**
 * "… were a failure of the Government, adding, “…”": words that run on past a participle of saying are a reported
 * clause whose speaker is the subject of the verb before it, not a speaker phrase; the last body named in them
 * is spoken of, not speaking.
 */
const REPORTED_CLAUSE_GOES_ON = /,\s*(?:adding|noting|insisting|stressing|continuing)\b(?:\s+that)?\s*[,:]?\s*$/;

/**
 * "The Labour MP for Westvale", "the minister", "the local councillor": a title a person holds in their own right,
 * referring back to the person the text named with it ("Katy Marsh MP", "Labour MP Jo Bloggs", "Jo Bloggs, the MP for …").
 */
const PERSON_TITLE_REFERENCE = /^\s*(?:[Tt]he)\s+((?:[\p{L}’'-]+\s+){0,3}?)(MP|MSP|MEP|TD|[Mm]inister|[Cc]ouncillor|[Ss]enator)(?:\s+(?:for|of)\s+[^,;:]{2,80}?)?\s*,?\s*$/u;
/** Words before such a title that the first naming often leaves out: a party, a seniority ("The Labour MP" for "Katy Marsh MP"). */
const TITLE_MODIFIER_LEFT_OUT = /^(?:Labour|Conservative|Tory|Liberal|Democrat|Lib|Dem|SNP|Green|Plaid|Reform|Independent|Unionist|DUP|local|junior|senior|former|veteran|backbench)$/i;

/**
 * A role at a body that its holder holds ("The interim boss of Riverside College", "the head of the Eastvale Trust"):
 * a person, whom the text may name only sentences later ("Lowell Grant, in his second spell as interim chief of the
 * college"). Group 1 is the role word, group 2 the body.
 */
const HEAD_ROLE = '(?:boss|chief executive|chief|head teacher|headteacher|head|leader|principal|chair|chairman|chairwoman|chairperson|director|president|vice-chancellor|manager|governor)';
const ROLE_AT_BODY = new RegExp(`^\\s*(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${HEAD_ROLE})\\s+(?:of|at)\\s+(?:the\\s+)?([A-Z][^,;:]{1,80}?)\\s*,?\\s*$`, 'u');
const HEAD_ROLE_WORD = new RegExp(`\\b${HEAD_ROLE}\\b`, 'i');

/** A body's name as written. */
const WRITTEN_BODY_NAME = "[A-Z][\\p{L}’'&-]*(?:[ \\t]+(?:(?:of|for|and|the)[ \\t]+)*[A-Z][\\p{L}’'&-]*)*";
const DESCRIBED_AS = new Map<string, RegExp>();
/** "charity Homes First", "Homes First, the housing charity": a body introduced with `noun` as its kind (one pattern per noun, made once). */
function describedAs(noun: string): RegExp {
  let re = DESCRIBED_AS.get(noun);
  if (!re) {
    re = new RegExp(`\\b${noun}[ \\t]+(?:the[ \\t]+)?(${WRITTEN_BODY_NAME})|(${WRITTEN_BODY_NAME}),[ \\t]+(?:an?|the)[ \\t]+(?:[\\p{Ll}\\p{N},.’'-]+[ \\t]+){0,3}${noun}\\b`, 'gu');
    DESCRIBED_AS.set(noun, re);
  }
  return re;
}

/** Whom an office serves, as its name opens ("the Children's Commissioner", "the Victims' Commissioner"): no body of its own. */
const SERVED_PEOPLE = /^(?:Children|Women|Men|People|Young People|Older People|Victims|Patients|Veterans|Prisoners)$/;

/** A plural head and the relative clause after it, with no comma between: "Inspectors who visited the home in May". */
const PLURAL_HEAD_BEFORE_RELATIVE = /^(\s*(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+)?\p{L}[\p{Ll}-]*s)\s+(?:who|that)\s+\p{Ll}/u;

/** A local part of a body, and the body it is part of (group 1): "The Fernley branch of Unison", "the union's Leeds branch" is not. */
const BRANCH_OF = /^\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:branch|branches|arm|chapter|section|region)\s+of\s+((?:the\s+)?\p{Lu}[^,]*?)\s*,?\s*$/u;

/** A title a person holds, as its last word: "chief executive", "branch secretary", "chair" (not "report", "review"). */
const PERSON_TITLE_END = /\b(?:chair|chairman|chairwoman|executive|director|leader|president|secretary|officer|manager|head|spokes(?:person|man|woman)|commissioner|inspector|member|councillor|governor|principal)$/;

/** A subject and a participle's apposition after it: "The inspection, carried out in May and published today,". */
const DESCRIBING_APPOSITION = /^(\s*\S[^,]*?),\s+(?:carried\s+out|published|released|commissioned|written|led|launched|produced|compiled|conducted|completed)\b[^,]*,?\s*$/u;

/**
 * A document described by who had it made, with no commas: "an independent review of child protection commissioned by
 * the government" speaks as the review, not as the government ("published by X", "carried out by X" name its maker,
 * who speaks for it: resolved as written).
 */
const DOCUMENT_BY_PARTICIPLE = /^(\s*(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\p{L}-]+\s+){0,3}(?:report|review|study|inquiry|audit|survey|assessment|inspection|evaluation)(?:\s+(?:of|into|on)\s+[^,]{1,60}?)?)\s+(?:commissioned|ordered|requested)\s+by\s+[^,]{1,80}$/u;

/** A document and who wrote it: "a survey by the charity Harbourline", "a report published today by the Kelby Trust". Group 1 the author's name, a kind before it left out. */
const DOCUMENT_BY_AUTHOR =
  /^\s*(?:[Aa]n?|[Tt]he|[Tt]his|[Nn]ew)\s+(?:[\p{L}-]+\s+){0,3}(?:report|review|study|audit|survey|assessment|analysis|research|poll)(?:\s+(?:of|into|on)\s+[^,]{1,60}?)?\s+(?:(?:published|carried\s+out|conducted|produced|released|commissioned)\s+(?:(?:today|yesterday|this\s+week|last\s+week|on\s+\p{Lu}\p{Ll}+)\s+)?)?by\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:charity|union|group|think[\s-]tank|trust|foundation|organisation|body|campaigners)\s+)?(\p{Lu}[^,]{1,80})$/u;

/**
 * A report named just before an "it said", up to two words before its noun: "the report", "this annual review", "The
 * Redmoor report". Not a possessive ("The Committee's report"): who owns it is named, and resolves by the rules after.
 */
const REPORT_NAMED_JUST_BEFORE = /\b(?:[Tt]he|[Tt]his|THE|THIS)\s+(?:[\p{L}-]+\s+){0,2}(?:[Rr]eport|[Ss]tudy|[Rr]eview|[Ff]indings)\b/u;

/** A document named by its title in apposition: "The report, Moving On Too Soon," (the title is no speaker's name). */
const TITLED_APPOSITION = /^(\s*(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|review|study|inquiry|audit|survey|assessment|paper|inspection|evaluation)),\s+[\p{Lu}‘'“"][^,]{1,80},?\s*$/u;

/** A person described by age at the head of a speaker phrase: "The 73-year-old", "the 45-year-old mother of two". */
const AGED_DESCRIPTION = /^\s*(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?\d{1,3}-year-old\b/u;

/** Where the sentence that holds `at` starts: after the line break or the sentence's end before it. */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (text[i] === '\n' || (/\s/.test(text[i]!) && /[.!?]/.test(text[i - 1]!))) return i + 1;
  }
  return 0;
}

/** An apposition after a phrase that ends at the name: a determiner or an owner, then a title, to its end. */
const TITLE_AFTER_PHRASE =
  /^\s*,\s*(?:the|an?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}[’']s)\s[^,:;.]{0,80}?\b(?:director|leader|member|chief|head|secretary|chair(?:man|woman)?|manager|officer|spokes(?:man|woman|person)|executive|president|councillor|minister|commissioner|inspector|convenor|organiser)\b[^,:;.]{0,80}(?:[,:;]|\.(?=\s|$)|$)/u;

export class SpeakerResolver {
  /** Referents in text order: every person mention, spokesperson phrase and resolved speaker. */
  readonly referents: Referent[] = [];
  readonly newActors = new Map<string, NewActorProposal>();

  constructor(
    private readonly text: string,
    private readonly gaz: Gazetteer,
    private readonly mentions: Mention[],
    private readonly mainReport: () => string | undefined,
    /** The publisher of a main report the graph does not hold (proposed by stages/reports.ts). */
    private readonly proposedPublisher: () => Referent | undefined = () => undefined,
    /** Is text[a, b) content? A name in page furniture (a photo credit, "© EPA") is no referent. */
    content: (a: number, b: number) => boolean = () => true,
  ) {
    for (const m of mentions) {
      const e = m.entity;
      if (e.label === 'Person') this.referents.push({ at: m.start, id: e.id, name: e.name, label: 'Person', animate: true, reported: insideReportedClause(text, m.start) });
      // "Independent" in "the Independent Monitoring Boards" opens another body's name: no referent for the graph's body.
      else if ((e.label === 'Organisation' || e.label === 'Council') && !this.opensLongerBodyName(m)) this.referents.push({ at: m.start, id: e.id, name: e.name, label: e.label, animate: false });
      else if (e.label === 'Report' && e.publishedBy[0]) {
        const pub = gaz.get(e.publishedBy[0]);
        if (pub && pub.label !== 'Report' && pub.label !== 'Framework') this.referents.push({ at: m.start, id: pub.id, name: pub.name, label: pub.label, animate: false, via: e.id });
      }
    }
    // People named outside quotes but not in the graph: a later "she said" can refer back to them
    // (proposed as new people only if it does).
    for (const p of personMentions(text)) {
      if (mentions.some((m) => m.start < p.index + p.name.length && m.end > p.index) || !content(p.index, p.index + p.name.length)) continue;
      const sentenceStart = sentenceStartBefore(text, p.index);
      const written: Referent['role'] =
        appositionRole(text.slice(p.index + p.name.length, p.index + p.name.length + 200)) ??
        // "The council's strategic director, Peter Hay," and "Unison's branch secretary, Jo Marsh,", as a speaker's phrase reads them.
        this.possessiveRole(text.slice(sentenceStart, p.index), sentenceStart, p.index, mentions) ??
        officeBeforeName(text.slice(Math.max(0, p.index - 120), p.index));
      // The body of the role as the graph knows it ("president of the Association of …" is the graph's association).
      const body = written?.atName && !written.at ? mentions.find((m) => Math.abs(m.start - p.index) < 240 && (m.entity.label === 'Organisation' || m.entity.label === 'Council') && [m.surface, m.entity.name].some((n) => fold(n) === fold(written.atName!))) : undefined;
      const role = body ? { ...written!, at: body.entity.id, atName: body.entity.name } : written;
      this.referents.push({ at: p.index, id: `pending:${p.name}`, name: p.name, label: 'Person', animate: true, role, reported: insideReportedClause(text, p.index) });
    }
    // The same people named again by surname alone outside quotes ("Mayhew has answered her critics. “…,” she said"):
    // the nearest a later pronoun can refer back to.
    const outsideQuotes = blankQuotes(text);
    for (const r of this.referents.filter((x) => x.id.startsWith('pending:') && x.name.includes(' '))) {
      const surname = r.name.split(/\s+/).pop()!;
      if (!/^\p{Lu}\p{Ll}{2,}/u.test(surname)) continue;
      for (const m of outsideQuotes.matchAll(new RegExp(`(?<![\\p{L}’'-]\\s?)\\b${surname}\\b(?![’']s\\b|\\s+\\p{Lu})`, 'gu'))) {
        if (m.index! > r.at && content(m.index!, m.index! + surname.length)) this.referents.push({ ...r, at: m.index! });
      }
    }
    // Bodies named outside quotes but not in the graph, likewise for a later "it said" or "the association said".
    for (const o of bodyMentions(text)) {
      if (mentions.some((m) => m.start < o.index + o.name.length && m.end > o.index && !this.opensLongerBodyName(m)) || !content(o.index, o.index + o.name.length)) continue;
      this.referents.push({ at: o.index, id: `pending-body:${o.name}`, name: o.name, label: bodyLabel(text, o.name), animate: false });
    }
    // A council named by its place with "council" in lower case ("Hallbridge council has been rated …"), which the
    // capitalised runs above miss, for a later "a council spokesman" or "the authority".
    for (const c of councilMentions(text)) {
      const covered = mentions.some((m) => m.start <= c.index && m.end > c.index) || this.referents.some((r) => !r.animate && r.at <= c.index && r.at + r.name.length > c.index);
      if (!covered && content(c.index, c.index + c.name.length)) this.referents.push({ at: c.index, id: `pending-body:${c.name} council`, name: `${c.name} council`, label: 'Council', animate: false });
    }
    // A body named after its kind ("press regulator Impress"), for a later "the body" or "it".
    for (const o of bodiesAfterKind(text)) {
      const covered = mentions.some((m) => m.start < o.index + o.name.length && m.end > o.index) || this.referents.some((r) => !r.animate && r.at <= o.index && r.at + r.name.length > o.index);
      if (!covered && content(o.index, o.index + o.name.length)) this.referents.push({ at: o.index, id: `pending-body:${o.name}`, name: o.name, label: 'Organisation', animate: false });
    }
    // A body named by one word as the subject of a verb of saying ("Ofwat said …"), for a later "It added:".
    const outside = blankQuotes(text);
    for (const m of outside.matchAll(new RegExp(`((?:[Tt]he\\s+)?[A-Z][\\p{L}]+)\\s+(?:(?:has|had|have|also)\\s+)*(?:${SAY_VERBS})\\b`, 'gu'))) {
      const body = bareBodyName(m[1]!, text);
      const at = m.index! + (body?.index ?? 0);
      // Not the last word of a longer name ("The Molly Rose Foundation has called …" is not a body "Foundation").
      const insideLonger = this.referents.some((r) => !r.animate && r.at < at && r.at + r.name.length > at);
      if (body && content(at, at + body.name.length) && !mentions.some((x) => x.start <= at && x.end > at) && !insideLonger) {
        this.referents.push({ at, id: `pending-body:${body.name}`, name: body.name, label: 'Organisation', animate: false });
      }
    }
    // A collective as the subject of a verb of saying ("Rail campaigners said …"), for a later "they said". The
    // statements stage reads quotes before reported speech, so the group is not yet remembered as a speaker then.
    // So is an unnamed person ("One social worker, who asked not to be named, told us that …"), for a later "she said".
    for (const m of outside.matchAll(SUBJECT_BEFORE_SAYING)) {
      const subject = m[1]!;
      const subjectAt = m.index! + m[0].indexOf(subject);
      const group = collectiveNameIn(subject);
      const at = subjectAt + (group?.index ?? 0);
      if (group && group.index + group.name.length >= subject.trimEnd().length - 1 && content(at, at + group.name.length)) {
        this.referents.push({ at, id: `pending-group:${group.name}`, name: group.name, label: 'Group', animate: false });
        continue;
      }
      const person = unnamedPersonIn(subject.replace(/,\s*(?:who|whose)\b[^,]*,?\s*$/u, ''));
      if (person && content(subjectAt + person.index, subjectAt + person.index + person.name.length)) {
        this.referents.push({ at: subjectAt + person.index, id: `pending-unnamed:${person.name}`, name: person.name, label: 'Person', animate: true });
      }
    }
    // "A Department for Education spokesperson": an animate referent for a later "he said".
    const spokes = /\b(?:[Aa]n?|[Tt]he)\s+([^.,;:“”"]{2,80}?)\s+(spokes(?:person|man|woman))\b/g;
    for (let m = spokes.exec(text); m; m = spokes.exec(text)) {
      // "Lori Vance, an agency spokeswoman,": the person named in apposition is the referent (a person mention), not the body.
      const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40).replace(/^[\s\S]*[.!?\n]\s*(?=[^.!?\n]*spokes)/u, '');
      if (namesTheSpokesperson(around)) continue;
      const org = mentions.filter((x) => x.start >= m!.index && x.end <= m!.index + m![0].length && (x.entity.label === 'Organisation' || x.entity.label === 'Council')).pop();
      if (org) this.referents.push({ at: m.index, id: org.entity.id, name: org.entity.name, label: org.entity.label as ActorLabel, animate: true, speakerRole: 'spokesperson' });
      else {
        const body = partyOfSpokesperson(m[0]) ?? governmentNameIn(m[0]) ?? organisationNameIn(m[1]!) ?? bodyBeforeRole(m[0]);
        if (body) this.referents.push({ at: m.index, id: `pending-body:${body.name}`, name: body.name, label: bodyLabel(text, body.name), animate: true, speakerRole: 'spokesperson' });
      }
    }
    // "A spokesman for the Office for Students": the same, the body named after the role, for a later "The spokesman added:".
    const spokesFor = /\b(?:[Aa]n?|[Tt]he)\s+spokes(?:person|man|woman)\s+(?:for|at)\s+([^.,;:“”"]{2,80})/g;
    for (let m = spokesFor.exec(text); m; m = spokesFor.exec(text)) {
      const from = m.index + m[0].length - m[1]!.length;
      const org = mentions.find((x) => x.start >= from && x.start <= from + 4 && (x.entity.label === 'Organisation' || x.entity.label === 'Council'));
      if (org) this.referents.push({ at: m.index, id: org.entity.id, name: org.entity.name, label: org.entity.label as ActorLabel, animate: true, speakerRole: 'spokesperson' });
      else {
        const oneWord = bodyAfterRole(m[0], text);
        const body = organisationNameIn(m[1]!) ?? (oneWord && { index: oneWord.index - (m[0].length - m[1]!.length), name: oneWord.name });
        if (body && body.index <= 4) this.referents.push({ at: m.index, id: `pending-body:${body.name}`, name: body.name, label: bodyLabel(text, body.name), animate: true, speakerRole: 'spokesperson' });
      }
    }
    this.sortReferents();
    // "The council's director, Jo Marsh,": a title owned by a body named by its kind is read again once every body the
    // text names is a referent, so that the body may be one the graph lacks.
    for (const r of this.referents) {
      if (!r.id.startsWith('pending:') || !r.role || r.role.at || r.role.atName) continue;
      const sentenceStart = sentenceStartBefore(text, r.at);
      const owned = this.possessiveRole(text.slice(sentenceStart, r.at), sentenceStart, r.at, mentions);
      if (owned?.atName) r.role = owned;
    }
  }

  private sortReferents(): void {
    this.referents.sort((a, b) => a.at - b.at);
  }

  /** Records a speaker so that a later "he" or "the watchdog" can refer back to it. */
  remember(at: number, r: Resolved): void {
    this.referents.push({ at, id: r.id, name: r.name, label: r.label, animate: r.label === 'Person' || !!r.speakerRole, speakerRole: r.speakerRole, spoke: !r.speakerRole });
    this.sortReferents();
  }

  /**
   * The referent a "he" or "she" before `at` refers back to: the last that fits, unless it is a person named only
   * inside the words of a speaker who fits too and stands a few paragraphs before it ("X said …. He added that the
   * minister, Y, … “…,” he said": X, the passage's speaker, not Y, whom X spoke of).
   */
  private passageSpeaker(at: number, test: (r: Referent) => boolean): Referent | undefined {
    const last = this.lastBefore(at, test);
    if (!last) return last;
    // A person named only as an object ("after the conviction of the constable Mark Dunne"): a "he" that opens a
    // sentence goes on from the subject of the text before (a speaker, or a person who opened a sentence), as English
    // pronouns do, not to the last name written.
    // A name followed by its verb of saying ("Unison’s head of social care, Joanne Pritchett, said …") is a subject,
    // whatever stands before it, when it stands in apposition (after a comma), not after a preposition or a noun ("after
    // Sir Anthony, said", "the campaign group Adopt Now, warned").
    const saysAfterApposition = /[,;:]\s*$/.test(this.text.slice(Math.max(0, last.at - 3), last.at)) && NAME_THEN_SAYS.test(this.text.slice(last.at, last.at + 160));
    const namedAsObject = last.label === 'Person' && !last.spoke && !last.reported && !this.opensSentence(last) && !saysAfterApposition;
    if (!last.reported && !namedAsObject) return last;
    const speaker = this.lastBefore(last.at, (r) => test(r) && !r.reported && r.id !== last.id && (!namedAsObject || !!r.spoke || this.opensSentence(r)));
    const paragraphsBetween = speaker ? (this.text.slice(speaker.at, last.at).match(/\n\s*\n/g) ?? []).length : Infinity;
    return speaker && paragraphsBetween <= PASSAGE_PARAGRAPHS ? speaker : last;
  }

  /**
   * Is the referent its sentence's subject: named at the sentence's start, perhaps after a description set off by a
   * comma ("The council leader, Helen Marsh, said"), with no verb or preposition before it?
   */
  private opensSentence(r: Referent): boolean {
    const before = this.text.slice(Math.max(0, r.at - 200), r.at);
    const sentence = before.slice(Math.max(...[LAST_SENTENCE_START.exec(before)?.index ?? -1, before.lastIndexOf('\n')].map((i) => i + 1)));
    // A hyphenated compound is one word ("Mother-of-three Kerry Walsh"): its "of" marks no object.
    // "But the leader of the opposition group, Alan Fairhurst, called …": a conjunction that opens the sentence is no
    // verb or preposition before the subject.
    const clause = sentence
      .replace(FRONTED_ADVERBIAL, '')
      .replace(OPENING_CONJUNCTION, '')
      .replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase())
      .replace(/\p{L}+(?:-\p{L}+)+/gu, 'word');
    return (SUBJECT_OPENING.test(clause) && !OBJECT_MARKER.test(clause)) || ROLE_BEFORE_SUBJECT.test(clause);
  }

  /**
   * A body proposed as the one a spokesperson or source speaks for, named in the phrase starting at `a`:
   * remembered as a referent with that role (so "the spokesperson continued" finds it), and resolved as the speaker.
   */
  private spokespersonFor(proposal: NewActorProposal, a: number, named: NameCandidate, phrase: string, confidence: number): Resolved {
    const at = a + named.index;
    this.referents.push({ at, id: proposal.id, name: proposal.name, label: proposal.label, animate: true, speakerRole: 'spokesperson' });
    this.sortReferents();
    return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'role', mention: phrase.trim(), speakerRole: 'spokesperson', confidence, start: at, end: at + named.name.length };
  }

  /**
   * "Jo Bell, chair of the Scrutiny Committee, said: … we call on him …": a "we" that would name the body last
   * named, when that body was named as a person's post (", chair of", ", general secretary of") a few paragraphs
   * back at most, is that person speaking in the body's name, as the annotations code a chair or an official.
   */
  private voiceOfBody(at: number): Referent | undefined {
    const body = this.lastBefore(at, (r) => r.label !== 'Person' || r.animate);
    if (!body || !isBody(body) || body.animate) return undefined;
    const person = this.lastBefore(body.at, (r) => r.label === 'Person');
    const paragraphsBetween = (this.text.slice(body.at, at).match(/\n\s*\n/g) ?? []).length;
    return person && POST_AT_BODY.test(this.text.slice(person.at, body.at)) && paragraphsBetween <= PASSAGE_PARAGRAPHS ? person : undefined;
  }

  /**
   * The subject of the joint speaker phrase that `r` is the second of ("Tom Bright" in "Priya Shah along with Tom
   * Bright said"): the animate referent before the joining words, in the same sentence.
   */
  private jointSubject(r: Referent): Referent | undefined {
    const before = this.text.slice(Math.max(0, r.at - JOINT_REACH), r.at);
    const joined = JOINED_BEFORE.exec(before);
    if (!joined) return undefined;
    const joinAt = r.at - before.length + joined.index;
    const subject = this.lastBefore(joinAt, (x) => x.animate || isBody(x));
    return subject && !/[.!?\n]/.test(this.text.slice(subject.at, joinAt)) ? subject : undefined;
  }

  private lastBefore(at: number, test: (r: Referent) => boolean): Referent | undefined {
    for (let i = this.referents.length - 1; i >= 0; i--) {
      const r = this.referents[i]!;
      if (r.at < at && test(r)) return r;
    }
    return undefined;
  }

  /**
   * Resolves the speaker phrase text[a, b). `anchor` is where the pronoun's
   * antecedent must precede (the quote's opening mark for "…,” he said").
   */
  resolve(a: number, b: number, anchor = a): Resolved | null {
    const phrase = this.text.slice(a, b);
    if (!phrase.trim()) return null;
    if (ADDRESSEE_BEFORE.test(this.text.slice(Math.max(0, a - 30), a)) || REPORTED_CLAUSE_GOES_ON.test(phrase)) return null;
    // "Prison conditions were described as having “…”": a verb of saying in the passive with no agent; its subject is
    // what was described, not who described it. In a passage about a report, the report's publisher described it.
    if (AGENTLESS_PASSIVE.test(phrase)) {
      const publisher = this.mainPublisher(anchor) ?? (REPORT_IN_PASSAGE.test(this.text.slice(Math.max(0, a - 600), a)) ? this.lastBefore(a, (r) => !r.animate && isBody(r)) : undefined);
      return publisher ? this.fromReferent(publisher, 'report-publisher', phrase.trim(), 0.6, a, b) : null;
    }
    // "Bethnal Green and" where the text reads "Bethnal Green and Bow MP Rushanara Ali": a seat and its member run on.
    const member = /\s(?:and|&)\s*$/.test(phrase) ? SEAT_AND_MEMBER_RUN_ON.exec(this.text.slice(b, b + 80)) : null;
    if (member) return this.resolve(a, b + member[0].length, anchor);
    // "by the Office" where the text reads "by the Office for Students": a body's name that runs on past the phrase.
    const runsOn = /\p{Lu}[\p{L}’'-]*$/u.test(phrase) ? NAME_RUNS_ON.exec(this.text.slice(b, b + 80)) : null;
    const longer = runsOn ? organisationNameIn(this.text.slice(a, b + runsOn[0].length)) : null;
    if (longer && longer.index + longer.name.length === phrase.length + runsOn![0].length) return this.resolve(a, b + runsOn![0].length, anchor);
    // "The inspection, carried out in September and published on Tuesday,": the participle's apposition describes the
    // subject before it; "The report, Moving On Too Soon,": the title names it; "a review commissioned by the government":
    // the review speaks.
    const apposed = DESCRIBING_APPOSITION.exec(phrase) ?? TITLED_APPOSITION.exec(phrase) ?? DOCUMENT_BY_PARTICIPLE.exec(phrase);
    if (apposed) return this.resolve(a, a + apposed[1]!.length, anchor);
    // "Inspectors who spent two weeks at the authority": the relative clause describes its head, who speaks.
    const headed = PLURAL_HEAD_BEFORE_RELATIVE.exec(phrase);
    if (headed) return this.resolve(a, a + headed[1]!.length, anchor);
    // "The Fernley branch of Unison": a branch speaks for its body.
    const branch = BRANCH_OF.exec(phrase);
    if (branch) {
      const at = a + branch[0].lastIndexOf(branch[1]!);
      return this.resolve(at, at + branch[1]!.length, anchor);
    }
    const outlet = OUTLET_ADJUNCT.exec(phrase) ?? this.frontedOccasion(phrase);
    if (outlet) return this.resolve(a + outlet[0].length, b, anchor);
    // "The 73-year-old former transport manager, of Kingfisher Court, said:": a person described by age is the person
    // named last, not the place the description mentions, nor a relative the text named as theirs ("Norman Dawson,
    // whose mother Stella Keeling lives there,").
    if (AGED_DESCRIPTION.test(phrase)) {
      const person = this.lastBefore(anchor, (r) => r.animate && r.label === 'Person' && !/\bwhose\s+(?:[\p{L}-]+\s+){1,2}$/u.test(this.text.slice(Math.max(0, r.at - 30), r.at)));
      if (person) return this.fromReferent(person, 'described-person', phrase.trim(), 0.7, a, b);
    }
    // "Parents have reacted to the findings by calling for …": the subject responds; the findings it answers do not
    // speak. A subject no rule resolves leaves the phrase to the rules below (the statement stays, less sure of its speaker).
    const responded = RESPONDED_TO_BY.exec(phrase);
    const responder = responded ? this.resolve(a, a + responded[1]!.length, anchor) : null;
    if (responder) return responder;
    const caller = CALLED_ON_TO.exec(phrase);
    if (caller) return this.resolve(a, a + caller[1]!.length, anchor);
    const joint = JOINT_SPEAKER.exec(phrase);
    if (joint) return this.resolve(a, a + joint[1]!.length, anchor);
    // "Okafor, who has chaired the board since 2019, said": a relative clause describes the speaker named before it.
    const relative = RELATIVE_CLAUSE_AFTER_NAME.exec(phrase);
    // "The report was supported by the Greens, who called for …": the agent just before "who" is who it describes.
    const agent = relative && relative.index > 0 ? AGENT_BEFORE_RELATIVE.exec(phrase.slice(0, relative.index)) : null;
    const agentAt = agent ? a + agent.index + agent[0].indexOf(agent[1]!) : -1;
    // A body the graph does not know is named as written ("the Greens" is a party, not a collective "greens").
    const known = agent && this.mentions.some((m) => m.start >= agentAt && m.end <= agentAt + agent[1]!.length);
    const agentBody = agent && !known ? organisationNameIn(agent[1]!) : null;
    if (agentBody) {
      const at = agentAt + agentBody.index;
      const proposal = this.proposeBody(agentBody.name, at, 'other', 'new-organisation:named-speaker');
      return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'new', mention: agentBody.name, confidence: 0.7, start: at, end: at + agentBody.name.length };
    }
    const byAgent = agent ? this.resolve(agentAt, agentAt + agent[1]!.length, anchor) : null;
    if (byAgent) return byAgent;
    if (relative && relative.index > 0 && phrase.slice(0, relative.index).trim()) return this.resolve(a, a + relative.index, anchor);
    const namedBefore = relative?.index === 0 ? NAME_BEFORE_RELATIVE.exec(this.text.slice(Math.max(0, a - 80), a)) : null;
    if (namedBefore) return this.resolve(a - namedBefore[0].length, a - namedBefore[0].length + namedBefore[1]!.length, anchor);
    const which = WHICH_SUBJECT.exec(phrase);
    const antecedent = which ? ANTECEDENT.exec(which[1]!) : null;
    const ofWhich = antecedent ? this.resolve(a + antecedent.index, a + antecedent.index + antecedent[0].length, anchor) : null;
    if (ofWhich) return ofWhich;
    const sayer = RELATIVE_CLAUSE_SAYER.exec(phrase) ?? WITH_SUBJECT.exec(phrase);
    // "The Treasury welcomed the forecast, with a spokesman saying: “…”": an unnamed spokesperson speaks for the
    // body that opens the sentence, not for the last body named in it.
    const opener = sayer && UNNAMED_SPOKESPERSON.test(sayer[1]!) ? this.referents.find((r) => r.at >= a && r.at <= a + SUBJECT_REACH && !r.animate && isBody(r) && !/\S\s+\S/.test(this.text.slice(a, r.at).replace(/^\s*(?:[Tt]he\s+)?/, ''))) : undefined;
    if (opener) return { ...this.fromReferent(opener, 'role', phrase.trim(), 0.75, a, b), speakerRole: 'spokesperson' };
    const bareOpener = sayer && !opener && UNNAMED_SPOKESPERSON.test(sayer[1]!) ? OPENING_BODY_WORD.exec(phrase) : null;
    const openingBody = bareOpener ? bareBodyName(bareOpener[1]!, this.text) : null;
    if (openingBody) return this.spokespersonFor(this.proposeBody(openingBody.name, a + bareOpener!.index + openingBody.index, 'other', 'new-organisation:named-speaker'), a, { index: bareOpener!.index + openingBody.index, name: openingBody.name }, phrase, 0.7);
    if (sayer) {
      const at = a + sayer.index + sayer[0].indexOf(sayer[1]!);
      const r = this.resolve(at, at + sayer[1]!.length, anchor);
      if (r) return r;
    }
    const appositive = PARTICIPLE_APPOSITION.exec(phrase);
    const head = appositive ? this.resolve(a, a + appositive[1]!.length, anchor) : null;
    if (head) return head;
    // A surname the graph knows, after another first name ("Cllr Mary Jones" where the graph has Debbie Jones), names someone else.
    const inside = this.mentions.filter((m) => m.start >= a && m.end <= b && !(m.entity.label === 'Person' && this.otherFirstName(m)) && !commonWordForName(m) && !this.opensLongerBodyName(m));
    const fromEntity = (e: Entity, m: Mention, resolvedBy: string, confidence: number, speakerRole?: string): Resolved => ({
      id: e.id, name: e.name, label: e.label as ActorLabel, existing: true, resolvedBy, mention: m.surface, confidence, speakerRole, start: m.start, end: m.end,
    });

    // "The Government's advisory body on drugs": a body the owner set up is a body in its own right, named as written.
    const owned = BODY_OWNED_BY.exec(phrase);
    if (owned) {
      const at = a + owned.index + owned[0].indexOf(owned[1]!);
      const proposal = this.proposeBody(owned[1]!, at, 'other', 'new-organisation:named-speaker');
      return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'new', mention: owned[1]!, confidence: 0.65, start: at, end: at + owned[1]!.length };
    }
    const office = this.officeWithRemit(phrase, anchor, a, b);
    if (office) return office;
    // "Its latest Household Habits report …, published on Friday, revealed": a report the possessive gives to a body
    // speaks for that body (a name of the report's own inside is no speaker). The phrase may be the report's name alone.
    const possessor = POSSESSIVE_OPENING.exec(this.text.slice(Math.max(0, a - 40), a))?.[1] ?? '';
    if (POSSESSED_NAMED_REPORT.test(possessor + this.text.slice(a, b + 16))) {
      const owner = this.subjectOfSentenceBefore(a) ?? this.lastBefore(anchor, (r) => isBody(r) && !r.animate) ?? this.mainPublisher(anchor);
      if (owner) return this.fromReferent(owner, 'report-publisher', phrase.trim(), 0.65, a, b);
    }
    // 1. A spokesperson for an organisation speaks for it, unless the phrase names the spokesperson: a named one is a person.
    const spokes = /\b(spokes(?:person|man|woman)|press officer|representative)\b/i.exec(phrase);
    if (spokes && !namesTheSpokesperson(phrase)) {
      const org = inside.filter((m) => m.entity.label === 'Organisation' || m.entity.label === 'Council').pop();
      if (org) return fromEntity(org.entity, org, 'role', 0.85, 'spokesperson');
      // "An NAO spokesman": a body the graph does not know; "The spokesman": the one named before.
      const council = councilNameIn(phrase);
      if (council) return this.spokespersonFor(this.proposeActor('Council', council.name, a + council.index, 'new-council:named-speaker'), a, council, phrase, 0.75);
      const body = partyOfSpokesperson(phrase) ?? governmentNameIn(phrase) ?? organisationNameIn(phrase.replace(/\bspokes(?:person|man|woman)\b.*$/i, '')) ?? bodyBeforeRole(phrase) ?? bodyAfterRole(phrase, this.text);
      if (body) return this.spokespersonFor(this.proposeBody(body.name, a + body.index, 'other', 'new-organisation:named-speaker'), a, body, phrase, 0.75);
      const kind = SPOKESPERSON_OF_KIND.exec(phrase);
      const ofKind = kind ? this.bodyOfKind((kind[1] ?? kind[2] ?? kind[3])!.split(/\s+/).pop()!, anchor) : undefined;
      if (ofKind) return { ...this.fromReferent(ofKind, 'anaphor', phrase.trim(), 0.7, a, b), speakerRole: 'spokesperson' };
      if (/^\s*the\s/i.test(phrase)) {
        const ref = this.lastBefore(anchor, (r) => r.speakerRole === 'spokesperson');
        if (ref) return this.fromReferent(ref, 'anaphor', phrase.trim(), 0.75, a, b);
      }
      // "“…,” a spokesman said." after "The Treasury welcomed the forecast.": the body the sentence before is about.
      if (/^\s*an?\s+spokes(?:person|man|woman)\s*$/i.test(phrase)) {
        const ref = this.subjectOfSentenceBefore(anchor);
        if (ref) return { ...this.fromReferent(ref, 'anaphor', phrase.trim(), 0.7, a, b), speakerRole: 'spokesperson' };
      }
    }
    // "A Tory spokesperson said", "a Labour source said": the party.
    const party = partyOfSpokesperson(phrase);
    if (party) return this.spokespersonFor(this.proposeBody(party.name, a + party.index, 'party', 'new-organisation:named-speaker'), a, party, phrase, 0.7);
    // 2. A person named in the phrase (the one nearest the verb).
    const people = inside.filter((m) => m.entity.label === 'Person');
    if (people.length) {
      const m = people[people.length - 1]!;
      const namesake = m.via === 'alias' ? this.namedInFullBefore(m) : undefined;
      return namesake ? this.fromReferent(namesake, 'short-name', m.surface, 0.8, a, b) : fromEntity(m.entity, m, m.via, 0.95);
    }
    // 3. One name ("Morse wrote", "said Ms Blower", "Steve says"): a person this text has named in full;
    // else a name the graph does not know: a near spelling of a known person, or a new person.
    const short = this.byShortName(phrase, anchor, a, b);
    if (short) return short;
    const named = this.newName(a, b, inside) ?? this.firstNameWithAge(a, b);
    if (named) return named;
    // 4. A role described by its body ("the union's general secretary", "its chair"): the person last named with it.
    const described = this.byRoleDescription(phrase, anchor, a, b);
    if (described) return described;
    // An office whose holder the text has named ("the ombudsman" after "Sue McAllister, the Prisons and Probation Ombudsman"): that person.
    const holder = this.officeHolder(phrase, anchor, a, b) ?? this.titledPerson(phrase, anchor, a, b) ?? this.roleAtBodyHolder(phrase, anchor, a, b);
    if (holder) return holder;
    // A role without a name: "Ofsted's chief inspector".
    const byRole = this.byRole(phrase, inside, a);
    if (byRole) return byRole;
    // 5. An organisation, a council or a group the graph knows ("social workers").
    const bodies = inside.filter((m) => m.entity.label === 'Organisation' || m.entity.label === 'Council' || m.entity.label === 'Group');
    if (bodies.length) {
      const m = bodies[bodies.length - 1]!;
      return fromEntity(m.entity, m, m.via, 0.9);
    }
    // 6. A report "says": its publisher speaks.
    const report = inside.find((m) => m.entity.label === 'Report');
    if (report?.entity.publishedBy[0]) {
      const pub = this.gaz.get(report.entity.publishedBy[0]);
      if (pub) return fromEntity(pub, report, 'report-publisher', 0.8);
    }
    // 7. Pronouns and descriptions that refer back.
    const lastWord = /([\p{L}’'-]+)\s*[,:]?\s*$/u.exec(phrase)?.[1] ?? '';
    const firstWord = /^\s*([\p{L}’'-]+)/u.exec(phrase)?.[1] ?? '';
    const pronoun = [lastWord, firstWord].find((w) => /^(?:he|she|they|it|we)$/i.test(w));
    if (pronoun) {
      const p = pronoun.toLowerCase();
      // "In it he says that …" straight after a person's report is named ("Alan Pennock's review … In it he says"): its author.
      const pronounAt = a + phrase.search(new RegExp(`(?<![\\p{L}])${pronoun}(?![\\p{L}])`, 'u'));
      const author = (MALE.test(p) || FEMALE.test(p)) && IN_THE_REPORT_BEFORE.test(this.text.slice(Math.max(0, pronounAt - 40), pronounAt)) ? this.mainPublisher(anchor) : undefined;
      const ref =
        author?.label === 'Person' ? author :
        MALE.test(p) || FEMALE.test(p)
          ? // A body's spokesperson has no gender in the body's name ("A Howard League spokeswoman"): only a person's name can rule a pronoun out.
            this.passageSpeaker(anchor, (r) => r.animate && (r.label !== 'Person' || pronounFits(p, this.mentionedAs(r))))
          : p === 'it'
            ? this.subjectOfOwnSentence(b) ??
              this.spokeInSentenceBefore(anchor) ??
              (REPORT_NAMED_JUST_BEFORE.test(this.text.slice(Math.max(0, a - 250), a)) ? this.mainPublisher(anchor) : undefined) ??
              this.subjectOfSentenceBefore(a) ??
              this.lastBefore(anchor, (r) => !r.animate && isBody(r)) ?? this.mainPublisher(anchor)
            : p === 'we'
              ? this.voiceOfBody(anchor) ?? this.lastBefore(anchor, (r) => r.label !== 'Person' || r.animate)
              : this.lastBefore(anchor, (r) => r.label !== 'Person' || r.animate);
      // "X along with Y said …. “…,” they said": the pair goes on speaking, credited to its subject as before.
      const pair = p === 'they' && ref ? this.jointSubject(ref) : undefined;
      if (pair) return this.fromReferent(pair, 'pronoun', pronoun, 0.8, a, b);
      if (ref) return this.fromReferent(ref, 'pronoun', pronoun, p === 'it' ? 0.75 : 0.85, a, b);
    }
    // "… pointed to its statement of last week. This said: “…”": the statement the sentence before names speaks for
    // whoever issued it: that sentence's subject.
    if (DEMONSTRATIVE_SPEAKER.test(phrase) && STATEMENT_NAMED_BEFORE.test(this.text.slice(Math.max(0, a - 240), a))) {
      const issuer = this.subjectOfSentenceBefore(a);
      if (issuer) return this.fromReferent(issuer, 'anaphor', phrase.trim(), 0.7, a, b);
    }
    // "the authors of the independent report": the report's publisher when known, else the authors as a group.
    const authors = /^\s*(?:[Tt]he\s+)?(authors|researchers|writers)\s+of\s+(?:the|this|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|study|review|assessment|audit|inquiry|analysis|paper)\s*,?\s*$/u.exec(phrase);
    if (authors) {
      const publisher = this.mainPublisher(anchor);
      if (publisher) return this.fromReferent(publisher, 'report-publisher', phrase.trim(), 0.7, a, b);
      const name = phrase.trim().replace(/^the\s+/i, '').replace(/\s*,$/, '');
      const at = a + phrase.indexOf(authors[1]!);
      const proposal = this.proposeActor('Group', name, at, 'new-group:report-authors');
      return { id: proposal.id, name: proposal.name, label: 'Group', existing: false, resolvedBy: 'new', mention: phrase.trim(), confidence: 0.6, start: at, end: at + name.length };
    }
    // "one social worker in the east assessment team": an unnamed person placed by where they work is that person,
    // not the team or body the place names.
    const placedPerson = unnamedPersonIn(phrase);
    if (placedPerson && /\s(?:in|from|at|on|with)\s/.test(placedPerson.name)) {
      const at = a + placedPerson.index;
      const proposal = this.proposePerson(placedPerson.name, at, undefined, 'new-person:unnamed');
      return { id: proposal.id, name: proposal.name, label: 'Person', existing: false, resolvedBy: 'new', mention: placedPerson.name, confidence: 0.6, start: at, end: at + placedPerson.name.length };
    }
    // The description nearest the verb ("In its report, the inspectorate said").
    const description = [...phrase.matchAll(DESCRIPTIONS)].pop();
    // "the Rural Trust" is a name, not a description: its modifiers must be common words (or an acronym, "the latest HMICFRS dossier").
    // "the Paris-based organisation": a place before "-based" describes. "the Organisation for Economic …" is a
    // body's name; "The Report states" still means the report.
    if (description && (/^\p{Ll}/u.test(description[2]!) || REPORT_NOUN.test(description[2]!.toLowerCase())) && description[1]!.split(/\s+/).filter(Boolean).every((w) => /^(?:\p{Ll}[\p{L}-]*|[A-Z]{2,}|\p{Lu}[\p{L}]*-\p{Ll}[\p{L}-]*)$/u.test(w))) {
      const noun = description[2]!.toLowerCase();
      let ref: Referent | undefined;
      if (/watchdog|regulator|inspectorate/.test(noun)) {
        // The body last named with that word, a regulator the graph knows, the report's publisher, else the body last named (a new one has no kind yet).
        ref =
          this.lastBefore(anchor, (r) => r.label === 'Organisation' && new RegExp(`\\b${noun}\\b`, 'i').test(r.name)) ??
          this.lastBefore(anchor, (r) => !r.animate && /regulator|inspectorate/.test(this.gaz.get(r.id)?.kind ?? '')) ??
          this.mainPublisher(anchor) ??
          this.lastBefore(anchor, (r) => r.label === 'Organisation' && !r.animate && !this.introducedAsKind(r.name));
      } else if (REPORT_NOUN.test(noun)) {
        // "A new study by the Children's Policy Unit", "The latest HMICFRS dossier": the body named with it publishes it; else the article's report.
        const after = phrase.slice(description.index + description[0].length);
        const byBody = /^\s*(?:by|from)\s/.test(after) ? organisationNameIn(after) : null;
        const named = byBody ?? organisationNameIn(description[1]!);
        if (named) {
          const at = byBody ? a + description.index + description[0].length + named.index : a + description.index + description[0].indexOf(named.name);
          const proposal = this.proposeBody(named.name, at, 'other', 'new-organisation:report-publisher');
          return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'report-publisher', mention: description[0], confidence: 0.7, start: at, end: at + named.name.length };
        }
        // "Its report found …" with no report of the article's to hand: the body the sentence before was about.
        // "The report said" with no publisher known: the body that last spoke in its own voice ("Ofwat said …"), whose report the article retells.
        ref =
          this.mainPublisher(anchor) ??
          (/^its\b/i.test(description[0]) ? this.subjectOfSentenceBefore(a) ?? this.lastBefore(anchor, (r) => r.label === 'Organisation' && !r.animate) : undefined) ??
          (/^the\b/i.test(description[0]) ? this.lastBefore(anchor, (r) => !!r.spoke && r.label === 'Organisation') : undefined);
      } else if (/^(?:council|authority)$/.test(noun)) {
        // A local authority, or a body whose name the word heads ("the Council of European Shipping Associations").
        ref = this.lastBefore(anchor, (r) => r.label === 'Council' || (r.label === 'Organisation' && !r.animate && new RegExp(`^${noun}\\s+(?:of|for|on)\\b`, 'i').test(r.name)));
        // None named: the council of the one place the opening says things happen in ("Children's services in Kelby have
        // passed from the council to a trust").
        const opening = ref ? undefined : councilOfTheOpening(this.text, (name) => this.gaz.mentions(name).length > 0);
        if (opening) {
          const proposal = this.proposeActor('Council', opening.name, opening.index, 'new-council:of-the-opening');
          return { id: proposal.id, name: proposal.name, label: 'Council', existing: false, resolvedBy: 'anaphor', mention: description[0], confidence: 0.6, start: opening.index, end: opening.index + opening.name.length };
        }
      } else {
        // "The office" after "the Digital Access Office": the body last named with that word, known or not.
        ref =
          this.lastBefore(anchor, (r) => r.label === 'Organisation' && new RegExp(`\\b${noun}\\b`, 'i').test(r.name)) ??
          this.bodyNamedWith(noun, anchor) ??
          // Only as the subject of a verb of saying, or as the owner of findings that speak ("the charity's analysis
          // suggested"): "The charity blamed a mix of …" is no statement the annotations code.
          (KIND_NOUN.test(noun) && (VERB_OF_SAYING_NEXT.test(this.text.slice(b, b + 40)) || /^[’']s?\s/.test(this.text.slice(b, b + 3))) ? this.bodyDescribedAs(noun, anchor) : undefined) ??
          // Only a word that fits any body ("the organisation", "the government") refers to one not named with it: "the union" is not the inspectorate.
          (/^(?:organisation|body|government)$/.test(noun) ? this.lastBefore(anchor, (r) => r.label === 'Organisation' && !r.animate) : undefined);
      }
      if (ref) return this.fromReferent(ref, 'anaphor', description[0], 0.7, a, b);
    }
    // "inspectors found", "the auditors said": the body whose report the article answers speaks through its staff; and
    // a headline's "Watchdog warns …", "Regulator finds …" (headlines drop the article; "the Regulator" is a name) is
    // that body described.
    const staff = phrase.split(',').pop()!;
    if (/^\s*(?:(?:But|And|Yet|However|Now)\s+)?(?:the\s+|its\s+)?(?:inspectors|auditors)(?:\s+(?:also|too|then|later|now))?\s*$/i.test(staff) || /^\s*(?:Watchdog|Regulator|Inspectorate|Ombudsman)\s*$/.test(staff)) {
      // With no report named, the assessor the text named last ("…, Ofsted has said. Inspectors said that …").
      // A council's own paper has no inspectors: theirs is the assessor's work the text retells.
      const main = this.mainPublisher(anchor);
      const ref = (main && !(main.label === 'Council' && /inspectors/i.test(staff)) ? main : undefined) ?? this.lastBefore(anchor, (r) => !r.animate && ASSESSOR_KIND.test(this.gaz.get(r.id)?.kind ?? ''));
      if (ref) return this.fromReferent(ref, 'anaphor', phrase.trim(), 0.7, a, b);
    }
    // "according to a damning report", "a report revealed": a report no body is named with is the article's report, and its publisher speaks.
    if (/^\s*(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|study|review|assessment|audit|inquiry|analysis)\s*$/iu.test(phrase)) {
      const ref = this.mainPublisher(anchor);
      if (ref) return this.fromReferent(ref, 'report-publisher', phrase.trim(), 0.7, a, b);
    }
    // A council the graph does not know ("a spokesman for Calderford council"): proposed as new, by its place.
    const council = councilNameIn(phrase);
    if (council) {
      const at = a + council.index;
      const proposal = this.proposeActor('Council', council.name, at, 'new-council:named-speaker');
      return { id: proposal.id, name: proposal.name, label: 'Council', existing: false, resolvedBy: 'new', mention: phrase.trim(), speakerRole: spokes ? 'spokesperson' : undefined, confidence: 0.65, start: at, end: at + council.name.length };
    }
    // "one charity", "a union": a body of that kind the text introduced as one, else the last body before that spoke.
    const someBody = ONE_BODY_OF_KIND.exec(phrase);
    const ofKind = someBody ? this.bodyDescribedAs(someBody[1]!, anchor) ?? this.lastSpeakingBody(anchor) : undefined;
    if (ofKind) return this.fromReferent(ofKind, 'anaphor', phrase.trim(), 0.6, a, b);
    // One person left unnamed ("One road safety campaigner", "a retired signaller"): a new person, named as written.
    const unnamed = unnamedPersonIn(phrase);
    if (unnamed) {
      const at = a + unnamed.index;
      const proposal = this.proposePerson(unnamed.name, at, undefined, 'new-person:unnamed');
      return { id: proposal.id, name: proposal.name, label: 'Person', existing: false, resolvedBy: 'new', mention: unnamed.name, confidence: 0.6, start: at, end: at + unnamed.name.length };
    }
    // A collective ("union leaders", "teachers' unions", "campaigners"): a group, proposed as new.
    const collective = collectiveNameIn(phrase);
    if (collective) {
      const at = a + collective.index;
      return this.groupSpeaker(collective.name, at, [at, at + collective.name.length], collective.name, { resolvedBy: 'name', confidence: 0.7 }, { resolvedBy: 'new', confidence: 0.6 });
    }
    // "the Fiscal Outlook Panel's yearly report": a report speaks for the body that owns it.
    const owner = REPORT_OF_OWNER.exec(phrase);
    const ofOwner = owner ? this.resolve(a + owner.index + owner[0].indexOf(owner[1]!), a + owner.index + owner[0].indexOf(owner[1]!) + owner[1]!.length, anchor) : null;
    if (ofOwner) return ofOwner;
    // "a national survey published today by the charity Harbourline": who wrote the document speaks for it.
    const author = DOCUMENT_BY_AUTHOR.exec(phrase);
    const byAuthor = author ? this.resolve(a + author.index + author[0].length - author[1]!.length, a + author.index + author[0].length, anchor) : null;
    if (byAuthor) return byAuthor;
    // 8. A body the graph does not know ("The National Audit Office (NAO)", "Union leaders", "Ofwat"): proposed as new.
    const written = organisationNameIn(phrase);
    const body = (written && !commonNounOpeningSentence(this.text, a + written.index, written.name) ? written : null) ?? bareBodyName(phrase, this.text);
    if (body) {
      const at = a + body.index;
      const proposal = this.proposeBody(body.name, at, 'other', 'new-organisation:named-speaker');
      return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'new', mention: body.name, confidence: 0.65, start: at, end: at + body.name.length };
    }
    return null;
  }

  /**
   * FRONTED_OCCASION at the phrase's start, unless its comma closes a person's name or apposition ("Commenting on
   * the report Jo Bell, director of Travel Voice, said": no comma after the occasion, and the name speaks).
   */
  private frontedOccasion(phrase: string): RegExpExecArray | null {
    const m = FRONTED_OCCASION.exec(phrase);
    return m && !personNameCandidates(m[0]).length ? m : null;
  }

  /**
   * A phrase that is one name, with or without an honorific or a title of office (ONE_NAME), names a person the text has already
   * named in full (a surname, or a first name alone): the latest such person before `anchor`.
   */
  private byShortName(phrase: string, anchor: number, a: number, b: number): Resolved | null {
    const m = ONE_NAME.exec(phrase);
    if (!m) return null;
    const word = m[1]!;
    const fits = (name: string) => {
      const words = withoutHonorifics(name).split(/\s+/);
      return words.length >= 2 && (words[words.length - 1] === word || words[0] === word);
    };
    const ref = this.lastBefore(anchor, (r) => r.label === 'Person' && fits(this.mentionedAs(r)));
    return ref ? this.fromReferent(ref, 'short-name', phrase.trim(), 0.8, a, b) : null;
  }

  /**
   * "Sir Michael says" where the graph's Sir Michael is someone else: a person this text named in full before the
   * alias's mention with its one name ("Sir Michael Barton", "Jo Wilshaw"). The article's own naming wins.
   */
  private namedInFullBefore(m: Mention): Referent | undefined {
    const word = withoutHonorifics(m.surface.trim());
    if (/\s/.test(word)) return undefined;
    return this.lastBefore(m.start, (r) => {
      if (r.label !== 'Person' || r.id === m.entity.id) return false;
      const words = withoutHonorifics(this.mentionedAs(r)).split(/\s+/);
      return words.length >= 2 && words.includes(word);
    });
  }

  /** "The Labour MP for Westvale said" (PERSON_TITLE_REFERENCE): the last person named with that title beside the name. */
  private titledPerson(phrase: string, anchor: number, a: number, b: number): Resolved | null {
    const m = PERSON_TITLE_REFERENCE.exec(phrase);
    if (!m) return null;
    // "The Prime Minister" is not the health minister named before: the title's other words must stand by the name too.
    const words = [...m[1]!.trim().split(/\s+/).filter((w) => w && !TITLE_MODIFIER_LEFT_OUT.test(w)), m[2]!].map((w) => new RegExp(`\\b${w.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu'));
    const ref = this.lastBefore(a, (r) => {
      if (r.label !== 'Person' || r.reported) return false;
      const name = this.mentionedAs(r);
      const around = `${this.text.slice(Math.max(0, r.at - 40), r.at)} ${this.text.slice(r.at + name.length, r.at + name.length + 40).split(/[.;:!?]/)[0]!}`;
      return words.every((w) => w.test(around));
    });
    return ref ? this.fromReferent(ref, 'title', phrase.trim(), 0.75, a, b) : null;
  }

  /**
   * "The interim boss of Riverside College has said" (ROLE_AT_BODY): the person the text names holding a head's role
   * at that body, in a sentence that names the body or refers to it by its last word ("the college"); the nearest
   * before the phrase, else the first after it. None named, no answer: the body may still speak (a later step).
   */
  private roleAtBodyHolder(phrase: string, anchor: number, a: number, b: number): Resolved | null {
    const m = ROLE_AT_BODY.exec(phrase);
    if (!m) return null;
    const body = fold(m[2]!);
    const noun = body.split(/\s+/).pop()!;
    const holds = (r: Referent) => {
      if (r.label !== 'Person' || r.reported || (r.at >= a && r.at < b)) return false;
      const sentence = fold(this.sentenceAround(r.at));
      return HEAD_ROLE_WORD.test(sentence) && (sentence.includes(body) || new RegExp(`\\b(?:the|its) ${noun}\\b`).test(sentence));
    };
    const ref = this.lastBefore(a, holds) ?? this.referents.find((r) => r.at >= b && holds(r));
    return ref ? this.fromReferent(ref, 'role-holder', phrase.trim(), 0.7, a, b) : null;
  }

  /** The sentence (within its paragraph) around text[at]. */
  private sentenceAround(at: number): string {
    const before = this.text.slice(Math.max(0, at - 300), at);
    const start = Math.max(before.search(/[^.!?\n]*$/), 0);
    const after = this.text.slice(at, at + 300);
    const end = after.search(/[.!?\n]/);
    return before.slice(start) + (end < 0 ? after : after.slice(0, end));
  }

  /**
   * "The Independent Commission for …", "The Observer Trust for Young Writers": a graph body's name followed by the
   * head noun of another body's name (LONGER_BODY_HEAD) opens that longer name, and names that body, not the graph's.
   */
  private opensLongerBodyName(m: Mention): boolean {
    return (m.entity.label === 'Organisation' || m.entity.label === 'Council') && LONGER_BODY_HEAD.test(this.text.slice(m.end, m.end + 60));
  }

  /** Is this one-word mention of a person a surname that another first name, written just before it, claims? */
  private otherFirstName(m: Mention): boolean {
    if (/\s/.test(m.surface.trim())) return false;
    const before = /([A-Z][\p{L}’'-]+)\s+$/u.exec(this.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    if (!before || HONORIFIC_OR_TITLE.test(before) || /^(?:The|A|An|And|But|Said|Says)$/.test(before)) return false;
    return !m.entity.name.split(/\s+/).includes(before);
  }

  /**
   * "It said" at a sentence's start: the body that opened the sentence before (its subject), rather than
   * the last one named in it ("the ADCS – which has a fractious relationship with Ofsted – fuelled the fire").
   */
  /**
   * "The Harbour Panel has listed cases where it believes the port failed": an "it" inside a sentence (not its
   * subject) refers to the body that opens that sentence, before any body named in the sentence before. A sentence
   * that opens with a quotation is left to the rules for quotes.
   */
  private subjectOfOwnSentence(pronounEnd: number): Referent | undefined {
    const opening = /[^.!?\n]*$/.exec(this.text.slice(Math.max(0, pronounEnd - 400), pronounEnd))![0];
    if (/[“”"‘]/.test(opening)) return undefined;
    const start = pronounEnd - opening.length;
    const first = this.referents.find((r) => r.at >= start && r.at < pronounEnd);
    if (!first || first.animate || !isBody(first) || first.at - start >= 40) return undefined;
    // "The Trust was faulted in the review after it found …": a passive subject, or a report named between, leaves "it"
    // open, as does another body named between ("X questioned whether Y can continue after it admitted …"). An aside
    // that describes the subject (", which was set up in 2019,") is no part of the main clause.
    const from = first.at + first.name.length;
    const raw = this.text.slice(from, pronounEnd);
    const aside = /^,[^,]*,/.exec(raw)?.[0] ?? '';
    const between = raw.slice(aside.length);
    const otherBody = this.referents.some((r) => r !== first && r.at >= from + aside.length && r.at < pronounEnd && isBody(r));
    return otherBody || PASSIVE_OR_REPORT_BETWEEN.test(between) ? undefined : first;
  }

  private subjectOfSentenceBefore(a: number): Referent | undefined {
    const start = this.sentenceBeforeStart(a);
    if (start === undefined) return undefined;
    const first = this.referents.find((r) => r.at >= start && r.at < a);
    if (first && !first.animate && isBody(first) && first.at - start < 40) return first;
    // "The Treasury welcomed …", "Ofwat has published …": a body named by one word as the subject.
    const bare = /^\s*((?:[Tt]he\s+)?[A-Z][\p{L}]*)\s+(?:(?:has|had|have|also|today|then)\s+)*\p{Ll}+ed\b/u.exec(this.text.slice(start, a));
    const body = bare && (!first || first.at > start + bare[1]!.length) ? bareBodyName(bare[1]!, this.text) : null;
    if (body) return { at: start + bare!.index + bare![0].indexOf(bare![1]!) + body.index, id: `pending-body:${body.name}`, name: body.name, label: 'Organisation', animate: false };
    // "Earlier this year the regulator published an analysis …": a description that opens it, resolved where it stands.
    const opening = this.text.slice(start, Math.min(a, start + 60));
    const described = [...opening.matchAll(DESCRIPTIONS)].find((d) => /^(?:the|its)\s/i.test(d[0]) && !REPORT_NOUN.test(d[2]!.toLowerCase()) && /^\p{Ll}/u.test(d[2]!));
    if (!described || (first && first.at < start + described.index!)) return undefined;
    const at = start + described.index!;
    const r = this.resolve(at, at + described[0].length, at);
    return r && (r.label === 'Organisation' || r.label === 'Council') ? { at, id: r.id, name: r.name, label: r.label, animate: false } : undefined;
  }

  /**
   * "The county council said it would study the review. “…,” it said.": a body that was the subject of a verb of
   * saying in the sentence before goes on speaking as "it", before the report the sentence mentions. `anchor` is
   * where the statement opens (the quote's opening mark).
   */
  private spokeInSentenceBefore(anchor: number): Referent | undefined {
    const subject = this.subjectOfSentenceBefore(anchor);
    return subject && VERB_OF_SAYING_NEXT.test(this.text.slice(this.endOf(subject), this.endOf(subject) + 40)) ? subject : undefined;
  }

  /** Where the sentence before `a` starts, when `a` opens a sentence; else undefined. */
  private sentenceBeforeStart(a: number): number | undefined {
    const before = this.text.slice(Math.max(0, a - 400), a);
    if (!/[.!?”"]\s+$/.test(before)) return undefined;
    const ends = [...before.trimEnd().slice(0, -1).matchAll(/[.!?]["”’]?\s+|\n\s*\n/g)];
    return Math.max(0, a - 400) + (ends.length ? ends[ends.length - 1]!.index! + ends[ends.length - 1]![0].length : 0);
  }

  /** The name a referent was given in this text (a new person's name as written carries the honorific). */
  private mentionedAs(r: Referent): string {
    return this.newActors.get(r.id)?.name ?? r.name;
  }

  /** The publisher of the article's report, as a speaker: a finding the text retells is the publisher's. */
  reportPublisher(at: number): Resolved | null {
    const ref = this.mainPublisher(at);
    return ref ? this.fromReferent(ref, 'report-publisher', 'the report', 0.6, at, at) : null;
  }

  private mainPublisher(at: number): Referent | undefined {
    const viaReport = this.lastBefore(at, (r) => !!r.via);
    if (viaReport) return viaReport;
    const main = this.mainReport();
    const pub = main ? this.gaz.get(main)?.publishedBy[0] : undefined;
    const e = pub ? this.gaz.get(pub) : undefined;
    const publisher = e ? { at, id: e.id, name: e.name, label: e.label as ActorLabel, animate: false, via: main } : this.proposedPublisher();
    return (publisher && this.committeeOfHouse(publisher)) ?? publisher;
  }

  /**
   * "a scathing Senate report" names the house; "the Senate committee on legal affairs" in the same text is who made
   * it: a house of a legislature publishes through its committees, so the committee the text names is the publisher.
   */
  private committeeOfHouse(publisher: Referent): Referent | undefined {
    if (!LEGISLATIVE_HOUSE.test(publisher.name.trim())) return undefined;
    const house = publisher.name.trim().replace(/^the\s+/i, '');
    return this.referents.find((r) => !r.animate && isBody(r) && r.name.length > house.length && fold(r.name).startsWith(`${fold(house)} `) && /\bcommittee\b/i.test(r.name));
  }

  /** The graph's person a name spells, near enough, unless the text names someone else by it ("Sir Michael" of "Sir Michael Renshaw"). */
  private graphPerson(name: string) {
    const person = this.gaz.fuzzyPerson(name);
    return person && !aliasNamesAnother(this.text, name, person.name) ? person : undefined;
  }

  private fromReferent(r: Referent, resolvedBy: string, mention: string, confidence: number, a: number, b: number): Resolved {
    if (r.id.startsWith('pending:')) {
      const fuzzy = this.graphPerson(r.name);
      const proposal = fuzzy ? null : this.proposePerson(r.name, r.at, r.role);
      return { id: fuzzy?.id ?? proposal!.id, name: fuzzy?.name ?? proposal!.name, label: 'Person', existing: !!fuzzy, resolvedBy, mention, confidence: confidence * 0.9, start: a, end: b, ...(proposal?.role ? { role: proposal.role } : {}) };
    }
    if (r.id.startsWith('pending-unnamed:')) {
      const proposal = this.proposePerson(r.name, r.at, undefined, 'new-person:unnamed');
      return { id: proposal.id, name: proposal.name, label: 'Person', existing: false, resolvedBy, mention, confidence: confidence * 0.9, start: a, end: b };
    }
    if (r.id.startsWith('pending-group:')) {
      const how = { resolvedBy, confidence: confidence * 0.9 };
      return this.groupSpeaker(r.name, r.at, [a, b], mention, how, how);
    }
    if (r.id.startsWith('pending-body:')) {
      const proposal = this.proposeBody(r.name, r.at, 'other', 'new-organisation:named-speaker');
      return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy, mention, confidence: confidence * 0.9, speakerRole: r.speakerRole, start: a, end: b };
    }
    const fresh = this.newActors.get(r.id);
    return { id: r.id, name: r.name, label: r.label, existing: !fresh, resolvedBy, mention, confidence, speakerRole: r.speakerRole, start: a, end: b };
  }

  /**
   * "The union's general secretary added", "the committee's chair said", "its chair said": the person last
   * named before `anchor` with that role at a body named with that word ("general secretary of the Road
   * Workers' Union"), or at the body "its" refers to. No such person, no answer: a description is not guessed.
   */
  private byRoleDescription(phrase: string, anchor: number, a: number, b: number): Resolved | null {
    const m = /^\s*(?:the\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)[’']s|(its|their))\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)\s*,?\s*$/u.exec(phrase.replace(/^\s*The\b/, 'the').replace(/^\s*Its\b/, 'its').replace(/^\s*Their\b/, 'their'));
    if (!m) return null;
    const role = fold(m[3]!);
    const bodyName = m[1] ?? this.lastBefore(anchor, (r) => !r.animate && isBody(r))?.name;
    if (!bodyName) return null;
    const bodyWords = fold(bodyName).split(/\s+/).filter((w) => w !== 'the');
    const holds = (r: Referent) =>
      this.rolesOf(r).some((x) => {
        const title = fold(x.title);
        const at = new Set(fold(x.atName ?? '').split(/\s+/));
        return (title === role || title.endsWith(` ${role}`) || role.endsWith(` ${title}`)) && bodyWords.every((w) => at.has(w));
      });
    const ref = this.lastBefore(anchor, (r) => r.label === 'Person' && holds(r));
    if (ref) return this.fromReferent(ref, 'role-description', phrase.trim(), 0.75, a, b);
    // No one named with that role: "The authority's chief executive said" is the authority speaking through its
    // chief executive, the last body of that kind the text named ("its chair": the last body).
    const kind = m[1] ? m[1].replace(/^.*\s/, '').toLowerCase() : undefined;
    if ((kind && !BODY_KIND.test(kind)) || !PERSON_TITLE_END.test(role)) return null;
    const body = this.lastBefore(anchor, (r) => !r.animate && isBody(r) && (!kind || new RegExp(`\\b${kind}\\b`, 'i').test(r.name) || (/^(?:council|authority)$/.test(kind) && r.label === 'Council')));
    return body ? { ...this.fromReferent(body, 'role-description', phrase.trim(), 0.65, a, b), speakerRole: m[3]! } : null;
  }

  /**
   * "The Police and Crime Commissioner said", "the ombudsman said": an office (a name or a noun headed by an
   * office noun) whose holder the text named before `anchor` with a personal name is that person. Unnamed, the
   * office is a body (stage 8 proposes it).
   */
  private officeHolder(phrase: string, anchor: number, a: number, b: number): Resolved | null {
    const office = /^\s*(?:[Tt]he\s+)?((?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+)\s*,?\s*$/u.exec(phrase)?.[1];
    // "The chief inspector said" after "HM Chief Inspector of Prisons, Peter Clarke,": a title names its holder too.
    if (!office || !(headedByOffice(office) || (headedByTitle(office) && /^\p{Ll}/u.test(office)))) return null;
    const key = fold(office);
    const holds = (r: Referent) => r.label === 'Person' && this.rolesOf(r).some((x) => ` ${fold(x.title)} `.includes(` ${key} `));
    // An office's name may come before the text names its holder ("The Victims' Commissioner said …" then
    // "Dame Vera Baird, the Victims' Commissioner, …"); a lower-case title ("the chief inspector") only refers back.
    const ref = this.lastBefore(anchor, holds) ?? (/^\p{Lu}/u.test(office) ? this.referents.find((r) => r.at > anchor && holds(r)) : undefined);
    return ref ? this.fromReferent(ref, 'office-holder', phrase.trim(), 0.75, a, b) : null;
  }

  /**
   * "the chief inspector of borders and immigration warned", "the commissioner for older people said": an office
   * written in lower case with the remit that names it is a speaker, as its capitalised name would be. Its holder when
   * the text has named one with that title; else the office itself, as written.
   */
  private officeWithRemit(phrase: string, anchor: number, a: number, b: number): Resolved | null {
    const m = OFFICE_WITH_REMIT.exec(phrase);
    if (!m || !(headedByTitle(m[2]!) || headedByOffice(m[2]!))) return null;
    const key = fold(m[1]!);
    // A role is read as a title and the body or remit after "of" ("chief inspector" at "ports and harbours"): both together.
    const holds = (x: { title: string; atName?: string }) => [fold(x.title), ...(x.atName ? ['of', 'for'].map((p) => fold(`${x.title} ${p} ${x.atName}`)) : [])].some((t) => t.includes(key));
    const holder = this.lastBefore(anchor, (r) => r.label === 'Person' && this.rolesOf(r).some(holds));
    if (holder) return this.fromReferent(holder, 'office-holder', phrase.trim(), 0.7, a, b);
    const at = a + m.index + m[0].indexOf(m[1]!);
    const proposal = this.proposeBody(m[1]!, at, 'office', 'new-organisation:office-speaker');
    return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'new', mention: m[1]!, confidence: 0.6, start: at, end: at + m[1]!.length };
  }

  /** The roles this text or the graph gives a person: {title, the name of the body it is held at}. */
  private rolesOf(r: Referent): { title: string; atName?: string }[] {
    const fresh = this.newActors.get(r.id)?.role;
    if (fresh) return [fresh];
    if (r.role) return [r.role];
    return (this.gaz.get(r.id)?.roles ?? []).map((x) => ({ title: x.title, atName: this.gaz.get(x.at)?.name }));
  }

  private byRole(phrase: string, inside: Mention[], a: number): Resolved | null {
    for (const person of this.gaz.byId.values()) {
      if (person.label !== 'Person') continue;
      for (const role of person.roles) {
        if (!role.title || role.title.length < 4) continue;
        const at = inside.find((m) => m.entity.id === role.at);
        const title = fold(role.title).replace(/^(?:hm|her majesty's) /, '');
        if (at && fold(phrase).includes(title)) {
          // Several holders of one role (successive chief inspectors): the one the article names wins.
          const holders = this.gaz.peopleWithRole(role.title, role.at);
          const named = holders.filter((h) => this.referents.some((r) => r.id === h.id));
          const pick = named.length === 1 ? named[0]! : holders.length === 1 ? holders[0]! : null;
          if (pick) return { id: pick.id, name: pick.name, label: 'Person', existing: true, resolvedBy: 'role', mention: phrase.trim(), confidence: 0.75, start: a, end: a + phrase.length };
        }
      }
    }
    return null;
  }

  /**
   * A person given by first name and age, as news gives young people and members of the public ("Liam, 19, one of the
   * charity's ambassadors, said"): a first name people are given, then the age between commas, opening the phrase.
   */
  private firstNameWithAge(a: number, b: number): Resolved | null {
    const m = FIRST_NAME_AND_AGE.exec(this.text.slice(a, b));
    if (!m || !isFirstName(m[1]!)) return null;
    const at = a + m.index + m[0].indexOf(m[1]!);
    const proposal = this.proposePerson(m[1]!, at, undefined, 'new-person:first-name-and-age');
    return { id: proposal.id, name: proposal.name, label: 'Person', existing: false, resolvedBy: 'new', mention: m[1]!, confidence: 0.6, start: at, end: at + m[1]!.length };
  }

  /** A capitalised personal name in the phrase that no mention covers (stages/speaker-names.ts chooses which). */
  private newName(a: number, b: number, inside: Mention[]): Resolved | null {
    const phrase = this.text.slice(a, b);
    const free = personNameCandidates(phrase).filter((c) => {
      const start = a + c.index;
      const end = start + c.name.length;
      // The object of "of the", "at", "by" names a body or a place, not the speaker.
      return !inside.some((x) => x.start < end && x.end > start) && !/\b(?:of|at|for|from|by|with)(?:\s+the)?\s*$/i.test(this.text.slice(Math.max(a, start - 12), start));
    });
    const chosen = chooseSpeakerName(phrase, free);
    const best = chosen ? { index: a + chosen.index, name: chosen.name.replace(/\s+/g, ' ') } : null;
    if (!best) return null;
    // "National Records of Scotland (NRS) figures": capitalised words of a body's name its initials follow name that body.
    const body = this.bodyWithInitialsAround(best.index, best.index + chosen!.name.length);
    if (body) {
      const proposal = this.proposeBody(body.name, body.start, 'other', 'new-organisation:named-speaker');
      return { id: proposal.id, name: proposal.name, label: proposal.label, existing: false, resolvedBy: 'new', mention: body.name, confidence: 0.7, start: body.start, end: body.start + body.name.length };
    }
    const fuzzy = this.graphPerson(best.name);
    if (fuzzy) return { id: fuzzy.id, name: fuzzy.name, label: 'Person', existing: true, resolvedBy: 'fuzzy-name', mention: best.name, confidence: 0.8, start: best.index, end: best.index + best.name.length };
    const role = this.roleAround(a, b, best.index, best.index + best.name.length, inside);
    const proposal = this.proposePerson(best.name, best.index, role);
    // The role as proposed: its body resolved or proposed, so the target stage knows the speaker's own side.
    return { id: proposal.id, name: proposal.name, label: 'Person', existing: false, resolvedBy: 'new', mention: best.name, confidence: 0.7, role: proposal.role ?? role, start: best.index, end: best.index + chosen!.name.length };
  }

  /** "Name, title of Org," or "Org's title, Name," or "title Name". */
  private roleAround(a: number, b: number, nameStart: number, nameEnd: number, inside: Mention[]): Resolved['role'] {
    // A phrase that ends at the name ("…,” said Jo Marsh, the council's director.") leaves the apposition after it,
    // where a title in it is taken as the speaker's (a clause after the name is not: "said Jo Marsh, adding that …").
    const tail = b <= nameEnd ? TITLE_AFTER_PHRASE.exec(this.text.slice(nameEnd, nameEnd + 200)) : null;
    const after = tail ? tail[0] : this.text.slice(nameEnd, b);
    const before = this.text.slice(a, nameStart);
    const org = (from: number, to: number) => inside.find((m) => m.start >= from && m.end <= to && (m.entity.label === 'Organisation' || m.entity.label === 'Council'));
    // The apposition runs to a comma, a colon, the end of the phrase, or the end of its sentence ("said Jo Marsh, the council's director.").
    const appositive = /^\s*,\s*([^,:;]{2,160}?)\s*(?:,|:|\.(?=\s|$)|$)/u.exec(after);
    // "Ofsted's director, Fiona Wetherall, said:": the name is the apposition, and what follows it is the verb, no title.
    if (appositive && !SAYING_ONLY.test(appositive[1]!)) {
      const body = appositive[1]!;
      // "said Jo Marsh, the council's director of children's services": a title some body owns, as before a name.
      const owned = /[’']s\s/u.test(body) ? this.ownedRole(body, nameEnd, nameEnd + appositive[0].length, inside) : undefined;
      if (owned) return owned;
      const split = /^(.*?)\s+(?:of|at|for|with)\s+(?:the\s+)?(.+)$/u.exec(body);
      const title = (split ? split[1]! : body).replace(/^(?:the|a|an)\s+/i, '').trim();
      const atStart = nameEnd + appositive[0].indexOf(body) + (split ? body.indexOf(split[2]!) : 0);
      const m = org(nameEnd, nameEnd + appositive[0].length);
      const atName = split?.[2]?.replace(/\s*\([^)]*\)\s*$/, '').trim();
      // "cabinet member for children and families": a remit in lower case is part of the title, not a body (a body
      // described by its kind, "of the council", still is one).
      if (!m && atName && /^\p{Ll}/u.test(atName) && !BODY_KIND.test(atName)) return { title: body.replace(/^(?:the|a|an)\s+/i, '').trim() };
      // "Pauline Dawson, 58,": an age is no title.
      if (title && /\p{L}/u.test(title) && title.split(/\s+/).length <= 8) return { title, at: m?.entity.id, atName: m ? m.entity.name : atName };
      void atStart;
    }
    const owned = this.possessiveRole(before, a, nameStart, inside);
    if (owned) return owned;
    // "The Prisons and Probation Ombudsman, Sue McAllister,": the office before the name is the role.
    const office = officeBeforeName(before);
    if (office) return office;
    const prefix = /((?:[A-Za-z-]+\s+){1,3})$/u.exec(before);
    if (prefix && /\b(?:mayor|minister|secretary|director|chief|president|chair|chairman|leader|head|inspector|commissioner|officer|spokesperson)\b/i.test(prefix[1]!)) {
      return { title: prefix[1]!.trim() };
    }
    return undefined;
  }

  /** "Org's title, Name,": `before` is the text from `a` to the name at `nameStart`. */
  private possessiveRole(before: string, a: number, nameStart: number, inside: Mention[]): Resolved['role'] {
    const possessive = /([^,;:]{2,200}?[’']s\s[^,;:]{2,80}?)\s*,\s*$/u.exec(before);
    if (possessive) return this.ownedRole(possessive[1]!, a, nameStart, inside);
    // "Its chief executive, Dr Sarah Quinn,": the title of the body the sentence before is about ("A report by the Lantern
    // Trust … found"); none where that sentence opens on someone else.
    const its = /(?:^|[.!?]\s+|\n)(?:Its|Their)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*,\s*$/u.exec(before);
    if (!its || !PERSON_TITLE_END.test(its[1]!)) return undefined;
    const body = this.subjectOfSentenceBefore(a);
    return body ? roleAt(its[1]!, body) : undefined;
  }

  /** The role in a phrase of a title some body owns ("Unison's branch secretary", "the council's director"), the body's mention between `a` and `nameStart`. */
  private ownedRole(phrase: string, a: number, nameStart: number, inside: Mention[]): Resolved['role'] {
    const owned = ownerAndTitle(phrase);
    // "Kai's heartbroken gran", "the boy's father": kin are a person's, and a person is no body the speaker works for.
    if (owned && KIN.test(owned.title)) return { title: phrase.replace(/^.*\b(?:the)\s+/i, '').trim() };
    if (owned) {
      // The body that owns the title is the one the possessive mark follows ("Unison's Birmingham branch secretary": Unison).
      const m = inside.find((x) => x.start >= a && x.end <= nameStart && (x.entity.label === 'Organisation' || x.entity.label === 'Council') && /^[’']/u.test(this.text.slice(x.end, x.end + 1)));
      if (m) return { title: owned.title, at: m.entity.id, atName: m.entity.name };
      const owner = owned.owner.replace(/^.*\b(?:the)\s+/i, '').trim();
      // "The children's minister, Edward Timpson,": a remit in lower case owns no body; the whole phrase is the title, as it is
      // for an office named for the people it serves ("The Children's Commissioner for England, Maggie Atkinson,").
      if ((/^\p{Ll}/u.test(owner) && !BODY_KIND.test(owner)) || SERVED_PEOPLE.test(owner)) return { title: phrase.replace(/^.*\b(?:the)\s+/i, '').trim() };
      // "The council's director of children's services, Jo Marsh,": a body named by its kind is the last body of that
      // kind the text named, or none; never a new body called "council".
      if (!BODY_KIND.test(owner)) return { title: owned.title, atName: owner };
      const kind = new RegExp(`\\b${owner}\\b`, 'i');
      const body = this.lastBefore(a, (r) => !r.animate && isBody(r) && (kind.test(r.name) || (owner === 'council' && r.label === 'Council')));
      return body ? roleAt(owned.title, body) : { title: owned.title };
    }
    return undefined;
  }

  proposePerson(written: string, index: number, role?: Resolved['role'], rule = 'new-person:named-speaker'): NewActorProposal {
    // "Sir Michael" (a knight's title and first name, as the British shorten it) where the text names "Sir Michael
    // Renshaw": the person in full.
    const short = KNIGHTED_SHORT.test(written) ? new RegExp(`(?<![\\p{L}])${written}\\s+(\\p{Lu}[\\p{L}-]+?)(?:[’']s)?(?![\\p{L}’'-])`, 'u').exec(this.text) : null;
    const name = short ? `${written} ${short[1]}` : written;
    const key = fold(withoutHonorifics(name));
    // The same person named again, shorter ("Sir Amyas" after "Sir Amyas Morse", "Ms Blower" after "Christine Blower").
    const keyWords = key.split(' ');
    for (const existing of this.newActors.values()) {
      if (existing.label !== 'Person') continue;
      const words = new Set(fold(existing.name).split(' '));
      if (fold(existing.name).endsWith(key) || keyWords.every((w) => words.has(w))) {
        // Named first where no role was given ("said Peter Hay"), then with one ("The council's director, Peter Hay,").
        if (!existing.role && role) existing.role = this.roleWithBody(role, index);
        return existing;
      }
    }
    const id = this.freshId('person', key);
    const proposal: NewActorProposal = { id, label: 'Person', name, role: this.roleWithBody(role, index), start: index, end: index + name.length, rule };
    this.newActors.set(id, proposal);
    return proposal;
  }

  /** A new person's role, with its body proposed where the graph lacks it. */
  private roleWithBody(role: Resolved['role'], index: number): Resolved['role'] {
    return role?.atName && !role.at ? { ...role, at: this.proposeBody(role.atName, index).id } : role;
  }

  /** A new council (named by its place, as the graph names councils) or group, proposed once per name. */
  proposeActor(label: 'Council' | 'Group', written: string, index: number, rule: string): NewActorProposal {
    // A regional paper sets its opening words in capitals ("NORTHDALE Council has …"): a place is no acronym (a short form like "LBC" is kept).
    const name = label === 'Council' ? written.replace(/\b(\p{Lu})(\p{Lu}{3,})\b/gu, (_, first: string, rest: string) => first + rest.toLowerCase()) : written;
    for (const existing of this.newActors.values()) if (existing.label === label && fold(existing.name) === fold(name)) return existing;
    const id = this.freshId(label.toLowerCase(), name);
    const proposal: NewActorProposal = { id, label, name, start: index, end: index + name.length, rule };
    this.newActors.set(id, proposal);
    return proposal;
  }

  /**
   * "The office" where the graph knows no office: the last body named before `anchor` whose name ends
   * with that word ("the Digital Access Office"), proposed as new.
   */
  private bodyNamedWith(noun: string, anchor: number): Referent | undefined {
    const word = noun[0]!.toUpperCase() + noun.slice(1);
    const re = new RegExp(`(?:[A-Z][\\p{L}’'&-]*\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?)+${word}\\b`, 'gu');
    let last: RegExpExecArray | null = null;
    const before = this.text.slice(0, anchor);
    for (let m = re.exec(before); m; m = re.exec(before)) last = m;
    if (!last) return undefined;
    let name = last[0].replace(/^(?:The|A|An|This|Its|Their)\s+/, '');
    // "Sarah Lindqvist of the Rural Trust": the body is what follows a connector after words that name no body.
    for (let m = /\s(?:of|at|for)\s(?:the\s)?/.exec(name); m && !BODY_WORDS.test(name.slice(0, m.index)); m = /\s(?:of|at|for)\s(?:the\s)?/.exec(name)) name = name.slice(m.index + m[0].length);
    if (name.split(/\s+/).length < 2) return undefined;
    const at = last.index + last[0].length - name.length;
    const proposal = this.proposeBody(name, at, 'other', 'new-organisation:named-speaker');
    return { at, id: proposal.id, name: proposal.name, label: proposal.label, animate: false };
  }

  /**
   * The body a spokesperson's description refers to by its kind ("the association’s", "for the landlord"): the body
   * introduced with that kind, else the last named with the word in its name, else the last body named before
   * `anchor` that did not speak itself and is not the report's publisher, a sentence's subject first. In a report's
   * coverage the regulator speaks and is called "the regulator"; a body called by what it is ("the landlord", "the
   * company") is one it judged.
   */
  private bodyOfKind(noun: string, anchor: number): Referent | undefined {
    const described = this.bodyDescribedAs(noun, anchor);
    if (described) return described;
    const named = this.lastBefore(anchor, (r) => isBody(r) && !r.animate && fold(r.name).split(/\s+/).includes(noun));
    if (named) return named;
    const publisher = this.mainPublisher(anchor);
    const spoke = new Set(this.referents.filter((r) => r.at < anchor && (r.spoke || r.speakerRole || r === publisher || VERB_OF_SAYING_NEXT.test(this.text.slice(this.endOf(r), this.endOf(r) + 40)))).map((r) => fold(r.name)));
    if (publisher) spoke.add(fold(publisher.name));
    // The judged body is most often its sentence's subject ("X was downgraded by the regulator"); the judge is the agent.
    const agent = (r: Referent) => /\bby\s+(?:the\s+)?$/.test(this.text.slice(Math.max(0, r.at - 8), r.at));
    const judged = (r: Referent) => isBody(r) && !r.animate && !r.via && !spoke.has(fold(r.name)) && !agent(r);
    return this.lastBefore(anchor, (r) => judged(r) && this.opensSentence(r)) ?? this.lastBefore(anchor, judged);
  }

  /** The last body before `anchor` that was the subject of a verb of saying, not the report's publisher. */
  private lastSpeakingBody(anchor: number): Referent | undefined {
    const publisher = this.mainPublisher(anchor);
    return this.lastBefore(anchor, (r) => isBody(r) && !r.animate && !r.via && r.id !== publisher?.id && (!!r.spoke || VERB_OF_SAYING_NEXT.test(this.text.slice(this.endOf(r), this.endOf(r) + 40))));
  }

  /**
   * Did the text introduce this body by a kind that is not a regulator's (INTRODUCED_AS_KIND)? Then "the regulator"
   * or "the watchdog" is some other body. The names so introduced are read once per text.
   */
  private introducedAsKind(name: string): boolean {
    this.namesIntroducedAsKind ??= new Set([...this.text.matchAll(INTRODUCED_AS_KIND)].map((m) => fold((m[1] ?? m[2])!.replace(/^The\s+/, ''))));
    return this.namesIntroducedAsKind.has(fold(name));
  }
  private namesIntroducedAsKind?: Set<string>;

  /** Where a referent's name ends in the text (a graph body may be named by a shorter alias: "HSR"). */
  private endOf(r: Referent): number {
    return this.mentions.find((m) => m.start === r.at)?.end ?? r.at + r.name.length;
  }

  /**
   * "The charity said" after "charity Homes First revealed …" or "Homes First, the housing charity,": the body the
   * text last introduced with that word as its kind, just before or after its name. A graph body there is that body.
   */
  private bodyDescribedAs(noun: string, anchor: number): Referent | undefined {
    const re = describedAs(noun);
    re.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    const before = this.text.slice(0, anchor);
    for (let m = re.exec(before); m; m = re.exec(before)) last = m;
    if (!last) return undefined;
    const found = (last[1] ?? last[2])!.replace(/^The\s+/, '');
    const at = last.index + last[0].lastIndexOf(found);
    const known = this.mentions.find((m) => m.start === at && (m.entity.label === 'Organisation' || m.entity.label === 'Council'));
    if (known) return { at, id: known.entity.id, name: known.entity.name, label: known.entity.label as ActorLabel, animate: false };
    if (found.split(/\s+/).some((w) => NOT_A_BODY_NAME.test(w))) return undefined;
    return { at, id: `pending-body:${found}`, name: found, label: councilPlace(found) ? 'Council' : 'Organisation', animate: false };
  }

  /**
   * A body the graph does not hold, proposed once per name: an organisation, or, when its name is a local
   * authority's ("Eastshire County Council", "the London Borough of Hackney"), a council named by its place,
   * whichever stage found it (a speaker, a person's employer, a report's publisher, a target).
   */
  proposeBody(written: string, at: number, kind = 'other', rule = 'new-organisation:role-of-new-speaker'): NewActorProposal {
    const name = this.bodyNameOf(written);
    const index = at + Math.max(0, written.indexOf(name));
    const place = councilPlace(name) ?? localCouncilPlace(name, this.text) ?? councilOfPlace(name, this.text);
    if (place) return this.proposeActor('Council', place, index + Math.max(0, name.indexOf(place)), rule.replace(/^new-organisation:/, 'new-council:'));
    for (const existing of this.newActors.values()) if (existing.label === 'Organisation' && fold(existing.name) === fold(name)) return existing;
    const id = this.freshId('organisation', name);
    const proposal: NewActorProposal = { id, label: 'Organisation', name, kind, start: index, end: index + name.length, rule };
    this.newActors.set(id, proposal);
    return proposal;
  }

  /** The text's bodies introduced with their initials ("the National Audit Office (NAO)"): initials to name. */
  private bodyInitials?: Map<string, string>;
  private bodiesIntroducedWithInitials?: { start: number; name: string }[];

  /**
   * The body whose name, followed by its initials in brackets, holds text[start, end) ("National Records" in "National
   * Records of Scotland (NRS)"): those words are no person's name, however the capitalised words read.
   */
  private bodyWithInitialsAround(start: number, end: number): { start: number; name: string } | undefined {
    this.bodiesIntroducedWithInitials ??= bodiesWithInitials(this.text);
    return this.bodiesIntroducedWithInitials.find((b) => b.start <= start && end <= b.start + b.name.length);
  }

  /**
   * A body's name as the graph should hold it, one node however the text writes it: by the name its initials stand for
   * ("NAO" is the National Audit Office where the text says "National Audit Office (NAO)"), without the country in
   * front of a name that stands without it ("the UK's Office for Statistics", "UK NAO"; not "UK Sport").
   */
  private bodyNameOf(written: string): string {
    this.bodyInitials ??= new Map(bodiesWithInitials(this.text).map((b) => [b.initials, b.name]));
    const initials = this.bodyInitials;
    const qualified = COUNTRY_BEFORE_NAME.exec(written);
    const rest = qualified ? written.slice(qualified[0].length) : written;
    const bare = qualified && (qualified[1] || initials.has(rest) || [...initials.values()].includes(rest)) ? rest : written;
    return initials.get(bare) ?? bare;
  }

  /** The graph's group by this name or an alias ("union leaders" an earlier article added): a collective is proposed once. */
  graphGroup(name: string): Entity | undefined {
    return this.gaz.groupMentions(name).find((m) => m.start === 0 && m.end === name.length)?.entity;
  }

  /** A collective as the speaker ("union leaders"): the graph's group of that name, else one proposed as new. */
  private groupSpeaker(name: string, at: number, [start, end]: [number, number], mention: string, known: Pick<Resolved, 'resolvedBy' | 'confidence'>, proposed: Pick<Resolved, 'resolvedBy' | 'confidence'>): Resolved {
    const group = this.graphGroup(name);
    if (group) return { id: group.id, name: group.name, label: 'Group', existing: true, mention, start, end, ...known };
    const proposal = this.proposeActor('Group', name, at, 'new-group:collective-speaker');
    return { id: proposal.id, name: proposal.name, label: 'Group', existing: false, mention, start, end, ...proposed };
  }

  /** A group the text blames or asks to act ("local authorities"), proposed as a new group. */
  proposeGroup(name: string, index: number, rule = 'new-group:named-target'): NewActorProposal {
    for (const existing of this.newActors.values()) if (existing.label === 'Group' && fold(existing.name) === fold(name)) return existing;
    const proposal: NewActorProposal = { id: this.freshId('group', name), label: 'Group', name, start: index, end: index + name.length, rule };
    this.newActors.set(proposal.id, proposal);
    return proposal;
  }

  private freshId(prefix: string, name: string): string {
    const base = `${prefix}:${slug(name)}`;
    let id = base;
    for (let n = 2; this.gaz.get(id) || this.newActors.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}

/** A country written before a body's name: "UK", "the UK's", "Britain's". Group 1 is the possessive, when there is one. */
const COUNTRY_BEFORE_NAME = /^(?:the\s+)?(?:UK|U\.K\.|US|U\.S\.|Britain|British|America|American|Australia|Australian|Canada|Canadian|Scotland|Ireland|Wales|England)([’']s)?\s+(?=\p{Lu})/u;

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'unnamed'
  );
}
