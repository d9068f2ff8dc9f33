import { defineArticleVersionSuite } from './article-versions-suite.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineArticleVersionSuite('Grafeo', createGrafeoTestStore);
