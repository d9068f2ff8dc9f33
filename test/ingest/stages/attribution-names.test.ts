/**
 * Attribution stage, second round of names (issue 35): a possessive inside a capitalised run is the body a
 * person belongs to, so the name follows it or stands before the apposition; honorific runs ("Datuk Seri",
 * "Tan Sri") open a name but are none, and a title, an honorific run and a long name may make a run longer
 * than four words. In Chorus's own words, each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { chooseSpeakerName, organisationNameIn, personNameCandidates } from '../../../src/ingest/stages/speaker-names.js';

const speakerIn = (phrase: string) => chooseSpeakerName(phrase, personNameCandidates(phrase))?.name ?? null;
const speakers = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.text.slice(0, 24), s.speaker.name]);

describe('attribution stage: a possessive inside a capitalised run', () => {
  it('takes the person before an apposition whose title a body owns, not the body’s title', () => {
    expect(speakerIn('Tomas Bell, Plaid’s Shadow Housing and Planning Secretary, ')).toBe('Tomas Bell');
    expect(speakerIn("Rhiannon Ode, the Union's Deputy Finance and Audit Lead, ")).toBe('Rhiannon Ode');
  });

  it('takes the name that follows the possessive', () => {
    expect(speakerIn('Speaking for the campaign, Unison’s Karen Mills ')).toBe('Karen Mills');
    expect(speakerIn("Asked about the delay, Network Rail's Peter Oduya ")).toBe('Peter Oduya');
  });
});

describe('attribution stage: honorific runs and long runs', () => {
  it('keeps an honorific run with the name it opens, after a title, however long the run', () => {
    expect(speakerIn('Transport Minister Datuk Seri Anwar Lim Chee Keong ')).toBe('Datuk Seri Anwar Lim Chee Keong');
    expect(speakerIn('The agency’s director-general Tan Sri Mohd Yusof Rahim ')).toBe('Tan Sri Mohd Yusof Rahim');
    expect(speakerIn('Home Secretary Sir Mark Pellew Tarrant ')).toBe('Sir Mark Pellew Tarrant');
  });

  it('takes no honorific run alone for a name', () => {
    expect(speakerIn('Home Minister Datuk Seri ')).toBeNull();
    expect(speakerIn('the chairman, Tan Sri, ')).toBeNull();
  });

  it('gives a surname said later, after a time phrase or a quote, to the person first named with an honorific run', async () => {
    const first = await speakers(
      'Ministry rejects report\n\nHome Minister Datuk Seri Anwar Lim Chee Keong said the report was one-sided.\n\nYesterday, Keong said: “We will answer every finding in parliament.”\n\n“No officer broke the law,” Keong said.\n',
    );
    expect(first).toEqual([
      ['the report was one-sided', 'Datuk Seri Anwar Lim Chee Keong'],
      ['We will answer every find', 'Datuk Seri Anwar Lim Chee Keong'],
      ['No officer broke the law,', 'Datuk Seri Anwar Lim Chee Keong'],
    ].map(([t, n]) => [t!.slice(0, 24), n]));
    const second = await speakers(
      'Police chief disputes figures\n\nThe police chief, Tan Sri Mohd Yusof Rahim, said the figures were out of date.\n\nOn Monday Rahim said: “Our own count is lower.”\n',
    );
    expect(second).toEqual([
      ['the figures were out of d', 'Tan Sri Mohd Yusof Rahim'],
      ['Our own count is lower.', 'Tan Sri Mohd Yusof Rahim'],
    ].map(([t, n]) => [t!.slice(0, 24), n]));
  });
});

describe('attribution stage: an office named with the places it serves', () => {
  it('keeps the whole list of places in the name, not the last places alone', () => {
    expect(organisationNameIn('The Children’s Commissioners for Northern Ireland, Scotland and Wales ')?.name).toBe('Children’s Commissioners for Northern Ireland, Scotland and Wales');
    expect(organisationNameIn('the Police Ombudsmen for Kent, Essex and Sussex ')?.name).toBe('Police Ombudsmen for Kent, Essex and Sussex');
  });

  it('ends the list at a person named in it', () => {
    expect(organisationNameIn('the Older People’s Commissioner for Wales, Kate Morgan and ')?.name).toBe('Older People’s Commissioner for Wales');
  });
});

describe('attribution stage: a pronoun after a person named only inside another speaker’s words', () => {
  it('goes to the passage’s speaker, not to the person the speaker mentions', async () => {
    const first = await speakers(
      'Charity attacks prisons review\n\nIts policy director Dan Ferris said the review was long overdue.\n\nHe added that Justice Minister Sir Alan Pike was refusing to meet bereaved families.\n\n“This silence is a disgrace to the department,” he said.\n',
    );
    expect(first.find(([t]) => t!.startsWith('This silence'))?.[1]).toBe('Dan Ferris');
    const second = await speakers(
      'Hospital waits report\n\nAmir Khan, who leads the patients’ charity, said the figures were shocking.\n\nKhan said the Health Secretary, Mark Dobbs, had ignored every warning for a year.\n\n“We wrote to his office three times,” he said.\n',
    );
    expect(second.find(([t]) => t!.startsWith('We wrote'))?.[1]).toBe('Amir Khan');
  });

  it('still goes to the person mentioned when no speaker of the passage fits', async () => {
    const drafts = await speakers('Rail report\n\nCampaigners said Transport Minister Ravi Sood had misled parliament.\n\n“I have answered every question put to me,” he said.\n');
    expect(drafts.find(([t]) => t!.startsWith('I have answered'))?.[1]).toBe('Ravi Sood');
  });
});

describe('attribution stage: a first name after an honorific run', () => {
  it('names the person first named with the run, and a later "he said" stays theirs', async () => {
    const drafts = await speakers(
      'Minister answers critics\n\nHome Minister Datuk Seri Anwar Lim Chee Keong was criticised by the group on Monday.\n\nLater, Anwar said he had not seen the report.\n\nHe said the police would cooperate fully.\n',
    );
    expect(drafts.map(([, name]) => name)).toEqual(['Datuk Seri Anwar Lim Chee Keong', 'Datuk Seri Anwar Lim Chee Keong']);
    const other = await speakers('Police answer critics\n\nThe chief, Tan Sri Mohd Yusof Rahim, met the families on Friday.\n\nYesterday, Mohd said the inquiry would report by spring.\n');
    expect(other.map(([, name]) => name)).toEqual(['Tan Sri Mohd Yusof Rahim']);
  });
});

describe('attribution stage: words between a quote and an inverted tag', () => {
  it('takes the speaker after ", said", not the place or phrase that completes the quoted sentence', async () => {
    const first = await speakers('Child poverty report\n\n“Too many children go to school hungry” in Britain, said Jane Wells, director of the charity.\n');
    expect(first).toEqual([['Too many children go to ', 'Jane Wells']]);
    const second = await speakers('Child poverty report\n\n“Families are running out of options” across the north, said Omar Daley, the trust’s chief executive.\n');
    expect(second).toEqual([['Families are running out', 'Omar Daley']]);
  });
});
