/**
 * Target-resolution stage: councils referred to as a group. A statement about "these authorities" or
 * "20 local authorities" is about the councils the text lists: the list just before it ("The seven judged
 * inadequate are: A; B and C. … these authorities"), or the list of that many anywhere in the text (a list
 * of twenty names under a heading). Plain data in (the text, the graph's council mentions), plain data out.
 */
import type { Mention } from '../gazetteer.js';

/** Councils written together: in one sentence separated by list punctuation, or one a line. */
export interface CouncilList {
  start: number;
  end: number;
  /** How many names the list holds, those the graph does not hold included. */
  items: number;
  councils: Mention[];
}

/** What may stand between two names of a list: list punctuation, "and", line breaks and bullets. */
const SEPARATOR = /^[\s*•·;,:–-]*(?:(?:and|&)\s+)?[\s*•·;,:–-]*$/;
/** A list item the graph does not know, one a line ("* Kingston/Thames"): it counts, it is no target. */
const UNKNOWN_ITEMS = /^(?:[ \t]*\n[\s*•·–-]*[A-Z][\p{L}’'/.-]*(?:[ \t]+[\p{L}’'/.-]+){0,3}[ \t]*(?=\n))+[\s*•·;,:–-]*$/u;

export function councilLists(text: string, mentions: Mention[]): CouncilList[] {
  const councils = mentions.filter((m) => m.entity.label === 'Council').sort((a, b) => a.start - b.start);
  const lists: CouncilList[] = [];
  let current: CouncilList | undefined;
  for (const m of councils) {
    // A list's names stand close together; the tests below are anchored and short texts keep them cheap.
    const between = current && m.start - current.end < 200 ? text.slice(current.end, m.start) : '\0';
    if (current && SEPARATOR.test(between)) {
      current.items++;
    } else if (current && UNKNOWN_ITEMS.test(between)) {
      current.items += 1 + between.trim().split(/\n\s*/).filter((l) => /\p{L}/u.test(l)).length;
    } else {
      if (current) lists.push(current);
      current = { start: m.start, end: m.end, items: 0, councils: [] };
      current.items = 1;
      current.councils.push(m);
      continue;
    }
    if (!current.councils.some((c) => c.entity.id === m.entity.id)) current.councils.push(m);
    current.end = m.end;
  }
  if (current) lists.push(current);
  return lists.filter((l) => l.councils.length >= 2);
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** "these authorities", "those councils", "the 20 councils", "20 local authorities", "these seven inadequate councils". */
export const GROUP_REFERENCE = new RegExp(
  String.raw`\b(?:(these|those)\s+(?:(\d+|${NUMBER_WORDS.join('|')})\s+)?|(?:the\s+)?(\d+|${NUMBER_WORDS.join('|')})\s+)(?:[a-z][\p{L}-]*\s+)?(?:councils|local authorities|authorities)\b`,
  'giu',
);

/**
 * The councils a group reference at `at` means: with a count, the list of that many (the nearest);
 * "these"/"those" without one, the nearest list before it (within a few paragraphs).
 */
export function councilsReferred(lists: CouncilList[], at: number, count: number | undefined): Mention[] {
  if (count) {
    const sized = lists.filter((l) => l.items === count).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
    return sized[0]?.councils ?? [];
  }
  const before = lists.filter((l) => l.end <= at && at - l.end < 1500).pop();
  return before?.councils ?? [];
}

export function countOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  const k = NUMBER_WORDS.indexOf(word.toLowerCase());
  return k >= 0 ? k + 2 : undefined;
}
