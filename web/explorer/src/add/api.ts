/**
 * "Add an article" talks to Chorus through POST /graphql on this origin only:
 * proposeArticle and articleDraft (queries: they write nothing), attributionConflicts
 * for a statement added by hand, and commitArticle (a mutation: it needs an API
 * key, sent only as `Authorization: Bearer <key>`). Errors keep their code, their
 * problems (each with the draft path it names) and an ARTICLE_CONFLICT's
 * conflicts, so the page can put each on its field or show it.
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
    /** ARTICLE_CONFLICT: each later change to the article's records. */
    readonly conflicts: ArticleConflict[] = [],
  ) {
    super(message);
  }
}

/** A change someone made to the article's records since its last version (ARTICLE_CONFLICT's `extensions.conflicts`). */
import type { ArticleConflict } from '../../../../src/ingest/article-versions.js';
export type { ArticleConflict };

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; problems?: unknown; conflicts?: unknown };
}

function conflictsOf(raw: unknown): ArticleConflict[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((c) => {
    const item = (c ?? {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const records = Array.isArray(item.records) ? item.records.map((r) => (typeof r === 'string' ? r : text((r as { id?: unknown })?.id) || JSON.stringify(r))) : [];
    return { change: text(item.change), operation: text(item.operation), keyName: text(item.keyName), at: text(item.at), records };
  });
}

function problemsOf(raw: unknown): Problem[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((p) => {
    const item = (p ?? {}) as { path?: unknown; message?: unknown };
    const path = Array.isArray(item.path) ? item.path.map(String).join('.') : typeof item.path === 'string' ? item.path : '';
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
    throw new GraphQLFailure(message, code, body.errors.flatMap((e) => problemsOf(e.extensions?.problems)), body.errors.flatMap((e) => conflictsOf(e.extensions?.conflicts)));
  }
  if (!body.data) throw new GraphQLFailure(`the server answered ${response.status} with no data`, null, []);
  return body.data;
}

export async function proposeArticle(source: ArticleInput): Promise<Draft> {
  const data = await graphql<{ proposeArticle: Draft }>('query AddArticlePropose($source: ArticleInput!) { proposeArticle(source: $source) }', { source });
  return data.proposeArticle;
}

/** A record a change added, removed or changed (`Change.diff`). */
export interface RecordRef {
  id: string;
  kind: 'node' | 'relationship';
  label: string;
  name: string | null;
  from: string | null;
  to: string | null;
}

export interface ChangeDiff {
  added: RecordRef[];
  removed: RecordRef[];
  changed: { ref: RecordRef; properties: string[] }[];
}

export interface CommitResult {
  applied: boolean;
  change: { id: string; operation: string; summary: string; at: string; keyName: string; diff: ChangeDiff | null } | null;
  node: { id: string; title?: string; statements?: { id: string }[] } | null;
}

const REF = 'id kind label name from to';

export async function commitArticle(source: ArticleInput, draft: Draft, apiKey: string, overwrite = false): Promise<CommitResult> {
  const data = await graphql<{ commitArticle: CommitResult }>(
    `mutation AddArticleCommit($source: ArticleInput!, $draft: JSONObject!, $overwrite: Boolean) {
      commitArticle(source: $source, draft: $draft, overwrite: $overwrite) {
        applied
        change { id operation summary at keyName diff { added { ${REF} } removed { ${REF} } changed { ref { ${REF} } properties } } }
        node { id ... on Source { title statements { id } } }
      }
    }`,
    { source, draft, overwrite },
    apiKey,
  );
  return data.commitArticle;
}

/** A committed article, to review again: its fields, its current version rebuilt as a draft, and its versions. */
export interface ArticleVersions {
  source: ArticleInput;
  draft: Draft;
  version: number;
  versions: { change: string; at: string; keyName: string; summary: string }[];
}

/** Null when no article has this id. */
export async function articleDraft(source: string): Promise<ArticleVersions | null> {
  try {
    const data = await graphql<{ articleDraft: ArticleVersions | null }>('query AddArticleReopen($source: ID!) { articleDraft(source: $source) }', { source });
    return data.articleDraft;
  } catch (error) {
    if (error instanceof GraphQLFailure && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export interface AttributionConflict {
  statement: string;
  speaker: string;
  speakerName: string;
  source?: string | null;
  sourceTitle?: string | null;
}

/**
 * Statements in the graph carrying these words (a common run of at least 80% of the shorter's words) with a
 * speaker other than `speaker`; `source`: the article being reviewed, whose own statements are not conflicts.
 */
export async function attributionConflicts(text: string, speaker: string | undefined, source: string): Promise<AttributionConflict[]> {
  const data = await graphql<{ attributionConflicts: { statement: { id: string }; speaker: { id: string; name: string }; source: { id: string; title: string } | null }[] }>(
    `query AddArticleConflicts($text: String!, $speaker: ID, $source: ID) {
      attributionConflicts(text: $text, speaker: $speaker, source: $source) { statement { id } speaker { id name } source { id title } }
    }`,
    { text, speaker: speaker || undefined, source },
  );
  return data.attributionConflicts.map((c) => ({ statement: c.statement.id, speaker: c.speaker.id, speakerName: c.speaker.name, source: c.source?.id, sourceTitle: c.source?.title }));
}
