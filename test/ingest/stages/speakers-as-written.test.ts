/**
 * Attribution stage: an office the text names only in lower case ("the housing ombudsman", then "the ombudsman found")
 * speaks as a body by the fullest words the text gives it, rather than its statements being lost for want of a name.
 * A letter that speaks ("The letter said that …") speaks for who sent it; a person given by first name and age ("Liam, 19,")
 * speaks by that name. Every body and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

describe('an office named only in lower case', () => {
  it('speaks by the fullest name the text gave it before', async () => {
    const text =
      'Marsh Vale Council has been accused of ignoring the housing ombudsman over repairs to a tenant’s flat.\n\n' +
      'Following an investigation, the ombudsman found the council had left the tenant without heating for four months.';
    const draft = await proposeArticle(null, { title: 'Council accused of ignoring ombudsman', text });
    const found = draft.statements.find((s) => s.text.startsWith('the council had left the tenant'));
    expect(found?.speaker.name).toBe('housing ombudsman');
  });

  it('speaks by its office alone where the text gives no fuller name', async () => {
    const text = 'Tenants in Marsh Vale waited months for repairs.\n\nFollowing an investigation, the ombudsman found the council had failed to keep proper records.';
    const draft = await proposeArticle(null, { title: 'Repairs delayed', text });
    expect(draft.statements.find((s) => s.text.startsWith('the council had failed'))?.speaker.name).toBe('ombudsman');
  });
});

describe('a letter that speaks', () => {
  it('speaks for whoever sent it, as a report speaks for its publisher', async () => {
    const text = 'The Care Board published a monitoring letter on Elm Hospital on Tuesday.\n\nThe letter said that waiting times on the children’s ward had fallen by a third since the spring.';
    const draft = await proposeArticle(null, { title: 'Hospital improving, says Care Board', text });
    expect(draft.statements.find((s) => s.text.startsWith('waiting times'))?.speaker.name).toBe('Care Board');
  });
});

describe('a person given by first name and age', () => {
  it('speaks as written ("Liam, 19, …, said"), and "he" after goes on from them', async () => {
    const text =
      'The charity welcomed the report.\n\nLiam, 19, one of the charity’s young ambassadors, who left care last year, said the report was “spot on”. He said that he had been given two weeks’ notice to leave his placement.';
    const draft = await proposeArticle(null, { title: 'Care leavers', text });
    expect(draft.statements.map((s) => s.speaker.name)).toEqual(['Liam', 'Liam']);
  });

  it('is no one where the word before the age is not a first name', async () => {
    const draft = await proposeArticle(null, { title: 'Care leavers', text: 'Leeds, 14, and Bradford, 9, were named.\n\nLeeds, 14, said the report was “spot on”.' });
    expect(draft.statements.map((s) => s.speaker.name)).not.toContain('Leeds');
  });
});
