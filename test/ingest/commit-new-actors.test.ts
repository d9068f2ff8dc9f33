/**
 * The article-as-unit path commits the councils and groups the attribution stage proposes as speakers
 * (a council by its place, a collective as a group), with their statements, on a real Grafeo store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleChangeSet } from '../../src/ingest/commit.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { MutationService } from '../../src/mutations/mutation-service.js';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';

const TEXT =
  'The Highways Research Unit published its Local Roads Report 2023 today, and it makes grim reading for drivers.\n\n' +
  'A spokesman for Calderford council said: “We fill every reported pothole within a week, whatever the report suggests.”\n\n' +
  'Union leaders said the report was right that road budgets had been cut every year since 2010.';

let t: TestStore;
beforeAll(async () => {
  t = await createGrafeoTestStore();
});
afterAll(async () => t?.dispose());

describe('committing an article whose speakers are a new council and a new group', () => {
  it('stores the council and the group as actors, and their statements with them as speakers', async () => {
    const draft = await proposeArticle(t.store, { text: TEXT, title: 'Councils and unions answer the roads survey', date: '2023-04-04' });
    const council = draft.newActors.find((a) => a.label === 'Council');
    const group = draft.newActors.find((a) => a.label === 'Group');
    expect([council?.name, group?.name]).toEqual(['Calderford', 'union leaders']);
    const spoken = draft.statements.filter((s) => s.speaker.id === council!.id || s.speaker.id === group!.id);
    expect(spoken).toHaveLength(2);

    const applied = await new MutationService(t.store).apply(await articleChangeSet(t.store, draft, TEXT), 'editor');
    expect(applied.applied).toBe(true);
    const [councilNode, groupNode] = await t.store.getNodes([council!.id, group!.id], []);
    expect([councilNode?.label, groupNode?.label]).toEqual(['Council', 'Group']);
    const stored = await t.store.getNodes(spoken.map((s) => s.id), []);
    expect(stored.every((n) => n?.label === 'Statement')).toBe(true);
  });
});
