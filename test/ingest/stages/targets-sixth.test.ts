/**
 * Target rules of the sixth round of issue 35 (targets.ts, country-government.ts, judged-collectives.ts), on
 * made-up articles in Chorus's own words: another country's government is not the graph's HM Government, a
 * government of the past is not the one a statement answers, politicians in general are not the government,
 * and a policy is a target where the judging words attach to it. Each pattern is written at least twice.
 */
import { describe, expect, it } from 'vitest';
import { entity, quote, speaker } from '../../support/target-candidates.js';
import { SpeakerResolver } from '../../../src/ingest/attribution.js';
import { Gazetteer } from '../../../src/ingest/gazetteer.js';
import { countryGovernments } from '../../../src/ingest/stages/country-government.js';
import { collectiveMentions } from '../../../src/ingest/stages/judged-collectives.js';
import { governmentOf, TargetStage, type TargetCandidate } from '../../../src/ingest/stages/targets.js';

const government = entity('organisation:hm-government', 'Organisation', 'HM Government', { kind: 'government', aliases: ['the government', 'Government'] });
const board = entity('organisation:river-board', 'Organisation', 'River Board');
const review = entity('report:river-review-2020', 'Report', 'River Review 2020', { publishedBy: [board.id] });
const gaz = new Gazetteer([government, board, review], [], []);



/** The target stage as target-resolution.ts assembles it: the graph's government, other countries', collectives. */
function stage(text: string): TargetStage {
  const mentions = gaz.mentions(text);
  const resolver = new SpeakerResolver(text, gaz, mentions, () => review.id);
  const countries = countryGovernments(text);
  return new TargetStage({
    text,
    gaz,
    mentions,
    frameworks: [],
    mainReport: review,
    government: (at) => governmentOf(gaz, resolver, at),
    countryGovernment: (start, end) => {
      const name = countries.at(start, end);
      return name ? entity(`organisation:${name.toLowerCase().replace(/\s+/g, '-')}`, 'Organisation', name, { kind: 'government' }) : undefined;
    },
    collectives: collectiveMentions(text),
  });
}

const targets = (s: TargetStage, c: TargetCandidate) => s.targetsFor(c).map((t) => [t.name, t.stance]);
const names = (s: TargetStage, c: TargetCandidate) => s.targetsFor(c).map((t) => t.name);

describe('another country\'s government is not HM Government', () => {
  it('"the Irish Government", "France\'s government": that country\'s, wherever the article is', () => {
    const text = 'Campaigners in London answered the review.\n\nAoife Byrne said: “The Irish Government has failed these families for decades.”\n\nLuc Martin said: “France\'s government must now act on the review.”';
    const s = stage(text);
    expect(targets(s, quote(text, 'The Irish Government has failed these families for decades.', speaker('Aoife Byrne')))).toContainEqual(['Government of Ireland', 'critical']);
    expect(names(s, quote(text, 'France\'s government must now act on the review.', speaker('Luc Martin')))).toContain('Government of France');
    expect(names(s, quote(text, 'The Irish Government has failed these families for decades.', speaker('Aoife Byrne')))).not.toContain('HM Government');
  });

  it('"the Government" and "the State" in an article about Ireland (its Taoiseach, its Dáil) are Ireland\'s', () => {
    const text = 'The Taoiseach spoke in the Dáil after the review of Irish care homes was published.\n\nNiamh Walsh said: “The State failed the children in these homes, and the Government must now make amends.”';
    const s = stage(text);
    const found = targets(s, quote(text, 'The State failed the children in these homes, and the Government must now make amends.', speaker('Niamh Walsh')));
    expect(found).toContainEqual(['Government of Ireland', 'critical']);
    expect(found.map(([name]) => name)).not.toContain('HM Government');
  });

  it('in a British article "the Government" stays the graph\'s, and "the state" names no one', () => {
    const text = 'MPs at Westminster debated the review of UK care homes.\n\nTom Hale said: “The Government has let down every family relying on the state pension.”';
    const s = stage(text);
    expect(targets(s, quote(text, 'The Government has let down every family relying on the state pension.', speaker('Tom Hale')))).toContainEqual(['HM Government', 'critical']);
    expect(names(s, quote(text, 'The Government has let down every family relying on the state pension.', speaker('Tom Hale')))).toHaveLength(1);
  });

  it('"the Scottish Government" is the devolved one, not Whitehall', () => {
    const text = 'Ewan Ross said: “The Scottish Government has ignored these warnings for years.”';
    expect(targets(stage(text), quote(text, 'The Scottish Government has ignored these warnings for years.', speaker('Ewan Ross')))).toContainEqual(['Scottish Government', 'critical']);
  });
});

describe('a government of the past set against the incumbent', () => {
  it('"the last Labour Government made progress … this Government is reversing it": critical of the incumbent', () => {
    const text = 'Ann Cole said: “The last Labour Government made real progress on child poverty, but this Government is now reversing that progress.”';
    expect(targets(stage(text), quote(text, 'The last Labour Government made real progress on child poverty, but this Government is now reversing that progress.', speaker('Ann Cole')))).toContainEqual(['HM Government', 'critical']);
  });
  it('"the previous government built homes; the Government today is undoing those gains": critical', () => {
    const text = 'Raj Patel said: “The previous government built thousands of council homes. Now the Government is undoing the gains of that decade.”';
    expect(targets(stage(text), quote(text, 'The previous government built thousands of council homes. Now the Government is undoing the gains of that decade.', speaker('Raj Patel')))).toContainEqual(['HM Government', 'critical']);
  });
  it('praise of a former government alone is no judgement of today\'s', () => {
    const text = 'Ann Cole said: “The former Conservative Government did good work on adoption.”';
    expect(names(stage(text), quote(text, 'The former Conservative Government did good work on adoption.', speaker('Ann Cole')))).not.toContain('HM Government');
  });
});

describe('politicians in general are not the government', () => {
  it('"many of the politicians should hang their heads in shame", "politicians of every party ignored it": a group, not HM Government', () => {
    const text = 'Mark Dale said: “Many of the politicians of those years should hang their heads in shame.” Lucy Fern said: “Local politicians ignored every warning they were given.”';
    const s = stage(text);
    const first = targets(s, quote(text, 'Many of the politicians of those years should hang their heads in shame.', speaker('Mark Dale')));
    expect(first).toContainEqual(['politicians', 'critical']);
    expect(first.map(([name]) => name)).not.toContain('HM Government');
    expect(targets(s, quote(text, 'Local politicians ignored every warning they were given.', speaker('Lucy Fern')))).toContainEqual(['local politicians', 'critical']);
  });
});

describe('a policy or programme is a target where the judging words attach to it', () => {
  it('"welfare cuts … are to blame", "the bedroom tax is cruel and unfair": critical', () => {
    const text = 'The charity says benefit cuts are to blame for the rise. Dan Moss said: “The bedroom tax is unfair and has pushed tenants into debt.”';
    const s = stage(text);
    expect(targets(s, { kind: 'paraphrase', start: text.indexOf('benefit cuts'), end: text.indexOf(' for the rise'), speaker: speaker('Kim Lee') })).toContainEqual(['benefit cuts', 'critical']);
    expect(targets(s, quote(text, 'The bedroom tax is unfair and has pushed tenants into debt.', speaker('Dan Moss')))).toContainEqual(['bedroom tax', 'critical']);
  });
  it('"we welcome the new curriculum", "the Family Support Grant is a valuable source of help": supportive', () => {
    const text = 'Jane Wu said: “We strongly welcome the new curriculum in our schools.” Omar Ali said: “The Family Support Grant is a valuable source of funding.”';
    const s = stage(text);
    expect(targets(s, quote(text, 'We strongly welcome the new curriculum in our schools.', speaker('Jane Wu')))).toContainEqual(['new curriculum', 'supportive']);
    expect(targets(s, quote(text, 'The Family Support Grant is a valuable source of funding.', speaker('Omar Ali')))).toContainEqual(['Family Support Grant', 'supportive']);
  });
  it('a policy named in passing, with no judging word about it, is not a target', () => {
    const text = 'Jane Wu said: “Teachers will start on the new curriculum in September.”';
    expect(names(stage(text), quote(text, 'Teachers will start on the new curriculum in September.', speaker('Jane Wu')))).not.toContain('new curriculum');
  });
});

describe('"the inquiry" is the inquiry named before, and stands for its report', () => {
  const inquiry = entity('organisation:harbour-inquiry', 'Organisation', 'Harbour Inquiry');
  const final = entity('report:harbour-inquiry-report', 'Report', 'Harbour Inquiry Report', { publishedBy: [inquiry.id] });
  const inquiryGaz = new Gazetteer([government, inquiry, final], [], []);
  function inquiryStage(text: string): TargetStage {
    const mentions = inquiryGaz.mentions(text);
    const resolver = new SpeakerResolver(text, inquiryGaz, mentions, () => final.id);
    return new TargetStage({ text, gaz: inquiryGaz, mentions, frameworks: [], mainReport: final, government: (at) => governmentOf(inquiryGaz, resolver, at) });
  }
  it('"The inquiry has given the families the truth", "This inquiry was a whitewash": the report, judged', () => {
    const text = 'The Harbour Inquiry reported on Monday.\n\nJo Sands said: “The inquiry has given the families the truth at last.”\n\nBen Kay said: “This inquiry was a whitewash from start to finish.”';
    const s = inquiryStage(text);
    expect(targets(s, quote(text, 'The inquiry has given the families the truth at last.', speaker('Jo Sands')))).toContainEqual(['Harbour Inquiry Report', 'supportive']);
    expect(targets(s, quote(text, 'This inquiry was a whitewash from start to finish.', speaker('Ben Kay')))).toContainEqual(['Harbour Inquiry Report', 'critical']);
  });
});
