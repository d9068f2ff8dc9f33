/**
 * Attribution stage, issue 35's eleventh round: constructions of press releases and news reports in general, not of
 * one domain. A topic subheading ("On the review:", "On staffing") between a speaker line and its quotes names no
 * speaker: the speaker line above goes on governing the quotes under each subheading. A joint speaker ("X along with
 * Y said", "X, together with Y, said") is the grammatical subject, X. A title with a possessive inside it
 * ("Westvale Council's director of children's services, Jane Roe,") belongs to the first possessive's owner; the
 * title is the rest. A parliamentary committee written in lower case after its house ("the Commons transport
 * select committee", "the Lords economic affairs committee") is named whole, and a day after "on" ends a body's
 * name ("the Brightside Trust on Friday"). A chair or an official speaking in a body's name ("we call on him …",
 * "The Committee looks forward …" inside their statement) is the person, not the body. In Chorus's own words, each
 * in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { organisationNameIn } from '../../../src/ingest/stages/speaker-names.js';

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

describe('attribution stage: a title with a possessive inside it', () => {
  const rolesOf = async (text: string) =>
    (await proposeArticle(null, { text, title: 'A test article' })).newActors.flatMap((a) => (a.label === 'Person' && a.role ? [[a.name, a.role.title, a.role.atName]] : []));

  it('gives the body before the first possessive and the whole title after it', async () => {
    expect(
      await rolesOf(
        'Care homes review\n\nThe Care Inspectorate published its report on care homes in Westvale on Monday.\n\nWestvale Council’s director of children’s services, Jane Roe, said: “We will study every recommendation carefully.”\n\nThe Northgate Hospital Trust\'s head of women\'s health, Dr Amy Lowe, said: “Our maternity wards are already changing.”\n',
      ),
    ).toEqual([['Jane Roe', 'director of children’s services', 'Westvale Council'], ['Dr Amy Lowe', 'head of women\'s health', 'Northgate Hospital Trust']]);
  });

  it('keeps a possessive inside the body\'s own name, and a capitalised title', async () => {
    expect(
      await rolesOf(
        'Housing audit\n\nThe Housing Standards Office published its audit of the Riverside Trust on Monday.\n\nThe Tenants’ People’s Fund’s adviser for people’s housing, Omar Haddad, said: “Tenants have waited long enough for repairs.”\n\nRiverside Trust’s Director of Young People’s Services, Grace Obi, said: “The trust will answer every point in the audit.”\n',
      ),
    ).toEqual([['Omar Haddad', 'adviser for people’s housing', 'Tenants’ People’s Fund'], ['Grace Obi', 'Director of Young People’s Services', 'Riverside Trust']]);
  });
});

describe('attribution stage: where a body\'s name ends', () => {
  it('names a committee written in lower case after its house whole', async () => {
    expect(organisationNameIn('A report published on Monday by the Commons transport select committee describes')?.name).toBe('Commons transport select committee');
    expect(organisationNameIn('the Lords economic affairs committee')?.name).toBe('Lords economic affairs committee');
    expect(organisationNameIn('the views of members of the Senate budget committee')?.name).toBe('Senate budget committee');
    expect(
      await said(
        'Ferry contracts\n\nMPs published a report on ferry contracts on Tuesday.\n\nThe Commons public accounts committee said the department had “lost control of the tender”.\n\nThe Holyrood rural affairs committee said ministers should publish every contract.\n',
        'paraphrase',
      ),
    ).toEqual([['the department had “', 'Commons public accounts committee'], ['ministers should pub', 'Holyrood rural affairs committee']]);
  });

  it('ends a body\'s name before "on" and a day or a month', () => {
    expect(organisationNameIn('The Charity Commission published its inquiry into the Brightside Trust on Friday')?.name).toBe('Brightside Trust');
    expect(organisationNameIn('a statement from the Riverside Housing Association on 3 March')?.name).toBe('Riverside Housing Association');
    expect(organisationNameIn('evidence to the Select Committee on Housing')?.name).toBe('Select Committee on Housing');
  });
});

describe('attribution stage: a person speaking in a body\'s name', () => {
  it('gives "we" in a chair\'s statement, and the quote after it, to the chair', async () => {
    expect(
      await said(
        'Police culture review\n\nAn independent review of culture in the Westshire Constabulary was published on Tuesday.\n\nResponding to the review, Cllr Mo Hart, chair of the Westshire Police Scrutiny Committee, said:\n\n“It is shocking that officers who reported abuse were moved rather than listened to.\n\nThe chief constable has told us he knows the scale of the problem and we call on him to act on every recommendation without delay.\n\n“The Committee looks forward to questioning the chief constable about the review at its next meeting.”\n',
      ),
    ).toEqual([['It is shocking that ', 'Cllr Mo Hart'], ['The chief constable ', 'Cllr Mo Hart'], ['The Committee looks ', 'Cllr Mo Hart']]);
  });

  it('gives "we" in a union official\'s statement to the official', async () => {
    expect(
      await said(
        'Port safety audit\n\nThe Maritime Safety Office published its audit of the Tarrow docks on Thursday.\n\nSara Linde, general secretary of the Dock and Harbour Workers Union, said:\n\n“Our members have been reporting broken lifting gear since last winter.\n\nThe port authority has promised to answer the audit, and we are calling on the authority to replace every crane the inspectors failed.\n\n“The Union will hold the port authority to each of the audit’s deadlines.”\n',
      ),
    ).toEqual([['Our members have bee', 'Sara Linde'], ['The port authority h', 'Sara Linde'], ['The Union will hold ', 'Sara Linde']]);
  });
});

describe('attribution stage: "This said:" after a sentence about a statement', () => {
  it('gives the quote to the body whose statement the sentence before names', async () => {
    expect(
      await said(
        'Water leaks report\n\nThe Drinking Water Office published its review of the Eastvale Water Board on Monday.\n\nThe Eastvale Water Board refused an interview and pointed to its statement of last week.\n\nThis said: “We accept that the pipes under the town were not inspected as often as they should have been.”\n',
        'quote',
      ),
    ).toEqual([['We accept that the p', 'Eastvale Water Board']]);
    expect(
      await said(
        'Ferry inquiry\n\nThe Marine Accident Office published its inquiry into the Islay ferry fire on Tuesday.\n\nThe Western Isles Ferry Trust has not commented beyond a short statement on its website.\n\nThis stated: “Our crews followed every procedure and we are proud of how they acted that night.”\n',
        'quote',
      ),
    ).toEqual([['Our crews followed e', 'Western Isles Ferry Trust']]);
  });
});
