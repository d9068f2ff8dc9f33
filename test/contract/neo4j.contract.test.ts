import { describe } from 'vitest';
import { defineGraphStoreContract } from './graph-store-contract.js';
import { createNeo4jTestStore, TEST_NEO4J_URI } from '../support/stores.js';

// CI always sets TEST_NEO4J_URI (.ci/run starts Neo4j); locally: `npm run neo4j` and export it.
describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => {
  defineGraphStoreContract('Neo4j', createNeo4jTestStore);
});
