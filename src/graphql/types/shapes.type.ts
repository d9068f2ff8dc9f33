/** Values that are not nodes: roles, stance-carrying links, quote spans, counts. */
import type { GraphNode } from '../graph-node.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Actor, Node } from './interfaces.js';
import { Source, Statement } from './nodes.type.js';
import { Stance } from './enums.js';

@ObjectType({ description: 'A position a person held at an organisation or council.' })
export class Role {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  from?: string;

  @Field(() => String, { nullable: true })
  to?: string;

  @Field(() => String, { nullable: true, description: 'A date on which a source shows the role held.' })
  asOf?: string;

  /** Ids, resolved by field resolvers. */
  personId!: string;
  atId!: string;
  /** The end the roles were read toward (the organisation of a person's role, the person of a member), as that read found it. */
  neighbour?: GraphNode;
}

@ObjectType({ description: 'A statement’s target with the statement’s stance toward it.' })
export class StatementTarget {
  @Field(() => Stance)
  stance!: Stance;

  @Field(() => Node)
  target!: unknown;
}

@ObjectType({ description: 'A derived link between an actor and a target (criticised, praised, agreed with, disagreed with, responded to, rated), with its evidence. What each means: docs/derived-relationships.md.' })
export class Link {
  @Field(() => ID, { description: 'The relationship’s id.' })
  id!: string;

  @Field({ description: 'CRITICISED, PRAISED, AGREED_WITH, DISAGREED_WITH, RESPONDED_TO or RATED.' })
  type!: string;

  @Field(() => Node, { description: 'The other end, seen from the node you asked.' })
  node!: unknown;

  @Field(() => Int, { description: 'How many distinct utterances (or ratings) are evidence for it: the same words printed by two sources (SAME_WORDS) count once; evidence lists every printing.' })
  weight!: number;

  @Field(() => String, { nullable: true })
  firstDate?: string;

  @Field(() => String, { nullable: true })
  lastDate?: string;

  /** Evidence ids, resolved by a field resolver. */
  evidenceIds!: string[];
  /** Who the evidence came through, other than the actor itself, resolved by a field resolver. */
  viaIds!: string[];
}

@ObjectType({ description: 'Where a statement’s words are in its source: the W3C TextPosition and TextQuote selectors.' })
export class QuoteSpan {
  @Field(() => Int, { description: 'First code point of the quote in the source text.' })
  start!: number;

  @Field(() => Int, { description: 'One past the last code point.' })
  end!: number;

  @Field({ description: 'The quoted words exactly.' })
  exact!: string;

  @Field({ description: 'Up to 80 code points before the quote.' })
  prefix!: string;

  @Field({ description: 'Up to 80 code points after the quote.' })
  suffix!: string;
}

@ObjectType({ description: 'How many statements took a stance.' })
export class StanceCount {
  @Field(() => Stance)
  stance!: Stance;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A speaker’s (or organisation’s) statements about a target, counted per stance.' })
export class StanceBreakdown {
  @Field(() => Node, { description: 'The speaker, or the organisation spoken for.' })
  actor!: unknown;

  @Field(() => Int)
  total!: number;

  @Field(() => [StanceCount])
  stances!: StanceCount[];

  actorId!: string;
}

@ObjectType({ description: 'Ratings counted per grade, for one report, framework and period.' })
export class GradeCount {

  @Field(() => String, { nullable: true })
  period?: string | null;

  @Field()
  grade!: string;

  @Field(() => Int, { nullable: true })
  ordinal?: number | null;

  @Field(() => Int)
  count!: number;

  reportId!: string | null;
  frameworkId!: string | null;
}

@ObjectType({ description: 'A search hit.' })
export class SearchHit {
  @Field(() => Node)
  node!: unknown;

  @Field(() => Float, { description: 'Relevance: compare within one search only.' })
  score!: number;

  @Field(() => [String], { description: 'The query words (after spelling correction) that this node matched.' })
  matched!: string[];
}

@ObjectType({ description: 'How two nodes are connected: nodes in order, with the relationships between them.' })
export class PathStep {
  @Field(() => Node)
  node!: unknown;

  @Field(() => String, { nullable: true, description: 'The relationship type that leads to the next node, null on the last.' })
  relationship?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether that relationship points forward (from this node to the next).' })
  forward?: boolean | null;
}

@ObjectType({ description: 'One number a claim states, with its unit and what it counts.' })
export class ClaimValue {
  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true, description: 'percent, councils, children, …' })
  unit?: string;

  @Field(() => String, { nullable: true, description: 'What the number counts ("councils judged poor").' })
  counts?: string;
}

@ObjectType({ description: 'A statement in the graph that carries the same words as the ones asked about (its longest common run of words is at least 80% of the shorter’s) under another speaker.' })
export class AttributionConflict {
  @Field(() => Statement)
  statement!: GraphNode;

  @Field(() => Actor, { description: 'Who it is given to.' })
  speaker!: GraphNode;

  @Field(() => Source, { nullable: true, description: 'The article it was read in.' })
  source!: GraphNode | null;

  @Field(() => Float, { description: 'The longest common run of words as a share of the shorter’s words, 0.8 to 1.' })
  overlap!: number;
}
