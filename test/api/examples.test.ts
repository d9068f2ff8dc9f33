/** Every example operation runs, as it is, against the seeded graph, and answers with data and no error. */
import { describe, expect, it } from 'vitest';
import { useSeededServer } from '../support/seeded-server.js';
import { exampleOperations } from '../support/examples.js';

const operations = exampleOperations();

describe('schema/examples.graphql', () => {
  const server = useSeededServer({ CHORUS_API_KEYS: 'examples:examples-key-0123456789' });

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
