import { defineGroupCommitSuite } from './group-commit-suite.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineGroupCommitSuite('Grafeo', createGrafeoTestStore);
