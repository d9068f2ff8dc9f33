/**
 * Attribution stage, issue 35's eighth round (housing, media, transport): a body named before the spokesperson
 * ("An Ofwire spokesman"), an unnamed person described by what they do ("One road safety campaigner"), a
 * spokesperson of a body the text refers to by its kind ("the association’s spokesperson", "a spokesperson for the
 * landlord"), the subject of a relative clause that reports ("which the regulator found"), a description set off by
 * commas between a subject and its verb, "with X warning that …", and "he said" after a speaker whose apposition
 * holds a relative clause. In Chorus's own words, each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { proposeArticle } from '../../../src/ingest/propose.js';

const regulator: Entity = { id: 'organisation:homes-standards-regulator', label: 'Organisation', name: 'Homes Standards Regulator', aliases: ['HSR'], roles: [], publishedBy: [], kind: 'regulator' } as Entity;
const judgement: Entity = { id: 'report:hsr-judgements-2025', label: 'Report', name: 'HSR governance judgements 2025', aliases: [], roles: [], publishedBy: [regulator.id] };
/** A graph that holds a regulator and its report, who must not take the answers of the bodies it judges. */
const graph = new Gazetteer([regulator, judgement], [], []);

const propose = (text: string) => proposeArticle(null, { text, title: 'A test article' }, { gazetteer: graph });
const speakers = async (text: string) => (await propose(text)).statements.map((s) => [s.text.slice(0, 20), s.speaker.name]);
const quoteSpeakers = async (text: string) => (await propose(text)).statements.filter((s) => s.kind === 'quote').map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: a body named before "spokesman"', () => {
  it('is the body the spokesperson speaks for, and the one a later "the spokesman" goes on from', async () => {
    const said = await quoteSpeakers(
      'Phone codes criticised\n\nThe Kids Online Trust said the draft rules had “obvious holes” in them.\n\nAn Ofwire spokesman said: “Make no mistake, these codes will change how every platform treats its youngest users.”\n\nThe spokesman added: “And this is only the first edition; we will strengthen the codes as the evidence grows.”\n',
    );
    expect(said).toContainEqual(['Make no mistake, the', 'Ofwire']);
    expect(said).toContainEqual(['And this is only the', 'Ofwire']);
    expect(await quoteSpeakers('Rail report\n\nUnion leaders said the findings were a disgrace.\n\nA Harbour Rail spokeswoman told reporters: “We accept every recommendation and the work has already started on the drainage.”\n'))
      .toEqual([['We accept every reco', 'Harbour Rail']]);
  });
});

describe('attribution stage: an unnamed person described by what they do', () => {
  it('is the speaker as written, not the speaker before', async () => {
    expect(await quoteSpeakers('Phone codes criticised\n\nThe Kids Online Trust said the draft rules had “obvious holes” in them.\n\nOne road safety campaigner added: “It is plain to everyone that the regulator is not using the powers it already has.”\n'))
      .toContainEqual(['It is plain to every', 'One road safety campaigner']);
    expect(await quoteSpeakers('Rail report\n\nUnion leaders said the findings were a disgrace.\n\nA retired signaller said: “We warned about that cutting for years and nobody in head office wanted to hear it.”\n'))
      .toEqual([['We warned about that', 'A retired signaller']]);
  });

  it('leaves a spokesperson or a report to their own rules', async () => {
    expect(await quoteSpeakers('Rail report\n\nUnion leaders said the findings were a disgrace.\n\nA spokesperson said: “We accept every recommendation and the work has already started on the drainage.”\n'))
      .not.toContainEqual(['We accept every reco', 'A spokesperson']);
  });
});

describe('attribution stage: the spokesperson of a body named by its kind', () => {
  it('speaks for the body the text introduced with that kind, not for the regulator that judged it', async () => {
    const text =
      'Landlords downgraded\n\nMillbrook Homes, a 6,000-home association, was downgraded by the Homes Standards Regulator.\n\nThe regulator said the board had not told it about the payments for several months.\n\nThe association’s spokesperson said: “Our board is committed to the action plan and to winning back the top grade.”\n';
    expect(await quoteSpeakers(text)).toEqual([['Our board is committ', 'Millbrook Homes']]);
  });

  it('speaks for the body judged just before, when the text names its kind only in the description', async () => {
    const said = await speakers(
      'Landlords downgraded\n\nKestrel Housing Group was also downgraded because the HSR said it had grown faster than its controls.\n\nA spokesperson for the landlord said it was “determined to work with the regulator on a plan to put this right quickly”.\n',
    );
    expect(said).toContainEqual(['determined to work w', 'Kestrel Housing Group']);
    const company = await speakers(
      'Airports fined\n\nNorthshire-based Skyline Airports Group was fined by the HSR for repeated delays to its safety checks.\n\nThe regulator said the checks had been late for a year.\n\nThe company’s spokeswoman said: “We have already changed how the checks are booked and none is late today.”\n',
    );
    expect(company).toContainEqual(['We have already chan', 'Skyline Airports Group']);
  });
});

describe('attribution stage: a relative clause whose subject reports', () => {
  it('gives the words it introduces to that subject, not to the body the clause describes', async () => {
    const fragment = await speakers(
      'Landlords judged\n\nA second notice was for Eastvale City Council, which the Regulator has found to breach the safety standard, possibly causing “serious harm to Eastvale City Council’s tenants”.\n',
    );
    expect(fragment.find(([words]) => words.startsWith('serious harm'))?.[1]).toBe('Regulator');
    const found = await speakers(
      'Press watchdog report\n\nThe panel published its annual report on Monday.\n\nThey include a local weekly which the HSR found had failed to protect a confidential source.\n',
    );
    expect(found.find(([words]) => words.startsWith('had failed to prote'))?.[1]).toBe('Homes Standards Regulator');
  });
});

describe('attribution stage: a description set off by commas between a subject and its verb', () => {
  it('describes the subject; a person named inside it does not speak', async () => {
    const inquiry = await speakers(
      'Regulator breached its own rules\n\nThe Press Standards Board said it would review its code.\n\nAn internal inquiry by the board, largely funded by the businessman Victor Lane, has found that two of its directors broke the rule on impartiality.\n',
    );
    expect(inquiry.find(([words]) => words.startsWith('two of its directors'))?.[1]).toBe('Press Standards Board');
    const review = await speakers(
      'Charity review\n\nThe Harbour Children’s Trust has published a review of its safeguarding.\n\nThe review by the trust, chaired by the retired judge Helen Ashby, concluded that warnings had been ignored for years.\n',
    );
    expect(review.find(([words]) => words.startsWith('warnings had been ig'))?.[1]).toBe('Harbour Children’s Trust');
  });

  it('resolves "the body" in the subject to the body named after its kind ("press regulator Pressline")', async () => {
    const regulatorNamed = await speakers(
      'Regulator breached its own rules\n\nThe Society of Sub-Editors has questioned whether press regulator Pressline can carry on.\n\nAn internal inquiry by the body, almost wholly paid for by the businessman Victor Lane, has found that two of its directors broke the rule on impartiality.\n',
    );
    expect(regulatorNamed.find(([words]) => words.startsWith('two of its directors'))?.[1]).toBe('Pressline');
    const watchdogNamed = await speakers(
      'Watchdog reviewed\n\nThe Consumers’ Council wants to know whether watchdog Ofnet Digital is fit for purpose.\n\nA review by the organisation, chaired by the retired judge Helen Ashby, concluded that complaints had been left unanswered for months.\n',
    );
    expect(watchdogNamed.find(([words]) => words.startsWith('complaints had been'))?.[1]).toBe('Ofnet Digital');
  });
});

describe('attribution stage: "…, with X warning that …"', () => {
  it('gives the reported clause to the body "with" names ("one association": the one that spoke), not to a name earlier in the sentence', async () => {
    const charity = await speakers(
      'Codes criticised\n\nThe Kids Online Trust, a children’s charity, has called for ministers to step in.\n\nThe regulator has been accused of timidity over the Online Harms Act, with the charity warning that platforms can do less and still comply.\n',
    );
    expect(charity.find(([words]) => words.startsWith('platforms can do les'))?.[1]).toBe('Kids Online Trust');
    const union = await speakers(
      'Rail report\n\nThe findings were published on Monday by the Rail Safety Branch, with the Drivers’ Union warning that the same cutting could fail again next winter.\n',
    );
    expect(union.find(([words]) => words.startsWith('the same cutting cou'))?.[1]).toBe('Drivers’ Union');
    const unnamed = await speakers(
      'Rail report\n\nThe Signal Workers’ Association said the report was long overdue.\n\nThe operator has been criticised over its drainage, with one association warning that the same cutting could fail again next winter.\n',
    );
    expect(unnamed.find(([words]) => words.startsWith('the same cutting cou'))?.[1]).toBe('Signal Workers’ Association');
  });
});

describe('attribution stage: "he said" after a speaker described by a relative clause', () => {
  // The first wording types a quote with a curly opening mark and a straight closing one before the speaker, and a curly quote after.
  it('goes to that speaker, not to a person the article named earlier as a victim', async () => {
    expect(await quoteSpeakers(
      'Rail crash report\n\nDriver Tom Vale, 45, and passenger Colin Marsh, 62, died when the train left the tracks.\n\nA final report into the crash has found that the operator was not prepared for the storm.\n\nThe drivers’ union said the findings must be “a turning point for safety".\n\nOwen Pryce, partner at Hale Legal, which acts for injured passengers and relatives of one of those who died said it was a plain case of neglect.\n\n“Nobody should be surprised that the families now want the operator held to account," he said.\n\nThe minister said it would be a “disservice” to the dead if nothing changed.\n',
    )).toContainEqual(['Nobody should be sur', 'Owen Pryce']);
    expect(await quoteSpeakers(
      'Rail crash report\n\nConductor Ian Reid, 58, died in the crash.\n\nMark Ellis, a lawyer at Dean and Co, which represents two of the families, said the report was damning.\n\n“The families have waited three years for this and they deserve more than an apology,” he said.\n',
    )).toEqual([['The families have wa', 'Mark Ellis']]);
  });
});
