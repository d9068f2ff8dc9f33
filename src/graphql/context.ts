/** What every resolver gets: the store, the settings, and this request's loaders. */
import type { Settings } from '../config.js';
import type { Logger } from '../logger.js';
import type { GraphStore } from '../store/port.js';
import type { NodeRecord } from '../model/records.js';
import type { Label } from '../model/schema.js';
import { Loaders } from './loaders.js';

/** What the API needs of search: ranked hits for a text, with the words each matched. */
export interface Searcher {
  search(text: string, labels: Label[], limit: number): Promise<{ node: NodeRecord; score: number; matchedWords: string[] }[]>;
}

export interface Context {
  store: GraphStore;
  settings: Settings;
  logger: Logger;
  loaders: Loaders;
  search: Searcher;
}

export interface Services {
  store: GraphStore;
  settings: Settings;
  logger: Logger;
  search: Searcher;
}

/** A new context per request: loaders cache only within one request. */
export function createContext(services: Services): Context {
  return { ...services, loaders: new Loaders(services.store) };
}
