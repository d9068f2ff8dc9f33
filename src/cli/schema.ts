/** `npm run schema`: writes the SDL of the code-first schema to schema/schema.graphql (committed, so API changes show in review). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaSDL } from '../graphql/print-schema.js';
import { SCHEMA_DIR } from '../paths.js';

const path = join(SCHEMA_DIR, 'schema.graphql');
writeFileSync(path, await printSchemaSDL());
console.error(`schema: wrote ${path}`);
