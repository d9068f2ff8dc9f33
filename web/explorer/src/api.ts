/**
 * The explorer's only door to Chorus: POST /graphql on this origin (the CSP
 * allows nothing else). One function per question the page asks.
 */
import type { Label, Stance } from '../../../src/model/schema.js';
import type { Network as ServerNetwork, NetworkEdge as ServerEdge, NetworkNode as ServerNode, NodeMetrics } from '../../../src/network/network.js';
import type { ExplorerState } from './state.js';

// The network's types are the server's own (src/network/network.ts), imported for types only (nothing of
// src/ is bundled), as GraphQL answers them: a field the server leaves out arrives as null, and enums
// (a node's type, an edge's stance) arrive as their GraphQL names, in capitals.
type Answered<T> = { [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

export type NetworkNode = Answered<Omit<ServerNode, 'type' | 'metrics'>> & {
  type: Uppercase<Label>;
  /** The metrics the page asks for (NETWORK_FIELDS). */
  metrics: Answered<Pick<NodeMetrics, 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness' | 'community' | 'x' | 'y'>>;
};

export type NetworkEdge = Answered<Omit<ServerEdge, 'stance' | 'undirected'>> & { stance: Uppercase<Stance> | null };

export type Network = Answered<Omit<ServerNetwork, 'nodes' | 'edges'>> & { nodes: NetworkNode[]; edges: NetworkEdge[] };

export class ApiError extends Error {}

async function graphql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the server answered ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`the server answered ${response.status} with no data`);
  return body.data;
}

const NETWORK_FIELDS = `kind directed truncated message
  nodes { id type label firstDate lastDate metrics { degree weightedDegree pagerank betweenness community x y } }
  edges { id source target type weight stance firstDate lastDate evidence }`;

/** Metrics asked for: what the colour and size controls need, and the (seeded, repeatable) layout. */
function metricsFor(state: ExplorerState): string[] {
  const metrics = ['DEGREE', 'WEIGHTED_DEGREE', 'PAGERANK', 'COMMUNITY', 'LAYOUT'];
  if (state.sizeBy === 'betweenness') metrics.push('BETWEENNESS');
  return metrics;
}

export async function fetchNetwork(state: ExplorerState, signal?: AbortSignal): Promise<Network> {
  // Absent, never null: the network resolvers read an explicit null as a value.
  const dates = { dateFrom: state.dateFrom, dateTo: state.dateTo };
  if (state.view === 'graph') {
    const data = await graphql<{ network: Network }>(
      `query ExplorerNetwork($from: [ID!], $relationshipTypes: [String!], $stances: [Stance!], $dateFrom: String, $dateTo: String, $limit: Int, $metrics: [NetworkMetric!]) {
        network(from: $from, depth: 1, relationshipTypes: $relationshipTypes, stances: $stances, dateFrom: $dateFrom, dateTo: $dateTo, limit: $limit, metrics: $metrics) { ${NETWORK_FIELDS} }
      }`,
      {
        from: state.from.length ? state.from : undefined,
        relationshipTypes: state.relationshipTypes,
        stances: state.stances.length ? state.stances.map((s) => s.toUpperCase()) : undefined,
        ...dates,
        limit: state.limit,
        metrics: metricsFor(state),
      },
      signal,
    );
    return data.network;
  }
  const data = await graphql<{ discourseNetwork: Network }>(
    `query ExplorerDiscourse($aggregation: DiscourseAggregation!, $actors: DiscourseActors!, $weighting: DiscourseWeighting!, $normalisation: DiscourseNormalisation!, $dateFrom: String, $dateTo: String, $limit: Int, $metrics: [NetworkMetric!]) {
      discourseNetwork(aggregation: $aggregation, actors: $actors, weighting: $weighting, normalisation: $normalisation, dateFrom: $dateFrom, dateTo: $dateTo, limit: $limit, metrics: $metrics) { ${NETWORK_FIELDS} }
    }`,
    {
      aggregation: state.view.toUpperCase().replace('-', '_'),
      actors: state.actors.toUpperCase(),
      weighting: state.weighting.toUpperCase(),
      normalisation: state.view === 'two-mode' ? 'NONE' : state.normalisation.toUpperCase(),
      ...dates,
      limit: state.limit,
      metrics: metricsFor(state),
    },
    signal,
  );
  return data.discourseNetwork;
}

export interface SearchHit {
  id: string;
  type: string;
  label: string;
  matched: string[];
}

const NAME = `... on Actor { name } ... on Report { title } ... on Framework { name } ... on Claim { text } ... on Outcome { description } ... on Source { title }`;
type Named = { id: string; __typename: string; name?: string; title?: string; text?: string; description?: string; grade?: string };
export const nameOf = (node: Named | null | undefined): string => node?.name ?? node?.title ?? node?.text ?? node?.description ?? node?.grade ?? node?.id ?? '';

/** The node types the explorer's search box offers; the review page also asks for groups (speakers and targets). */
export const EXPLORER_SEARCH_TYPES = ['PERSON', 'ORGANISATION', 'COUNCIL', 'REPORT', 'FRAMEWORK'];

export async function search(text: string, signal?: AbortSignal, types: string[] = EXPLORER_SEARCH_TYPES): Promise<SearchHit[]> {
  const data = await graphql<{ search: { nodes: { matched: string[]; node: Named }[] } }>(
    `query ExplorerSearch($text: String!, $types: [NodeType!]) {
      search(text: $text, types: $types, first: 8) { nodes { matched node { id __typename ${NAME} } } }
    }`,
    { text, types },
    signal,
  );
  return data.search.nodes.map((hit) => ({ id: hit.node.id, type: hit.node.__typename, label: nameOf(hit.node), matched: hit.matched }));
}

export interface EvidenceStatement {
  __typename: 'Statement';
  id: string;
  text: string;
  kind: string;
  date: string | null;
  speaker: Named | null;
  speakerRole: string | null;
  source: { id: string; title: string; url: string | null; date: string | null; publisherName: string | null; publisher: Named | null } | null;
  quote: { prefix: string; exact: string; suffix: string } | null;
  targets: { stance: string; target: Named }[];
  /** The same quoted words another source gives to a different speaker. */
  attributionConflicts: { id: string; speaker: Named | null; source: { id: string; title: string } | null }[];
}
export interface EvidenceRating {
  __typename: 'Rating';
  id: string;
  grade: string;
  date: string | null;
  period: string | null;
  aspect: string | null;
  rater: Named | null;
  council: Named | null;
  framework: Named | null;
  report: Named | null;
}
export type Evidence = EvidenceStatement | EvidenceRating | { __typename: string; id: string };

const STATEMENT_FIELDS = `id text kind date speakerRole speaker { id __typename name }
  source { id title url date publisherName publisher { id __typename name } }
  quote { prefix exact suffix }
  targets { stance target { id __typename ${NAME} } }
  attributionConflicts { id speaker { id __typename name } source { id title } }`;

export async function fetchEvidence(ids: string[]): Promise<Evidence[]> {
  if (ids.length === 0) return [];
  const data = await graphql<{ nodes: (Evidence | null)[] }>(
    `query ExplorerEvidence($ids: [ID!]!) {
      nodes(ids: $ids) { __typename id
        ... on Statement { ${STATEMENT_FIELDS} }
        ... on Rating { grade date period aspect rater { id __typename name } council { id __typename name } framework { id __typename name } report { id __typename title } }
      }
    }`,
    { ids },
  );
  return data.nodes.filter((n): n is Evidence => n !== null);
}

export interface Profile {
  __typename: string;
  id: string;
  name?: string;
  title?: string;
  aliases?: string[];
  description?: string | null;
  kind?: string | null;
  reportKind?: string | null;
  summary?: string;
  text?: string;
  region?: string | null;
  date?: string | null;
  period?: string | null;
  introduced?: string | null;
  url?: string | null;
  statementCount?: number;
  roles?: { title: string; from: string | null; to: string | null; asOf: string | null; at: Named }[];
  ratings?: { id: string; grade: string; ordinal: number | null; date: string | null; period: string | null; framework: Named | null }[];
  statements?: { totalCount?: number; nodes: EvidenceStatement[] };
}

export async function fetchProfile(id: string): Promise<Profile | null> {
  const data = await graphql<{ node: Profile | null }>(
    `query ExplorerProfile($id: ID!) {
      node(id: $id) { __typename id
        ... on Actor { name aliases statementCount statements(first: 50) { nodes { ${STATEMENT_FIELDS} } } }
        ... on Person { description roles { title from to asOf at { id __typename name } } }
        ... on Organisation { description kind url }
        ... on Council { region ratings { id grade ordinal date period framework { id __typename name } } }
        ... on Report { title date reportKind: kind period url aliases statements(first: 50) { nodes { ${STATEMENT_FIELDS} } } }
        ... on Framework { name aliases description introduced statements(first: 50) { nodes { ${STATEMENT_FIELDS} } } }
        ... on Claim { text }
        ... on Outcome { summary: description date }
        ... on Source { title date url }
      }
    }`,
    { id },
  );
  return data.node;
}

/** The years the corpus's statements span (the time slider's range). */
export async function fetchYears(): Promise<[number, number] | null> {
  const data = await graphql<{ early: { nodes: { date: string | null }[] }; late: { nodes: { date: string | null }[] } }>(
    `query ExplorerYears { early: statements(first: 20, order: ASC) { nodes { date } } late: statements(first: 20, order: DESC) { nodes { date } } }`,
    {},
  );
  const years = [...data.early.nodes, ...data.late.nodes].map((n) => (n.date ? Number(n.date.slice(0, 4)) : NaN)).filter(Number.isFinite);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}
