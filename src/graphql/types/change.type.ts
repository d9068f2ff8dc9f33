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
