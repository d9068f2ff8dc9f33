/**
 * Target-resolution stage, actors the graph does not hold: once the attribution stage has proposed
 * new people and organisations, their later mentions are targets like the graph's own ("[McVey]
 * sought to rubbish the report", "the NAO states"). A person is mentioned by full name or by surname;
 * an organisation by name or by the acronym the text gave it in brackets.
 */
import type { Entity, Mention } from '../gazetteer.js';
import type { ActorLabel } from '../draft.js';
import { BODY_WORDS, councilMentions, DATE_WORDS_BEFORE, personNameCandidates, type NameCandidate } from './speaker-names.js';
import { fold } from '../text.js';
import { LEDE } from './reports.js';

export interface NewActorRef {
  id: string;
  label: ActorLabel;
  name: string;
  /** The title the text gives a person ("Chief Inspector of Prisons"), so "the chief inspector" can refer to them. */
  title?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `definitions` is where the text gave a body's initials in brackets, when `text` is only part of it (the headline). */
/** A company's name and its legal suffix: "Keystone Residential Care Ltd". */
const COMPANY_SUFFIX = /^(.+?)\s+(?:Ltd\.?|Limited|plc|PLC|LLP)$/u;

export function newEntityMentions(text: string, actors: NewActorRef[], definitions = text): Mention[] {
  const out: Mention[] = [];
  for (const a of actors) {
    const entity: Entity = { id: a.id, label: a.label, name: a.name, aliases: [], roles: [], publishedBy: [] };
    const forms = new Set<string>([a.name.replace(/^(?:Sir|Dame|Dr|Lord|Lady|Mr|Mrs|Ms|Miss|Professor|Prof)\.?\s+/, '')]);
    if (a.label === 'Person') {
      const surname = a.name.split(/\s+/).pop()!;
      if (surname.length >= 3 && /^[A-Z]/.test(surname)) forms.add(surname);
      // A knight or dame named again by title and first name ("Sir Martin" for "Sir Martin Hale").
      const titled = /^((?:Sir|Dame)\s+\S+)\s+\S+/.exec(a.name);
      if (titled) forms.add(titled[1]!);
    } else if (a.label === 'Group') {
      // A group's name is a common noun: capitalised at a sentence's start.
      forms.add(a.name[0]!.toUpperCase() + a.name.slice(1));
    } else {
      // A police force named again by its place, or a clipping of it, after "the" ("the Westmarch", "the Met").
      const place = POLICE_FORCE.exec(a.name)?.[1]?.trim();
      if (place) {
        for (const m of text.matchAll(PLACE_AFTER_THE)) {
          const word = m[1]!;
          if (word.length >= 3 && place.startsWith(word) && (word === place || !/\s/.test(place))) forms.add(word);
        }
      }
      const acronym = new RegExp(`${escape(a.name)}(?:[’']s)?\\s*\\((${INITIALS})\\)`, 'u').exec(definitions)?.[1];
      if (acronym) forms.add(acronym);
      // Named again by its initials without brackets ("the Financial Conduct Authority" … "the FCA").
      const initials = a.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
      if (initials.length >= 3) forms.add(initials);
      // A company named again without its legal suffix ("Northlight Fostering Ltd" … "Northlight Fostering").
      const unsuffixed = COMPANY_SUFFIX.exec(a.name)?.[1];
      if (unsuffixed && /\s/.test(unsuffixed)) forms.add(unsuffixed);
    }
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}])${escape(form)}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        if (!out.some((o) => o.start < start + form.length && o.end > start)) {
          out.push({ start, end: start + form.length, entity, via: form === a.name ? 'name' : 'alias', surface: form });
        }
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * People and bodies the text names that no stage has proposed yet: a person marked as one (an
 * honorific, a title, an apposition), a body by a capitalised name with a body's head word ("Department
 * for Work and Pensions", "Ministry of Defence"), a council by its place. A statement that names one has it as a target; it is
 * proposed as a new actor only then. Ids are provisional (`candidate:`), UTF-16 offsets. `known` says whether the
 * graph holds an actor by that name or alias.
 */
export function namedActorCandidates(text: string, known: (name: string) => boolean = () => false): (NewActorRef & { start: number })[] {
  const out: (NewActorRef & { start: number })[] = [];
  const seen = new Set<string>();
  const push = (label: ActorLabel, name: string, start: number) => {
    const key = `${label}:${name.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ id: `candidate:${label.toLowerCase()}:${name}`, label, name, start });
  };
  for (const p of namedPeople(text)) push('Person', p.name, p.index);
  // "Chief Inspector of Prisons Peter Clarke": a titled person, whatever the title's words.
  for (const m of text.matchAll(TITLED_PERSON)) {
    const name = m[2]!;
    const known = out.find((o) => o.label === 'Person' && o.name === name);
    if (known) known.title ??= m[1]!.trim();
    else {
      push('Person', name, m.index! + m[0].lastIndexOf(name));
      out[out.length - 1]!.title = m[1]!.trim();
    }
  }
  // A group of bodies blamed or asked to act ("more needs to be done by local authorities", "landlords who ignore …").
  for (const m of text.matchAll(GROUP_AGENT)) {
    const name = (m[1] ?? m[2] ?? m[3])!.toLowerCase().replace(/\s+/g, ' ');
    push('Group', name, m.index! + m[0].toLowerCase().indexOf(name));
  }
  // A local authority named in full ("Westford City Council", "the London Borough of Hackney"): a council, by its place.
  for (const c of councilMentions(text)) push('Council', c.name, c.index);
  for (const c of namedCouncils(text)) push('Council', c.name, c.index);
  for (const c of councilsByTheirServices(text, known)) push('Council', c.name, c.index);
  const ofTheOpening = councilOfTheOpening(text, known);
  if (ofTheOpening && !out.some((o) => o.label === 'Council')) push('Council', ofTheOpening.name, ofTheOpening.index);
  // A body whose initials the graph knows is the graph's ("… Pension’s (DWP)" is the DWP, however its name is spelt).
  for (const b of bodiesWithInitials(text)) if (!known(b.initials) && !known(b.name)) push('Organisation', b.name, b.start);
  // Whoever a statement accuses or blames, or asks to act, by a capitalised name ("accused the Children's Commissioner
  // of …", "called on Northmoor Ferries to …").
  for (const m of [...text.matchAll(ACCUSED), ...text.matchAll(ASKED_TO_ACT)]) {
    const name = m[1]!.replace(/\s+/g, ' ');
    if (!out.some((o) => o.label === 'Person' && (o.name === name || o.name.endsWith(` ${name}`)))) push('Organisation', name, m.index! + m[0].indexOf(m[1]!));
  }
  // A home by its house name ("Larchfield House", "Rowan Lodge"), in a text about children's or care homes.
  if (HOMES.test(text)) for (const m of text.matchAll(NAMED_HOME)) push('Organisation', m[1]!.replace(/\s+/g, ' '), m.index! + m[0].indexOf(m[1]!));
  // A prison by the prefix it is named with ("HMP Larkfield", "HMYOI Eastwood").
  for (const m of text.matchAll(PRISON)) push('Organisation', m[0].replace(/\s+/g, ' '), m.index!);
  BODY.lastIndex = 0;
  for (let m = BODY.exec(text); m; m = BODY.exec(text)) {
    const name = m[1]!.replace(/\s+/g, ' ').replace(LEADING_WORDS, '').replace(/[’']s?$/, '');
    if (name.includes(' ')) push('Organisation', name, m.index + m[0].lastIndexOf(name.split(' ')[0]!, m[0].length - name.length));
  }
  return out;
}

/**
 * A council named with a capital "Council" after its place ("Eastmoor Council", "Argyll and Bute Council", "Vale of
 * Glamorgan Council"), in an article that speaks of local government (councillors, a local authority, "the council"):
 * elsewhere "X Council" is as often an advisory or professional body. Named by its place, as councilMentions names
 * the forms it finds.
 */
const NAMED_COUNCIL = /(?<![\p{L}’'-])((?:[A-Z][\p{L}’'-]+[ \t]+(?:(?:and|of|upon|on-Sea)[ \t]+)?){1,4}?)(?:(?:City|County|Borough|District|Town|Metropolitan[ \t]+Borough)[ \t]+)?Council(?![ \t]+(?:of|for|on)\b)(?![\p{L}])/gu;
const LOCAL_GOVERNMENT = /\b(?:[Cc]ouncillors?|Cllr|Coun|local authorit(?:y|ies)|(?:the|THE) (?:borough |county |city |district |town |metropolitan )?council|Council[’']s (?:children[’']s|adult|social|housing|education) (?:social )?(?:services|care))\b/;
/** First words of a "Council" that is no local authority ("Arts Council", "Sentencing Council", "British Council"). */
const NOT_A_LOCAL_COUNCIL = /^(?:The|A|An|Arts|Bar|Security|Sentencing|Research|British|European|Privy|Refugee|Press|Medical|Nursing|General|National|International|Economic|Social|Science|Youth|Student|Students|Legal|Care|Health|Business|Trade|Design|Crafts|Heritage|Sport|Sports|Policy|Advisory|Executive|Governing|World|Human|Muslim|Jewish|Christian|Catholic|Food|Energy|Water|Housing|Police|Chiefs|Standards|Skills|Education|Funding|Parish|Town|City|County|Borough|District|Local|Labour|Conservative|Tory|Liberal|Green|Welsh|Scottish|English|Irish)\b/;

/** Capitalised words that open a sentence or a byline before a name: a determiner, a linking word, a day ("But Brindley Council's director", "By Press Association reporter"). */
const LEADING_WORDS = /^(?:(?:The|A|An|This|That|Its|Our|Their|His|Her|Today|Yesterday|But|And|Yet|So|Now|Then|However|Meanwhile|By)\s+)+/;

/** The place in the words before "Council", without a possessive, a dangling "and"/"of", or a date or linking word before it. */
function placeBeforeCouncil(words: string): string {
  return words.replace(/[’']s?\s*$/, '').trim().replace(/\s+(?:and|of|upon)$/, '').replace(DATE_WORDS_BEFORE, '').replace(LEADING_WORDS, '');
}

/**
 * The place of a body's whole name that is a council's by that rule ("Greyburn Council" in an article about local
 * government), else null: a speaker's or a role's body named so is the council the text names by its place, not an
 * organisation beside it.
 */
export function localCouncilPlace(name: string, text: string): string | null {
  const whole = name.trim().replace(/^(?:the|The)\s+/, '');
  const m = new RegExp(NAMED_COUNCIL.source, 'u').exec(whole);
  if (!m || m.index !== 0 || m[0].length !== whole.length || !LOCAL_GOVERNMENT.test(text)) return null;
  const place = placeBeforeCouncil(m[1]!);
  // Every word a place's: "Northgate Press Council" is a press council, whatever its first word.
  return place && !place.split(/\s+/).some((w) => NOT_A_LOCAL_COUNCIL.test(w)) && !BODY_WORDS.test(place) ? place : null;
}

/**
 * A body named by a place alone ("Holmbury's interim director", "a spokesman for Kelby") where the text names that
 * place's council ("Holmbury Council", "Kelby Borough Council"): that council, not an organisation called "Holmbury".
 */
export function councilOfPlace(name: string, text: string): string | null {
  const key = fold(name.trim().replace(/^(?:the|The)\s+/, ''));
  return namedCouncils(text).find((c) => fold(c.name) === key)?.name ?? null;
}

function namedCouncils(text: string): { name: string; index: number }[] {
  if (!LOCAL_GOVERNMENT.test(text)) return [];
  const out: { name: string; index: number }[] = [];
  for (const m of text.matchAll(NAMED_COUNCIL)) {
    const place = placeBeforeCouncil(m[1]!);
    if (!place || NOT_A_LOCAL_COUNCIL.test(place) || BODY_WORDS.test(place)) continue;
    out.push({ name: place, index: m.index! });
  }
  return out;
}

/**
 * A place's council services: "Castlemere children's services", "Kelby's child protection services", "children's services
 * in Ashmoor". Not judged-collectives.ts's SERVICES: that one is lower case after its first word, since a collective is a
 * common noun, while a headline in title case ("Castlemere Children's Services Rated Inadequate") names the council too.
 */
export const COUNCIL_SERVICES = String.raw`(?:[Cc]hildren[’']s|[Cc]hild[ \t]+[Pp]rotection|(?:[Aa]dult[ \t]+)?[Ss]ocial[ \t]+[Cc]are)[ \t]+[Ss]ervices`;
const SERVICES_OF_PLACE = new RegExp(
  String.raw`(?<![\p{L}’'-])(\p{Lu}[\p{L}-]+)(?:[’']s)?[ \t]+${COUNCIL_SERVICES}\b|\b${COUNCIL_SERVICES}[ \t]+in[ \t]+(\p{Lu}[\p{L}-]+)(?![\p{L}’'-]|[ \t]+\p{Lu})`,
  'gu',
);
/** Words that open a sentence or name something larger than one council, before "children's services". */
const NOT_A_COUNCIL_PLACE = /^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Your|My|Many|Most|Some|All|Every|Each|No|Other|Such|Both|Which|Whose|Where|When|While|Local|Council|Councils|County|City|Borough|District|Town|National|Statutory|Specialist|Improving|Failing|Inadequate|Good|Outstanding|Poor|Children|Vulnerable|Safeguarding|Ofsted|London|Britain|British|English|Welsh|Scottish|Irish|Northern|Southern|Eastern|Western|European|Government|Whitehall|Labour|Conservative|Tory|Liberal|Green)$/;

/**
 * A council named by its place and the services it runs ("Castlemere children's services rated inadequate", "children's
 * services in Kelby"), in an article that speaks of local government ("the borough council", "councillors"): the
 * council the inspection is of, even where the text never writes out its full name.
 */
function councilsByTheirServices(text: string, known: (name: string) => boolean): { name: string; index: number }[] {
  if (!LOCAL_GOVERNMENT.test(text)) return [];
  const out: { name: string; index: number }[] = [];
  for (const m of text.matchAll(SERVICES_OF_PLACE)) {
    const place = (m[1] ?? m[2])!;
    if (NOT_A_COUNCIL_PLACE.test(place) || BODY_WORDS.test(place) || (/^\p{Lu}+$/u.test(place) && place.length < 4) || known(place)) continue;
    out.push({ name: place, index: m.index! + m[0].indexOf(place) });
  }
  return out;
}

/** "the borough council", "THE council": a council named by its kind alone. */
const COUNCIL_BY_KIND = /\b(?:the|THE)[ \t]+(?:borough[ \t]+|county[ \t]+|city[ \t]+|district[ \t]+|town[ \t]+|metropolitan[ \t]+borough[ \t]+)?council\b(?![ \t]+(?:of|for|on)\b)/;
/** A place the opening says something happens in: "Children in Brackenford have been left at risk". One word, not a name's first. */
const IN_PLACE = /\bin[ \t]+(\p{Lu}[\p{L}-]+)(?![\p{L}’'-]|[ \t]+\p{Lu})/gu;
/** Where no council is: a month or a day ("in July"), or a seat of national power ("in Whitehall"). */
const NOT_A_TOWN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Westminster|Whitehall|Court)$/;

/**
 * The council of a story that names its council only by its kind ("serious failings at the borough council") and its
 * place only as where things happen ("Children in Brackenford have been left at risk"): that place's council, when the
 * opening says both and names one such place.
 */
export function councilOfTheOpening(text: string, known: (name: string) => boolean): { name: string; index: number } | undefined {
  const opening = text.slice(0, LEDE);
  if (!COUNCIL_BY_KIND.test(opening)) return undefined;
  const places = [...opening.matchAll(IN_PLACE)].filter((m) => {
    const place = m[1]!;
    return !NOT_A_COUNCIL_PLACE.test(place) && !NOT_A_LOCAL_COUNCIL.test(place) && !NOT_A_TOWN.test(place) && !BODY_WORDS.test(place) && !/^\p{Lu}+$/u.test(place) && !known(place);
  });
  const names = new Set(places.map((m) => m[1]!));
  if (names.size !== 1) return undefined;
  const first = places[0]!;
  return { name: first[1]!, index: first.index! + first[0].indexOf(first[1]!) };
}

/** Institutions in the plural, as the agent of a demand or of a fault: by them, or before a modal, "who", or a failure. */
const GROUPS = '(?:(?:local|water|energy|housing|care|rail|train|bus|police|fire|private|health|academy)\\s+)?(?:authorities|councils|landlords|providers|companies|firms|operators|forces|employers|trusts|academies|insurers|banks|developers|suppliers)';
const GROUP_AGENT = new RegExp(
  `\\b(?:done|taken|made|led)\\s+by\\s+(?:the\\s+|many\\s+|some\\s+)?(${GROUPS})\\b|\\b(${GROUPS})\\s+(?:who|that|which)\\s+(?:ignore|fail|failed|refuse|had\\s+not|have\\s+not|do\\s+not|did\\s+not|don[’']t)\\b|\\b(${GROUPS})\\s+(?:must|should|need\\s+to|have\\s+to|have\\s+failed|are\\s+failing|continue\\s+to\\s+fail)\\b`,
  'giu',
);

/** A title, then a two-word name not followed by another capitalised word. */
const TITLED_PERSON = /\b((?:HM\s+)?(?:Chief|Deputy|Shadow)?\s*(?:Inspector|Executive|Secretary|Minister|Director|Chair|Chairman|Chairwoman|Commissioner)(?:[ \t]+(?:of|for|General|[A-Z][\p{L}’'-]+)){0,4}?)[ \t]+(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms)[ \t]+)?([A-Z][\p{L}’'-]+[ \t]+[A-Z][\p{L}’'-]+)(?![ \t]+[A-Z]|[\p{L}’'-])/gu;

/** "the Department for Work and Pensions", "Ministry of Defence", "Public Accounts Committee", "London Ambulance Service", "the Fire Brigade". */
const BODY = /(?<![\p{L}])((?:(?:[A-Z][\p{L}’'-]+)[ \t]+(?:of[ \t]+(?=[A-Z]))?){0,3}(?:(?:Department|Ministry|Treasury|Home Office|Cabinet Office|Committee|Commission|Inspectorate|Agency|Authority|Federation|Union|Association|Confederation|Trust|Board|Police(?:[ \t]+Service)?|Constabulary|Service|Brigade|Executive|Foundation|Society|Institute|Partnership|Corporation|Company|Ombudsman|Regulator|University|College|Hospital|Division|Directorate|Bureau|Group|Prison|School|Academy|Secure[ \t]+Training[ \t]+Centre|Young[ \t]+Offender[ \t]+Institution|Care[ \t]+Home|Children[’']s[ \t]+Home|Residential[ \t]+Home|Nursing[ \t]+Home)(?:[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\p{L}’'-]+(?:(?:[ \t]+and|,)?[ \t]+[A-Z][\p{L}’'-]+)*)?|(?:Ltd|Limited|plc|PLC)))(?![\p{L}])/gu;

/** A capitalised name after a verb of accusing and before its charge: "accused the Children's Commissioner of", "blamed Northmoor Trust for". */
const ACCUSED = /\b(?:accus(?:ed|es|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|rebuk(?:ed|es|ing))[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}’'-]*[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?){0,4}\p{Lu}[\p{L}’'-]*)[ \t]+(?:of|for|over)\b/gu;

/** A capitalised name asked to act: "called on the Harbour Board to", "urged Northmoor Ferries to". */
const ASKED_TO_ACT = /\b(?:call(?:ed|s|ing)[ \t]+(?:on|upon)|urg(?:ed|es|ing)|press(?:ed|es|ing)|challeng(?:ed|es|ing))[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}’'-]*[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?){0,4}\p{Lu}[\p{L}’'-]*)[ \t]+to\b/gu;

/** Homes that inspectors rate: a children's home, a care home, a residential home. */
export const HOMES = /\b(?:children[’']s|care|residential|nursing)[ \t]+homes?\b/i;
/** The words a house's name ends in ("Larchfield House", "Rowan Lodge"). */
export const HOUSE_WORDS = '(?:House|Lodge|Grange|Cottage|Manor|Croft|Mews)';
/** A house name ("Larchfield House", "Rowan Lodge", "The Grange"): one or two capitalised words and a word for a house. */
const NAMED_HOME = new RegExp(String.raw`(?<![\p{L}’'-])((?:The[ \t]+)?(?:\p{Lu}[\p{L}’'-]+[ \t]+){0,2}${HOUSE_WORDS})(?![ \t]*\p{Lu}|[\p{L}’'-])`, 'gu');

/** A prison or young offender institution named by its prefix and its place ("HMP Larkfield", "HMP/YOI Eastwood Park"). */
const PRISON = /(?<![\p{L}])(?:HMP|HMYOI|HMPYOI|HMP\/YOI|HM[ \t]+Prison|HM[ \t]+Young[ \t]+Offender[ \t]+Institution)[ \t]+[A-Z][\p{L}’'-]+(?:[ \t]+[A-Z][\p{L}’'-]+)?(?![\p{L}])/gu;

/** A police force's name: its place, then "Police" (or "Police Service") or "Constabulary". */
const POLICE_FORCE = /^((?:[A-Z][\p{L}’'-]+\s+){1,3}?)(?:Police(?:\s+Service)?|Constabulary)$/u;
/** A capitalised word after "the", not the first of a longer name ("the Met said", not "the Metro Bank"). */
const PLACE_AFTER_THE = /(?<=\b[Tt]he\s+)([A-Z][\p{L}-]+)(?![\p{L}’'-])(?!\s+[A-Z])/gu;

/**
 * A name in capitals with its initials in brackets, as news and press releases introduce a body they will name
 * again by its initials ("the Northern Netball League (NNL)", "the England and Wales Cricket Board (ECB)").
 * The name is the run of capitalised words (joined by "and", "of", "for" …) that the initials fit: they start with
 * its first word's initial, end with its last word's, and take the others in order (some may be left out: ECB).
 * Initials in mixed case take the small words' initials too ("Ministry of Defence (MoD)", "Department for
 * Education (DfE)").
 */
const INITIALS = '[A-Z](?:[a-z]?[A-Z]){1,7}';
const NAME_WITH_INITIALS = new RegExp(`((?:[A-Z][\\p{L}’'-]*[ \\t]+(?:(?:and|of|for|the|on|in|&)[ \\t]+)*){1,9})\\((${INITIALS})\\)`, 'gu');
/** Last words of a plan, a measure, a law or a document, which are abbreviated the same way but are no body. */
const NOT_A_BODY = /^(?:Plan|Plans|Obligation|Assessment|Act|Bill|Strategy|Report|Review|Scheme|Programme|Program|Framework|Index|Survey|Standards?|Regulations?|Code|Order|Directive|Agreement|Treaty|Tax|Levy|Allowance|Premium|Credit|Grant|Initiative|Guarantee|Targets?|Rate|Score|Test|Inquiry|Model|System|Zone|Area|Project)$/;

export function bodiesWithInitials(text: string): { name: string; start: number; initials: string }[] {
  const out: { name: string; start: number; initials: string }[] = [];
  for (const m of text.matchAll(NAME_WITH_INITIALS)) {
    const initials = m[2]!;
    const words = [...m[1]!.matchAll(/\S+/g)].map((w) => ({ word: w[0], at: m.index! + w.index! }));
    const last = words.at(-1)!;
    if (!/^[A-Z]/.test(last.word) || NOT_A_BODY.test(last.word) || last.word[0] !== initials.at(-1)!.toUpperCase()) continue;
    // The longest run the initials fit, from the first word with the first initial.
    for (let i = 0; i < words.length - 1; i++) {
      if (words[i]!.word[0] !== initials[0]) continue;
      const mixed = /[a-z]/.test(initials);
      const capitals = words.slice(i).filter((w) => mixed || /^[A-Z]/.test(w.word)).map((w) => w.word[0]!.toUpperCase()).join('');
      if (!isSubsequence(initials.toUpperCase(), capitals)) continue;
      out.push({ name: text.slice(words[i]!.at, last.at + last.word.length).replace(/[’']s?$/, ''), start: words[i]!.at, initials });
      break;
    }
  }
  return out;
}
function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** A title before a name, in any case ("welfare secretary Esther McVey", "Chief Inspector Peter Clarke"). */
const TITLE_BEFORE = /\b(?:secretary|minister|chancellor|inspector|chair|chairman|chairwoman|director|president|leader|executive|mp|spokesman|spokeswoman|commissioner|governor|campaigner|head|officer|sir|dame|lord|lady|dr|mr|mrs|ms|professor)\.?\s+$/i;

/**
 * People the text names, inside quotes or not, marked as people: an honorific or a title before the
 * name, or an apposition after it ("The Secretary of State for Justice, David Gauke, has …").
 */
function namedPeople(text: string): NameCandidate[] {
  return personNameCandidates(text).filter((c) => {
    const before = text.slice(Math.max(0, c.index - 40), c.index);
    const after = text.slice(c.index + c.name.length, c.index + c.name.length + 3);
    if (/\b(?:of|for|at|in|from|to|on|by)\s+$/.test(before)) return false;
    // An apposition after a title ("The Secretary of State for Justice, David Gauke,"), not an item in a list of places.
    const titledApposition = /^\s*,/.test(after) && /\b(?:secretary|minister|chancellor|inspector|chair\w*|director|president|leader|executive|commissioner|governor|head|officer|MP)\b[^,]{0,40},\s*$/i.test(text.slice(Math.max(0, c.index - 80), c.index));
    return TITLE_BEFORE.test(before) || /^(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Miss|Professor)\b/.test(c.name) || titledApposition;
  });
}
