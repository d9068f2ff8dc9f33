/**
 * The graph model, declared once. Constraints, indexes, the allow-list of
 * labels and relationship types, write validation and the GraphQL types are
 * all derived from these two objects.
 */
import type { LabelSpec, PropertySpec, RelationshipSpec } from './types.js';

/**
 * The most characters (Unicode code points) each kind of string may have: generous for real
 * writing, finite for everything, so that no client can store a string that breaks what reads it next.
 */
export const MAX_LENGTH = {
  /** A node id, `<prefix>:<slug>`: room for a slug made from the longest name. */
  id: 500,
  /** A name, an alias, a role. */
  name: 300,
  /** A headline or a report's title. */
  title: 1_000,
  /** A short term: a kind, a period, a unit, a grade, a region. */
  term: 200,
  /**
   * A claim or an outcome in a sentence. These are their labels' display text, which both stores
   * index, and Neo4j refuses to index a value over about 8 KB: at most 4 bytes a character, 1,000 fits.
   */
  sentence: 1_000,
  /** A paragraph: a description, a note. */
  line: 4_000,
  /** A statement's verbatim words. */
  quote: 20_000,
  /** A web address. */
  url: 2_048,
  /** A source's full text: an article, or a long report (proposeArticle takes the same million). */
  document: 1_000_000,
} as const;

const str = (description: string, maxLength: number, extra: Partial<PropertySpec> = {}): PropertySpec => ({ type: 'string', description, maxLength, ...extra });
const url = (description: string): PropertySpec => str(description, MAX_LENGTH.url, { url: true });
const required = (spec: PropertySpec): PropertySpec => ({ ...spec, required: true });
/** A string only the server writes (the audit trail, bookkeeping): no client sends it, so it declares no limit. */
const serverStr = (description: string): PropertySpec => ({ type: 'string', description });

export const STANCES = ['critical', 'supportive', 'neutral', 'mixed'] as const;
export type Stance = (typeof STANCES)[number];

export const ORGANISATION_KINDS = [
  'regulator', 'government-department', 'government', 'professional-body', 'association', 'charity',
  'union', 'media', 'blog', 'council-body', 'task-force', 'inspectorate', 'other',
] as const;

export const OUTCOME_KINDS = ['dismissal', 'resignation', 'intervention', 'improvement-board', 'reorganisation', 'other'] as const;

const aliases: PropertySpec = {
  type: 'string[]',
  maxLength: MAX_LENGTH.name,
  maxItems: 100,
  description: 'Other names: acronyms, short forms and misspellings found in sources, resolved to this node.',
};

export const LABELS = {
  Person: {
    idPrefix: 'person',
    description: 'A named individual.',
    displayProperty: 'name',
    searchable: ['name', 'aliases'],
    actor: true,
    properties: {
      name: required(str('Full name as usually written, with honorifics such as "Sir".', MAX_LENGTH.name)),
      aliases,
      description: str('One line on who this is.', MAX_LENGTH.line),
    },
  },
  Organisation: {
    idPrefix: 'organisation',
    description: 'A body: regulator, department, association, charity, union, publisher, board.',
    displayProperty: 'name',
    searchable: ['name', 'aliases'],
    actor: true,
    properties: {
      name: required(str('Proper name.', MAX_LENGTH.name)),
      kind: required(str('What sort of body it is.', MAX_LENGTH.term, { enum: ORGANISATION_KINDS })),
      aliases,
      url: url('Home page.'),
      description: str('One line on what it is.', MAX_LENGTH.line),
    },
  },
  Council: {
    idPrefix: 'council',
    description: 'An English local authority with children’s services responsibilities.',
    displayProperty: 'name',
    searchable: ['name', 'aliases'],
    actor: true,
    properties: {
      name: required(str('Proper name of the authority, e.g. "Kingston upon Thames".', MAX_LENGTH.name)),
      aliases,
      region: str('Region of England.', MAX_LENGTH.term),
    },
  },
  Group: {
    idPrefix: 'group',
    description: 'People referred to together, neither a person nor a body: social workers, directors of children’s services, councils in general, "union leaders". A group can be spoken about, and can speak when a source gives words to it as a whole.',
    displayProperty: 'name',
    searchable: ['name', 'aliases'],
    actor: true,
    properties: {
      name: required(str('How the sources name the group, e.g. "social workers".', MAX_LENGTH.name)),
      aliases,
      description: str('One line on who is in it.', MAX_LENGTH.line),
    },
  },
  Report: {
    idPrefix: 'report',
    description: 'A published document that others respond to: an annual report, a ratings release.',
    displayProperty: 'title',
    searchable: ['title', 'aliases'],
    properties: {
      title: required(str('Title as published.', MAX_LENGTH.title)),
      kind: str('annual-report, ratings-release, inspection-report, sector-report, ...', MAX_LENGTH.term),
      period: str('The period it covers, as written ("2013-14").', MAX_LENGTH.term),
      date: { type: 'date', description: 'Publication date.' },
      aliases,
      url: url('Where to read it.'),
    },
  },
  Framework: {
    idPrefix: 'framework',
    description: 'An inspection framework or model, something that can be criticised in itself.',
    displayProperty: 'name',
    searchable: ['name', 'aliases'],
    properties: {
      name: required(str('Name.', MAX_LENGTH.name)),
      aliases,
      introduced: { type: 'date', description: 'When it came into use.' },
      description: str('What it is.', MAX_LENGTH.line),
      scale: { type: 'string[]', maxLength: MAX_LENGTH.term, maxItems: 50, description: 'Its grades, best first; a rating’s ordinal indexes this list from 1.' },
    },
  },
  Statement: {
    idPrefix: 'statement',
    description: 'What an actor said, as words in a source.',
    displayProperty: 'text',
    searchable: ['text'],
    properties: {
      text: required({ type: 'text', maxLength: MAX_LENGTH.quote, description: 'The exact words, verbatim from the source at the SOURCED_FROM offsets.' }),
      kind: required(str('A direct quote, or reported speech paraphrased by the author.', MAX_LENGTH.term, { enum: ['quote', 'paraphrase'] })),
      date: { type: 'date', description: 'When it was said (or published, when that is all the source gives).' },
      speakerRole: str('The role of an unnamed speaker ("a spokesperson"); the statement is then by the organisation.', MAX_LENGTH.name),
      codedBy: required(str('Who coded it: "seed:<file>", "key:<api key name>" or "rule:<extraction rule>".', MAX_LENGTH.name)),
      confidence: required({ type: 'float', description: 'How sure the coder is of speaker and stance, 0..1.' }),
      note: str('Coder’s note.', MAX_LENGTH.line),
    },
  },
  Claim: {
    idPrefix: 'claim',
    description: 'A proposition, often a statistic, that statements and reports assert or dispute.',
    displayProperty: 'text',
    searchable: ['text'],
    properties: {
      text: required(str('The proposition in plain words.', MAX_LENGTH.sentence)),
      kind: required(str('statistic or judgement.', MAX_LENGTH.term, { enum: ['statistic', 'judgement'] })),
      value: { type: 'float', description: 'The headline number, where it is one (also the first of `values`).' },
      unit: str('percent, councils, children, pounds, ...', MAX_LENGTH.term),
      values: { type: 'float[]', maxItems: 50, description: 'Every number the claim states, in the order stated ("9 (6%)": 9 and 6).' },
      valueUnits: { type: 'string[]', maxLength: MAX_LENGTH.term, maxItems: 50, description: 'The unit of each of `values`, in the same order.' },
      valueCounts: { type: 'string[]', maxLength: MAX_LENGTH.name, maxItems: 50, description: 'What each of `values` counts ("councils judged poor"), in the same order.' },
      period: str('The period it holds for, as written.', MAX_LENGTH.term),
    },
  },
  Outcome: {
    idPrefix: 'outcome',
    description: 'What happened: a dismissal, a resignation, an intervention, an improvement board.',
    displayProperty: 'description',
    searchable: ['description'],
    properties: {
      kind: required(str('What sort of outcome.', MAX_LENGTH.term, { enum: OUTCOME_KINDS })),
      description: required(str('What happened, in a sentence.', MAX_LENGTH.sentence)),
      date: { type: 'date', description: 'When.' },
    },
  },
  Rating: {
    idPrefix: 'rating',
    description: 'A kind of outcome: a judgement of a council by a rater under a framework, in a report.',
    displayProperty: 'grade',
    searchable: [],
    properties: {
      grade: required(str('The grade in the report’s own words ("poor", "requires improvement").', MAX_LENGTH.term)),
      ordinal: { type: 'int', description: 'Position on the framework’s scale, 1 = best; compare only within one framework.' },
      date: { type: 'date', description: 'When the judgement was made or published.' },
      period: str('The period judged, as written.', MAX_LENGTH.term),
      aspect: str('What was judged, where not overall effectiveness ("leadership, management and governance").', MAX_LENGTH.title),
    },
  },
  Source: {
    idPrefix: 'source',
    description: 'An article or post that statements were read in.',
    displayProperty: 'title',
    searchable: ['title'],
    properties: {
      title: required(str('Headline.', MAX_LENGTH.title)),
      publisherName: str('Publisher as printed, when there is no Organisation for it.', MAX_LENGTH.name),
      date: { type: 'date', description: 'Publication date, as precise as the text allows.' },
      url: url('Where it was published.'),
      text: required({ type: 'text', large: true, maxLength: MAX_LENGTH.document, description: 'The full text exactly as stored; offsets count Unicode code points in it.' }),
      contentHash: required(str('sha256 of the text, hex.', 64)),
      furniture: { type: 'int[]', maxItems: 100_000, description: 'Page furniture as [start, end) code-point pairs, flattened: not content.' },
    },
  },
  Change: {
    idPrefix: 'change',
    description: 'The audit trail: one change made through the API, by whom, when, with the records before and after.',
    displayProperty: 'summary',
    searchable: [],
    properties: {
      operation: required(serverStr('The mutation: addStatement, setStance, mergeActors, undoChange, ...')),
      keyName: required(serverStr('The name of the API key that made it.')),
      at: required(serverStr('When, ISO 8601 with milliseconds.')),
      summary: required(serverStr('What changed, in a sentence.')),
      nodeIds: { type: 'string[]', required: true, description: 'Every node the change wrote, deleted or re-derived.' },
      before: required({ type: 'text', large: true, description: 'JSON of the explicit records as they were ({nodes, relationships}).' }),
      after: required({ type: 'text', large: true, description: 'JSON of the explicit records as they became.' }),
      idempotencyKey: str('The client’s key for this change: a retry with the same key writes nothing new.', MAX_LENGTH.name),
      undoes: serverStr('The id of the change this one reversed.'),
      undoneBy: serverStr('The id of the change that reversed this one.'),
    },
  },
  Marker: {
    idPrefix: 'marker',
    description: 'Bookkeeping, not content: e.g. marker:seed records that a seed ran to the end.',
    displayProperty: 'id',
    searchable: [],
    properties: {
      contentHash: required(serverStr('sha256 over the seed files that were loaded (marker:seed), or over the derivation rules (marker:derivation).')),
      completedAt: required(serverStr('When the seed finished, ISO 8601.')),
      records: { type: 'int', description: 'How many nodes and relationships the seed wrote.' },
      version: { type: 'int', description: 'marker:derivation: the version of the derivation rules the derived edges were computed with.' },
      owned: { type: 'string[]', description: 'marker:seed: the ids of every explicit record the seed wrote; the next seed removes those it no longer states.' },
    },
  },
} as const satisfies Record<string, LabelSpec>;

export type Label = keyof typeof LABELS;

const ACTORS = ['Person', 'Organisation', 'Council', 'Group'] as const;
/** What praise and criticism can point at: actors and what they make or suffer, never a claim (see derived.ts). */
const APPRAISED = ['Person', 'Organisation', 'Council', 'Group', 'Report', 'Framework', 'Outcome', 'Rating'] as const;

const evidence = {
  evidence: { type: 'string[]', required: true, description: 'Ids of the statements (or ratings) this edge is derived from.' },
  weight: { type: 'int', required: true, description: 'How many distinct utterances the evidence holds: statements linked by SAME_WORDS count once.' },
  firstDate: { type: 'date', description: 'Earliest evidence date.' },
  lastDate: { type: 'date', description: 'Latest evidence date.' },
  utterances: { type: 'string[]', description: 'For each evidence item, in order: the utterance it prints (the lowest id of its SAME_WORDS group).' },
  via: { type: 'string[]', description: 'For each evidence item, in order: who said (or rated) it; for an organisation, the person or part it came through.' },
} satisfies Record<string, PropertySpec>;

const stance: PropertySpec = { type: 'string', required: true, enum: STANCES, description: 'Stance toward the target.' };

export const RELATIONSHIPS = {
  SAID: { description: 'The actor said the statement.', from: ACTORS, to: ['Statement'], properties: {} },
  ABOUT: {
    description: 'What a statement is about, with its stance toward it; never a claim: a statement ASSERTS or DISPUTES a claim (stance-links.ts).',
    from: ['Statement'], to: APPRAISED,
    properties: { stance },
  },
  ATTITUDE_OF: {
    description: 'The statement reports this actor’s attitude in the speaker’s words ("much to their chagrin"): the speaker, usually the source’s author, says how the actor feels; the actor said nothing, so the statement never counts for it.',
    from: ['Statement'], to: ACTORS, properties: {},
  },
  RESPONDS_TO: {
    description: 'The statement was made in response to this report or statement.',
    from: ['Statement'], to: ['Report', 'Statement'], properties: {},
  },
  SOURCED_FROM: {
    description: 'Where the words are: [start, end) in code points of the source text.',
    from: ['Statement'], to: ['Source'],
    properties: {
      start: { type: 'int', required: true, description: 'First code point of the quote.' },
      end: { type: 'int', required: true, description: 'One past the last code point.' },
    },
  },
  ASSERTS: { description: 'States the claim as true (a source: in its author’s own words).', from: ['Statement', 'Report', 'Source'], to: ['Claim'], properties: {} },
  DISPUTES: { description: 'Contests the claim (a source: in its author’s own words).', from: ['Statement', 'Report', 'Source'], to: ['Claim'], properties: {} },
  HELD_ROLE: {
    description: 'A position a person held at an organisation or council.',
    from: ['Person'], to: ['Organisation', 'Council'],
    keyProperties: ['title', 'from'],
    properties: {
      title: required(str('The role as the source words it ("president").', MAX_LENGTH.name)),
      from: { type: 'date', description: 'Start of the role, if known.' },
      to: { type: 'date', description: 'End of the role, if known.' },
      asOf: { type: 'date', description: 'A date on which the source shows the role held.' },
    },
  },
  MEMBER_OF: {
    description: 'An organisation is part of another (a board of an association).',
    from: ['Organisation'], to: ['Organisation'], properties: {},
  },
  PUBLISHED: { description: 'Published the report, source or framework.', from: ['Organisation', 'Person'], to: ['Report', 'Source', 'Framework'], properties: {} },
  AUTHORED: { description: 'Wrote it.', from: ['Person', 'Organisation'], to: ['Report', 'Source'], properties: {} },
  UNDER_FRAMEWORK: { description: 'Made under this inspection framework.', from: ['Report', 'Rating'], to: ['Framework'], properties: {} },
  RATING_OF: { description: 'The council the rating judges.', from: ['Rating'], to: ['Council'], properties: {} },
  RATED_BY: { description: 'Who made the judgement.', from: ['Rating'], to: ['Organisation'], properties: {} },
  IN_REPORT: { description: 'Where the judgement was published.', from: ['Rating'], to: ['Report'], properties: {} },
  CITES: { description: 'The rating cites the article that reports it.', from: ['Rating'], to: ['Source'], properties: {} },
  AFFECTED: { description: 'Whom the outcome befell.', from: ['Outcome'], to: ['Council', 'Person', 'Organisation'], properties: {} },
  DECIDED_BY: { description: 'Who brought the outcome about.', from: ['Outcome'], to: ACTORS, properties: {} },
  FOLLOWED: { description: 'The outcome followed (was prompted by) this report or rating.', from: ['Outcome'], to: ['Report', 'Rating'], properties: {} },
  CRITICISED: {
    description: 'Derived: the actor (or one of its people or parts) made critical (or mixed) statements about the target.',
    from: ACTORS, to: APPRAISED, derived: true, properties: evidence,
  },
  PRAISED: {
    description: 'Derived: the actor (or one of its people or parts) made supportive (or mixed) statements about the target.',
    from: ACTORS, to: APPRAISED, derived: true, properties: evidence,
  },
  AGREED_WITH: {
    description: 'Derived: the actor (or one of its people or parts) made statements that assert the claim.',
    from: ACTORS, to: ['Claim'], derived: true, properties: evidence,
  },
  DISAGREED_WITH: {
    description: 'Derived: the actor (or one of its people or parts) made statements that dispute the claim.',
    from: ACTORS, to: ['Claim'], derived: true, properties: evidence,
  },
  RESPONDED_TO: {
    description: 'Derived: the actor made statements in response to the report.',
    from: ACTORS, to: ['Report'], derived: true, properties: evidence,
  },
  RATED: {
    description: 'Derived from ratings: the rater judged the council.',
    from: ['Organisation'], to: ['Council'], derived: true, properties: evidence,
  },
  SPOKE_FOR: {
    description: 'Derived: the statement counts for this organisation or council: said by it, by a part of it, or by a person in a role at it (or at a part of it) while the role was held.',
    from: ['Statement'], to: ['Organisation', 'Council'], derived: true,
    properties: { via: required(serverStr('Who said it: the person, or the organisation itself or its part.')) },
  },
  SAME_WORDS: {
    description: 'Derived: the same speaker’s words carried by two sources (from the lower id to the higher).',
    from: ['Statement'], to: ['Statement'], derived: true, properties: {},
  },
  ATTRIBUTION_CONFLICT: {
    description: 'Derived: the same quoted words carried by two sources under different speakers (from the lower id to the higher): at most one attribution is right.',
    from: ['Statement'], to: ['Statement'], derived: true, properties: {},
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;

export const labelNames = Object.keys(LABELS) as Label[];
export const relationshipTypeNames = Object.keys(RELATIONSHIPS) as RelationshipType[];
export const actorLabels = labelNames.filter((label) => (LABELS[label] as LabelSpec).actor);

export function isLabel(value: string): value is Label {
  return Object.hasOwn(LABELS, value);
}
export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIPS, value);
}
const LARGE_PROPERTIES = Object.fromEntries(
  labelNames.map((label) => [label, Object.entries(LABELS[label].properties as Record<string, PropertySpec>).filter(([, spec]) => spec.large).map(([key]) => key)]),
) as unknown as Record<Label, readonly string[]>;

/** The label's large properties (a source's text): what neighbour reads may leave out. */
export function largeProperties(label: Label): readonly string[] {
  return LARGE_PROPERTIES[label];
}
export function labelSpec(label: Label): LabelSpec {
  return LABELS[label];
}
export function relationshipSpec(type: RelationshipType): RelationshipSpec {
  return RELATIONSHIPS[type];
}
