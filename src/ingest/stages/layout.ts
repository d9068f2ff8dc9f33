/**
 * Text-and-layout stage: the units the other stages read. A sentence as the NLP model splits it can
 * run over a paragraph break when a heading or a stray line has no full stop ("… official report.\n\n.\n\n
 * The National Audit Office said …"); reported speech is found within one paragraph, so sentences are
 * cut at paragraph breaks. A text hard-wrapped at a fixed width (press releases copied from e-mail) has
 * a line break inside every sentence; there, a single line break is not a paragraph break.
 */
import type { Paragraph } from '../text.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * A dateline that opens a paragraph ("date 2022-02-02 Many groups have …", "Published: 03/02/2022 – The council …",
 * "Updated 25 January 2014 10:01 GMT The fund …", "LONDON (PA) – Thousands of …"): page metadata run into the first sentence, not part of it, so
 * a speaker read from the sentence's start does not begin with a date. Only a date in figures, or one after a word
 * that labels it, followed by a capital or a quotation mark.
 */
const DATE_LABEL = String.raw`(?:[Dd]ate|[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast\s+[Uu]pdated|DATE|PUBLISHED|UPDATED)\b[:\s]*`;
/** An agency's dateline: the place in capitals and the agency ("LONDON (PA) –", "LEEDS (Reuters) -"). */
const AGENCY_DATELINE = String.raw`\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3}\s*\((?:PA|Reuters|AP|AFP|Press\s+Association|[A-Z]{2,5})\)\s*[-–—]\s*`;
const DATELINE = new RegExp(
  String.raw`^${AGENCY_DATELINE}(?=[\p{Lu}“"‘'])|^(?:(?:${DATE_LABEL})?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})|${DATE_LABEL}\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|AM|PM|GMT|BST|UTC))?)?\s*(?:[-–—|:]\s*)?(?=[A-Z“"‘'])`,
  'u',
);

/** The sentences, each cut where a paragraph ends (UTF-16 offsets, whitespace trimmed). */
export function sentencesWithinParagraphs(text: string, sentences: Span[], paragraphs: Paragraph[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    for (const p of paragraphs) {
      if (p.end <= s.start || p.start >= s.end) continue;
      let a = Math.max(s.start, p.start);
      let b = Math.min(s.end, p.end);
      while (a < b && /\s/.test(text[a]!)) a++;
      if (a === p.start + (/^\s*/.exec(p.text)?.[0].length ?? 0)) a += DATELINE.exec(text.slice(a, b))?.[0].length ?? 0;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) out.push({ start: a, end: b });
    }
  }
  return out;
}

/**
 * Is the text hard-wrapped? Most of its lines run on into the next (no closing punctuation, the next
 * starts in lower case or mid-sentence) and their lengths are close to one width.
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split(/\r?\n/);
  let runOn = 0;
  let counted = 0;
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    const next = lines[i + 1]!.trim();
    if (!line || !next) continue;
    counted++;
    lengths.push(line.length);
    if (!/[.!?:”"’)]$/.test(line) || /^[a-z]/.test(next)) runOn++;
  }
  if (counted < 4) return false;
  lengths.sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1]!;
  const nearWidth = lengths.filter((l) => Math.abs(l - median) <= 15).length;
  return runOn / counted >= 0.6 && nearWidth / counted >= 0.6 && median >= 35;
}

/** Words that cannot end a sentence or a heading: a line ending on one runs on. */
const OPEN_ENDING = /(?:^|\s)(?:the|a|an|of|and|or|to|for|in|on|at|by|with|from|that|who|which|its|their|his|her|our|is|are|was|were|has|have|had)$/i;
const HONORIFIC_END = /(?:^|\s)(?:Sir|Dame|Dr|Lord|Lady|Baroness|Cllr|Coun|Councillor|Mr|Mrs|Ms|Miss|Professor|Prof|Rev)\.?(?:\s+[A-Z][\p{L}’'-]*)?$/u;

/**
 * In a text with a line per paragraph, does this line run on into the next (a sentence or a name broken
 * by the page it was copied from)? It does not end in closing punctuation, and the next line carries on
 * in lower case, or the line ends on a word no sentence ends on ("of", "the", a comma), or on an honorific
 * and perhaps a first name with the next line going on in capitals ("Dr Ruth" / "Kaplan-Ashe, who …").
 * A heading or a caption followed by a paragraph does none of these.
 */
export function lineRunsOn(line: string, next: string): boolean {
  const end = line.trimEnd();
  const start = next.trimStart();
  if (!end || !start || /[.!?:;”"’)…]$/.test(end)) return false;
  if (/^\p{Ll}/u.test(start)) return true;
  if (/,$/.test(end) || OPEN_ENDING.test(end)) return true;
  return HONORIFIC_END.test(end) && /^[A-Z][\p{L}’'-]+[,\s]/u.test(start);
}

/** A heading: a short line with no closing punctuation and no quotation marks ("Falling short again"). */
export function isHeading(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length > 0 && words.length <= 8 && !/[.!?:;,”"’]$/.test(line.trim()) && !/[“”"‘]/.test(line);
}
