/**
 * Attribution stage, issue 35's tenth round: constructions of news prose in general, not of one domain. A quote
 * closed or opened by a less common verb of saying ("cautioned", "conceded", "remarked", "recalled", "advised") is
 * found and attributed. The words before a name fall in two lists: honorifics stay in the name as written ("Dame",
 * "Cllr"), titles of office do not ("Chief Constable", "Senator", "Judge"), and a later "<title> <surname>" is the
 * person named in full. "which" as the subject of a verb of saying speaks for the noun phrase it follows. A
 * spokesperson for a body named by one word speaks for that body. In Chorus's own words, each in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { chooseSpeakerName, personNameCandidates, withoutHonorifics } from '../../../src/ingest/stages/speaker-names.js';

const speakerIn = (phrase: string) => chooseSpeakerName(phrase, personNameCandidates(phrase))?.name ?? null;
const said = async (text: string, kind: 'quote' | 'paraphrase' = 'quote') =>
  (await proposeArticle(null, { text, title: 'A test article' })).statements.filter((s) => s.kind === kind).map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: verbs of saying a resolver may not know', () => {
  it('finds a quote closed by the verb and gives it to the person', async () => {
    expect(
      await said(
        'Libraries to close\n\nThe county published its review of library hours on Friday.\n\n“Every village will feel the loss of its reading room,” Cllr Bryony Vale cautioned.\n\n“I grew up in that library and learned to read there,” Dr Idris Penhale recalled.\n',
      ),
    ).toEqual([['Every village will f', 'Cllr Bryony Vale'], ['I grew up in that li', 'Dr Idris Penhale']]);
  });

  it('finds a quote opened by the verb, before or after the name', async () => {
    expect(
      await said(
        'Libraries to close\n\nThe county published its review of library hours on Friday.\n\n“We got the timing of the announcement wrong,” conceded Dame Orla Keane, the county’s leader.\n\nProfessor Tomas Reid remarked: “A review that counts visitors and not readers will always find too many libraries.”\n\nMr Ade Bankole advised: “Anyone who uses the van service should write to the county this month.”\n',
      ),
    ).toEqual([['We got the timing of', 'Dame Orla Keane'], ['A review that counts', 'Professor Tomas Reid'], ['Anyone who uses the ', 'Mr Ade Bankole']]);
  });
});

describe('attribution stage: honorifics and titles of office before a name', () => {
  it('keeps an honorific in the name and leaves a title of office out of it', () => {
    expect(speakerIn('Baroness Ines Colley ')).toBe('Baroness Ines Colley');
    expect(speakerIn('Cllr Rhodri Lamb ')).toBe('Cllr Rhodri Lamb');
    expect(speakerIn('Judge Amara Welsh ')).toBe('Amara Welsh');
    expect(speakerIn('Chief Constable Owen Tully ')).toBe('Owen Tully');
    expect(speakerIn('Senator Lucia Brandt ')).toBe('Lucia Brandt');
    expect(speakerIn('Archbishop Colm Tierney ')).toBe('Colm Tierney');
    expect(withoutHonorifics('Reverend Ann Hale')).toBe('Ann Hale');
  });

  it('reads "<title> <surname>" as the person the text named in full with that title', async () => {
    expect(
      await said(
        'Prison report\n\nThe inspectorate published its report on the Eastwick prison on Monday.\n\n“The cells should never have been used again after the fire,” said Judge Amara Welsh.\n\n“The governor was told about the wiring in March,” Chief Constable Owen Tully said.\n\n“No one from the prison service has contacted us,” Judge Welsh added.\n\nChief Constable Tully said: “Our officers will reopen the fire investigation.”\n',
      ),
    ).toEqual([['The cells should nev', 'Amara Welsh'], ['The governor was tol', 'Owen Tully'], ['No one from the pris', 'Amara Welsh'], ['Our officers will re', 'Owen Tully']]);
    expect(
      await said(
        'Border report\n\nAn audit of the border agency was released on Thursday.\n\n“The agency has lost track of its own contracts,” Senator Lucia Brandt said.\n\n“Some of the missing money will never be found,” Commissioner Pavel Roos said.\n\n“I want the agency’s head before the committee next week,” Senator Brandt told reporters.\n',
      ),
    ).toEqual([['The agency has lost ', 'Lucia Brandt'], ['Some of the missing ', 'Pavel Roos'], ['I want the agency’s ', 'Lucia Brandt']]);
  });
});

describe('attribution stage: "which" as the subject of a verb of saying', () => {
  it('gives the clause to the noun phrase before the comma, not to the sentence’s subject', async () => {
    expect(await said('Council rejects audit\n\nThe Audit Panel published its review of the council on Monday.\n\nCouncil leader Rosa Dunne rejected the conclusions of the review, which stated that the council had no plan for its debts.\n', 'paraphrase'))
      .toEqual([['the council had no p', 'Audit Panel']]);
    expect(await said('Council rejects audit\n\nRosa Dunne spoke days after a paper by the Centre for Local Finance, which argued that small councils should share their auditors.\n', 'paraphrase'))
      .toEqual([['small councils shoul', 'Centre for Local Finance']]);
  });
});

describe('attribution stage: a spokesperson for a body named by one word', () => {
  it('speaks for that body, and "the spokesperson" goes on from it', async () => {
    expect(
      await said(
        'Charities respond\n\nThe regulator published its review of food banks on Tuesday.\n\nA spokesperson for Trussworth said: “Demand has doubled since the review was commissioned.”\n\n“We cannot stock the shelves on donations alone,” the spokesperson added.\n\nA spokeswoman at Oxfam said: “The review confirms what our volunteers see every week.”\n',
      ),
    ).toEqual([['Demand has doubled s', 'Trussworth'], ['We cannot stock the ', 'Trussworth'], ['The review confirms ', 'Oxfam']]);
  });
});

describe('attribution stage: a pronoun goes on from the speaker of the sentence before', () => {
  it('reads "it" as the body that spoke there, not the report that sentence mentions', async () => {
    expect(
      await said(
        'Hospital plan\n\nThe Health Audit Office published its review of maternity wards on Friday.\n\nNorthfield Borough Council said it had read the review with alarm.\n\n“Our wards were never meant to run this short of midwives,” it said.\n\nThe Lowland Care Trust has stated that it disputes the review’s figures.\n\n“The numbers leave out the agency staff we pay for every week,” it added.\n',
      ),
    ).toEqual([['Our wards were never', 'Northfield'], ['The numbers leave ou', 'Lowland Care Trust']]);
  });

  it('reads "they" as the collective that spoke there, not the body named first', async () => {
    expect(
      await said(
        'Hospital plan\n\nThe Health Audit Office published its review of maternity wards on Friday.\n\nStudent midwives said the review described wards they had trained on.\n\n“Half of our year has already left for agency work,” they said.\n\nTaxi drivers have claimed that the hospital car park is closed at night.\n\n“We wait in the street with women in labour,” they said.\n',
      ),
    ).toEqual([['Half of our year has', 'student midwives'], ['We wait in the stree', 'taxi drivers']]);
  });
});

describe('attribution stage: dotted initials before a title', () => {
  it('neither end the speaker phrase nor join the name', async () => {
    expect(speakerIn('U.S. Trade Commissioner Ines Calder')).toBe('Ines Calder');
    expect(
      await said(
        'Airline fined\n\nThe aviation regulator published its ruling on the airline on Friday.\n\n"Passengers waited hours with no water and no word from the crew," U.S. Transportation Secretary Ines Calder said.\n\n"Refunds should have been paid within the week," said U.K. Aviation Minister Joel Tamsin.\n',
      ),
    ).toEqual([['Passengers waited ho', 'Ines Calder'], ['Refunds should have ', 'Joel Tamsin']]);
  });
});

describe('attribution stage: "with a spokesman saying" and a report "which" speaks without a comma', () => {
  it('gives the quote to the body that opens the sentence, not the last body named', async () => {
    expect(
      await said(
        'Rates held\n\nThe central bank held its rate on Thursday.\n\nThe Treasury welcomed the decision of the Monetary Policy Committee, with a spokeswoman saying: "Borrowers will be glad of a steady month."\n\nHollins Building Society greeted the news from the Bank of England, with a spokesman saying: "Our mortgage rates will not change this quarter."\n',
      ),
    ).toEqual([['Borrowers will be gl', 'Treasury'], ['Our mortgage rates w', 'Hollins Building Society']]);
  });

  it('gives quoted words after "report which" to the report’s owner', async () => {
    const quotes = await said(
      'Rates held\n\nThe central bank held its rate on Thursday.\n\nMayor Ida Brenner spoke after the Civic Data Institute’s annual survey which found ‘no sign of recovery’ in the northern towns.\n\nThe minister replied to the Lowland Housing Board’s latest review which described ‘a market out of reach’ for first buyers.\n',
    );
    expect(quotes).toEqual([['no sign of recovery', 'Civic Data Institute'], ['a market out of reac', 'Lowland Housing Board']]);
  });
});

describe('attribution stage: a body’s name that runs on past the speaker phrase', () => {
  it('is named whole, not by its first word', async () => {
    expect(
      await said(
        'Colleges under scrutiny\n\nFive academies are being investigated by the Office for School Standards over “implausible gains” in their results.\n\nA ferry operator was fined by the Authority for Coastal Shipping for “wholly avoidable” delays.\n',
      ),
    ).toEqual([['implausible gains', 'Office for School Standards'], ['wholly avoidable', 'Authority for Coastal Shipping']]);
  });
});

describe('attribution stage: a graph body’s name that opens a longer body’s name', () => {
  const paper: Entity = { id: 'organisation:the-courier', label: 'Organisation', name: 'The Courier', aliases: [], roles: [], publishedBy: [], kind: 'newspaper' } as Entity;
  const graph = new Gazetteer([paper], [], []);
  const speakers = async (text: string) =>
    (await proposeArticle(null, { text, title: 'A test article' }, { gazetteer: graph })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name]);

  it('names the longer body, and the graph’s body only where its name stands alone', async () => {
    expect(
      await speakers(
        'Local news inquiry\n\nThe Courier Trust for Local Journalism published its survey on Monday, concluding that half of all local titles had closed.\n\nThe Courier Press Standards Board said that complaints had doubled since 2020.\n\nThe Courier said the survey was overdue.\n',
      ),
    ).toEqual([['half of all local ti', 'Courier Trust for Local Journalism'], ['complaints had doubl', 'Courier Press Standards Board'], ['the survey was overd', 'The Courier']]);
  });
});
