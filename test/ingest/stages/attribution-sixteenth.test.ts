/**
 * Attribution, issue 35 (written set 13): a sentence that opens on a conjunction ("But the leader of the opposition
 * group, Alan Fairhurst, called …") still has its named person as its subject, so the "he said" after it is theirs, not
 * the speaker quoted before them; and a person named in apposition before their verb of saying ("Unison’s head of social
 * care, Joanne Pritchett, said") is the subject a later "she said" goes to. Every body, person and sentence is invented for this test; two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const speakerOf = async (text: string, opening: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.find((s) => s.text.startsWith(opening))?.speaker.name;

describe('a pronoun after a sentence that opens on a conjunction', () => {
  it.each([
    ['But the leader of the opposition group, Tom Varley, called the plan “a shambles”.', 'Tom Varley'],
    ['However, the chair of the tenants’ forum, Gwen Ashe, described the plan as “a shambles”.', 'Gwen Ashe'],
  ])('%s', async (sentence, speaker) => {
    const text =
      'The housing director, Mark Doyle, said the repairs plan was already under way.\n\n' +
      '“Tenants will see the difference by the summer,” Mr Doyle said.\n\n' +
      `${sentence}\n\n` +
      '“We asked for this plan two years ago and were told it was not needed. Somebody has to answer for that,” they said.\n';
    const pronoun = /Tom/.test(speaker) ? 'he' : 'she';
    expect(await speakerOf(text.replace('they said', `${pronoun} said`), 'We asked for this plan')).toBe(speaker);
  });

  it('goes to the person named in apposition before their verb of saying, not to a body’s spokeswoman quoted before', async () => {
    const text =
      'A spokeswoman for the Landlords Federation questioned the survey: “This is not a representative sample.”\n\n' +
      'Acorn’s head of campaigns, Ruth Okoye, said the findings matched what members had reported for years.\n\n' +
      '“Rents are out of control and the government knows it,” she said.\n';
    expect(await speakerOf(text, 'Rents are out of control')).toBe('Ruth Okoye');
    // A body named after its kind ("the campaign group Fair Rents") before the verb is no subject: the person is.
    const group =
      'The housing director, Mark Doyle, said the repairs plan was already under way.\n\n' +
      'Ruth Okoye, of the campaign group Fair Rents, warned that other councils were no better.\n\n' +
      '“This is a decent plan in many ways, but tenants have heard promises before,” she said.\n';
    expect(await speakerOf(group, 'This is a decent plan')).toBe('Ruth Okoye');
  });

  it('takes a spokesperson for a body of two words or more that names no person ("for Kelby Academy", "for Barnardo’s") as that body’s', async () => {
    const base = 'The Schools Board published its report on Kelby on Tuesday.\n\n';
    const spokesFor = async (sentence: string) => (await proposeArticle(null, { text: base + sentence, title: 'Test' })).statements.map((s) => [s.speaker.name, s.speaker.label]);
    expect(await spokesFor('A spokesman for Kelby Academy said the school had reviewed every safeguarding procedure.')).toEqual([['Kelby Academy', 'Organisation']]);
    expect(await spokesFor('A spokeswoman for Hallam General Hospital said the ward had been closed since May.')).toEqual([['Hallam General Hospital', 'Organisation']]);
    expect(await spokesFor("A spokeswoman for Barnardo's said the charity had warned of this in 2012.")).toEqual([["Barnardo's", 'Organisation']]);
    // A body named with a list in it is named whole, not cut at its first comma.
    expect(await spokesFor('A spokesman for the Department for Roads, Rail and Ports said the figures were being checked.')).not.toContainEqual(['Department for Roads', 'Organisation']);
  });
});
