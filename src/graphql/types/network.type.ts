/** Networks as data: nodes and edges with metrics, for visualisation tools (see also /export/*). */
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeType, Stance } from './enums.js';

export enum NetworkMetric {
  DEGREE = 'degree',
  WEIGHTED_DEGREE = 'weightedDegree',
  PAGERANK = 'pagerank',
  BETWEENNESS = 'betweenness',
  COMMUNITY = 'community',
  LAYOUT = 'layout',
}
registerEnumType(NetworkMetric, {
  name: 'NetworkMetric',
  description: 'Metrics computed on the returned network. Louvain and the layout use a fixed random seed: the same request gives the same answer.',
  valuesConfig: {
    DEGREE: { description: 'degree, and inDegree and outDegree on directed networks (parallel edges count).' },
    WEIGHTED_DEGREE: { description: 'Sum of the weights of the edges at a node.' },
    PAGERANK: { description: 'PageRank (damping 0.85) weighted by edge weight.' },
    BETWEENNESS: { description: 'Normalised betweenness on the undirected network, ignoring weights; exact while nodes × edges is at most 2,000,000, above that estimated from sampled sources (the network’s notes say how many).' },
    COMMUNITY: { description: 'Louvain community on the undirected weighted network, numbered by first appearance in id order.' },
    LAYOUT: { description: 'x and y from ForceAtlas2 (a bounded number of iterations from seeded random positions).' },
  },
});

export enum DiscourseAggregation {
  TWO_MODE = 'two-mode',
  CONGRUENCE = 'congruence',
  CONFLICT = 'conflict',
  SUBTRACT = 'subtract',
}
registerEnumType(DiscourseAggregation, {
  name: 'DiscourseAggregation',
  description: 'As in the Discourse Network Analyzer (DNA).',
  valuesConfig: {
    TWO_MODE: { description: 'Actor × target, one edge per stance (critical, supportive, neutral; mixed statements count for both poles).' },
    CONGRUENCE: { description: 'Actors linked by the targets on which they took the same pole.' },
    CONFLICT: { description: 'Actors linked by the targets on which they took opposite poles.' },
    SUBTRACT: { description: 'Congruence minus conflict (may be negative).' },
  },
});

export enum DiscourseNormalisation {
  NONE = 'none',
  AVERAGE = 'average',
  JACCARD = 'jaccard',
  COSINE = 'cosine',
}
registerEnumType(DiscourseNormalisation, {
  name: 'DiscourseNormalisation',
  description: 'Tie normalisation of the one-mode projections, as DNA computes it (act = an actor’s total of target-pole entries).',
  valuesConfig: {
    NONE: { description: 'Raw counts.' },
    AVERAGE: { description: 'Divided by the average activity of the two actors, (act1 + act2) / 2.' },
    JACCARD: { description: 'Divided by m10 + m01 + m11 (entries only the first used, only the second used, and the products of those both used).' },
    COSINE: { description: 'Divided by act1 · act2 (DNA’s cosine).' },
  },
});

export enum DiscourseWeighting {
  TARGETS = 'targets',
  STATEMENTS = 'statements',
}
registerEnumType(DiscourseWeighting, {
  name: 'DiscourseWeighting',
  description: 'What an actor’s entry for a target and pole counts before projecting.',
  valuesConfig: {
    TARGETS: { description: '1 if the actor took that pole on the target at all: congruence counts shared targets.' },
    STATEMENTS: { description: 'The number of statements (DNA’s default: ties weighted by joint usage).' },
  },
});

export enum DiscourseActors {
  PERSON = 'person',
  ORGANISATION = 'organisation',
}
registerEnumType(DiscourseActors, {
  name: 'DiscourseActors',
  description: 'Actors as the speakers, or as the organisations speakers held roles at (organisations, councils and people with no role stay themselves).',
});

@ObjectType({ description: 'Metrics of a node, when asked for with `metrics`.' })
export class NetworkNodeMetrics {
  @Field(() => Int, { nullable: true })
  degree?: number;

  @Field(() => Int, { nullable: true })
  inDegree?: number;

  @Field(() => Int, { nullable: true })
  outDegree?: number;

  @Field(() => Float, { nullable: true })
  weightedDegree?: number;

  @Field(() => Float, { nullable: true })
  pagerank?: number;

  @Field(() => Float, { nullable: true })
  betweenness?: number;

  @Field(() => Int, { nullable: true })
  community?: number;

  @Field(() => Float, { nullable: true })
  x?: number;

  @Field(() => Float, { nullable: true })
  y?: number;
}

@ObjectType({ description: 'A node of a network.' })
export class NetworkNode {
  @Field(() => ID)
  id!: string;

  @Field(() => NodeType, { description: 'The model label.' })
  type!: NodeType;

  @Field({ description: 'Display text (a name, a title, a statement’s words).' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Earliest date of the node or of the evidence of its edges (partial date).' })
  firstDate?: string;

  @Field(() => String, { nullable: true })
  lastDate?: string;

  @Field(() => NetworkNodeMetrics)
  metrics!: NetworkNodeMetrics;
}

@ObjectType({ description: 'An edge of a network, with its evidence.' })
export class NetworkEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field({ description: 'The relationship type (CRITICISED, PRAISED, AGREED_WITH, DISAGREED_WITH, RESPONDED_TO, RATED, …); STANCE, CONGRUENCE, CONFLICT or SUBTRACT in discourse networks.' })
  type!: string;

  @Field(() => Float, { description: 'Distinct utterances among the evidence after filters (the same words printed twice count once; sameWordsOnce: false counts every printing), 1 for a structural relationship; a projection’s (normalised) tie value.' })
  weight!: number;

  @Field(() => Stance, { nullable: true })
  stance?: Stance;

  @Field(() => String, { nullable: true })
  firstDate?: string;

  @Field(() => String, { nullable: true })
  lastDate?: string;

  @Field(() => [ID], { description: 'Ids of the statements (or ratings) the edge rests on.' })
  evidence!: string[];
}

@ObjectType({ description: 'A network: nodes and edges, and whether the selection was cut at its limit.' })
export class Network {
  @Field({ description: 'graph, two-mode, congruence, conflict or subtract.' })
  kind!: string;

  @Field()
  directed!: boolean;

  @Field({ description: 'True when the selection had more than `limit` relationships (or statements) and was cut.' })
  truncated!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the network is incomplete or estimated, when it is.' })
  message?: string;

  @Field(() => [NetworkNode])
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge])
  edges!: NetworkEdge[];
}

@ArgsType()
class SharedNetworkArgs {
  @Field(() => String, { nullable: true, description: 'Evidence dated on or after (overlapping): YYYY, YYYY-MM or YYYY-MM-DD.' })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: 'Evidence dated on or before (overlapping).' })
  dateTo?: string;

  @Field(() => [NetworkMetric], { nullable: true, description: 'Metrics to compute (default: DEGREE, WEIGHTED_DEGREE).' })
  metrics?: NetworkMetric[];
}

@ArgsType()
export class NetworkArgs extends SharedNetworkArgs {
  @Field(() => [ID], { nullable: true, description: 'Start from these nodes (a report: its reception). None: the whole graph, within `limit`.' })
  from?: string[];

  @Field(() => Int, { defaultValue: 1, description: 'Steps out from `from`, 1 to 4.' })
  depth!: number;

  @Field(() => [NodeType], { nullable: true, description: 'Only nodes of these types (the starting nodes always stay).' })
  nodeTypes?: NodeType[];

  @Field(() => [String], { nullable: true, description: 'Only these relationship types; default CRITICISED, PRAISED, RESPONDED_TO, RATED (who criticised whom). AGREED_WITH and DISAGREED_WITH (actor to claim) only when asked for.' })
  relationshipTypes?: string[];

  @Field(() => [Stance], { nullable: true, description: 'Only edges with these stances (CRITICISED and DISAGREED_WITH are critical, PRAISED, AGREED_WITH and ASSERTS supportive, DISPUTES critical, ABOUT its own); other edges are left out.' })
  stances?: Stance[];

  @Field({ defaultValue: true, description: 'Weights count the same words printed by several sources (SAME_WORDS) once; false counts every printing.' })
  sameWordsOnce!: boolean;

  @Field(() => Int, { nullable: true, description: 'At most this many relationships (default 2,000, at most 20,000); more sets `truncated`.' })
  limit?: number;
}

@ArgsType()
export class DiscourseNetworkArgs extends SharedNetworkArgs {
  @Field(() => DiscourseAggregation, { defaultValue: DiscourseAggregation.CONGRUENCE })
  aggregation!: DiscourseAggregation;

  @Field(() => DiscourseActors, { defaultValue: DiscourseActors.PERSON })
  actors!: DiscourseActors;

  @Field(() => DiscourseNormalisation, { defaultValue: DiscourseNormalisation.NONE })
  normalisation!: DiscourseNormalisation;

  @Field(() => DiscourseWeighting, { defaultValue: DiscourseWeighting.TARGETS })
  weighting!: DiscourseWeighting;

  @Field({ defaultValue: true, description: 'Mixed statements count for both poles; false leaves them out.' })
  includeMixed!: boolean;

  @Field({ defaultValue: true, description: 'Statements linked by SAME_WORDS (the same words in several sources) count once.' })
  sameWordsOnce!: boolean;

  @Field(() => [ID], { nullable: true, description: 'Only statements about these targets, and only these targets count.' })
  targets?: string[];

  @Field(() => [NodeType], { nullable: true, description: 'Only targets of these types.' })
  targetTypes?: NodeType[];

  @Field(() => Int, { nullable: true, description: 'At most this many statements (default 5,000, at most 20,000); more sets `truncated`.' })
  limit?: number;
}
