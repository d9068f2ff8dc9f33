/**
 * Before a query's root field resolves: the request's neighbour reads learn what the operation selects
 * of each label (projection.ts), and the reads below the field's nodes are planned (read-plan.ts), so a
 * store that can (Neo4j) reads those levels with the first. Root fields only: the plan of a root covers
 * the levels below it, and a field deeper down is already covered by its root's.
 *
 * Done by wrapping the root fields' resolvers once, when the schema is built, not in a plugin's
 * `willResolveField`: with that hook Apollo wraps every field of every request to report it, and that
 * (with the cache-control plugin's hook, now off) cost a measurable share of the server's CPU for a page of
 * statements (docs/measurements.md).
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { projectionOf } from './projection.js';
import { planBelow } from './read-plan.js';

export function planAheadAtRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: Context, info) => {
      ctx.loaders.projection ??= projectionOf(info.schema, info.operation, info.fragments);
      planBelow(ctx, info);
      return resolve(source, args, ctx, info);
    };
  }
  return schema;
}
