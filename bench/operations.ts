/**
 * The benchmark's operations: the GraphQL Chorus answers, and where the Neo4j GraphQL Library's API can
 * express it, the equivalent query for the peer server (bench/peer/). Variables come from the corpus
 * targets, which name the same entities at every scale.
 */
import type { CorpusTargets } from './generate.js';

export interface Operation {
  name: string;
  title: string;
  query: string;
  variables(targets: CorpusTargets, i: number): Record<string, unknown>;
  /** Needs an API key. */
  mutation?: boolean;
  /** A root field that must exist in the schema (checked by introspection at run time). */
  requires?: string;
  peer?: { query: string; variables(targets: CorpusTargets): Record<string, unknown>; note?: string };
  peerMissing?: string;
}

const STATEMENT_FIELDS = `text kind date
  speaker { id name ... on Person { roles { title at { id name } } } }
  targets { stance target { id } }
  source { title url publisher { name } }`;

export const OPERATIONS: Operation[] = [
  {
    name: 'whoSaidWhat',
    title: 'Who said what about a report',
    query: `query WhoSaidWhat($report: ID!) { node(id: $report) { ... on Report { title date
      stanceCounts { stance count }
      statements(first: 10) { totalCount edges { cursor node { ${STATEMENT_FIELDS} } } pageInfo { hasNextPage endCursor } } } } }`,
    variables: (t) => ({ report: t.report }),
    peer: {
      query: `query WhoSaidWhat($report: ID!) { reports(where: { id: { eq: $report } }) { title date
        critical: statementsConnection(where: { edge: { stance: { eq: "critical" } } }) { totalCount }
        supportive: statementsConnection(where: { edge: { stance: { eq: "supportive" } } }) { totalCount }
        neutral: statementsConnection(where: { edge: { stance: { eq: "neutral" } } }) { totalCount }
        mixed: statementsConnection(where: { edge: { stance: { eq: "mixed" } } }) { totalCount }
        statementsConnection(first: 10, sort: [{ node: { dateFrom: ASC } }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
          text kind date
          speaker { ... on Person { id name rolesConnection { edges { properties { title } node { ... on Organisation { id name } ... on Council { id name } } } } }
                    ... on Organisation { id name } ... on Council { id name } }
          targetsConnection { edges { properties { stance } node { ... on Report { id } ... on Framework { id } ... on Council { id } ... on Claim { id } ... on Person { id } } } }
          source { title url publishers { name } } } } } } }`,
      variables: (t) => ({ report: t.report }),
    },
  },
  {
    name: 'actorProfile',
    title: 'An actor profile',
    query: `query ActorProfile($person: ID!) { node(id: $person) { ... on Person { name description
      roles { title from to at { id name } }
      statementCount
      statements(first: 10, order: DESC) { nodes { text date targets { stance target { id } } source { title } } }
      criticised { weight node { id } }
      praised { weight node { id } } } } }`,
    variables: (t) => ({ person: t.person }),
    peer: {
      query: `query ActorProfile($person: ID!) { people(where: { id: { eq: $person } }) { name description
        rolesConnection { edges { properties { title from to } node { ... on Organisation { id name } ... on Council { id name } } } }
        statementsConnection { totalCount }
        statements(limit: 10, sort: [{ dateFrom: DESC }]) { text date
          targetsConnection { edges { properties { stance } node { ... on Report { id } ... on Framework { id } ... on Council { id } ... on Claim { id } ... on Person { id } } } }
          source { title } }
        criticisedConnection(sort: [{ edge: { weight: DESC } }]) { edges { properties { weight } node { ... on Report { id } ... on Framework { id } ... on Council { id } ... on Claim { id } ... on Person { id } } } }
        praisedConnection(sort: [{ edge: { weight: DESC } }]) { edges { properties { weight } node { ... on Report { id } ... on Framework { id } ... on Council { id } ... on Claim { id } ... on Person { id } } } } } }`,
      variables: (t) => ({ person: t.person }),
    },
  },
  {
    name: 'search',
    title: 'Full-text search (a misspelt name)',
    query: `query Search($text: String!) { search(text: $text, first: 5) { edges { node { score matched node { id __typename ... on Actor { name } ... on Statement { text } } } } } }`,
    variables: (t) => ({ text: t.searchText }),
    peer: {
      note: 'Lucene fuzzy terms (word~) over the same full-text indexes, one @fulltext query per label (5 labels, 5 hits each); Chorus ranks over every searchable label and corrects names from its vocabulary',
      query: `query Search($phrase: String!) {
        people: peopleFulltext(phrase: $phrase, first: 5) { edges { score node { id name } } }
        organisations: organisationsFulltext(phrase: $phrase, first: 5) { edges { score node { id name } } }
        councils: councilsFulltext(phrase: $phrase, first: 5) { edges { score node { id name } } }
        reports: reportsFulltext(phrase: $phrase, first: 5) { edges { score node { id title } } }
        statements: statementsFulltext(phrase: $phrase, first: 5) { edges { score node { id text } } } }`,
      variables: (t) => ({ phrase: t.searchText.split(' ').map((w) => `${w}~`).join(' ') }),
    },
  },
  {
    name: 'network',
    title: 'Depth-2 network with metrics',
    requires: 'network',
    // At most 40 relationships, so that every scale answers with a network of one size (the target compares
    // pages of the same size): uncut, report r-0's depth-2 network grows from 49 edges at 120 statements to
    // 146 at 100,000, as its speakers' other statements accumulate.
    query: `query Network($report: ID!) { network(from: [$report], depth: 2, limit: 40, metrics: [DEGREE, PAGERANK, BETWEENNESS]) {
      truncated nodes { id type label metrics { degree pagerank betweenness } } edges { source target type weight } } }`,
    variables: (t) => ({ report: t.report }),
    peerMissing: 'no network metrics (degree, PageRank, betweenness) in the Neo4j GraphQL Library',
  },
  {
    name: 'discourse',
    title: 'Discourse congruence network for a report',
    requires: 'discourseNetwork',
    // At most 8 statements, as the network's limit: report r-0 has 8 statements at 120, 12 at 100,000 and 13 at
    // 1,000,000, and the congruence projection grows with the square of its speakers (the in-memory ceiling's
    // p50 grew 2.6× from 8 to 12), so uncut the scales would not compare pages of the same size.
    query: `query Discourse($report: ID!) { discourseNetwork(targets: [$report], aggregation: CONGRUENCE, limit: 8) {
      truncated nodes { id label metrics { degree weightedDegree } } edges { source target weight } } }`,
    variables: (t) => ({ report: t.report }),
    peerMissing: 'the one-mode projection (actor × actor by shared stances) is computed, not stored: not expressible',
  },
  {
    name: 'councilRatings',
    title: "A council's rating history",
    query: `query CouncilRatings($council: ID!) { node(id: $council) { ... on Council { name
      ratings { grade ordinal period date framework { name scale } report { title } rater { name } }
      outcomes { kind description date } } } }`,
    variables: (t) => ({ council: t.council }),
    peer: {
      query: `query CouncilRatings($council: ID!) { councils(where: { id: { eq: $council } }) { name
        ratings(sort: [{ dateFrom: ASC }]) { grade ordinal period date framework { name scale } report { title } rater { name } }
        outcomes(sort: [{ dateFrom: ASC }]) { kind description date } } }`,
      variables: (t) => ({ council: t.council }),
    },
  },
  {
    name: 'setStance',
    title: 'Mutation: setStance',
    mutation: true,
    query: `mutation SetStance($statement: ID!, $report: ID!, $stance: Stance!) { setStance(statement: $statement, target: $report, stance: $stance) {
      applied change { id } node { ... on Statement { targets { stance target { id } } } } } }`,
    // Each request flips its statement's stance, so every one writes: with the stance taken from i alone, an even
    // number of statements gave each statement the same stance every time, and all but the first requests changed nothing.
    variables: (t, i) => {
      const n = t.mutationStatements.length;
      return { statement: t.mutationStatements[i % n], report: t.report, stance: Math.floor(i / n) % 2 ? 'CRITICAL' : 'SUPPORTIVE' };
    },
    peerMissing: 'Chorus writes an audit record and re-derives CRITICISED/PRAISED in the same transaction; a bare relationship update is not the same work',
  },
];

/** The deep query of the round-trip probe: critics with their roles and their statements' sources. */
export const PROBE_QUERY = `query Probe($report: ID!) { node(id: $report) { ... on Report {
  critics { weight node { id ... on Actor { name } ... on Person { roles { title at { name } } } } evidence { id ... on Statement { text source { title } speaker { name } } } } } } }`;

export const TYPENAME_QUERY = '{ __typename }';
