/** The executable schema, built code-first from the resolvers; `npm run schema` writes its SDL to schema/schema.graphql. */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { GraphResolver } from './resolvers/graph.resolver.js';

export const RESOLVERS = [GraphResolver] as const;

export function buildChorusSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
