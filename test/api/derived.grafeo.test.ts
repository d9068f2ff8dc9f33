import { defineDerivedSuite } from './derived-suite.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineDerivedSuite('Grafeo', createGrafeoTestStore);
