/**
 * Reports, issue 35 thirteenth round: a headline's passive is not its publisher ("Harwick rated inadequate as Ofsted
 * finds …" was published by Ofsted, not Harwick); an inspection, review or inquiry "of" a body is about that body, not
 * by it ("Ofsted published its inspection of Castlebridge City Council's children's services"), and the body it is of
 * is proposed, so what is said of it later is said of an actor. Every council and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const propose = (title: string, body: string) => proposeArticle(null, { text: `${title}\n\n${body}`, title });

describe('reports: who made the report, and whom it is of', () => {
  it('takes no body a headline says was rated as the report’s publisher', async () => {
    const draft = await propose('Harwick rated inadequate as Ofsted finds ‘drift and delay’', 'Ofsted has rated Harwick Borough Council’s child protection services inadequate.\n\nThe report said that children at risk of harm were left in “drift and delay”.');
    expect(draft.newReports?.map((r) => r.publisherName)).toEqual(['Ofsted']);
    expect(draft.statements[0]?.speaker.name).toBe('Ofsted');
    const graded = await propose('Eastmere graded good after two years of work', 'The Care Board has graded Eastmere Council’s adult services good.\n\nThe report said that waiting lists had halved.');
    expect(graded.newReports?.map((r) => r.publisherName)).toEqual(['Care Board']);
  });

  it('reads "its inspection of X" as the publisher’s report on X, and proposes X', async () => {
    const draft = await propose(
      'Union disputes inspection verdict',
      'When Ofsted published its inspection of Castlebridge City Council’s children’s services on 6 August, the verdict was inadequate.\n\nUnison’s branch secretary, Pat Hallam, said: “Castlebridge City Council ignored every warning our members gave.”',
    );
    expect(draft.newReports?.map((r) => [r.title, r.publisherName])).toEqual([['inspection of Castlebridge City Council', 'Ofsted']]);
    // A council is proposed by its place, as the graph names councils.
    expect(draft.statements[0]?.about.map((t) => t.name)).toContainEqual(expect.stringMatching(/^Castlebridge/));
    const review = await propose(
      'Review of Northmere Council published',
      'The Local Accounts Office published its review of Northmere Council on Thursday.\n\nJo Marsh, of the Tenants Union, said: “Northmere Council has let tenants down for a decade.”',
    );
    expect(review.newReports?.map((r) => r.publisherName)).toEqual(['Local Accounts Office']);
    expect(review.statements[0]?.about.map((t) => t.name)).toContainEqual(expect.stringMatching(/^Northmere/));
  });

  it('reads a report "on" or an inquiry "into" a body as about it, whatever the noun', async () => {
    const draft = await propose('Fernley praised by inspectors', 'The Care Board published its report on Fernley Council on Tuesday.\n\nTheir report praised the workforce and said children in care were listened to.');
    expect(draft.newReports?.map((r) => [r.title, r.publisherName])).toEqual([['report on Fernley Council', 'Care Board']]);
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Care Board']);
  });
});
