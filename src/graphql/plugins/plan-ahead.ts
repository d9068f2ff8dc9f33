/**
 * Reads planned ahead for every query's root fields (read-plan.ts): before a root field resolves, the
 * related reads that the fields selected on its nodes will make register the levels below them, so a
 * store that can (Neo4j) reads those levels with them. Root fields only: the plan of a root covers the
 * levels below it, and a field deeper down is already covered by its root's. Before any field resolves,
 * the operation's projection (projection.ts) tells the request's neighbour reads which properties to read.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { projectionOf } from '../projection.js';
import { planBelow } from '../read-plan.js';

export function planAheadPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, schema, document, operation }) {
          contextValue.loaders.projection = projectionOf(schema, document, operation);
          return {
            willResolveField({ contextValue, info }) {
              if (info.parentType === info.schema.getQueryType()) planBelow(contextValue, info);
            },
          };
        },
      };
    },
  };
}
