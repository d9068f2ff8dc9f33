import { defineGraphStoreContract } from './graph-store-contract.js';
import { createMemoryTestStore } from '../support/stores.js';

// The benchmarks' ceiling rests on the in-memory store answering what the real stores answer.
defineGraphStoreContract('Memory', createMemoryTestStore);
