/** Add an article: propose statements from its text (a query: it writes nothing), then commit what the user accepted. */
import { Arg, Ctx, Field, Float, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../context.js';
import { principalOf } from '../context.js';
import { toGraph } from '../graph-node.js';
import { ChangePayload } from '../types/change.type.js';
import { articleChangeSet } from '../../ingest/commit.js';
import type { Draft } from '../../ingest/draft.js';
import { reopenArticle } from '../../ingest/article-draft.js';
import { findAttributionConflicts } from '../../ingest/attribution-conflicts.js';
import { AttributionConflict } from '../types/shapes.type.js';
import type { NodeRecord } from '../../model/records.js';
import { labelOfId } from '../../model/ids.js';
import { NotFoundError, ValidationError } from '../../errors.js';

@InputType({ description: 'A new article: its text exactly as published (offsets count code points in it) and what is known of it.' })
export class ArticleInput {
  @Field()
  text!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'The publisher’s name (matched to an organisation in the graph when it is one).' })
  publisher?: string;

  @Field(() => String, { nullable: true })
  author?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string;

  @Field(() => String, { nullable: true })
  url?: string;
}

@Resolver()
export class ArticleResolver {
  @Query(() => GraphQLJSONObject, {
    description:
      'Statements, speakers, stances, targets, claims and ratings proposed from an article’s text, each with its exact span and the rule that found it. Review it, then commitArticle. The text may be up to CHORUS_PROPOSE_MAX_CHARS characters (200,000 by default); callers without an API key are rate-limited per address.',
  })
  proposeArticle(@Arg('source') source: ArticleInput, @Ctx() ctx: Context) {
    return ctx.proposals.propose(source) as unknown as Promise<Record<string, unknown>>;
  }

  @Query(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'A committed article re-opened for review: { source (the ArticleInput fields: text, title, publisher, author, date, url), draft (its version as a draft, rebuilt from the graph: commitArticle takes it back unchanged and writes nothing), version (the commits in force; 0 for an article loaded from a seed file), versions ([{version, change, at, keyName, summary}], oldest first) }. NOT_FOUND (HTTP 404, and null) for a source id of nothing. With CHORUS_SOURCE_TEXT=snippets it returns the whole text, so it needs a key that may write.',
  })
  async articleDraft(@Arg('source', () => ID) source: string, @Ctx() ctx: Context) {
    if (labelOfId(source) !== 'Source') throw new ValidationError([{ path: ['source'], message: `"${source}" is not a source id (source:<slug>)` }], 'no article to re-open');
    if (ctx.settings.sourceText !== 'full' && !(ctx.auth.ok && ctx.auth.principal?.scope === 'write')) {
      throw new GraphQLError('this server serves no whole articles (CHORUS_SOURCE_TEXT=snippets): re-opening one needs an API key that may write', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
    }
    const article = await reopenArticle(ctx.store, source);
    if (!article) throw new NotFoundError('source', source);
    return article as unknown as Record<string, unknown>;
  }

  @Query(() => [AttributionConflict], {
    description:
      'Statements in the graph whose words overlap these (the longest common run of words is at least 80% of the shorter’s) under a speaker other than `speaker`: an attribution conflict to settle before committing them. `source` leaves out the statements of the article under review. Best overlap first.',
  })
  async attributionConflicts(
    @Arg('text') text: string,
    @Arg('speaker', () => ID, { nullable: true }) speaker: string | undefined,
    @Arg('source', () => ID, { nullable: true }) source: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AttributionConflict[]> {
    const found = await findAttributionConflicts(ctx.store, { text, speaker: speaker ?? undefined, source: source ?? undefined });
    // The finder reads only what it compares: the nodes are read whole, as any other field's are.
    const nodes = await ctx.loaders.nodes.loadMany(found.flatMap((c) => [c.statement.id, c.speaker.id, ...(c.source ? [c.source.id] : [])]));
    const byId = new Map(nodes.filter((n): n is NodeRecord => Boolean(n) && !(n instanceof Error)).map((n) => [n.id, toGraph(n)]));
    return found.flatMap((c) => {
      const [statement, speakerNode] = [byId.get(c.statement.id), byId.get(c.speaker.id)];
      return statement && speakerNode ? [{ statement, speaker: speakerNode, source: c.source ? byId.get(c.source.id) ?? null : null, overlap: c.overlap }] : [];
    });
  }

  @Mutation(() => ChangePayload, {
    description:
      'Write a reviewed draft (as proposeArticle gave it, minus what was rejected) as the article’s new version, in one transaction: what the previous version had and this one has not is removed, and undoChange goes back one version. The same article twice changes nothing. If someone changed the article’s records since its last version (a setStance, a merge), it fails with ARTICLE_CONFLICT naming each change, unless overwrite is true.',
  })
  async commitArticle(
    @Arg('source') source: ArticleInput,
    @Arg('draft', () => GraphQLJSONObject) draft: Record<string, unknown>,
    @Arg('minConfidence', () => Float, { nullable: true, description: 'Leave out proposals less sure than this.' }) minConfidence: number | undefined,
    @Arg('overwrite', () => Boolean, { nullable: true, description: 'Replace changes others made to the article’s records since its last version (default false: refuse, naming them).' }) overwrite: boolean | undefined,
    @Arg('idempotencyKey', () => String, { nullable: true }) key: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<ChangePayload> {
    const set = await articleChangeSet(ctx.store, draft as unknown as Draft, source.text, { minConfidence, overwrite: overwrite ?? false });
    const { keyName } = principalOf(ctx);
    ctx.mutationRateLimit.chargeForRecords(keyName, set);
    const { change, applied } = await ctx.mutations.apply(set, keyName, key);
    const [node] = await ctx.store.getNodes([set.subject!]);
    return { applied, change: change ? toGraph(change) : null, node: toGraph(node) };
  }
}
