import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { labelNames, relationshipTypeNames, LABELS } from '../../model/schema.js';
import type { Context } from '../context.js';
import { GraphStats } from '../types/stats.type.js';
import { NodeSummary } from '../types/node-summary.type.js';

@Resolver()
export class GraphResolver {
  @Query(() => GraphStats, { description: 'Counts of nodes per label and relationships per type.' })
  async stats(@Ctx() { store }: Context): Promise<GraphStats> {
    const [labels, types] = await Promise.all([store.countByLabel(), store.countByRelationshipType()]);
    return {
      store: store.kind,
      labels: labelNames.map((label) => ({ label, count: labels[label] ?? 0 })),
      relationshipTypes: relationshipTypeNames.map((type) => ({ type, count: types[type] ?? 0 })),
    };
  }

  @Query(() => NodeSummary, { nullable: true, description: 'One node by id, e.g. "person:alan-wood"; null when there is none.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() { store }: Context): Promise<NodeSummary | null> {
    const [node] = await store.getNodes([id]);
    if (!node) return null;
    return { id: node.id, label: node.label, name: String(node.properties[LABELS[node.label].displayProperty] ?? node.id) };
  }
}
