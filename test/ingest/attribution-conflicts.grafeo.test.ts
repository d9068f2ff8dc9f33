import { defineAttributionConflictSuite } from './attribution-conflicts-suite.js';

defineAttributionConflictSuite('Grafeo', 'grafeo');
