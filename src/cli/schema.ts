/**
 * `npm run schema`: writes the SDL of the code-first schema to schema/schema.graphql, and the table of derived
 * relationships to docs/derived-relationships.md (both committed, so API and rule changes show in review).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaSDL } from '../graphql/print-schema.js';
import { renderDerivedRelationships } from '../model/derived.js';
import { DERIVED_DOC_PATH, SCHEMA_DIR } from '../paths.js';

const path = join(SCHEMA_DIR, 'schema.graphql');
writeFileSync(path, await printSchemaSDL());
console.error(`schema: wrote ${path}`);
writeFileSync(DERIVED_DOC_PATH, renderDerivedRelationships());
console.error(`schema: wrote ${DERIVED_DOC_PATH}`);
