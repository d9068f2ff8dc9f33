/**
 * Paraphrase-spans stage: the forms of reported speech a sentence takes (stages/reported-speech.ts,
 * matchReportedSpeech), each with where its speaker phrase and its reported clause are.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findReportedLists, matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim() };
};

describe('paraphrase-spans stage: reported speech', () => {
  it('reads "X said that …", "X warned …" and "According to X, …"', () => {
    expect(read('Harte said that the commission had ignored evening services entirely.')).toMatchObject({ rule: 'paraphrase:said-that', speaker: 'Harte' });
    expect(read('Councillor Fatima Begum warned the county would lose half its routes by 2026.')).toMatchObject({ rule: 'paraphrase:warned', clause: 'the county would lose half its routes by 2026.' });
    expect(read('According to the Passenger Transport Federation, fares outside cities have risen twice as fast.')).toEqual({
      rule: 'paraphrase:according-to', speaker: 'the Passenger Transport Federation', clause: 'fares outside cities have risen twice as fast',
    });
    expect(read('Violence in adult jails rose for a third year, according to the Prison Standards Board.')).toEqual({
      rule: 'paraphrase:according-to', speaker: 'the Prison Standards Board', clause: 'Violence in adult jails rose for a third year',
    });
  });

  it('reads "X calls for …" and "X criticised Y for …"', () => {
    expect(read('The federation calls for a national fare cap on rural routes.')).toEqual({ rule: 'paraphrase:calls-for', speaker: 'The federation', clause: 'a national fare cap on rural routes' });
    expect(read('The committee has called on ministers to publish a plan by June.')).toMatchObject({ rule: 'paraphrase:calls-for', clause: 'on ministers to publish a plan by June' });
    expect(read('Begum criticised the commission for consulting only the bus operators.')).toEqual({
      rule: 'paraphrase:criticised-for', speaker: 'Begum', clause: 'the commission for consulting only the bus operators',
    });
  });

  it('takes a noun for a noun: "the calls for change", "slammed as ‘…’", a speaker named after the verb', () => {
    expect(read('For the Federation chairman, the calls for change are pushing against an open door.')).toBeNull();
    expect(read('Watchdog methods criticised as ‘part of the problem, not part of the solution’')).toBeNull();
    expect(read('“The review is late,” says Friends of the Earth.')).toBeNull();
    // A verb of saying in the passive names no speaker.
    expect(read('It has been said to me that inspections feel like an exam.')).toBeNull();
    expect(read('It is claimed that the figures were rounded up.')).toBeNull();
  });
});

describe('paraphrase-spans stage: through the extractor', () => {
  const statements = async (text: string) =>
    (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.rule, s.speaker.name, s.text]);

  it('reports both clauses of "finds that …, but warns that …"', async () => {
    expect(await statements('The Climate Standards Board published its progress report on Monday.\n\nThe report finds that the country has made steady progress, but warns that decisions made in the next five years will decide the outcome.')).toEqual([
      ['paraphrase:finds-that', 'Climate Standards Board', 'the country has made steady progress'],
      ['paraphrase:warns-that', 'Climate Standards Board', 'decisions made in the next five years will decide the outcome'],
    ]);
  });

  it('keeps quoted words inside a clause whose speaker comes after it', async () => {
    expect(await statements('Sir Amyas Morse, the auditor general, wrote to the minister.\n\nThe report had been "fully agreed" by senior officials within the department, he noted.')).toEqual([
      ['paraphrase:said-after', 'Sir Amyas Morse', 'The report had been "fully agreed" by senior officials within the department'],
    ]);
  });

  it('refers a description with modifiers back, and takes the body a new study is by', async () => {
    expect(await statements('The National Audit Office (NAO) said the scheme cost more to run than the six benefits it replaced.\n\nThe spending watchdog said it was uncertain if the scheme would ever deliver value for money.')).toEqual([
      ['paraphrase:said', 'National Audit Office', 'the scheme cost more to run than the six benefits it replaced'],
      ['paraphrase:said', 'National Audit Office', 'it was uncertain if the scheme would ever deliver value for money'],
    ]);
    expect((await statements('A new study by the Children’s Policy Unit, published today, says that in 2018 most councils in its sample had improved.')).map(([, speaker]) => speaker)).toEqual(['Children’s Policy Unit']);
  });
});

describe('paraphrase-spans stage: telling someone that', () => {
  it('reads "X told MPs that …" with the addressee left out of the clause', () => {
    expect(read('Meanwhile the minister, Nick Gibbons, told MPs that the government had listened carefully.')).toEqual({
      rule: 'paraphrase:told-that', speaker: 'Meanwhile the minister, Nick Gibbons,', clause: 'the government had listened carefully',
    });
  });
});

describe('paraphrase-spans stage: the seeds’ conventions (issue 35, second round)', () => {
  const statements = async (text: string) =>
    (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.rule, s.speaker.name, s.text]);

  it('reads a finding whose verb comes after it, with when it was said', () => {
    expect(read('Most fostering services are short of carers, a new inspectorate report revealed on Tuesday.')).toEqual({
      rule: 'paraphrase:said-after', speaker: 'a new inspectorate report', clause: 'Most fostering services are short of carers',
    });
    expect(read('Waiting lists for adoption have doubled, the regulator found.')).toMatchObject({ rule: 'paraphrase:said-after', speaker: 'the regulator' });
  });

  it('reads a view held without a verb of saying', () => {
    expect(read('The regulator was particularly concerned that children were moved without warning.')).toEqual({
      rule: 'paraphrase:view', speaker: 'The regulator', clause: 'children were moved without warning',
    });
    expect(read('Okafor recognised the strain on carers after two hard winters.')).toMatchObject({ rule: 'paraphrase:view', clause: 'the strain on carers after two hard winters' });
    expect(read('She also referred to the shortage of places for teenagers.')).toMatchObject({ rule: 'paraphrase:view', speaker: 'She', clause: 'the shortage of places for teenagers' });
    expect(read('The study has raised serious concerns about the use of agency staff.')).toMatchObject({ rule: 'paraphrase:view', clause: 'the use of agency staff' });
    // A noun, not a view: "the concerns", "growing concerns".
    expect(read('The growing concerns about agency staff were not new.')).toBeNull();
  });

  it('takes the reported clause before a quote’s colon, but not a speaker line', async () => {
    expect(await statements('Priya Lal, the chief inspector, said staff turnover was the main cause: “Children meet a new social worker every few months.”')).toEqual([
      ['paraphrase:said', 'Priya Lal', 'staff turnover was the main cause'],
      ['quote:said-before', 'Priya Lal', 'Children meet a new social worker every few months.'],
    ]);
    expect((await statements('Addressing the committee on Monday, Priya Lal said: “Children meet a new social worker every few months.”')).map(([rule]) => rule)).toEqual(['quote:said-before']);
  });

  it('reads each item of a list under a speaker’s line or a line of findings', async () => {
    const found = await statements(
      'The Family Placement Authority published its review today. In the last year it says:\n\n  • the number of children waiting rose by 9% to 4,200\n  • the number of carers fell by 3% to 38,900\n\nThe main findings were:\n\n  1. Carers who receive supervision stay longer.\n  2. Too many placements end without a plan.\n\nThe shopping list was:\n\n  • bread and milk for the week\n  • eggs and flour for the cake',
    );
    expect(found).toEqual([
      ['paraphrase:list-item', 'Family Placement Authority', 'the number of children waiting rose by 9% to 4,200'],
      ['paraphrase:list-item', 'Family Placement Authority', 'the number of carers fell by 3% to 38,900'],
      ['paraphrase:list-item', 'Family Placement Authority', 'Carers who receive supervision stay longer.'],
      ['paraphrase:list-item', 'Family Placement Authority', 'Too many placements end without a plan.'],
    ]);
  });

  it('keeps a quote no one is given inside its list item, and leaves an item that hands its quote to a speaker of its own', async () => {
    const found = await statements(
      'The Family Placement Authority published its review today. Its findings were:\n\n  1. Nine in ten carers are over fifty and leaders must act like “champions for every child in their care”.\n  2. Carers are leaving the service, and Ann Cole, who chairs the carers’ panel, said: “We are losing the people who know the children best.”',
    );
    expect(found.map(([rule, speaker, text]) => [rule, speaker, text])).toEqual([
      ['paraphrase:list-item', 'Family Placement Authority', 'Nine in ten carers are over fifty and leaders must act like “champions for every child in their care”.'],
      ['quote:said-before', 'Ann Cole', 'We are losing the people who know the children best.'],
    ]);
  });

  it('finds the list items and their introducing line', () => {
    const text = 'Intro.\nIts key findings include:\n\n - first finding of the review\n - second finding of the review\nAfter the list.';
    const [list] = findReportedLists(text);
    expect(text.slice(...list!.intro)).toBe('Its key findings include');
    expect(list!.items.map((i) => text.slice(...i))).toEqual(['first finding of the review', 'second finding of the review']);
    // One item is not a list, and a line with no verb of saying or findings introduces none.
    expect(findReportedLists('It says:\n\n - only one item here')).toEqual([]);
    expect(findReportedLists('Ingredients:\n\n - two eggs\n - some flour')).toEqual([]);
  });
});

describe('paraphrase-spans stage: forms from the care, economy, environment and regulators batches (issue 35, third round)', () => {
  const statements = async (text: string) =>
    (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.rule, s.speaker.name, s.text]);

  it('takes the subject before auxiliaries, adverbs, a dashed or bracketed aside and a participial clause', () => {
    expect(read('The Harbour Trust has also said new drills are now in place on every crossing.')).toMatchObject({ speaker: 'The Harbour Trust', clause: 'new drills are now in place on every crossing.' });
    expect(read('The review previously said the board ignored three warnings about the old ferries.')).toMatchObject({ speaker: 'The review', clause: 'the board ignored three warnings about the old ferries.' });
    expect(read('The Tidewater Authority – which has not named the firms – said it has found faults in three lifeboats.')).toMatchObject({ speaker: 'The Tidewater Authority', clause: 'it has found faults in three lifeboats.' });
    expect(read('The Tidewater Authority (the harbour regulator) said it has found faults in three lifeboats.')).toMatchObject({ speaker: 'The Tidewater Authority' });
    expect(read('The audit, based on visits to twelve ports last spring, commended the harbour board for quick repairs and honest reporting.')).toMatchObject({
      rule: 'paraphrase:commended-for', speaker: 'The audit', clause: 'the harbour board for quick repairs and honest reporting',
    });
    expect(read('Inspectors praised the ferry company for its clear safety briefings on every route.')).toMatchObject({ rule: 'paraphrase:commended-for', speaker: 'Inspectors' });
  });

  it('takes the subject of the subordinate clause the verb is in ("after it found …")', () => {
    expect(read('The Harbour Trust was faulted in the review after it found the operator had skipped safety drills.')).toMatchObject({ speaker: 'it', clause: 'the operator had skipped safety drills.' });
    expect(read('The ferry firm changed its rota when the inspectors found crews were working double shifts.')).toMatchObject({ speaker: 'the inspectors', clause: 'crews were working double shifts.' });
    // "found" with no clause after it reports nothing.
    expect(read('The ferry firm changed its rota after the inspectors found evidence of tired crews.')).toBeNull();
    expect(read('Over the winter the regulator found two operators to be in breach while they were under review.')).toBeNull();
    // "with" inside a subject is part of it.
    expect(read('The ferry operator with the worst record said it would replace two vessels.')).toMatchObject({ speaker: 'The ferry operator with the worst record' });
  });

  it('reads "announced (this morning) that", "recommended (that)", "…, noting that" and "with X revealing (earlier this week) that"', () => {
    expect(read('The Tidewater Authority announced this morning that it has suspended two operators over missing logs.')).toMatchObject({ rule: 'paraphrase:announced-that', speaker: 'The Tidewater Authority', clause: 'it has suspended two operators over missing logs.' });
    expect(read('The board said on Tuesday that two operators had lost their licences.')).toMatchObject({ rule: 'paraphrase:said-that', clause: 'two operators had lost their licences.' });
    expect(read('It recommended the board appoint independent auditors before the summer.')).toMatchObject({ rule: 'paraphrase:recommended', speaker: 'It', clause: 'the board appoint independent auditors before the summer' });
    expect(read('The panel recommends that every ferry carries a second lifeboat.')).toMatchObject({ rule: 'paraphrase:recommends', clause: 'every ferry carries a second lifeboat' });
    expect(read('Mr Penrose was upbeat about the review, noting that it gave credit to the crews for their work.')).toMatchObject({ rule: 'paraphrase:noting', clause: 'it gave credit to the crews for their work' });
    expect(read('Delays rose again last year, with the Tidewater Authority revealing earlier this week that two firms missed every target.')).toMatchObject({ rule: 'paraphrase:revealing', speaker: 'the Tidewater Authority', clause: 'two firms missed every target' });
  });

  it('reports the main clause after a subordinate one: "said, while …, <clause>" and "Whilst …, according to X, <clause>"', () => {
    expect(read('The board said, while newer ferries have improved their record, half of the older vessels fail the standard.')).toMatchObject({ speaker: 'The board', clause: 'half of the older vessels fail the standard.' });
    expect(read('The union said, although fares have been frozen, most islanders now pay more to travel.')).toMatchObject({ clause: 'most islanders now pay more to travel.' });
    expect(read('Whilst crossings became quicker last year, according to the Tidewater Authority, no operator met every safety target.')).toEqual({ rule: 'paraphrase:according-to', speaker: 'the Tidewater Authority', clause: 'no operator met every safety target' });
    expect(read('Although fares were frozen, according to the Island Travel Forum, most islanders now pay more to travel.')).toMatchObject({ speaker: 'the Island Travel Forum', clause: 'most islanders now pay more to travel' });
  });

  it('reads the clause before an inverted ", says X" at the end of the sentence, but not a quote', () => {
    expect(read('Fare rises this winter will hit island families on low pay hardest of all, says the Ferry Users Group.')).toEqual({ rule: 'paraphrase:says-after', speaker: 'the Ferry Users Group', clause: 'Fare rises this winter will hit island families on low pay hardest of all' });
    expect(read('The review published today shows how far the older ferries have fallen behind, warns the union.')).toMatchObject({ rule: 'paraphrase:says-after', speaker: 'the union' });
    expect(read('“The review is late,” says the Ferry Users Group.')).toBeNull();
  });

  it('leaves a verdict with no reported clause ("X welcomed / rejected the report"): the seeds never code one, our corpus writes them as no statement', () => {
    expect(read('The Ferry Users Group welcomed the review, which was the first in a decade.')).toBeNull();
    expect(read('Island councillors have rejected the report on Tuesday.')).toBeNull();
  });

  it('splits "said she … after previously saying …" into two clauses', async () => {
    expect(await statements('Jane Orr said she felt let down by the board after previously saying her warnings were brushed aside by officials.')).toEqual([
      ['paraphrase:said', 'Jane Orr', 'she felt let down by the board'],
      ['paraphrase:saying', 'Jane Orr', 'her warnings were brushed aside by officials'],
    ]);
    expect(await statements('Tom Reid said the ferries were unsafe after earlier warning that crews were too few.')).toEqual([
      ['paraphrase:said', 'Tom Reid', 'the ferries were unsafe'],
      ['paraphrase:warning-that', 'Tom Reid', 'crews were too few'],
    ]);
  });

  it('leaves out a headline or standfirst that repeats a body quote', async () => {
    const text = 'Ferries unsafe in winter\n\nThe Ferry Users Group says many ferries “not safe enough to sail in winter” after review\n\nMr Penrose, who chairs the Ferry Users Group, said: “The message is plain: many of these ferries are not safe enough to sail in winter.”';
    const d = await proposeArticle(null, { text, title: 'Ferries unsafe in winter' });
    expect(d.statements.map((s) => s.rule)).toEqual(['quote:said-before']);
    // A headline that quotes words the body does not is a statement.
    const other = 'The Ferry Users Group says ferries “a danger to every passenger” in winter\n\nMr Penrose, who chairs the Ferry Users Group, said: “The message is plain: many of these ferries are not safe enough to sail in winter.”';
    expect((await proposeArticle(null, { text: other, title: 'Ferries unsafe' })).statements.map((s) => s.rule)).toContain('paraphrase:says');
  });
});

describe('paraphrase-spans stage: fourth round (speakers after long clauses, fronted clauses, more verbs)', () => {
  const statements = async (text: string) =>
    (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.rule, s.speaker.name, s.text]);

  it('reads a speaker after a clause: in the perfect, after quoted terms, and "said in a statement …"', () => {
    expect(read('Both of the city’s museums have been rated “outstanding” for school visits, the heritage regulator has said.')).toEqual({
      rule: 'paraphrase:said-after', speaker: 'the heritage regulator', clause: 'Both of the city’s museums have been rated “outstanding” for school visits',
    });
    expect(read('Even with fewer staff, six museums were rated “good” and only one was rated “poor”, the board said.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'the board', clause: 'Even with fewer staff, six museums were rated “good” and only one was rated “poor”',
    });
    // "found" inside the clause has no clause of its own; the verb after it reports the whole clause.
    expect(read('Auditors found a sharp rise in unpaid invoices and late payments, finance chief Omar Patel said in a statement published with the accounts.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'finance chief Omar Patel', clause: 'Auditors found a sharp rise in unpaid invoices and late payments',
    });
    expect(read('Waiting times fell in every ward, the trust said in its annual letter to patients.')).toMatchObject({ speaker: 'the trust' });
    // The end of a quote that began in the sentence before is a quote, not a clause ("…,” he said).
    expect(read('And the waits are getting longer,” the chair said.')).toBeNull();
  });

  it('takes the subject after a fronted clause or time, and reports a fronted participle of saying as its own clause', () => {
    const fronted = matchReportedSpeech('However, whilst acknowledging that fares have fallen on most routes, the Bus Users Council say there is “a lot left to fix”.')!;
    const s = 'However, whilst acknowledging that fares have fallen on most routes, the Bus Users Council say there is “a lot left to fix”.';
    expect(s.slice(...fronted.subject)).toBe('the Bus Users Council');
    expect(s.slice(...fronted.fronted!)).toBe('fares have fallen on most routes');
    expect(s.slice(...fronted.clause)).toBe('there is “a lot left to fix”.');
    const accepting = 'Conceding that the timetable is clearer, the Rail Passengers Panel said trains were still late.';
    const m = matchReportedSpeech(accepting)!;
    expect([accepting.slice(...m.subject), accepting.slice(...m.fronted!)]).toEqual(['the Rail Passengers Panel', 'the timetable is clearer']);
    expect(read('Since starting the audit, the ombudsman reported that it has received twice as many complaints.')).toEqual({
      rule: 'paraphrase:reported', speaker: 'the ombudsman', clause: 'it has received twice as many complaints',
    });
    expect(read('Last week, Harriet Oyelaran said the council had not answered her questions.')).toMatchObject({ speaker: 'Harriet Oyelaran' });
    // "say" reports a clause only as a finite verb.
    expect(read('It is too early to say the scheme has failed.')).toBeNull();
  });

  it('reads "reported that", "urged/encouraged X to …", ", saying …" and an adverb and a title between subject and verb', () => {
    expect(read('The annual survey by the trust, which is part of the health service, reported that no ward had closed.')).toEqual({
      rule: 'paraphrase:reported', speaker: 'The annual survey by the trust', clause: 'no ward had closed',
    });
    // "reported" with no clause is not reported speech.
    expect(read('The trust reported a rise of nine per cent in admissions.')).toBeNull();
    expect(read('The panel urged councils to publish their repair budgets every spring.')).toEqual({
      rule: 'paraphrase:urged-to', speaker: 'The panel', clause: 'councils to publish their repair budgets every spring',
    });
    expect(read('The regulator has encouraged schools to share their buses with neighbouring villages.')).toMatchObject({ rule: 'paraphrase:urged-to', speaker: 'The regulator' });
    // In the passive nobody is named as the one calling.
    expect(read('Councils were urged to publish their repair budgets every spring.')).toBeNull();
    expect(read('The water company rejected the findings, saying its figures had been misread.')).toMatchObject({ rule: 'paraphrase:saying', clause: 'its figures had been misread.' });
    expect(matchReportedSpeech('The water company rejected the findings, saying its figures had been misread.')).toMatchObject({ subjectIsSentenceSubject: true });
    // A verb of saying before the participle keeps the whole clause after it.
    expect(read('The survey said most parks were short of staff, warning that two would close.')).toMatchObject({ rule: 'paraphrase:said', clause: 'most parks were short of staff, warning that two would close.' });
    // A noun that looks like a verb of saying ("claims", "comments") before the participle does not stop it.
    expect(read('The union waved away comments made by the minister about its strike figures, saying its members had voted freely.')).toMatchObject({ rule: 'paraphrase:saying', clause: 'its members had voted freely' });
    expect(read('The trust’s study, Fair Start, strongly suggested the county should double its health visitors.')).toMatchObject({ speaker: 'The trust’s study', clause: 'the county should double its health visitors.' });
    expect(read('The council was criticised, after new research by the charity reveals most parks have lost their keepers.')).toMatchObject({ rule: 'paraphrase:reveals', speaker: 'new research by the charity' });
  });

  it('reads ", said <Name>, <title>." as the speaker of the clause before, and after a quote as no clause at all', () => {
    expect(read('Most of the complaints were about damp, said Nadia Forde, the charity’s head of policy.')).toEqual({
      rule: 'paraphrase:says-after', speaker: 'Nadia Forde', clause: 'Most of the complaints were about damp',
    });
    expect(read('“The buses are late every single morning” for many villages, said Colm Reddy, chair of the passengers’ group.')).toBeNull();
    expect(read('"Rural stops have been forgotten by every operator" in the valleys, said Aisha Kent, director of the Bus Users Council.')).toBeNull();
  });

  it('proposes both clauses of a fronted participle, and the speaker of a "…, saying" reaction', async () => {
    expect(await statements('The Canal Trust published its survey of the towpaths on Friday.\n\nWhilst accepting that most towpaths are safer, the Boaters Association say the locks are “in a poor state”.\n\nThe Towpath Users Group dismissed the survey, saying it had left out the busiest stretches.')).toEqual([
      ['paraphrase:fronted-participle', 'Boaters Association', 'most towpaths are safer'],
      ['paraphrase:say', 'Boaters Association', 'the locks are “in a poor state”'],
      ['paraphrase:saying', 'Towpath Users Group', 'it had left out the busiest stretches'],
    ]);
  });

  it('does not retell as a finding a sentence whose subject is the speaker doing something', async () => {
    const found = await statements('The Grain Authority published its market study on Monday.\n\nThe Grain Authority reported that it had collected prices from every mill. The Grain Authority has also analysed 40% of the contracts signed since 2020.');
    expect(found).toEqual([['paraphrase:reported', 'Grain Authority', 'it had collected prices from every mill']]);
  });
});
