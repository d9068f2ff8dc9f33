/**
 * Issue 35 eighteenth round: providers and the inspectorate itself judged (written set 10's misses).
 * - A release's capitalised grade ("rated Outstanding by Ofsted") leaves the rated body the subject and the inspectorate
 *   the publisher, as the lower-case grade does.
 * - A company named with its legal suffix ("Northlight Fostering Ltd") is named again without it.
 * - "The survey of 140 council leaders, published today by the Local Government Association" credits the survey.
 * - Inspections spoken of in an article about another body's report (a survey of council leaders) judge the
 *   inspectorate; in one about the inspectorate's own report, its inspectors' recommendations stay that report's.
 * - "X … said Ofsted had “lost the confidence …”": Ofsted opens what was said, X says it; losing the confidence of
 *   others is no praise.
 * - "In a statement, the council said:" above quote paragraphs is the council's, whether the text named it "Kelby Council"
 *   or only by the place the opening says things happen in; "whose report concluded" is a report.
 * Every body, person and sentence is invented for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { seedStore } from '../../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const draftOf = (title: string, text: string) => proposeArticle(null, { text, title, date: '2014-06-12' });

describe('a provider rated in a release', () => {
  const title = 'Brightwater Fostering rated Outstanding by Ofsted';
  const text =
    'Brightwater Fostering rated Outstanding by Ofsted\n\nBrightwater Fostering Ltd, an independent fostering agency based in Kelby, has been judged Outstanding in every area by Ofsted following an inspection in May.\n\nInspectors said that children placed with its carers made exceptional progress at school.\n\nThe report found that carers were well supported by a helpline staffed around the clock.';

  it('the inspectorate publishes the report and speaks for it', async () => {
    const draft = await draftOf(title, text);
    expect(draft.newReports[0]?.publisherName).toBe('Ofsted');
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Ofsted', 'Ofsted']);
  });

  it('the agency is what the findings judge, named without its suffix in the headline', async () => {
    const draft = await draftOf(title, text);
    for (const s of draft.statements) expect(s.about.find((t) => t.label === 'Organisation')?.name).toBe('Brightwater Fostering Ltd');
  });
});

describe('the inspectorate judged (the graph knows Ofsted as an inspectorate)', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createGrafeoTestStore();
    await seedStore(t.store, SEED_DIR);
  });
  afterAll(async () => t?.dispose());
  const draftOf = (title: string, text: string) => proposeArticle(t.store, { text, title, date: '2014-06-12' });
  const text =
    'Council leaders turn on inspectors\n\nCouncil leaders have attacked Ofsted’s inspections of children’s services in a survey published today.\n\nThe survey of 90 council leaders and chief executives, published today by the Local Government Association, found that most believed the unannounced inspections gave a distorted picture.\n\nCllr Ann Pryce, leader of Kelby Council, said the inspections had become “a box-ticking ritual”.\n\nMaria Dunn, the leader of Ashby Council, called the framework “unworkable” and said Ofsted had “lost the confidence of the councils it inspects”.';

  it('a survey published by a body is that body’s, and speaks for it', async () => {
    const draft = await draftOf('Council leaders turn on inspectors', text);
    const finding = draft.statements.find((s) => s.text.startsWith('most believed'));
    expect(finding?.speaker.name).toBe('Local Government Association');
  });

  it('inspections spoken of judge the inspectorate when the report is another body’s', async () => {
    const draft = await draftOf('Council leaders turn on inspectors', text);
    const ritual = draft.statements.find((s) => s.text.startsWith('the inspections had become'));
    expect(ritual?.about.find((t) => t.name === 'Ofsted')?.stance).toBe('critical');
  });

  it('“said Ofsted had …”: the one who said it speaks, critical of Ofsted', async () => {
    const draft = await draftOf('Council leaders turn on inspectors', text);
    const lost = draft.statements.find((s) => s.text.includes('lost the confidence'));
    expect(lost?.speaker.name).toBe('Maria Dunn');
    expect(lost?.about.find((t) => t.name === 'Ofsted')?.stance).toBe('critical');
  });

  it('the inspectors’ recommendations in answer to the inspectorate’s own report are that report’s', async () => {
    const own =
      'Kelby services rated inadequate\n\nOfsted has rated Kelby Council’s children’s services inadequate in a report published today.\n\nThe council’s director, Sam Reid, said: “We accept every one of the inspectors’ recommendations and have already acted on them.”';
    const draft = await draftOf('Kelby services rated inadequate', own);
    const accept = draft.statements.find((s) => s.text.startsWith('We accept'));
    expect(accept?.about.some((t) => t.name === 'Ofsted')).toBe(false);
    expect(accept?.about.some((t) => t.label === 'Report')).toBe(true);
  });

  it('a proposal to scrap inspections is the review’s, not a judgement of the inspectorate', async () => {
    const review =
      'Review calls for end to unannounced visits\n\nAn independent review published by the Department for Education today recommends an end to Ofsted’s unannounced inspections.\n\nThe union’s general secretary, Jo Lane, told the paper that scrapping unannounced inspections would be a mistake.';
    const draft = await draftOf('Review calls for end to unannounced visits', review);
    const scrap = draft.statements.find((s) => s.text.startsWith('scrapping'));
    expect(scrap?.about.some((t) => t.name === 'Ofsted')).toBe(false);
  });
});

describe('the council as a speaker line', () => {
  it('“the council said:” after “Kelby Council” is that council', async () => {
    const text =
      'Services handed to trust\n\nChildren’s services at Kelby Council have passed to a trust after Ofsted rated them inadequate.\n\nThe council leader, Councillor Ann Roe, said it had been “a painful decision”.\n\nIn a statement, the council said:\n\n“We accepted the recommendations in full and have worked closely with the department.\n\n“The council will still pay for children’s services.”';
    const draft = await draftOf('Services handed to trust', text);
    expect(draft.statements.filter((s) => s.kind === 'quote').map((s) => s.speaker.name)).toEqual(['Kelby', 'Kelby']);
  });

  it('“the council said:” where the opening names the council by its kind and its place', async () => {
    const text =
      'Services handed to trust\n\nChildren’s services in Kelby have passed from the council to a trust, a year after Ofsted said they were failing.\n\nThe trust was set up on the advice of a commissioner, Alan Reed, whose report last October concluded that the council could not improve quickly enough.\n\nIn a statement, the council said:\n\n“We accepted the recommendations in full.”';
    const draft = await draftOf('Services handed to trust', text);
    expect(draft.statements.find((s) => s.text.startsWith('We accepted'))?.speaker.name).toBe('Kelby');
    expect(draft.newReports[0]?.rule).toBe('new-report:unnamed');
  });
});
