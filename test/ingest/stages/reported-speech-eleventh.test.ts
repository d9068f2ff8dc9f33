/**
 * Paraphrase-spans stage, issue 35 eleventh round (the fire, local-government and conduct batches): inspectors as the
 * ones who find, an inspection's "found X to be …", a report's finding put as a noun, "ruled that" (outside the lede),
 * a second verb of saying or announcing after an auxiliary or an adverb, a verb of pointing out after a first predicate
 * that reports nothing, "requested" with a bare clause, and the lists under a reporting frame. Every sentence is
 * written for this test; each pattern in two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { matchReportedSpeech, SECOND_VERB } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim().replace(/[.]$/, ''), findings: !!m.findings };
};

const statements = async (text: string, title: string) =>
  (await proposeArticle(null, { text, title })).statements.map((s) => ({ rule: s.rule, text: s.text.replace(/[.]$/, ''), speaker: s.speaker.name }));

describe('paraphrase-spans stage: inspectors find for their inspectorate', () => {
  it('marks inspectors, a team of them or an inspection team as a finding, which falls back to the report’s publisher', () => {
    expect(read('Inspectors found that the depot had no plan for a fire on its upper floor.')).toMatchObject({ speaker: 'Inspectors', clause: 'the depot had no plan for a fire on its upper floor', findings: true });
    expect(read('A team of twelve inspectors found that half the engines were more than twenty years old.')).toMatchObject({ speaker: 'A team of twelve inspectors', findings: true });
    expect(read('Assessors from the panel also found that the control room was short of staff.')).toMatchObject({ speaker: 'Assessors from the panel', findings: true });
  });

  it('reads inspectors’ "found X to be …", with or without a comma before the verb, and no one else’s', () => {
    expect(read('Over two weeks in March, a team of 20 inspectors, found the brigade to be answering calls far too slowly.')).toMatchObject({
      rule: 'paraphrase:found', clause: 'the brigade to be answering calls far too slowly', findings: true,
    });
    expect(read('The inspection team found the station to be in poor repair.')).toMatchObject({ clause: 'the station to be in poor repair', findings: true });
    expect(read('The firefighters found the two children to be safe.')).toBeNull();
  });
});

describe('paraphrase-spans stage: a report’s finding put as a noun', () => {
  it('reads the clause after "the conclusions were that", "the finding that", "its verdict is that"', () => {
    expect(read('The review’s main conclusions were that the regulator had acted too late.')).toMatchObject({ rule: 'paraphrase:finding-that', clause: 'the regulator had acted too late', findings: true });
    expect(read('The minister rejected the finding that her department had ignored the warnings.')).toMatchObject({ clause: 'her department had ignored the warnings', findings: true });
    expect(read('Its overall verdict is that the college failed its students for years.')).toMatchObject({ clause: 'the college failed its students for years' });
  });

  it('gives the finding to the report’s publisher, never to the noun phrase as an actor', async () => {
    const found = await statements(
      'Review faults conduct regulator\n\nThe Legal Standards Board has published its review of the Solicitors Conduct Authority.\n\n' +
        'The headline conclusions were that the authority had not acted quickly enough on early warnings.\n',
      'Review faults conduct regulator',
    );
    expect(found.filter((s) => s.rule === 'paraphrase:finding-that')).toEqual([
      { rule: 'paraphrase:finding-that', text: 'the authority had not acted quickly enough on early warnings', speaker: 'Legal Standards Board' },
    ]);
  });

  it('reads no relative clause after the noun', () => {
    expect(read('The findings that were published last spring have since been withdrawn.')).toBeNull();
  });
});

describe('paraphrase-spans stage: "ruled that"', () => {
  it('reads a ruling body’s clause', () => {
    expect(read('The tribunal has ruled that the adverts must not be shown again.')).toMatchObject({ rule: 'paraphrase:ruled-that', speaker: 'The tribunal', clause: 'the adverts must not be shown again' });
    expect(read('They ruled that the firm had misled its customers about the tariff.')).toMatchObject({ rule: 'paraphrase:ruled-that', speaker: 'They' });
    expect(read('The judge ruled on the case last week.')).toBeNull();
  });

  it('proposes none in the lede, where the ruling is the article’s report, and one after it', async () => {
    const found = await statements(
      'Watchdog bans bank adverts\n\nThe Advertising Standards Panel has ruled that three adverts for Harlow Bank broke its code.\n\n' +
        'Harlow Bank said it would study the decision with care.\n\nThe Advertising Standards Panel ruled that the bank had given no evidence for its claim about fees.\n',
      'Watchdog bans bank adverts',
    );
    expect(found.filter((s) => s.rule === 'paraphrase:ruled-that').map((s) => s.text)).toEqual(['the bank had given no evidence for its claim about fees']);
  });
});

describe('paraphrase-spans stage: a second predicate that reports a clause', () => {
  const seconds = (clause: string) => [...clause.matchAll(SECOND_VERB)].map((m) => (m[1] ?? m[2])!.toLowerCase());

  it('splits a clause at a second verb after an auxiliary or an adverb, and at "announced" before a pronoun’s clause', () => {
    expect(seconds('the leader must go and has subsequently announced it will table a motion')).toEqual(['announced']);
    expect(seconds('the depot will shut and has since confirmed that the staff will move')).toEqual(['confirmed']);
    expect(seconds('the plan was sound and have since said the money is there')).toEqual(['said']);
    expect(seconds('the depot will shut and announced a review of the service')).toEqual([]);
  });

  it('reads a verb of pointing out after a first predicate that reports nothing, with "that" or a clause', () => {
    expect(read('The union chair noted the new inspection regime, but highlighted only a third of stations have been visited.')).toMatchObject({
      rule: 'paraphrase:and-highlighted', speaker: 'The union chair noted the new inspection regime', clause: 'only a third of stations have been visited',
    });
    expect(read('The tenants’ group welcomed the audit but stressed it was too late for many families.')).toMatchObject({ rule: 'paraphrase:and-stressed', clause: 'it was too late for many families' });
    expect(read('The board welcomed the findings and stressed the need for more funding.')).toBeNull();
  });

  it('gives the second predicate to the sentence’s subject', async () => {
    const found = await statements('Council to reopen office\n\nGreywell Homes apologised to tenants and has since confirmed that the housing office will reopen in May.\n', 'Council to reopen office');
    expect(found).toContainEqual({ rule: 'paraphrase:and-confirmed-that', text: 'the housing office will reopen in May', speaker: 'Greywell Homes' });
  });
});

describe('paraphrase-spans stage: "requested" with a clause and no "that"', () => {
  it('reads a clause whose verb is in the present or "be"', () => {
    expect(read('Councillor Ann Byrne has requested the mayor invites the auditor to the next meeting.')).toMatchObject({ rule: 'paraphrase:requested', speaker: 'Councillor Ann Byrne', clause: 'the mayor invites the auditor to the next meeting' });
    expect(read('A local councillor requested the audit committee be reconvened before the summer.')).toMatchObject({ clause: 'the audit committee be reconvened before the summer' });
    expect(read('The union has demanded that the review be reopened at once.')).toMatchObject({ rule: 'paraphrase:demanded-that', clause: 'the review be reopened at once' });
  });

  it('reads no object', () => {
    expect(read('The chair requested a meeting with the minister.')).toBeNull();
    expect(read('The mayor requested the documents from every council.')).toBeNull();
  });
});

describe('paraphrase-spans stage: lists under a reporting frame', () => {
  const items = async (text: string) => (await statements(text, 'Ombudsman finds failings')).filter((s) => s.rule === 'paraphrase:list-item');

  it('reads clause bullets when a day or a time opens the frame without a comma', async () => {
    const onDay = await items(
      'On Tuesday the Water Services Ombudsman explained why it had upheld the complaints:\n\n' +
        '  • The company had closed cases without telling customers.\n  • Billing staff were given no training on the code.\n',
    );
    expect(onDay.map((s) => [s.text, s.speaker])).toEqual([['The company had closed cases without telling customers', 'Water Services Ombudsman'], ['Billing staff were given no training on the code', 'Water Services Ombudsman']]);
    const lastWeek = await items('Last week the Rail Passengers Council said what had changed:\n\n  • A named officer now answers each complaint.\n  • Refunds are paid before a case is closed.\n');
    expect(lastWeek.map((s) => s.speaker)).toEqual(['Rail Passengers Council', 'Rail Passengers Council']);
  });

  it('reads no noun-phrase examples under "such as:" or "including:", but a clause there still reports', async () => {
    expect(await items('The Water Services Ombudsman found weaknesses in areas such as:\n\n  • Billing and metering for business customers\n  • The handling of complaints from small firms\n')).toEqual([]);
    const including = await items('The Water Services Ombudsman found failings in several areas, including:\n\n  • Support for customers in financial difficulty\n  • Staff failed to record most of the calls they took\n');
    expect(including.map((s) => s.text)).toEqual(['Staff failed to record most of the calls they took']);
  });
});
