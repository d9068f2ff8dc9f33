/**
 * Paraphrase-spans stage, issue 35 eighth round (the housing, media and transport batches): "said" before a name in
 * apposition with no "that", ", saying …" and "and called for …" as second clauses, a tag at the sentence's end
 * followed by a dash or by ", adding that …", tags with "ruled" and "confirmed", a report as the subject, a
 * participle of saying after "after", "questioned whether", a clause with a speaker of its own after "after it
 * admitted", "That's according to X" for the sentence before, a fronted participle or month before the subject, a
 * description before a name, and "warned of" with an object (no clause). Every sentence is written for this test;
 * each pattern in two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && {
    rule: m.rule,
    speaker: sentence.slice(...m.subject).trim(),
    clause: sentence.slice(...m.clause).trim().replace(/[.]$/, ''),
    more: (m.more ?? []).map((x) => ({ rule: x.rule, clause: sentence.slice(...x.clause), ...(x.subject && { speaker: sentence.slice(...x.subject) }) })),
    findings: !!m.findings,
    before: !!m.clauseIsSentenceBefore,
  };
};
const paraphrases = async (text: string, title = 'A test article') =>
  (await proposeArticle(null, { text, title })).statements.filter((s) => s.kind === 'paraphrase').map((s) => [s.rule, s.speaker.name, s.text]);

describe('paraphrase-spans stage: "said" with no "that" before a name in apposition', () => {
  it('reads the name as the clause’s subject, not as an inverted tag', () => {
    expect(read('The nurses’ union said Dana Pike, director of the county’s hospitals and a former matron, should stand down.')).toMatchObject({
      rule: 'paraphrase:said', speaker: 'The nurses’ union', clause: 'Dana Pike, director of the county’s hospitals and a former matron, should stand down',
    });
    expect(read('Campaigners say Lord Arden, the chairman of the ferry board, must answer for the delays.')).toMatchObject({ rule: 'paraphrase:say', speaker: 'Campaigners' });
  });

  it('still reads a tag after a clause as inverted', () => {
    expect(read('The harbour needs dredging before the winter storms, said Omar Haddad, the pilots’ spokesman.')).toMatchObject({ rule: 'paraphrase:says-after', speaker: 'Omar Haddad' });
    expect(read('“We were never told,” said Ruth Ames, a tenant.')).toBeNull();
  });
});

describe('paraphrase-spans stage: second clauses of the same speaker', () => {
  it('splits ", saying …" and "and called for …" from the first clause', async () => {
    expect(await paraphrases('The drivers’ union Railcrew said the timetable was unsafe, saying the crews had not been trained for the new trains.')).toEqual([
      ['paraphrase:said', 'Railcrew', 'the timetable was unsafe'],
      ['paraphrase:saying', 'Railcrew', 'the crews had not been trained for the new trains'],
    ]);
    expect(await paraphrases('Nora Vell, who chairs the Tenants Forum, said the repairs service had broken down, and called for the council to appoint an independent manager.')).toEqual([
      ['paraphrase:said', 'Nora Vell', 'the repairs service had broken down'],
      ['paraphrase:called', 'Nora Vell', 'the council to appoint an independent manager'],
    ]);
  });

  it('reads "and called for" after a verb of naming that quotes words', () => {
    expect(read('In its report, the panel described the watchdog as “a letterbox with no teeth” and called for powers to fine publishers.')).toMatchObject({
      rule: 'paraphrase:and-calls-for', clause: 'powers to fine publishers',
    });
    expect(read('The ombudsman branded the scheme “a lottery” and called for a single national standard.')).toMatchObject({ rule: 'paraphrase:and-calls-for', clause: 'a single national standard' });
  });

  it('takes no clause from "warned of" or "warning about" with an object', () => {
    expect(read('They have also warned of the dangers posed by unlicensed landlords and the lack of inspections.')).toBeNull();
    expect(read('The trust published its figures, warning about longer waits for routine operations.')).toBeNull();
    // "warned that" still reports a clause.
    expect(read('They have also warned that unlicensed landlords are letting damp flats.')).toMatchObject({ rule: 'paraphrase:warned-that' });
  });
});

describe('paraphrase-spans stage: a tag at the end of the sentence, and what follows it', () => {
  it('reads the clause before a tag that a dash follows', () => {
    expect(read('Only four in ten trains arrived on time last winter, the rail regulator revealed – the lowest share since records began.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'the rail regulator', clause: 'Only four in ten trains arrived on time last winter',
    });
    expect(read('Two of the five ferries failed their safety checks, the inspectors found - a result the operator disputes.')).toMatchObject({ speaker: 'the inspectors', clause: 'Two of the five ferries failed their safety checks' });
  });

  it('reads "…, X said, adding that <clause>" as two clauses of one speaker', () => {
    expect(read('Keeping tenants’ homes free of damp is “a basic duty”, the ombudsman said, adding that landlords must answer complaints within a month.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'the ombudsman', clause: 'Keeping tenants’ homes free of damp is “a basic duty”',
      more: [{ rule: 'paraphrase:adding-that', clause: 'landlords must answer complaints within a month' }],
    });
    expect(read('Funding for the buses will run out in March, says the Transport Users Council, adding that fares could double.')).toMatchObject({
      rule: 'paraphrase:says-after', speaker: 'the Transport Users Council', more: [{ rule: 'paraphrase:adding-that', clause: 'fares could double' }],
    });
  });

  it('reads tags with "ruled" and "confirmed"', () => {
    expect(read('As a result, the club’s own finance director should be barred from the audit committee, the tribunal has ruled.')).toMatchObject({ speaker: 'the tribunal', clause: 'As a result, the club’s own finance director should be barred from the audit committee' });
    expect(read('The pier will stay closed until the spring, the council confirmed.')).toMatchObject({ speaker: 'the council' });
    // "ruled that" reads a ruling body's clause; a ruling announced as the lede is the report itself, which
    // stages/statements.ts drops there (reported-speech-eleventh.test.ts).
    expect(read('The Care Standards Tribunal has ruled that the home must close by May.')).toMatchObject({ rule: 'paraphrase:ruled-that' });
  });
});

describe('paraphrase-spans stage: "confirmed", a fronted participle, a month, a description before a name', () => {
  it('reads "confirmed" with no "that" before a clause, not before an object', () => {
    expect(read('The regulator has confirmed the landlord will lose its top governance grade.')).toMatchObject({ rule: 'paraphrase:confirmed', speaker: 'The regulator', clause: 'the landlord will lose its top governance grade' });
    expect(read('The trust confirmed that two wards would shut over the summer.')).toMatchObject({ rule: 'paraphrase:confirmed-that' });
    expect(read('The trust confirmed the closure of the ward to staff on Friday.')).toBeNull();
  });

  it('looks past a past participle’s clause fronted before the subject', () => {
    expect(read('Already found to have breached the safety standard last year, the landlord has conceded its records were incomplete.')).toMatchObject({
      rule: 'paraphrase:conceded', speaker: 'the landlord', clause: 'its records were incomplete',
    });
    expect(read('Asked about the delays, the minister said the new trains would arrive in the autumn.')).toMatchObject({ speaker: 'the minister', clause: 'the new trains would arrive in the autumn' });
  });

  it('looks past a month that opens the sentence, with or without a comma', () => {
    expect(read('In March this year the housing group told the regulator it had paid a director’s firm without a contract.')).toMatchObject({ rule: 'paraphrase:told', speaker: 'the housing group' });
    expect(read('By October, the operator said its fleet would be back to full strength.')).toMatchObject({ speaker: 'the operator' });
  });

  it('takes the name a lower-case description introduces as the speaker', () => {
    expect(read('The housing charity Roofline said the figures showed a system at breaking point.')).toMatchObject({ speaker: 'Roofline' });
    expect(read('The former chief inspector Ann Cole said the rules had been ignored for years.')).toMatchObject({ speaker: 'Ann Cole' });
    expect(read('The Society of Rail Users said fares had risen too fast.')).toMatchObject({ speaker: 'The Society of Rail Users' });
    // A description that takes the name as its complement is the speaker itself.
    expect(read('The acting head of Riverside College said the visit came too early.')).toMatchObject({ speaker: 'The acting head of Riverside College' });
  });
});

describe('paraphrase-spans stage: a report as the subject, and participles after "after"', () => {
  it('marks a report that names no author as the report’s finding (its publisher speaks)', () => {
    expect(read('A final report into the bridge collapse has found that the inspections had been skipped for six years.')).toMatchObject({ rule: 'paraphrase:found-that', speaker: 'A final report into the bridge collapse', findings: true });
    expect(read('A new review is calling for landlords to register every rented home.')).toMatchObject({ rule: 'paraphrase:calls-for', speaker: 'A new review', findings: true });
    expect(read('The union is calling for landlords to register every rented home.')).toMatchObject({ findings: false });
  });

  it('reads a participle of saying after "after" as the sentence subject’s', () => {
    expect(read('The opposition has made rail safety a priority after accusing ministers of starving the network of funds.')).toMatchObject({
      rule: 'paraphrase:after-accusing', speaker: 'The opposition has made rail safety a priority', clause: 'ministers of starving the network of funds',
    });
    expect(read('The drivers walked out after claiming that the new signals were unsafe.')).toMatchObject({ rule: 'paraphrase:after-claiming', clause: 'the new signals were unsafe' });
    // "accusing" needs its fault ("of …"); a warning needs a clause.
    expect(read('The councillor resigned after accusing the leader in a heated meeting.')).toBeNull();
    expect(read('The chief left after warning of further cuts to the service.')).toBeNull();
  });
});

describe('paraphrase-spans stage: doubts, and a clause with its own speaker', () => {
  it('reads "questioned whether" and "doubts whether"', () => {
    expect(read('The editors’ society has questioned whether the new press watchdog can survive the year.')).toMatchObject({
      rule: 'paraphrase:questioned-whether', speaker: 'The editors’ society', clause: 'the new press watchdog can survive the year',
    });
    expect(read('The tenants’ federation doubts whether the landlord will meet the deadline.')).toMatchObject({ rule: 'paraphrase:doubts-whether' });
    expect(read('The minister was questioned whether the plan was funded.')).toBeNull();
  });

  it('gives a clause after "after it admitted" or "because the board conceded that" to its own speaker', () => {
    expect(read('The editors’ society has questioned whether the watchdog can continue after it admitted two of its directors had broken its code.')).toMatchObject({
      clause: 'the watchdog can continue',
      more: [{ rule: 'paraphrase:admitted', speaker: 'it', clause: 'two of its directors had broken its code' }],
    });
    expect(read('Parents said the school should close because the trust had conceded that its buildings were unsafe.')).toMatchObject({
      clause: 'the school should close',
      more: [{ rule: 'paraphrase:conceded-that', speaker: 'the trust', clause: 'its buildings were unsafe' }],
    });
    // A clause of time with no verb of saying stays in the clause.
    expect(read('Parents said the school should close after the roof had fallen in.')).toMatchObject({ clause: 'the school should close after the roof had fallen in', more: [] });
  });
});

describe('paraphrase-spans stage: a sentence that attributes the sentence before', () => {
  it('reads "That’s according to X" and "This is the verdict of X"', () => {
    expect(read('That’s according to the Housing Standards Office, which has published its annual review.')).toMatchObject({ rule: 'paraphrase:according-to-before', speaker: 'the Housing Standards Office', before: true });
    expect(read('This is the verdict of the Rail Safety Board.')).toMatchObject({ speaker: 'the Rail Safety Board', before: true });
    expect(read('That is according to plan, the manager said.')).toMatchObject({ rule: 'paraphrase:said-after' });
  });

  it('proposes the sentence before as the paraphrase', async () => {
    const text = 'Landlords must fix damp within a fortnight or face enforcement, because too many families have waited months.\n\nThat’s according to the Housing Standards Office, which has published its annual review.';
    expect(await paraphrases(text)).toEqual([['paraphrase:according-to-before', 'Housing Standards Office', 'Landlords must fix damp within a fortnight or face enforcement, because too many families have waited months']]);
    const inParagraph = 'Bus services in the valleys will halve by the summer. So says the Valley Transport Trust, in a warning to the county.';
    expect((await paraphrases(inParagraph)).map(([rule, speaker]) => [rule, speaker])).toEqual([['paraphrase:according-to-before', 'Valley Transport Trust']]);
  });
});
