/**
 * Attribution stage: bodies named by one word, parties, governments, councils' short forms, long names,
 * descriptions, "It said", unnamed spokespeople, titles before names, passive accusations and office
 * holders. The names are read by stages/speaker-names.ts; the rest through proposeArticle with no graph
 * (every speaker is new). Each pattern is written in two wordings, so a rule fitted to one fails.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import {
  bareBodyName,
  councilMentions,
  councilNameIn,
  governmentNameIn,
  officeBeforeName,
  organisationNameIn,
  partyOfSpokesperson,
  personNameCandidates,
  chooseSpeakerName,
} from '../../../src/ingest/stages/speaker-names.js';

const speakers = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name, s.speaker.label]);
const names = async (text: string) => (await speakers(text)).map(([, name]) => name);

describe('attribution stage: names of bodies', () => {
  it('takes one capitalised word or a mixed-case acronym for a body, but not a first name, a place or a named person’s surname', () => {
    expect(bareBodyName('Ofrail ', 'Ofrail said it was worried.')?.name).toBe('Ofrail');
    expect(bareBodyName('The DfP ', 'The DfP said it would act.')?.name).toBe('DfP');
    expect(bareBodyName('Morgan ', 'Kim Morgan spoke first. Morgan said the jail was unsafe.')).toBeNull();
    expect(bareBodyName('Dr. Okafor ', 'Okafor said so.')).toBeNull();
    expect(bareBodyName('Daniel ', 'Daniel said so.')).toBeNull();
    expect(bareBodyName('England ', 'England said so.')).toBeNull();
    // A common word capitalised because it opens the sentence is written in lower case elsewhere.
    expect(bareBodyName('Teachers ', 'Teachers said the plan was late. Most teachers agreed.')).toBeNull();
  });

  it('names a party by its adjective before a spokesperson or a source, and a government by its place', () => {
    expect(partyOfSpokesperson('A Tory spokesperson ')?.name).toBe('Conservative Party');
    expect(partyOfSpokesperson('a Lib Dem source ')?.name).toBe('Liberal Democrats');
    expect(partyOfSpokesperson('A Labour spokesman ')?.name).toBe('Labour');
    expect(partyOfSpokesperson('A council spokesman ')).toBeNull();
    expect(governmentNameIn('A UK government spokesperson ')?.name).toBe('UK government');
    expect(governmentNameIn('a Welsh government spokeswoman ')?.name).toBe('Welsh government');
    expect(governmentNameIn('the government ')).toBeNull();
  });

  it('keeps a long name whole: a department’s remits after commas, "Organisation for …"; a place alone is no body', () => {
    expect(organisationNameIn('The Department for Transport, Roads and Bridges ')?.name).toBe('Department for Transport, Roads and Bridges');
    expect(organisationNameIn('the Ministry of Culture, Media and Sport ')?.name).toBe('Ministry of Culture, Media and Sport');
    expect(organisationNameIn('the Organisation for Trade Cooperation and Development ')?.name).toBe('Organisation for Trade Cooperation and Development');
    expect(organisationNameIn('in England ')).toBeNull();
    expect(organisationNameIn('the UK ')).toBeNull();
  });

  it('reads councils’ short forms (LBC, BC, DC) as councils by their whole name, as speakers only', () => {
    expect(councilNameIn('Northbridge LBC ')?.name).toBe('Northbridge LBC');
    expect(councilNameIn("King's Harbour BC ")?.name).toBe("King's Harbour BC");
    expect(councilNameIn('Responding to the finding, Eastmoor DC ')?.name).toBe('Eastmoor DC');
    expect(councilNameIn('The Brussels-based council ')).toBeNull();
    // In running text "Washington DC" is a city, not a council.
    expect(councilMentions('The talks in Washington DC ended late.')).toEqual([]);
    expect(personNameCandidates('Great Yarmouth BC ')).toEqual([]);
  });
});

describe('attribution stage: names of people', () => {
  it('takes the name after a title that opens with a capitalised adjective, and no title alone', () => {
    const speakerIn = (phrase: string) => chooseSpeakerName(phrase, personNameCandidates(phrase))?.name ?? null;
    expect(speakerIn('New Director of Adult Services Helen Marsh ')).toBe('Helen Marsh');
    expect(speakerIn("Acting Head of Children's Services Tom Reilly ")).toBe('Tom Reilly');
    expect(speakerIn('New Director ')).toBeNull();
    // An honorific inside a capitalised run opens the name ("… of Constabulary Sir Tom Winsor").
    expect(speakerIn('HM Chief Inspector of Constabulary Sir Tom Winsor ')).toBe('Sir Tom Winsor');
    expect(speakerIn('Inspector of Probation Dame Glenys Stacey ')).toBe('Dame Glenys Stacey');
  });

  it('reads the office written before a name and set off by commas, and nothing else', () => {
    expect(officeBeforeName('HM Chief Inspector of Prisons, ')).toEqual({ title: 'HM Chief Inspector of Prisons' });
    expect(officeBeforeName('The Prisons and Probation Ombudsman, ')).toEqual({ title: 'Prisons and Probation Ombudsman' });
    expect(officeBeforeName('In a letter to the Justice Secretary, ')).toBeUndefined();
  });
});

describe('attribution stage: bodies that speak', () => {
  it('gives "X said" and "…, X said." to a body named by one word, and "It added:" after it to the same body', async () => {
    expect(await names('Ofrail said it was worried that four operators were running late trains.\n\nIt added: “We expect every operator to publish a credible plan before the summer.”')).toEqual(['Ofrail', 'Ofrail']);
    expect(await names('Most couriers had “failed once more to track the parcels they lost”, the OfP said.\n\nIt added: “Customers deserve to know where their parcels are at every stage.”')).toEqual(['OfP', 'OfP']);
  });

  it('gives "It said" to the body the sentence before is about, not a place in it nor a name cut at a comma', async () => {
    expect(await names('The Department for Housing, Planning and Regions listed nine landlords. Marshfield City Council was also reviewed. It said it had learned hard lessons from the review.')).toEqual(['Marshfield']);
    expect(await names('The Office for Parcels opened an inquiry. Last spring the regulator published figures on lost parcels in Scotland. It said: “Households deserve far better than this from the firms they pay.”')).toEqual(['Office for Parcels']);
  });

  it('gives a party’s spokesperson or source to the party, and "the spokesperson continued" and the next paragraph to the same', async () => {
    expect(await names('A Tory spokesperson said the party had cooperated fully with the inquiry.\n\n"These penalties concern national spending only, and no candidate was involved," the spokesperson continued.\n\n"We have already changed how we record spending at headquarters."')).toEqual(['Conservative Party', 'Conservative Party', 'Conservative Party']);
    expect(await names('A Lib Dem source said the fine was a fair outcome for a clerical slip.\n\n“Nobody intended to break the rules, and nobody gained from the mistake,” the source added.')).toEqual(['Liberal Democrats', 'Liberal Democrats']);
  });

  it('gives "“…,” a spokesman said." to the body the sentence before names, and a government’s spokesperson to that government', async () => {
    expect(await names('The Exchequer welcomed the higher forecast. "Today\'s figures are more evidence that our plan is working as intended," a spokesman said.')).toEqual(['Exchequer']);
    expect(await names('The Cabinet Office rejected the criticism. “Every pound of this programme has been checked twice by auditors,” a spokeswoman said.')).toEqual(['Cabinet Office']);
    expect(await names('A UK government spokesperson said: “We are determined to secure a deal that protects jobs.”')).toEqual(['UK government']);
    expect(await names('A Scottish government spokeswoman said: “Our own figures show a steadier picture for firms.”')).toEqual(['Scottish government']);
  });

  it('gives "according to <a long name>" to that body, and a later description to it, never to a photo credit or a place', async () => {
    expect(await names('Dockers at work on Monday © Harbour Pictures\n\nThe country must keep close trading ties to limit the damage, according to the Organisation for Trade Cooperation and Development.\n\nIn its review of the national economy, the Geneva-based organisation said uncertainty was holding back investment.')).toEqual([
      'Organisation for Trade Cooperation and Development',
      'Organisation for Trade Cooperation and Development',
    ]);
    expect(await names('Exporters will face higher costs for five years, according to the Council of European Shipping Associations.\n\nThe Brussels-based council said smaller firms would be hit hardest by the paperwork.')).toEqual([
      'Council of European Shipping Associations',
      'Council of European Shipping Associations',
    ]);
  });

  it('gives councils written with a short form to the council, by its whole name', async () => {
    expect(await speakers('Northbridge LBC said the cyber attack had slowed its response to tenants.\n\nEastmoor DC said it accepted the decision in full and had apologised.')).toEqual([
      ['the cyber attack had', 'Northbridge LBC', 'Council'],
      ['it accepted the deci', 'Eastmoor DC', 'Council'],
    ]);
  });

  it('gives a report that speaks to the body that spoke before it or opened the sentence before, and its authors to the authors', async () => {
    expect(await names('Ofwater said it was deeply troubled that five firms were lagging behind.\n\nThe report said there has been welcome progress on leakage this year.')).toEqual(['Ofwater', 'Ofwater']);
    expect(await names('Ofheat has published its yearly review of suppliers. Its annual assessment found that most suppliers had failed to explain their bonuses.')).toEqual(['Ofheat']);
    expect(await names('According to the authors of the independent report, the regulator should have acted far sooner against the owners.')).toEqual(['authors of the independent report']);
  });
});

describe('attribution stage: people who speak', () => {
  it('gives "He said:" and "She said:" to the person who is the subject of the sentence before, over a body named in between', async () => {
    expect(await names('Daniel Harcourt made his remarks despite warnings in the Monetary Fund’s yearly review.\n\nHe said: “I welcome the continued strong backing for our approach to the public finances.”')).toEqual(['Daniel Harcourt']);
    expect(await names('Margaret Okafor spoke after the Fiscal Standards Board had published its figures.\n\nShe said: “These numbers show the chancellor has borrowed more than he promised.”')).toEqual(['Margaret Okafor']);
  });

  it('gives the words of a passive accusation to the accuser the text names, never to the accused', async () => {
    expect(await names('The environment secretary has been accused of being ‘all talk and no action’ on rivers.\n\nThe remark, from Rivers Trust director Owen Pryce, follows the watchdog’s report.')).toEqual(['Owen Pryce']);
    expect(await names('The housing minister was described as ‘asleep at the wheel’ by Shelter campaigner Ruth Baxter on Tuesday.')).toEqual(['Ruth Baxter']);
    // No accuser named: no speaker at all, rather than the accused.
    expect(await names('Rishi Sunak has been accused of being ‘all talk and no action’ on nature.')).toEqual([]);
  });

  it('gives an office or a title to the person the text named holding it, before or after the name', async () => {
    expect(await names('HM Chief Inspector of Prisons, Peter Langley, said the jail was among the worst he had seen.\n\nThe chief inspector said: “Violence has doubled in three years and nobody has taken charge.”')).toEqual(['Peter Langley', 'Peter Langley']);
    expect(await names('The Prisons and Probation Ombudsman, Sue Ashworth, said she had seen too many deaths.\n\n“Lessons are still not being learned by those who run our prisons,” the ombudsman said.')).toEqual(['Sue Ashworth', 'Sue Ashworth']);
    expect(await names('Katy Morrow, the Police and Crime Commissioner for Northshire, said the force had let down victims.\n\nThe commissioner said: “Every force across the region must learn from what happened here.”')).toEqual(['Katy Morrow', 'Katy Morrow']);
    // The office's name first, its holder named later with it; another commissioner is someone else.
    expect(await names('The Victims’ Commissioner said: “Victims are treated as an afterthought by the courts.”\n\nDame Vera Hollis, the Victims’ Commissioner, has written to ministers.')).toEqual(['Dame Vera Hollis']);
    expect(await names('The Prisons Ombudsman said: “Too many deaths in custody could have been prevented.”\n\nThe Children’s Commissioner, Anne Lowther, said the figures were shocking.')).toEqual(['Prisons Ombudsman', 'Anne Lowther']);
  });

  it('gives "he said" after a man named as the subject of reported speech to him, not to a woman named before', async () => {
    expect(await names('Lesley Hart, chair of the monitoring board, said the inspectors were right.\n\nGlyn Travers of the Prison Officers’ Union said members were being assaulted every day.\n\n“Our members are going to work afraid for their safety,” he said.')).toEqual(['Lesley Hart', 'Glyn Travers', 'Glyn Travers']);
    expect(await names('Wendy Clarke, the governor, said the wing would reopen.\n\nMark Ellison of the Prison Reform League said the jail was unsafe.\n\n“Nobody should be sent to a place like this,” he said.')).toEqual(['Wendy Clarke', 'Mark Ellison', 'Mark Ellison']);
  });
});
