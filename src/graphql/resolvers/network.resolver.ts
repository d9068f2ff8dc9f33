/** The `network` and `discourseNetwork` queries: arguments in, the network service, the network out. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { checkNetworkArgs } from '../../network/request.js';
import type { Context } from '../context.js';
import { DiscourseNetworkArgs, Network, NetworkArgs } from '../types/network.type.js';

const DEFAULT_METRICS = ['degree', 'weightedDegree'] as const;

@Resolver()
export class NetworkResolver {
  @Query(() => Network, {
    description:
      'The graph as a network: from some nodes (a report gives its reception) or the whole graph, to a depth, filtered by node and relationship types, stance and dates, capped. ' +
      'Actor-to-actor ("who criticised whom": relationshipTypes [CRITICISED], nodeTypes [PERSON, ORGANISATION]) and actor-to-report views. Also as files: /export/network.gexf and friends.',
  })
  async network(@Args() args: NetworkArgs, @Ctx() ctx: Context): Promise<Network> {
    const request = checkNetworkArgs({ ...args, view: 'graph' }, { metrics: DEFAULT_METRICS });
    return (await request.run(ctx.store)).network as Network;
  }

  @Query(() => Network, {
    description:
      'A discourse network as the Discourse Network Analyzer builds it: actor × target with stances, or its actor projections (congruence, conflict, subtract), normalised. ' +
      'Coalitions: who stood with whom, and against whom.',
  })
  async discourseNetwork(@Args() args: DiscourseNetworkArgs, @Ctx() ctx: Context): Promise<Network> {
    const { aggregation, normalisation, actors, weighting, ...rest } = args;
    const request = checkNetworkArgs(
      { ...rest, view: aggregation, actors, weighting, ...(normalisation === 'none' ? {} : { normalisation }) },
      { metrics: DEFAULT_METRICS },
    );
    return (await request.run(ctx.store)).network as Network;
  }
}
