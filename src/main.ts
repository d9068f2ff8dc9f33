/**
 * `npm start`: validate the configuration, open (and on first start create
 * and seed) the store, serve the API, and shut down cleanly on SIGTERM/SIGINT.
 */
import 'reflect-metadata';
import { loadSettings } from './config.js';
import { ChorusError } from './errors.js';
import { createLogger } from './logger.js';
import { describeStore, openStore } from './store/open-store.js';
import { buildChorusSchema } from './graphql/schema.js';
import { createChorusServer } from './http/server.js';
import { seedOnStart } from './seed/seed-on-start.js';
import { deriveIfOutdated } from './derive/versioned.js';
import { EXAMPLES_PATH, PLAYGROUND_ASSETS_DIR, playgroundRoute } from './http/playground.js';
import { exportRoute } from './http/export.js';
import { EXPLORER_ASSETS_DIR, explorerRoute } from './http/explorer.js';

async function main(): Promise<void> {
  let settings;
  try {
    settings = loadSettings();
  } catch (error) {
    console.error(`chorus: ${(error as Error).message}`);
    // exitCode, not exit(): stderr to a pipe is written asynchronously and exit() would cut the message.
    process.exitCode = 2;
    return;
  }
  const logger = createLogger(settings.logLevel);
  logger.info(`opening ${describeStore(settings.store)}`);
  const store = await openStore(settings.store);
  if (settings.seedOnStart) await seedOnStart(store, logger);
  await deriveIfOutdated(store, logger);
  const server = await createChorusServer({
    schema: await buildChorusSchema(),
    store,
    settings,
    logger,
    routes: [playgroundRoute({ examplesPath: EXAMPLES_PATH, assetsDir: PLAYGROUND_ASSETS_DIR }), exportRoute({ store, logger }), explorerRoute({ assetsDir: EXPLORER_ASSETS_DIR })],
  });
  const url = await server.listen();
  logger.info(`Chorus is serving ${url}/graphql (playground: ${url}/) on ${describeStore(settings.store)}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing requests in flight, then closing the store`);
    const force = setTimeout(() => {
      logger.error('shutdown took over 10 s: exiting anyway');
      process.exit(1);
    }, 10_000);
    force.unref();
    await server.stop();
    await store.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  // Configuration and store errors carry a message meant for the person starting Chorus.
  console.error(`chorus: ${error instanceof ChorusError ? error.message : (error as Error).stack}`);
  process.exitCode = 1;
});
