import { defineGraphStoreContract } from './graph-store-contract.js';
import { createGrafeoTestStore } from '../support/stores.js';

defineGraphStoreContract('Grafeo', createGrafeoTestStore);
