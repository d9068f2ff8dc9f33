import { describe } from 'vitest';
import { defineArticleCommitSuite } from './article-commit-suite.js';
import { createNeo4jTestStore, TEST_NEO4J_URI } from '../support/stores.js';

describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => {
  defineArticleCommitSuite('Neo4j', createNeo4jTestStore);
});
