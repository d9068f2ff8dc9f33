import { describe } from 'vitest';
import { defineSeedCorrectionsSuite } from './seed-corrections-suite.js';
import { createNeo4jTestStore, TEST_NEO4J_URI } from '../support/stores.js';

describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => {
  defineSeedCorrectionsSuite('Neo4j', createNeo4jTestStore);
});
