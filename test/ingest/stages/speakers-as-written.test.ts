/**
 * Attribution stage: an office the text names only in lower case ("the housing ombudsman", then "the ombudsman found")
 * speaks as a body by the fullest words the text gives it, rather than its statements being lost for want of a name.
 * A letter that speaks ("The letter said that …") speaks for who sent it. Every body and sentence is invented for this test.
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
