/**
 * Paraphrase-spans stage, issue 35 thirteenth round (patterns that recur across the prisons, immigration, hospitals,
 * military and public-health batches): a document whose owner is named only by referring back ("Its research found
 * that", "Their annual survey showed that", "The figures also showed that"); fragments in a frame whose verb stands far
 * from the quoted words, after "described as being", and in single quotes after "declared X a". Every sentence is
 * written for this test; each pattern in two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { fragmentAttribution } from '../../../src/ingest/stages/fragments.js';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim().replace(/[.]$/, ''), findings: !!m.findings, refersBack: m.refersBack };
};

const statements = async (text: string, title: string) =>
  (await proposeArticle(null, { text, title })).statements.map((s) => ({ kind: s.kind, rule: s.rule, text: s.text.replace(/[.]$/, ''), speaker: s.speaker.name }));

describe('paraphrase-spans stage: a document whose owner is named by referring back', () => {
  it('marks a possessive pronoun’s document, before "found" or "showed", as referring back', () => {
    expect(read('Its research found that one in four tenants had reported damp three times.')).toMatchObject({ speaker: 'Its research', clause: 'one in four tenants had reported damp three times', findings: true, refersBack: 'possessive' });
    expect(read('Their annual survey showed that two in five tenants had waited a year for repairs.')).toMatchObject({ rule: 'paraphrase:figures-showed-that', clause: 'two in five tenants had waited a year for repairs', refersBack: 'possessive' });
    expect(read('Its own analysis suggests that most of the delays were avoidable.')).toMatchObject({ refersBack: 'possessive' });
    // A document a name owns is that name's, as before.
    expect(read('The Rail Board’s survey showed that half of the stations had no step-free route.')).toMatchObject({ speaker: 'The Rail Board', refersBack: undefined });
  });

  it('marks definite figures with no owner as figures named before', () => {
    expect(read('The figures also showed that families with children made up half of those evicted.')).toMatchObject({ rule: 'paraphrase:figures-showed-that', refersBack: 'figures' });
    expect(read('These latest statistics reveal that waiting times doubled in two years.')).toMatchObject({ refersBack: 'figures' });
    expect(read('Figures from the Data Office showed that waiting times doubled in two years.')).toMatchObject({ speaker: 'the Data Office', refersBack: undefined });
  });

  it('gives the clause to the body last reported, and the figures to whoever published those reported before', async () => {
    const found = await statements(
      'Tenants kept waiting\n\nThe Housing Standards Board has published its annual review of social landlords.\n\n' +
        'The tenants’ charity Doorstep said the review was overdue.\n\nIts research found that one in four tenants had reported damp three times without a visit.\n\n' +
        'The campaign group Safe Homes Alliance said the board had listened at last. Their own survey showed that two in five tenants had waited more than a year for repairs.\n\n' +
        'Figures released by the Northfield Statistics Office revealed that evictions rose by a third in the year to March.\n\n' +
        'Evictions had fallen in each of the three years before that.\n\nThe figures also showed that families with young children made up half of those evicted.\n',
      'Tenants kept waiting',
    );
    expect(found).toEqual(expect.arrayContaining([
      { kind: 'paraphrase', rule: 'paraphrase:found-that', text: 'one in four tenants had reported damp three times without a visit', speaker: 'Doorstep' },
      { kind: 'paraphrase', rule: 'paraphrase:figures-showed-that', text: 'two in five tenants had waited more than a year for repairs', speaker: 'Safe Homes Alliance' },
      { kind: 'paraphrase', rule: 'paraphrase:figures-showed-that', text: 'families with young children made up half of those evicted', speaker: 'Northfield Statistics Office' },
    ]));
  });

  it('falls back to the report’s publisher where no body has spoken in the paragraphs before', async () => {
    const found = await statements(
      'Depots fail checks\n\nThe Transport Safety Board has published its review of bus depots.\n\nThe depots had been built in the 1960s and most were in poor repair.\n\n' +
        'Its research found that four of the nine depots had no working fire alarm.\n',
      'Depots fail checks',
    );
    expect(found).toContainEqual({ kind: 'paraphrase', rule: 'paraphrase:found-that', text: 'four of the nine depots had no working fire alarm', speaker: 'Transport Safety Board' });
  });
});

describe('quote-spans stage: fragments in a naming frame, after "described as being", in single quotes after "declared"', () => {
  it('hands the quoted words to a naming verb however long its object, when "as" closes the frame', () => {
    const head = 'The patient group Patients First has labelled the news that the ambulance service has been rated inadequate for the second year running as ';
    expect(fragmentAttribution(head, 'deeply worrying')).toMatchObject({ verb: 'labelled', verbAt: head.indexOf('labelled') });
    const branded = 'The union branded the decision to close two of the busiest stations in the county over the winter months as ';
    expect(fragmentAttribution(branded, 'reckless and short-sighted')).toMatchObject({ verb: 'branded' });
    // Without "as" closing it, a verb that far back hands nothing (the words are the author's scare quotes).
    expect(fragmentAttribution('The union branded the decision to close two of the busiest stations in the county over the winter months a sign of ', 'short-term thinking')).toBeNull();
    // "describing … as" is left to the annotators' convention (no fragment), however near.
    expect(fragmentAttribution('The board published its findings on Monday, describing the long waits at the three busiest stations over the winter as ', 'a real worry')).toBeNull();
  });

  it('hands words after "declared X a" to the declarer', () => {
    expect(fragmentAttribution('The board also declared the response times in rural areas a ', 'matter of grave concern')).toMatchObject({ verb: 'declared' });
    expect(fragmentAttribution('The charity declared the findings a ', 'wake-up call for the region')).toMatchObject({ verb: 'declared' });
  });

  it('proposes each fragment with its speaker, in double and in single quotes', async () => {
    const found = await statements(
      'Watchdog condemns ambulance delays\n\nThe Care Standards Board has published its inspection of Eastmoor Ambulance Service.\n\n' +
        'The patient group Patients First has labelled the news that the service has been rated inadequate for the second year running as “deeply worrying”.\n\n' +
        'The union Unison branded the decision to close two of the busiest stations over the winter months as "reckless and short-sighted".\n\n' +
        'Conditions in the control room were described as being “cramped and barely fit for purpose”.\n\n' +
        'The board also declared the response times in rural areas a ‘matter of grave concern’, and said it would return within six months.\n',
      'Watchdog condemns ambulance delays',
    );
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'quote', text: 'deeply worrying', speaker: 'Patients First' }),
      expect.objectContaining({ kind: 'quote', text: 'reckless and short-sighted', speaker: 'Unison' }),
      expect.objectContaining({ kind: 'quote', text: 'cramped and barely fit for purpose', speaker: 'Care Standards Board' }),
      expect.objectContaining({ kind: 'quote', text: 'matter of grave concern', speaker: 'Care Standards Board' }),
      expect.objectContaining({ kind: 'paraphrase', text: 'it would return within six months', speaker: 'Care Standards Board' }),
    ]));
  });
});

describe('paraphrase-spans stage: a second predicate whose clause has no "that" and no auxiliary', () => {
  it('reads the clause when its verb can only be finite (a past like "took", a present like "continue")', () => {
    expect(read('They raise grave concerns about the kitchens, and found residents continue to go without hot meals.')).toMatchObject({
      rule: 'paraphrase:and-found', speaker: 'They raise grave concerns about the kitchens', clause: 'residents continue to go without hot meals',
    });
    expect(read('The minister promised a fresh start and admitted her department took its eye off the budget.')).toMatchObject({
      rule: 'paraphrase:and-admitted', clause: 'her department took its eye off the budget',
    });
    expect(read('The chief executive welcomed the report but conceded the trust knew about the leaks for a year.')).toMatchObject({
      rule: 'paraphrase:and-conceded', clause: 'the trust knew about the leaks for a year',
    });
  });

  it('reads none where the words after the verb are its object, a participle or an infinitive', () => {
    expect(read('The minister promised a fresh start and admitted mistakes made by her department.')).toBeNull();
    expect(read('The board visited the wards and found patients waiting in corridors.')).toBeNull();
    expect(read('The council apologised and admitted the need to take more care.')).toBeNull();
  });
});

describe('paraphrase-spans stage: figures that show a clause, then another speaker’s clause of time', () => {
  it('reads the figures’ clause and the second speaker’s, with or without "that"', () => {
    const m = matchReportedSpeech('Deaths from overdoses have tripled in a decade, official figures show, as ministers claimed they had turned the corner.');
    expect(m).toMatchObject({ rule: 'paraphrase:said-after', findings: true });
    const s = 'Deaths from overdoses have tripled in a decade, official figures show, as ministers claimed they had turned the corner.';
    expect(s.slice(...m!.subject)).toBe('official figures');
    expect(s.slice(...m!.clause)).toBe('Deaths from overdoses have tripled in a decade');
    expect(m!.more!.map((x) => [s.slice(...x.subject!), s.slice(...x.clause).replace(/[.]$/, ''), x.rule])).toEqual([['ministers', 'they had turned the corner', 'paraphrase:claimed']]);
    const t = 'Hospital queues grew for the ninth month running, new data suggests, while the health board insisted that staffing had improved.';
    const n = matchReportedSpeech(t);
    expect(t.slice(...n!.clause)).toBe('Hospital queues grew for the ninth month running');
    expect(n!.more!.map((x) => [t.slice(...x.subject!), t.slice(...x.clause).replace(/[.]$/, '')])).toEqual([['the health board', 'staffing had improved']]);
  });

  it('reads a plain tag of showing as before, and no second clause where the words after "as" report none', () => {
    expect(read('Deaths from overdoses have tripled in a decade, official figures show.')).toMatchObject({ rule: 'paraphrase:said-after', speaker: 'official figures', findings: true });
    expect(matchReportedSpeech('Deaths from overdoses have tripled in a decade, official figures show, as ministers said sorry.')?.more).toBeUndefined();
  });
});
