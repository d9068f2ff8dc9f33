/**
 * Quote-spans stage, fragments: a few quoted words inside the author's own sentence are a speaker's
 * quote when the sentence gives them a speaker and a verb that hands them the words: "X called it
 * “a missed opportunity”", "X said it was “a deeply worrying report”", "the report finds the UK has
 * made “good progress”", "companies which it says are “falling short”" (the sentence's subject), or the
 * agent of a passive that judges ("investigated by X over “sharp increases”"). A fragment with no such
 * verb before it is a term or a scare quote.
 */

import { QUANTIFIED_FINDINGS } from './reported-speech.js';

/**
 * Verbs that hand a speaker the quoted words that follow them in the sentence; a participle of naming after the
 * speaker's own clause too ("X defended the review, calling the old rules “…”": the sentence's subject), and of
 * pointing to or citing what the speaker names as evidence ("X took aim at the plans, pointing to “…” in them"). Not
 * "describing": "describing the claim as “…”" leaves a judgement the annotations do not code as a fragment. Verbs of
 * voicing or pointing out what is wrong hand their words too ("has voiced “serious concerns”", "highlighted a “conflict
 * of interest”", "raises ‘serious concerns’").
 */
const HANDING =
  /\b(?:said|says|called|calls|calling|described|describes|branded|brands|branding|dubbed|dubbing|labelled|labeled|labelling|labeling|termed|terming|declared|declares|declaring|blamed|blaming|criticised|criticising|demanding|demands|warned|warns|finds|found|insisted|claimed|added|accused|urged|seized on what it called|(?:pointing|pointed|points)(?=\s+to\b)|citing|voiced|voices|voicing|expressed|expresses|expressing|raised|raises|raising|highlighted|highlights|highlighting|identified|identifies|revealing|admitted|admits|conceded|concedes)\b/gi;

export interface FragmentCue {
  verb: string;
  /** Where the verb starts, as an offset into `head`. */
  verbAt: number;
  /** The head's length (the caller's fragment opens at the end of it). */
  headLength: number;
  /**
   * "six companies which it says are “…”": the verb's subject is a pronoun in a relative clause, which stands
   * for the sentence's subject (the caller resolves the sentence's subject, not the words before the verb).
   */
  relative?: boolean;
  /** "investigated by X over “…”": the agent of a passive hands the words (offsets into `head`). */
  agent?: [number, number];
  /** The verb is a naming frame's, closed by "as" however far back it stands (NAMING_AS_FRAME). */
  frame?: boolean;
  /**
   * "Nearly a third of the visits found “…”": the subject is a share of a report's units of work, which names no
   * speaker; the words are the report's (the caller gives them to its publisher when nothing else resolves).
   */
  findings?: boolean;
}

/**
 * "investigated by the Office for Students over “…”", "fined by the regulator for “…”": a verb of sanction or
 * judgement in the passive, its agent, then "over", "for" or "of" and the quoted words (the agent's words).
 */
const PASSIVE_AGENT =
  /\b(?:investigated|fined|criticised|criticized|censured|rebuked|reprimanded|condemned|accused|warned|sanctioned|challenged|questioned|ordered|told\s+off|praised|commended|described|branded|labelled|labeled|dubbed|called)\s+by\s+((?:the\s+)?[^,.;:“”"]{2,80}?)\s+(?:over|for|of|about|after|as)\s+(?:[^,.;:“”"\s]+\s+){0,4}$/iu;

/**
 * A frame that hands even one quoted word to a speaker, right before it: "described the report as “…”", "branded it
 * “…”", "described by X as a “…”", "accused the agency of a “…” failure". A single quoted word elsewhere is most
 * often a term or a scare quote. So does a finding's "found the rooms to be “dirty”".
 */
const ONE_WORD_FRAME =
  /\b(?:(?:described|describes|describing|branded|brands|labelled|labeled|dubbed|termed|called|calls)\s+(?:[^\s,.;:“”"]+\s+){0,9}?(?:as\s+)?|(?:accused|accuses|accusing)\s+(?:[^\s,.;:“”"]+\s+){1,6}?of\s+|(?:found|judged|deemed|rated)\s+(?:[^\s,.;:“”"]+\s+){0,4}?to\s+be\s+)(?:an?\s+|the\s+)?$/iu;

/**
 * A naming frame closed by "as" right before the quoted words, its verb as far back in the sentence as its object runs:
 * "has labelled the news that the trust has been rated inadequate for a second year as “…”", "branded the decision to
 * close two stations over the winter as “…”". The "as" completes the frame, so the object's length does not matter
 * (a verb of saying nearer the quote does not break it: the words are the frame's). Not "describing" (see HANDING).
 */
const NAMING_AS_FRAME = /\b(?:described|describes|branded|brands|branding|dubbed|labelled|labeled|labelling|labeling|termed|characterised|characterized|characterises|characterizes)\s+[^“”"‘.;:!?]{1,300}?\bas\s+(?:an?\s+|the\s+|being\s+|having\s+)?$/iu;

/**
 * `head`: the sentence up to the fragment's opening mark. Returns the last handing verb, when it is
 * close enough to the fragment (within `reach` words) and at least two words are quoted (one will do
 * right after a frame that names what the words describe, ONE_WORD_FRAME).
 */
export function fragmentAttribution(head: string, fragment: string, reach = 12): FragmentCue | null {
  const frame = NAMING_AS_FRAME.exec(head);
  if (fragment.trim().split(/\s+/).length < 2 && !ONE_WORD_FRAME.test(head) && !frame) return null;
  const passive = PASSIVE_AGENT.exec(head);
  if (passive) {
    const at = passive.index + passive[0].indexOf(passive[1]!, passive[0].indexOf(' by ') + 1);
    return { verb: passive[0].split(/\s+/)[0]!, verbAt: passive.index, headLength: head.length, agent: [at, at + passive[1]!.length] };
  }
  let last: { verb: string; at: number } | null = null;
  HANDING.lastIndex = 0;
  for (let m = HANDING.exec(head); m; m = HANDING.exec(head)) last = { verb: m[0], at: m.index };
  // The frame's verb hands the words, whatever verb its object holds.
  if (frame) last = { verb: /^\S+/.exec(head.slice(frame.index))![0], at: frame.index };
  if (!last || last.at === 0) return null;
  const between = head.slice(last.at + last.verb.length).trim().split(/\s+/).filter(Boolean).length;
  if (between > reach && !frame) return null;
  const relative = /\b(?:which|that|who|whom)\s+(?:it|he|she|they)\s+$/i.test(head.slice(0, last.at));
  const findings = /^f/i.test(last.verb) && QUANTIFIED_FINDINGS.test(head.slice(0, last.at));
  return { verb: last.verb, verbAt: last.at, headLength: head.length, relative, ...(findings && { findings }), ...(frame && { frame: true }) };
}
