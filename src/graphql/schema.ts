/** The executable schema, built code-first from the resolvers; `npm run schema` writes its SDL to schema/schema.graphql. */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ActorResolver } from './resolvers/actor.resolver.js';
import { CouncilResolver, OrganisationResolver, PersonResolver, RoleResolver } from './resolvers/people.resolver.js';
import { FrameworkResolver, ReportResolver } from './resolvers/documents.resolver.js';
import { SourceResolver, StatementResolver } from './resolvers/statement.resolver.js';
import { ClaimResolver, GradeCountResolver, LinkResolver, OutcomeResolver, RatingResolver } from './resolvers/outcome.resolver.js';
import { QueryResolver } from './resolvers/query.resolver.js';
import { NetworkResolver } from './resolvers/network.resolver.js';
import { ChangeResolver, MutationResolver, StatementHistoryResolver } from './resolvers/mutation.resolver.js';
import { ArticleResolver } from './resolvers/article.resolver.js';
import { Change } from './types/change.type.js';
import { planAheadAtRootFields } from './plan-ahead.js';
import { Claim, Council, Framework, Group, Organisation, Outcome, Person, Rating, Report, Source, Statement } from './types/nodes.type.js';

export const RESOLVERS = [
  QueryResolver, ActorResolver, PersonResolver, RoleResolver, OrganisationResolver, CouncilResolver, ReportResolver, FrameworkResolver,
  StatementResolver, SourceResolver, ClaimResolver, OutcomeResolver, RatingResolver, LinkResolver, GradeCountResolver,
  MutationResolver, StatementHistoryResolver, ChangeResolver, ArticleResolver,
  NetworkResolver,
] as const;

/** Every node type, so interfaces know their implementations even where no field names them. */
export const NODE_TYPES = [Person, Organisation, Council, Group, Report, Framework, Statement, Claim, Outcome, Rating, Source, Change];

export async function buildChorusSchema(): Promise<GraphQLSchema> {
  return planAheadAtRootFields(await buildSchema({ resolvers: RESOLVERS, orphanedTypes: NODE_TYPES, validate: false }));
}
