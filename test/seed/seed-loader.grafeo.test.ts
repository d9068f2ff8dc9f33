import { defineSeedLoaderSuite } from './seed-loader-suite.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineSeedLoaderSuite('Grafeo', createGrafeoTestStore);
