/**
 * Quote-spans stage, fragments: a few quoted words inside the author's own sentence are a speaker's
 * quote when the sentence gives them a speaker and a verb that hands them the words: "X called it
 * “a missed opportunity”", "X said it was “a deeply worrying report”", "the report finds the UK has
 * made “good progress”". A fragment with no such verb before it is a term or a scare quote.
 */

/** Verbs that hand a speaker the quoted words that follow them in the sentence. */
const HANDING =
  /\b(?:said|says|called|calls|described|describes|branded|brands|dubbed|labelled|labeled|termed|blamed|blaming|criticised|criticising|demanding|demands|warned|warns|finds|found|insisted|claimed|added|accused|urged|seized on what it called)\b/gi;

export interface FragmentCue {
  verb: string;
  /** Where the verb starts, as an offset into `head`. */
  verbAt: number;
  /** The head's length (the caller's fragment opens at the end of it). */
  headLength: number;
}

/**
 * `head`: the sentence up to the fragment's opening mark. Returns the last handing verb, when it is
 * close enough to the fragment (within `reach` words) and at least two words are quoted.
 */
export function fragmentAttribution(head: string, fragment: string, reach = 12): FragmentCue | null {
  if (fragment.trim().split(/\s+/).length < 2) return null;
  let last: RegExpExecArray | null = null;
  HANDING.lastIndex = 0;
  for (let m = HANDING.exec(head); m; m = HANDING.exec(head)) last = m;
  if (!last || last.index === 0) return null;
  const between = head.slice(last.index + last[0].length).trim().split(/\s+/).filter(Boolean).length;
  if (between > reach) return null;
  return { verb: last[0], verbAt: last.index, headLength: head.length };
}
