import { describe, expect, it } from 'vitest';
import { chooseSpeakerName, collectiveNameIn, councilNameIn, organisationNameIn, personNameCandidates } from '../../../src/ingest/stages/speaker-names.js';

const speakerIn = (phrase: string) => chooseSpeakerName(phrase, personNameCandidates(phrase))?.name ?? null;

describe('attribution stage: the speaker named in a phrase', () => {
  it('takes the head of the apposition, not a title or a body named before it', () => {
    expect(speakerIn('Responding to the CQC’s State of Care report, Anna Bradley, Chair of the consumer champion Healthwatch England, ')).toBe('Anna Bradley');
    expect(speakerIn('In reaction to the Committee’s new report on the UK government’s progress towards meeting Net Zero, Greenpeace UK’s political campaigner, Ami McCarthy, ')).toBe('Ami McCarthy');
    expect(speakerIn('Commenting on the Ofsted Annual Report, presented today by its Chief Inspector Amanda Spielman, Kevin Courtney, Joint General Secretary of the National Education Union, ')).toBe('Kevin Courtney');
  });

  it('keeps names with inner capitals, hyphens and a line break whole', () => {
    expect(speakerIn('Commenting on the report [1], Dr Simon Cran-McGreehin, Head of Analysis at ECIU, ')).toBe('Dr Simon Cran-McGreehin');
    expect(speakerIn('Work and Pensions Secretary Esther McVey ')).toBe('Esther McVey');
    expect(speakerIn('Commenting on the audit, Margaret\nAdeyemi-Clarke, chair of the Passengers’ Forum, ')).toBe('Margaret\nAdeyemi-Clarke');
  });

  it('does not take a body or a possessive for a person', () => {
    expect(speakerIn('Friends of the Earth’s CEO ')).toBeNull();
    expect(speakerIn('The National Audit Office ')).toBeNull();
    expect(speakerIn("Tenants' Voice ")).toBeNull();
  });
});

describe('attribution stage: a body the graph does not know', () => {
  it('names the body, not its acronym in brackets or the verb’s subject words around it', () => {
    expect(organisationNameIn('The National Audit Office (NAO) ')?.name).toBe('National Audit Office');
    expect(organisationNameIn('A spokesman for the Department for Culture ')?.name).toBe('Department for Culture');
    expect(organisationNameIn('he ')).toBeNull();
  });

  it('takes the possessor of a report for the body that speaks through it', () => {
    expect(organisationNameIn("the Prison Standards Board's Annual Report 2021, published on Wednesday")?.name).toBe('Prison Standards Board');
  });
});

describe('attribution stage: councils and collectives', () => {
  it('names a council by its place, as the graph does, and leaves a body called a Council alone', () => {
    expect(councilNameIn('A spokesman for Calderford council ')?.name).toBe('Calderford');
    expect(councilNameIn('Leeds City Council ')?.name).toBe('Leeds');
    expect(councilNameIn('a spokeswoman for the London Borough of Hackney ')?.name).toBe('Hackney');
    expect(councilNameIn('The Soil Health Council ')).toBeNull();
    // "and", "upon", "on" join a place's words, never end one: "Health and council leaders" names no council "Health and".
    expect(councilNameIn('Health and council leaders in Linfield have been told ')?.name).not.toBe('Health and');
    expect(councilNameIn('Brighton and Hove City Council ')?.name).toBe('Brighton and Hove');
    expect(councilNameIn('Stoke-on-Trent City Council ')?.name).toBe('Stoke-on-Trent');
    expect(councilNameIn('Newcastle upon Tyne council ')?.name).toBe('Newcastle upon Tyne');
    expect(councilNameIn('the county council ')).toBeNull();
  });

  it('takes a plural noun group with no name in it for a collective, as written in lower case', () => {
    expect(collectiveNameIn('Union leaders ')?.name).toBe('union leaders');
    expect(collectiveNameIn("Teachers' unions ")?.name).toBe("teachers' unions");
    expect(collectiveNameIn('Campaigners ')?.name).toBe('campaigners');
    expect(collectiveNameIn('Some prison governors ')?.name).toBe('prison governors');
    for (const phrase of ['It ', 'The report’s findings ', 'Ministry officials and MPs ', 'Ms Jones ', 'The union ', 'Officials from the Treasury ']) expect(collectiveNameIn(phrase), phrase).toBeNull();
  });
});

describe('attribution stage: people a later pronoun refers back to', () => {
  it('takes people marked as people outside quotes, not places or names inside quotes', async () => {
    const { personMentions } = await import('../../../src/ingest/stages/speaker-names.js');
    const text = 'Sharon Hodgson, the MP for Washington and Sunderland West, said the report was damning. For the Federation Chairman Steve Kent, it was overdue. “Sir Thomas Winsor, whom I admire, agrees,” he said.';
    expect(personMentions(text).map((p) => p.name)).toEqual(["Sharon Hodgson", "Steve Kent"]);
  });

  it('does not let "he" refer back to Ms McVey, nor "she" to Sir Amyas Morse', async () => {
    const { pronounFits } = await import('../../../src/ingest/stages/speaker-names.js');
    expect(pronounFits('He', 'Ms McVey')).toBe(false);
    expect(pronounFits('she', 'Sir Amyas Morse')).toBe(false);
    expect(pronounFits('she', 'Sharon Hodgson')).toBe(true);
  });
});

describe('attribution stage: a name headed by an office noun (issue 35, known defect 2)', () => {
  it('is a body, not a person, unless a personal name follows the office', () => {
    for (const phrase of ['The Housing Ombudsman ', 'the Local Government Ombudsman ', 'The Pensions Regulator ', 'the Information Commissioner ', 'The Schools Adjudicator ']) {
      expect(speakerIn(phrase), phrase).toBeNull();
      expect(organisationNameIn(phrase)?.name, phrase).toBe(phrase.replace(/^the /i, '').trim());
    }
    expect(speakerIn('Housing Ombudsman Richard Blakeway ')).toBe('Richard Blakeway');
    expect(speakerIn('The Children’s Commissioner for England, Anne Longfield, ')).toBe('Anne Longfield');
  });
});

describe('attribution stage: a pronoun and a first name (issue 35, known defect 4)', () => {
  it('lets a clearly gendered first name rule a pronoun out, and a name either gender has rule nothing out', async () => {
    const { pronounFits } = await import('../../../src/ingest/stages/speaker-names.js');
    expect(pronounFits('she', 'Tom Baker')).toBe(false);
    expect(pronounFits('he', 'Sarah Collins')).toBe(false);
    expect(pronounFits('she', 'Sarah Collins')).toBe(true);
    expect(pronounFits('she', 'Sam Baker')).toBe(true);
    expect(pronounFits('he', 'Sam Baker')).toBe(true);
    expect(pronounFits('he', 'Amyas Morse')).toBe(true);
  });
});
