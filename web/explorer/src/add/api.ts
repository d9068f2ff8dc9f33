/**
 * "Add an article" talks to Chorus through POST /graphql on this origin only:
 * proposeArticle (a query: writes nothing) and commitArticle (a mutation: it
 * needs an API key, sent only as `Authorization: Bearer <key>`). Errors keep
 * their code and problems, so the page can show them readably.
 */
import type { ArticleInput, Draft } from './draft.js';

export interface Problem {
  path: string;
  message: string;
}

/** What went wrong, as the server said it: the message, its code (UNAUTHENTICATED, BAD_USER_INPUT, …) and each problem. */
export class GraphQLFailure extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; problems?: unknown };
}

function problemsOf(raw: unknown): Problem[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((p) => {
    const item = (p ?? {}) as { path?: unknown; message?: unknown };
    const path = Array.isArray(item.path) ? item.path.map(String).join(' › ') : typeof item.path === 'string' ? item.path : '';
    return { path, message: typeof item.message === 'string' ? item.message : JSON.stringify(p) };
  });
}

async function graphql<T>(query: string, variables: Record<string, unknown>, apiKey?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (error) {
    throw new GraphQLFailure(`could not reach the server: ${(error as Error).message}`, null, []);
  }
  let body: { data?: T | null; errors?: RawError[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLFailure(`the server answered ${response.status} without JSON`, null, []);
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    const message = body.errors.map((e) => (typeof e.message === 'string' ? e.message : 'error')).join('; ');
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
    throw new GraphQLFailure(message, code, body.errors.flatMap((e) => problemsOf(e.extensions?.problems)));
  }
  if (!body.data) throw new GraphQLFailure(`the server answered ${response.status} with no data`, null, []);
  return body.data;
}

export async function proposeArticle(source: ArticleInput): Promise<Draft> {
  const data = await graphql<{ proposeArticle: Draft }>('query AddArticlePropose($source: ArticleInput!) { proposeArticle(source: $source) }', { source });
  return data.proposeArticle;
}

export interface CommitResult {
  applied: boolean;
  change: { id: string; operation: string; summary: string; at: string; keyName: string } | null;
  node: { id: string; title?: string; statements?: { id: string }[] } | null;
}

export async function commitArticle(source: ArticleInput, draft: Draft, apiKey: string): Promise<CommitResult> {
  const data = await graphql<{ commitArticle: CommitResult }>(
    `mutation AddArticleCommit($source: ArticleInput!, $draft: JSONObject!) {
      commitArticle(source: $source, draft: $draft) {
        applied
        change { id operation summary at keyName }
        node { id ... on Source { title statements { id } } }
      }
    }`,
    { source, draft },
    apiKey,
  );
  return data.commitArticle;
}
