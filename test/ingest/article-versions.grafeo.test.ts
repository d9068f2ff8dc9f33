import { defineArticleVersionSuite } from './article-versions-suite.js';

defineArticleVersionSuite('Grafeo', 'grafeo');
