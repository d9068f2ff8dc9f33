import { describe } from 'vitest';
import { defineAttributionConflictSuite } from './attribution-conflicts-suite.js';
import { TEST_NEO4J_URI } from '../support/stores.js';

describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => {
  defineAttributionConflictSuite('Neo4j', 'neo4j');
});
