import { registerEnumType } from 'type-graphql';

export enum ActorOrder {
  NAME = 'NAME',
  STATEMENTS = 'STATEMENTS',
  CRITICAL_STATEMENTS = 'CRITICAL_STATEMENTS',
}
registerEnumType(ActorOrder, {
  name: 'ActorOrder',
  valuesConfig: {
    NAME: { description: 'Alphabetical.' },
    STATEMENTS: { description: 'By how many statements the actor made (the most-quoted).' },
    CRITICAL_STATEMENTS: { description: 'By how many critical statements were made about the actor.' },
  },
});

export enum ReportOrder {
  DATE = 'DATE',
  TITLE = 'TITLE',
  STATEMENTS = 'STATEMENTS',
  CRITICAL_STATEMENTS = 'CRITICAL_STATEMENTS',
  SUPPORTIVE_STATEMENTS = 'SUPPORTIVE_STATEMENTS',
  RESPONSES = 'RESPONSES',
}
registerEnumType(ReportOrder, {
  name: 'ReportOrder',
  valuesConfig: {
    STATEMENTS: { description: 'By how many statements are about it.' },
    CRITICAL_STATEMENTS: { description: 'By how many critical statements are about it.' },
    SUPPORTIVE_STATEMENTS: { description: 'By how many supportive statements are about it.' },
    RESPONSES: { description: 'By how many statements respond to it.' },
  },
});
