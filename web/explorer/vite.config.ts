/**
 * Builds the network explorer into dist/web/explorer/, served by
 * src/http/explorer.ts: the page at /explore, its files under /explore/
 * (hence the base). sigma.js and graphology are bundled: the page loads
 * nothing from outside the Chorus server.
 *
 *   npm run build:web   (… && vite build --config web/explorer/vite.config.ts)
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web/explorer/', import.meta.url));

export default defineConfig({
  root: here,
  base: '/explore/',
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    // No inlined data: URLs for assets: the CSP allows them for images only.
    assetsInlineLimit: 0,
    // Two pages: the explorer (/explore) and "Add an article" (/explore/add).
    rollupOptions: { input: { index: fileURLToPath(new URL('index.html', import.meta.url)), add: fileURLToPath(new URL('add.html', import.meta.url)) } },
  },
});
