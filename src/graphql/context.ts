/** What every resolver gets: the store, and (per request) its loaders. */
import type { Settings } from '../config.js';
import type { Logger } from '../logger.js';
import type { GraphStore } from '../store/port.js';

export interface Context {
  store: GraphStore;
  settings: Settings;
  logger: Logger;
}
