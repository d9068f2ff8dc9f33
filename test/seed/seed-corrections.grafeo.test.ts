import { defineSeedCorrectionsSuite } from './seed-corrections-suite.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineSeedCorrectionsSuite('Grafeo', createGrafeoTestStore);
