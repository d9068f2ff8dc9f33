/**
 * Fields every actor has: what it said, what was said about it, whom it criticised and praised, which claims it
 * agreed and disagreed with, what befell it. An organisation's or council's links count what its people and parts
 * said for it (SPOKE_FOR), each link naming them in `via`.
 */
import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { GraphNode } from '../graph-node.js';
import { links, relatedConnection, relatedMany } from '../relations.js';
import { StatementPageArgs, StatementsAboutArgs } from '../types/args.type.js';
import { StatementConnection } from '../types/connections.type.js';
import { Actor } from '../types/interfaces.js';
import { Outcome } from '../types/nodes.type.js';
import { Link } from '../types/shapes.type.js';
import { byDate, statementNodeFilter, statementsAbout } from './filters.js';

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => StatementConnection, { description: 'What this actor said, by date.' })
  statements(@Root() actor: GraphNode, @Args() args: StatementPageArgs, @Ctx() ctx: Context) {
    return relatedConnection(ctx, actor.id, { type: 'SAID', direction: 'out', otherLabel: 'Statement', nodeFilter: statementNodeFilter(args), sort: byDate(args.order) }, args);
  }

  @FieldResolver(() => Int, { description: 'How many statements this actor made.' })
  statementCount(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return ctx.loaders.countRelated({ type: 'SAID', direction: 'out' }).load(actor.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'What others said about this actor, by date.' })
  statementsAbout(@Root() actor: GraphNode, @Args() args: StatementsAboutArgs, @Ctx() ctx: Context) {
    return statementsAbout(ctx, actor.id, args);
  }

  @FieldResolver(() => [Link], { description: 'Whom and what this actor criticised (critical or mixed statements; for a body, its people’s and parts’ too), heaviest first.' })
  criticised(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, actor.id, 'CRITICISED', 'out');
  }

  @FieldResolver(() => [Link], { description: 'Whom and what this actor praised (supportive or mixed statements; for a body, its people’s and parts’ too), heaviest first.' })
  praised(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, actor.id, 'PRAISED', 'out');
  }

  @FieldResolver(() => [Link], { description: 'Claims this actor asserted (statements that assert them), heaviest first.' })
  agreedWith(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, actor.id, 'AGREED_WITH', 'out');
  }

  @FieldResolver(() => [Link], { description: 'Claims this actor disputed, heaviest first.' })
  disagreedWith(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, actor.id, 'DISAGREED_WITH', 'out');
  }

  @FieldResolver(() => [Link], { description: 'Reports this actor responded to.' })
  respondedTo(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, actor.id, 'RESPONDED_TO', 'out');
  }

  @FieldResolver(() => [Link], { description: 'Who criticised this actor.' })
  criticisedBy(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, actor.id, 'CRITICISED', 'in');
  }

  @FieldResolver(() => [Link], { description: 'Who praised this actor.' })
  praisedBy(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, actor.id, 'PRAISED', 'in');
  }

  @FieldResolver(() => [Outcome], { description: 'Outcomes that befell this actor: dismissals, interventions, improvement boards.' })
  outcomes(@Root() actor: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, actor.id, { type: 'AFFECTED', direction: 'in', otherLabel: 'Outcome', sort: { on: 'node', property: 'dateFrom', direction: 'ASC' } });
  }
}
