/**
 * Attribution stage, issue 35's ninth round (food safety, data protection, audit offices abroad): a job title
 * written before a name ("Policy Manager Derek Olsen") is no part of the name, and neither is an abbreviated
 * title with its full stop ("Sen. Laura Whitcombe", "Rep. Tom Askew"), which must not cut the name at the stop.
 * A committee's name that holds a list of its remits ("the Lords Food, Diet and Obesity Committee") is one name,
 * commas and all, and so is one that "and" joins ("the Lords Science and Health Committee"). "The consortium" and "the
 * coalition" refer back to the body whose name they head, not to the body named last. "X urged Y to …": X speaks, Y is
 * only called on. In Chorus's own words, each pattern in at least two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { chooseSpeakerName, organisationNameIn, personNameCandidates } from '../../../src/ingest/stages/speaker-names.js';

const speakerIn = (phrase: string) => chooseSpeakerName(phrase, personNameCandidates(phrase))?.name ?? null;
const quoteSpeakers = async (text: string) =>
  (await proposeArticle(null, { text, title: 'A test article' })).statements.filter((s) => s.kind === 'quote').map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: a job title before a name', () => {
  it('is left out of the name, whatever the job', () => {
    expect(speakerIn('PAW Policy Manager Derek Olsen ')).toBe('Derek Olsen');
    expect(speakerIn('Campaigns Coordinator Nina Patel ')).toBe('Nina Patel');
    expect(speakerIn('the charity’s Senior Adviser Omar Haddad ')).toBe('Omar Haddad');
    expect(speakerIn('Deputy Editor Claire Dunmore ')).toBe('Claire Dunmore');
  });

  it('gives the quote to the person, not to the title and the person', async () => {
    const said = await quoteSpeakers(
      'Group reacts\n\nThe watchdog published its audit on Tuesday.\n\nPAW Policy Manager Derek Olsen said: “The audit shows that the scheme was never fit for purpose.”\n\nCampaigns Coordinator Nina Patel added: “We have warned about this for three years.”\n',
    );
    expect(said).toEqual([['The audit shows that', 'Derek Olsen'], ['We have warned about', 'Nina Patel']]);
  });
});

describe('attribution stage: an abbreviated title with a full stop', () => {
  it('opens the name without being part of it', () => {
    expect(speakerIn('Sen. Laura Whitcombe, D-Ore.')).toBe('Laura Whitcombe');
    expect(speakerIn('Gov. Peter Lindqvist ')).toBe('Peter Lindqvist');
  });

  it('does not cut the name after a quote at the title’s full stop', async () => {
    const said = await quoteSpeakers(
      'Senators react\n\nThe inspector general found that the agency had hidden the delays.\n\n“This is a betrayal of every veteran who waited for care,” said Sen. Laura Whitcombe, D-Ore.\n\n“We need answers before the next budget,” said Rep. Tom Askew, R-Tex.\n',
    );
    expect(said).toEqual([['This is a betrayal o', 'Laura Whitcombe'], ['We need answers befo', 'Tom Askew']]);
  });

  it('leaves the quote with the person when the title comes before the verb', async () => {
    const said = await quoteSpeakers(
      'Budget hearing\n\nThe audit office said the programme had run a year late.\n\nGov. Peter Lindqvist said: “The delays were known to the department long before the audit began.”\n',
    );
    expect(said).toEqual([['The delays were know', 'Peter Lindqvist']]);
    const after = await quoteSpeakers(
      'Budget hearing\n\nThe audit office said the programme had run a year late.\n\n“Nobody in the department can say they were not warned,” Lt. Col. Dana Reyes said on Monday.\n',
    );
    expect(after).toEqual([['Nobody in the depart', 'Dana Reyes']]);
  });
});

const paraphraseSpeakers = async (text: string) =>
  (await proposeArticle(null, { text, title: 'A test article' })).statements.filter((s) => s.kind === 'paraphrase').map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: a committee named with the list of its remits', () => {
  it('is one name from its opening words to its noun', () => {
    expect(organisationNameIn('A report by the House of Lords Food, Diet and Obesity Committee last week')?.name).toBe('House of Lords Food, Diet and Obesity Committee');
    expect(organisationNameIn('The Commons Environment, Food and Rural Affairs Committee ')?.name).toBe('Commons Environment, Food and Rural Affairs Committee');
    expect(organisationNameIn('the Science, Innovation and Technology Committee ')?.name).toBe('Science, Innovation and Technology Committee');
  });

  it('does not take a place set off by a comma for the name’s opening', () => {
    expect(organisationNameIn('Speaking in London, Health and Care Committee members ')?.name).toBe('Health and Care Committee');
  });

  it('speaks, and is what "the committee" goes on from, under its whole name', async () => {
    expect(await paraphraseSpeakers('Peers want a new body\n\nA report by the House of Lords Food, Diet and Obesity Committee last week called for the agency to take charge of the new salt targets.\n'))
      .toEqual([['the agency to take c', 'House of Lords Food, Diet and Obesity Committee']]);
    expect(await paraphraseSpeakers('MPs criticise the farm plan\n\nThe Commons Environment, Food and Rural Affairs Committee said on Friday that the department had no plan for the uplands.\n\nThe committee warned that farmers would leave the land.\n'))
      .toEqual([['the department had n', 'Commons Environment, Food and Rural Affairs Committee'], ['farmers would leave ', 'Commons Environment, Food and Rural Affairs Committee']]);
  });
});

describe('attribution stage: a body’s name joined by "and"', () => {
  it('is no person named by its first words', () => {
    expect(speakerIn('The Lords Science and Health Committee ')).toBeNull();
    expect(organisationNameIn('The Lords Science and Health Committee ')?.name).toBe('Lords Science and Health Committee');
    expect(speakerIn('Westmoor Water and Drainage Board ')).toBeNull();
  });
});

describe('attribution stage: "the consortium", "the coalition"', () => {
  it('refer back to the body whose name the noun heads, not to the body named just before', async () => {
    expect(await paraphraseSpeakers('Shops answer peers\n\nThe Northern Grocers Consortium has rejected the findings.\n\nThe Lords Science and Health Committee said that the shops had done too little on sugar.\n\nIn its submission to the committee, the consortium called for a single national plan on diet.\n\nIt claimed that stores had cut more sugar than any other part of the trade.\n'))
      .toEqual([
        ['the shops had done t', 'Lords Science and Health Committee'],
        ['a single national pl', 'Northern Grocers Consortium'],
        ['stores had cut more ', 'Northern Grocers Consortium'],
      ]);
    expect(await paraphraseSpeakers('Cyclists reply\n\nThe Safe Streets Coalition was formed last year.\n\nThe Eastvale Transport Board said that most junctions met the standard.\n\nThe coalition said that half of the junctions it counted had no crossing at all.\n'))
      .toEqual([
        ['most junctions met t', 'Eastvale Transport Board'],
        ['half of the junction', 'Safe Streets Coalition'],
      ]);
  });
});

describe('attribution stage: "X urged Y to …"', () => {
  it('gives the call to the one who makes it, not to the one it is made on', async () => {
    const said = (await proposeArticle(null, {
      text: 'Levy on bread\n\nThe Independent Bakers Consortium has urged the Food Standards Agency to reject calls for a new levy on bread.\n\nThe Quiet Lanes Coalition pressed the Eastvale Transport Board to ignore calls for wider roads through the villages.\n',
      title: 'A test article',
    })).statements.map((s) => s.speaker.name);
    expect(said).toEqual(['Independent Bakers Consortium', 'Quiet Lanes Coalition']);
  });
});
