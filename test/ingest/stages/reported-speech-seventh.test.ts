/**
 * Paraphrase-spans stage, issue 35 fifth round (the inquiries, poverty and education batches): figures and
 * findings that show a clause, "found" with a noun phrase when a report finds it, "accused Y of", a noun of
 * saying before "that", verbs that report only with "that", and "said A and called on Y to B". Every sentence
 * is written for this test; each pattern in two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { matchReportedSpeech, SECOND_VERB } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim(), findings: !!m.findings };
};

describe('paraphrase-spans stage: figures, research and findings that show a clause', () => {
  it('reads the owner of the figures as the speaker, with or without "that"', () => {
    expect(read('Fresh figures published by the Dale Valley Trust today show that 3,200 pupils missed a term of school.')).toEqual({
      rule: 'paraphrase:figures-show-that', speaker: 'the Dale Valley Trust', clause: '3,200 pupils missed a term of school', findings: true,
    });
    expect(read('Statistics compiled by the Tenants Union suggest nine in ten evictions followed a rent rise.')).toMatchObject({
      speaker: 'the Tenants Union', clause: 'nine in ten evictions followed a rent rise', findings: true,
    });
    expect(read('The Marsh Foundation’s latest analysis revealed that a fifth of carers had given up paid work.')).toMatchObject({
      speaker: 'The Marsh Foundation', clause: 'a fifth of carers had given up paid work',
    });
    expect(read('Carers Alliance’s own survey indicates most carers sleep less than six hours a night.')).toMatchObject({ speaker: 'Carers Alliance' });
    // The publisher before the report's quoted title, not the title.
    expect(read('The Hale Institute (HI) ‘Counting the Cost’ report showed that half of all renters were behind on a bill.')).toMatchObject({ speaker: 'The Hale Institute (HI)' });
  });

  it('keeps a findings noun with no owner as the speaker phrase, for the caller to resolve', () => {
    expect(read('The findings also show 70 of the 90 schools asked had cut a subject.')).toMatchObject({
      rule: 'paraphrase:figures-show', speaker: 'The findings', clause: '70 of the 90 schools asked had cut a subject', findings: true,
    });
    expect(read('The data suggests waiting lists have doubled in two years.')).toMatchObject({ speaker: 'The data', findings: true });
    // A document must name whose it is; a bare "The report shows that" is left (the speaker's own voice, most often).
    expect(read('The Lowland Trust report shows that rents rose in every town last year.')).toMatchObject({ speaker: 'The Lowland Trust report', findings: true });
    expect(read('The report shows that rents rose in every town last year.')).toBeNull();
  });

  it('reads a participle of showing after research and its owner', () => {
    expect(read('The council welcomed new research from the charity Open Doors revealing that two thousand families had no fixed address.')).toMatchObject({
      rule: 'paraphrase:figures-revealing', speaker: 'Open Doors', clause: 'two thousand families had no fixed address', findings: true,
    });
    expect(read('Ministers pointed to figures published by the Fair Pay Unit showing that wages rose faster in the north last year.')).toMatchObject({
      speaker: 'the Fair Pay Unit', clause: 'wages rose faster in the north last year',
    });
  });

  it('reads "They show that" and the tag after the clause', () => {
    expect(read('They show that one in six tenants had asked for repairs more than twice.')).toMatchObject({ speaker: 'They', clause: 'one in six tenants had asked for repairs more than twice', findings: true });
    expect(read('Child care now costs more than rent for most young families, new research suggests.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'new research', clause: 'Child care now costs more than rent for most young families', findings: true,
    });
    expect(read('Waiting times rose in every month of the winter, the figures show.')).toMatchObject({ speaker: 'the figures', findings: true });
  });

  it('reports nothing where the figures show no finding, or are the object of someone else’s verb', () => {
    expect(read('But the union’s figures suggest otherwise.')).toBeNull();
    expect(read('The minister dismissed the figures and suggested that the survey had been too small.')).toMatchObject({ findings: false });
    expect(read('They show up at the depot every morning before six.')).toBeNull();
    // A participle with no "that" names a topic; a headline announces what the body reports.
    expect(read('Campaigners linked to union research showing how night workers lose sleep over the years.')).toBeNull();
    expect(read('Watchdog’s annual report reveals most councils remain off track on recycling')).toBeNull();
  });
});

describe('paraphrase-spans stage: "found" with a noun phrase when a report finds it', () => {
  it('reads a report finding a noun phrase, and a speaker "in her report" between subject and verb', () => {
    expect(read('The audit also found a sharp fall in the number of trained staff.')).toMatchObject({
      rule: 'paraphrase:found', speaker: 'The audit', clause: 'a sharp fall in the number of trained staff.',
    });
    expect(read('The inquiry found repeated failures to pass on warnings between the two agencies.')).toMatchObject({ speaker: 'The inquiry' });
    expect(read('Ms Dana Royce, the chief examiner, in her annual report, found one in four colleges across the region was short of tutors.')).toMatchObject({
      speaker: 'Ms Dana Royce, the chief examiner', clause: 'one in four colleges across the region was short of tutors.',
    });
  });

  it('still reads nothing where a person or inspectors find a thing', () => {
    expect(read('The caretaker found the keys under the mat by the door.')).toBeNull();
    expect(read('The ferry firm changed its rota after the inspectors found evidence of tired crews.')).toBeNull();
    expect(read('The review found two depots to be in breach of the rules.')).toBeNull();
  });
});

describe('paraphrase-spans stage: other verbs and nouns of reporting', () => {
  it('reads "accused Y of <fault>" like "criticised Y for"', () => {
    expect(read('The Rivers Trust accused the water company of hiding the true number of spills.')).toEqual({
      rule: 'paraphrase:criticised-for', speaker: 'The Rivers Trust', clause: 'the water company of hiding the true number of spills', findings: false,
    });
    expect(read('Ms Ada Kerr, who chairs the Parents Council, accuses the council of ignoring its own advice on school transport.')).toMatchObject({
      clause: 'the council of ignoring its own advice on school transport',
    });
  });

  it('reads a noun of saying or judging before "that"', () => {
    expect(read('The audit of the college reports staff complaints that the new timetable leaves no time for marking.')).toMatchObject({
      rule: 'paraphrase:reports-that', speaker: 'The audit of the college', clause: 'the new timetable leaves no time for marking',
    });
    expect(read('The Schools Board, which visited in May, makes a firm judgement that the governors have lost control of the budget.')).toMatchObject({
      rule: 'paraphrase:makes-that', clause: 'the governors have lost control of the budget',
    });
    expect(read('The panel reached the conclusion that no single agency had been to blame.')).toMatchObject({ rule: 'paraphrase:reached-that' });
    // A former name in commas is an aside, not the speaker: "The audit of X, previously Y, reports …".
    expect(matchReportedSpeech('The review of the college, formerly the Harbour Institute, reports parents’ fears that the fees will rise again.')).toMatchObject({ subject: [0, 'The review of the college'.length] });
  });

  it('reads verbs that report a clause only with "that"', () => {
    expect(read('It orders that the council should publish its repair plan within a month.')).toMatchObject({ rule: 'paraphrase:orders', speaker: 'It', clause: 'the council should publish its repair plan within a month' });
    expect(read('Mr Abel Stone pressed that the new managers had been in post for only a term.')).toMatchObject({ rule: 'paraphrase:pressed', speaker: 'Mr Abel Stone' });
    expect(read('The governors ordered that every classroom be checked for damp before the new term.')).toMatchObject({ rule: 'paraphrase:ordered', clause: 'every classroom be checked for damp before the new term' });
    // Without "that" these verbs report nothing ("pressed the button", "ordered a review").
    expect(read('The chair ordered a review of the whole service last spring.')).toBeNull();
  });

  it('reads "has long argued that" with the adverb left out of the subject', () => {
    expect(read('The Treasury has long argued that demand grows whenever a new service opens.')).toMatchObject({ speaker: 'The Treasury', clause: 'demand grows whenever a new service opens.' });
  });
});

describe('paraphrase-spans stage: "said A and called on Y to B", ", adding that"', () => {
  const parts = (clause: string) => [...clause.matchAll(SECOND_VERB)].map((m) => (m[1] ?? m[2])!.toLowerCase());

  it('reads the sentence as reported speech of its subject, with the call as a second clause', () => {
    expect(read('Reacting to the verdict, Mr Tom Hale said the staff had been given too little time and called on the board to visit again in a year.')).toMatchObject({
      rule: 'paraphrase:said', speaker: 'Mr Tom Hale',
    });
    expect(parts('the staff had been given too little time and called on the board to visit again in a year')).toEqual(['called']);
    expect(read('Speaking after the vote, Ms Ida Marsh said parents had been kept in the dark and called on ministers to publish the letters.')).toMatchObject({ speaker: 'Ms Ida Marsh' });
  });

  it('splits ", adding that" but not ", adding, “…”" or "adding more"', () => {
    expect(parts('the plan was on track, adding that two new wards would open by May')).toEqual(['adding']);
    expect(parts('the plan was on track, adding more detail later')).toEqual([]);
    expect(parts('the plan was on track, adding, “We will not stop”')).toEqual([]);
  });

  it('still reads "X calls on Y to …" alone', () => {
    expect(read('The Ramblers Association has called on the council to reopen the coastal path.')).toMatchObject({ rule: 'paraphrase:calls-for', speaker: 'The Ramblers Association' });
  });
});
