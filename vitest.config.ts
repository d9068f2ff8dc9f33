import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default defineConfig({
  // type-graphql reads decorator metadata: Vite 8's oxc must emit legacy decorators with it.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  // One graphql for everything: Vite would give our code its ESM build (index.mjs) while Apollo and
  // type-graphql load the CommonJS one, and graphql refuses types from "another realm". Node does the same.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    // type-graphql's decorators need the metadata API before any decorated class loads.
    setupFiles: ['reflect-metadata'],
    // Tests on Neo4j share one database: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // expect.poll waits 1 s by default: a browser test's network request on a busy machine can take longer.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
