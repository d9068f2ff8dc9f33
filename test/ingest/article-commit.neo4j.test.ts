import { describe } from 'vitest';
import { defineArticleCommitSuite } from './article-commit-suite.js';
import { TEST_NEO4J_URI } from '../support/stores.js';

describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => {
  defineArticleCommitSuite('Neo4j', 'neo4j');
});
