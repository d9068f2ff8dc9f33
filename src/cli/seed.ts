/**
 * `npm run seed [-- <folder>]`: validates the seed folder (default seed/),
 * then upserts it into the configured store (Grafeo, or Neo4j when
 * NEO4J_URI is set). Nothing is written when any record is wrong; nothing
 * the seed does not name is deleted.
 */
import { loadSettings } from '../config.js';
import { ChorusError } from '../errors.js';
import { SEED_DIR } from '../paths.js';
import { formatProblems, planSeed } from '../seed/plan.js';
import { writePlan } from '../seed/load.js';
import { describeStore, openStore } from '../store/open-store.js';
import { progressPrinter } from './progress.js';
import { resolve } from 'node:path';

async function main() {
  const dir = resolve(process.argv[2] ?? SEED_DIR);
  const plan = planSeed(dir);
  if (plan.problems.length) {
    console.error(`seed: ${plan.problems.length} problem(s) in ${dir}; nothing was written:\n${formatProblems(plan.problems)}`);
    process.exit(1);
  }
  const settings = loadSettings();
  console.error(`seed: ${plan.files.length} files valid: ${plan.nodes.length} nodes, ${plan.relationships.length} relationships, ${plan.derived.length} derived`);
  console.error(`seed: upserting into ${describeStore(settings.store)} (existing records the seed does not name are kept)`);
  const store = await openStore(settings.store);
  try {
    const started = Date.now();
    const result = await writePlan(store, plan, { onProgress: progressPrinter() });
    const seconds = (Date.now() - started) / 1000;
    console.error(`seed: done in ${seconds.toFixed(2)} s (${Math.round((result.relationships + result.derived) / seconds)} relationships/s)`);
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(`seed: ${error instanceof ChorusError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
