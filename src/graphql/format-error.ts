/**
 * What clients see of an error: a stable `extensions.code` always; the
 * message of the project's own errors; and, in production, nothing of the
 * internals (no stack, no driver message) for anything else.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ChorusError, ERROR_CODES, ValidationError } from '../errors.js';
import { ArticleConflictError } from '../ingest/article-versions.js';

export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ValidationError) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, problems: original.problems },
      };
    }
    if (original instanceof ArticleConflictError) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, source: original.sourceId, conflicts: original.conflicts },
      };
    }
    if (original instanceof ChorusError) {
      const internal = original.code === ERROR_CODES.INTERNAL;
      return {
        message: internal && production ? 'Internal server error' : original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code },
      };
    }
    const code = (formatted.extensions?.code as string | undefined) ?? ERROR_CODES.INTERNAL;
    if (code === ERROR_CODES.INTERNAL && production) {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
}
