/**
 * The seed format: JSON files under `seed/` that a person can read and
 * extend by hand. Every file has the same shape, any section may be absent,
 * and the loader merges all files (an id defined twice is an error). Each
 * record names its links by id; the loader turns them into relationships.
 * `seed/README.md` documents this with a worked example.
 */
import type { Stance } from '../model/schema.js';

export interface SeedRole {
  /** Organisation or council id. */
  at: string;
  title: string;
  from?: string;
  to?: string;
  asOf?: string;
}

export interface SeedPerson {
  id: string;
  name: string;
  aliases?: string[];
  description?: string;
  roles?: SeedRole[];
}

export interface SeedOrganisation {
  id: string;
  name: string;
  kind: string;
  aliases?: string[];
  url?: string;
  description?: string;
  /** Organisations this one is part of (a board of an association). */
  memberOf?: string[];
}

export interface SeedCouncil {
  id: string;
  name: string;
  aliases?: string[];
  region?: string;
}

/** People referred to together (social workers, "union leaders"): an actor, neither a person nor a body. */
export interface SeedGroup {
  id: string;
  name: string;
  aliases?: string[];
  description?: string;
}

export interface SeedReport {
  id: string;
  title: string;
  kind?: string;
  period?: string;
  date?: string;
  aliases?: string[];
  url?: string;
  publishedBy?: string[];
  authors?: string[];
  framework?: string;
  asserts?: string[];
  disputes?: string[];
}

export interface SeedFramework {
  id: string;
  name: string;
  aliases?: string[];
  introduced?: string;
  description?: string;
  scale?: string[];
  publishedBy?: string[];
}

/** One number a claim states, with its unit and what it counts. */
export interface SeedClaimValue {
  value: number;
  unit: string;
  /** What the number counts: "councils judged poor", "of 87 councils inspected". */
  counts: string;
}

export interface SeedClaim {
  id: string;
  text: string;
  kind: 'statistic' | 'judgement';
  /** The headline number; when `values` is given, it is the first of them. */
  value?: number;
  unit?: string;
  period?: string;
  /** Every number the claim states ("9 (6%)": 9 councils and 6 percent). */
  values?: SeedClaimValue[];
}

export interface SeedRating {
  id: string;
  council: string;
  grade: string;
  ordinal?: number;
  date?: string;
  period?: string;
  aspect?: string;
  rater: string;
  framework?: string;
  report?: string;
}

export interface SeedOutcome {
  id: string;
  kind: string;
  description: string;
  date?: string;
  affected?: string[];
  decidedBy?: string[];
  followed?: string[];
}

export interface SeedTarget {
  target: string;
  stance: Stance;
}

export interface SeedStatement {
  id: string;
  /** Person, organisation or council id. */
  speaker: string;
  kind: 'quote' | 'paraphrase';
  /** Verbatim from the source text, code points [start, end). */
  text: string;
  start: number;
  end: number;
  date?: string;
  speakerRole?: string;
  about: SeedTarget[];
  respondsTo?: string[];
  asserts?: string[];
  disputes?: string[];
  /**
   * Actors whose attitude the statement reports in the speaker's words ("much to their chagrin"): the
   * speaker is the author; these said nothing (ATTITUDE_OF).
   */
  attitudeOf?: string[];
  /** Defaults to 1 for hand-coded seed statements. */
  confidence?: number;
  /** Defaults to "seed:<file name>". */
  codedBy?: string;
  note?: string;
}

export interface SeedExcludedQuote {
  /** The quoted words (without the quotation marks) and where they start. */
  text: string;
  start: number;
  reason: string;
}

/**
 * What an article proposes that cannot be loaded yet, kept with what is missing (a statement with no target,
 * a number that matches no claim, a rating with no rating in the graph to cite), so that nothing a draft
 * found vanishes: the loader checks its words at its offsets and reports it, and writes nothing for it.
 * Complete it and move it where it belongs (a statement, `asserts`, `ratings`), or delete it.
 */
export interface SeedHeldBack {
  kind: 'statement' | 'number' | 'rating';
  /** The words in the text, code points [start, end). */
  text: string;
  start: number;
  end: number;
  /** What it needs before it can be loaded: `about`, `claim`, `rating`, ... */
  missing: string[];
  /** What the draft proposed for it (speaker, value and unit, council and grade), as a starting point. */
  proposal?: Record<string, unknown>;
}

export interface SeedSource {
  id: string;
  title: string;
  /** Organisation id of the publisher, when there is one. */
  publisher?: string;
  publisherName?: string;
  authors?: string[];
  date?: string;
  url?: string;
  /** The text file, relative to `seed/sources/`. */
  textFile: string;
  /** sha256 of the text file, hex: a changed text is caught before offsets go wrong. */
  sha256: string;
  /** Page furniture, [start, end) in code points: not content. */
  furniture?: [number, number][];
  statements?: SeedStatement[];
  /** Quotation-mark spans that are not statements (scare quotes, titles, terms), with why. */
  excludedQuotes?: SeedExcludedQuote[];
  /** Claims the article states in its author's own words (the source ASSERTS them). */
  asserts?: string[];
  /** Claims the article contests in its author's own words. */
  disputes?: string[];
  /** Ratings the article reports (each rating CITES the source). */
  ratings?: string[];
  heldBack?: SeedHeldBack[];
}

export interface SeedFile {
  people?: SeedPerson[];
  organisations?: SeedOrganisation[];
  councils?: SeedCouncil[];
  groups?: SeedGroup[];
  reports?: SeedReport[];
  frameworks?: SeedFramework[];
  claims?: SeedClaim[];
  ratings?: SeedRating[];
  outcomes?: SeedOutcome[];
  sources?: SeedSource[];
}

export const SEED_SECTIONS = ['people', 'organisations', 'councils', 'groups', 'reports', 'frameworks', 'claims', 'ratings', 'outcomes', 'sources'] as const;
