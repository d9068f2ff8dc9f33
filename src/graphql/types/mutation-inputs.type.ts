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

  @Field(() => [ID], { nullable: true, description: 'Statements and reports that assert it.' })
  assertedBy?: string[];

  @Field(() => [ID], { nullable: true, description: 'Statements and reports that dispute it.' })
  disputedBy?: string[];
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
}
