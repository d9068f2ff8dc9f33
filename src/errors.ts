/**
 * The project's errors. Each carries a stable code that the GraphQL layer
 * copies into `extensions.code`; adapters map driver errors onto these by
 * the driver's own error code, never by reading message text.
 */
import type { Problem } from './model/validate.js';

export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  ARTICLE_CONFLICT: 'ARTICLE_CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  STORE_LOCKED: 'STORE_LOCKED',
  CONFIGURATION: 'CONFIGURATION',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class ChorusError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that breaks the model: every problem at once, each with its path. */
export class ValidationError extends ChorusError {
  constructor(
    readonly problems: Problem[],
    summary = 'invalid input',
  ) {
    super(ERROR_CODES.BAD_USER_INPUT, `${summary}: ${problems.map((p) => `${p.path.join('.') || '(record)'}: ${p.message}`).join('; ')}`);
  }
}

export class NotFoundError extends ChorusError {
  constructor(readonly argument: string, id: string) {
    super(ERROR_CODES.NOT_FOUND, `${argument}: no node "${id}"`);
  }
}

export class StoreUnavailableError extends ChorusError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ERROR_CODES.SERVICE_UNAVAILABLE, message, options);
  }
}

export class StoreLockedError extends ChorusError {
  constructor(path: string, options?: { cause?: unknown }) {
    super(
      ERROR_CODES.STORE_LOCKED,
      `the store at ${path} is in use by another process (a running Chorus server?): stop it, or set CHORUS_DATA_PATH to another store`,
      options,
    );
  }
}

/** A write that lost a race with another write and may be retried. */
export class WriteConflictError extends ChorusError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ERROR_CODES.CONFLICT, message, options);
  }
}

export class ConfigurationError extends ChorusError {
  constructor(readonly problems: string[]) {
    super(ERROR_CODES.CONFIGURATION, `bad configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Makes a switch over a union exhaustive: the compiler fails when a case is missing. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
