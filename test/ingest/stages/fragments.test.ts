import { describe, expect, it } from 'vitest';
import { fragmentAttribution } from '../../../src/ingest/stages/fragments.js';

describe('quote-spans stage: fragments quoted inside the author’s sentence', () => {
  it('hands the words to the speaker of a verb just before them', () => {
    expect(fragmentAttribution('Tom Ellery, chief executive of the Growers’ Federation, called it ', 'a missed opportunity')?.verb).toBe('called');
    expect(fragmentAttribution('Commons Public Accounts Committee chair Margaret Hodge said it was ', 'a deeply worrying report from the NAO')?.verb).toBe('said');
  });

  it('leaves terms, single words and fragments far from any verb', () => {
    expect(fragmentAttribution('The council was rated ', 'inadequate')).toBeNull();
    expect(fragmentAttribution('The scheme, known as the ', 'urgent notification')).toBeNull();
    expect(fragmentAttribution('She said that in the years that followed the board had, for reasons nobody explained at the time, adopted what it called a new ', 'light touch regime')?.verb).toBe('called');
    expect(fragmentAttribution('She said that in the years that followed the board had, for reasons nobody explained at the time or since, adopted a ', 'light touch regime')).toBeNull();
  });
});
