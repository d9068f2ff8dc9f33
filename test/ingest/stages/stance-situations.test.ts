/**
 * Stance rules of the fourth round of issue 35 (src/ingest/stance.ts), on made-up sentences in Chorus's own
 * words: situation words that are not judgements of the target, tasks set for a review that has not reported,
 * endorsement without a judging adjective, the vocabulary of a rebuttal, and wishes that hold a good word.
 * Each pattern is written at least twice, so a rule fitted to one wording fails.
 */
import { describe, expect, it } from 'vitest';
import { scoreStance, stanceToward, verdictOnAnswered } from '../../../src/ingest/stance.js';
import { toward } from '../../support/stance-toward.js';

const report = { ownPublication: true };

describe('situation words are not judgements of the target', () => {
  it('"benefits" as welfare payments is not a gain; "the benefits of" still is', () => {
    expect(scoreStance('The plan would mean deep cuts to disability benefits and housing benefit.')).toMatchObject({ stance: 'critical', positive: 0 });
    expect(scoreStance('Pensioners on benefits will be hit hardest by the freeze in benefit rates.').positive).toBe(0);
    expect(scoreStance('The scheme brings real benefits for small firms.').stance).toBe('supportive');
  });
  it('who gains from a policy ("would do best from", "fared worst under") is not a judgement', () => {
    expect(scoreStance('Landlords with large portfolios would do best from the tax changes.').stance).toBe('neutral');
    expect(scoreStance('Young renters fared worst under the previous rules.').stance).toBe('neutral');
  });
  it('a feeling before a noun ("the most troubled prisons", "worried parents") describes them, not the speaker', () => {
    const prisons = toward('The minister has promised more staff for the most troubled prisons.', 'The minister');
    expect(prisons.cues.join()).toContain('troubled[s]');
    expect(scoreStance('Worried parents have written to the board.').negative).toBeLessThan(1);
    // Said of the speaker it is still a judgement.
    expect(scoreStance('We are deeply troubled by the decision.').stance).toBe('critical');
  });
  it('fitness for a purpose judges: "not appropriate places to live", "hardly an appropriate response"', () => {
    expect(stanceToward('Too many of these hostels are not appropriate places for children to live.', null, { topic: true }).stance).toBe('critical');
    expect(scoreStance('Closing the wards at a week\'s notice was hardly an appropriate response.').stance).toBe('critical');
  });
  it('"the trust" naming an NHS body is not the word trust', () => {
    expect(scoreStance('The trust said it would appoint a new chief executive.').stance).toBe('neutral');
    expect(scoreStance('A spokesperson for the hospital trust declined to comment.').stance).toBe('neutral');
    expect(scoreStance('The public has lost its trust in the board.').positive).toBeGreaterThan(0);
  });
  it('"getting X right is critical for" is a requirement; "need to go further" faults', () => {
    const text = 'Getting the basics right is critical for the ferry operators, and then they need to go further on punctuality.';
    expect(stanceToward(text, null, { topic: true })).toMatchObject({ stance: 'critical', positive: 0 });
    expect(scoreStance('To get the timetable right is essential for every rail company.').positive).toBe(0);
    expect(scoreStance('The councils must go much further to cut waiting lists.').stance).toBe('critical');
    // Getting it right, said of what someone did, still credits them.
    expect(scoreStance('The regulator got the numbers right this time.').stance).toBe('supportive');
  });
  it('what a demanded policy would do ("a plan that supports healthy eating") is not praise of the body asked', () => {
    expect(toward('The Scottish government should adopt, without delay, a food plan that promotes and supports healthy eating in schools.', 'The Scottish government')).toMatchObject({ stance: 'critical', positive: 0 });
    expect(toward('Ministers must introduce a fair and effective system of grants for carers.', 'Ministers')).toMatchObject({ stance: 'critical', positive: 0 });
  });
  it('a statement that goes on about its target demands of it by a pronoun ("It must also act")', () => {
    expect(stanceToward('It must also act to cut child poverty, which means protecting benefits.', null, { topic: true })).toMatchObject({ stance: 'critical', positive: 0 });
    expect(stanceToward('They should now publish the full timetable.', null, { topic: true }).stance).toBe('critical');
  });
});

describe('a task set for a review that has not reported is a condition, not a fault', () => {
  it('"the review must address …" toward a review: neutral; what went wrong is an event', () => {
    expect(toward('The Bus Review must address what went wrong last winter and deliver a more reliable service.', 'The Bus Review', report).stance).toBe('neutral');
    expect(toward('To win the trust of patients, the inquiry must hear from every family.', 'the inquiry', report).stance).toBe('neutral');
  });
  it('with a welcome around it, supportive', () => {
    const text = 'Tenants will welcome a thorough review of the sector. But to command their confidence the Housing Review must put residents first.';
    expect(toward(text, 'the Housing Review', report).stance).toBe('supportive');
  });
  it('a review that has failed already is faulted by the demand', () => {
    expect(toward('The inquiry must again explain why it has still not heard from the families.', 'The inquiry', report).stance).toBe('critical');
    expect(toward('The review should have listened to the families.', 'The review', report).stance).toBe('critical');
  });
  it('a body asked to act is still faulted', () => {
    expect(toward('The ministry must address the backlog of appeals.', 'The ministry').stance).toBe('critical');
  });
});

describe('endorsement without a judging adjective', () => {
  it('"this can\'t happen soon enough", "could not come soon enough" after a restated recommendation', () => {
    expect(verdictOnAnswered('That means a watchdog with teeth for every landlord. It cannot come soon enough.').stance).toBe('supportive');
    expect(verdictOnAnswered("A single price register for all sellers: this can't happen soon enough.").stance).toBe('supportive');
  });
  it('"research like this is crucial", "studies such as this one are vital"', () => {
    expect(verdictOnAnswered('Independent research like this is crucial because it shows how far we have to go.').stance).toBe('supportive');
    expect(verdictOnAnswered('Studies such as this one are vital for anyone planning services.').stance).toBe('supportive');
    // A service called crucial is not a study valued.
    expect(verdictOnAnswered('These crucial services are under strain.').stance).toBe('neutral');
  });
  it('"provides further evidence that" takes what the target says as proof', () => {
    expect(toward("This week's survey provides further evidence that the reforms are working.", "This week's survey", report).stance).toBe('supportive');
    expect(toward('The audit gives clear evidence that the new rules work.', 'The audit', report).stance).toBe('supportive');
  });
  it('what a statement with no account word says is not a verdict on the report it answers', () => {
    expect(verdictOnAnswered('It is shocking that so many children go hungry.').stance).toBe('neutral');
    expect(verdictOnAnswered('We welcome the new funding for schools.').stance).toBe('neutral');
  });
});

describe('the vocabulary of a rebuttal', () => {
  it('faults the account and its authors', () => {
    expect(toward('The ministry said the survey demonised farmers while ignoring the wider picture.', 'the survey').stance).toBe('critical');
    expect(verdictOnAnswered('Its authors picked their sources to fit preconceived conclusions.').stance).toBe('critical');
    expect(verdictOnAnswered('The study is politically motivated and its figures are fabricated.').stance).toBe('critical');
    expect(verdictOnAnswered('A total lack of objectivity, and double standards throughout.').stance).toBe('critical');
    expect(toward('The envoy accused the governor of a campaign of intimidation against journalists.', 'the governor').stance).toBe('critical');
    expect(scoreStance('This is a witch hunt based on baseless rumours.').stance).toBe('critical');
  });
  it('rebutting others\' accusations ("the unfounded allegations") does not fault the target', () => {
    expect(toward('We were pleased when the watchdog cleared us of the unfounded allegations.', 'the watchdog').stance).toBe('supportive');
    expect(toward('The inquiry has cleared the club of baseless claims of match fixing.', 'The inquiry', report).stance).not.toBe('critical');
  });
  it('"leaves no doubt that" is no praise; the bad thing after it stays bad', () => {
    expect(scoreStance('The evidence leaves no doubt that the board ignored the warnings.')).toMatchObject({ stance: 'critical', positive: 0 });
    expect(scoreStance('There is no doubt that the scheme has been a muddle.')).toMatchObject({ stance: 'critical', positive: 0 });
  });
  it('"nothing short of alarming" intensifies, it does not negate', () => {
    expect(scoreStance('The rise in evictions is nothing short of alarming.').stance).toBe('critical');
    expect(scoreStance('The response has been little short of shameful.').stance).toBe('critical');
  });
});

describe('bad news about the world stays neutral toward the report', () => {
  it('a good word inside a wish ("wants the city to be the best") is not praise', () => {
    expect(toward('For anyone who wants this city to be the best place to grow old, this report makes grim reading.', 'this report', report).stance).toBe('neutral');
    expect(toward('If you hope our schools will become the best in Europe, the survey is sobering.', 'the survey', report).stance).toBe('neutral');
  });
  it('"the findings of the report are concerning" is about what it found', () => {
    expect(toward('The findings of the Food Standards review are deeply worrying.', 'the Food Standards review', report).stance).toBe('neutral');
    expect(toward('The results of this survey are alarming.', 'this survey', report).stance).toBe('neutral');
    // A study's findings called wrong judge the study.
    expect(toward('The findings of the survey are flawed.', 'the survey', report).stance).toBe('critical');
  });
  it('"these figures paint a bleak picture" reports the figures\' content', () => {
    const text = 'With more claims rejected and more appeals upheld by the tribunal, these numbers paint a sorry picture of the benefits system.';
    expect(toward(text, 'the tribunal', report).stance).toBe('neutral');
    expect(toward('The data show a sorry state of affairs in our prisons.', 'The data', report).stance).toBe('neutral');
  });
});
