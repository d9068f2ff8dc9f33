import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql reads decorator metadata: Vite 8's oxc must emit legacy decorators with it.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: ['test/**/*.test.ts'],
    // Tests on Neo4j share one database: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
