import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many nodes carry a label.' })
export class LabelCount {
  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many relationships have a type.' })
export class RelationshipTypeCount {
  @Field()
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The size of the graph, per label and relationship type.' })
export class GraphStats {
  @Field({ description: 'Which store answers: grafeo (embedded) or neo4j.' })
  store!: string;

  @Field(() => [LabelCount])
  labels!: LabelCount[];

  @Field(() => [RelationshipTypeCount])
  relationshipTypes!: RelationshipTypeCount[];
}
