import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Any node of the graph, by id: its label and the name a reader knows it by.' })
export class NodeSummary {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The model label: Person, Organisation, Council, Report, Framework, Statement, Claim, Outcome, Rating, Source.' })
  label!: string;

  @Field({ description: 'Display text: a name, a title, or a statement’s words.' })
  name!: string;
}
