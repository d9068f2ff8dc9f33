/**
 * Paraphrase-spans stage, issue 35 twelfth round (patterns that recur across the prisons, immigration, safeguarding,
 * military and public-health batches): the attribution after the clause with a long description or an unnamed document
 * for its subject, "pointed out", a bare weekday; a second predicate that reports a clause after a first that reports
 * none (its own pronoun, an emphatic "did"); "how" as the complementiser; "with X reporting that"; a fronted
 * prepositional phrase before the subject; "highlighted that"; a body's kind before its name with no article ("Housing
 * charity X urged"); inspectors who find a noun phrase. Every sentence is written for this test; each pattern in two
 * wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim().replace(/[.]$/, ''), findings: !!m.findings };
};

const statements = async (text: string, title: string) =>
  (await proposeArticle(null, { text, title })).statements.map((s) => ({ rule: s.rule, text: s.text.replace(/[.]$/, ''), speaker: s.speaker.name }));

describe('paraphrase-spans stage: the attribution after the clause', () => {
  it('reads a speaker described at length, past sixty characters, with "has recommended" or "recommended"', () => {
    expect(read('Every home should have a named nurse on duty at night, the interim report of the Independent Commission into Residential Care has recommended.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'the interim report of the Independent Commission into Residential Care', clause: 'Every home should have a named nurse on duty at night', findings: true,
    });
    expect(read('The waiting list for hearing tests should be halved within a year, a final review by the Audiology Standards Panel recommended.')).toMatchObject({
      speaker: 'a final review by the Audiology Standards Panel', clause: 'The waiting list for hearing tests should be halved within a year',
    });
  });

  it('marks a document that names no author as a finding, whatever its modifiers (a possessive among them)', () => {
    expect(read('Staff at the depot were never trained to use the new alarms, a withering inspector’s report has found.')).toMatchObject({ speaker: 'a withering inspector’s report', findings: true });
    expect(read('The college had ignored three earlier warnings, a highly critical review has concluded.')).toMatchObject({ speaker: 'a highly critical review', findings: true });
    expect(read('The college had ignored three earlier warnings, the principal has conceded in private.')).toBeNull();
  });

  it('reads "it pointed out" before a dash, and a newspaper that "reported" on a bare weekday', () => {
    expect(read('No inspector has visited the site since 2019, it pointed out – and nothing suggests a visit is planned.')).toMatchObject({ speaker: 'it', clause: 'No inspector has visited the site since 2019' });
    expect(read('Two of the four wards had been closed without notice, the Riverside Gazette reported Friday.')).toMatchObject({ speaker: 'the Riverside Gazette', clause: 'Two of the four wards had been closed without notice', findings: false });
    expect(read('Most of the money went on agency staff, the county paper reported on Thursday.')).toMatchObject({ speaker: 'the county paper' });
  });

  it('gives an unnamed document’s finding to the publisher of the article’s report', async () => {
    const found = await statements(
      'Board faults housing department\n\nThe Wessex Housing Board has published its review of the county’s housing department.\n\n' +
        'Repairs to damp flats were left undone for months at a time, a scathing ombudsman’s report has found.\n',
      'Board faults housing department',
    );
    expect(found).toContainEqual({ rule: 'paraphrase:said-after', text: 'Repairs to damp flats were left undone for months at a time', speaker: 'Wessex Housing Board' });
  });
});

describe('paraphrase-spans stage: a second predicate that reports a clause after one that reports none', () => {
  it('reads "and said" after a first predicate that quotes a word of its own, with a phrase before the clause’s subject', () => {
    expect(read('The panel described the waiting times as “intolerable”, and said at the time of its visit the unit had a single consultant.')).toMatchObject({
      rule: 'paraphrase:and-said', speaker: 'The panel described the waiting times as “intolerable”', clause: 'at the time of its visit the unit had a single consultant',
    });
    expect(read('The board called the delays "shameful" and said the trust had ignored two warnings.')).toMatchObject({ rule: 'paraphrase:and-said', clause: 'the trust had ignored two warnings' });
  });

  it('reads a pronoun repeating the subject after a quotation and its tag, and an emphatic "did"', () => {
    expect(read('“We got this badly wrong,” the chief executive admitted on Tuesday, but she insisted the new board would put it right.')).toMatchObject({
      rule: 'paraphrase:and-insisted', speaker: 'the chief executive admitted on Tuesday', clause: 'the new board would put it right',
    });
    expect(read('The council accepted every criticism but did note that its budget had been cut twice.')).toMatchObject({ rule: 'paraphrase:and-note-that', speaker: 'The council accepted every criticism', clause: 'its budget had been cut twice' });
  });

  it('reads none where the second verb takes an object', () => {
    expect(read('The panel described the waiting times as “intolerable”, and said sorry.')).toBeNull();
    expect(read('The minister welcomed the report and stressed the need for more funding.')).toBeNull();
  });

  it('splits a clause at a second verb with its own pronoun or an emphatic "did"', async () => {
    const found = await statements(
      'Watchdog on the Kestrel Road depot\n\nThe Transport Safety Board published its inspection of the Kestrel Road depot on Monday.\n\n' +
        'The board said the brakes on four buses had not been checked for a year, but it stressed that no passenger had been hurt.\n\n' +
        'The board found that the workshop was short of two fitters but did note that training had improved since the spring.\n',
      'Watchdog on the Kestrel Road depot',
    );
    const texts = found.filter((s) => s.rule.startsWith('paraphrase:')).map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining([
      'the brakes on four buses had not been checked for a year', 'no passenger had been hurt',
      'the workshop was short of two fitters', 'training had improved since the spring',
    ]));
  });

  it('reports the second clause’s own speaker even when the first names no one the text knows', async () => {
    const found = await statements(
      'Register in disarray\n\nA damning review has found that the register of carers is "patchy and out of date" - and the Government says it will rebuild it from scratch.\n',
      'Register in disarray',
    );
    expect(found).toContainEqual(expect.objectContaining({ text: 'it will rebuild it from scratch', rule: 'paraphrase:says' }));
  });
});

describe('paraphrase-spans stage: "how" as the complementiser', () => {
  it('reads "detailed how", "described how", "set out how", "emphasised how" before a clause with a finite verb', () => {
    expect(read('The inspectors detailed how night staff had been left alone on the ward.')).toMatchObject({ rule: 'paraphrase:detailed-how', speaker: 'The inspectors', clause: 'how night staff had been left alone on the ward' });
    expect(read('The chief inspector described how a boy had waited nine hours for a bed.')).toMatchObject({ rule: 'paraphrase:described-how', clause: 'how a boy had waited nine hours for a bed' });
    expect(read('In its final chapter, the review emphasised how important stable placements are for teenagers.')).toMatchObject({ speaker: 'the review', clause: 'how important stable placements are for teenagers' });
    expect(read('The auditor once again set out how the savings were counted twice.')).toMatchObject({ rule: 'paraphrase:set-out-how', speaker: 'The auditor' });
  });

  it('reads none before an infinitive, with no finite verb, or in the passive', () => {
    expect(read('The minister explained how to apply.')).toBeNull();
    expect(read('The leaflet describes how the new scheme works.')).toBeNull();
    expect(read('It was explained how the money had been spent.')).toBeNull();
  });

  it('splits "detailed how …" from a second clause "but did note that …"', async () => {
    const found = await statements(
      'Report on Elmbrook youth centre\n\nThe Youth Justice Inspectorate published its report on Elmbrook youth centre on Monday.\n\n' +
        'The Youth Justice Inspectorate detailed how fights had broken out almost every week but did note that the education block had improved.\n',
      'Report on Elmbrook youth centre',
    );
    expect(found.filter((s) => s.rule.startsWith('paraphrase:')).map((s) => [s.text, s.speaker])).toEqual([
      ['how fights had broken out almost every week', 'Youth Justice Inspectorate'],
      ['the education block had improved', 'Youth Justice Inspectorate'],
    ]);
  });
});

describe('paraphrase-spans stage: "with X reporting that", a fronted phrase, "highlighted that"', () => {
  it('reads the speaker after "with" before "reporting that", and no "reporting that" without it', () => {
    expect(read('The annual report was published on Monday, with the lay visitors reporting that the cells were cold and damp.')).toMatchObject({ rule: 'paraphrase:reporting', speaker: 'the lay visitors', clause: 'the cells were cold and damp' });
    expect(read('Figures came out this week, with several charities reporting that demand had doubled.')).toMatchObject({ speaker: 'several charities', clause: 'demand had doubled' });
    expect(read('The annual report was published on Monday, reporting that the cells were cold and damp.')).toBeNull();
  });

  it('cuts a fronted prepositional phrase and "also known as" from the subject of "highlighted that"', () => {
    expect(read('Through its audit, the spending watchdog highlighted that the ministry has not costed its new ships.')).toMatchObject({ rule: 'paraphrase:highlighted-that', speaker: 'the spending watchdog', clause: 'the ministry has not costed its new ships' });
    expect(read('The regulator, also known as the Rail Standards Office, highlighted that most stations had no step-free route.')).toMatchObject({ speaker: 'The regulator', clause: 'most stations had no step-free route' });
    expect(read('The review highlights the power that staff have over residents.')).toBeNull();
    // A document that "highlights that" is the writer pointing to what it covers.
    expect(read('The report highlights that over three years the trust has doubled its agency bill.')).toBeNull();
  });
});

describe('paraphrase-spans stage: a kind of body before its name, and what inspectors find', () => {
  it('cuts a description with no article that ends on the body’s kind, and leaves a role before a person whole', () => {
    expect(read('Housing charity Roofline has urged ministers to build more social homes before the winter.')).toMatchObject({ rule: 'paraphrase:urged-to', speaker: 'Roofline' });
    expect(read('Campaign group Penal Reform Network warned that the prison held two hundred more men than it was built for.')).toMatchObject({ speaker: 'Penal Reform Network' });
    expect(read('Labour MP Jo Bell said the prison should close.')).toMatchObject({ speaker: 'Labour MP Jo Bell' });
  });

  it('reads a noun phrase inspectors found as their finding in the main clause, and nobody else’s', () => {
    expect(read('Inspectors found mould in most of the showers they checked.')).toMatchObject({ rule: 'paraphrase:found', speaker: 'Inspectors', clause: 'mould in most of the showers they checked', findings: true });
    expect(read('A team of inspectors found broken locks on a third of the cell doors.')).toMatchObject({ speaker: 'A team of inspectors', clause: 'broken locks on a third of the cell doors' });
    expect(read('The firefighters found the keys under a mat by the door.')).toBeNull();
    expect(read('The depot changed its rules after inspectors found signs of damp in the cab.')).toBeNull();
  });

  it('takes no telling relayed inside what a verb of saying reports for the sentence’s form', () => {
    expect(read('Inspectors found rust on most of the rails, and said managers told them that repairs were not urgent.')).toMatchObject({ rule: 'paraphrase:found', speaker: 'Inspectors' });
    expect(read('The warden said staff told him the alarms had been switched off.')).toMatchObject({ rule: 'paraphrase:said', speaker: 'The warden' });
    expect(read('The council told parents that the school would close.')).toMatchObject({ rule: 'paraphrase:told-that', speaker: 'The council' });
  });
});
