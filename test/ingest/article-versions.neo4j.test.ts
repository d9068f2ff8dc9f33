import { describe } from 'vitest';
import { defineArticleVersionSuite } from './article-versions-suite.js';
import { TEST_NEO4J_URI } from '../support/stores.js';

describe.skipIf(!TEST_NEO4J_URI)('Neo4j (TEST_NEO4J_URI)', () => {
  defineArticleVersionSuite('Neo4j', 'neo4j');
});
