/**
 * Reports, issue 35 thirteenth round: a news story about an inspection often credits its report to no one ("Birmingham's
 * children's services remain inadequate, Ofsted has said" under a headline that names no report). The graph's
 * inspectorate, regulator, ombudsman or auditor that the article names made it, so "Inspectors said" and "the report
 * said" speak for that body. Real Grafeo seeded with the seed graph (its inspectorate is Ofsted); every council,
 * person and sentence is invented for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { seedStore } from '../../../src/seed/load.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

let t: TestStore;
beforeAll(async () => {
  t = await createGrafeoTestStore();
  await seedStore(t.store, SEED_DIR);
});
afterAll(async () => t?.dispose());

describe('a report the text credits to no one', () => {
  it('leaves "Inspectors said" to the graph’s inspectorate the article names, where no report is named', async () => {
    const text =
      'Eastmere children’s services still inadequate, inspectors find\n\n' +
      'Eastmere City Council’s children’s services remain inadequate, Ofsted has said, four years after they were first placed in special measures.\n\n' +
      'Inspectors said that too many children were still waiting too long for help.';
    const draft = await proposeArticle(t.store, { text, title: 'Eastmere children’s services still inadequate, inspectors find', date: '2014-06-10' });
    expect(draft.statements.find((s) => s.text.includes('waiting too long'))?.speaker.id).toBe('organisation:ofsted');
  });

  it('gives a report named only by its noun to that inspectorate, which then speaks for it', async () => {
    const text =
      'Care leavers let down in Northdale, watchdog says\n\n' +
      'Young people leaving care in Northdale are not getting the support they need, according to Ofsted.\n\n' +
      '“Too many care leavers do not know who their personal adviser is,” the report said.';
    const draft = await proposeArticle(t.store, { text, title: 'Care leavers let down in Northdale, watchdog says', date: '2014-06-10' });
    expect((draft.newReports ?? []).map((r) => r.publisher)).toEqual(['organisation:ofsted']);
    expect(draft.statements.find((s) => s.text.includes('personal adviser'))?.speaker.id).toBe('organisation:ofsted');
  });
});
