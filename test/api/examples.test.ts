/** Every example operation runs, as it is, against the seeded graph, and answers with data and no error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';
import { startServer, type RunningServer } from '../support/server.js';
import { exampleOperations } from '../support/examples.js';

const operations = exampleOperations();

describe('schema/examples.graphql', () => {
  let handle: TestStore;
  let server: RunningServer;
  beforeAll(async () => {
    handle = await createGrafeoTestStore();
    await seedStore(handle.store, SEED_DIR);
    server = await startServer(handle.store, { CHORUS_API_KEYS: 'examples:examples-key-0123456789' });
  });
  afterAll(async () => {
    await server?.stop();
    await handle?.dispose();
  });

  it('holds the operations a new user is pointed to', () => {
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['WhoSaidWhatAboutReport', 'CriticsOfFramework', 'CouncilRatingHistory', 'Search', 'ClaimsAndDisputes']));
  });

  it('holds mutations a new user can run with a key', () => {
    expect(operations.filter((o) => o.mutation).map((o) => o.name)).toEqual(expect.arrayContaining(['CorrectAStance', 'AddAPerson', 'MergeDuplicates']));
  });

  // In the file's order, as a user would run them: the mutations with a key (AddAPerson before MergeDuplicates).
  for (const { name, query, mutation } of operations) {
    it(`${name} answers with data`, async () => {
      const { status, body } = await server.graphql(query, undefined, mutation ? { authorization: 'Bearer examples-key-0123456789' } : {});
      expect(body.errors, JSON.stringify(body.errors, null, 2)).toBeUndefined();
      expect(status).toBe(200);
      const json = JSON.stringify(body.data);
      expect(json.length).toBeGreaterThan(50);
      expect(json).not.toMatch(/^\{"[a-zA-Z]+":(null|\[\])\}$/);
    });
  }
});
