/** The schema as SDL, the same text `npm run schema` commits and the staleness test compares. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildChorusSchema } from './schema.js';

export async function printSchemaSDL(): Promise<string> {
  const header = '# Generated from the resolvers in src/graphql by `npm run schema`: do not edit by hand.\n\n';
  return `${header}${printSchema(lexicographicSortSchema(await buildChorusSchema()))}\n`;
}
