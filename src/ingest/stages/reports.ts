/**
 * Target-resolution stage, reports: the reports an article names, whether or not the graph holds them.
 * An article about a report the graph has never seen still has a main report: it is proposed as a new
 * node (a `DraftNewReport`) with the title and publisher the text gives, so the statements about it keep
 * their target instead of being dropped. Plain text in, plain data out.
 *
 * A report is named by a report noun (report, review, audit, assessment, study, count, advice) with the
 * words that make it one report: a capitalised title before the noun ("State of Care report", "Annual
 * Review of River Quality 2020"), a quoted title after it ("report entitled 'Adapting to Protest'"), a
 * period ("2016/17"), and its publisher ("the CQC's", "by the Public Libraries Commission").
 */

export interface ReportMention {
  /** UTF-16 [start, end) of the words that name it. */
  start: number;
  end: number;
  /** The title as the text gives it, with its period when one is next to it. */
  title: string;
  /** The publisher's name as the text gives it, when it does. */
  publisherName?: string;
  /** Whether a title (capitalised or quoted) was found, not only a noun and a publisher. */
  titled: boolean;
  /** The publisher is named only by a role ("the chief inspector of prisons"): no body to propose. */
  publisherIsRole?: boolean;
  /** The text says it was published here ("X has published its annual report"). */
  publishedHere?: boolean;
  /** Not a report by name: a regulator's finding, ruling, fine or data (findRegulatorOutput). */
  regulatorOutput?: boolean;
  /** The body an inspection, review or inquiry is of, as the text names it ("inspection of Northmere Council"), and where. */
  assessed?: { name: string; start: number };
  /**
   * Named as another report than the news: a comparison or a predecessor ("not as damning as the report
   * into X", "following last year's report"), or one the speaker cites as its own ("Our survey shows").
   */
  aside?: boolean;
}

/** Words before a report that make it another one than the news: a comparison, a predecessor, the speaker's own. */
const ASIDE = /(?:\b(?:than|unlike|compared\s+(?:with|to)|following|after|since|as\s+(?:[\p{L}-]+\s+)?as)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:last|previous|earlier|first|original|initial)\s+)?(?:year[’']s\s+)?(?:[\p{L}-]+\s+){0,2}|\b(?:last\s+year[’']s|the\s+previous|an\s+earlier|the\s+earlier|our(?:\s+own)?|my)\s+(?:[\p{L}-]+\s+){0,2})$/iu;
/** Words before a report that say the article answers it: "Commenting on today's inflation report by …". */
const ANSWERED = /(?:\btoday[’']s|\b(?:commenting|responding|reacting)\s+(?:on|to)\s+(?:the\s+)?)(?:\s*[\p{L}-]+){0,5}\s+$/iu;

/** How far into the text the opening paragraph (the lede) reaches. */
export const LEDE = 400;

const NOUN = /\b(?:(?:annual|progress|state of \w+)\s+)?(report|review|audit|assessment|study|count|advice|dossier|inspection|survey|white\s+paper|green\s+paper)\b/gi;
/** A day or a month after a body's name ("… Board on Wednesday", "… in March"): no part of it. */
const DAY_AFTER_NAME = /\s+(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/s;
const SMALL = new Set(['of', 'and', 'the', 'on', 'in', 'for', 'to', '&']);
const PERIOD = /^\s*(?:for\s+)?((?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)?\d{2})?)/;
/** A word that, alone before "report" or "review", is that verb's subject. */
const VERB_SUBJECT = /^(?:They|We|It|He|She|You|I|Who|Which|That|Inspectors|Auditors|Officials|Ministers|Researchers|Staff|Councils|Providers)$/;
const QUOTED_TITLE = /^\s*(?:,?\s*(?:entitled|titled|called)\s+)?['‘“"]([^'’”"]{3,80})['’”"]/;
const PUBLISHES = /((?:[A-Z][\p{L}’'-]*[ \t]+){0,5}[A-Z][\p{L}’'-]*)(?:[ \t]+\([A-Z]+\))?[ \t]+(?:has[ \t]+)?(?:today[ \t]+)?(?:published|publishes|releases|released)[ \t]+(?:its|a|the|their)\b[^.\n]{0,60}?\b([Rr]eport|[Rr]eview|[Aa]udit|[Aa]ssessment|[Cc]ount)\b/gu;
/** "The chief inspector of children's homes published her annual report": a report named by its publisher's role. */
const ROLE_PUBLISHES = /\b(?:the\s+)?((?:chief\s+|deputy\s+)?(?:inspector|regulator|watchdog|ombudsman|auditor general|comptroller|commissioner)(?:\s+(?:of|for)\s+[\p{L}’' ]{3,40}?)?)\s+(?:has\s+)?(?:today\s+)?(?:published|publishes|released|releases|issued|issues)\s+(?:its|her|his|their|a|the)\s+((?:latest|new|first|annual|final)\s+)*(report|review|audit|assessment|survey)\b/giu;
/** A report's subject in lower case after the noun ("on further education and skills"), up to a preposition, a verb or punctuation. */
const SUBJECT = /^[ \t]+(on|into)[ \t]+((?!(?:the|a|an|its|their|his|her|how|what|why|whether|this|that|these|those|behalf)\b)\p{Ll}[\p{L}’'-]*(?:[ \t]+(?!(?:for|in|by|from|published|was|is|has|had|which|that|at|said|says|found|finds|shows|showed)\b)\p{Ll}[\p{L}’'-]*){0,5})(?=[ \t]+(?:for|in|by|from|published|was|is|has|had|which|that|at|said|says|found|finds|shows|showed)\b|[ \t]*[,.;:)]|[ \t]*$)/u;
const BODY = /\b(?:Commission|Committee|Office|Inspectorate|Board|Council|Regulator|Authority|Agency|Trust|Unit|Institute|Department|Ofsted|CQC|NAO|CCC|HMIC|HMICFRS|HMIP)\b/;

/** Words that start a sentence or a noun phrase, not a title or a publisher's name. */
const STARTERS = new Set(['the', 'this', 'that', 'these', 'today’s', "today's", 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'a', 'an', 'responding', 'commenting', 'reacting', 'read', 'in', 'on', 'latest', 'new', 'annual', 'following', 'after', 'damning', 'own', 'critical', 'sobering', 'thematic', 'recent', 'but', 'key', 'and', 'however', 'read', 'see', 'full',
  // Sentence adverbs that open a sentence in capitals and are no part of a publisher's name ("Now Impress's own review").
  'now', 'meanwhile', 'yesterday', 'today', 'also', 'still', 'instead', 'earlier', 'later', 'separately', 'similarly', 'indeed', 'finally', 'overall', 'then', 'yet', 'previously', 'recently', 'crucially', 'notably',
  // A determiner of quantity opening a sentence ("No report can …", "Every review says …"): no title.
  'no', 'every', 'each', 'any', 'another', 'one', 'no-one', 'neither', 'either',
  // The day it came out, not its title ("a Thursday report", "Monday's review").
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [d, `${d}’s`, `${d}'s`]),
  // The month it came out, not its publisher ("last September's inspection").
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((d) => [`${d}’s`, `${d}'s`])]);

interface Before {
  start: number;
  publisher?: string;
  title: string[];
}

/**
 * The words just before a report noun, split into a publisher (up to the last possessive) and a title:
 * "the CQC's State of Care report" gives CQC and "State of Care"; "Climate Change Committee's (CCC)
 * new report" gives the committee and no title. Up to two lower-case words may stand between
 * ("Ofsted's damning schools report").
 */
function wordsBefore(text: string, at: number): Before {
  const tokens: { w: string; start: number }[] = [];
  let i = at;
  let lower = 0;
  for (;;) {
    const head = text.slice(Math.max(0, i - 60), i);
    const m = /(\([A-Z]{2,8}\)|[\p{L}\p{N}’'&/–-]+)[ \t]*$/u.exec(head);
    if (!m) break;
    const w = m[1]!;
    const start = i - (head.length - m.index);
    const capital = /^[A-Z0-9(]/.test(w);
    if (!capital && !SMALL.has(w.toLowerCase())) {
      if (++lower > 2 || tokens.some((t) => /^[A-Z]/.test(t.w))) break;
    }
    tokens.unshift({ w, start });
    i = start;
    if (tokens.length > 12) break;
  }
  // A possessive inside a body's name ("Lantern Children’s Trust report", "Women’s Aid review") is no publisher's.
  let possessive = tokens.map((t, k) => /[’']s?$/.test(t.w) && /^[A-Z]/.test(t.w) && !NAME_GOES_ON.test(tokens[k + 1]?.w ?? '')).lastIndexOf(true);
  // Lower-case words stand between a possessive and the noun ("Ofsted's damning schools report"),
  // never between a name and the noun ("Howard League responds to Annual Report"): cut there.
  const isLower = (t: { w: string }) => !/^[A-Z0-9(]/.test(t.w) && !SMALL.has(t.w.toLowerCase());
  const lastLower = tokens.map(isLower).lastIndexOf(true);
  const between = possessive >= 0 ? tokens.slice(possessive + 1, lastLower + 1) : [];
  if (lastLower >= 0 && (possessive < 0 || possessive > lastLower || !between.every((t) => isLower(t) || /^\(/.test(t.w)))) {
    tokens.splice(0, lastLower + 1);
    possessive = -1;
  }
  // A possessive determiner ("His report", "Her review") is no title; "Her Majesty's …" is a name.
  const starter = (list: { w: string }[], k: number) => STARTERS.has(list[k]!.w.toLowerCase()) && !(list[k]!.w === 'Her' && /^Majesty/.test(list[k + 1]?.w ?? ''));
  const strip = (list: { w: string; start: number }[]) => {
    let k = 0;
    while (k < list.length && (starter(list, k) || SMALL.has(list[k]!.w.toLowerCase()) || !/^[A-Z0-9(]/.test(list[k]!.w))) k++;
    let e = list.length;
    while (e > k && (SMALL.has(list[e - 1]!.w.toLowerCase()) || !/^[A-Z0-9(]/.test(list[e - 1]!.w) || starter(list, e - 1))) e--;
    return list.slice(k, e);
  };
  // "told MPs the NAO report", "Comments on the CCC Progress Report": a "the" inside the run starts the noun phrase.
  let the = -1;
  for (let k = 1; k < tokens.length; k++) if (tokens[k]!.w === 'the') the = k;
  if (the >= 0) {
    tokens.splice(0, the + 1);
    possessive -= the + 1;
  }
  const pubTokens = strip(possessive >= 0 ? tokens.slice(0, possessive + 1) : []);
  // "Last Tuesday Ofsted's report", "In 2013 Ofsted's review": a date opening the maker's name is none of it; a year
  // dates the report, so it goes to the title.
  while (pubTokens.length > 1 && /^(?:Last|Next)$/.test(pubTokens[0]!.w)) pubTokens.shift();
  const year = pubTokens.length > 1 && /^(?:19|20)\d\d$/.test(pubTokens[0]!.w) ? pubTokens.shift() : undefined;
  const titleTokens = [...(year ? [year] : []), ...strip(possessive >= 0 ? tokens.slice(possessive + 1) : tokens)];
  const publisher = pubTokens.map((t) => t.w).join(' ').replace(/\s*\([A-Z]+\)/g, '').replace(/[’']s?$/, '') || undefined;
  const start = (pubTokens[0] ?? titleTokens[0])?.start ?? at;
  return { start, publisher, title: titleTokens.map((t) => t.w) };
}

/** A word that goes on a body's name after a possessive in it ("Children’s Trust", "Women’s Aid", "King’s Fund"). */
const NAME_GOES_ON = /^(?:Trust|Society|Fund|Aid|Association|Network|Foundation|Federation|Alliance|Forum|Union|Commissioner|Commission|Hospital|Centre|College|Institute|Charity|League|Coalition|Partnership|Services?|Homes?|Council|Board|Rights|Advice|Bureau|Legal|Defence|Champion)(?:[’']s?)?$/u;

export function findReportMentions(text: string): ReportMention[] {
  const out: ReportMention[] = [];
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(text); m; m = NOUN.exec(text)) {
    const nounStart = m.index;
    // "Audit Office", "Review Body": the noun is part of a body's name.
    if (/^[A-Z]/.test(m[1]!) && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    let end = m.index + m[0].length;
    const before = wordsBefore(text, nounStart);
    let titleWords = before.title;
    let publisherName = before.publisher;
    // "They report grave concerns", "Inspectors review every case": a pronoun or a plural of people before the noun
    // makes it a verb, not a title.
    if (!publisherName && titleWords.length === 1 && VERB_SUBJECT.test(titleWords[0]!)) continue;
    // A title that is only a body's name ("National Audit Office (NAO) report") is its publisher.
    if (!publisherName && titleWords.length && BODY.test(titleWords.join(' '))) {
      publisherName = titleWords.join(' ').replace(/\s*\([A-Z]+\)/g, '');
      titleWords = [];
    }
    let start = before.title.length || before.publisher ? before.start : nounStart;
    const after = text.slice(end, end + 120);
    const quoted = QUOTED_TITLE.exec(after);
    if (quoted && /^[A-Z]/.test(quoted[1]!)) {
      titleWords = [quoted[1]!];
      end += quoted[0].length;
    }
    // "Annual Report of Her Majesty's Chief Inspector of Prisons": the publisher after the noun.
    const of = /^[ \t]+(?:of|on|into)[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)((?:(?:Her|His) Majesty[’']s|HM|[A-Z][\p{L}’'-]*)(?:[ \t]+(?:[A-Z][\p{L}’'-]*|of|the|and|for))*)/u.exec(text.slice(end, end + 120));
    let assessedBody: ReportMention['assessed'];
    if (of && !titleWords.length) {
      const words = of[1]!.replace(/\s+(?:of|the|and|for)$/, '').replace(/[’']s$/u, '');
      // "of Her Majesty's Chief Inspector of Prisons" names its publisher; "of River Quality 2020" is the title's; so is
      // the body an inspection, review or inquiry is of ("its inspection of Castlebridge City Council's services").
      // A report "on" or "into" a body is always about it ("its report on Fernley Council", "an inquiry into the Trust").
      const assessed = (/^[ \t]+(?:on|into)\b/.test(of[0]) || /\b(?:inspection|review|audit|investigation|inquiry|assessment|evaluation)s?$/i.test(m[0])) && !/Majesty|\bHM\b|Inspector|Auditor|Comptroller/.test(words);
      if (!assessed && (/Majesty|\bHM\b|Inspector|Auditor|Comptroller/.test(words) || BODY.test(words))) publisherName ??= words;
      else titleWords = [...m[0].split(/\s+/), /^[ \t]+(of|on|into)/.exec(of[0])![1]!, words];
      // The body assessed stays a mention of its own in the text: the report's mention ends at its noun.
      // "of Powys County Council's Children's Services": the body is the owner of the service.
      const body = words.replace(/[’']s\s[\s\S]*$/u, '');
      if (assessed && BODY.test(body)) assessedBody = { name: body, start: end + of[0].indexOf(of[1]!) };
      if (!assessedBody) end += of[0].length;
    }
    // "its annual report on further education and skills": with no title, the subject after "on" or "into" says which report it is.
    const subject = !titleWords.length && !of ? SUBJECT.exec(text.slice(end, end + 120)) : null;
    if (subject) end += subject[0].length;
    const period = PERIOD.exec(text.slice(end, end + 20));
    // "published by X", "a report from X"; not the author of another document named between ("The inspection follows
    // last year's inquiry by the Office of the Children's Commissioner").
    const by = /^(?:(?!\b(?:inquiry|report|review|study|investigation|survey|inspection|audit|assessment|analysis)\b)[^.;\n]){0,60}?\b(?:by|from)\s+(?:the\s+)?((?:(?:[A-Z][\p{L}&’'-]*|of|on|for|and|the)\s*){1,8})/u.exec(text.slice(end, end + 160));
    // "published by the Kelby Safeguarding Children Board on Wednesday": the day is when, not who.
    if (!publisherName && by && BODY.test(by[1]!)) publisherName = by[1]!.trim().replace(DAY_AFTER_NAME, '').replace(/(?:\s+(?:of|on|for|and|the))+$/, '');
    const own = /\b(?:its|their|her|his)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
    // "Annual Report", "Progress Report": a capitalised noun with its own qualifier is a title by itself.
    const titledNoun = /^[A-Z]/.test(m[0]) && /\s/.test(m[0]);
    const titled = (titleWords.length > 0 && titleWords.some((w) => /^[A-Z]/.test(w))) || titledNoun;
    if (!titled && !publisherName && !own) continue;
    if (!titleWords.length && titledNoun) start = Math.min(start, nounStart);
    const noun = m[0];
    const spelled = titleWords.length && titleWords.at(-1) !== 'of' && titleWords.join(' ').includes(noun) ? titleWords : [...titleWords, noun];
    // A noun that is a title by itself ("State of Care report") stands alone; a generic one takes its publisher.
    const ownTitle = titledNoun && !/^(?:annual|progress)\s/i.test(noun);
    // "In 2013 Ofsted's review": a year alone is no title; with its maker it tells the report from the maker's others.
    const datedOnly = titleWords.length > 0 && titleWords.every((w) => /^(?:19|20)\d\d$/.test(w)) && !!publisherName;
    let title = datedOnly ? `${titleWords.join(' ')} ${publisherName} ${noun}` : titleWords.length ? spelled.join(' ') : ownTitle ? noun : `${publisherName ?? ''} ${noun}${subject ? ` ${subject[1]} ${subject[2]!.replace(/\s+/g, ' ')}` : ''}`.trim();
    if (quoted) title = quoted[1]!;
    if (period && !title.includes(period[1]!)) {
      title = `${title} ${period[1]}`;
      end += period[0].length;
    }
    const lead = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 80), start);
    const aside = ASIDE.test(lead) || /^[Oo]ur\b/.test(text.slice(start, end));
    const answered = ANSWERED.test(lead);
    out.push({ start, end, title: title.replace(/\s+/g, ' ').trim(), publisherName: publisherName?.replace(/\s+/g, ' ').trim(), titled, ...(aside ? { aside } : {}), ...(answered ? { publishedHere: true } : {}), ...(assessedBody ? { assessed: assessedBody } : {}) });
    NOUN.lastIndex = Math.max(NOUN.lastIndex, end);
  }
  // "CQC has today published its fifth annual 'state of care' report": the subject publishes it.
  PUBLISHES.lastIndex = 0;
  for (let m = PUBLISHES.exec(text); m; m = PUBLISHES.exec(text)) {
    const end = m.index + m[0].length;
    const publisherName = m[1]!.replace(/^(?:The|the|Today)\s+(?:the\s+)?/, '');
    const overlapping = out.find((o) => o.start < end && o.end > m!.index);
    if (overlapping) {
      // "its annual report" named by the subject that publishes it: "Ofsted annual report".
      if (!overlapping.titled && !overlapping.publisherName && !overlapping.title.includes(publisherName)) overlapping.title = `${publisherName} ${overlapping.title}`;
      overlapping.publisherName ??= publisherName;
      overlapping.publishedHere = true;
      continue;
    }
    out.push({ start: m.index, end, title: `${publisherName} ${m[2]!.toLowerCase()}`, publisherName, titled: false, publishedHere: true });
  }
  ROLE_PUBLISHES.lastIndex = 0;
  for (let m = ROLE_PUBLISHES.exec(text); m; m = ROLE_PUBLISHES.exec(text)) {
    const role = m[1]!.replace(/\s+/g, ' ');
    const kind = `${m[2] ? m[2].trim().toLowerCase() + ' ' : ''}${m[3]!.toLowerCase()}`;
    const title = `${kind[0]!.toUpperCase()}${kind.slice(1)} of the ${role}`;
    const end = m.index + m[0].length;
    const overlapping = out.findIndex((o) => o.start < end && o.end > m!.index);
    const mention: ReportMention = { start: m.index + m[0].indexOf(m[1]!), end, title, publisherName: role, titled: false, publisherIsRole: true, publishedHere: true };
    // A role's report is named better by the role than by "her annual report" alone.
    if (overlapping >= 0 && !out[overlapping]!.titled) out.splice(overlapping, 1, mention);
    else if (overlapping < 0) out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The report the article is mainly about, among those it names: the one its title names, else the
 * first titled one, else the first. Null when the article names none.
 */
export function chooseMainReport(all: ReportMention[], articleTitle: string): ReportMention | null {
  // A report named as a comparison, a predecessor or the speaker's own is not the news, when another is named.
  const mentions = all.some((m) => !m.aside) ? all.filter((m) => !m.aside) : all;
  if (!mentions.length) return null;
  const inTitle = findReportMentions(articleTitle).find((t) => t.titled);
  if (inTitle) {
    const key = inTitle.title.toLowerCase();
    const same = mentions.find((m) => m.title.toLowerCase() === key) ?? mentions.find((m) => m.titled && key.includes(m.title.toLowerCase().split(' ')[0]!));
    if (same) return same;
  }
  // The report the opening paragraph says was published, by whom: the news the article answers.
  const lede = mentions[0]!;
  if (lede.publisherName && lede.start < LEDE && (lede.publishedHere || lede.titled)) return lede;
  return mentions.find((m) => m.titled && m.publisherName) ?? mentions.find((m) => m.titled) ?? mentions[0]!;
}

/**
 * A body's name as news ledes give it: capitalised words ending in a body's head word ("Housing
 * Ombudsman", "Electoral Commission", "Financial Conduct Authority"), or a regulator's short name
 * ("Ofwat", "FCA").
 */
const OUTPUT_BODY = String.raw`(?:(?:[A-Z][\p{L}’'&-]*\s+){0,5}(?:Ombudsman|Commission|Regulator|Authority|Agency|Office|Service|Inspectorate|Board|Bank|Department|Ministry|Tribunal|Fund)(?:\s+(?:for|of)\s+(?:[A-Z][\p{L}’'-]*\s*){1,4})?|Of[a-z]{3,6}|[A-Z]{2,6})`;
/** What a regulator puts out that articles rarely call a report. */
const OUTPUT_NOUN = '(?:findings?|ruling|decision|judgement|judgment|determination|fine|penalty|data|figures|statistics|investigation|list)';
const OUTPUT_FORMS: { re: RegExp; body: number; noun: number }[] = [
  // "a ‘severe maladministration’ finding from the Housing Ombudsman"
  { re: new RegExp(String.raw`\b(?:a|an|the|its)\s+(?:[‘'“"][^’'”"\n]{2,60}[’'”"]\s+|[\p{L}-]+\s+){0,3}?(${OUTPUT_NOUN})s?\s+(?:from|by|of|against\s+\p{L}+\s+by)\s+(?:the\s+)?(${OUTPUT_BODY})`, 'u'), body: 2, noun: 1 },
  // "The Housing Ombudsman has published its latest findings", "the FCA released data"
  { re: new RegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he\s+)?(${OUTPUT_BODY})\s+(?:has\s+|have\s+)?(?:today\s+|this\s+morning\s+|yesterday\s+)?(?:published|released|issued|announced|revealed|made)\s+(?:its\s+|the\s+|new\s+|latest\s+|a\s+|an\s+)*(?:[\p{L}-]+\s+){0,3}?(${OUTPUT_NOUN})`, 'u'), body: 1, noun: 2 },
  // "The Electoral Commission announced this morning that it has fined the Tories", "Ofwat has ruled that …"
  { re: new RegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he\s+)?(${OUTPUT_BODY})\s+(?:has\s+)?(?:today\s+|this\s+morning\s+|yesterday\s+)?(?:(?:announced|said|confirmed)\s+(?:[\p{L}]+\s+){0,3}?that\s+it\s+(?:has|had)\s+)?(found|ruled|fined|concluded|upheld|censured|reprimanded)\b`, 'u'), body: 1, noun: 2 },
];
const NOUN_OF_VERB: Record<string, string> = { found: 'finding', ruled: 'ruling', fined: 'fine', concluded: 'finding', upheld: 'ruling', censured: 'ruling', reprimanded: 'ruling' };

/**
 * The main report when the article names none: a regulator's output that its opening says was put out
 * ("published data", "ruled", "fined", "a finding from X"), or the news a "Y responds to …" headline
 * answers when it names the body behind it ("Y responds to complaints to the Z Ombudsman rising"). Titled
 * by the body and its noun ("Housing Ombudsman finding"), never by the whole headline.
 */
export function findRegulatorOutput(text: string, articleTitle: string): ReportMention | null {
  const lede = text.slice(0, LEDE);
  let best: (ReportMention & { at: number }) | null = null;
  for (const form of OUTPUT_FORMS) {
    const m = form.re.exec(lede);
    if (!m) continue;
    const body = m[form.body]!.trim();
    if (/^(?:The|This|It|He|She|They|We|In|On|A|An|UK|US|EU|MPs?)$/.test(body)) continue;
    const word = m[form.noun]!.toLowerCase();
    const noun = NOUN_OF_VERB[word] ?? word;
    const at = m.index + m[0].indexOf(m[form.body]!);
    if (!best || at < best.at) best = { at, start: m.index + m[0].search(/\S/), end: m.index + m[0].length, title: `${body} ${noun}`, publisherName: body, titled: false, publishedHere: true, regulatorOutput: true };
  }
  if (best) {
    const { at: _at, ...mention } = best;
    return mention;
  }
  // "Which? responds to complaints to the Financial Ombudsman Service increasing": the body's complaints.
  const respond = new RegExp(String.raw`\bresponds?\s+to\s+(?:the\s+|new\s+|latest\s+|today[’']s\s+)*((?:[a-z][\p{L}-]*\s+){1,3}?)(?:to|from|by|of|at)\s+(?:the\s+)?(${OUTPUT_BODY})`, 'u').exec(articleTitle);
  if (!respond) return null;
  const body = respond[2]!.trim();
  const start = text.indexOf(body);
  return { start: Math.max(0, start), end: Math.max(0, start) + body.length, title: `${body} ${respond[1]!.trim()}`, publisherName: body, titled: false, regulatorOutput: true };
}
