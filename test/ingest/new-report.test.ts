/**
 * A report the graph does not hold, named by an article, is proposed with its statements and goes
 * into the article's change set (real Grafeo store seeded with the seed graph): nothing about it is
 * dropped, and the statements' targets resolve within the draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { articleChangeSet } from '../../src/ingest/commit.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { MutationService } from '../../src/mutations/mutation-service.js';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';

let t: TestStore;
beforeAll(async () => {
  t = await createGrafeoTestStore();
  await seedStore(t.store, SEED_DIR);
});
afterAll(async () => t?.dispose());

const text =
  'The Waterways Standards Board published its Annual Review of River Quality 2020 on Tuesday.\n\n' +
  'Hannah Okafor, president of the Anglers’ Alliance, said: “This review confirms what our members see every weekend: rivers that are dirtier than they were five years ago.”';

describe('a report the graph does not hold', () => {
  it('is proposed as a new report, with its publisher, and its statements target it', async () => {
    const draft = await proposeArticle(t.store, { text, title: 'Water watchdog review draws fire', date: '2021-03-04' });
    expect(draft.newReports).toEqual([
      expect.objectContaining({ id: 'report:annual-review-of-river-quality-2020', title: 'Annual Review of River Quality 2020', publisherName: 'Waterways Standards Board', date: '2021-03' }),
    ]);
    expect(draft.mainReport?.id).toBe('report:annual-review-of-river-quality-2020');
    expect(draft.newActors.map((a) => a.name)).toEqual(expect.arrayContaining(['Waterways Standards Board', 'Hannah Okafor']));
    expect(draft.statements).toHaveLength(1);
    expect(draft.statements[0]!.about.map((a) => a.target)).toEqual(['report:annual-review-of-river-quality-2020']);
  });

  it('goes into the article’s change set with the statements about it', async () => {
    const draft = await proposeArticle(t.store, { text, title: 'Water watchdog review draws fire', date: '2021-03-04' });
    const set = await articleChangeSet(t.store, draft, text);
    const report = set.nodes.find((n) => n.id === 'report:annual-review-of-river-quality-2020');
    expect(report).toMatchObject({ label: 'Report' });
    expect(set.relationships.some((r) => r.type === 'ABOUT' && r.to === report!.id)).toBe(true);
    const publisher = draft.newReports![0]!.publisher!;
    expect(set.nodes.find((n) => n.id === publisher)).toMatchObject({ label: 'Organisation' });
    expect(set.relationships.filter((r) => r.type === 'PUBLISHED').map((r) => [r.from, r.to])).toEqual([[publisher, report!.id]]);
  });

  it('targets the government when a statement names it by "ministers", and politicians in general as a group of their own', async () => {
    const article = 'The Prisons Standards Office published its Annual Survey of Cells 2021 on Monday.\n\nJo Reid, director of the Cell Trust, said: “The blame lies with the politicians who starved prisons of money, and ministers must now act.”';
    const draft = await proposeArticle(t.store, { text: article, title: 'Trust answers cells survey', date: '2021-05-10' });
    const government = draft.statements[0]!.about.find((a) => a.name === 'HM Government');
    expect(government).toMatchObject({ stance: 'critical' });
    expect(government!.cues[0]).toBe('the government as: ministers');
    // Politicians of every party and decade are not today’s government (issue 35).
    expect(draft.statements[0]!.about.find((a) => a.name === 'politicians')).toMatchObject({ label: 'Group', stance: 'critical' });
  });

  it('proposes a framework and a second report the text names, with the statements about them, and commits them with the article', async () => {
    const article =
      'The Schools Standards Office published its Annual Review of Pupil Welfare 2025 on Monday, alongside the Renewed Pastoral Inspection Framework (RPIF).\n\n' +
      'Priya Sandhu, general secretary of the Classroom Teachers’ Union, said: “The RPIF is a box-ticking exercise.”\n\n' +
      'Sandhu also pointed to the Workload Survey 2024, published by the Teacher Wellbeing Trust in March. “This survey shows that teachers work fifty-hour weeks,” she said.';
    const draft = await proposeArticle(t.store, { text: article, title: 'Union attacks pastoral framework', date: '2025-12-01' });
    expect(draft.newFrameworks).toEqual([expect.objectContaining({ id: 'framework:renewed-pastoral-inspection-framework', name: 'Renewed Pastoral Inspection Framework' })]);
    expect(draft.newReports!.map((r) => r.title)).toEqual(['Annual Review of Pupil Welfare 2025', 'Workload Survey 2024']);
    const [framework, survey] = draft.statements.map((s) => s.about[0]);
    expect(framework).toMatchObject({ target: 'framework:renewed-pastoral-inspection-framework', stance: 'critical' });
    expect(survey).toMatchObject({ target: draft.newReports![1]!.id, stance: 'neutral' });
    const set = await articleChangeSet(t.store, draft, article);
    expect(set.nodes.find((n) => n.id === 'framework:renewed-pastoral-inspection-framework')).toMatchObject({ label: 'Framework' });
    expect(set.relationships.some((r) => r.type === 'ABOUT' && r.to === 'framework:renewed-pastoral-inspection-framework')).toBe(true);
    expect(set.nodes.find((n) => n.id === draft.newReports![1]!.id)).toMatchObject({ label: 'Report' });
  });

  it('proposes the report an article speaks of without naming it, titled by the headline, so its statements keep a target', async () => {
    const article = 'Inspectors rated the borough’s care homes poor in a report published on Friday.\n\nThe director, Paul Grant, said: “We accept the report’s findings in full.”';
    const draft = await proposeArticle(t.store, { text: article, title: 'Care homes in the borough rated poor', date: '2018-03-02' });
    expect(draft.newReports).toEqual([expect.objectContaining({ title: 'Care homes in the borough rated poor (report)', rule: 'new-report:unnamed' })]);
    expect(draft.statements[0]!.about).toEqual([expect.objectContaining({ target: draft.newReports![0]!.id, stance: 'supportive' })]);
  });

  it('proposes the report under the noun the article gives it ("a final report into", "its latest judgements", "codes of practice"), so its statements keep a target', async () => {
    const cases: [string, string, string][] = [
      ['Ferry fire blamed on wiring', 'A final report into the ferry fire has found that the wiring was never checked.\n\nThe operator’s chief executive, Rosa Lind, said: “We accept every recommendation and we are deeply sorry.”', 'Ferry fire blamed on wiring (report)'],
      ['Lettings agency downgraded', 'In a regulatory judgement published today, the Tenancy Standards Agency said the agency had misled tenants.\n\nA spokesperson for the agency said: “We are already putting this right for every tenant.”', 'Lettings agency downgraded (judgement)'],
      ['Streaming rules too weak, say parents', 'Parents’ groups say the Screen Regulator has set out its codes of practice too timidly.\n\nMina Patel, who chairs Safer Screens, said: “These rules leave children exposed to the same harms as before.”', 'Streaming rules too weak, say parents (codes of practice)'],
      ['Bus firms fight delay tables', 'Bus operators have objected to the publication of punctuality statistics by the transport board.\n\nGeorge Hale, of the Bus Operators’ Forum, said: “These tables are misleading and we will challenge them.”', 'Bus firms fight delay tables (statistics)'],
    ];
    for (const [title, article, report] of cases) {
      const draft = await proposeArticle(t.store, { text: article, title, date: '2022-05-04' });
      expect(draft.newReports?.map((r) => [r.title, r.rule])).toEqual([[report, 'new-report:unnamed']]);
      // Its author where the same sentence names it: the body that speaks after it, or whose "its" it is.
      expect(draft.newReports![0]!.publisherName).toBe(({ 'Lettings agency downgraded': 'Tenancy Standards Agency', 'Streaming rules too weak, say parents': 'Screen Regulator' } as Record<string, string>)[title]);
      expect(draft.statements.some((s) => s.about.some((a) => a.target === draft.newReports![0]!.id))).toBe(true);
    }
  });

  it('does not take the body that answers a consultation for its author', async () => {
    const draft = await proposeArticle(t.store, { text: 'In its reply to a consultation last spring, the Safer Screens Trust said the plans were “far too timid”.', title: 'Screen rules attacked', date: '2022-05-04' });
    expect(draft.newReports?.map((r) => [r.title, r.publisherName ?? null])).toEqual([['Screen rules attacked (consultation)', null]]);
  });

  it('does not take "the latest figures" alone for a report the article answers', async () => {
    const draft = await proposeArticle(t.store, { text: 'A note on the latest figures\n\nRuth Ames, a youth worker, said: “The latest figures match what I see every week on the estate.”', title: 'A note on the latest figures', date: '2022-05-04' });
    expect(draft.newReports ?? []).toEqual([]);
  });

  it('proposes a group a statement blames as a new group, and commits it with the article', async () => {
    const article = 'The Fire Standards Office published its Tower Safety Audit 2020 on Monday.\n\nJo Reid, chair of the Tenants’ Forum, said: “Landlords who ignore the audit are putting lives at risk.”';
    const draft = await proposeArticle(t.store, { text: article, title: 'Tenants answer tower audit', date: '2020-09-01' });
    const group = draft.newActors.find((a) => a.label === 'Group');
    expect(group).toMatchObject({ name: 'landlords', rule: 'new-group:named-target' });
    expect(draft.statements[0]!.about).toContainEqual(expect.objectContaining({ target: group!.id, stance: 'critical' }));
    const set = await articleChangeSet(t.store, draft, article);
    expect(set.nodes.find((n) => n.id === group!.id)).toMatchObject({ label: 'Group' });
  });

  it('titles a report named only by its maker and a noun ("the Rivers Agency report") by the headline, so a later article’s report of that maker is not taken for it', async () => {
    const first =
      'The Rivers Agency published its report on the Millford weir on Monday.\n\n' +
      'Councillor Tom Ashe said the Rivers Agency report was “a fair account of ten wasted years”.';
    const draft = await proposeArticle(t.store, { text: first, title: 'Millford weir neglected for a decade', date: '2022-05-10' });
    expect(draft.mainReport).toMatchObject({ id: 'report:millford-weir-neglected-for-a-decade-report', rule: 'new-report:unnamed' });
    expect(draft.newReports?.[0]).toMatchObject({ title: 'Millford weir neglected for a decade (report)', publisherName: 'Rivers Agency' });
    const applied = await new MutationService(t.store).apply(await articleChangeSet(t.store, draft, first), 'editor');
    expect(applied.applied).toBe(true);

    const second =
      'The Rivers Agency published its report on flood barriers in Eastvale on Thursday.\n\n' +
      'Dr Ruth Obi said the Rivers Agency report “missed the point entirely”.';
    const later = await proposeArticle(t.store, { text: second, title: 'Eastvale flood barriers failing', date: '2022-09-01' });
    expect(later.mainReport?.id).not.toBe(draft.mainReport!.id);
    expect(later.statements.flatMap((s) => s.about.map((a) => a.target))).not.toContain(draft.mainReport!.id);
  });
});
