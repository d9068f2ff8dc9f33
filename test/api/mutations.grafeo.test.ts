import { defineMutationSuite } from './mutations-suite.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineMutationSuite('Grafeo', createGrafeoTestStore);
