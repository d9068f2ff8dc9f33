/**
 * A draft: what the extractor proposes for one new article, for a person to
 * review. Plain JSON (no classes, no Maps, no undefined-only fields needed),
 * so it can travel through GraphQL or a file unchanged, and it converts 1:1
 * to a seed file (`draftToSeedFile` in ./to-seed.ts).
 *
 * Every span is [start, end) in Unicode code points of the article text
 * exactly as given, and `text` is that slice verbatim. Every proposal says
 * which rule produced it (`rule`) and which words in the text were the cue
 * (`cues`), so a reviewer can see why it is there.
 */
import type { Stance } from '../model/schema.js';

export const DRAFT_VERSION = 1;

export type ActorLabel = 'Person' | 'Organisation' | 'Council';

/** Who said a statement: an actor already in the graph, or one the draft proposes. */
export interface DraftSpeaker {
  /** An existing id (`person:alan-wood`) or the id proposed for a new actor (see `Draft.newActors`). */
  id: string;
  name: string;
  label: ActorLabel;
  /** True when the id is already in the graph. */
  existing: boolean;
  /** How the speaker was resolved: `name`, `alias`, `role`, `pronoun`, `anaphor`, `byline`, `new`. */
  resolvedBy: string;
  /** The words in the text that named the speaker (a name, a pronoun, "the watchdog"). */
  mention?: string;
  /** "spokesperson" when an unnamed spokesperson speaks for the organisation. */
  speakerRole?: string;
  confidence: number;
}

export interface DraftTarget {
  /** An existing node id (report, framework, organisation, council, person, claim). */
  target: string;
  label: string;
  name: string;
  stance: Stance;
  confidence: number;
  /** Why this is a target (`named`, `anaphor:the report`, `main report`) and which stance cues counted. */
  cues: string[];
}

export interface DraftStatement {
  /** Proposed id: `statement:<source slug>.<speaker slug>-<n>`. */
  id: string;
  kind: 'quote' | 'paraphrase';
  start: number;
  end: number;
  text: string;
  speaker: DraftSpeaker;
  about: DraftTarget[];
  /** Reports this statement responds to (from "responding to the report" or a critical/supportive stance toward one). */
  respondsTo: string[];
  /** Existing claims whose value and unit appear in the statement. */
  asserts: string[];
  disputes: string[];
  /** How sure the extractor is of speaker and stance together, 0..1. */
  confidence: number;
  /** The extraction rule, e.g. `quote:said-after`, `quote:intro-paragraph`, `paraphrase:said-that`. */
  rule: string;
  cues: string[];
}

export interface DraftNewActor {
  id: string;
  label: ActorLabel;
  name: string;
  /** For a new organisation: its kind (`other` unless the text says more). */
  kind?: string;
  /** The role the text gives, and where (an existing or new organisation id). */
  role?: { title: string; at?: string; atName?: string };
  /** First mention, in code points. */
  start: number;
  end: number;
  rule: string;
}

export interface DraftClaim {
  start: number;
  end: number;
  /** The number as written ("nearly 70%", "one in seven"). */
  text: string;
  value: number;
  unit: string;
  /** Existing claims with the same value and unit, best first. */
  matches: string[];
  /** The statement the number sits in, when there is one. */
  statement?: string;
  rule: string;
}

export interface DraftRating {
  council: string;
  councilName: string;
  /** Is the council already in the graph? */
  existing: boolean;
  grade: string;
  start: number;
  end: number;
  /** The council's name as written. */
  text: string;
  /** Existing ratings of this council with this grade. */
  matches: string[];
  rule: string;
  cues: string[];
}

/**
 * A report the article answers that the graph does not hold yet: it becomes a Report node on commit, and
 * statements may name its id as a target, so they are never dropped for want of one. The extractor proposes
 * it where the text names it (with `start`, `end`, `rule` and the publisher it found); a reviewer adds or edits it.
 */
export interface DraftNewReport {
  /** The id proposed for it (`report:<slug of the title>`). */
  id: string;
  /** The title as the text gives it, with its period when one is next to it. */
  title: string;
  kind?: string;
  period?: string;
  /** For a proposal, the article's date: a report is answered in the days after it comes out. */
  date?: string;
  url?: string;
  /** Organisation ids (existing, or new in this draft). */
  publishedBy?: string[];
  framework?: string;
  /** The publisher the extractor found: an existing organisation id, or one proposed in `newActors`. */
  publisher?: string;
  publisherName?: string;
  /** Where the text names it, in code points (the extractor's proposals). */
  start?: number;
  end?: number;
  rule?: string;
}

/** A quotation-mark span that is not a statement, with why (the seed format lists these). */
export interface DraftExcludedQuote {
  text: string;
  start: number;
  reason: string;
}

export interface DraftSource {
  id: string;
  slug: string;
  title: string;
  publisher?: string;
  publisherName?: string;
  authors: string[];
  authorNames: string[];
  date?: string;
  url?: string;
  sha256: string;
  /** Length of the text in code points. */
  length: number;
}

export interface Draft {
  version: typeof DRAFT_VERSION;
  source: DraftSource;
  /** Page furniture ranges [start, end), in code points, with the rule that found each. */
  furniture: { start: number; end: number; rule: string }[];
  statements: DraftStatement[];
  newActors: DraftNewActor[];
  /** Reports to create with the article: proposed by the extractor where the text names them, or added by a reviewer (absent in older drafts). */
  newReports?: DraftNewReport[];
  claims: DraftClaim[];
  ratings: DraftRating[];
  excludedQuotes: DraftExcludedQuote[];
  /** The report the article is mainly about, when one was found, and how. */
  mainReport?: { id: string; rule: string };
  /** Milliseconds the extraction took (model loading excluded). */
  elapsedMs: number;
  warnings: string[];
}
