/** Inputs of the mutations: each mirrors a seed record (seed/README.md), with ids linking to existing nodes. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ActorType, Stance, StatementKind } from './enums.js';

@InputType()
export class RoleInput {
  @Field(() => ID, { description: 'The organisation or council.' })
  at!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  from?: string;

  @Field(() => String, { nullable: true })
  to?: string;

  @Field(() => String, { nullable: true })
  asOf?: string;
}

@InputType({ description: 'A person, organisation or council. Without an id, one is made from the name (person:alan-wood).' })
export class AddActorInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field(() => ActorType)
  type!: ActorType;

  @Field()
  name!: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'Organisations only: regulator, association, charity, union, media, blog, …' })
  kind?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Councils only.' })
  region?: string;

  @Field(() => [RoleInput], { nullable: true, description: 'People only.' })
  roles?: RoleInput[];
}

@InputType()
export class TargetInput {
  @Field(() => ID)
  target!: string;

  @Field(() => Stance)
  stance!: Stance;
}

@InputType({ description: 'A statement with its provenance: `text` must be exactly the characters [start, end) of the source (Unicode code points).' })
export class AddStatementInput {
  @Field(() => ID, { nullable: true, description: 'Default: made from the source and span, so a retry adds nothing twice.' })
  id?: string;

  @Field(() => ID)
  speaker!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field()
  text!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => String, { nullable: true, description: 'Default: the source’s date.' })
  date?: string;

  @Field(() => String, { nullable: true })
  speakerRole?: string;

  @Field(() => [TargetInput])
  about!: TargetInput[];

  @Field(() => [ID], { nullable: true })
  respondsTo?: string[];

  @Field(() => [ID], { nullable: true })
  asserts?: string[];

  @Field(() => [ID], { nullable: true })
  disputes?: string[];

  @Field(() => Float, { nullable: true })
  confidence?: number;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class AddClaimInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field()
  text!: string;

  @Field({ description: 'statistic or judgement' })
  kind!: string;

  @Field(() => Float, { nullable: true })
  value?: number;

  @Field(() => String, { nullable: true })
  unit?: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => [ClaimValueInput], { nullable: true, description: 'Every number the claim states, the headline first (value and unit default to it).' })
  values?: ClaimValueInput[];

  @Field(() => [ID], { nullable: true, description: 'Statements, reports and sources (an article in its author’s words) that assert it.' })
  assertedBy?: string[];

  @Field(() => [ID], { nullable: true, description: 'Statements, reports and sources that dispute it.' })
  disputedBy?: string[];
}

@InputType({ description: 'One number a claim states.' })
export class ClaimValueInput {
  @Field(() => Float)
  value!: number;

  @Field({ description: 'percent, councils, children, …' })
  unit!: string;

  @Field({ description: 'What the number counts ("councils judged poor").' })
  counts!: string;
}

@InputType()
export class AddOutcomeInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field({ description: 'dismissal, resignation, intervention, improvement-board, reorganisation, other' })
  kind!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => [ID], { nullable: true })
  affected?: string[];

  @Field(() => [ID], { nullable: true })
  decidedBy?: string[];

  @Field(() => [ID], { nullable: true, description: 'The reports or ratings it followed.' })
  followed?: string[];
}

@InputType()
export class AddRatingInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field(() => ID)
  council!: string;

  @Field({ description: 'In the report’s own words.' })
  grade!: string;

  @Field(() => Int, { nullable: true })
  ordinal?: number;

  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => String, { nullable: true })
  aspect?: string;

  @Field(() => ID, { description: 'Who made the judgement.' })
  rater!: string;

  @Field(() => ID, { nullable: true })
  framework?: string;

  @Field(() => ID, { nullable: true })
  report?: string;

  @Field(() => [ID], { nullable: true, description: 'The articles (sources) that report it: the rating cites them.' })
  sources?: string[];
}

@InputType({ description: 'A published document that others respond to. Without an id, one is made from the title (report:<title>).' })
export class AddReportInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'annual-report, ratings-release, inspection-report, sector-report, …' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'The period it covers, as written ("2013-14").' })
  period?: string;

  @Field(() => String, { nullable: true, description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => [ID], { nullable: true, description: 'The organisations that published it.' })
  publishedBy?: string[];

  @Field(() => [ID], { nullable: true, description: 'The people or organisations that wrote it.' })
  authors?: string[];

  @Field(() => ID, { nullable: true, description: 'The inspection framework it was made under.' })
  framework?: string;
}

@InputType({ description: 'An inspection framework or model. Without an id, one is made from the name (framework:<name>).' })
export class AddFrameworkInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field()
  name!: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'When it came into use: YYYY, YYYY-MM or YYYY-MM-DD.' })
  introduced?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Its grades, best first; a rating’s ordinal indexes this list from 1.' })
  scale?: string[];

  @Field(() => [ID], { nullable: true, description: 'The organisations that published it.' })
  publishedBy?: string[];
}
