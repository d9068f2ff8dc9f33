/**
 * Attribution stage, issue 35 fourteenth round: "Coun", the regional papers' abbreviation for councillor, is an
 * honorific like "Cllr": it opens a person's name and is no name alone, so "Coun Haigh" later is the same person and a
 * councillor of the council is one. Every person, council and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

describe('attribution: "Coun" before a name', () => {
  it('names the councillor, and finds them again by "Coun" and the surname', async () => {
    const text =
      'Eastmere Council’s care services have been rated inadequate by the Care Board.\n\n' +
      'Council leader Coun Peter Haigh said the report made uncomfortable reading for everyone at the town hall.\n\n' +
      '“We will not rest until this is put right,” said Coun Haigh.';
    const draft = await proposeArticle(null, { text, title: 'Care services rated inadequate' });
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Coun Peter Haigh', 'Coun Peter Haigh']);
    expect(draft.newActors.filter((a) => a.label === 'Person').map((a) => a.name)).toEqual(['Coun Peter Haigh']);
  });
});

describe('attribution: a spokesperson named by the kind of body ("a council spokesman")', () => {
  it('speaks for the council the text named', async () => {
    const text = 'Eastmere Borough Council has been rated inadequate by the Care Board.\n\nA council spokesman said the authority accepted the findings and had drawn up a plan.';
    const draft = await proposeArticle(null, { text, title: 'Council rated inadequate' });
    expect(draft.statements.map((s) => [s.text, s.speaker.name, s.speaker.label])).toEqual([['the authority accepted the findings and had drawn up a plan', 'Eastmere', 'Council']]);
  });

  it('speaks for the council the text named with "council" in lower case', async () => {
    const text = 'Eastmere council has been rated inadequate by the Care Board.\n\nA council spokesman said the authority would publish a plan within weeks.';
    const draft = await proposeArticle(null, { text, title: 'Council rated inadequate' });
    expect(draft.statements.map((s) => [s.speaker.name, s.speaker.label])).toEqual([['Eastmere', 'Council']]);
  });
});

describe('attribution: "X Council" as a speaker’s body in an article about local government', () => {
  it('is the council X, not an organisation beside it', async () => {
    const text =
      'A review into the death of a baby in Greyburn has found that social workers missed chances to act.\n\n' +
      'Councillors will discuss the review next week.\n\n' +
      'A Greyburn Council spokesman said: “We are deeply sorry and we accept every recommendation.”';
    const draft = await proposeArticle(null, { text, title: 'Review finds missed chances' });
    expect(draft.newActors.filter((a) => /Greyburn/.test(a.name)).map((a) => [a.label, a.name])).toEqual([['Council', 'Greyburn']]);
  });
});

describe('attribution: a council named in the capitals a regional paper opens with', () => {
  it('is proposed by its place as a place is written', async () => {
    const text = 'NORTHDALE Council has shaken off its inadequate rating for care services.\n\nCouncillors welcomed the news. The council’s leader, Cllr Ann Price, said: “Northdale Council has worked hard for this.”';
    const draft = await proposeArticle(null, { text, title: 'Council shakes off rating' });
    expect(draft.newActors.filter((a) => a.label === 'Council').map((a) => a.name)).toEqual(['Northdale']);
  });
});

describe('attribution: a date before a council’s name', () => {
  it('is no part of its place ("On 16 February Ellingham City Council’s …")', async () => {
    const text =
      'On 16 February Ellingham City Council’s care services were rated inadequate for the second time.\n\n' +
      'Councillors will meet on Monday. The opposition leader, Cllr Ruth Bray, said Ellingham City Council had ignored every warning.';
    const draft = await proposeArticle(null, { text, title: 'Care services rated inadequate again' });
    expect(draft.newActors.filter((a) => a.label === 'Council').map((a) => a.name)).toEqual(['Ellingham']);
  });
});
