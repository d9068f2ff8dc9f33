import { Field, ID, InterfaceType } from 'type-graphql';
import type { GraphNode } from '../graph-node.js';

@InterfaceType({ description: 'Anything with an id: `person:alan-wood`, `report:…`. The prefix names the type.', resolveType: (value: GraphNode) => value.__typename })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

@InterfaceType({ implements: Node, description: 'Someone who can say something and be criticised or praised: a person, an organisation, a council, a group.', resolveType: (value: GraphNode) => value.__typename })
export abstract class Actor extends Node {
  @Field()
  name!: string;

  @Field(() => [String], { description: 'Acronyms, short forms and misspellings found in sources.' })
  aliases!: string[];
}
