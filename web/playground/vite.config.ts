/**
 * Builds the GraphiQL playground into dist/web/playground/, served by
 * src/http/playground.ts: the page at / and /graphql, its files under
 * /playground/ (hence the base). Everything, Monaco's workers included, is
 * bundled: the page loads nothing from outside the Chorus server.
 *
 *   npm run build:web   (vite build --config web/playground/vite.config.ts)
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web/playground/', import.meta.url));

export default defineConfig({
  root: here,
  base: '/playground/',
  publicDir: false,
  plugins: [react()],
  // Monaco's workers (editor, JSON, GraphQL) come from `?worker` imports in graphiql/setup-workers/vite.
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    // Monaco alone is a few MB: the whole page is one local bundle, not a site to split.
    chunkSizeWarningLimit: 8_000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React Compiler output starts modules with "use no memo": harmless once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
