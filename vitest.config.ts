import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The test tiers, by folder, so that a new test file joins its folder's tier by itself. `npm test` runs
 * every tier, one after another in this order (quickest first); `npm run test:<tier>` runs one alone
 * (`vitest run --project <tier>`). What each holds and needs is in the README's Testing section.
 */
const TIER_FOLDERS = {
  // The store adapters under one contract, and the seed loaded into each.
  stores: ['contract', 'store', 'seed'],
  // The API through a real HTTP server, and the program as a process.
  api: ['api'],
  // The playground and the explorer in a real browser.
  browser: ['browser'],
  // Crashes, outages, hostile input.
  faults: ['faults'],
};
const testsIn = (folders: string[]) => folders.map((folder) => `test/${folder}/**/*.test.ts`);
const TIERS = [
  // The modules themselves (extraction, GraphQL planning and loaders, networks, search, the Cypher
  // catalogue): every folder that is no other tier's, so a new folder is never left out of `npm test`.
  { name: 'unit', include: ['test/**/*.test.ts'], exclude: testsIn(Object.values(TIER_FOLDERS).flat()) },
  ...Object.entries(TIER_FOLDERS).map(([name, folders]) => ({ name, include: testsIn(folders), exclude: [] as string[] })),
];

export default defineConfig({
  // type-graphql reads decorator metadata: Vite 8's oxc must emit legacy decorators with it.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  // One graphql for everything: Vite would give our code its ESM build (index.mjs) while Apollo and
  // type-graphql load the CommonJS one, and graphql refuses types from "another realm". Node does the same.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    // type-graphql's decorators need the metadata API before any decorated class loads.
    setupFiles: ['reflect-metadata'],
    // Tests on Neo4j share one database: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // expect.poll waits 1 s by default: a browser test's network request on a busy machine can take longer.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    reporters: ['default'],
    // A distinct group order per tier: tiers run one after another, never two at once on the shared Neo4j.
    projects: TIERS.map(({ name, include, exclude }, order) => ({
      extends: true,
      test: { name, include, exclude: ['**/node_modules/**', ...exclude], sequence: { groupOrder: order } },
    })),
  },
});
