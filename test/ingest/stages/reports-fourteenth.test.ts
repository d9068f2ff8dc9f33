/**
 * Reports, issue 35 fourteenth round: who made a report, and which one the article answers, when the text names it
 * badly. A month's possessive is when it came out, not who made it ("last September's inspection"); "by X" after a
 * report belongs to another document named between ("The inspection follows last year's inquiry by the Office of the
 * Commissioner for Older People"); a body's name runs through "of the" ("the Office of the Commissioner for …"); a
 * report an article names only as an inspectorate's letter or a thematic inspection is still its report; and an article
 * about one council's inspection answers that inspection, not a national report the graph holds from the same months.
 * Every body and sentence is invented for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/paths.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { seedStore } from '../../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const propose = (title: string, body: string) => proposeArticle(null, { text: `${title}\n\n${body}`, title });

describe('reports: who made it', () => {
  it('takes no month’s possessive as a publisher', async () => {
    const draft = await propose(
      'Inspectors find progress at Fernley',
      'Inspectors have found progress in Fernley’s care services, eight months after they were rated poor.\n\nThe findings are set out in a letter after a two-day visit in April, the third since last September’s inspection.\n\nThe letter said that fewer families were waiting for help.',
    );
    expect(draft.newReports?.map((r) => r.publisherName)).not.toContain('September');
    expect(draft.statements.map((s) => s.speaker.name)).not.toContain('September');
  });

  it('takes no author of another document named between as the report’s', async () => {
    const draft = await propose(
      'Care Board warns on falls in care homes',
      'Care homes are failing to prevent falls, the Care Board has warned.\n\nA thematic inspection of twelve homes found that only two checked residents at night.\n\nThe inspection follows last year’s inquiry by the Office of the Commissioner for Older People into hospital discharges.',
    );
    expect(draft.newReports?.map((r) => r.publisherName)).not.toContain('Office');
    expect(draft.newReports?.map((r) => r.title)).not.toContainEqual(expect.stringMatching(/Office/));
  });

  it('names a publisher through "of the"', async () => {
    const draft = await propose('Care homes report published', 'The report by the Office of the Commissioner for Older People was published on Monday.\n\nIt said that care homes were short of nurses.');
    expect(draft.newReports?.map((r) => r.publisherName)).toEqual(['Office of the Commissioner for Older People']);
  });
});

describe('reports: the one the article answers, named only by a noun', () => {
  it('an inspectorate’s letter', async () => {
    const draft = await propose(
      'Council hits back at Care Board',
      'Eastmere Council has hit back at the Care Board after inspectors said its care services were improving too slowly.\n\nIn a letter published on Thursday, the Care Board said too many families were still waiting for an assessment.\n\nThe council’s leader, Amy Hollis, said the letter did not reflect the progress staff had made.',
    );
    expect(draft.mainReport).toBeDefined();
    const leader = draft.statements.find((s) => s.text.startsWith('the letter did not reflect'));
    expect(leader?.about.find((t) => t.label === 'Report')?.stance).toBe('critical');
  });
});

// The seed graph, for the rules that weigh the graph's reports against the text's.
describe('reports against the graph', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createGrafeoTestStore();
    await seedStore(t.store, SEED_DIR);
  });
  afterAll(async () => t?.dispose());

  describe('reports: one council’s inspection is not a national report of the same months', () => {
    const ofInspection =
      'Northvale Council responds to Ofsted inspection\n\nNorthvale Metropolitan Borough Council today responded to Ofsted’s inspection of its children’s social care services, which judged them inadequate.\n\nThe council’s leader, Jo Reed, said: “We accept the findings and we are sorry.”';
    const ofRound =
      'Councils told to do better\n\nCouncils across England must do more to protect children, Ofsted said in its annual report on care, education and skills.\n\nNorthvale Council’s leader, Jo Reed, said: “We accept the findings and we are sorry.”';

    it('proposes the inspection the article answers, not the graph’s report of those months', async () => {
      // The graph holds Ofsted's social care report of June 2016; this article, a month later, is about one council.
      const draft = await proposeArticle(t.store, { text: ofInspection, title: 'Northvale Council responds to Ofsted inspection', date: '2016-07-20' });
      expect(draft.mainReport?.rule).toMatch(/^new-report/);
    });

    it('still finds the graph’s report where the text speaks of the national round', async () => {
      const draft = await proposeArticle(t.store, { text: ofRound, title: 'Councils told to do better', date: '2009-11-26' });
      expect(draft.mainReport?.rule).not.toMatch(/^new-report/);
    });
  });

  describe('reports: the one the opening speaks of', () => {
    it('is the news, when the one named by a title comes later and is made by someone else', async () => {
      const text =
        'MPs debate Northvale care failings\n\n' +
        'Northvale’s child protection services were debated in Parliament yesterday, six weeks after Ofsted inspectors found serious weaknesses at Northvale Council.\n\n' +
        'Opening the debate, Jo Reed MP read from the report, published on 3 May, and called it “a damning verdict”.\n\n' +
        'She said the council had ignored warnings from its own staff.\n\n' +
        'The children’s minister, Sam Ode, told MPs that a commissioner would report to him within three months on whether the service should be run by a trust.\n\n' +
        'A serious case review by the Northvale Safeguarding Children Board, published last year, had made the same point.';
      const draft = await proposeArticle(t.store, { text, title: 'MPs debate Northvale care failings', date: '2014-06-12' });
      expect(draft.newReports?.[0]?.publisherName).toBe('Ofsted');
      expect(draft.newReports?.[0]?.title).not.toMatch(/Safeguarding Children Board/);
    });

    it('is one body’s inspection, not the graph’s national report of those months, when the opening grades that one body', async () => {
      const text =
        'Ashby children’s home closes after inspection\n\n' +
        'A children’s home near Ashby has closed a month after Ofsted inspectors rated it inadequate and said the young people living there were not safe.\n\n' +
        'The inspection report, published on Tuesday, said staff had not acted when two residents went missing.\n\n' +
        'The home’s owner, Birchwood Care, said: “We are sorry that we let these young people down.”';
      const draft = await proposeArticle(t.store, { text, title: 'Ashby children’s home closes after inspection', date: '2009-11-13' });
      expect(draft.mainReport?.id.startsWith('report:')).toBe(true);
      expect(draft.newReports?.some((r) => r.id === draft.mainReport?.id)).toBe(true);
    });

    // The one named later (past the lede) is the opening's report named again when nothing says another body made it.
    it('is the one named later when the text gives that one no other maker', async () => {
      const text =
        'Two councils, two verdicts\n\n' +
        'Ofsted has given two neighbouring councils very different verdicts on how they protect children.\n\n' +
        'Ashby County Council’s child protection services were judged “inadequate” in a report published on Tuesday, while Dunmore City Council’s fostering service was rated good. The two councils share a border, a police force and a hospital trust, and until last year they shared a director of children’s services.\n\n' +
        'The Ashby report said that managers did not know how many cases each social worker held.\n\n' +
        'A council spokesman said: “We accept the judgement and have a plan to put it right.”';
      const draft = await proposeArticle(t.store, { text, title: 'Two councils, two verdicts', date: '2014-06-12' });
      expect(draft.newReports?.[0]?.title).toBe('Ashby report');
      expect(draft.newReports?.[0]?.publisherName).toBe('Ofsted');
    });
  });
});
