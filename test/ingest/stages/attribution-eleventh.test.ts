/**
 * Attribution stage, issue 35's eleventh round: constructions of press releases and news reports in general, not of
 * one domain. A topic subheading ("On the review:", "On staffing") between a speaker line and its quotes names no
 * speaker: the speaker line above goes on governing the quotes under each subheading. A joint speaker ("X along with
 * Y said", "X, together with Y, said") is the grammatical subject, X. In Chorus's own words, each in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const said = async (text: string, kind?: 'quote' | 'paraphrase') =>
  (await proposeArticle(null, { text, title: 'A test article' })).statements.filter((s) => !kind || s.kind === kind).map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: topic subheadings under a speaker line', () => {
  it('keeps the speaker line governing quotes under "On <topic>:" subheadings', async () => {
    expect(
      await said(
        'Depot closures criticised\n\nThe Rail Standards Board published its review of depot safety on Tuesday.\n\nResponding to the review, Maria Kell, general secretary of the Signal Workers Union, said:\n\nOn the review:\n\n“This review confirms everything our members have been telling managers for years.”\n\nOn staffing:\n\n“No depot should run a night shift with only two people on it.”\n',
        'quote',
      ),
    ).toEqual([['This review confirms', 'Maria Kell'], ['No depot should run ', 'Maria Kell']]);
  });

  it('reads a subheading on the report, on money or on people, with or without its colon', async () => {
    expect(
      await said(
        'Hospital league table\n\nThe Quality Watch Office released its annual assessment of hospitals on Monday.\n\nCommenting, Dr Femi Adeyemi, who chairs the Patients First Alliance, said:\n\nOn the assessment:\n\n“Too many hospitals are marked good while their waiting lists keep growing.”\n\nOn funding:\n\n“Every hospital that was downgraded had lost money from its budget the year before.”\n\nOn the nursing workforce\n\n“Nurses are leaving faster than the wards can train them.”\n',
        'quote',
      ),
    ).toEqual([['Too many hospitals a', 'Dr Femi Adeyemi'], ['Every hospital that ', 'Dr Femi Adeyemi'], ['Nurses are leaving f', 'Dr Femi Adeyemi']]);
  });
});

describe('attribution stage: a joint speaker', () => {
  it('gives "X along with Y said" to X', async () => {
    expect(
      await said(
        'Council finances\n\nAuditors published a report on Northby Council on Monday.\n\nCouncil leader Cllr Priya Shah along with chief executive Tom Bright said the council accepted every finding.\n\nMayor Ellen Grant, together with deputy mayor Sam Cole, said the council would publish a plan within a month.\n',
        'paraphrase',
      ),
    ).toEqual([['the council accepted', 'Cllr Priya Shah'], ['the council would pu', 'Ellen Grant']]);
  });

  it('gives "X alongside Y said:" and the quotes that follow to X', async () => {
    expect(
      await said(
        'Harbour board report\n\nThe Ports Inspectorate published its report on the Kelby harbour board on Friday.\n\nHarbour master Iona Fraser alongside board secretary Niall Dunn said:\n\n“We have already replaced the two cranes the inspectors were worried about.”\n\n“The rest of the plan will be public by the summer.”\n',
        'quote',
      ),
    ).toEqual([['We have already repl', 'Iona Fraser'], ['The rest of the plan', 'Iona Fraser']]);
  });

  it('gives a "they" that goes on from a joint speaker to the subject, not to the name nearest it', async () => {
    expect(
      await said(
        'Council finances\n\nAuditors published a report on Northby Council on Monday.\n\nCouncil leader Cllr Priya Shah along with chief executive Tom Bright said the council accepted every finding.\n\n“We know we have to change how decisions are made here,” they said.\n\nThey said the recovery plan would be ready before the budget is set.\n',
      ),
    ).toEqual([['the council accepted', 'Cllr Priya Shah'], ['We know we have to c', 'Cllr Priya Shah'], ['the recovery plan wo', 'Cllr Priya Shah']]);
    expect(
      await said(
        'Museum review\n\nThe Heritage Audit Service published its review of the Dunmore Museum on Wednesday.\n\nTrustee chair Alma Reyes, together with museum director Karl Lind, said the museum would reopen its archive.\n\n“The collection belongs to the town, and the town will see all of it,” they said.\n',
      ),
    ).toEqual([['the museum would reo', 'Alma Reyes'], ['The collection belon', 'Alma Reyes']]);
  });
});
