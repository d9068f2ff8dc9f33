import { defineArticleCommitSuite } from './article-commit-suite.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineArticleCommitSuite('Grafeo', createGrafeoTestStore);
