/**
 * Stance stage, a class of people praised or defended: "a tribute to our social workers", "credit belongs to the
 * staff", "nurses deserve better", "teachers are not the problem", "rushed to blame individual social workers".
 * A profession named in a reaction is most often where the work was done ("caseloads left social workers unable to
 * visit"), which judges the body they work for, not them; the written corpus's annotators code the profession as
 * the target only where the speaker thanks, credits or stands up for it. So a group (the graph's, or a collective the
 * text names) is a target here only by one of these constructions, and always supportive. Plain text in.
 */

/** Thanks or credit given to what follows: "a tribute to (the hard work of) our", "credit to", "thank all our". */
const PRAISE_BEFORE = new RegExp(
  String.raw`\b(?:(?:tribute|credit)\s+(?:is\s+due\s+|goes\s+|belongs\s+|must\s+go\s+)?to|thanks?|thanking|thanked|praised?|praising|commend(?:s|ed|ing)?|salut(?:e|es|ed|ing)|proud\s+of|grateful\s+to|(?:we|I)\s+(?:want\s+to\s+|would\s+like\s+to\s+)?acknowledge)\s+` +
    String.raw`(?:(?:the\s+)?(?:hard\s+work|commitment|dedication|professionalism|efforts?|work)\s+(?:and\s+[\p{L}]+\s+)?of\s+)?(?:all\s+(?:of\s+)?)?(?:our|the|their|its|my|[\p{Lu}][\p{L}-]*[’']s)?\s*(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);
/** Blame of what follows rejected: "not about blaming individual", "rushed to blame", "stop blaming". */
const BLAME_REJECTED_BEFORE = /\b(?:not\s+(?:about\s+)?|never\s+|stop\s+|rushed\s+to\s+|(?:too\s+)?quick\s+to\s+|wrong\s+to\s+|unfair\s+to\s+)blam(?:e|ing)\s+(?:the\s+|our\s+)?(?:individual\s+|front-?line\s+)?$/iu;
/** Praise or defence said of the group, in its sentence: "do an outstanding job", "work incredibly hard", "deserve better". */
const PRAISE_AFTER = new RegExp(
  String.raw`^(?:[^.!?;]{0,120}?\b(?:who|they|and))?\s*(?:(?:do|does|did|are\s+doing|have\s+done)\s+(?:an?\s+)?(?:(?:incredibly|really|truly|very)\s+)?(?:outstanding|fantastic|great|brilliant|excellent|incredible|amazing|superb|remarkable|extraordinary|tremendous|difficult|tough|hard|vital|valuable|good)\s+job` +
    String.raw`|(?:work|works|worked|working|have\s+worked|are\s+working)\s+(?:incredibly\s+|extremely\s+|very\s+|so\s+|tirelessly\s+and\s+)?(?:hard|tirelessly)` +
    String.raw`|deserve\s+(?:better|credit|praise|our\s+thanks|thanks|support|recognition|great\s+credit)` +
    String.raw`|(?:are|were)\s+not\s+(?:the\s+problem|to\s+blame|the\s+ones\s+to\s+blame)` +
    String.raw`|get\s+the\s+blame)\b`,
  'iu',
);

const NEGATED = /\b(?:not|cannot|can[’']t|never|won[’']t|n[’']t)\s+$/i;

/** Where the statement thanks, credits or defends the group named at [start, end) of `text`: the words that do, or none. */
export function praiseOfGroup(text: string, start: number, end: number): string | undefined {
  const sentenceFrom = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), 0);
  const before = text.slice(sentenceFrom, start);
  const thanked = PRAISE_BEFORE.exec(before);
  // "Ministers cannot praise social workers with one hand and …": praise denied is none.
  const praise = (thanked && !NEGATED.test(before.slice(0, thanked.index)) ? thanked : null) ?? BLAME_REJECTED_BEFORE.exec(before);
  if (praise) return praise[0].trim();
  const after = PRAISE_AFTER.exec(text.slice(end, end + 160));
  return after ? after[0].trim() : undefined;
}
