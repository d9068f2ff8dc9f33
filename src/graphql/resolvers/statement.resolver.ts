/** A statement: who said it, about what and with which stance, in which source and where in it. */
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { toGraph, type GraphNode } from '../graph-node.js';
import { forSelection, largeProperty, relatedMany, relatedOne } from '../relations.js';
import { Actor, Node } from '../types/interfaces.js';
import { Claim, Rating, Source, Statement } from '../types/nodes.type.js';
import { QuoteSpan, StatementTarget } from '../types/shapes.type.js';
import type { Stance } from '../types/enums.js';
import { statementTargets } from '../../store/statement-targets.js';
import { CodePointText } from '../../model/code-point-text.js';

/** How much of the surrounding text a quote span shows, in code points each side. */
export const CONTEXT_CODE_POINTS = 80;

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'Who said it (for an unnamed spokesperson, the organisation: see speakerRole).' })
  speaker(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, statement.id, { type: 'SAID', direction: 'in' });
  }

  @FieldResolver(() => [StatementTarget], { description: 'What it is about, each with the stance taken toward it: toward a claim, supportive when it asserts the claim and critical when it disputes it.' })
  async targets(@Root() statement: GraphNode, @Ctx() ctx: Context): Promise<StatementTarget[]> {
    const [hits] = await statementTargets(async (query) => [await ctx.loaders.related(forSelection(ctx, query)).load(statement.id)]);
    return hits.map((hit) => ({ stance: hit.stance as Stance, target: toGraph(hit.node) }));
  }

  @FieldResolver(() => [Node], { description: 'The reports (or statements) it responds to.' })
  respondsTo(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, statement.id, { type: 'RESPONDS_TO', direction: 'out' });
  }

  @FieldResolver(() => [Claim], { description: 'Claims it asserts.' })
  asserts(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, statement.id, { type: 'ASSERTS', direction: 'out' });
  }

  @FieldResolver(() => [Claim], { description: 'Claims it disputes.' })
  disputes(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, statement.id, { type: 'DISPUTES', direction: 'out' });
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The article it was read in.' })
  source(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, statement.id, { type: 'SOURCED_FROM', direction: 'out' });
  }

  @FieldResolver(() => QuoteSpan, { nullable: true, description: 'Where its words are in the source, with a little text either side.' })
  async quote(@Root() statement: GraphNode, @Ctx() ctx: Context): Promise<QuoteSpan | null> {
    // The source whole, text included (no omitLarge): the quote and its context are cut from it.
    const [hit] = await ctx.loaders.related({ type: 'SOURCED_FROM', direction: 'out' }).load(statement.id);
    if (!hit) return null;
    const start = Number(hit.relationship.properties.start);
    const end = Number(hit.relationship.properties.end);
    const text = new CodePointText(String(hit.node.properties.text ?? ''));
    return {
      start,
      end,
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start),
      suffix: text.slice(end, end + CONTEXT_CODE_POINTS),
    };
  }

  @FieldResolver(() => [Actor], { description: 'The organisations and councils it counts for (SPOKE_FOR): its speaker’s, when held a role there on its date, and every body those are part of.' })
  spokeFor(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, statement.id, { type: 'SPOKE_FOR', direction: 'out' });
  }

  @FieldResolver(() => [Statement], { description: 'The same words carried by other sources.' })
  async sameWords(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    const [out, into] = await Promise.all([
      relatedMany(ctx, statement.id, { type: 'SAME_WORDS', direction: 'out' }),
      relatedMany(ctx, statement.id, { type: 'SAME_WORDS', direction: 'in' }),
    ]);
    return [...out, ...into].sort((a, b) => a.id.localeCompare(b.id));
  }

  @FieldResolver(() => [Statement], {
    description: 'The same quoted words that another source attributes to a different speaker (ATTRIBUTION_CONFLICT): at most one attribution is right.',
  })
  async attributionConflicts(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    const [out, into] = await Promise.all([
      relatedMany(ctx, statement.id, { type: 'ATTRIBUTION_CONFLICT', direction: 'out' }),
      relatedMany(ctx, statement.id, { type: 'ATTRIBUTION_CONFLICT', direction: 'in' }),
    ]);
    return [...out, ...into].sort((a, b) => a.id.localeCompare(b.id));
  }

  @FieldResolver(() => [Actor], { description: 'Actors whose attitude it reports in the speaker’s words ("much to their chagrin"); they said nothing themselves (ATTITUDE_OF).' })
  attitudeOf(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, statement.id, { type: 'ATTITUDE_OF', direction: 'out' });
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The full text, when the deployment serves it (CHORUS_SOURCE_TEXT=full); otherwise null: read quotes with context through Statement.quote.' })
  async text(@Root() source: GraphNode, @Ctx() ctx: Context) {
    return ctx.settings.sourceText === 'full' ? largeProperty(ctx, source, 'text') : null;
  }

  @FieldResolver(() => [[Int]], { description: 'Page furniture (not content) as [start, end) code-point ranges.' })
  furniture(@Root() source: GraphNode): number[][] {
    const flat = (source.furniture as number[] | undefined) ?? [];
    return flat.flatMap((start, i) => (i % 2 === 0 ? [[start, flat[i + 1]]] : []));
  }

  @FieldResolver(() => Int, { description: 'Length of the text in code points (what offsets count).' })
  async length(@Root() source: GraphNode, @Ctx() ctx: Context): Promise<number> {
    return Array.from(String((await largeProperty(ctx, source, 'text')) ?? '')).length;
  }

  @FieldResolver(() => Actor, { nullable: true })
  publisher(@Root() source: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, source.id, { type: 'PUBLISHED', direction: 'in' });
  }

  @FieldResolver(() => [Actor])
  authors(@Root() source: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, source.id, { type: 'AUTHORED', direction: 'in' });
  }

  @FieldResolver(() => [Claim], { description: 'Claims the article states in its author’s own words.' })
  claims(@Root() source: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, source.id, { type: 'ASSERTS', direction: 'out' });
  }

  @FieldResolver(() => [Claim], { description: 'Claims the article contests in its author’s own words.' })
  disputes(@Root() source: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, source.id, { type: 'DISPUTES', direction: 'out' });
  }

  @FieldResolver(() => [Rating], { description: 'Ratings that cite this article as reporting them.' })
  ratings(@Root() source: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, source.id, { type: 'CITES', direction: 'in' });
  }

  @FieldResolver(() => [Statement], { description: 'The statements read in it, in the order of the text.' })
  statements(@Root() source: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, source.id, { type: 'SOURCED_FROM', direction: 'in', sort: { on: 'relationship', property: 'start', direction: 'ASC' } });
  }
}
