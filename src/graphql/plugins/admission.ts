/**
 * Whether an operation may run, decided once it is resolved and before anything runs, by checks taken in
 * order (who is asking, what the document would cost, how many changes the key may still make): the first
 * refusal ends the request, so a document refused for its size never spends a key's rate.
 */
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { Context } from '../context.js';

/** Throws a GraphQLError (with its HTTP status in `extensions.http`) to refuse the operation. */
export type AdmissionCheck = (request: GraphQLRequestContextDidResolveOperation<Context>) => void;

export function admissionPlugin(checks: readonly AdmissionCheck[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          for (const check of checks) check(request);
        },
      };
    },
  };
}
