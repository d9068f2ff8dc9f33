/**
 * How many changes an API key may make, as a token bucket per key held in this process's memory (each
 * replica counts its own, so N replicas allow up to N times the rate: README, Scaling). The bucket holds
 * CHORUS_MUTATIONS_PER_MINUTE tokens and refills at that rate. Reads are not limited here.
 *
 * What a request pays:
 * - before anything runs, one token for every mutation field it would execute (aliases count, the same
 *   field spread twice by fragments runs once); a request the bucket cannot pay for is refused whole;
 * - once a change is prepared and before it is written, one more token for every further
 *   RECORDS_PER_TOKEN records it writes or deletes. That charge may leave the bucket in debt, so one large
 *   article commit goes through, and the key then waits until the bucket has refilled; a key in debt
 *   writes nothing.
 */
import { GraphQLError, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, getDirectiveValues, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { AdmissionCheck } from './admission.js';
import type { ChangeSet } from '../../mutations/change-set.js';
import { TokenBuckets } from './token-buckets.js';

/** A change pays one token for its first RECORDS_PER_TOKEN records, and one for each further RECORDS_PER_TOKEN. */
export const RECORDS_PER_TOKEN = 10;

/** The mutation fields an operation executes: distinct response keys at its root, through fragments, honouring @skip/@include. */
export function rootFieldCount(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const keys = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
      if (selection.kind === Kind.FIELD) keys.add(selection.alias?.value ?? selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  keys.delete('__typename');
  return keys.size;
}

/** The records a change writes or deletes. */
export const recordsWritten = (set: ChangeSet): number => set.nodes.length + set.relationships.length + set.deleteNodes.length + set.deleteRelationships.length;

function rateLimited(message: string, wait: number, perMinute: number): GraphQLError {
  return new GraphQLError(`${message}: at most ${perMinute} tokens a minute per key (README, Writing to the graph); try again in ${wait} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait, http: { status: 429, headers: new Map([['retry-after', String(wait)]]) } },
  });
}

export class MutationRateLimit {
  private readonly buckets: TokenBuckets;

  constructor(
    private readonly perMinute: number,
    now: () => number = Date.now,
  ) {
    this.buckets = new TokenBuckets(perMinute, now);
  }

  /** Admission: a token for each mutation field, all or none. Runs after the document limits, which have checked the variables. */
  readonly check: AdmissionCheck = ({ contextValue, operation, document, request }) => {
    if (operation?.operation !== 'mutation' || !contextValue.auth.ok || !contextValue.auth.principal) return;
    const fields = rootFieldCount(document, operation, request.variables ?? {});
    const wait = this.buckets.take(contextValue.auth.principal.keyName, fields);
    if (wait > 0) throw rateLimited(`too many changes: this request makes ${fields}`, wait, this.perMinute);
  };

  /** Before a prepared change is written: its records past the first RECORDS_PER_TOKEN, a token for each RECORDS_PER_TOKEN. */
  chargeForRecords(keyName: string, set: ChangeSet): void {
    const extra = Math.max(0, Math.ceil(recordsWritten(set) / RECORDS_PER_TOKEN) - 1);
    const wait = this.buckets.charge(keyName, extra);
    if (wait > 0) throw rateLimited('too many records written recently', wait, this.perMinute);
  }
}
