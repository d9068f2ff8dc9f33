/** A real Chorus HTTP server on an ephemeral port, over a given store. */
import { loadSettings, type Settings } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { buildChorusSchema } from '../../src/graphql/schema.js';
import { createChorusServer, type ChorusServerOptions } from '../../src/http/server.js';
import type { GraphStore } from '../../src/store/port.js';

export interface RunningServer {
  url: string;
  settings: Settings;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: any } }>;
  stop(): Promise<void>;
}

export async function startServer(store: GraphStore, env: Record<string, string> = {}, routes: ChorusServerOptions['routes'] = []): Promise<RunningServer> {
  const settings = loadSettings({ PORT: '0', LOG_LEVEL: 'silent', ...env });
  const server = await createChorusServer({ schema: await buildChorusSchema(), store, settings, logger: createLogger('silent'), routes });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    settings,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as any };
    },
    stop: () => server.stop(),
  };
}
