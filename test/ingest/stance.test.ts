/**
 * The stance rules (src/ingest/stance.ts) on made-up sentences, none taken
 * from the seed articles: negation and its scope, contrast and concession,
 * intensifiers, "too", evaluative vs situational words, a publisher's own
 * report, factive verbs, demands, partial endorsement and mentioned words.
 */
import { describe, expect, it } from 'vitest';
import { classify, scoreStance, stanceToward } from '../../src/ingest/stance.js';
import { toward } from '../support/stance-toward.js';

describe('a report as the subject of a factive verb', () => {
  it('"the report lays bare", "as the inspectorate has identified" endorse it', () => {
    expect(toward('This report lays bare the state the service is in.', 'This report').stance).toBe('supportive');
    expect(toward('As the inspectorate has identified, special measures offer no guarantee.', 'the inspectorate').stance).toBe('supportive');
  });
});

describe('names and judgements', () => {
  it('a capitalised word inside a name is not a judgement: "Universal Credit", "Progress Report"', () => {
    expect(scoreStance('The rollout of Universal Credit was announced with the Progress Report.').positive).toBe(0);
    expect(scoreStance('Credit where it is due: the rollout was handled well.').positive).toBeGreaterThan(0);
  });
  it('calling for abolition or laying blame faults the target', () => {
    expect(scoreStance('Our position is that the inspectorate should be abolished.').stance).toBe('critical');
    expect(scoreStance('The inspectorate must bear some responsibility for this.').stance).toBe('critical');
  });
});

describe('negation', () => {
  it('a nominal negator negates its noun phrase, not the predicate after it: "a lack of support is a failure"', () => {
    expect(scoreStance('A lack of support for pupils is a direct failure by the ministry.').stance).toBe('critical');
    expect(scoreStance('They have done nothing while there is now a severe shortage of nurses.').negative).toBeGreaterThan(0);
    expect(scoreStance('There is no doubt the new rota works and is effective.').negative).toBe(0);
  });
  it('flips a positive word: "not credible" faults', () => {
    expect(scoreStance('These waiting-time figures are simply not credible.').stance).toBe('critical');
  });
  it('negating a negative affirms, and ends the scope: "no doubt it works"', () => {
    const r = scoreStance('There is no doubt the new rota works and is effective.');
    expect(r.stance).toBe('supportive');
    expect(r.negative).toBe(0);
  });
  it('carries into a complement clause up to a boundary', () => {
    expect(scoreStance('The union is not convinced that the targets are fair or useful.').stance).toBe('critical');
  });
  it('does not carry over "and" into a new predicate', () => {
    expect(scoreStance('We credit the board for not hiding the figures and acknowledging the shortfall.').stance).toBe('supportive');
  });
  it('stops at punctuation', () => {
    const r = scoreStance('We did not expect it, but the guide is excellent.');
    expect(r.stance).toBe('supportive');
  });
  it('"less than" and "fail to" negate', () => {
    expect(scoreStance('The survey was less than thorough.').stance).toBe('critical');
    expect(scoreStance('The audit fails to recognise the effort of nurses.').stance).toBe('critical');
  });
});

describe('contrast and concession', () => {
  it('welcomes one thing but is concerned about another: mixed', () => {
    expect(scoreStance('The association welcomes the extra funding but is concerned that the timetable leaves libraries short of staff.').stance).toBe('mixed');
  });
  it('a conceded clause weighs little: the main clause carries the stance', () => {
    expect(scoreStance('Although the survey is thorough and useful, its central conclusion is misleading.').stance).toBe('critical');
    expect(scoreStance('Whilst we have some concerns, the plan is a sensible one.').stance).toBe('supportive');
  });
  it('"not yet" is not the conjunction "yet"', () => {
    expect(scoreStance('The new bus timetable is not yet reliable.').stance).toBe('critical');
  });
});

describe('intensifiers and "too"', () => {
  it('intensifiers weigh more, downtoners less', () => {
    const plain = scoreStance('The proposal is flawed.').negative;
    expect(scoreStance('The proposal is deeply flawed.').negative).toBeGreaterThan(plain);
    expect(scoreStance('The proposal is slightly flawed.').negative).toBeLessThan(plain);
  });
  it('an intensified pole outweighs a plain one', () => {
    expect(classify(1.5, 0.4).stance).toBe('supportive');
    expect(classify(1, 1).stance).toBe('mixed');
    expect(classify(0, 0).stance).toBe('neutral');
  });
  it('"too" + a judgement word faults, whatever the word', () => {
    expect(toward('The regulator says the inquiry is too cautious and too generous to the operators.', 'the inquiry').stance).toBe('critical');
  });
});

describe('evaluative vs situational words', () => {
  it('bad news about the world is not a judgement of the report', () => {
    const r = toward('Far too many tenants wait too long for repairs, and damp remains a serious problem in older flats.', null);
    expect(r.stance).toBe('neutral');
  });
  it('but a judgement of the report counts', () => {
    expect(toward('The council said the housing review is too negative about older estates.', 'the housing review').stance).toBe('critical');
  });
  it('a situational noun attached to the target is a judgement of it', () => {
    expect(toward('Librarians say there are serious problems with the new lending scheme.', 'the new lending scheme').stance).toBe('critical');
  });
});

describe('the speaker and the target', () => {
  const findings = 'Our annual survey describes rising risks, staff shortages and a crisis in rural bus services.';
  it('a publisher describing its own report’s bad findings is not critical of it', () => {
    expect(toward(findings, 'Our annual survey', { ownPublication: true }).stance).toBe('neutral');
  });
  it('a factive verb with the target as subject endorses it, bad news or not', () => {
    expect(toward('The audit rightly shows that waiting lists for hip operations are growing.', 'The audit').stance).toBe('supportive');
    expect(toward('This study makes clear the strain that carers are under.', 'This study').stance).toBe('supportive');
  });
  it('a distancing verb faults it', () => {
    expect(toward('The pamphlet claims that the bridge is safe.', 'The pamphlet').stance).toBe('critical');
  });
  it('a demand for improvement faults, a call to continue endorses', () => {
    expect(toward('Teachers argue the curriculum must be better aligned with classroom practice.', 'the curriculum').stance).toBe('critical');
    expect(toward('Parents say the library should continue to open on Sundays.', 'the library').stance).toBe('supportive');
  });
});

describe('partial endorsement and mentioned words', () => {
  it('welcoming some of something is mixed', () => {
    expect(scoreStance('We welcome some of the recommendations in the white paper.').stance).toBe('mixed');
  });
  it('grades in quotation marks are labels, not judgements, inside a quote or in reported speech', () => {
    expect(scoreStance('Twelve of the bakeries were graded ‘good’ and three ‘poor’ this spring.', { mentionQuotes: true }).stance).toBe('neutral');
    expect(scoreStance('Twelve of the bakeries were graded ‘good’ this spring.', { mentionQuotes: false }).stance).toBe('neutral');
  });
  it('other short quoted words are the speaker’s own in reported speech, mentions inside a quote', () => {
    expect(scoreStance('The inspectors found the staff ‘helpful’ this spring.', { mentionQuotes: false }).stance).toBe('supportive');
    expect(scoreStance('The inspectors found the staff ‘helpful’ this spring.', { mentionQuotes: true }).stance).toBe('neutral');
  });
});

describe('stance toward a target, not the sentence (issue 35)', () => {
  it('a reporting verb introduces the target’s content: its bad news is not a judgement of it', () => {
    expect(toward('This report highlights some shocking figures about delayed discharges.', 'This report', { ownPublication: true }).stance).toBe('neutral');
    expect(toward('Today’s survey from the agency finds good care in most homes, but unacceptable gaps in others.', 'Today’s survey', { ownPublication: true }).stance).toBe('neutral');
    // "As X has identified" adopts what it says.
    expect(toward('As the inspectorate has identified, placing a prison in special measures is no cure.', 'the inspectorate').stance).toBe('supportive');
  });
  it('a demand made of the target faults it; a demand on someone else does not', () => {
    expect(toward('The council must roll up its sleeves and deliver the benefits of the scheme.', 'The council').stance).toBe('critical');
    expect(toward('The committee should have provided advice on what the country needs to do.', 'The committee').stance).toBe('critical');
    expect(toward('If the minister is serious about libraries, he will fund them.', 'the minister').stance).toBe('critical');
    expect(toward('We must all read the minister’s letter.', 'the minister').stance).toBe('neutral');
  });
  it('a judgement outweighs the state it judges: "progress … grinding to a standstill" faults', () => {
    expect(toward('The council’s progress on housing is grinding to a standstill.', 'The council').stance).toBe('critical');
  });
  it('words that only look evaluative in a name or an idiom do not count', () => {
    expect(scoreStance('The roll-out of universal credit to continue at a faster rate was discussed.').stance).toBe('neutral');
    expect(scoreStance('The scheme was botched, with a great human cost.').stance).toBe('critical');
    expect(scoreStance('The sooner the board changes course, the better.').positive).toBe(0);
  });
  it('a cue that starts with a negator is a cue: "not enough"; "can’t keep coasting" still faults the coasting', () => {
    expect(scoreStance('Having a target is not enough.').stance).toBe('critical');
    expect(scoreStance('The board can’t keep coasting on last year’s gains.').stance).toBe('critical');
  });
  it('an attitude in the passive, or a critic quoted, is not the speaker’s judgement', () => {
    expect(scoreStance('The text had been fully agreed with officials days earlier.').stance).toBe('neutral');
    expect(scoreStance('Some have called the review a whitewash.').stance).toBe('neutral');
    expect(scoreStance('Some have called the review a whitewash. We disagree: it is careful and fair.').stance).toBe('supportive');
  });
  it('a hedge keeps the pole and weakens it; a clause referring back after "but" judges the target', () => {
    const hedged = scoreStance('The review is perhaps too cautious.');
    expect(hedged.stance).toBe('critical');
    expect(hedged.negative).toBeLessThan(scoreStance('The review is too cautious.').negative);
    expect(toward('We welcome the assessment, but it fails to say who will pay.', 'the assessment').stance).toBe('mixed');
    expect(scoreStance('The plan gets the numbers right and the causes wrong.').stance).toBe('mixed');
  });
  it('a speaker’s own publication is neutral, whatever it found', () => {
    expect(toward('Our count shows a worrying rise in rough sleeping.', 'Our count', { publishedBySpeaker: true })).toMatchObject({ stance: 'neutral', cues: ['own publication: its findings are not a judgement of it'] });
  });
});

describe('a quality demanded of the target', () => {
  it('"should be the calm, measured voice" demands what it lacks: critical, not praise', () => {
    expect(toward('Ofsted should be the calm, measured voice that helps services work better.', 'Ofsted').stance).toBe('critical');
    expect(toward('The library should continue to open on Sundays.', 'The library').stance).toBe('supportive');
  });
});

describe('the target pressed to act', () => {
  it('"pushing the Government to introduce", "we urge ministers to", "calls on the council to" fault it', () => {
    expect(toward('The watchdog would be pushing the Government to introduce tougher standards.', 'the Government').stance).toBe('critical');
    expect(toward('We urge ministers to act now.', 'ministers').stance).toBe('critical');
    expect(toward('The union calls on the council to reopen the library.', 'the council').stance).toBe('critical');
    expect(toward('We will work with the council to reopen the library.', 'the council').stance).toBe('neutral');
  });
});

describe('issue 35, second round: judgements in constructions, not in single words', () => {
  it('"has done what others would not" credits the subject; the negation is the others\'', () => {
    expect(toward('The ombudsman has done what the ministry would not: it has published the waiting times.', 'The ombudsman').stance).toBe('supportive');
    expect(toward('The ombudsman has published the waiting times.', 'The ombudsman').stance).toBe('neutral');
  });
  it('"whatever the audit says", "despite what the study claims" set the target aside', () => {
    expect(toward('We answer every complaint within a day, whatever the audit says.', 'the audit', { ownPublication: true })).toMatchObject({ stance: 'critical', cues: expect.arrayContaining(['whatever target says(-)']) });
    expect(toward('Despite what the study claims, our ferries run on time.', 'the study', { ownPublication: true }).stance).toBe('critical');
    // A reporting verb alone stays content, not a judgement.
    expect(toward('The audit says complaints wait a week.', 'The audit', { ownPublication: true }).stance).toBe('neutral');
  });
  it('idioms of judgement: "dressed up as", "no teeth", "with care", "the end of the argument"', () => {
    expect(scoreStance('It is a list of closures dressed up as a strategy.').stance).toBe('critical');
    expect(toward('The tribunal has recorded the cases with care, but it has no teeth.', 'The tribunal').stance).toBe('mixed');
    // "should be" + the end of the argument: it settles the matter, not a quality it lacks.
    expect(toward('This audit should be the end of the argument about the ferries.', 'This audit', { ownPublication: true }).stance).toBe('supportive');
  });
  it('terms that hold a judging word name a thing: "best practice", "value for money"; "skewed", "inappropriate" judge', () => {
    expect(scoreStance('Ferry operators should share best practice and offer value for money.').stance).toBe('neutral');
    expect(scoreStance('The survey’s method was skewed and inappropriate for rural routes.').stance).toBe('critical');
  });
  it('"support for X" names a service, not an endorsement; "our full support for" endorses', () => {
    expect(scoreStance('Support for young carers is seriously inadequate.').stance).toBe('critical');
    expect(scoreStance('The plan has our full support for the coming year.').stance).toBe('supportive');
  });
  it('"it is shocking that the audit found …": the feeling is about the finding, which the speaker takes as fact', () => {
    expect(toward('It is shocking that the audit found ferries cancelled every week.', 'the audit', { ownPublication: true })).toMatchObject({ stance: 'supportive', cues: expect.arrayContaining(['it is … that target found: its finding taken as fact(+)']) });
    // Without the extraposed frame, the same word about the audit judges it.
    expect(toward('The audit is shocking in its carelessness.', 'The audit').stance).toBe('critical');
  });
  it('"nobody reading this report can say …" makes what the report shows undeniable', () => {
    expect(toward('No one reading this survey can claim the ferries are reliable.', 'this survey', { ownPublication: true }).stance).toBe('supportive');
    expect(toward('Nobody has read this survey yet.', 'this survey', { ownPublication: true }).stance).toBe('neutral');
  });
  it('a description predicated of the target faults it by what it lacks, and its situational words count', () => {
    const frame = 'Unions called the audit “a map with no roads”.';
    const at = frame.indexOf('the audit');
    expect(stanceToward(frame, [at, at + 9], { ownPublication: true, described: true, mentionQuotes: false })).toMatchObject({ stance: 'critical', cues: expect.arrayContaining(['lacks roads(-)']) });
    expect(stanceToward(frame, [at, at + 9], { ownPublication: true }).stance).toBe('neutral');
    const failure = 'Unions called the audit “a catalogue of failure”.';
    expect(stanceToward(failure, [at, at + 9], { ownPublication: true, described: true, mentionQuotes: false }).stance).toBe('critical');
  });
});
