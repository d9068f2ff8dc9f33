/** `npm start` seeds a store that holds no completed seed, and only says so when the seed files changed since. */
import type { Logger } from '../logger.js';
import { SEED_DIR } from '../paths.js';
import type { GraphStore } from '../store/port.js';
import { completedSeedHash, seedStore } from './load.js';
import { planSeed } from './plan.js';

export async function seedOnStart(store: GraphStore, logger: Logger, dir = SEED_DIR): Promise<void> {
  const held = await completedSeedHash(store);
  if (held) {
    const current = planSeed(dir).contentHash;
    if (held !== current) logger.info('the seed files changed since this store was seeded: run `npm run seed` to apply them (it upserts, keeps what others added, and replaces each changed article’s previous version)');
    return;
  }
  logger.info(`no completed seed in the store: seeding from ${dir}`);
  const started = Date.now();
  const result = await seedStore(store, dir);
  logger.info(`seeded ${result.nodes} nodes, ${result.relationships} relationships and ${result.derived} derived relationships in ${Date.now() - started} ms`);
}
