import { defineArticleCommitSuite } from './article-commit-suite.js';

defineArticleCommitSuite('Grafeo', 'grafeo');
