/** The entry points: one node, lists with filters and orders, search, paths, aggregations, counts. */
import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { labelNames, LABELS, relationshipTypeNames, isRelationshipType, type Label, type RelationshipType } from '../../model/schema.js';
import { labelOfId } from '../../model/ids.js';
import { isSearchable } from '../../model/storage.js';
import { NotFoundError, UnreachableCaseError, ValidationError } from '../../errors.js';
import type { Filter } from '../../store/port.js';
import type { Context } from '../context.js';
import { ConnectionArgs, paginate, type Row } from '../connection.js';
import { MAX_LIMIT as MAX_SEARCH_RESULTS } from '../../search/search-service.js';
import { toGraph } from '../graph-node.js';
import { lookAhead } from '../look-ahead.js';
import { rangeEnd, rangeStart } from '../dates-input.js';
import { StatementFilterInput } from '../types/args.type.js';
import { NodeConnection, RatingConnection, StatementConnection } from '../types/connections.type.js';
import { GroupBy, NodeType, SortDirection } from '../types/enums.js';
import { Node } from '../types/interfaces.js';
import { ActorOrder, ReportOrder } from '../types/orders.js';
import { GradeCount, PathStep, SearchHit, StanceBreakdown, StanceCount } from '../types/shapes.type.js';
import { GraphStats } from '../types/stats.type.js';
import { listConnection, rankConnection } from './list.js';
import { stanceBreakdown, stanceCounts } from './stance.js';
import { statementsMatching } from './filters.js';
import { ConnectionType } from '../connection.js';

export const MAX_PATH_LENGTH = 6;

@ArgsType()
class ActorListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Name contains (case-insensitive).' })
  name?: string;

  @Field(() => ActorOrder, { defaultValue: ActorOrder.NAME })
  orderBy!: ActorOrder;

  @Field(() => SortDirection, { nullable: true, description: 'Default: ascending by name, descending by counts.' })
  direction?: SortDirection;
}

@ArgsType()
class OrganisationListArgs extends ActorListArgs {
  @Field(() => String, { nullable: true, description: 'regulator, association, charity, union, media, blog, …' })
  kind?: string;
}

@ArgsType()
class CouncilListArgs extends ActorListArgs {
  @Field(() => String, { nullable: true, description: 'Only councils with a rating of this grade (as the report words it, e.g. "inadequate").' })
  grade?: string;

  @Field(() => String, { nullable: true, description: 'Only councils rated for this period (as written, e.g. "2013-14").' })
  period?: string;
}

@ArgsType()
class ReportListArgs extends ConnectionArgs {
  @Field(() => ReportOrder, { defaultValue: ReportOrder.DATE })
  orderBy!: ReportOrder;

  @Field(() => SortDirection, { nullable: true, description: 'Default: ascending by date and title, descending by counts.' })
  direction?: SortDirection;
}

@ArgsType()
class StatementListArgs extends ConnectionArgs {
  @Field(() => StatementFilterInput, { nullable: true })
  filter?: StatementFilterInput;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'By date (the start of its interval), then id.' })
  order!: SortDirection;
}

@ArgsType()
class RatingListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  grade?: string;

  @Field(() => String, { nullable: true })
  period?: string;
}

@ArgsType()
class ClaimListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'statistic or judgement' })
  kind?: string;

  @Field(() => String, { nullable: true })
  unit?: string;

  @Field(() => String, { nullable: true, description: 'Text contains (case-insensitive).' })
  text?: string;

  @Field(() => Float, { nullable: true, description: 'Claims that state this number among their values ("9 (6%)" is found by 9 and by 6).' })
  value?: number;
}

const SearchConnection = ConnectionType(SearchHit, 'SearchHit');
type SearchRow = Row<SearchHit>;

const ratingsOf = (grade?: string, period?: string): Filter => ({ ...(grade ? { grade: { eq: grade } } : {}), ...(period ? { period: { eq: period } } : {}) });

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'One node by id, e.g. "person:alan-wood"; null when there is none.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const record = ctx.loaders.nodes.load(id);
    lookAhead(ctx, info, [id]);
    return toGraph(await record);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by id, in the order asked; null for an unknown id.' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > 100) throw new ValidationError([{ path: ['ids'], message: `at most 100 ids, got ${ids.length}` }]);
    const records = ctx.loaders.nodes.loadMany(ids);
    lookAhead(ctx, info, ids);
    const found = await records;
    return found.map((n) => (n instanceof Error ? null : toGraph(n)));
  }

  @Query(() => StatementConnection, { description: 'Statements filtered by speaker, organisation, target, stance, kind, date, source and text.' })
  statements(@Args() args: StatementListArgs, @Ctx() ctx: Context) {
    const input = args.filter ?? {};
    const filter = { ...input, dateFrom: rangeStart(input.dateFrom, 'filter.dateFrom'), dateTo: rangeEnd(input.dateTo, 'filter.dateTo') };
    return statementsMatching(ctx, args, args.order, filter);
  }

  @Query(() => NodeConnection, { description: 'People, by name or by how often they are quoted.' })
  people(@Args() args: ActorListArgs, @Ctx() ctx: Context) {
    return actorList(ctx, 'Person', args.name ? { name: { contains: args.name } } : {}, args);
  }

  @Query(() => NodeConnection, { description: 'Organisations, by kind and name.' })
  organisations(@Args() args: OrganisationListArgs, @Ctx() ctx: Context) {
    return actorList(ctx, 'Organisation', { ...(args.name ? { name: { contains: args.name } } : {}), ...(args.kind ? { kind: { eq: args.kind } } : {}) }, args);
  }

  @Query(() => NodeConnection, { description: 'Councils, optionally only those rated with a grade or for a period.' })
  async councils(@Args() args: CouncilListArgs, @Ctx() ctx: Context) {
    const filter: Filter = args.name ? { name: { contains: args.name } } : {};
    if (args.grade || args.period) {
      // Councils are few (England has 152): find the rated ones, then page over them by name.
      const ratings = await ctx.store.list({ label: 'Rating', filter: ratingsOf(args.grade, args.period), limit: 10_000 });
      const councils = await ctx.store.related(ratings.nodes.map((r) => r.id), { type: 'RATING_OF', direction: 'out' });
      filter.id = { in: [...new Set(councils.flat().map((hit) => hit.node.id))] };
    }
    return actorList(ctx, 'Council', filter, args);
  }

  @Query(() => NodeConnection, { description: 'Reports, by date or title, or by how many (critical, supportive) statements are about them.' })
  reports(@Args() args: ReportListArgs, @Ctx() ctx: Context) {
    const byCount = (related: Parameters<typeof rankConnection>[1]['related']) => rankConnection(ctx, { label: 'Report', related }, args.direction ?? 'DESC', args);
    switch (args.orderBy) {
      case ReportOrder.DATE:
        return listConnection(ctx, 'Report', {}, { property: 'dateFrom', direction: args.direction ?? 'ASC' }, args);
      case ReportOrder.TITLE:
        return listConnection(ctx, 'Report', {}, { property: 'title', direction: args.direction ?? 'ASC' }, args);
      case ReportOrder.STATEMENTS:
        return byCount({ type: 'ABOUT', direction: 'in' });
      case ReportOrder.CRITICAL_STATEMENTS:
        return byCount({ type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: 'critical' } } });
      case ReportOrder.SUPPORTIVE_STATEMENTS:
        return byCount({ type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: 'supportive' } } });
      case ReportOrder.RESPONSES:
        return byCount({ type: 'RESPONDS_TO', direction: 'in' });
      default:
        throw new UnreachableCaseError(args.orderBy);
    }
  }

  @Query(() => NodeConnection, { description: 'Inspection frameworks, by name.' })
  frameworks(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listConnection(ctx, 'Framework', {}, { property: 'name', direction: 'ASC' }, args);
  }

  @Query(() => NodeConnection, { description: 'Claims and statistics, by text.' })
  claims(@Args() args: ClaimListArgs, @Ctx() ctx: Context) {
    const filter: Filter = { ...(args.kind ? { kind: { eq: args.kind } } : {}), ...(args.unit ? { unit: { eq: args.unit } } : {}), ...(args.text ? { text: { contains: args.text } } : {}), ...(args.value !== undefined && args.value !== null ? { values: { has: args.value } } : {}) };
    return listConnection(ctx, 'Claim', filter, { property: 'text', direction: 'ASC' }, args);
  }

  @Query(() => RatingConnection, { description: 'Ratings of councils, by date; filter by grade and period.' })
  ratings(@Args() args: RatingListArgs, @Ctx() ctx: Context) {
    return listConnection(ctx, 'Rating', ratingsOf(args.grade, args.period), { property: 'dateFrom', direction: 'ASC' }, args);
  }

  @Query(() => NodeConnection, { description: 'Outcomes (dismissals, interventions, improvement boards), by date.' })
  outcomes(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listConnection(ctx, 'Outcome', {}, { property: 'dateFrom', direction: 'ASC' }, args);
  }

  @Query(() => NodeConnection, { description: 'Source articles, by date.' })
  sources(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listConnection(ctx, 'Source', {}, { property: 'dateFrom', direction: 'ASC' }, args);
  }

  @Query(() => SearchConnection, { description: 'Ranked full-text search over names, aliases, titles and statement words; forgives small misspellings of names.' })
  search(
    @Arg('text') text: string,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only these types (default: all searchable).' }) types: NodeType[] | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const labels = (types?.length ? types : labelNames).filter((l): l is Label => labelNames.includes(l as Label) && isSearchable(l as Label)) as Label[];
    // A ranking costs candidates in proportion to its depth (candidatesPerLabel), so a first page is ranked
    // only as deep as it shows, plus one for hasNextPage; a later page, a backward one and totalCount rank
    // all MAX_SEARCH_RESULTS. Hits come ranked; the cursor is the rank key (position and id), and a later
    // page starts after the cursor's id. Past the best matches many nodes often match equally well, and a
    // deeper ranking may put others of those first.
    const rankings = new Map<number, Promise<SearchRow[]>>();
    const ranking = (depth: number): Promise<SearchRow[]> => {
      let ranked = rankings.get(depth);
      if (!ranked) {
        ranked = ctx.search.search(text, labels, depth, ctx.loaders.projection?.propertiesOf(labels)).then((results) =>
          results.map((r, position) => ({ key: { value: position, id: r.node.id }, item: { node: toGraph(r.node), score: r.score, matched: r.matchedWords } })),
        );
        rankings.set(depth, ranked);
      }
      return ranked;
    };
    return paginate(
      args,
      'ASC',
      async ({ direction, after, limit }) => {
        const firstPage = direction === 'ASC' && !after;
        const ranked = await ranking(firstPage ? Math.min(limit + 1, MAX_SEARCH_RESULTS) : MAX_SEARCH_RESULTS);
        const ordered = direction === 'ASC' ? ranked : [...ranked].reverse();
        const start = after ? ordered.findIndex((r) => r.key.id === after.id) + 1 : 0;
        const rows = ordered.slice(start, start + limit);
        return { rows, hasMore: start + limit < ordered.length };
      },
      async () => (await ranking(MAX_SEARCH_RESULTS)).length,
    );
  }

  @Query(() => [PathStep], { nullable: true, description: `How two nodes are connected: the shortest path (at most ${MAX_PATH_LENGTH} steps), ignoring direction; null when there is none.` })
  async path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxLength', () => Int, { defaultValue: 4 }) maxLength: number,
    @Arg('relationshipTypes', () => [String], { nullable: true, description: `Only through these: ${relationshipTypeNames.join(', ')}.` }) types: string[] | undefined,
    @Ctx() ctx: Context,
  ): Promise<PathStep[] | null> {
    if (maxLength < 1 || maxLength > MAX_PATH_LENGTH) throw new ValidationError([{ path: ['maxLength'], message: `maxLength must be from 1 to ${MAX_PATH_LENGTH}` }]);
    const unknown = (types ?? []).filter((t) => !isRelationshipType(t));
    if (unknown.length) throw new ValidationError([{ path: ['relationshipTypes'], message: `unknown relationship types: ${unknown.join(', ')}` }]);
    for (const [name, id] of [['from', from], ['to', to]] as const) await requireNode(ctx, id, name);
    const path = await ctx.store.shortestPath(from, to, maxLength, types as RelationshipType[] | undefined);
    if (!path) return null;
    return path.nodes.map((node, i) => {
      const rel = path.relationships[i];
      return { node: toGraph(node), relationship: rel?.type ?? null, forward: rel ? rel.from === node.id : null };
    });
  }

  @Query(() => [StanceCount], { description: 'Statements about a node counted per stance.' })
  async stanceCounts(@Arg('target', () => ID) target: string, @Ctx() ctx: Context) {
    await requireNode(ctx, target, 'target');
    return stanceCounts(ctx, target);
  }

  @Query(() => [StanceBreakdown], { description: 'Statements about a node per speaker (or organisation) and stance, most active first.' })
  async stanceBreakdown(@Arg('target', () => ID) target: string, @Arg('groupBy', () => GroupBy, { defaultValue: GroupBy.SPEAKER }) groupBy: GroupBy, @Ctx() ctx: Context) {
    await requireNode(ctx, target, 'target');
    return stanceBreakdown(ctx, target, groupBy);
  }

  @Query(() => [GradeCount], { description: 'Ratings counted per report, framework, period and grade.' })
  gradeCounts(
    @Arg('reports', () => [ID], { nullable: true }) reports: string[] | undefined,
    @Arg('frameworks', () => [ID], { nullable: true }) frameworks: string[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.store.gradeCounts({ reports, frameworks });
  }

  @Query(() => GraphStats, { description: 'Counts of nodes per label and relationships per type, and which store answers.' })
  async stats(@Ctx() { store }: Context): Promise<GraphStats> {
    const [labels, types] = await Promise.all([store.countByLabel(), store.countByRelationshipType()]);
    return {
      store: store.kind,
      labels: labelNames.filter((l) => l !== 'Marker').map((label) => ({ label, count: labels[label] ?? 0 })),
      relationshipTypes: relationshipTypeNames.map((type) => ({ type, count: types[type] ?? 0 })),
    };
  }
}

/** A node an argument names must exist: BAD_USER_INPUT for what is not an id at all, NOT_FOUND for an id of nothing. */
async function requireNode(ctx: Context, id: string, argument: string): Promise<void> {
  if (!labelOfId(id)) throw new ValidationError([{ path: [argument], message: `"${id}" is not a node id (ids look like person:alan-wood)` }]);
  if (!(await ctx.loaders.nodes.load(id))) throw new NotFoundError(argument, id);
}

function actorList(ctx: Context, label: Label, filter: Filter, args: ActorListArgs) {
  switch (args.orderBy) {
    case ActorOrder.NAME:
      return listConnection(ctx, label, filter, { property: LABELS[label].displayProperty, direction: args.direction ?? 'ASC' }, args);
    case ActorOrder.STATEMENTS:
      return rankConnection(ctx, { label, filter, related: { type: 'SAID', direction: 'out' } }, args.direction ?? 'DESC', args);
    case ActorOrder.CRITICAL_STATEMENTS:
      return rankConnection(ctx, { label, filter, related: { type: 'ABOUT', direction: 'in', relationshipFilter: { stance: { eq: 'critical' } } } }, args.direction ?? 'DESC', args);
    default:
      throw new UnreachableCaseError(args.orderBy);
  }
}
