/** The vocabulary the model is declared in: plain data that every other module reads. */

export type PropertyType =
  | 'string'
  | 'text' // long text: full-text indexed where the label says so
  | 'int'
  | 'float'
  | 'boolean'
  | 'string[]'
  | 'int[]'
  | 'float[]'
  | 'date'; // a partial date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (see dates.ts)

export interface PropertySpec {
  type: PropertyType;
  required?: boolean;
  /** Allowed values for a string property. */
  enum?: readonly string[];
  /** A document body (a source's text): left out of neighbour reads that ask for that (RelatedQuery.omitLarge). */
  large?: boolean;
  /**
   * The most characters (Unicode code points) a string, text or each item of a
   * string list may have. Every property a client writes declares one: an
   * unbounded string is a way to break whatever reads it next.
   */
  maxLength?: number;
  /** The most items a list may have. */
  maxItems?: number;
  /** A web address: only http: and https: are accepted. */
  url?: boolean;
  description: string;
}

export interface LabelSpec {
  /** The id prefix, e.g. `person` in `person:alan-wood`. */
  idPrefix: string;
  description: string;
  properties: Record<string, PropertySpec>;
  /** The property a user reads as the node's name (Gephi's and sigma's "label"). */
  displayProperty: string;
  /** Properties whose words are put in the full-text index. */
  searchable: readonly string[];
  /** True for actors: they can speak (SAID) and be criticised or praised. */
  actor?: boolean;
}

export interface RelationshipSpec {
  description: string;
  from: readonly string[];
  to: readonly string[];
  properties: Record<string, PropertySpec>;
  /**
   * Properties that, with the type and endpoints, make the relationship's id:
   * two roles of one person at one organisation differ by title and start.
   */
  keyProperties?: readonly string[];
  /** Computed by the loader from other records, never written by hand. */
  derived?: boolean;
}
