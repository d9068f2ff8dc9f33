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

export type ActorLabel = 'Person' | 'Organisation' | 'Council' | 'Group';

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
  /**
   * The same words (overlap ≥ 80% of the shorter) already in the graph with another speaker: an attribution
   * conflict the reviewer should settle (absent when there is none).
   */
  conflicts?: DraftAttributionConflict[];
  /** Who coded it, as stored (a re-opened article keeps it); absent: `rule:<rule>`. */
  codedBy?: string;
  /** The coder's note, as stored (a re-opened article keeps it; '' for none); absent: one written from the speaker's and targets' cues. */
  note?: string;
}

export interface DraftAttributionConflict {
  /** The statement in the graph that carries these words. */
  statement: string;
  speaker: string;
  speakerName: string;
  source?: string;
  sourceTitle?: string;
}

export interface DraftNewActor {
  id: string;
  label: ActorLabel;
  name: string;
  /** For a new organisation: its kind (`other` unless the text says more). */
  kind?: string;
  /** The role the text gives, and where (an existing or new organisation id). */
  role?: { title: string; at?: string; atName?: string };
  /** For a new council: its region. */
  region?: string;
  description?: string;
  /** Groups (existing or new) this actor is a member of. */
  memberOf?: string[];
  /** First mention, in code points (absent when a reviewer added it). */
  start: number;
  end: number;
  rule: string;
}

/** A framework (an inspection regime, a grading scale) the article names that the graph does not hold. */
export interface DraftNewFramework {
  id: string;
  name: string;
  introduced?: string;
  /** Its grades, best first. */
  scale?: string[];
  publishedBy?: string[];
  start?: number;
  end?: number;
  rule?: string;
}

/** One number of a claim: "9 (6%)" is two. */
export interface DraftClaimValue {
  value: number;
  unit: string;
  /** What it counts ("councils judged inadequate"). */
  counts?: string;
}

export interface DraftClaim {
  start: number;
  end: number;
  /** The number as written ("nearly 70%", "one in seven"). */
  text: string;
  value: number;
  unit: string;
  /** Existing claims with the same value, unit, period and subject, best first. */
  matches: string[];
  /** The statement the number sits in, when there is one. */
  statement?: string;
  rule: string;
  /** The period the number holds for, as the text gives it ("2015-16"), when it gives one. */
  period?: string;
  /** What the number counts or is about ("councils judged inadequate"), when the text says. */
  subject?: string;
  /**
   * The claim this number is, once decided: one of `matches`, or the id of one of `Draft.newClaims`. Absent:
   * the first match when there is one (asserted by `statement`, or by the article itself), else held back.
   */
  claim?: string;
}

/**
 * A claim the article introduces (no claim in the graph agrees in value, unit, period and subject). Who asserts
 * or disputes it is said where the claim is used: a statement's `asserts`/`disputes`, or the draft's
 * `sourceAsserts`/`sourceDisputes` for the author's own words.
 */
export interface DraftNewClaim {
  /** `claim:<source slug>-<n>`. */
  id: string;
  /** The proposition in plain words. */
  text: string;
  kind: 'statistic' | 'judgement';
  /** The headline number (the first of `values`). */
  value?: number;
  unit?: string;
  values?: DraftClaimValue[];
  period?: string;
  start?: number;
  end?: number;
  rule?: string;
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
  /** The rating this grade is, once decided: one of `matches`, or the id of one of `Draft.newRatings`. Absent: the first match, else held back. */
  rating?: string;
}

/** A rating the article reports that the graph does not hold: a council given a grade, in a report, under a framework. The article cites it. */
export interface DraftNewRating {
  /** `rating:<council slug>-<report or date slug>`. */
  id: string;
  /** A council id, existing or in `newActors`. */
  council: string;
  grade: string;
  /** Who gave the grade: an organisation id (the inspectorate), existing or new. */
  rater: string;
  /** The report that gave it (existing, or in `newReports`). */
  report?: string;
  framework?: string;
  ordinal?: number;
  date?: string;
  period?: string;
  aspect?: string;
  start?: number;
  end?: number;
  rule?: string;
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
  /** Frameworks to create with the article (absent in older drafts). */
  newFrameworks?: DraftNewFramework[];
  claims: DraftClaim[];
  /** Claims to create with the article (absent in older drafts). */
  newClaims?: DraftNewClaim[];
  /** Claims the article states, or contests, in its author's own words (ids: existing or in `newClaims`). */
  sourceAsserts?: string[];
  sourceDisputes?: string[];
  ratings: DraftRating[];
  /** Ratings to create with the article; the article cites them (absent in older drafts). */
  newRatings?: DraftNewRating[];
  excludedQuotes: DraftExcludedQuote[];
  /** The report the article is mainly about, when one was found, and how. */
  mainReport?: { id: string; rule: string };
  /** Milliseconds the extraction took (model loading excluded). */
  elapsedMs: number;
  warnings: string[];
}
