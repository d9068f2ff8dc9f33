/** Person, Organisation and Council: roles, memberships, publications, ratings. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionArgs } from '../connection.js';
import { toGraph, type GraphNode } from '../graph-node.js';
import { forSelection, links, relatedConnection, relatedMany } from '../relations.js';
import { Actor, Node } from '../types/interfaces.js';
import { Council, Organisation, Person, Rating } from '../types/nodes.type.js';
import { Link, Role } from '../types/shapes.type.js';
import { RatingConnection } from '../types/connections.type.js';

async function roles(ctx: Context, id: string, direction: 'out' | 'in'): Promise<Role[]> {
  const hits = await ctx.loaders.related(forSelection(ctx, { type: 'HELD_ROLE', direction, sort: { on: 'relationship', property: 'title', direction: 'ASC' } })).load(id);
  return hits.map(({ relationship, node }) => ({ ...(relationship.properties as { title: string }), personId: relationship.from, atId: relationship.to, neighbour: toGraph(node) }));
}

/** A role's person or organisation: the node its read found, else the node read by id (the parent it was read from). */
async function roleEnd(ctx: Context, role: Role, id: string): Promise<GraphNode | null> {
  return role.neighbour?.id === id ? role.neighbour : toGraph(await ctx.loaders.nodes.load(id));
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role], { description: 'Positions held, with the organisation or council.' })
  roles(@Root() person: GraphNode, @Ctx() ctx: Context) {
    return roles(ctx, person.id, 'out');
  }

  @FieldResolver(() => [Node], { description: 'Reports and articles this person wrote.' })
  authored(@Root() person: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, person.id, { type: 'AUTHORED', direction: 'out' });
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person)
  person(@Root() role: Role, @Ctx() ctx: Context) {
    return roleEnd(ctx, role, role.personId);
  }

  @FieldResolver(() => Actor, { description: 'The organisation or council.' })
  at(@Root() role: Role, @Ctx() ctx: Context) {
    return roleEnd(ctx, role, role.atId);
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => [Role], { description: 'People who held a role here.' })
  members(@Root() organisation: GraphNode, @Ctx() ctx: Context) {
    return roles(ctx, organisation.id, 'in');
  }

  @FieldResolver(() => [Organisation], { description: 'Bodies this one is part of.' })
  memberOf(@Root() organisation: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, organisation.id, { type: 'MEMBER_OF', direction: 'out' });
  }

  @FieldResolver(() => [Organisation], { description: 'Bodies that are part of this one (boards, committees).' })
  parts(@Root() organisation: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, organisation.id, { type: 'MEMBER_OF', direction: 'in' });
  }

  @FieldResolver(() => [Node], { description: 'Reports, articles and frameworks it published.' })
  published(@Root() organisation: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, organisation.id, { type: 'PUBLISHED', direction: 'out' });
  }

  @FieldResolver(() => RatingConnection, { description: 'Ratings this body made, by date.' })
  ratingsMade(@Root() organisation: GraphNode, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return relatedConnection(ctx, organisation.id, { type: 'RATED_BY', direction: 'in', otherLabel: 'Rating', sort: { on: 'node', property: 'dateFrom', direction: 'ASC' } }, args);
  }

  @FieldResolver(() => [Link], { description: 'Councils this body rated, with the ratings as evidence.' })
  rated(@Root() organisation: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, organisation.id, 'RATED', 'out');
  }
}

@Resolver(() => Council)
export class CouncilResolver {
  @FieldResolver(() => [Rating], { description: 'Its ratings over time, oldest first. Compare ordinals only within one framework.' })
  ratings(@Root() council: GraphNode, @Ctx() ctx: Context) {
    return relatedMany(ctx, council.id, { type: 'RATING_OF', direction: 'in', otherLabel: 'Rating', sort: { on: 'node', property: 'dateFrom', direction: 'ASC' } });
  }

  @FieldResolver(() => [Link], { description: 'Who rated it.' })
  ratedBy(@Root() council: GraphNode, @Ctx() ctx: Context) {
    return links(ctx, council.id, 'RATED', 'in');
  }
}
