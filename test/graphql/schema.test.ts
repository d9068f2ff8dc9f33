/**
 * The schema cannot drift: the committed SDL is what the code builds, and
 * every node type's scalar fields are the model's properties (and only
 * those that are not bookkeeping).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphQLObjectType, getNamedType } from 'graphql';
import { printSchemaSDL } from '../../src/graphql/print-schema.js';
import { buildChorusSchema } from '../../src/graphql/schema.js';
import { LABELS, labelNames } from '../../src/model/schema.js';
import type { PropertySpec } from '../../src/model/types.js';
import { SCHEMA_DIR } from '../../src/paths.js';

const GRAPHQL_SCALAR: Record<PropertySpec['type'], string> = {
  string: 'String', text: 'String', int: 'Int', float: 'Float', boolean: 'Boolean', 'string[]': 'String', 'int[]': 'Int', 'float[]': 'Float', date: 'String',
};

describe('GraphQL schema', () => {
  it('is committed as schema/schema.graphql exactly as the code builds it (run `npm run schema`)', async () => {
    expect(readFileSync(join(SCHEMA_DIR, 'schema.graphql'), 'utf8')).toBe(await printSchemaSDL());
  });

  it('has one type per model label, with a field of the right type for every model property', async () => {
    const schema = await buildChorusSchema();
    for (const label of labelNames.filter((l) => l !== 'Marker')) {
      const type = schema.getType(label);
      expect(type, label).toBeInstanceOf(GraphQLObjectType);
      const fields = (type as GraphQLObjectType).getFields();
      expect(fields.id, `${label}.id`).toBeDefined();
      for (const [property, spec] of Object.entries(LABELS[label].properties as Record<string, PropertySpec>)) {
        const field = fields[property];
        expect(field, `${label}.${property} is in the model but not in the schema`).toBeDefined();
        const named = getNamedType(field.type).name;
        // Enums of the model are GraphQL enums (StatementKind) or strings.
        if (spec.enum && named !== 'String') expect(schema.getType(named)?.astNode ?? schema.getType(named), `${label}.${property}`).toBeDefined();
        else expect(named, `${label}.${property}`).toBe(GRAPHQL_SCALAR[spec.type]);
      }
    }
  });

  it('gives every type of the Node interface an implementation for every label', async () => {
    const schema = await buildChorusSchema();
    const node = schema.getType('Node')!;
    const implementations = schema.getPossibleTypes(node as never).map((t) => t.name).sort();
    expect(implementations).toEqual(labelNames.filter((l) => l !== 'Marker').sort());
  });
});
