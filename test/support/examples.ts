/** The named operations of schema/examples.graphql, each with its text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { SCHEMA_DIR } from '../../src/paths.js';

export function exampleOperations(): { name: string; query: string; mutation: boolean }[] {
  const document = parse(readFileSync(join(SCHEMA_DIR, 'examples.graphql'), 'utf8'));
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((operation) => ({ name: operation.name!.value, query: print(operation), mutation: operation.operation === 'mutation' }));
}
