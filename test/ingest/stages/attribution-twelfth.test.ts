/**
 * Attribution stage, issue 35's twelfth round: constructions that recur across the prisons, immigration, safeguarding,
 * military and public-health batches, in Chorus's own words, each in two wordings. A seat written before a member's
 * title ("Northby East and Wexham MP …") is no speaker; a named spokesperson is a person; a graph body's one-word
 * name that opens an office's or a body's name ("Independent Inspector of …") is not that body; capitalised words
 * that its initials follow are a body's name, not a person's; a body described by its owner and kind ("the
 * Government's advisory panel on …") is a body of its own; a named report after "its" speaks for the body before; an
 * office written in lower case with its remit is a speaker; a house's committee named with its remit is the
 * publisher of a report the text gives to the house; an "it" inside a sentence that a body opens is that body; a
 * verb of saying in the passive with no agent ("… were described as having “…”") is the publisher of the report the
 * passage is about, and a capitalised common noun opening a sentence ("Police cells at …") is no body; the agent of a
 * passive before "who" ("… endorsed by the Greens, who called for …") is who the clause describes.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { organisationNameIn, personNameCandidates } from '../../../src/ingest/stages/speaker-names.js';

const body = (id: string, name: string, aliases: string[], kind = 'other'): Entity => ({ id, label: 'Organisation', name, aliases, roles: [], publishedBy: [], kind });
const graph = new Gazetteer(
  [body('organisation:the-independent', 'The Independent', ['Independent'], 'newspaper'), body('organisation:hm-government', 'HM Government', ['the government', 'Government'])],
  [],
  [],
);
const said = async (text: string, kind?: 'quote' | 'paraphrase') =>
  (await proposeArticle(null, { text, title: 'A test article' }, { gazetteer: graph })).statements
    .filter((s) => !kind || s.kind === kind)
    .map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: a constituency before "MP" and a name', () => {
  it('is no person: the member is the speaker, with "and" inside the seat or not', async () => {
    expect(personNameCandidates('Northby East and Wexham MP Clara Dunn').map((c) => c.name)).toEqual(['Clara Dunn']);
    expect(personNameCandidates('Lower Hale MSP Ian Rudd').map((c) => c.name)).toEqual(['Ian Rudd']);
    expect(
      await said(
        'Payments scheme condemned\n\nThe Home Affairs Committee published its report on the payments scheme on Friday.\n\nNorthby East and Wexham MP Clara Dunn said the scheme had let down every family that applied.\n\nLater, Lower Hale MP Ian Rudd said ministers must start again.\n',
      ),
    ).toEqual([['the scheme had let d', 'Clara Dunn'], ['ministers must start', 'Ian Rudd']]);
  });

  it('is the member’s too when the phrase before a second verb stops at the "and" inside the seat', async () => {
    expect(
      await said(
        'MPs condemn payments scheme\n\nThe Home Affairs Committee published its report on the payments scheme on Friday.\n\nKenton Park and Bow MP Helen Garvey called the findings a "scandal" and called for an independent body to run the scheme.\n\nAlder Vale and Bury MP Ian Rudd called the scheme a "shambles" and called for ministers to pay every claim within a month.\n',
      ),
    ).toEqual([['scandal', 'Helen Garvey'], ['an independent body ', 'Helen Garvey'], ['shambles', 'Ian Rudd'], ['ministers to pay eve', 'Ian Rudd']]);
  });
});

describe('attribution stage: a named spokesperson', () => {
  it('is a person, and her "she said" stays hers; an unnamed one still speaks for the body', async () => {
    const statements = (await proposeArticle(null, {
      text: 'Detention centre report\n\nInspectors published a report on the Eastmoor detention centre on Tuesday.\n\nDana Pruitt, a Border Office spokeswoman, said the agency would review every finding.\n\n“We take the safety of every detainee seriously,” she said.\n\nA Border Office spokesman said the office would reply within a month.\n',
      title: 'A test article',
    })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name, s.speaker.speakerRole ?? '']);
    expect(statements).toEqual([
      ['the agency would rev', 'Dana Pruitt', ''],
      ['We take the safety o', 'Dana Pruitt', ''],
      ['the office would rep', 'Border Office', 'spokesperson'],
    ]);
  });

  it('is a person when the name follows the role', async () => {
    expect(
      await said(
        'Detention centre report\n\nInspectors published a report on the Eastmoor detention centre on Tuesday.\n\nBorder Office spokesman Rob Leland said the office accepted the findings.\n',
      ),
    ).toEqual([['the office accepted ', 'Rob Leland']]);
  });
});

describe('attribution stage: a graph body’s one-word name opening an office’s or a body’s name', () => {
  it('names the office, not the newspaper, with "of", "for" or a possessive after the office', async () => {
    const speakers = await said(
      'Ports inspector finds a hard year\n\nThe Independent Inspector of Ports and Harbours finds that the year was the hardest since the inspectorate opened.\n\nThe Independent Office for Harbour Conduct said it would study the findings.\n\nThe Independent newspaper reported that the ports authority had lost staff.\n',
    );
    expect(speakers).toEqual([
      ['the year was the har', 'Independent Inspector of Ports and Harbours'],
      ['it would study the f', 'Independent Office for Harbour Conduct'],
      ['the ports authority ', 'The Independent'],
    ]);
  });

  it('names a plural body, not the newspaper', async () => {
    expect(
      await said('Prison boards report\n\nThe Independent Monitoring Panels warned that cells were too cold in winter.\n\nThe Independent reported that the prison had no heating plan.\n'),
    ).toEqual([['cells were too cold ', 'Independent Monitoring Panels'], ['the prison had no he', 'The Independent']]);
  });
});

describe('attribution stage: a body’s name that its initials follow', () => {
  it('is the whole name, a body’s, not the capitalised words before "of" taken for a person', async () => {
    const speakers = (await proposeArticle(null, {
      text: 'Deaths rise\n\nHealth Records of Ulster (HRU) figures revealed that deaths had risen for a fourth year.\n\nThe Coastal Safety Investigation Branch (CSIB) said that the harbour wall had been neglected.\n',
      title: 'A test article',
    })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name, s.speaker.label]);
    expect(speakers).toEqual([['deaths had risen for', 'Health Records of Ulster', 'Organisation'], ['the harbour wall had', 'Coastal Safety Investigation Branch', 'Organisation']]);
  });
});

describe('attribution stage: a body described by its owner and its kind', () => {
  it('is the body, not its owner the graph knows', async () => {
    expect(
      await said(
        'Gambling advice\n\nThe Government’s advisory panel on gambling has called for a cap on online stakes.\n\nThe Treasury’s fiscal watchdog warned that the plan would cost more than promised.\n',
      ),
    ).toEqual([['a cap on online stak', 'The Government’s advisory panel on gambling'], ['the plan would cost ', 'The Treasury’s fiscal watchdog']]);
  });
});

describe('attribution stage: a named report after "its"', () => {
  it('speaks for the body the sentence before names, not for a person named like the report', async () => {
    expect(
      await said(
        'Drinking at home\n\nLiver deaths have doubled, according to the Office for Health Figures (OHF).\n\nIts latest Household Habits report on family spending, published on Friday, revealed that more adults drink at home.\n',
      ),
    ).toEqual([['Liver deaths have do', 'Office for Health Figures'], ['more adults drink at', 'Office for Health Figures']]);
    expect(
      await said(
        'Homelessness count\n\nThe Rough Sleeping Trust published new figures on Monday.\n\nTheir annual Street Count survey showed that more people slept rough in small towns.\n',
      ),
    ).toEqual([['more people slept ro', 'Rough Sleeping Trust']]);
  });
});

describe('attribution stage: an office written in lower case with its remit', () => {
  it('is the speaker, after a fronted phrase or alone, not another body in the clause', async () => {
    expect(
      await said(
        'Licence checks criticised\n\nThe Harbour Licence scheme was introduced in 2016 by the Maritime Office.\n\nIn a critical report, the chief inspector of ports and harbours warned that the Maritime Office was failing to assess the effect on small operators.\n\nThe commissioner for coastal services said that the Maritime Office had ignored most of her advice.\n',
      ),
    ).toEqual([['the Maritime Office ', 'chief inspector of ports and harbours'], ['the Maritime Office ', 'commissioner for coastal services']]);
  });

  it('is the holder the text has named with that title', async () => {
    expect(
      await said(
        'Licence checks criticised\n\nAnna Colby, the chief inspector of ports and harbours, published her report on the scheme on Monday.\n\nIn the report, the chief inspector of ports and harbours warned that the Maritime Office was failing to check licences.\n',
      ),
    ).toEqual([['the Maritime Office ', 'Anna Colby']]);
  });
});

describe('attribution stage: a legislature’s committee named with its remit', () => {
  it('names the committee whole, remit and all, and not a following verb', () => {
    expect(organisationNameIn('the Senate committee on legal and constitutional affairs')?.name).toBe('Senate committee on legal and constitutional affairs');
    expect(organisationNameIn('The Assembly committee for health and social care')?.name).toBe('Assembly committee for health and social care');
    expect(organisationNameIn('the Commons health committee')?.name).toBe('Commons health committee');
  });

  it('publishes the report the text gives to the house', async () => {
    expect(
      await said(
        'Groups demand closure of island camps after critical Senate report\n\nOn Monday the government released a report by the Senate committee on legal and constitutional affairs, which followed a long inquiry.\n\nThe report said the government had to accept that it ran the camps.\n\n"Nobody else is in charge of them," it said.\n',
      ),
    ).toEqual([['the government had t', 'Senate committee on legal and constitutional affairs'], ['Nobody else is in ch', 'Senate committee on legal and constitutional affairs']]);
    expect(
      await said(
        'Nurses back hard-hitting Assembly report on hospital trust\n\nNursing unions say a hard-hitting Assembly report on the Eastvale hospital trust backs their demands.\n\nOn Tuesday ministers published a report by the Assembly committee for health and social care, which took evidence for a year.\n\nThe report said the trust had ignored warnings from its own nurses.\n',
      ),
    ).toEqual([['a hard-hitting Assem', 'nursing unions'], ['the trust had ignore', 'Assembly committee for health and social care']]);
  });
});

describe('attribution stage: "it" inside a sentence a body opens', () => {
  it('is that body, not one named in the sentence before', async () => {
    expect(
      await said(
        'Harbour safety\n\nA new report says watchdog PortSafe is ‘no better than the old harbour board’.\n\nThe Harbour Review Panel, which was set up by statute after the ferry fire, has listed cases where it believes the port authority failed to act.\n',
      ),
    ).toEqual([['the port authority f', 'Harbour Review Panel']]);
    expect(
      await said(
        'Ferry drills\n\nCampaigners say inspector SeaCheck is ‘as toothless as the body it replaced’.\n\nThe Ferry Standards Panel, formed in 2019, has named two ports where it says the safety drills were never run.\n',
      ),
    ).toEqual([['as toothless as the ', 'campaigners'], ['the safety drills we', 'Ferry Standards Panel']]);
  });

  it('is left to the body nearer it when another body stands between', async () => {
    expect(
      await said(
        'Ferry licence\n\nThe Ferry Users Group has questioned whether the Seaways Trust can continue after it admitted some of its senior captains had skipped safety drills.\n',
      ),
    ).toEqual([['the Seaways Trust ca', 'Ferry Users Group'], ['some of its senior c', 'Seaways Trust']]);
  });
});

describe('attribution stage: a verb of saying in the passive, with no agent', () => {
  it('is the report’s publisher in a passage about the report, not a body made of the sentence’s first word', async () => {
    expect(
      await said(
        'Visiting panels find jails in poor repair\n\nThe yearly report of the Independent Visiting Panels came out last week, with volunteers warning that the jails are in ‘slow repair’.\n\nIn the report, Dr Omar Haddad, chair of the panels, pointed to a rise in assaults.\n\nPolice cells at several jails were described as having “rusting bunks and sometimes no hot water”. Visits were also cut by the police.\n\nDr Haddad said: “The panels keep finding the same faults.”\n',
      ),
    ).toEqual([['the jails are in ‘sl', 'Independent Visiting Panels'], ['rusting bunks and so', 'Independent Visiting Panels'], ['The panels keep find', 'Dr Omar Haddad']]);
    expect(
      await said(
        'Rail safety review finds stations neglected\n\nThe Rail Safety Office published its annual review on Monday, with inspectors warning that stations are in ‘long decline’.\n\nIn the review, Kate Morrow, chief inspector of the office, pointed to a rise in falls.\n\nCourt buildings near two stations were described as having “cracked paving and almost no lighting”. Ramps to the court were also criticised.\n\nMs Morrow said: “Passengers deserve better than this.”\n\nStation staff said that repairs had been promised for years.\n',
      ),
    ).toEqual([['stations are in ‘lon', 'Rail Safety Office'], ['cracked paving and a', 'Rail Safety Office'], ['Passengers deserve b', 'Kate Morrow']]);
  });
});

describe('attribution stage: the agent of a passive before "who"', () => {
  it('is who the relative clause describes, not the sentence’s subject', async () => {
    expect(
      await said(
        'Island camps report\n\nOn Monday ministers received a report by the Senate committee for justice and corrections, which followed a long inquiry.\n\nThe committee’s main report was drafted by Labour members and endorsed by the Greens, who called for a public inquiry into the camps.\n\nThe dissenting report was signed by three members and welcomed by the Harbour Workers Union, who called for the camps to close within a year.\n',
      ),
    ).toEqual([['a public inquiry int', 'Greens'], ['the camps to close w', 'Harbour Workers Union']]);
  });
});
