/**
 * `npm run seed [-- <folder>] [--overwrite]`: validates the seed folder (default seed/), then writes it
 * into the configured store (Grafeo, or Neo4j when NEO4J_URI is set). The rule: the seed's own records
 * are upserted and nothing others added is deleted; an article file (a seed source file or a draft)
 * replaces that article's previous version. Ids resolve in the folder or in the store, so a folder of
 * drafts loads on its own into a seeded store. Nothing is written when any record is wrong, or when an
 * article was changed through the API since it was loaded (unless --overwrite).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadSettings } from '../config.js';
import { ChorusError } from '../errors.js';
import { SEED_DIR } from '../paths.js';
import { formatProblems, planSeedInto } from '../seed/plan.js';
import { writePlan } from '../seed/load.js';
import { describeStore, openStore } from '../store/open-store.js';
import { progressPrinter } from './progress.js';

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { overwrite: { type: 'boolean' } } });
  const dir = resolve(positionals[0] ?? SEED_DIR);
  const settings = loadSettings();
  const store = await openStore(settings.store);
  try {
    const plan = await planSeedInto(store, dir);
    if (plan.problems.length) {
      console.error(`seed: ${plan.problems.length} problem(s) in ${dir}; nothing was written:\n${formatProblems(plan.problems)}`);
      process.exitCode = 1;
      return;
    }
    console.error(`seed: ${plan.files.length} files valid: ${plan.nodes.length} nodes, ${plan.relationships.length} relationships${plan.outside?.length ? `, linking to ${plan.outside.length} nodes already in the store` : ''}`);
    for (const held of plan.heldBack ?? []) {
      console.error(`seed: held back, not loaded: ${held.file} › ${held.path} (${held.source}): ${held.kind} missing ${held.missing.join(', ')}: "${held.text.slice(0, 60)}"`);
    }
    console.error(`seed: upserting into ${describeStore(settings.store)} (records the seed does not name are kept; each article replaces its previous version)`);
    const started = Date.now();
    const result = await writePlan(store, plan, { onProgress: progressPrinter(), overwrite: values.overwrite });
    for (const r of result.replaced) console.error(`seed: ${r.source}: removed ${r.nodes} nodes and ${r.relationships} relationships its file no longer has`);
    if (result.removed.nodes + result.removed.relationships) console.error(`seed: removed ${result.removed.nodes} nodes and ${result.removed.relationships} relationships the previous seed stated and this one does not`);
    if (result.removed.kept.length) console.error(`seed: kept ${result.removed.kept.join(', ')}: the seed no longer states them, but records others added link to them`);
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
