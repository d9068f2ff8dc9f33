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

describe('quote-spans stage: fragments handed by a relative clause or a passive’s agent (issue 35, third round)', () => {
  it('marks "which it says are “…”" as the sentence subject’s words', () => {
    expect(fragmentAttribution('The board has named four operators which it says are ', 'failing passengers')).toMatchObject({ verb: 'says', relative: true });
    expect(fragmentAttribution('Ms Vale listed the routes that she said were ', 'a danger to every passenger')).toMatchObject({ verb: 'said', relative: true });
    expect(fragmentAttribution('Ms Vale said the routes were ', 'a danger to every passenger')?.relative).toBe(false);
  });

  it('hands the words to the agent of a passive that judges', () => {
    const head = 'Two ferry firms are being investigated by the Tidewater Authority over ';
    const cue = fragmentAttribution(head, 'repeated safety lapses');
    expect(cue && head.slice(...cue.agent!)).toBe('the Tidewater Authority');
    const head2 = 'The Harbour Trust was fined by the regulator last week for ';
    const cue2 = fragmentAttribution(head2, 'serious breaches of its licence');
    expect(cue2 && head2.slice(...cue2.agent!)).toBe('the regulator last week');
    // A passive that names an agent but hands no words ("built by X in …") is no cue.
    expect(fragmentAttribution('The ferry was built by the Harbour Trust in ', 'the old style')).toBeNull();
  });
});

describe('quote-spans stage: one quoted word after a frame that names what it describes (issue 35, fifth round)', () => {
  it('hands one word to the speaker of "described … as", "called … " and "accused Y of a “…” <fault>"', () => {
    expect(fragmentAttribution('The Parents Forum described the plan as ', 'unworkable')?.verb).toBe('described');
    expect(fragmentAttribution('The head teacher described the inspection as an ', 'ordeal')?.verb).toBe('described');
    expect(fragmentAttribution('Mr Cole called the findings ', 'disgraceful')?.verb).toBe('called');
    expect(fragmentAttribution('Nurses accused the hospital board of a ', 'shocking')?.verb).toBe('accused');
  });

  it('hands one word to the agent of "described by X as"', () => {
    const head = 'It was a winter described by the harbour master Ms Ula Green as a ';
    const cue = fragmentAttribution(head, 'disaster');
    expect(cue && head.slice(...cue.agent!)).toBe('the harbour master Ms Ula Green');
    const head2 = 'The move was branded by the Ferry Users Group as ';
    expect(head2.slice(...fragmentAttribution(head2, 'cynical')!.agent!)).toBe('the Ferry Users Group');
  });

  it('still leaves one word after any other verb a term', () => {
    expect(fragmentAttribution('The council said the scheme was ', 'flexible')).toBeNull();
    expect(fragmentAttribution('Ms Reid warned of what she sees as ', 'drift')).toBeNull();
  });
});
