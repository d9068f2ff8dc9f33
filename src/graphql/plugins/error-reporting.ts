/**
 * How errors leave the server, beyond their formatting (format-error.ts):
 * - real faults are logged with their cause: a client told only "Internal server error" (in production)
 *   must leave the operator everything needed to find it; client mistakes and refusals are answers, not faults;
 * - an operation that answered nothing because of the client's input (no data, or every root field null)
 *   answers with a 4xx, not 200: 400 for bad input, 404 for an id of nothing. With something answered, it
 *   stays 200 (the errors sit beside what was answered).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ChorusError, ERROR_CODES } from '../../errors.js';
import type { Logger } from '../../logger.js';

const codeOf = (error: unknown): string | undefined => {
  const original = unwrapResolverError(error);
  if (original instanceof ChorusError) return original.code;
  if (original instanceof GraphQLError) return original.extensions?.code as string | undefined;
  return undefined;
};

export const isFault = (error: unknown): boolean => {
  const code = codeOf(error);
  return code === undefined || code === ERROR_CODES.INTERNAL;
};

/** The HTTP status of a client's mistake, by its code. */
const CLIENT_ERROR_STATUS: Partial<Record<string, number>> = { [ERROR_CODES.BAD_USER_INPUT]: 400, [ERROR_CODES.NOT_FOUND]: 404, [ERROR_CODES.ARTICLE_CONFLICT]: 409 };

export function errorReportingPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isFault(error)) logger.error({ err: unwrapResolverError(error), path: error.path, operationName }, 'operation failed');
          }
        },
        async willSendResponse({ response, errors }) {
          if (response.body.kind !== 'single' || !errors?.length || response.http.status !== undefined) return;
          // Nothing answered: no data, or every root field null (a nullable field whose resolver refused the input).
          const { data } = response.body.singleResult;
          if (data && Object.values(data).some((value) => value !== null)) return;
          const statuses = errors.map((error) => CLIENT_ERROR_STATUS[codeOf(error) ?? '']);
          if (statuses.every((status) => status !== undefined)) response.http.status = Math.min(...(statuses as number[]));
        },
      };
    },
  };
}
