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
import { personMentions } from '../../../src/ingest/stages/speaker-names.js';
import { seedStore } from '../../../src/seed/load.js';
import { createGrafeoTestStore, type TestStore } from '../../support/stores.js';

const draftOf = (title: string, text: string) => proposeArticle(null, { text, title, date: '2014-06-12' });

// The seed graph, for the rules that need what it knows (Ofsted an inspectorate, its reports of those months).
let seeded: TestStore;
beforeAll(async () => {
  seeded = await createGrafeoTestStore();
  await seedStore(seeded.store, SEED_DIR);
});
afterAll(async () => seeded?.dispose());

describe('a provider rated in a release', () => {
  const title = 'Brightwater Fostering rated Outstanding by Ofsted';
  const text =
    'Brightwater Fostering rated Outstanding by Ofsted\n\nBrightwater Fostering Ltd, an independent fostering agency based in Kelby, has been judged Outstanding in every area by Ofsted following an inspection in May.\n\nInspectors said that children placed with its carers made exceptional progress at school.\n\nThe report found that carers were well supported by a helpline staffed around the clock.';

  it('the inspectorate publishes the report and speaks for it', async () => {
    const draft = await draftOf(title, text);
    expect(draft.newReports?.[0]?.publisherName).toBe('Ofsted');
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Ofsted', 'Ofsted']);
  });

  it('the agency is what the findings judge, named without its suffix in the headline', async () => {
    const draft = await draftOf(title, text);
    for (const s of draft.statements) expect(s.about.find((t) => t.label === 'Organisation')?.name).toBe('Brightwater Fostering Ltd');
  });
});

describe('the inspectorate judged (the graph knows Ofsted as an inspectorate)', () => {
  const draftOf = (title: string, text: string) => proposeArticle(seeded.store, { text, title, date: '2014-06-12' });
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
    expect(draft.newReports?.[0]?.rule).toBe('new-report:unnamed');
  });
});

describe('what a report proposes, and who made it (written set 11’s trade and online stories)', () => {
  it('a white paper is judged by what is said of what it proposes', async () => {
    const text =
      'White paper: how the sector reacted\n\nThe government published its white paper on children’s social care on Tuesday. It proposes a national test for social workers.\n\nThe British Association of Social Workers called the test “a missed opportunity”.';
    const draft = await draftOf('White paper: how the sector reacted', text);
    const missed = draft.statements.find((s) => s.text === 'a missed opportunity');
    expect(missed?.about.find((t) => t.label === 'Report')?.stance).toBe('critical');
  });

  it('a report of findings is not judged by a sad fact said in answer to it', async () => {
    const text =
      'Charity report on care leavers\n\nA report by the Open Doors Trust, published on Tuesday, found that care leavers waited months for a home.\n\nThe trust’s director, Ann Lee, said the waits were “a national disgrace”.';
    const draft = await draftOf('Charity report on care leavers', text);
    const disgrace = draft.statements.find((s) => s.text.includes('national disgrace'));
    expect(disgrace?.about.find((t) => t.label === 'Report')?.stance ?? 'neutral').toBe('neutral');
  });

  it('a word opening a sentence is no part of the name after it', async () => {
    const text =
      'New director: ‘It was a fair report’\n\nWhen Claire Dunn arrived at Eastmere County Council in January, the ink was barely dry on an Ofsted report.\n\nDunn says the inspectors got it right.';
    const draft = await draftOf('New director: ‘It was a fair report’', text);
    expect(draft.statements[0]?.speaker.name).toBe('Claire Dunn');
  });

  it('a report to councillors is the council’s; the inspectors the text retells are the inspectorate’s', async () => {
    const text =
      'Caseloads rise at council\n\nSome social workers at Kelby Metropolitan Borough Council are carrying 35 cases each, a report to councillors has revealed.\n\nThe report said average caseloads had risen from 19 to 27 in a year.';
    const draft = await draftOf('Caseloads rise at council', text);
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Kelby', 'Kelby']);
  });

  it('a body a finding in the lede is about is the report’s subject', async () => {
    const text =
      'Children in care moved too often\n\nThousands of children in care are moved so often they cannot settle, a charity has warned.\n\nA report by the Lantern Trust, published on Tuesday, found that councils were moving one child in ten three times a year.\n\nIts chief executive, Dr Sarah Quinn, said children were being “passed around like parcels”.';
    const draft = await draftOf('Children in care moved too often', text);
    const parcels = draft.statements.find((s) => s.text.includes('parcels'));
    expect(parcels?.about.find((t) => t.name === 'councils')?.stance).toBe('critical');
  });

  it('a place opening the name of the body that made the report is still the council it judges', async () => {
    const text =
      'Kelby council leader quits over review\n\nThe leader of Kelby Council has resigned, a day after a serious case review found that warnings about four children had been ignored.\n\nThe review, published by the Kelby Safeguarding Children Board on Wednesday, said social workers had closed the case five times.';
    const draft = await draftOf('Kelby council leader quits over review', text);
    const closed = draft.statements.find((s) => s.text.includes('closed the case'));
    expect(closed?.speaker.name).toBe('Kelby Safeguarding Children Board');
    expect(closed?.about.some((t) => t.label === 'Council' && t.name === 'Kelby')).toBe(true);
  });

  it('“Alan Reed’s review … In it he says”: the review’s author, a person, speaks', async () => {
    const text =
      'Kelby to lose control of children’s services\n\nChildren’s services in Kelby will be run by a trust after a review of the council.\n\nAlan Reed’s review was published on 23 June. In it he says that leadership has been “too slow and too defensive”.\n\n“I met social workers who were exhausted,” he writes.';
    const draft = await draftOf('Kelby to lose control of children’s services', text);
    expect(draft.newReports?.[0]?.publisherName).toBe('Alan Reed');
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Alan Reed', 'Alan Reed']);
  });
});

describe('a report the opening credits to a body the graph does not know', () => {

  it('is the news, not the graph’s report of the same months, and its maker speaks for it', async () => {
    const text =
      'Think tank calls for new inspectorate\n\nOfsted should lose its children’s social care inspections, according to a report published today by the Ashgrove Centre for Social Policy.\n\nThe report found that only one in five of the inspectors who led Ofsted’s children’s services inspections had managed a social work team.';
    const draft = await proposeArticle(seeded.store, { text, title: 'Think tank calls for new inspectorate', date: '2014-12-10' });
    expect(draft.newReports?.[0]?.publisherName).toBe('Ashgrove Centre for Social Policy');
    expect(draft.statements.find((s) => s.text.startsWith('only one in five'))?.speaker.name).toBe('Ashgrove Centre for Social Policy');
  });
});

describe('a sentence opening on a determiner of quantity', () => {
  it('names no report (“No report can …”)', async () => {
    const text =
      'Laming report published\n\nLord Laming’s report on child protection was published today.\n\nNo report can make up for the loss of a child, a caller told the programme.\n\nThe council’s director, Sam Reid, said: “We welcome Lord Laming’s report and will study it carefully.”';
    const draft = await draftOf('Laming report published', text);
    expect(draft.newReports?.map((r) => r.title)).not.toContain('No report');
    expect(draft.statements.find((s) => s.text.startsWith('We welcome'))?.about.find((t) => t.label === 'Report')?.stance).toBe('supportive');
  });
});

describe('a serious case review beside the inspection before it (set 11’s broadsheet stories)', () => {
  const text =
    'Boy’s death could have been prevented, review finds\n\nBy Clare Ibbot, Social Affairs Editor\n\nThe death of a boy in Eastholme could have been prevented, a serious case review published yesterday concluded.\n\nThe review, commissioned by the Eastholme Safeguarding Children Board, found that the boy had been seen by professionals 27 times.\n\nOfsted had rated the council’s services adequate eight months earlier. An Ofsted spokeswoman said inspectors could only judge “what is in front of them on the day”.\n\nEastholme Borough Council’s director of children’s services, Margaret Holt, said: “We accept every one of the review’s recommendations in full.” She added that procedures had changed.';
  const draftOf = () => proposeArticle(seeded.store, { text, title: 'Boy’s death could have been prevented, review finds', date: '2011-06-16' });

  it('the review commissioned by the board is the board’s, and a byline’s “By” is no part of a name', async () => {
    const draft = await draftOf();
    expect(draft.statements.find((s) => s.text.startsWith('the boy had been seen'))?.speaker.name).toBe('Eastholme Safeguarding Children Board');
    expect(personMentions('By Hugh Fenn, Political Correspondent\n\nThe report was published.').map((p) => p.name)).toEqual(['Hugh Fenn']);
  });

  it('a quote closed by a full stop ends its sentence: “She added” after it is no tag of it', async () => {
    const draft = await draftOf();
    expect(draft.statements.find((s) => s.text.startsWith('We accept'))?.speaker.name).toBe('Margaret Holt');
  });
});

describe('a council’s services and a judgment (set 11’s statements)', () => {
  it('the children’s services an inspection is of are the council’s the lede names', async () => {
    const text =
      'Council responds to Ofsted inspection of children’s services\n\n12 March 2015\n\nKelby Borough Council has accepted the findings of an Ofsted inspection of its services for children in need of help and protection, children looked after and care leavers. The report, published today, rates the council’s children’s services as inadequate overall.\n\nInspectors, who visited the borough in January, found that too many children had waited too long for an assessment.';
    const draft = await proposeArticle(seeded.store, { text, title: 'Council responds to Ofsted inspection of children’s services', date: '2015-03-12' });
    const waited = draft.statements.find((s) => s.text.startsWith('too many children'));
    expect(waited?.about.find((t) => t.label === 'Council')?.name).toBe('Kelby');
  });

  it('“this judgment” is the report it answers', async () => {
    const text =
      'Council to challenge rating\n\nOfsted has rated Kelby Council’s children’s services inadequate in a report published today.\n\nThe council’s chief executive, Sam Reid, said: “We are not afraid of criticism. But this judgment is not a fair reflection of the service our staff provide.”';
    const draft = await draftOf('Council to challenge rating', text);
    const unfair = draft.statements.find((s) => s.text.includes('this judgment'));
    expect(unfair?.about.find((t) => t.label === 'Report')?.stance).toBe('critical');
  });
});
