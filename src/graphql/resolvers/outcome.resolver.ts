/** Claims, outcomes and ratings: who asserts and disputes, whom it befell, who judged whom. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { toGraph, type GraphNode } from '../graph-node.js';
import { links, nodesByIds, relatedMany, relatedOne } from '../relations.js';
import { StatementsAboutArgs } from '../types/args.type.js';
import { StatementConnection } from '../types/connections.type.js';
import { Actor, Node } from '../types/interfaces.js';
import { Claim, Council, Framework, Organisation, Outcome, Rating, Report, Source } from '../types/nodes.type.js';
import { ClaimValue, GradeCount, Link } from '../types/shapes.type.js';
import { statementsAbout } from './filters.js';

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => [ClaimValue], { description: 'Every number the claim states, each with its unit and what it counts; the headline value alone when no list was coded.' })
  quantities(@Root() claim: GraphNode): ClaimValue[] {
    const values = claim.values as number[] | undefined;
    // What a number counts is stored as "" when the coder did not say (the lists run in parallel): not said is null.
    if (values?.length) return values.map((value, i) => ({ value, unit: (claim.valueUnits as string[] | undefined)?.[i], counts: (claim.valueCounts as string[] | undefined)?.[i] || undefined }));
    return typeof claim.value === 'number' ? [{ value: claim.value, unit: claim.unit as string | undefined }] : [];
  }

  @FieldResolver(() => [Node], { description: 'Statements, reports and sources (an article in its author’s own words) that assert it.' })
  assertedBy(@Root() claim: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, claim.id, { type: 'ASSERTS', direction: 'in' });
  }

  @FieldResolver(() => [Node], { description: 'Statements, reports and sources that dispute it.' })
  disputedBy(@Root() claim: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, claim.id, { type: 'DISPUTES', direction: 'in' });
  }

  @FieldResolver(() => [Link], { description: 'Actors whose statements assert it (AGREED_WITH), heaviest first.' })
  agreedBy(@Root() claim: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, claim.id, 'AGREED_WITH', 'in');
  }

  @FieldResolver(() => [Link], { description: 'Actors whose statements dispute it (DISAGREED_WITH), heaviest first.' })
  disagreedBy(@Root() claim: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, claim.id, 'DISAGREED_WITH', 'in');
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that assert it (stance SUPPORTIVE) or dispute it (CRITICAL).' })
  statements(@Root() claim: GraphNode, @Args() args: StatementsAboutArgs, @Ctx() ctx: Context) {
    return statementsAbout(ctx, claim.id, args);
  }
}

@Resolver(() => Outcome)
export class OutcomeResolver {
  @FieldResolver(() => [Actor], { description: 'Whom it befell.' })
  affected(@Root() outcome: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, outcome.id, { type: 'AFFECTED', direction: 'out' });
  }

  @FieldResolver(() => [Actor], { description: 'Who brought it about.' })
  decidedBy(@Root() outcome: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, outcome.id, { type: 'DECIDED_BY', direction: 'out' });
  }

  @FieldResolver(() => [Node], { description: 'The reports or ratings it followed.' })
  followed(@Root() outcome: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, outcome.id, { type: 'FOLLOWED', direction: 'out' });
  }
}

@Resolver(() => Rating)
export class RatingResolver {
  @FieldResolver(() => Council, { nullable: true })
  council(@Root() rating: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, rating.id, { type: 'RATING_OF', direction: 'out' });
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Who made the judgement.' })
  rater(@Root() rating: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, rating.id, { type: 'RATED_BY', direction: 'out' });
  }

  @FieldResolver(() => Framework, { nullable: true })
  framework(@Root() rating: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, rating.id, { type: 'UNDER_FRAMEWORK', direction: 'out' });
  }

  @FieldResolver(() => Report, { nullable: true })
  report(@Root() rating: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, rating.id, { type: 'IN_REPORT', direction: 'out' });
  }

  @FieldResolver(() => [Source], { description: 'The articles that report it.' })
  sources(@Root() rating: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, rating.id, { type: 'CITES', direction: 'out' });
  }

  @FieldResolver(() => [Outcome], { description: 'What followed this rating.' })
  outcomes(@Root() rating: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, rating.id, { type: 'FOLLOWED', direction: 'in' });
  }
}

@Resolver(() => Link)
export class LinkResolver {
  @FieldResolver(() => [Node], { description: 'The statements (or ratings) this link is derived from.' })
  evidence(@Root() link: Link, @Ctx() ctx: Context) {
    return nodesByIds(ctx, link.evidenceIds);
  }

  @FieldResolver(() => [Actor], { description: 'For an organisation or council: the people (and parts of it) whose statements count for it here; empty when it said them all itself.' })
  via(@Root() link: Link, @Ctx() ctx: Context) {
    return nodesByIds(ctx, link.viaIds);
  }
}

@Resolver(() => GradeCount)
export class GradeCountResolver {
  @FieldResolver(() => Report, { nullable: true })
  async report(@Root() row: GradeCount, @Ctx() ctx: Context) {
    return row.reportId ? toGraph(await ctx.loaders.nodes.load(row.reportId)) : null;
  }

  @FieldResolver(() => Framework, { nullable: true })
  async framework(@Root() row: GradeCount, @Ctx() ctx: Context) {
    return row.frameworkId ? toGraph(await ctx.loaders.nodes.load(row.frameworkId)) : null;
  }
}

