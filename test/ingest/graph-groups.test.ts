/**
 * Groups the graph already holds ("social workers" in the seed graph, "union leaders" an earlier article added) are the
 * same groups when a later article names them: found as targets where a statement thanks or defends them, kept as the
 * speaker where they speak, and never proposed again as new. Real Grafeo store, seeded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleChangeSet } from '../../src/ingest/commit.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { MutationService } from '../../src/mutations/mutation-service.js';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';

let t: TestStore;
beforeAll(async () => {
  t = await createGrafeoTestStore();
  await seedStore(t.store, SEED_DIR);
});
afterAll(async () => t?.dispose());

const commit = async (text: string, title: string, date: string) => {
  const draft = await proposeArticle(t.store, { text, title, date });
  const applied = await new MutationService(t.store).apply(await articleChangeSet(t.store, draft, text), 'editor');
  expect(applied.applied).toBe(true);
  return draft;
};

describe("the graph's groups in a later article", () => {
  it('finds a group in any case, and only as a group: no proper name is read from common nouns', async () => {
    const gaz = await Gazetteer.load(t.store);
    expect(gaz.groupMentions('Social workers said so; so did frontline social workers.').map((m) => [m.surface, m.entity.id])).toEqual([
      ['Social workers', 'group:social-workers'],
      ['frontline social workers', 'group:social-workers'],
    ]);
    expect(gaz.mentions('Social workers said so.').filter((m) => m.entity.label === 'Group')).toEqual([]);
  });

  it("targets the seed graph's group where a statement thanks or defends it, supportive, and adds no new group", async () => {
    const text =
      'Brackenholt Council’s children’s services have been rated good by Ofsted in a report published on Tuesday.\n\n' +
      'The council leader, Jean Ashworth, said: “This result is a tribute to our social workers, who have stuck with us through two hard years.”\n\n' +
      'Tom Reed, the Unison branch secretary, said caseloads had left social workers unable to visit every child on time.';
    const draft = await proposeArticle(t.store, { text, title: 'Brackenholt children’s services rated good', date: '2015-03-10' });
    const tribute = draft.statements.find((s) => s.text.includes('a tribute to'))!;
    expect(tribute.about.find((a) => a.target === 'group:social-workers')).toMatchObject({ label: 'Group', stance: 'supportive' });
    // Where the work was done is no judgement of the profession: no target for it.
    const caseloads = draft.statements.find((s) => s.text.includes('caseloads'))!;
    expect(caseloads.about.map((a) => a.target)).not.toContain('group:social-workers');
    expect(draft.newActors.filter((a) => a.label === 'Group')).toEqual([]);
  });

  it('keeps a collective speaker committed by one article as the same group in the next', async () => {
    const first = await commit(
      'The Roads Audit Unit published its Local Roads Review today.\n\nUnion leaders said the review was right that road budgets had been cut every year since 2010.',
      'Unions answer the roads review',
      '2023-04-04',
    );
    const group = first.newActors.find((a) => a.label === 'Group')!;
    expect(group.name).toBe('union leaders');

    const second = await proposeArticle(t.store, {
      text: 'The Roads Audit Unit published its Bridges Review today.\n\nUnion leaders said the review was a whitewash that ignored a decade of cuts.',
      title: 'Unions attack the bridges review',
      date: '2023-06-01',
    });
    const said = second.statements.find((s) => s.text.includes('whitewash'))!;
    expect(said.speaker).toMatchObject({ id: group.id, label: 'Group' });
    expect(second.newActors.filter((a) => a.label === 'Group')).toEqual([]);
  });
});
