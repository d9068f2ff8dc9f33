/** What every resolver gets: the store, the settings, and this request's loaders. */
import type { Settings } from '../config.js';
import type { Logger } from '../logger.js';
import type { GraphStore } from '../store/port.js';
import type { NodeRecord } from '../model/records.js';
import type { Label } from '../model/schema.js';
import { Loaders } from './loaders.js';
import type { AuthResult, Principal } from '../auth/api-keys.js';
import type { MutationService } from '../mutations/mutation-service.js';
import type { MutationRateLimit } from './plugins/mutation-rate-limit.js';
import type { ArticleProposals } from '../ingest/proposals.js';

/** What the API needs of search: ranked hits for a text, with the words each matched. */
export interface Searcher {
  /** `properties`: what the request reads of the hits (its projection), as SearchService.search. */
  search(text: string, labels: Label[], limit: number, properties?: readonly string[]): Promise<{ node: NodeRecord; score: number; matchedWords: string[] }[]>;
}

export interface Context {
  store: GraphStore;
  settings: Settings;
  logger: Logger;
  loaders: Loaders;
  search: Searcher;
  mutations: MutationService;
  /** Charges each prepared change for the records it writes, before it is written. */
  mutationRateLimit: MutationRateLimit;
  /** proposeArticle, in worker threads. */
  proposals: Pick<ArticleProposals, 'propose'>;
  /** Who is asking, as the API key says (checked before the operation runs: plugins/auth.ts). */
  auth: AuthResult;
  /** The client's address, as the socket gives it (a proxy's, behind one); absent for operations run in-process. */
  clientAddress?: string;
}

export interface Services {
  store: GraphStore;
  settings: Settings;
  logger: Logger;
  search: Searcher;
  mutations: MutationService;
  mutationRateLimit: MutationRateLimit;
  proposals: Pick<ArticleProposals, 'propose'>;
}

/** A new context per request: loaders cache only within one request. */
export function createContext(services: Services, auth: AuthResult, clientAddress?: string): Context {
  return { ...services, auth, clientAddress, loaders: new Loaders(services.store) };
}

/** The caller's key, which plugins/auth.ts has already required for mutations. */
export function principalOf(ctx: Context): Principal {
  if (!ctx.auth.ok || !ctx.auth.principal) throw new Error('no principal: the auth plugin should have refused this request');
  return ctx.auth.principal;
}
