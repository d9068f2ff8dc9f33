/**
 * Attribution stage, issue 35 twelfth round: one node for a body however the text writes it. A body introduced with
 * its initials in brackets and then named by them is one body under its full name; a country written in front of a
 * name that stands without it ("UK NAO", "the UK's Office for Road Statistics") is no part of the name. Initials in
 * mixed case ("MoT", "DfR") take the small words' initials too, and may follow a possessive. Every body
 * and sentence is invented for this test; each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const speakers = async (text: string, title = 'A test article') => {
  const draft = await proposeArticle(null, { text, title });
  return { said: draft.statements.map((s) => s.speaker.name), bodies: draft.newActors.filter((a) => a.label === 'Organisation').map((a) => a.name) };
};

describe('attribution stage: a body named by its initials, or with its country in front', () => {
  it('gives the statements of "X (XY)" and of "XY" to one body under its full name', async () => {
    const found = await speakers(
      'The Rail Audit Office (RAO) said that the ministry’s new timetable would cost twice what it had claimed.\n\nThe RAO also found that the ministry had not counted the cost of repairing old bridges.',
    );
    expect(found.said).toEqual(['Rail Audit Office', 'Rail Audit Office']);
    expect(found.bodies.filter((b) => /Audit|RAO/.test(b))).toEqual(['Rail Audit Office']);
    const reversed = await speakers('The Water Standards Board (WSB) warned that three firms had missed their leakage targets again.\n\nA WSB spokesman said that fines would follow before the summer.');
    expect(reversed.bodies.filter((b) => /Water|WSB/.test(b))).toEqual(['Water Standards Board']);
  });

  it('leaves out the country in front of a name that stands without it, and keeps it where it is the name', async () => {
    const possessive = await speakers('Figures from the UK’s Office for Road Statistics showed that traffic fell by a tenth last year, the office said.\n\nThe UK’s Office for Road Statistics said that lorries made up a larger share of the traffic than before.');
    expect(possessive.said).toContain('Office for Road Statistics');
    expect(possessive.bodies).not.toContain('UK’s Office for Road Statistics');
    const initials = await speakers('UK RAO says rail plan not affordable\n\nThe UK Rail Audit Office (RAO) said that the plan had no money for new trains.', 'UK RAO says rail plan not affordable');
    expect(initials.bodies.filter((b) => /Audit|RAO/.test(b))).toEqual(['Rail Audit Office']);
    const name = await speakers('UK Sport said that the funding for rowing would be cut by a third after a poor year.');
    expect(name.said).toEqual(['UK Sport']);
  });

  it('reads initials in mixed case, after a possessive too, as the body they stand for', async () => {
    const found = await speakers('The Ministry of Transport’s (MoT) new rail plan is not affordable, the auditor said.\n\nThe MoT said that the plan would be revised before the autumn.');
    expect(found.said).toContain('Ministry of Transport');
    expect(found.bodies.filter((b) => /Transport|MoT/.test(b))).toEqual(['Ministry of Transport']);
    const department = await speakers('The Department for Rivers (DfR) said that the review was unfair to farmers.\n\nThe DfR said that the report had used figures from before the floods.');
    expect(department.said).toEqual(['Department for Rivers', 'Department for Rivers']);
  });

  it('gives a title owned by a body named by its kind ("The council’s director") to the last body of that kind, never to a new body called "council"', async () => {
    const text =
      'Inspectors found that Northby City Council’s services for children were failing.\n\n' +
      'The council’s director of children’s services, Jo Marsh, said: “We accept the findings and we are sorry.”';
    const draft = await proposeArticle(null, { text, title: 'Council services failing' });
    expect(draft.newActors.map((a) => a.name)).not.toContain('council');
    expect(draft.newActors.find((a) => a.name === 'Jo Marsh')?.role?.atName).toMatch(/^Northby/);
    const alone = await proposeArticle(null, { text: 'The trust’s chief executive, Ann Cole, said: “We will act on every finding at once.”', title: 'Trust answers' });
    expect(alone.newActors.filter((a) => a.label === 'Organisation').map((a) => a.name)).toEqual([]);
  });

  it('gives the words of "a review of X has found that" to the review’s author, never to X', async () => {
    const review = await speakers(
      'The Care Standards Board has published its review of children’s services in the north.\n\nA damning review of the Northland Child Welfare Agency has found that it is failing the families it serves.',
    );
    expect(review.said).not.toContain('Northland Child Welfare Agency');
    const inquiry = await speakers('An independent inquiry into Harbourside Hospital Trust has found that patients waited too long for beds.');
    expect(inquiry.said).not.toContain('Harbourside Hospital Trust');
    const named = await speakers('A Care Standards Board report into Harbourside Hospital Trust has found that patients waited too long for beds.');
    expect(named.said).toEqual(['Care Standards Board']);
    const by = await speakers('A review of the ferry crossings by the Harbour Safety Board has found that two boats lacked life rafts.');
    expect(by.said).toEqual(['Harbour Safety Board']);
    // A report "of" a body is that body's own.
    const own = await speakers('The annual report of the Harbour Safety Board has found that two boats lacked life rafts.');
    expect(own.said).toEqual(['Harbour Safety Board']);
  });
});

