/**
 * The node types, one per model label. Their scalar fields mirror the model's
 * properties (a test checks that they cannot drift); the fields that follow
 * relationships are in resolvers/, one resolver per type.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Actor, Node } from './interfaces.js';
import { StatementKind } from './enums.js';

@ObjectType({ implements: [Node, Actor], description: 'A named individual.' })
export class Person extends Actor {
  @Field(() => String, { nullable: true })
  description?: string;
}

@ObjectType({ implements: [Node, Actor], description: 'A body: regulator, department, association, charity, union, publisher, board.' })
export class Organisation extends Actor {
  @Field({ description: 'regulator, government-department, association, charity, union, media, blog, …' })
  kind!: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true })
  description?: string;
}

@ObjectType({ implements: [Node, Actor], description: 'An English local authority with children’s services responsibilities.' })
export class Council extends Actor {
  @Field(() => String, { nullable: true })
  region?: string;
}

@ObjectType({
  implements: [Node, Actor],
  description: 'People referred to together, neither a person nor a body: social workers, directors of children’s services, councils in general, "union leaders". A group speaks when a source gives words to it as a whole.',
})
export class Group extends Actor {
  @Field(() => String, { nullable: true })
  description?: string;
}

@ObjectType({ implements: Node, description: 'A published document that others respond to: an annual report, a ratings release.' })
export class Report extends Node {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'annual-report, ratings-release, …' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'The period it covers, as written ("2013-14").' })
  period?: string;

  @Field(() => String, { nullable: true, description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.' })
  date?: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true })
  url?: string;
}

@ObjectType({ implements: Node, description: 'An inspection framework: something that can be criticised in itself.' })
export class Framework extends Node {
  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true })
  introduced?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { description: 'Its grades, best first: a rating’s ordinal indexes this list from 1.' })
  scale!: string[];
}

@ObjectType({ implements: Node, description: 'What an actor said, as exact words in a source.' })
export class Statement extends Node {
  @Field({ description: 'The exact words, verbatim from the source.' })
  text!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => String, { nullable: true, description: 'When it was said: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'The role of an unnamed speaker ("a spokesperson"); the speaker is then the organisation.' })
  speakerRole?: string;

  @Field({ description: 'Who coded it: "seed:<file>", "key:<API key name>" or "rule:<extraction rule>".' })
  codedBy!: string;

  @Field(() => Float, { description: 'How sure the coder is of speaker and stance, 0..1.' })
  confidence!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}

@ObjectType({ implements: Node, description: 'A proposition, often a statistic, that statements and reports assert or dispute.' })
export class Claim extends Node {
  @Field()
  text!: string;

  @Field({ description: 'statistic or judgement' })
  kind!: string;

  @Field(() => Float, { nullable: true, description: 'The headline number (the first of values).' })
  value?: number;

  @Field(() => String, { nullable: true })
  unit?: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => [Float], { nullable: true, description: 'Every number the claim states, in order; quantities pairs each with its unit and what it counts.' })
  values?: number[];

  @Field(() => [String], { nullable: true, description: 'The unit of each of values.' })
  valueUnits?: string[];

  @Field(() => [String], { nullable: true, description: 'What each of values counts.' })
  valueCounts?: string[];
}

@ObjectType({ implements: Node, description: 'What happened: a dismissal, a resignation, an intervention, an improvement board.' })
export class Outcome extends Node {
  @Field()
  kind!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  date?: string;
}

@ObjectType({ implements: Node, description: 'A judgement of a council by a rater under a framework, in a report: a kind of outcome.' })
export class Rating extends Node {
  @Field({ description: 'The grade in the report’s own words ("poor", "requires improvement").' })
  grade!: string;

  @Field(() => Int, { nullable: true, description: 'Position on the framework’s scale, 1 = best. Compare only within one framework.' })
  ordinal?: number;

  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => String, { nullable: true, description: 'What was judged, where not overall effectiveness.' })
  aspect?: string;
}

@ObjectType({ implements: Node, description: 'An article or post that statements were read in.' })
export class Source extends Node {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Publisher as printed, when there is no organisation for it.' })
  publisherName?: string;

  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field({ description: 'sha256 of the text, hex.' })
  contentHash!: string;

  @Field(() => [[Int]], { description: 'Page furniture (not content) as [start, end) code-point ranges.' })
  furniture!: number[][];
}
