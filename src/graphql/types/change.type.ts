import { Field, ObjectType } from 'type-graphql';
import { Node } from './interfaces.js';

@ObjectType({ implements: Node, description: 'One change made through the API: by which key, when, and the records before and after.' })
export class Change extends Node {
  @Field({ description: 'The mutation: addStatement, setStance, mergeActors, undoChange, …' })
  operation!: string;

  @Field({ description: 'The name of the API key that made it.' })
  keyName!: string;

  @Field({ description: 'When, ISO 8601.' })
  at!: string;

  @Field()
  summary!: string;

  @Field(() => [String], { description: 'The ids of the nodes it touched.' })
  nodeIds!: string[];

  @Field({ description: 'JSON of the records as they were: {nodes, relationships}.' })
  before!: string;

  @Field({ description: 'JSON of the records as they became.' })
  after!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string;

  @Field(() => String, { nullable: true, description: 'The change this one reversed.' })
  undoes?: string;

  @Field(() => String, { nullable: true, description: 'The change that reversed this one.' })
  undoneBy?: string;
}

@ObjectType({ description: 'What a mutation did.' })
export class ChangePayload {
  @Field({ description: 'False when nothing was written: a retry with the same idempotency key, or data the graph already held.' })
  applied!: boolean;

  @Field(() => Change, { nullable: true, description: 'The audit record (the earlier one, for a retry).' })
  change!: unknown;

  @Field(() => Node, { nullable: true, description: 'The node the change was about, as it is now.' })
  node!: unknown;
}

@ObjectType({ description: 'A record a change touched, by id, with what it is and its display text.' })
export class RecordRef {
  @Field()
  id!: string;

  @Field({ description: '"node" or "relationship".' })
  kind!: string;

  @Field({ description: 'A node’s label, or a relationship’s type.' })
  label!: string;

  @Field({ description: 'A node’s display text (name, title, words); for a relationship, its ends’ display texts around its type.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A relationship’s start node id.' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'A relationship’s end node id.' })
  to?: string;
}

@ObjectType({ description: 'A record a change kept but changed, and which of its properties differ.' })
export class ChangedRecord {
  @Field(() => RecordRef)
  ref!: RecordRef;

  @Field(() => [String])
  properties!: string[];
}

@ObjectType({ description: 'What a change did, record by record, from its before and after: for commitArticle, the difference from the article’s previous version.' })
export class ChangeDiff {
  @Field(() => [RecordRef])
  added!: RecordRef[];

  @Field(() => [RecordRef])
  removed!: RecordRef[];

  @Field(() => [ChangedRecord])
  changed!: ChangedRecord[];
}
