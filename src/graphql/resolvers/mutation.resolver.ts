/** The mutations: thin, each builds a change set (mutations/operations.ts) and hands it to the mutation service. */
import { Arg, Ctx, ID, Mutation, Query, Args, Resolver, FieldResolver, Root, ArgsType, Field } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../context.js';
import { principalOf } from '../context.js';
import { toGraph, type GraphNode } from '../graph-node.js';
import { ConnectionArgs } from '../connection.js';
import { Change, ChangeDiff, ChangePayload } from '../types/change.type.js';
import { AddActorInput, AddClaimInput, AddFrameworkInput, AddOutcomeInput, AddRatingInput, AddReportInput, AddStatementInput } from '../types/mutation-inputs.type.js';
import { Stance } from '../types/enums.js';
import { Node } from '../types/interfaces.js';
import { Statement } from '../types/nodes.type.js';
import { NodeConnection } from '../types/connections.type.js';
import { listConnection } from './list.js';
import { rangeStart } from '../dates-input.js';
import * as ops from '../../mutations/operations.js';
import type { ChangeSet, RecordState } from '../../mutations/change-set.js';
import { changeDiff } from '../../mutations/change-diff.js';
import type { Filter } from '../../store/port.js';

const idempotency = { nullable: true, description: 'Any string of yours: a retry with the same key returns the first result and writes nothing.' };

async function run(ctx: Context, build: Promise<ChangeSet>, idempotencyKey?: string): Promise<ChangePayload> {
  const set = await build;
  const { keyName } = principalOf(ctx);
  ctx.mutationRateLimit.chargeForRecords(keyName, set);
  const { change, applied } = await ctx.mutations.apply(set, keyName, idempotencyKey);
  const subject = set.subject ?? (change ? (change.properties.nodeIds as string[])[0] : undefined);
  // A node the change wrote is as written (the stores give back exactly what they were given); any other is read.
  const written = applied ? set.nodes.find((n) => n.id === subject) : undefined;
  const node = written ? toGraph(written) : subject ? await ctx.store.getNodes([subject]).then(([n]) => toGraph(n)) : null;
  return { applied, change: change ? toGraph(change) : null, node };
}

@ArgsType()
class ChangesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only changes that touched this node.' })
  node?: string;

  @Field(() => String, { nullable: true, description: 'Only changes at or after this time (or date).' })
  since?: string;
}

@Resolver()
export class MutationResolver {
  @Mutation(() => ChangePayload, { description: 'Add a person, organisation or council (with roles).' })
  addActor(@Arg('input') input: AddActorInput, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.addActor(ctx.store, input), key);
  }

  @Mutation(() => ChangePayload, { description: 'Add a statement with its exact place in a source, its speaker, targets and stances.' })
  addStatement(@Arg('input') input: AddStatementInput, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.addStatement(ctx.store, input, principalOf(ctx).keyName), key);
  }

  @Mutation(() => ChangePayload, { description: 'Correct (or add) a statement’s stance toward a target. Toward a claim, SUPPORTIVE means it asserts the claim and CRITICAL that it disputes it (the other is removed); NEUTRAL and MIXED are refused.' })
  setStance(
    @Arg('statement', () => ID) statement: string,
    @Arg('target', () => ID) target: string,
    @Arg('stance', () => Stance) stance: Stance,
    @Arg('idempotencyKey', () => String, idempotency) key: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return run(ctx, ops.setStance(ctx.store, statement, target, stance, principalOf(ctx).keyName), key);
  }

  @Mutation(() => ChangePayload, { description: 'Set and remove properties of a node (checked against the model).' })
  updateNode(
    @Arg('id', () => ID) id: string,
    @Arg('set', () => GraphQLJSONObject, { nullable: true }) set: Record<string, unknown> | undefined,
    @Arg('remove', () => [String], { nullable: true }) remove: string[] | undefined,
    @Arg('idempotencyKey', () => String, idempotency) key: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return run(ctx, ops.updateNode(ctx.store, id, set ?? {}, remove ?? [], principalOf(ctx).keyName), key);
  }

  @Mutation(() => ChangePayload, { description: 'Add a claim, and who asserts or disputes it.' })
  addClaim(@Arg('input') input: AddClaimInput, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.addClaim(ctx.store, input as ops.ClaimInput), key);
  }

  @Mutation(() => ChangePayload, { description: 'Add an outcome: a dismissal, resignation, intervention, improvement board.' })
  addOutcome(@Arg('input') input: AddOutcomeInput, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    const links = [
      ...(input.affected ?? []).map((to, i) => ({ type: 'AFFECTED' as const, to, field: `affected.${i}` })),
      ...(input.decidedBy ?? []).map((to, i) => ({ type: 'DECIDED_BY' as const, to, field: `decidedBy.${i}` })),
      ...(input.followed ?? []).map((to, i) => ({ type: 'FOLLOWED' as const, to, field: `followed.${i}` })),
    ];
    return run(ctx, ops.addNode(ctx.store, 'Outcome', input.id, { kind: input.kind, description: input.description, date: input.date }, links, input.description.slice(0, 60)), key);
  }

  @Mutation(() => ChangePayload, { description: 'Add a rating of a council, with the articles that report it.' })
  addRating(@Arg('input') input: AddRatingInput, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.addRating(ctx.store, input), key);
  }

  @Mutation(() => ChangePayload, { description: 'Add a report (an annual report, a ratings release) that statements can answer.' })
  addReport(@Arg('input') input: AddReportInput, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.addReport(ctx.store, input), key);
  }

  @Mutation(() => ChangePayload, { description: 'Add an inspection framework, with its scale of grades.' })
  addFramework(@Arg('input') input: AddFrameworkInput, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.addFramework(ctx.store, input), key);
  }

  @Mutation(() => ChangePayload, { description: 'Link two nodes by a relationship the model allows between them.' })
  addRelationship(
    @Arg('type') type: string,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('properties', () => GraphQLJSONObject, { nullable: true }) properties: Record<string, unknown> | undefined,
    @Arg('idempotencyKey', () => String, idempotency) key: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return run(ctx, ops.addRelationship(ctx.store, type, from, to, properties ?? {}), key);
  }

  @Mutation(() => ChangePayload, { description: 'Remove a relationship by its id.' })
  removeRelationship(@Arg('id', () => ID) id: string, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.removeRelationship(ctx.store, id), key);
  }

  @Mutation(() => ChangePayload, { description: 'Delete a node and its relationships (undoable from the audit trail).' })
  deleteNode(@Arg('id', () => ID) id: string, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.deleteNode(ctx.store, id), key);
  }

  @Mutation(() => ChangePayload, { description: 'Merge a duplicate actor into another: every relationship and alias moves to `keep`; `undoChange` splits them again.' })
  mergeActors(@Arg('keep', () => ID) keep: string, @Arg('remove', () => ID) remove: string, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.mergeActors(ctx.store, keep, remove), key);
  }

  @Mutation(() => ChangePayload, { description: 'Reverse a change from the audit trail (a merge is split again).' })
  undoChange(@Arg('change', () => ID) change: string, @Arg('idempotencyKey', () => String, idempotency) key: string | undefined, @Ctx() ctx: Context) {
    return run(ctx, ops.undoChange(ctx.store, change), key);
  }

  @Query(() => NodeConnection, { description: 'The audit trail, newest first: every change, or those that touched a node, since a time.' })
  changes(@Args() args: ChangesArgs, @Ctx() ctx: Context) {
    const filter: Filter = {};
    if (args.node) filter.nodeIds = { has: args.node };
    if (args.since) filter.at = { gte: sinceInstant(args.since) };
    return listConnection(ctx, 'Change', filter, { property: 'at', direction: 'DESC' }, args);
  }
}

/** A time as `at` strings compare: a full ISO timestamp as given, a partial date from its first day. */
function sinceInstant(since: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(since) && !Number.isNaN(Date.parse(since))) return new Date(since).toISOString();
  return rangeStart(since, 'since')!;
}

@Resolver(() => Statement)
export class StatementHistoryResolver {
  @FieldResolver(() => [Change], { description: 'Every change to this statement through the API, newest first: who coded it and when.' })
  async changes(@Root() statement: GraphNode, @Ctx() ctx: Context) {
    const page = await ctx.store.list({ label: 'Change', filter: { nodeIds: { has: statement.id } }, sort: { property: 'at', direction: 'DESC' }, limit: 100 });
    return page.nodes.map((n) => toGraph(n));
  }
}

@Resolver(() => Change)
export class ChangeResolver {
  @FieldResolver(() => [Node], { description: 'The nodes it touched that still exist.' })
  async nodes(@Root() change: GraphNode, @Ctx() ctx: Context) {
    const found = await ctx.loaders.nodes.loadMany(change.nodeIds as string[]);
    return found.filter((n) => n && !(n instanceof Error)).map((n) => toGraph(n as never));
  }

  @FieldResolver(() => ChangeDiff, { description: 'The records it added, removed and changed (with the properties that differ), from its before and after.' })
  diff(@Root() change: GraphNode): ChangeDiff {
    return changeDiff(JSON.parse(String(change.before)) as RecordState, JSON.parse(String(change.after)) as RecordState);
  }
}
