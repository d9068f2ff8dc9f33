import { registerEnumType } from 'type-graphql';

export enum Stance {
  CRITICAL = 'critical',
  SUPPORTIVE = 'supportive',
  NEUTRAL = 'neutral',
  MIXED = 'mixed',
}
registerEnumType(Stance, { name: 'Stance', description: 'A statement’s stance toward one of its targets.' });

export enum StatementKind {
  QUOTE = 'quote',
  PARAPHRASE = 'paraphrase',
}
registerEnumType(StatementKind, { name: 'StatementKind', description: 'A direct quote, or reported speech in the author’s words.' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum NodeType {
  PERSON = 'Person',
  ORGANISATION = 'Organisation',
  COUNCIL = 'Council',
  GROUP = 'Group',
  REPORT = 'Report',
  FRAMEWORK = 'Framework',
  STATEMENT = 'Statement',
  CLAIM = 'Claim',
  OUTCOME = 'Outcome',
  RATING = 'Rating',
  SOURCE = 'Source',
}
registerEnumType(NodeType, { name: 'NodeType', description: 'The labels of the graph model.' });

export enum ActorType {
  PERSON = 'Person',
  ORGANISATION = 'Organisation',
  COUNCIL = 'Council',
  GROUP = 'Group',
}
registerEnumType(ActorType, { name: 'ActorType' });

export enum GroupBy {
  SPEAKER = 'speaker',
  ORGANISATION = 'organisation',
}
registerEnumType(GroupBy, { name: 'GroupBy', description: 'Count per speaker, or per the organisation a speaker spoke for.' });
