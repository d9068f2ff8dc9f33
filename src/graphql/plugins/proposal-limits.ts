/**
 * Limits on proposeArticle, checked once the operation is known and before anything runs, so a request
 * over a limit is refused whole: every proposeArticle field (aliases included) must carry a text within
 * the size limit (BAD_USER_INPUT, 400), and callers without an API key (the explorer's review page
 * proposes without one) spend units from a token bucket per client address (RATE_LIMITED, 429 with
 * Retry-After): a unit per 10,000 characters or part of them, so one long text costs what many short ones do.
 *
 * The client address is the socket's: behind a reverse proxy every client shares the proxy's bucket.
 */
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getVariableValues,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { textTooLong } from '../../ingest/proposals.js';
import type { AdmissionCheck } from './admission.js';
import { TokenBuckets } from './token-buckets.js';

export const CHARS_PER_UNIT = 10_000;
const FIELD = 'proposeArticle';

export interface ProposalLimitOptions {
  maxChars: number;
  /** Units per minute for each client address without a key; also the most a bucket holds. */
  unitsPerMinute: number;
}

/** The proposeArticle fields at the root of an operation, through fragments, with their response names. */
function proposalFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === FIELD) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...proposalFields(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      found.push(...proposalFields(fragments[selection.name.value]!.selectionSet, fragments, seen));
    }
  }
  return found;
}

/** The text of each proposeArticle field, as its arguments give it (null when they cannot be read: execution reports that). */
function proposalTexts(schema: GraphQLSchema, fields: FieldNode[], operation: Parameters<typeof getVariableValues>[1], inputs: Record<string, unknown> | undefined): (string | null)[] {
  const definition = schema.getQueryType()?.getFields()[FIELD];
  if (!definition) return [];
  const variables = getVariableValues(schema, operation, inputs ?? {});
  if (variables.errors) return fields.map(() => null);
  return fields.map((field) => {
    try {
      const text = (getArgumentValues(definition, field, variables.coerced).source as { text?: unknown } | undefined)?.text;
      return typeof text === 'string' ? text : null;
    } catch {
      return null;
    }
  });
}

export function proposalLimitsCheck(options: ProposalLimitOptions): AdmissionCheck {
  const buckets = new TokenBuckets(options.unitsPerMinute);
  return ({ contextValue, operation, document, request, schema }) => {
    if (operation?.operation !== 'query') return;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    const fields = proposalFields(operation.selectionSet, fragments);
    if (!fields.length) return;
    const texts = proposalTexts(schema, fields, operation.variableDefinitions ?? [], request.variables);

    const problems = texts.flatMap((text, i) => {
      const tooLong = textTooLong(text, options.maxChars);
      const name = fields[i]!.alias?.value ?? FIELD;
      return tooLong ? tooLong.problems.map((p) => ({ ...p, path: [name, ...p.path] })) : [];
    });
    if (problems.length) {
      throw new GraphQLError(`article text too long: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', problems, http: { status: 400 } },
      });
    }

    if (contextValue.auth.ok && contextValue.auth.principal) return;
    const units = texts.reduce((sum, text) => sum + Math.max(1, Math.ceil((text?.length ?? 0) / CHARS_PER_UNIT)), 0);
    if (units > options.unitsPerMinute) {
      throw new GraphQLError(
        `this request asks for ${units} proposal units (one per ${CHARS_PER_UNIT.toLocaleString('en')} characters of each article), more than the ${options.unitsPerMinute} a minute allowed without an API key: send fewer or shorter articles at a time, or send a key`,
        { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } },
      );
    }
    const wait = buckets.take(contextValue.clientAddress ?? 'unknown', units);
    if (wait > 0) {
      throw new GraphQLError(
        `too many article proposals from this address without an API key: at most ${options.unitsPerMinute} units a minute (one per ${CHARS_PER_UNIT.toLocaleString('en')} characters of each article); try again in ${wait} s, or send a key`,
        { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait, http: { status: 429, headers: new Map([['retry-after', String(wait)]]) } } },
      );
    }
  };
}
