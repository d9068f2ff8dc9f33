/**
 * Paraphrase-spans stage, the forms of reported speech: which form a sentence takes, if any, and where its
 * speaker phrase and its reported clause are. Plain functions over one sentence's text, so they can be
 * tested alone; stages/statements.ts resolves the speaker and trims the clause. Also the lists a line of
 * reported speech introduces ("In the last year it says:" above bullets), found over the whole text.
 */
import { ANSWERED_BY, SAY_VERBS } from '../attribution.js';

/** Reported speech found in one sentence: where its speaker phrase and its clause are (offsets into the sentence). */
export interface ReportedSpeech {
  subject: [number, number];
  clause: [number, number];
  rule: string;
  /** The subject's phrase may be cut at its last clause boundary (it comes before the verb). */
  subjectBeforeVerb: boolean;
  /** The speaker is the sentence's subject, up to its first verb ("X was upbeat about it, noting that …"). */
  subjectIsSentenceSubject?: boolean;
  /** A second clause of the same speaker, fronted before the subject ("Whilst acknowledging that <clause>, X said …"). */
  fronted?: [number, number];
  /**
   * Further reported clauses after the first: the same speaker's after the tag ("<clause>, the board said, adding that
   * <clause>"), or another speaker's in a clause of its own ("X questioned whether <clause> after it admitted <clause>":
   * then `subject` is that speaker's phrase). Offsets into the sentence.
   */
  more?: { clause: [number, number]; rule: string; subject?: [number, number] }[];
  /** The reported clause is the sentence before this one, which this sentence attributes ("That's according to X."). */
  clauseIsSentenceBefore?: boolean;
  /**
   * The speaker is whoever published the figures, research or findings that "show" the clause: the owner the
   * sentence names, else (its subject naming no one: "new research suggests") the article's report's publisher.
   */
  findings?: boolean;
  /**
   * The subject is a document that names its owner only by referring back: a possessive pronoun's ("Its research found
   * that …", "Their annual survey showed that …": the body the text was last reporting), or figures named before ("The
   * figures also showed that …": whoever owned the figures last reported). The caller finds that speaker.
   */
  refersBack?: 'possessive' | 'figures';
}

/**
 * A share or a count of a report's units of work as the subject of "found": "Nearly a third of the visits", "Two of
 * the five regional reviews", "Most of the inspections". What they found is the report's: its publisher speaks.
 */
export const QUANTIFIED_FINDINGS = /(?:^|[,;]\s*|\b(?:and|but)\s+)(?:(?:almost|nearly|about|around|roughly|over|under|more\s+than|fewer\s+than|less\s+than|just|only|at\s+least)\s+)?(?:a\s+(?:half|third|quarter|fifth|sixth|tenth|majority|minority|number)|half|most|many|some|all|none|several|a\s+few|few|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?(?:\s*%|\s+per\s*cent)?|[\p{L}\d]+\s+in\s+[\p{L}\d]+)\s+of\s+(?:the|its|these|those|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:inspections|visits|reviews|reports|audits|investigations|assessments|inquiries|files|cases|checks|surveys)\s*$/iu;

/** Verbs by which figures or findings report what they found: "the figures show (that) …", "new research suggests …". */
const SHOW_VERB = String.raw`(?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated)`;
/** A verb of showing after the subject of an inverted tag ("…, new research suggests."). */
const SHOW_VERB_AFTER = new RegExp(`\\s${SHOW_VERB}\\b`, 'u');
/** What carries a finding without being its speaker: figures, research, a report (its publisher speaks). */
const FINDINGS_NOUN = String.raw`(?:figures|data|statistics|numbers|research|analysis|findings|results|study|survey|report|review|audit|inquiry|investigation|evidence)`;
/**
 * "Whilst there were gains, according to X, no company met its targets": "according to X" between a subordinate
 * clause and the main one reports the main clause (the subordinate one only frames it).
 */
const ACCORDING_BETWEEN = /^((?:whilst|while|although|though|despite|even\s+though|as|if|when|since|after|before)\b[^,]{3,200}),\s+according\s+to\s+([^,]{3,120}),\s+(.{20,}?)[.]?$/iu;
/** "According to X, <clause>" */
const ACCORDING_FIRST = /^according to\s+([^,]{3,120}?),\s+(.{20,}?)[.]?$/iu;
/** "<clause>, according to X" */
const ACCORDING_LAST = /^(.{20,}?),?\s+according to\s+(.{3,120}?)[.]?$/iu;
/** "X calls for <what>", "X has called on ministers to <do>" */
const CALLS_FOR = /^(.{2,200}?)\s+(?:(?:has|have|is|are|was|were)\s+)?(?:calls?|called|calling)\s+(?:(for)\s+|(?=on\s))(.{8,}?)[.]?$/iu;
/** "X told MPs that <clause>": a verb of telling, its addressee, then the clause. */
const TOLD_THAT = /^(.{2,200}?)\s+(?:told|tells|assured|reminded|informed)\s+(?:[^\s,.;“”"]+\s+){1,4}?that\s+(.{8,}?)[.]?$/u;
/**
 * "X told reporters the figures were …", "X told the Courier it had been …": "told", its hearer, then a clause
 * without "that". The clause opens on a determiner or a pronoun and reaches a finite verb within a few words,
 * so "told the story of …" and "told the tenants to leave" report none.
 */
const TOLD_BARE = /^(.{2,200}?)\s+(?:told|tells)\s+((?:[^\s,.;“”"]+\s+){1,5}?)((?:(?:the|a|an|its|his|her|their|our|this|these|those|it|he|she|they|we|there|ministers|officials)\s+(?:[^\s,.;“”"]+\s+){0,6}?(?:is|are|was|were|has|have|had|will|would|should|could|must|can|may|might|did)|(?:he|she|they|we|I)\s+(?:(?:had|has|have|fully|now|still|had\s+already|already)\s+)?(?:accepted|agreed|welcomed|rejected|disputed|regretted|believed|thought|felt|knew|wanted|hoped|feared|expected|understood|recognised|recognized|acknowledged|accepts|agrees|welcomes|rejects|disputes|regrets|believes|thinks|feels|knows|wants|hopes|fears|expects|understands|recognises|recognizes|acknowledges))\s.{4,}?)[.]?$/u;
/**
 * A verb of saying and words after it, before "and called on": the call is the same speaker's second clause. Not a
 * verb of naming ("described IPSO as “…” and called for …"): it reports no clause for the call to follow.
 */
const SAID_BEFORE_CALL = new RegExp(`\\b(?!(?:described|describes|called|calls)\\b)(?:${SAY_VERBS})\\b\\s+\\S.*\\band(?:\\s+also)?\\s*$`, 'iu');
/** Words a subject does not end on: before them "calls" is a noun ("the calls for change"). */
const NOT_A_SUBJECT_END = /\b(?:the|a|an|these|those|their|its|his|her|our|my|your|repeated|growing|many|new|recent|fresh|urgent|renewed|further|such|similar)\s*$/i;
/** "X criticised Y for <fault>", "X accused Y of <fault>", and its positive twin "X commended Y for <merit>" */
const CRITICISED_FOR =
  /^(.{2,200}?)\s+(criticised|criticized|criticises|criticizes|criticising|criticizing|attacked|slammed|slams|lambasted|lambasts|castigated|condemned|blamed|rebuked|censured|commended|commends|praised|praises|accused|accuses)\s+((?:[^,.;]{2,80}?)\s+(?:for|of|over)\s+.{8,}?)[.]?$/u;
/** Where it was said, after the verb: "…, X said in a statement accompanying the report." */
const IN_STATEMENT = String.raw`in\s+(?:a|an|its|his|her|their)\s+(?:(?:written|joint|separate|brief)\s+)?(?:statement|letter|interview|speech|briefing|blog\s+post|post)(?:\s+[^,.;“”"]{2,60})?`;
/** Where something was said when that is a document: "in its first annual report", "in a review published on Tuesday". */
const IN_DOCUMENT = String.raw`in\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|review|assessment|study|survey|audit|findings|submission|update)(?:\s+(?:(?!\bthat\b)[^,.;“”"]){2,60})?`;
/**
 * "<clause>, he noted." / "<clause>, a Downing Street source said." / "<clause>, a report revealed on Tuesday.":
 * the speaker after the reported clause, the verb perhaps followed by when it was said ("on Tuesday", or in the
 * American way "reported Tuesday").
 */
const WHEN = String.raw`(?:today|yesterday|this\s+week|last\s+(?:week|month|year)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))`;
/**
 * A participle that says what the speaker was speaking of or when, after a tag: "…, Ms Roe said, referring to the
 * audit", "…, the inspector added, speaking after the hearing", "…, in its annual report, published on Thursday". It
 * reports nothing of its own (no quoted words).
 */
const CIRCUMSTANCE = String.raw`(?:,\s+(?:published|released|issued|out)\s+(?:on|today|yesterday|this|last|in|earlier)\b[^“”"]{0,40}?|,\s+(?:referring|speaking|responding|reacting|writing|commenting)\s+(?:to|about|on|after|at|in|of|from)\b[^“”"]{3,}?|,?\s+(?:as|when|while)\s+(?:he|she|it|they|the\s+\p{Ll}+)\s+(?:published|launched|released|presented|unveiled|opened|addressed|spoke|gave)\b[^“”"]{3,}?)`;
/**
 * What may follow a tag at the sentence's end: an apposition after a dash that comments on the clause ("…, the
 * authority revealed – the worst figure for a decade."), or a second clause of the same speaker after a participle
 * of saying ("…, the board said, adding that <clause>"; group 1 the participle, 2 the clause).
 */
const TAG_TAIL = String.raw`(?:\s+[–—-]\s+[^“”"]{3,}?|,\s+(adding|saying|noting|stressing|warning|insisting)\s+(?:that\s+)?(?!(?:of|about|against)\b)(.{8,}?)|${CIRCUMSTANCE})?`;
/**
 * A speaker after the clause described at length, opening on a determiner: "…, the interim report from the Royal
 * Commission into Pension Fraud has recommended." A name or a short phrase fits in 60 characters; a description
 * with its "of"/"from"/"into" phrase may run longer.
 */
const DESCRIBED_AT_LENGTH = String.raw`(?:the|a|an|its|their)\s[^,;“”"]{2,120}?`;
const SAID_AFTER = new RegExp(
  String.raw`^(.{20,}?),\s+((?:he|she|they|it|[^,]{2,60}?|${DESCRIBED_AT_LENGTH}))\s+(?:(?:has|have|had)\s+)?(?:noted|said|added|argued|warned|claimed|insisted|wrote|explained|stressed|emphasised|emphasized|stated|revealed|found|showed|concluded|reported|confirmed|ruled|judged|decided|recommended|pointed\s+out|${SHOW_VERB})(?:\s+${WHEN})?(?:\s+(?:${IN_STATEMENT}|${IN_DOCUMENT}))?${TAG_TAIL}\.?$`,
  'u',
);
/** Words after a verb that only say when, where or on what occasion: "…, the inspectorate said on Tuesday as it published its report." */
const ONLY_WHEN = new RegExp(`^(?=\\S)(?:${WHEN}|(?:${WHEN}\\s+)?(?:${IN_STATEMENT}|${IN_DOCUMENT}))?(?:${CIRCUMSTANCE})?[.]?$`, 'u');
/** When something was said, between the verb and its "that": "announced this morning that", "revealing earlier this week that". */
const WHEN_SAID = String.raw`(?:today|yesterday|this\s+(?:morning|afternoon|evening|week|month|year)|earlier\s+(?:today|this\s+(?:week|month|year))|last\s+(?:night|week|month|year)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:a|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|report|review|letter|submission|assessment|study|audit|update))`;
/**
 * "New figures released by the Trust today show that …", "London Councils' own research revealed that …", "The findings
 * also show 85% of councils are …": figures, research or findings as the subject of a verb of showing. Group 1 is the
 * words before the noun (determiners, modifiers, an owner's possessive), 2 the noun, 3 its owner after "by"/"from",
 * 4 the verb, 5 the clause (with or without "that"; a noun phrase too: "the figures show a rise in …").
 */
const SHOWING = new RegExp(
  String.raw`^((?:[^\s,;“”"]+\s+){0,10}?)(${FINDINGS_NOUN})(?:\s+(?:(?:released|published|compiled|produced|issued|commissioned|carried\s+out)\s+(?:today\s+|yesterday\s+|this\s+week\s+)?by|from|by)\s+(?:the\s+(?:charity|think[\s-]tank|campaign\s+group|organisation)\s+)?([^,;“”"]{2,80}?))?(?:\s+${WHEN})?\s+(?:(?:also|now|clearly|further|again)\s+)?(${SHOW_VERB})\s+(?:that\s+)?(.{16,}?)[.]?$`,
  'iu',
);
/** "…research from the charity Crisis revealing that …": a participle of showing after a finding's noun and its owner ("that" required: "research showing how …" names a topic). */
const SHOWING_PARTICIPLE = new RegExp(
  String.raw`\b(${FINDINGS_NOUN})(?:\s+(?:(?:released|published)\s+(?:today\s+)?by|from|by)\s+(?:the\s+(?:charity|think[\s-]tank|campaign\s+group|organisation)\s+)?([^,;“”"]{2,80}?))?,?\s+(showing|suggesting|revealing|indicating)\s+that\s+(.{16,}?)[.]?$`,
  'iu',
);
/** A document of whoever "its" or "their" refers back to: "Its research", "Their annual survey", "its own figures". */
const POSSESSIVE_DOCUMENT = new RegExp(String.raw`^\s*(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?${FINDINGS_NOUN}\s*$`, 'iu');
/** Figures named before, by a definite article and nothing that names their owner: "The figures", "These latest statistics". */
const FIGURES_NAMED_BEFORE = /^\s*(?:the|these|those)\s+(?:(?:latest|new|same|official|annual)\s+)?(?:figures|data|statistics|numbers)\s*$/iu;
/** Words before a finding's noun that make it the object of another verb ("dismissed the figures", "said new data"), not the subject. */
const NOT_FINDINGS_SUBJECT = /\b(?:said|says|told|is|are|was|were|has|have|had|will|would|which|who|whom|that|but|after|before|when|because|if|\p{Ll}+ed\s+(?:the|a|an|its|their|his|her|these|this|new))\b/iu;
/** "They show that …": figures named in the sentence before, by pronoun (only with "that": "they show up" reports nothing). */
const THEY_SHOW = new RegExp(String.raw`^(They|These\s+(?:figures|findings|numbers|statistics|data))\s+(?:also\s+)?(${SHOW_VERB})\s+that\s+(.{12,}?)[.]?$`, 'u');

/**
 * "<clause>, official figures show, as ministers claimed <clause>": the tag of showing after the first clause, then a
 * clause of time ("as", "while") with a speaker and a verb of saying of its own. Group 1 the first clause, 2 the
 * figures' phrase, 3 the second speaker, 4 its verb, 5 "that" if written, 6 its clause.
 */
const SHOWN_AS_SAID = new RegExp(String.raw`^(.{20,}?),\s+([^,]{2,60}?)\s+${SHOW_VERB},?\s+(?:as|while|whilst)\s+((?:the\s+)?[^\s,;“”"]+(?:\s+[^\s,;“”"]+){0,3}?)\s+(?:(?:has|have|had)\s+)?(said|claimed|insisted|argued|warned|admitted|maintained|announced)\s+(that\s+)?(?!(?:of|about|against)\b)(.{8,}?)[.]?$`, 'u');
/**
 * "<clause>, says the TUC.": the reported clause before a verb of saying whose subject comes after it, at the
 * sentence's end (press-release style). The speaker must be a name or a description ("the union"), not a clause.
 */
const SAYS_AFTER = new RegExp(
  String.raw`^(.{20,}?),\s+(?:says|said|adds|added|warns|warned|argues|argued|claims|claimed|insists|insisted|believes)\s+((?:the\s+)?[A-Z\p{Lu}][^,]{1,60}?|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)(?:,\s+(?!(?:adding|saying|noting|stressing|warning|insisting)\b)[^,]{2,100}?)?(?:\s+${WHEN})?${TAG_TAIL}\.?$`,
  'u',
);
/**
 * "point out that" in the present, perhaps after a wrapper of eagerness that only colours it ("have been quick to point
 * out that", "were keen to point out that"): the subject is before the wrapper.
 */
const POINT_OUT = String.raw`(?:(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:quick|keen|eager|careful|swift)\s+to\s+)?point\s+out(?=\s+that\b)`;
/**
 * A verb that reports a clause but is not a verb of saying in attribution.ts's list: "recommended (that) …",
 * verbs that report a clause only with "that" ("pressed that", "it orders that"), and
 * participles after the subject's main clause ("…, noting that …", "with Ofwat revealing that …"; "…, concluding that …"
 * only with "that"; "reporting that" only after "with" its speaker: "…, with the monitors reporting that …"). Not "…,
 * finding that …" after a report's publication: the annotations leave that lede uncoded.
 */
const REPORTING = new RegExp(String.raw`^(.{2,200}?)\s+(recommended|recommends|recommending|noting|revealing|adding|stressing|pointing\s+out|${POINT_OUT}|concluding(?=\s+that\b)|reported(?=\s+(?:${WHEN_SAID}\s+)?that\b)|reports(?=\s+(?:${WHEN_SAID}\s+)?that\b)|(?<=\bwith\s+[^,]{2,80}\s)reporting(?=\s+that\b)|(?:pressed|presses|ordered|orders)(?=\s+that\b))\s+(?:${WHEN_SAID}\s+)?(?:that\s+)?(.{12,}?)[.]?$`, 'u');
/**
 * "The audit reports students' concerns that …", "The QAA makes an overall judgement that …": a verb whose object is
 * a noun of saying or judging, then the clause that noun reports.
 */
const NOUN_THAT = /^(.{2,200}?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(reports|reported|records|recorded|makes|made|reaches|reached|expresses|expressed|voices|voiced|sets\s+out|set\s+out)\s+(?:[^\s,.;“”"]+\s+){0,3}?(?:concerns?|fears?|complaints?|judgements?|judgments?|findings?|conclusions?|assessment|view|observation|recommendations?)\s+that\s+(.{12,}?)[.]?$/u;
/**
 * "The union walked out after claiming that <clause>", "Labour has made it a priority after accusing the government
 * of <fault>": a participle of saying after a preposition of time reports what the sentence's subject said (for
 * "accusing", the accused and the fault, as "X accused Y of …" is read).
 */
const AFTER_SAYING = /^(.{2,300}?)\s+(?:after|before|while|whilst)\s+(?:(?:previously|earlier|repeatedly|publicly|first)\s+)?(saying|claiming|warning|arguing|insisting|suggesting|admitting|stating|revealing|accusing)\s+(?:that\s+)?(?!(?:of|about|against)\b)(.{8,}?)[.]?$/u;
const SAY_VERB_BEFORE = new RegExp(`\\b(?:${SAY_VERBS})\\b`, 'iu');
/** Words before a verb that hold a verb of saying and end in ", and": that verb's clause came first, this verb is its second. */
const SECOND_OF_SAYING = new RegExp(`\\b(?:${SAY_VERBS})\\b.*,\\s+and(?:\\s+also)?$`, 'iu');
/**
 * "X has questioned whether <clause>", "Y doubts whether …": a doubt reported as a question; the clause is what is
 * doubted. Not "was questioned whether" (a passive names no speaker).
 */
const QUESTIONED = /^(.{2,200}?)\s+(?:(?:has|have|had)\s+)?(?:also\s+|openly\s+|publicly\s+)?(questioned|questions|queried|queries|doubted|doubts)\s+whether\s+(.{8,}?)[.]?$/u;
/**
 * "That's according to X.", "This is the verdict of X.", "So says X.": a sentence that gives the sentence before it
 * to its speaker (trade-press ledes state the finding first). Group 1 is the speaker phrase.
 */
const POINTS_BACK = /^(?:(?:That|This)(?:[’']s|\s+is|\s+was)\s+(?:according\s+to|the\s+(?:verdict|conclusion|finding|view|warning|message|claim)\s+of)|So\s+says)\s+((?:[Tt]he|[Aa]n?|[Nn]ew|[Ii]ts|[Tt]heir)\s+[^,.;“”"]{3,120}?|\p{Lu}[^,.;“”"]{2,120}?)(?:,\s+[^“”"]*)?[.]?$/u;
/** "<main clause>, saying <clause>": a participle of saying after the subject's own clause (not "warning of <what>"). */
const SAYING = /^(.{2,300}?),\s+(saying|stating|arguing|insisting|claiming|warning)\s+(?:that\s+)?(?!(?:of|about|against)\b)(.{8,}?)[.]?$/u;
/** A warning's object after the verb: "of the risks", "about delays", "against cuts". */
const WARNED_OF = /^(?:of|about|against)\b/i;
/**
 * "The board encouraged clinics to hire more nurses", "X has urged ministers to act": a call on someone to do
 * something, reported like "X calls on Y to …" (the clause keeps its addressee).
 */
const URGED_TO = /^(.{2,200}?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(encouraged|encourages|urged|urges|pressed|presses)\s+((?:[^,.;“”"]{2,80}?)\s+to\s+[\p{Ll}][^\s]*\s.{8,}?)[.]?$/u;
/**
 * What stands between a subject and its verb and is not the subject: auxiliaries and adverbs ("has also said"),
 * a dashed or bracketed aside ("The board – which has not named them – said"), a participial or relative
 * clause between commas ("The report, based on visits to twelve ports, commended"), and a subordinate clause
 * the subject belongs to ("X was criticised after it found": the subject of "found" is "it").
 */
const SUBJECT_TAIL = /(?:\s+(?:has|have|had|also|now|previously|again|further|repeatedly|already|recently|today|yesterday|publicly|separately|meanwhile|strongly|clearly|firmly|explicitly|openly|broadly|formally|bluntly|flatly|specifically|rightly|correctly|originally|reportedly|subsequently|later|long|consistently|always|once(?=\s+again)))+\s*$/iu;
/**
 * A past participle's clause fronted before the subject it describes: "Already found to be in breach …, the regulator
 * has confirmed", "Asked about the delays, the minister said", "Criticised by the panel for …, the board said".
 */
const FRONTED_PARTICIPLE = String.raw`(?:(?:already|previously|recently|once|again)\s+)?(?:\p{Ll}+ed|found|given|shown|known|seen|held|taken|told|made)\s+(?:to|by|as|for|with|from|after|about|under)\b[^,]{3,200}`;
const FRONTED_PARTICIPLE_LEAD = new RegExp(String.raw`^${FRONTED_PARTICIPLE},\s+`, 'iu');
/** A month or a season that opens the sentence, with or without its comma: "In July this year the trust told …", "Last November the office found …". */
const FRONTED_MONTH = String.raw`(?:(?:in|by|during|since|until)\s+(?:early\s+|late\s+|mid-)?|(?:last|this|next|earlier\s+this|later\s+this)\s+)(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+spring|the\s+summer|the\s+autumn|the\s+winter|spring|summer|autumn|winter)(?:\s+(?:this|last|next)\s+year|\s+\d{4})?`;
/**
 * A prepositional phrase fronted before the subject, its noun after a determiner: "In another recommendation,",
 * "Through its report,", "Under the new rules,". A subject never opens on a preposition.
 */
const FRONTED_ADJUNCT = String.raw`(?:in|through|under|from|during|for|on|at|across|within|throughout|by)\s+(?:the|a|an|its|his|her|their|another|this|each|every|one)\s[^,]{2,80}`;
/**
 * What is fronted before the subject and is not it: a connective or a time ("However,", "Yesterday,", "Last
 * month,", "In March"), a subordinate or participial clause ("Since launching the study,", "whilst acknowledging
 * that …,", "Asked about it,"), or a prepositional phrase (FRONTED_ADJUNCT).
 */
const FRONTED = new RegExp(String.raw`^(?:(?:(?:however|meanwhile|yesterday|today|separately|instead|nevertheless|earlier|later|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|(?:while|whilst|since|after|before|when|although|though|despite|once|in\s+(?:response|a\s+statement))\b[^,]{3,200}|${FRONTED_ADJUNCT}|\p{Ll}+ing\b[^,]{3,200}|${FRONTED_PARTICIPLE}),\s+|${FRONTED_MONTH},?\s+)`, 'iu');
const SUBJECT_ASIDE = /\s*(?:[–—]\s[^–—]{2,160}\s[–—]|\([^()]{2,160}\)|,\s+(?:which|who|whose|based|published|written|commissioned|led|set\s+up|drawing|using|having)\b[^,]{2,200},?|,\s+(?:\p{L}+ly\s+){0,2}\p{L}+ed\s+by\b[^,]{2,200},?|(?<=\b(?:report|study|review|survey|research|analysis|paper|audit|inquiry)),\s+\p{Lu}[^,]{2,80},|,\s+(?:previously|formerly)\s+[^,]{2,80},?|,\s+also\s+(?:known|called|referred\s+to)\s+as\s+[^,]{2,80},?|,\s+in\s+(?:her|his|its|their|the|a|an)\s+[^,]{2,80}?\b(?:report|review|statement|evidence|letter|speech|submission|assessment),?)\s*$/iu;
// Not "with": "The council with the worst record said" keeps its subject; "with X revealing that" is REPORTING's.
const SUBORDINATE = /^.*\b(?:after|before|when|because|since|until|once|whilst|while|although|though)\s+(?=\S)/isu;
/**
 * A speaker's view without a verb of saying: "X was particularly concerned that <clause>", "X recognised <what>",
 * "X also referred to <what>", "The report has also raised concerns about <what>".
 */
const VIEW =
  /^(.{2,200}?)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:particularly\s+|especially\s+|also\s+|deeply\s+)?(?:concerned|worried|alarmed)\s+(?:that|about|by)|(?:also\s+)?(?:recognised|recognized|acknowledged|referred\s+to)|(?:has\s+|have\s+)?(?:also\s+)?raised\s+(?:(?:significant|serious|major|grave)\s+)?concerns?\s+(?:about|over|that))\s+(.{8,}?)[.]?$/u;

/**
 * Verbs of saying beyond attribution.ts's list: of stressing, of confirming and conceding ("has confirmed (that) …"),
 * of highlighting before "that" ("the office highlighted that <clause>": with no "that", or with a document for its
 * subject, it points to a topic, "highlights the power staff have", "The report highlights that …"), and of ruling,
 * before "that" ("The regulator has ruled that …"; rule `paraphrase:ruled-that`). A ruling announced in the lede is the report itself (the synthetic corpus codes no statement
 * there): stages/statements.ts drops that one. The tag after a clause ("…, the tribunal has ruled.") is SAID_AFTER's.
 */
const MORE_SAY_VERBS = 'emphasised|emphasized|emphasises|emphasizes|confirmed|confirms|conceded|concedes|estimates|estimated|calculates|calculated|ruled(?=\\s+that\\b)|rules(?=\\s+that\\b)|highlighted(?=\\s+that\\b)|highlights(?=\\s+that\\b)';
/**
 * A subject, a verb of saying, then "that" (perhaps after when it was said: "announced this morning that"), or
 * a comma before a subordinate clause ("said, while …, <the reported main clause>").
 */
const SAID_THAT = new RegExp(`^(.{2,200}?)\\b(${SAY_VERBS}|${MORE_SAY_VERBS})\\b(\\s+(?:${WHEN_SAID}\\s+that\\b|that\\b)?|,\\s+(?=(?:while|whilst|although|though|despite|as|if|when|since|after|before|however)\\b))`, 'iu');

/** Verbs of saying that report a clause with no "that" always ("X said the plan …") or when the clause ends a headline-free sentence's tag. */
const BARE_SAY = /^(?:said|says|say|claims|believes|believed|argued|warned|warns|suggested|found|finds|revealed|reveals|stating|saying|warning|arguing|claiming|insisting)$/i;
/**
 * Verbs of saying that also take a noun phrase ("explained the rules", "stressed the need for …", "claimed victory",
 * "admitted the error", "confirmed the closure"):
 * with no "that" they report a clause only when one follows, its finite verb within a few words ("explained the
 * new team would answer …", "claimed in some areas, staff had …"), with no "to" or relative word before it
 * ("stressed the importance of care that is …") and no question word opening it ("explained how the plan was made").
 */
const BARE_IF_CLAUSE = /^(?:explained|explains|claimed|emphasised|emphasized|emphasises|emphasizes|stressed|stresses|insisted|insists|maintains|maintained|argues|admitted|admits|conceded|concedes|confirmed|confirms)$/i;
const CLAUSE_AHEAD = /^(?!(?:how|why|what|whether|if|when|where)\b)(?:(?!(?:to|that|which|who|whom|where|whose)\b)[^\s;“”"]+\s+){1,7}?(?:is|are|was|were|had|has|have|will|would|should|could|must|can|may|might|did|does|do|remains|remained)\b/iu;
/** A clause opened by a personal pronoun and its verb in the past or present ("insists it merely followed …"): a pronoun cannot be the verb's object ("insists on", "insists it" + a verb). */
const PRONOUN_CLAUSE = /^(?:it|he|she|they|we)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|s)\b/u;
/**
 * Verbs of estimating: with no "that" they report a clause when one follows, its subject perhaps a long count ("estimated
 * almost half of the grants paid out … had gone"), so its finite verb may come later; else they take an object ("estimates
 * the cost at …").
 */
const ESTIMATES = /^(?:estimates|estimated|calculates|calculated)$/i;
const CLAUSE_AHEAD_LONG = /^(?!(?:how|why|what|whether|if|when|where)\b)(?:(?!(?:to|that|at)\b)[^\s,;“”"]+\s+){1,14}?(?:is|are|was|were|had|has|have|will|would|should|could|must|can|may|might|did|does|do)\b/iu;
/**
 * "The council has apologised and said …", "X noted the report, but highlighted …", "… and has since confirmed that …":
 * the verb after "and" or "but" is the second verb of its subject, who comes before the first verb (the caller cuts the
 * subject there); "X and Y said" ends its subject on a name, not on "and".
 */
const COORDINATED = /,?\s+(?:and|but)(?:\s+(?:has|have|had))?(?:\s+(?:also|then|since|subsequently|later))?\s*$/i;
/**
 * "failings, which it says led to …": a relative clause with its own verb of saying, its pronoun standing for the
 * sentence's subject (the caller cuts the subject at its first verb).
 */
const RELATIVE_SAYS = /^(.{2,300}?),?\s+(?:which|that)\s+(?:it|he|she|they)\s+(says|said|believes|believed|argues|argued|claims|claimed|warns|warned)\s+(?!that\b)([^“”"‘]{12,}?)[.]?$/iu;
/**
 * After "claims", "comments", "calls", "notes", "states": words that make it a noun ("claims made by …", "claims of
 * bullying", "bullying claims are …"); before it, a preposition ("following claims", "in comments to …").
 */
const NOUN_AFTER = /^(?:made|by|of|about|over|against|from|into|which|is|are|was|were|has|have|had|that\s+(?:is|are|was|were|has|have|had)\b)\b/i;
/**
 * A request or a demand that something be done, with "that" or without: "X has requested the chair invites the auditor
 * to …", "Y demands that the board publish …", "Z requested the minutes be released". Without "that" the clause needs
 * its subject, then a verb in the mandative ("be") or in the present ("invites") before an object's determiner, so
 * "requested a meeting" and "requested the papers from councils" report none. Group 1 the subject, 2 the verb, 3 the
 * clause after "that", 4 the clause without it.
 */
const REQUESTED = /^(.{2,200}?)\s+(?:(?:has|have|had)\s+)?(?:(?:also|formally|now)\s+)?(requested|requests|demanded|demands)\s+(?:that\s+(.{12,}?)|((?:the|a|an|its|his|her|their|\p{Lu}[^\s,;“”"]*)\s+(?:[^\s,;“”"]+\s+){0,6}?(?:be\s+\p{Ll}+|\p{Ll}{3,}s\s+(?:the|a|an|its|his|her|their|that)\b).{4,}?))[.]?$/u;
/**
 * A report's finding put as a noun, with its clause: "The main conclusions were that <clause>", "asked if he accepted
 * the finding that <clause>", "Its verdict is that …", "The board’s main conclusions were that …". The clause is what
 * the report found, whoever speaks of it: the speaker is the report's publisher (group 1 the noun phrase, which names no
 * one; 2 the clause). Not a relative clause ("the findings that were published"): the clause opens on its subject.
 */
const FINDING_NOUN = /\b((?:the|its|their|this|his|her)\s+(?:[\p{L}-]+[’']s\s+)?(?:(?:main|key|headline|central|overall|final|chief|principal)\s+)?(?:conclusions?|findings?|verdict))\s+(?:(?:was|were|is|are)\s+)?that\s*,?\s+(?!(?:is|are|was|were|has|have|had|will|would|could|should|must|can|may|might|\p{Ll}+ed)\b)(.{12,}?)[.]?$/iu;
/**
 * "X noted the new regime, but highlighted <clause>", "X welcomed the review and stressed that <clause>", "X described
 * the delays as “…”, and said <clause>": a second predicate of the sentence's subject, whose verb reports a clause,
 * after a first whose verb reports none; its own pronoun may repeat the subject ("…,” X conceded, but he stressed
 * <clause>"), and an emphatic "did" may come before the verb ("but did note that"). The clause has "that", or its own
 * finite verb within a few words (CLAUSE_AHEAD; "said" and "found", which report a clause wherever they stand, may have
 * a longer phrase before it: "and said at the time of the visit the ward was …"), or a verb that can only be finite
 * (FINITE_ONLY_CLAUSE: "and admitted her department took …"): "and stressed the need for", "and said sorry" report none.
 * "highlighted" with no "that" reports a clause only here: alone ("It highlights the power staff have …") the
 * annotations read it as pointing to a topic (with "that", see MORE_SAY_VERBS).
 */
const AND_REPORTS = /^(.{2,200}?),?\s+(?:[–—-]\s+)?(?:but|and)\s+(?:(?:he|she|it|they)\s+)?(?:(?:has|have|had|did)\s+)?(?:also\s+)?(highlighted|highlights|stressed|stresses|emphasised|emphasized|pointed\s+out|points\s+out|noted|note|notes|warned|warns|insisted|insists|added|adds|said|says|admitted|admits|conceded|concedes|found|finds)\s+(that\s+)?(.{8,}?)[.]?$/u;
/** After "said", a noun phrase and a verb in -ed or -s with words after it: a clause ("said the council needed to keep …"), since "said" takes no object. */
const SUBJECT_THEN_VERB = /^(?:the|a|an|its|their|his|her|this|these|those|some|many|most|\p{Lu}[\p{L}’'-]*)\s+(?:[\p{L}’'-]+\s+){0,4}?\p{Ll}{3,}(?:ed|s)\s+\p{Ll}/u;
/** A clause whose finite verb comes after a fronted phrase of time or place ("at the time of the visit the ward was …"). */
const CLAUSE_AFTER_PHRASE = /^(?!(?:how|why|what|whether|if|when|where)\b)(?:(?!(?:to|that)\b)[^\s,;“”"]+\s+){1,14}?(?:is|are|was|were|had|has|have|will|would|should|could|must|can|may|might|did|does|do)\b/iu;
/**
 * A clause with no auxiliary whose verb can only be finite: a past unlike its participle ("her department took its eye
 * off …", "the trust knew about …") or a present before "to" ("residents continue to go without …"; the participle
 * would be "continuing"). Where the verb could be a participle ("found patients waiting", "admitted mistakes made by
 * …"), the words are the verb's object, and no clause is read.
 */
const FINITE_ONLY_CLAUSE = /^(?!(?:how|why|what|whether|if|when|where)\b)(?:(?!(?:to|that|which|who|whom|of|by|for|with|in|on|at)\b)[^\s,;“”"]+\s+){1,4}?(?:took|gave|went|came|became|knew|saw|began|grew|fell|rose|ran|wrote|chose|forgot|(?:continue|continues|fail|fails|refuse|refuses)(?=\s+to\s))\b/iu;
/** A quotation that opens the sentence before its tag ("“…,” the minister conceded, but …"): no part of the subject. */
const OPENING_QUOTE = /^[“"‘][^“”"]{2,}?[”"’]\s*,?\s*(?=\S)/u;
/**
 * "The inspectors detailed how <clause>", "the review once again emphasised how vital <what> is", "X described how
 * <clause>": a verb of telling or showing with "how" for its complementiser reports the clause it opens (the clause
 * keeps its "how", which may carry its degree: "how vital …"). The clause needs a finite verb within a few words: "how
 * to apply" and "how the scheme works" (no auxiliary nor past) report no finding. Not "explained how" nor "outlined
 * how": those tell a procedure ("explained how the rota was drawn up"), not what was found. Group 1 the subject, 2 the
 * verb, 3 the clause.
 */
const HOW_REPORTED = /^(.{2,200}?)\s+(?:(?:has|have|had)\s+)?(?:(?:also|once\s+again|again|further|vividly|clearly)\s+)?(detailed|details|described|describes|set\s+out|sets\s+out|showed|shows|emphasised|emphasized|emphasises|emphasizes|revealed|reveals|highlighted|highlights|documented|documents|illustrated|illustrates|recounted|recounts)\s+(how\s+(?!to\b)(?:[^\s;“”"]+\s+){1,10}?(?:is|are|was|were|had|has|have|will|would|should|could|must|can|may|might|did|does|do|\p{Ll}{2,}ed)\b.{4,}?)[.]?$/u;
/** A subordinator of time or cause: the clause it opens sets the scene for the sentence's main one. */
const SCENE_CLAUSE = /\b(?:after|before|when|because|since|until|once|whilst|while|although|though|if)\b/i;
/** The end of a subject that is the teller inside a clause reported by a verb of saying: "…, and said guards". */
const RELAYED_TELLER = /\b(?:said|says)\s+(?:[^\s,;“”"]+\s+){0,2}[^\s,;“”"]+\s*$/u;
/** A verb of answering before "by calling for" (the attribution stage reads its subject with the same words). */
const ANSWERED_BY_END = new RegExp(`${ANSWERED_BY}$`, 'iu');
/** "…, calling the old rules “…”": a participle of naming that hands quoted words to the speaker ends the reported clause (the words are a fragment of their own). */
const NAMING_TAIL = /,\s+(?:calling|branding|labelling|labeling|dubbing|terming)\s[^,;“”"]{0,80}[“"‘]/iu;
const NOUN_BEFORE = /\b(?:following|regarding|concerning|amid|despite|about|over|into|against|of|with|from|by|on|in|to|after)\s*$/i;

/**
 * A description in lower case before the proper name it introduces, the whole subject: "The train drivers' union
 * Aslef", "the housing charity Shelter". The name speaks. Not a description that takes the name as its complement
 * ("The interim head of Riverside College": the head speaks), nor one with no article ("Labour MP Jo Bell", left whole).
 */
const DESCRIBED_NAME = /^(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|for|at|in|on|to|from|with|by|and|or)\s)[\p{Ll}’'-]+\s+){1,4}(?=\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}$)/u;
/**
 * The same with no article, the description ending on the kind of body it names: "Housing charity Roofline", "Alcohol
 * charity X", "Campaign group Y", "Think tank Z" (news style). Its first word may be capitalised by the sentence's
 * start; a role before a person's name ("Labour MP Jo Bell") is no kind of body and stays whole.
 */
const KIND_BEFORE_NAME = /^(?:\p{Lu}[\p{Ll}’'-]+\s+)?(?:[\p{Ll}’'-]+\s+){0,2}(?:charity|union|group|watchdog|regulator|think[\s-]tank|body|organisation|organization|trust|society|association|network|coalition|alliance|federation|campaigners)\s+(?=\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}$)/u;

/**
 * The speaker phrase of a verb whose subject comes before it, as [start, end) of `sentence`: the words of
 * [from, end), less what stands between the subject and the verb (SUBJECT_TAIL, SUBJECT_ASIDE), from the subject
 * of a subordinate clause the verb is in (SUBORDINATE, when no comma closes that clause before the verb).
 */
export function subjectBefore(sentence: string, [from, end]: [number, number]): [number, number] {
  let head = sentence.slice(0, end);
  for (let changed = true; changed; ) {
    const before = head;
    head = head.replace(SUBJECT_TAIL, '').replace(SUBJECT_ASIDE, '');
    changed = head !== before;
  }
  const sub = SUBORDINATE.exec(head);
  let start = sub && sub[0].length > from && !/,/.test(head.slice(sub[0].length)) ? sub[0].length : from;
  for (let f = FRONTED.exec(head.slice(start)); f; f = FRONTED.exec(head.slice(start))) start += f[0].length;
  const phrase = head.slice(start, head.trimEnd().length);
  start += (DESCRIBED_NAME.exec(phrase) ?? KIND_BEFORE_NAME.exec(phrase))?.[0].length ?? 0;
  return [start, head.trimEnd().length];
}

/** People counted, as a survey counts them: "Six in ten social workers", "Most councils", "More than half of parents". */
const COUNTED = /^(?:(?:almost|nearly|about|around|over|more\s+than|fewer\s+than|less\s+than|at\s+least|just\s+over|just\s+under)\s+)?(?:a\s+(?:half|third|quarter|fifth|majority)|half|most|many|\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|[\p{L}\d]+\s+in\s+[\p{L}\d]+)\b/iu;

/** "<clause>, according to X.": X the source, a kind before its name left out ("the charity Harbourline"). */
function accordingLast(sentence: string): ReportedSpeech | null {
  const last = ACCORDING_LAST.exec(sentence);
  if (!last) return null;
  const phrase = last[2]!;
  const a = sentence.lastIndexOf(phrase) + ((DESCRIBED_NAME.exec(phrase) ?? KIND_BEFORE_NAME.exec(phrase))?.[0].length ?? 0);
  return { subject: [a, sentence.lastIndexOf(phrase) + phrase.length], clause: [0, last[1]!.length], rule: 'paraphrase:according-to', subjectBeforeVerb: false };
}

/** The first form of reported speech the sentence takes, if any. */
export function matchReportedSpeech(sentence: string): ReportedSpeech | null {
  const said = firstForm(sentence) ?? subordinateFinding(sentence);
  // "Six in ten social workers say <clause>, according to a survey by X": people counted say nothing themselves; the
  // source the sentence ends on reports what they told it.
  const counted = said && /^paraphrase:says?$/.test(said.rule) && COUNTED.test(sentence.slice(...said.subject)) ? accordingLast(sentence) : null;
  const first = counted ?? said;
  const found = first && !first.clauseIsSentenceBefore ? withSubordinateSpeech(sentence, first) : first;
  if (!found?.subjectBeforeVerb) return found;
  const subject = subjectBefore(sentence, found.subject);
  const document = DOCUMENT_SUBJECT.test(sentence.slice(...subject));
  // "The report highlights that <clause>" is the writer pointing to what a document covers, retold in their own voice
  // (uncoded, as a bare "the report shows that"); a body or a person that highlights a clause says it.
  if (document && found.rule.startsWith('paraphrase:highlight')) return null;
  // "Its research found that …": the document of the body the possessive refers back to.
  const refersBack = POSSESSIVE_DOCUMENT.test(sentence.slice(...subject)) ? 'possessive' as const : undefined;
  const findings = found.findings || QUANTIFIED_FINDINGS.test(sentence.slice(0, subject[1])) || document || !!refersBack || INSPECTING_SUBJECT.test(sentence.slice(...subject));
  const fronted = FRONTED_REPORT.exec(sentence.slice(0, subject[0]));
  if (!fronted) return { ...found, subject, ...(findings && { findings }), ...(refersBack && { refersBack }) };
  const at = fronted.index + fronted[0].lastIndexOf(fronted[1]!);
  return { ...found, subject, fronted: [at, at + fronted[1]!.length], ...(findings && { findings }), ...(refersBack && { refersBack }) };
}

/**
 * A subject that is a document and names no author: "A final report into the crash", "The new review", "An
 * independent inquiry", "a scathing ombudsman's report" (a possessive among its modifiers). A report that speaks is
 * coded to its publisher, so where the phrase resolves to no one the caller falls back to the article's report's
 * publisher. A scraped page may run a photo's credit into the phrase with no space ("…imageA new report"): a capital
 * after a lower-case letter starts a word too.
 */
const DOCUMENT_SUBJECT = /(?:^|\s|(?<=\p{Ll})(?=\p{Lu}))(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:[Rr]eport|[Rr]eview|[Ii]nquiry|[Ii]nvestigation|[Aa]udit|[Ss]tudy|[Ss]urvey|[Ee]valuation|[Aa]ssessment|[Jj]udge?ment)(?:\s+(?:into|on|of|for|about)\s+[^,;“”"]{2,80})?$/u;

/**
 * A clause of time or cause at the end of a reported clause, with a speaker and a verb of saying of its own: "X
 * questioned whether <clause> after it admitted <clause>", "… because the board had conceded that …"; a document's
 * finding too, "X believes <clause> after a report found <clause>" (an indefinite description is a speaker here:
 * "a review", "an official inquiry"; the caller gives a document that names no author to the report's publisher).
 * Group 1 is its speaker phrase (a pronoun, a description, a name), 2 the verb, 3 "that" if written, 4 its clause.
 */
const SUBORDINATE_SPEECH = /\s+(?:after|when|because|since|before)\s+((?:it|he|she|they|(?:the|its|their|an?)\s+[^\s,;“”"]+(?:\s+[^\s,;“”"]+){0,3}?|\p{Lu}[^\s,;“”"]*(?:\s+\p{Lu}[^\s,;“”"]*){0,3}))\s+(?:(?:had|has|have)\s+)?(?:also\s+)?(admitted|conceded|confirmed|said|claimed|warned|revealed|announced|found|concluded)\s+(that\s+)?(?!(?:of|about|against)\b)(.{8,}?)[.]?$/u;

/**
 * A second main clause with a speaker of its own, joined to the reported one: "<clause> and today the trade body said
 * it believed <clause>", "<clause>, but the minister insisted that <clause>", "<clause> - and the ministry says …".
 * The speaker is a name or a description (a pronoun most often goes on from the first speaker, which SECOND_VERB
 * reads); a day or "today" may come before it. Groups as SUBORDINATE_SPEECH's.
 */
const COORDINATE_SPEECH = /,?(?:\s+[–—-])?\s+(?:and|but|while|whereas)\s+(?:(?:today|yesterday|now|meanwhile|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,?\s+)?((?:the|its|their)\s+[^\s,;“”"]+(?:\s+[^\s,;“”"]+){0,5}?|\p{Lu}[^\s,;“”"]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[^\s,;“”"]*){0,5})\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(said|says|warned|warns|argued|argues|insisted|insists|claimed|claims|believes|believed|responded|stressed)\s+(that\s+)?(?!(?:of|about|against)\b)(.{8,}?)[.]?$/u;

/** The reported clause cut where a clause with a speaker of its own begins (SUBORDINATE_SPEECH, COORDINATE_SPEECH), that clause added as the other speaker's. */
function withSubordinateSpeech(sentence: string, found: ReportedSpeech): ReportedSpeech {
  const [a, b] = found.clause;
  const m = SUBORDINATE_SPEECH.exec(sentence.slice(a, b)) ?? COORDINATE_SPEECH.exec(sentence.slice(a, b));
  if (!m || (!m[3] && !CLAUSE_AHEAD.test(m[4]!))) return found;
  const subjectAt = a + m.index + m[0].indexOf(m[1]!);
  const clauseAt = a + m.index + m[0].lastIndexOf(m[4]!);
  const inner = { subject: [subjectAt, subjectAt + m[1]!.length] as [number, number], clause: [clauseAt, clauseAt + m[4]!.length] as [number, number], rule: `paraphrase:${m[2]}${m[3] ? '-that' : ''}` };
  return { ...found, clause: [a, a + m.index], more: [...(found.more ?? []), inner] };
}

/**
 * A document's or its inspectors' finding told in a clause of time or a relative clause, the sentence's main clause
 * saying something else: "X has been told to improve after an unannounced inspection found that <clause>", "…
 * responded to the annual report, published today, which found that <clause>". Group 1 is the finder, 2 the verb, 3
 * "that", 4 the clause.
 */
const FINDING_AFTER = /\s+(?:after|when|as|because|since)\s+((?:the|its|their|an?|this)\s+(?:[^\s,;“”"]+\s+){0,4}?(?:report|review|inquiry|investigation|audit|study|survey|inspection|assessment|evaluation|inspectors|inspection\s+team)(?:\s+(?:into|of|on|by|from)\s+[^,;“”"]{2,60}?)?(?:\s*,\s*[^,;“”"]{3,60},)?|inspectors)\s+(?:(?:had|has|have)\s+)?(found|concluded|revealed)\s+(that\s+)(.{12,}?)[.]?$/u;
const FINDING_WHICH = /((?:(?:the|its|their|an?|this)\s+|\p{Lu}[\p{L}’'-]*[’']s\s+)(?:[^\s,;“”"]+\s+){0,5}?(?:report|review|inquiry|investigation|audit|study|survey|inspection|assessment|evaluation)(?:\s+(?:into|of|on|by|from)\s+[^,;“”"]{2,60}?)?)(?:\s*,\s*[^,;“”"]{3,60},)?\s*,?\s+which\s+(?:(?:had|has|have)\s+)?(found|concluded|revealed)\s+(that\s+)(.{12,}?)[.]?$/iu;

function subordinateFinding(sentence: string): ReportedSpeech | null {
  const m = FINDING_AFTER.exec(sentence) ?? FINDING_WHICH.exec(sentence);
  if (!m) return null;
  const subjectAt = m.index + m[0].indexOf(m[1]!);
  const clauseAt = m.index + m[0].lastIndexOf(m[4]!);
  return { subject: [subjectAt, subjectAt + m[1]!.length], clause: [clauseAt, clauseAt + m[4]!.length], rule: `paraphrase:${m[2]}-that`, subjectBeforeVerb: false, findings: true };
}

/** A subject that is a report or an inquiry, or a speaker "in her report": what it finds is a finding (what inspectors find may be a thing: "found evidence of …"). */
const REPORT_SUBJECT = /\b(?:report|review|inquiry|investigation|audit|study|survey|inspection|research|analysis|evaluation)[’']?s?\s*,?\s*$/iu;

/**
 * The people who carried out an inspection, named by what they did rather than by name: "Inspectors", "a team of 30
 * inspectors", "the inspection team", "the review panel". What they find is the inspection's finding: where the phrase
 * resolves to no one, the report's publisher speaks (an inspectorate's article says "inspectors found" of its own staff).
 */
const INSPECTING_SUBJECT = /(?:^|\s)(?:(?:a|an|the|its|their)\s+)?(?:(?:team|panel|group)\s+of\s+)?(?:\d+\s+)?(?:[\p{Lu}][\p{L}]*\s+)?(?:inspectors|assessors|reviewers|(?:inspection|review|assessment)\s+(?:team|panel))(?:\s+(?:from|of|at)\s+[^,;“”"]{2,60})?\s*,?\s*$/iu;

/** What an inverted tag follows ("…, said X", "“…” said X"): a comma or a closing quotation mark. */
const INVERTED_AFTER = /[,”"’']\s*$/u;

/** A finite verb or auxiliary opening the words after an apposition: the rest of a clause whose subject it names. */
const FINITE_OPENING = /^(?:is|are|was|were|has|have|had|will|would|should|must|can|could|may|might|did|does|do)\b/u;

/** A participle of saying fronted before the subject reports its own clause: "whilst acknowledging that <clause>, X say …". */
const FRONTED_REPORT = /\b(?:acknowledging|accepting|admitting|conceding|recognising|recognizing|noting|warning|arguing|insisting|claiming)\s+that\s+([^,]{8,200}),\s*$/iu;

function firstForm(sentence: string): ReportedSpeech | null {
  const span = (m: RegExpExecArray, group: number): [number, number] => {
    const at = m.index + m[0].indexOf(m[group]!, group > 1 ? m[0].indexOf(m[group - 1] ?? '') + (m[group - 1]?.length ?? 0) : 0);
    return [at, at + m[group]!.length];
  };
  const back = POINTS_BACK.exec(sentence);
  if (back) return { subject: span(back, 1), clause: [0, 0], rule: 'paraphrase:according-to-before', subjectBeforeVerb: false, clauseIsSentenceBefore: true };
  const between = ACCORDING_BETWEEN.exec(sentence);
  if (between) {
    const a = between[1]!.length + sentence.slice(between[1]!.length).indexOf(between[2]!);
    const c = sentence.length - between[0].length + between[0].lastIndexOf(between[3]!);
    return { subject: [a, a + between[2]!.length], clause: [c, c + between[3]!.length], rule: 'paraphrase:according-to', subjectBeforeVerb: false };
  }
  const first = ACCORDING_FIRST.exec(sentence);
  if (first) return { subject: span(first, 1), clause: span(first, 2), rule: 'paraphrase:according-to', subjectBeforeVerb: false };
  const calls = CALLS_FOR.exec(sentence);
  // "the calls for change": a noun after a determiner, not a verb.
  // "X said A and called on Y to B": a verb of saying in the words before makes the call the second of two clauses (SECOND_VERB).
  // "X described Y as “…” and called for …": the call coordinated with a first verb is the sentence subject's, whatever
  // words the first verb's clause quotes.
  const andCalls = calls && !/^[“"‘]/.test(calls[1]!) ? COORDINATED.exec(calls[1]!) : null;
  if (calls && (andCalls || !/[“”"]/.test(calls[1]!)) && !NOT_A_SUBJECT_END.test(calls[1]!) && !SAID_BEFORE_CALL.test(calls[1]!)) {
    const clause: [number, number] = [sentence.length - calls[0].length + calls[0].lastIndexOf(calls[3]!), sentence.length - calls[0].length + calls[0].lastIndexOf(calls[3]!) + calls[3]!.length];
    if (andCalls) return { subject: [0, andCalls.index], clause, rule: 'paraphrase:and-calls-for', subjectBeforeVerb: false, subjectIsSentenceSubject: true };
    // "The union backed the report by calling for …": the caller is the subject of the verb before "by" (cut at its first verb).
    const by = /\s+by$/i.exec(calls[1]!);
    // "Parents have reacted to the findings by calling for …": the subject ends at the verb of answering (the tagger may read a word of the subject as that verb: "safeguarding charities").
    const answering = by && ANSWERED_BY_END.exec(calls[1]!);
    if (answering) return { subject: [0, answering.index], clause, rule: 'paraphrase:calls-for', subjectBeforeVerb: false };
    if (by) return { subject: [0, by.index], clause, rule: 'paraphrase:calls-for', subjectBeforeVerb: false, subjectIsSentenceSubject: true };
    return { subject: [0, calls[1]!.length], clause, rule: 'paraphrase:calls-for', subjectBeforeVerb: true };
  }
  const told = TOLD_THAT.exec(sentence);
  // "…, and said guards told them that <clause>": a telling relayed inside what a verb of saying reports is not the
  // sentence's form (the verb of saying's clause holds it).
  if (told && !/[“”"]/.test(told[1]!) && !RELAYED_TELLER.test(told[1]!)) {
    const at = sentence.length - told[0].length + told[0].lastIndexOf(told[2]!);
    return { subject: [0, told[1]!.length], clause: [at, at + told[2]!.length], rule: 'paraphrase:told-that', subjectBeforeVerb: true };
  }
  const toldBare = TOLD_BARE.exec(sentence);
  // "points to one case, that she told MPs …": a telling inside a clause that another speaker reports is not one of its own.
  // A quoted stretch inside the clause is part of it ("told the meeting the findings were “uncomfortable but fair”").
  if (toldBare && !/[“”"]/.test(toldBare[1]!) && !/^[“"‘]/.test(toldBare[3]!) && !/\b(?:that|which|who|whom)\s+[^\s,]+\s*$/iu.test(toldBare[1]!) && !RELAYED_TELLER.test(toldBare[1]!)) {
    const at = toldBare[0].lastIndexOf(toldBare[3]!);
    return { subject: [0, toldBare[1]!.length], clause: [at, at + toldBare[3]!.length], rule: 'paraphrase:told', subjectBeforeVerb: true };
  }
  const criticised = CRITICISED_FOR.exec(sentence);
  // "was accused of …": a verb in the passive names no speaker. "X said <clause>, and accused Y of …", "X rejected it,
  // saying <clause>, and accused Y of …": the accusation is a second clause of the verb of saying (SECOND_VERB), not a
  // sentence whose subject runs up to it.
  if (criticised && !/[“”"‘’]/.test(criticised[1]! + criticised[3]!) && !/^as\b/.test(criticised[3]!) && !/\b(?:is|are|was|were|be|been|being)$/i.test(criticised[1]!) && !SECOND_OF_SAYING.test(criticised[1]!)) {
    const at = sentence.lastIndexOf(criticised[3]!);
    const rule = /^(?:commend|prais)/.test(criticised[2]!) ? 'paraphrase:commended-for' : 'paraphrase:criticised-for';
    return { subject: [0, criticised[1]!.length], clause: [at, at + criticised[3]!.length], rule, subjectBeforeVerb: true };
  }
  const urged = URGED_TO.exec(sentence);
  if (urged && !/[“”"]/.test(urged[1]!) && !NOT_A_SUBJECT_END.test(urged[1]!) && !/\b(?:is|are|was|were|be|been|being)$/i.test(urged[1]!)) {
    const at = sentence.length - urged[0].length + urged[0].lastIndexOf(urged[3]!);
    return { subject: [0, urged[1]!.length], clause: [at, at + urged[3]!.length], rule: 'paraphrase:urged-to', subjectBeforeVerb: true };
  }
  const questioned = QUESTIONED.exec(sentence);
  if (questioned && !/[“”"]/.test(questioned[1]!) && !/\b(?:is|are|was|were|be|been|being)$/i.test(questioned[1]!)) {
    const at = sentence.length - questioned[0].length + questioned[0].lastIndexOf(questioned[3]!);
    return { subject: [0, questioned[1]!.length], clause: [at, at + questioned[3]!.length], rule: `paraphrase:${questioned[2]!.toLowerCase()}-whether`, subjectBeforeVerb: true };
  }
  const showing = findingsShow(sentence);
  if (showing) return showing;
  const shownAsSaid = SHOWN_AS_SAID.exec(sentence);
  if (shownAsSaid && !/^[“"‘']/.test(shownAsSaid[1]!) && !quoteEnds(shownAsSaid[1]!) && (shownAsSaid[5] || CLAUSE_AHEAD.test(shownAsSaid[6]!) || PRONOUN_CLAUSE.test(shownAsSaid[6]!))) {
    const figuresAt = shownAsSaid[1]!.length + sentence.slice(shownAsSaid[1]!.length).indexOf(shownAsSaid[2]!);
    const speakerAt = sentence.lastIndexOf(shownAsSaid[3]!, sentence.length - shownAsSaid[6]!.length);
    const clauseAt = sentence.lastIndexOf(shownAsSaid[6]!);
    return {
      subject: [figuresAt, figuresAt + shownAsSaid[2]!.length], clause: [0, shownAsSaid[1]!.length], rule: 'paraphrase:said-after', subjectBeforeVerb: false, findings: true,
      more: [{ clause: [clauseAt, clauseAt + shownAsSaid[6]!.length], rule: `paraphrase:${shownAsSaid[4]}${shownAsSaid[5] ? '-that' : ''}`, subject: [speakerAt, speakerAt + shownAsSaid[3]!.length] }],
    };
  }
  // "X walked out after claiming that …" (with no verb of saying before it: "X said A after claiming B" is two clauses, SECOND_VERB).
  const afterSaying = AFTER_SAYING.exec(sentence);
  if (afterSaying && !/^[“"‘]/.test(afterSaying[1]!) && !SAY_VERB_BEFORE.test(afterSaying[1]!) && (afterSaying[2] !== 'accusing' || /\s+of\s+/.test(afterSaying[3]!))) {
    const at = sentence.length - afterSaying[0].length + afterSaying[0].lastIndexOf(afterSaying[3]!);
    return { subject: [0, afterSaying[1]!.length], clause: [at, at + afterSaying[3]!.length], rule: `paraphrase:after-${afterSaying[2]!}`, subjectBeforeVerb: false, subjectIsSentenceSubject: true };
  }
  // A past participle's clause fronted before the subject ("Already found to be in breach …, the regulator has
  // confirmed …") reports nothing: its verb ("found") is not the sentence's verb of saying. Blanked, offsets kept.
  const participleLead = FRONTED_PARTICIPLE_LEAD.exec(sentence)?.[0].length ?? 0;
  const m = SAID_THAT.exec(participleLead ? ' '.repeat(participleLead) + sentence.slice(participleLead) : sentence);
  // "companies which it says are “falling short”": a verb in a relative clause reports no clause of its own; its quoted words are fragments (stages/fragments.ts).
  const relative = m && /\b(?:which|that|who|whom)\s+(?:it|he|she|they)\s*$/i.test(m[1]!);
  // "to say", "would say": "say" reports a clause only as a finite verb of its subject ("the councils say …").
  const notFinite = m && /^say$/i.test(m[2]!) && !/\bthat\b/.test(m[3]!) && /\b(?:to|would|could|should|might|may|will|can|must|do|did|does|not|n[’']t|I|you|we)\s*$/i.test(m[1]!);
  // "dismissed claims made by …", "rejected the comments": a verb's "-s" form that is also a plural noun is the
  // noun after a determiner or after another verb (SAYING below may still find the participle that follows).
  const rest = m ? sentence.slice(m[0].length).replace(/[.”"’]+$/, '').trim() : '';
  const noun = m && /^(?:claims|comments|notes|calls|states|describes|estimates)$/i.test(m[2]!) && (NOT_A_SUBJECT_END.test(m[1]!) || /\b\p{Ll}+ed\s*$/u.test(m[1]!) || NOUN_BEFORE.test(m[1]!) || NOUN_AFTER.test(rest));
  // "warned of the risks", "warning about delays": a warning's object, no clause (a reaction with an object, uncoded).
  const reportsBare = (verb: string) => (BARE_SAY.test(verb) && !(/^warn/i.test(verb) && WARNED_OF.test(rest)))
    || (BARE_IF_CLAUSE.test(verb) && (CLAUSE_AHEAD.test(rest) || PRONOUN_CLAUSE.test(rest)))
    || (ESTIMATES.test(verb) && CLAUSE_AHEAD_LONG.test(rest));
  if (m && !relative && !notFinite && !noun && !/[“"]\s*$/.test(m[1]!) && (/\bthat\b/.test(m[3]!) || (!m[3]!.replace(/^,\s*$/, '').trim() && reportsBare(m[2]!)))) {
    const verb = m[2]!.toLowerCase();
    // "…, says Friends of the Earth": the words after the verb name the speaker of what came before, not a clause.
    const after = rest;
    // The name up to its title in commas: "…, said Jo Marr, the trust's director."
    const named = after.split(',')[0]!.trim();
    // "said the Health Secretary, Mark Dobbs, had …": a piece after the commas opening on a finite verb makes the
    // name in commas the apposition of the clause's subject, not the speaker.
    const clauseAfterApposition = after.split(',').slice(1).some((piece) => FINITE_OPENING.test(piece.trim()));
    // Only a tag after a clause or a quote ("…, said Jo Marr") is inverted: "Aslef said Jo Marr, its chair, should go"
    // reports a clause whose subject is the name.
    const inverted = INVERTED_AFTER.test(m[1]!);
    const names = inverted && !/\bthat\b/.test(m[3]!) && !clauseAfterApposition && named.split(/\s+/).length <= 6 && (/^(?:the\s+)?[A-Z]/.test(named) || /^the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/u.test(named)) && !/\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could)\b/.test(named);
    // "found evidence of …", "called it …": no clause follows, unless a finding does, its verb within a few words
    // ("found the home had failed", "revealed 20 councils were failing"; not "found several bodies to be …").
    const subjectWords = m[1]!.replace(SUBJECT_TAIL, '');
    const toBe = /^[^,;]{0,60}?\bto\s+be\b/.test(after);
    const finding = /^(?:found|finds|revealed|reveals)$/.test(verb) && /^(?:[^\s,;“”"]+\s+){1,8}?(?:was|were|is|are|had|has|have|did|could|would|should|must|failed|fails)\b/u.test(after) && !toBe;
    // "a team of inspectors found the home to be short of nurses": inspectors' object and its complement are what the
    // inspection found. Any other subject finding something "to be" reports nothing, a document included ("The review
    // found two depots to be in breach": the synthetic corpus leaves that retelling of the report uncoded).
    const foundToBe = /^(?:found|finds)$/.test(verb) && toBe && INSPECTING_SUBJECT.test(subjectWords);
    // "The report also found an overall rise in …", "X, in her annual report, found …": a report (or its author, in it)
    // finds a noun phrase too; "X found the keys" does not report. So do inspectors as the sentence's main clause
    // ("Inspectors found mould in most of the showers"), not in a clause of time or cause that sets the scene ("… after
    // the inspectors found evidence of …").
    const inspectorsFind = INSPECTING_SUBJECT.test(subjectWords) && !SCENE_CLAUSE.test(m[1]!);
    const reportFinds = /^(?:found|finds)$/.test(verb) && (REPORT_SUBJECT.test(subjectWords) || inspectorsFind) && !toBe && after.split(/\s+/).length >= 4;
    const noClause = /^(?:called|calls|described|describes|found|finds|revealed|reveals|agreed|agrees|told|tells)$/.test(verb) && !/that/.test(m[3]!) && !finding && !reportFinds && !foundToBe;
    // "it has been said to me that …", "it is claimed that …": a verb in the passive names no speaker.
    const passive = /\b(?:is|are|was|were|be|been|being)\s*$/i.test(m[1]!);
    if (names) return saysAfter(sentence);
    if (passive) return null;
    // "Inspectors found a decline …, the chief inspector said": with no clause of its own, "found" may still sit in
    // the clause of a verb after it (SAID_AFTER below).
    // "…, the inspectorate said on Tuesday.": the speaker came after the clause (SAID_AFTER below).
    // "…, the regulator found – a failure it disputes": a dash after the verb opens the tag's tail (SAID_AFTER), no clause.
    if (!noClause && !ONLY_WHEN.test(after) && !/^[–—-]\s/.test(after)) {
      // "The ministry rejected the report, saying <clause>": the participle's speaker is the sentence's subject.
      const participle = /ing$/.test(verb) && /,\s*$/.test(m[1]!);
      const naming = NAMING_TAIL.exec(sentence.slice(m[0].length));
      const clause: [number, number] = [m[0].length + mainClauseAt(sentence.slice(m[0].length)), naming ? m[0].length + naming.index : sentence.length];
      const coordinated = COORDINATED.exec(m[1]!);
      if (coordinated) return { subject: [0, coordinated.index], clause, rule: `paraphrase:and-${verb}${/that/.test(m[3]!) ? '-that' : ''}`, subjectBeforeVerb: false, subjectIsSentenceSubject: true };
      return { subject: [0, m[1]!.replace(/,\s*$/, '').length], clause, rule: `paraphrase:${verb}${/that/.test(m[3]!) ? '-that' : ''}`, subjectBeforeVerb: !participle, subjectIsSentenceSubject: participle };
    }
  }
  // "…, which it says led to children being …": the relative clause's verb reports what follows it (no quoted words:
  // "which it says are “falling short”" hands them a fragment, stages/fragments.ts).
  const relativeSays = RELATIVE_SAYS.exec(sentence);
  if (relativeSays && relativeSays[3]!.split(/\s+/).length >= 4 && !/[“”"]/.test(relativeSays[1]!)) {
    const at = sentence.length - relativeSays[0].length + relativeSays[0].lastIndexOf(relativeSays[3]!);
    return { subject: [0, relativeSays[1]!.length], clause: [at, at + relativeSays[3]!.length], rule: `paraphrase:which-${relativeSays[2]!.toLowerCase()}`, subjectBeforeVerb: false, subjectIsSentenceSubject: true };
  }
  // "X dismissed claims made by Y, saying <clause>": the participle after the main clause, where the verb search
  // above stopped at a noun that looks like a verb ("comments", "claims").
  const saying = SAYING.exec(sentence);
  if (saying && !/[“”"]/.test(saying[1]!) && !NOT_A_SUBJECT_END.test(saying[1]!)) {
    const at = sentence.length - saying[0].length + saying[0].lastIndexOf(saying[3]!);
    return { subject: [0, saying[1]!.length], clause: [at, at + saying[3]!.length], rule: `paraphrase:${saying[2]!.toLowerCase()}`, subjectBeforeVerb: false, subjectIsSentenceSubject: true };
  }
  const reporting = REPORTING.exec(sentence);
  if (reporting && !/[“”"]/.test(reporting[1]!) && !NOT_A_SUBJECT_END.test(reporting[1]!)) {
    const participle = /ing$/.test(reporting[2]!);
    // "…, noting that …": the participle's subject is the sentence's (the caller cuts it at its first verb);
    // "with Ofwat revealing that …": the words after "with".
    if (!participle || /,\s*$|\bwith\s+[^,]{2,80}$/.test(reporting[1]!)) {
      const at = sentence.length - reporting[0].length + reporting[0].lastIndexOf(reporting[3]!);
      const withAgent = participle ? /\bwith\s+([^,]{2,80})$/.exec(reporting[1]!) : null;
      const subject: [number, number] = withAgent ? [withAgent.index + withAgent[0].length - withAgent[1]!.length, reporting[1]!.length] : [0, reporting[1]!.replace(/,\s*$/, '').length];
      return { subject, clause: [at, at + reporting[3]!.length], rule: `paraphrase:${/point\s+out$/.test(reporting[2]!) ? 'point-out' : reporting[2]!.replace(/\s+/g, '-')}`, subjectBeforeVerb: !participle || !!withAgent, subjectIsSentenceSubject: participle && !withAgent };
    }
  }
  const nounThat = NOUN_THAT.exec(sentence);
  if (nounThat && !/[“”"]/.test(nounThat[1]!) && !NOT_A_SUBJECT_END.test(nounThat[1]!)) {
    const at = sentence.length - nounThat[0].length + nounThat[0].lastIndexOf(nounThat[3]!);
    return { subject: [0, nounThat[1]!.length], clause: [at, at + nounThat[3]!.length], rule: `paraphrase:${nounThat[2]!.replace(/\s+/g, '-')}-that`, subjectBeforeVerb: true };
  }
  const view = VIEW.exec(sentence);
  if (view && !/[“”"]/.test(view[1]!) && !NOT_A_SUBJECT_END.test(view[1]!)) {
    const at = sentence.length - view[0].length + view[0].lastIndexOf(view[2]!);
    return { subject: [0, view[1]!.length], clause: [at, at + view[2]!.length], rule: 'paraphrase:view', subjectBeforeVerb: true };
  }
  const saidAfter = SAID_AFTER.exec(sentence);
  // Quoted words inside the clause are its own ('The report had been "fully agreed" …, he noted'); a clause that opens with a quotation mark is a quote.
  if (saidAfter && !/^[“"‘']/.test(saidAfter[1]!) && !quoteEnds(saidAfter[1]!)) {
    const a = saidAfter[1]!.length + sentence.slice(saidAfter[1]!.length).indexOf(saidAfter[2]!);
    // "…, new research suggests.": figures or research that show the clause speak for their publisher; so does a
    // document that names no author ("…, a scathing ombudsman's report has found").
    const findings = SHOW_VERB_AFTER.test(sentence.slice(a + saidAfter[2]!.length)) || DOCUMENT_SUBJECT.test(saidAfter[2]!);
    const more = tagTail(sentence, saidAfter, 3);
    return { subject: [a, a + saidAfter[2]!.length], clause: [0, saidAfter[1]!.length], rule: 'paraphrase:said-after', subjectBeforeVerb: false, ...(findings && { findings }), ...(more && { more }) };
  }
  const inverted = saysAfter(sentence);
  if (inverted) return inverted;
  const last = accordingLast(sentence);
  if (last) return last;
  const requested = REQUESTED.exec(sentence);
  if (requested && !/[“”"]/.test(requested[1]!) && !/\b(?:is|are|was|were|be|been|being)$/i.test(requested[1]!)) {
    const clause = requested[3] ?? requested[4]!;
    const at = sentence.length - requested[0].length + requested[0].lastIndexOf(clause);
    return { subject: [0, requested[1]!.length], clause: [at, at + clause.length], rule: `paraphrase:${requested[2]!.toLowerCase()}${requested[3] ? '-that' : ''}`, subjectBeforeVerb: true };
  }
  const finding = FINDING_NOUN.exec(sentence);
  if (finding) {
    const at = sentence.length - finding[0].length + finding[0].lastIndexOf(finding[2]!);
    const nounAt = finding.index + finding[0].indexOf(finding[1]!);
    return { subject: [nounAt, nounAt + finding[1]!.length], clause: [at, at + finding[2]!.length], rule: 'paraphrase:finding-that', subjectBeforeVerb: false, findings: true };
  }
  const how = HOW_REPORTED.exec(sentence);
  if (how && !/[“”"]/.test(how[1]!) && !NOT_A_SUBJECT_END.test(how[1]!) && !/\b(?:is|are|was|were|be|been|being)$/i.test(how[1]!)) {
    const at = sentence.length - how[0].length + how[0].lastIndexOf(how[3]!);
    return { subject: [0, how[1]!.length], clause: [at, at + how[3]!.length], rule: `paraphrase:${how[2]!.replace(/\s+/g, '-')}-how`, subjectBeforeVerb: true };
  }
  // "X noted the report, but highlighted <clause>": no form above read the first predicate (it reports no clause).
  const second = AND_REPORTS.exec(sentence);
  const quoted = second ? OPENING_QUOTE.exec(second[1]!)?.[0].length ?? 0 : 0;
  // Quoted words the first predicate closes ("described the delays as “intolerable”, and said …") are its own; a
  // quotation still open is a quote's words, not a subject's.
  if (second && closesItsQuotes(second[1]!.slice(quoted)) && (second[3] || (BARE_SAY.test(second[2]!) ? CLAUSE_AFTER_PHRASE : CLAUSE_AHEAD).test(second[4]!) || PRONOUN_CLAUSE.test(second[4]!) || FINITE_ONLY_CLAUSE.test(second[4]!) || (/^(?:said|says)$/.test(second[2]!) && SUBJECT_THEN_VERB.test(second[4]!)))) {
    const at = sentence.length - second[0].length + second[0].lastIndexOf(second[4]!);
    return { subject: [quoted, second[1]!.length], clause: [at, at + second[4]!.length], rule: `paraphrase:and-${second[2]!.replace(/\s+/g, '-')}${second[3] ? '-that' : ''}`, subjectBeforeVerb: false, subjectIsSentenceSubject: true };
  }
  return null;
}

/**
 * Figures, research or findings that show a clause (SHOWING, SHOWING_PARTICIPLE, THEY_SHOW): the speaker phrase is
 * their owner where the sentence names one ("the trust's figures", "research from X", "figures released by X"),
 * else the noun phrase itself, which the caller resolves (falling back to the report's publisher).
 */
function findingsShow(sentence: string): ReportedSpeech | null {
  // A headline ("Regulator's report reveals councils off track") announces what the body reports: no statement.
  if (!/[.!?]["”’']?\s*$/u.test(sentence)) return null;
  const they = THEY_SHOW.exec(sentence);
  if (they) {
    const at = sentence.length - they[0].length + they[0].lastIndexOf(they[3]!);
    // The pronoun stands for the figures: the caller resolves it to the body last named (whose figures they are, most
    // often), else gives the finding to the report's publisher.
    return { subject: [0, they[1]!.length], clause: [at, at + they[3]!.length], rule: `paraphrase:figures-${they[2]!.toLowerCase()}-that`, subjectBeforeVerb: false, findings: true };
  }
  const lead = FRONTED.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(lead);
  const m = SHOWING.exec(rest);
  const participle = m ? null : SHOWING_PARTICIPLE.exec(sentence);
  if (m && !NOT_FINDINGS_SUBJECT.test(m[1]!) && !/[“”"]/.test(m[1]!) && reportsAFinding(m[5]!)) {
    const clauseAt = lead + m[0].lastIndexOf(m[5]!);
    const owner = m[3] ? lead + m[0].indexOf(m[3], m[1]!.length + m[2]!.length) : -1;
    const possessive = /^(.*?\S)(?:[’']s|(?<=s)[’'])\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.exec(m[1]!);
    // "The Rowntree Trust (RT) ‘Counting the Cost’ report showed": the publisher before the report's quoted title.
    const titled = /^(.*?\S)\s*[‘'][^‘’']{3,}[’']\s*$/u.exec(m[1]!);
    // A document that shows something must name whose it is ("Ofwat's report showed", "The IFS report shows"): a bare
    // "The report shows that" is most often the speaker's own voice retelling it (as before, only "reveals" reads).
    const refersBack = POSSESSIVE_DOCUMENT.test(m[1]! + m[2]!) ? 'possessive' : FIGURES_NAMED_BEFORE.test(m[1]! + m[2]!) ? 'figures' : undefined;
    if (refersBack && owner < 0) {
      return { subject: [lead, lead + m[1]!.length + m[2]!.length], clause: [clauseAt, clauseAt + m[5]!.length], rule: `paraphrase:figures-${m[4]!.toLowerCase()}${/\bthat\s+$/.test(m[0].slice(0, m[0].lastIndexOf(m[5]!))) ? '-that' : ''}`, subjectBeforeVerb: false, findings: true, refersBack };
    }
    const document = /^(?:report|review|audit|inquiry|investigation|study|survey|evidence)$/i.test(m[2]!);
    if (document && owner < 0 && !/\p{Lu}/u.test(m[1]!.replace(/^\s*(?:the|a|an|this|its|their|his|her|our|new|latest|final)\s+/iu, ''))) return null;
    const subject: [number, number] = owner >= 0 ? [owner, owner + m[3]!.length]
      : possessive ? [lead, lead + possessive[1]!.length]
      : titled ? [lead, lead + titled[1]!.length]
      : [lead, lead + m[1]!.length + m[2]!.length];
    return { subject, clause: [clauseAt, clauseAt + m[5]!.length], rule: `paraphrase:figures-${m[4]!.toLowerCase()}${/\bthat\s+$/.test(m[0].slice(0, m[0].lastIndexOf(m[5]!))) ? '-that' : ''}`, subjectBeforeVerb: false, findings: true };
  }
  if (participle && reportsAFinding(participle[4]!)) {
    const at = sentence.length - participle[0].length + participle[0].lastIndexOf(participle[4]!);
    const ownerAt = participle[2] ? participle.index + participle[0].indexOf(participle[2], participle[1]!.length) : -1;
    const subject: [number, number] = ownerAt >= 0 ? [ownerAt, ownerAt + participle[2]!.length] : [participle.index, participle.index + participle[1]!.length];
    return { subject, clause: [at, at + participle[4]!.length], rule: `paraphrase:figures-${participle[3]!.toLowerCase()}`, subjectBeforeVerb: false, findings: true };
  }
  return null;
}

/** Does what figures "show" state a finding: four words or more (a clause, or a noun phrase: "a sharp rise in …"), not "otherwise" or "this"? */
function reportsAFinding(clause: string): boolean {
  return clause.trim().split(/\s+/).length >= 4 && !/^(?:otherwise|so|this|that|it|the\s+way)\b/i.test(clause.trim());
}

/** "<clause>, says the TUC.": the clause before an inverted verb of saying, its speaker after it. */
function saysAfter(sentence: string): ReportedSpeech | null {
  const m = SAYS_AFTER.exec(sentence);
  // A clause that opens with a quotation mark, or ends with one, is a quote ("“…,” said Ms Blower").
  if (!m || /^[“"‘']/.test(m[1]!) || quoteEnds(m[1]!)) return null;
  const a = m[1]!.length + sentence.slice(m[1]!.length).indexOf(m[2]!);
  const more = tagTail(sentence, m, 3);
  return { subject: [a, a + m[2]!.length], clause: [0, m[1]!.length], rule: 'paraphrase:says-after', subjectBeforeVerb: false, ...(more && { more }) };
}

/** The second clause after a tag (TAG_TAIL's groups at `group`, `group` + 1): "…, the board said, adding that <clause>." */
function tagTail(sentence: string, m: RegExpExecArray, group: number): ReportedSpeech['more'] {
  const [participle, clause] = [m[group], m[group + 1]];
  if (!participle || !clause) return undefined;
  const at = sentence.length - m[0].length + m[0].lastIndexOf(clause);
  return [{ clause: [at, at + clause.length], rule: `paraphrase:${participle.toLowerCase()}${/\bthat\s+$/.test(m[0].slice(0, m[0].lastIndexOf(clause))) ? '-that' : ''}` }];
}

/**
 * Does the clause end a quote that began before it ("…last sentence of a quote,” he said)? A clause that ends on a
 * quoted term it opened itself ("two were rated “needs work”, the board said") is the speaker's paraphrase.
 */
function quoteEnds(clause: string): boolean {
  const last = /[”"’']\s*$/.exec(clause);
  if (!last) return false;
  const body = clause.slice(0, last.index);
  const count = (re: RegExp) => (body.match(re) ?? []).length;
  const opened = last[0][0] === '"' ? count(/"/g) % 2 === 1 : last[0][0] === '”' ? count(/“/g) > count(/”/g) : count(/‘/g) > count(/’(?!\p{L})/gu);
  return !opened;
}

/** Does every quotation that opens in the words close in them, after a word that is not quoted ("X called it “…”")? */
function closesItsQuotes(words: string): boolean {
  const count = (re: RegExp) => (words.match(re) ?? []).length;
  return !/^[“"‘]/u.test(words) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}

/** "while newer ferries have improved, half cannot …": where the main clause starts after a subordinate one (0 when none leads). */
function mainClauseAt(clause: string): number {
  const m = /^\s*(?:while|whilst|although|though|despite|as|if|when|since|after|before)\b[^,]{3,200},\s+/iu.exec(clause);
  return m ? m[0].length : 0;
}

/**
 * A second verb of saying coordinated with the first: ", but warns that", " and added that", ", adding that", ", saying
 * …", ", stating …", " and has since said …", ", but she stressed …" (its pronoun the same speaker), " but did note
 * that", " and has subsequently announced (that) it …" (a verb of announcing only
 * before "that" or a pronoun's clause: "and announced a review" reports none), " and called on <whom> to …" (the call's clause keeps its addressee), " and called for …", ", and
 * accused <whom> of …" (after a comma: without one the accuser may be the reported clause's own subject); or what the
 * speaker said before, "after (previously) saying …".
 */
export const SECOND_VERB = /,?\s+(?:(?:(?:but|and|while)\s+(?:(?:he|she|it|they)\s+)?(?:(?:has|have|had|did)\s+)?(?:(?:also|since|subsequently|later|then|now)\s+)?|(?<=,\s+)(?=(?:adding|saying|stating)\s))(warns|warned|says|said|adds|added|argues|argued|insists|insisted|claims|claimed|notes|noted|(?<=\bdid\s+)note|stresses|stressed|concludes|concluded|(?:announced|announces|confirmed|confirms)(?=\s+(?:that|it|he|she|they|we)\s)|called(?=\s+(?:on|for)\s)|calls(?=\s+(?:on|for)\s)|(?<=,\s+and\s+(?:also\s+)?)accused(?=\s+(?:[^\s,;]+\s+){1,5}?of\s)|adding(?=\s+that\s)|saying(?!\s+(?:of|about|against)\b)|stating)|after\s+(?:previously\s+|earlier\s+|repeatedly\s+)?(saying|warning|claiming|arguing|insisting))(?:\s+(?:on|for)(?=\s))?(\s+that)?\s+/giu;

/** A list item: a bullet or a number, then its words. */
const LIST_ITEM = /^[^\S\n]*(?:[•·▪◦*–-]|\d{1,2}[.)])[^\S\n]+(\S[^\n]*)$/u;
export const isListItem = (line: string): boolean => LIST_ITEM.test(line);
/** A line that introduces what a speaker or a report says, ending in a colon: "In the last year it says:", "The key findings are:". */
const LIST_INTRO = new RegExp(`\\b(?:${SAY_VERBS}|include|includes|included|findings|recommendations|conclusions)\\b[^\\n]*:\\s*$`, 'iu');

/**
 * A line that introduces what a report judges by a verb of pointing out and a noun of judgement: "The inspectorate
 * highlighted several weaknesses in the service:", "It identified the following areas for improvement:". Its speaker
 * is the words before the verb.
 */
const LIST_INTRO_JUDGED = /\b(?:highlighted|highlights|identified|identifies|listed|lists|set\s+out|sets\s+out|pointed\s+to|points\s+to|raised|raises)\s+(?:[^\s:]+\s+){0,3}?(?:weaknesses|strengths|concerns|failings|shortcomings|issues|problems|areas(?:\s+for\s+(?:improvement|development))?|priorities|risks|the\s+following)\b[^\n:]*:\s*$/iu;

/** Items of a list under an introducing line: each is reported speech of the line's speaker. */
export interface ReportedList {
  /** The introducing line (offsets into the text), without its colon. */
  intro: [number, number];
  items: [number, number][];
  /** Where the speaker phrase ends (an offset into the text) when the line names what a report judges (LIST_INTRO_JUDGED). */
  speakerEnd?: number;
}

/** Every list whose introducing line ends in a colon after a verb of saying, "findings" or a noun of judgement: where the line and its items are. */
export function findReportedLists(text: string): ReportedList[] {
  const lists: ReportedList[] = [];
  const lines = [...text.matchAll(/[^\n]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })).filter((l, i, all) => i === 0 || l.start !== all[i - 1]!.start);
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i]!;
    // The colon first: a cheap test that keeps the verb search to the few lines that can introduce a list.
    if (!intro.text.trimEnd().endsWith(':') || LIST_ITEM.test(intro.text) || /[“”"]/.test(intro.text)) continue;
    const judged = LIST_INTRO_JUDGED.exec(intro.text);
    if (!judged && !LIST_INTRO.test(intro.text)) continue;
    const items: [number, number][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.text.trim()) continue;
      const item = LIST_ITEM.exec(line.text);
      if (!item) break;
      const at = line.start + line.text.indexOf(item[1]!);
      items.push([at, at + item[1]!.trimEnd().length]);
    }
    if (items.length < 2) continue;
    const start = intro.start + (intro.text.length - intro.text.trimStart().length);
    lists.push({ intro: [start, intro.start + intro.text.replace(/\s*:\s*$/, '').length], items, ...(judged && { speakerEnd: intro.start + judged.index }) });
    i = j - 1;
  }
  return lists;
}
