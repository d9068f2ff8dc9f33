/** Reports and frameworks: who responded, who criticised and praised, what they claim, which ratings they hold. */
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionArgs } from '../connection.js';
import type { GraphNode } from '../graph-node.js';
import { links, relatedConnection, relatedMany, relatedOne } from '../relations.js';
import { StatementPageArgs, StatementsAboutArgs } from '../types/args.type.js';
import { RatingConnection, StatementConnection } from '../types/connections.type.js';
import { GroupBy } from '../types/enums.js';
import { Actor, Node } from '../types/interfaces.js';
import { Claim, Framework, Outcome, Report } from '../types/nodes.type.js';
import { GradeCount, Link, StanceBreakdown, StanceCount } from '../types/shapes.type.js';
import { byDate, statementNodeFilter, statementsAbout } from './filters.js';
import { stanceBreakdown, stanceCounts } from './stance.js';

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => [Actor], { description: 'Who published it.' })
  publishers(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, report.id, { type: 'PUBLISHED', direction: 'in' });
  }

  @FieldResolver(() => [Actor])
  authors(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, report.id, { type: 'AUTHORED', direction: 'in' });
  }

  @FieldResolver(() => Framework, { nullable: true, description: 'The inspection framework it reports under.' })
  framework(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return relatedOne(ctx, report.id, { type: 'UNDER_FRAMEWORK', direction: 'out' });
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about this report, by date; filter by stance.' })
  statements(@Root() report: GraphNode, @Args() args: StatementsAboutArgs, @Ctx() ctx: Context) {
    return statementsAbout(ctx, report.id, args);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements made in response to this report, by date.' })
  responses(@Root() report: GraphNode, @Args() args: StatementPageArgs, @Ctx() ctx: Context) {
    return relatedConnection(ctx, report.id, { type: 'RESPONDS_TO', direction: 'in', otherLabel: 'Statement', nodeFilter: statementNodeFilter(args), sort: byDate(args.order) }, args);
  }

  @FieldResolver(() => [Link], { description: 'Actors who criticised it, heaviest first, with their statements as evidence.' })
  critics(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, report.id, 'CRITICISED', 'in');
  }

  @FieldResolver(() => [Link], { description: 'Actors who praised it.' })
  supporters(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, report.id, 'PRAISED', 'in');
  }

  @FieldResolver(() => [Link], { description: 'Actors who responded to it.' })
  respondents(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, report.id, 'RESPONDED_TO', 'in');
  }

  @FieldResolver(() => [Claim], { description: 'Claims the report makes.' })
  claims(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, report.id, { type: 'ASSERTS', direction: 'out' });
  }

  @FieldResolver(() => [Claim], { description: 'Claims the report disputes.' })
  disputes(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, report.id, { type: 'DISPUTES', direction: 'out' });
  }

  @FieldResolver(() => RatingConnection, { description: 'Ratings published in it.' })
  ratings(@Root() report: GraphNode, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return relatedConnection(ctx, report.id, { type: 'IN_REPORT', direction: 'in', otherLabel: 'Rating', sort: { on: 'node', property: 'grade', direction: 'ASC' } }, args);
  }

  @FieldResolver(() => [GradeCount], { description: 'Its ratings counted per grade.' })
  gradeCounts(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return ctx.loaders.gradeCountsByReport.load(report.id);
  }

  @FieldResolver(() => [Outcome], { description: 'What followed it.' })
  outcomes(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, report.id, { type: 'FOLLOWED', direction: 'in' });
  }

  @FieldResolver(() => [StanceCount], { description: 'Statements about it, counted per stance.' })
  stanceCounts(@Root() report: GraphNode, @Ctx() ctx: Context) {
    return stanceCounts(ctx, report.id);
  }

  @FieldResolver(() => [StanceBreakdown], { description: 'Statements about it per speaker (or organisation) and stance, most active first.' })
  stanceBreakdown(@Root() report: GraphNode, @Arg('groupBy', () => GroupBy, { defaultValue: GroupBy.SPEAKER }) groupBy: GroupBy, @Ctx() ctx: Context) {
    return stanceBreakdown(ctx, report.id, groupBy);
  }
}

@Resolver(() => Framework)
export class FrameworkResolver {
  @FieldResolver(() => [Actor])
  publishers(@Root() framework: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, framework.id, { type: 'PUBLISHED', direction: 'in' });
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about this framework, by date; filter by stance.' })
  statements(@Root() framework: GraphNode, @Args() args: StatementsAboutArgs, @Ctx() ctx: Context) {
    return statementsAbout(ctx, framework.id, args);
  }

  @FieldResolver(() => [Link], { description: 'Actors who criticised it, heaviest first.' })
  critics(@Root() framework: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, framework.id, 'CRITICISED', 'in');
  }

  @FieldResolver(() => [Link], { description: 'Actors who praised it.' })
  supporters(@Root() framework: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, framework.id, 'PRAISED', 'in');
  }

  @FieldResolver(() => [Node], { description: 'Reports and ratings made under it.' })
  usedBy(@Root() framework: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, framework.id, { type: 'UNDER_FRAMEWORK', direction: 'in' });
  }

  @FieldResolver(() => [StanceCount])
  stanceCounts(@Root() framework: GraphNode, @Ctx() ctx: Context) {
    return stanceCounts(ctx, framework.id);
  }

  @FieldResolver(() => [StanceBreakdown])
  stanceBreakdown(@Root() framework: GraphNode, @Arg('groupBy', () => GroupBy, { defaultValue: GroupBy.SPEAKER }) groupBy: GroupBy, @Ctx() ctx: Context) {
    return stanceBreakdown(ctx, framework.id, groupBy);
  }
}
