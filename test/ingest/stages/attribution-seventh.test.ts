/**
 * Attribution stage, issue 35's seventh round (sport, children's services, policing): a surname standing for the
 * full name the text gave first, a fronted phrase naming the occasion (often the report) before the speaker, a
 * relative clause between the speaker and the verb, a body's name with "and" inside it, a linking word before a
 * group, and members of a body's unnamed committee. In Chorus's own words, each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { proposeArticle } from '../../../src/ingest/propose.js';

const commission: Entity = { id: 'organisation:fair-play-commission', label: 'Organisation', name: 'Fair Play Commission', aliases: ['FPC'], roles: [], publishedBy: [] };
const review: Entity = { id: 'report:fair-play-review', label: 'Report', name: 'Fair Play Review', aliases: ['FPC report'], roles: [], publishedBy: [commission.id] };
/** A graph that holds the report the texts answer and its publisher, who must not take the answers. */
const graph = new Gazetteer([commission, review], [], []);

const speakers = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' }, { gazetteer: graph })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name]);
const quoteSpeakers = async (text: string) =>
  (await proposeArticle(null, { text, title: 'A test article' }, { gazetteer: graph })).statements.filter((s) => s.kind === 'quote').map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: a surname alone after the full name', () => {
  it('names the person the text named in full, whatever first name opened it', async () => {
    expect(await quoteSpeakers('Rowing review\n\nZoltan Brack believes the federation needs new leaders after the review.\n\nThe Fair Play Commission published the review on Monday.\n\n“Thank you for the apology, but words are cheap,” Brack said.\n'))
      .toEqual([['Thank you for the ap', 'Zoltan Brack']]);
    expect(await quoteSpeakers('Rowing review\n\nYusra Talib has asked the federation to publish its plan.\n\nThe Fair Play Commission published the review on Monday.\n\n“We were ignored for ten years and nobody at the top listened,” said Talib.\n'))
      .toEqual([['We were ignored for ', 'Yusra Talib']]);
  });
});

describe('attribution stage: a fronted phrase naming the occasion', () => {
  it('does not give the speaker (the report or its publisher); the clause’s subject after it does', async () => {
    expect(await quoteSpeakers('Rowing review\n\nOmar Hales rowed for the national team for a decade.\n\nFollowing the release of the FPC report, Hales told the Courier the federation must change, saying: “I think the federation should be rebuilt from the ground up.”\n'))
      .toEqual([['I think the federati', 'Omar Hales']]);
    expect(await quoteSpeakers('Rowing review\n\nLena Brook, the sports minister, visited the club on Monday.\n\nIn the wake of the Fair Play Review, the minister told members: “Every club will publish its safeguarding plan before the season starts.”\n'))
      .toEqual([['Every club will publ', 'Lena Brook']]);
  });
});

describe('attribution stage: a relative clause between the speaker and the verb', () => {
  it('describes the person named before it, who speaks', async () => {
    const said = await quoteSpeakers('Police review\n\nThe chief constable, Mark Dunne, said: “We accept every one of the findings and we will act on them.”\n\nRuth Okafor criticised the force on Monday.\n\nOkafor, who has been mayor for six years, said: “The report did not surprise me, because people have told me the same for years.”\n');
    expect(said).toContainEqual(['The report did not s', 'Ruth Okafor']);
    const told = await quoteSpeakers('Police review\n\nThe chief constable, Mark Dunne, said: “We accept every one of the findings and we will act on them.”\n\nPriya Lomax, whose office pays for the force, told reporters: “Nobody in this city should be surprised by what the review found.”\n');
    expect(told).toContainEqual(['Nobody in this city ', 'Priya Lomax']);
  });
});

describe('attribution stage: a body’s name with "and" inside it', () => {
  it('is kept whole, not cut to the words after "and"', async () => {
    expect(await quoteSpeakers('Fans react\n\nThe Blue and Gold Army (BAGA), tweeted: “Our members voted last night to back every recommendation in the review.”\n'))
      .toEqual([['Our members voted la', 'Blue and Gold Army']]);
    expect(await quoteSpeakers('Fans react\n\nFans’ group the Black and Amber Army wrote: “We will hold the owners to every promise they made to supporters today.”\n'))
      .toEqual([['We will hold the own', 'Black and Amber Army']]);
  });

  it('still gives two people joined by "and" their own names', async () => {
    const said = await speakers('Fans react\n\nJo Bell and Ann Ross said: “We will hold the owners to every promise they made to supporters today.”\n');
    expect(said.map(([, who]) => who)).not.toContain('Bell and Ann Ross');
    expect(said.map(([, who]) => who)).not.toContain('Jo Bell and Ann Ross');
  });
});

describe('attribution stage: a group after a linking word', () => {
  it('leaves "Yet" or "But" out of the group’s name', async () => {
    expect(await speakers('Rowing review\n\nYet campaigners say the findings have been weakened by the clubs.\n')).toEqual([['the findings have be', 'campaigners']]);
    expect(await speakers('Rowing review\n\nBut parents say the new rules will not reach the smaller clubs.\n')).toEqual([['the new rules will n', 'parents']]);
  });
});

describe('attribution stage: members of a body’s unnamed committee', () => {
  it('are kept whole as written, not cut at the possessive to the body', async () => {
    expect(await speakers('Care review\n\nMembers of Eastshire Council’s children’s committee have called for more detail about the improvement plan.\n'))
      .toEqual([['more detail about th', 'Members of Eastshire Council’s children’s committee']]);
    expect(await speakers('Care review\n\nSome members of the Harbour Trust’s board said the inspection had been rushed and unfair.\n'))
      .toEqual([['the inspection had b', 'Some members of the Harbour Trust’s board']]);
  });
});

describe('attribution stage: "he" or "she" after a person named only as an object', () => {
  it('goes on from the subject of the text before, not the last name written', async () => {
    expect(await quoteSpeakers('Police review\n\nDaniel Osei said the force must change.\n\nThe review was ordered after the conviction of the constable Mark Dunne.\n\nHe told the Morning Show: “We police by consent in this country and that consent is now in doubt.”\n'))
      .toEqual([['We police by consent', 'Daniel Osei']]);
    expect(await quoteSpeakers('Care review\n\nThe council leader, Helen Marsh, said the service had let families down.\n\nInspectors met the mother of a girl, Amy Clarke, during their visit.\n\nShe added: “We will not rest until every child in this county is safe at home.”\n'))
      .toEqual([['We will not rest unt', 'Helen Marsh']]);
  });

  it('still goes to a person who opened the sentence before', async () => {
    expect(await quoteSpeakers('Police review\n\nDaniel Osei said the force must change.\n\nMark Dunne, the chief constable, spoke to officers on Monday.\n\nHe told them: “Every one of the findings will be acted on before the summer.”\n'))
      .toEqual([['Every one of the fin', 'Mark Dunne']]);
  });
});

describe('attribution stage: a title in lower case before a name', () => {
  it('is the role that a later "the <title> said" refers back to', async () => {
    expect(await quoteSpeakers('Police review\n\nThe mayor, Daniel Osei, said the force must change.\n\nThe review was ordered after the conviction of a serving constable.\n\nThe mayor said: “We police by consent in this country and that consent is now in doubt.”\n'))
      .toEqual([['We police by consent', 'Daniel Osei']]);
    expect(await quoteSpeakers('Care review\n\nA statement came from Eastshire Council on Monday.\n\nThe council leader, Helen Marsh, said the service had let families down.\n\nCarla Reyes, a parent, said: “Nobody told us anything for months and we had to find out from the papers.”\n\nThe council leader told the meeting: “We will not rest until every child in this county is safe at home.”\n'))
      .toContainEqual(['We will not rest unt', 'Helen Marsh']);
  });
});

describe('attribution stage: a quote inside a sentence whose subject is a person', () => {
  it('is the subject’s, not the running speaker’s', async () => {
    expect(await quoteSpeakers('Rowing review\n\nIdris Farah said: “The federation has to be rebuilt from the bottom up, starting with its board.”\n\nFederation chair Lena Brook answered the findings on Tuesday, promising to “use this report to rebuild the sport”.\n'))
      .toContainEqual(['use this report to r', 'Lena Brook']);
    expect(await quoteSpeakers('Police review\n\nThe mayor, Daniel Osei, said: “We police by consent in this country and that consent is now in doubt.”\n\nChief Constable Mark Dunne met the families last week and later vowed to “root out every officer who abuses the badge”.\n'))
      .toContainEqual(['root out every offic', 'Mark Dunne']);
  });
});

describe('attribution stage: a subject after a fronted adverbial', () => {
  it('is still the subject a later "he" goes on from', async () => {
    expect(await quoteSpeakers('Growth forecast\n\nMark Dunne, the Fund’s chief economist, said the outlook had improved.\n\nDespite the Fund’s brighter outlook for the economy, shadow chancellor Tom Price warned the recovery was the slowest in a century.\n\nHe added: “Families are still worse off than they were when this government took office.”\n'))
      .toContainEqual(['Families are still w', 'Tom Price']);
    expect(await quoteSpeakers('Rowing review\n\nSam Okoro, who led the review, said the sport had failed its athletes.\n\nAfter the review was published on Monday, the federation’s new chair Luke Hart apologised to the athletes.\n\nHe said: “We failed the people we were meant to protect, and that will not happen again.”\n'))
      .toContainEqual(['We failed the people', 'Luke Hart']);
  });
});

describe('attribution stage: "<group> have responded to <the findings> by calling for …"', () => {
  it('is the group’s call, not the report publisher’s', async () => {
    expect(await speakers('Rowing review\n\nThe Fair Play Review was published on Monday.\n\nMany athletes’ groups and safeguarding charities have responded to the damning findings by calling for an independent regulator for the sport.\n'))
      .toEqual([['an independent regul', 'Many athletes’ groups and safeguarding charities']]);
    expect(await speakers('Rowing review\n\nThe Fair Play Review was published on Monday.\n\nParents have reacted to the report by calling for every coach to be vetted again.\n'))
      .toEqual([['every coach to be ve', 'parents']]);
  });
});
