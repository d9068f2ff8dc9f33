/**
 * Target-resolution stage: a collective a statement opens on, the object of a frame that judges
 * or describes ("accused the government of “…”"), and an inspectorate's way of grading judged. Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { entity, quote, speaker } from '../../support/target-candidates.js';
import { SpeakerResolver, type Resolved } from '../../../src/ingest/attribution.js';
import { Gazetteer } from '../../../src/ingest/gazetteer.js';
import { collectiveMentions } from '../../../src/ingest/stages/judged-collectives.js';
import { governmentOf, TargetStage, type TargetCandidate } from '../../../src/ingest/stages/targets.js';

const government = entity('organisation:hm-government', 'Organisation', 'HM Government', { aliases: ['the government', 'Government'] });
const inspectorate = entity('organisation:river-inspectorate', 'Organisation', 'River Inspectorate', { kind: 'inspectorate' });
const council = entity('council:moorby', 'Council', 'Moorby', { aliases: ['Moorby Council'] });
const review = entity('report:river-review', 'Report', 'River Review', { publishedBy: [inspectorate.id] });

function stage(text: string): TargetStage {
  const gaz = new Gazetteer([government, inspectorate, council, review], [], []);
  const mentions = gaz.mentions(text);
  const resolver = new SpeakerResolver(text, gaz, mentions, () => review.id);
  return new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: review, government: (at) => governmentOf(gaz, resolver, at), collectives: collectiveMentions(text) });
}

const names = (s: TargetStage, c: TargetCandidate) => s.targetsFor(c).map((t) => t.name);
const targets = (s: TargetStage, c: TargetCandidate) => s.targetsFor(c).map((t) => [t.name, t.stance]);

describe('a collective the statement opens on', () => {
  it('is what the statement is about, whatever its words, beside the report it answers', () => {
    const text = 'Pat Ames said: “Councils take their duty to children in care very seriously and work with the police every day.” Lee Cole said some councils had dropped behind their neighbours.';
    const s = stage(text);
    expect(names(s, quote(text, 'Councils take their duty to children in care very seriously and work with the police every day.', speaker('Pat Ames')))).toEqual(['River Review', 'councils']);
    expect(names(s, quote(text, 'some councils had dropped behind their neighbours', speaker('Lee Cole'), 'paraphrase'))).toContain('councils');
  });

  it('is not, where the statement names a report, speaks of money withheld, or names the collective only later', () => {
    const text =
      'Pat Ames said: “Councils are doing all they can, but with less money every single year.” Lee Cole said: “Councils will find this review hard to read.” Kim Dale said: “Families wait months because councils cannot recruit.”';
    const s = stage(text);
    expect(names(s, quote(text, 'Councils are doing all they can, but with less money every single year.', speaker('Pat Ames')))).not.toContain('councils');
    // Money withheld, with no one named for it, is the government's doing.
    expect(targets(s, quote(text, 'Councils are doing all they can, but with less money every single year.', speaker('Pat Ames')))).toContainEqual(['HM Government', 'critical']);
    expect(names(s, quote(text, 'Councils will find this review hard to read.', speaker('Lee Cole')))).not.toContain('councils');
    expect(names(s, quote(text, 'Families wait months because councils cannot recruit.', speaker('Kim Dale')))).not.toContain('councils');
  });
});

describe('the object of a frame that judges or describes', () => {
  it('is what the quoted words are said of: the government accused, a council described', () => {
    const text = 'The shadow minister accused the government of “hiding behind the regulator”. Inspectors described the council’s leadership in Moorby as “strong and visible”.';
    const s = stage(text);
    expect(targets(s, quote(text, 'hiding behind the regulator', speaker('Jo Hart')))).toContainEqual(['HM Government', 'critical']);
    expect(targets(s, quote(text, 'strong and visible', speaker('River Inspectorate', { id: inspectorate.id, label: 'Organisation' })))).toEqual([['Moorby', 'supportive']]);
  });

  it('a council described after the text has named it; findings described are the report, not an actor', () => {
    const text = 'Moorby Council was inspected in May. Inspectors described the council’s response to referrals as “slow and patchy”. The charity described the findings as “grim reading”.';
    const s = stage(text);
    expect(targets(s, quote(text, 'slow and patchy', speaker('Inspectors')))).toEqual([['Moorby', 'critical']]);
    expect(names(s, quote(text, 'grim reading', speaker('The charity')))).toEqual(['River Review']);
  });
});

describe('an inspectorate’s way of grading judged', () => {
  it('is the inspectorate, beside the report, where another speaks of single-word ratings or the inspection regime', () => {
    const text =
      'The River Inspectorate published its review. Pat Ames said: “A single-word rating cannot capture the work of a whole service.” Lee Cole said: “An inspection regime that ignores rising demand helps nobody.”';
    const s = stage(text);
    expect(names(s, quote(text, 'A single-word rating cannot capture the work of a whole service.', speaker('Pat Ames'))).sort()).toEqual(['River Inspectorate', 'River Review']);
    expect(targets(s, quote(text, 'An inspection regime that ignores rising demand helps nobody.', speaker('Lee Cole')))).toContainEqual(['River Inspectorate', 'critical']);
    const more = 'The River Inspectorate published its review. Kim Dale said: “A single grade can end a good director’s career.”';
    expect(names(stage(more), quote(more, 'A single grade can end a good director’s career.', speaker('Kim Dale')))).toContain('River Inspectorate');
  });

  it('is not the inspectorate defending its own grading', () => {
    const text = 'The River Inspectorate published its review. Its chief said: “A single-word rating gives parents a clear answer.”';
    const chief = speaker('Ann Bell', { role: { title: 'chief inspector', at: inspectorate.id, atName: inspectorate.name } } as Partial<Resolved>);
    expect(names(stage(text), quote(text, 'A single-word rating gives parents a clear answer.', chief))).not.toContain('River Inspectorate');
  });
});

describe('agencies as a class', () => {
  it('are a target where the statement faults them, and never stand for what a review assesses', async () => {
    const { proposeArticle } = await import('../../../src/ingest/propose.js');
    const text =
      'A serious case review published today by the Moorby Safeguarding Children Board found that a baby’s death in Moorby could have been prevented.\n\n' +
      'The review said agencies had failed to share what they knew about the family.\n\n' +
      'The board’s chair, Ann Bell, said: “Every agency has accepted the recommendations in full.”';
    const draft = await proposeArticle(null, { title: 'Baby’s death could have been prevented, review finds', text });
    const about = (words: string) => draft.statements.find((s) => s.text.startsWith(words))!.about.map((t) => [t.name, t.stance]);
    expect(about('agencies had failed')).toContainEqual(['agencies', 'critical']);
    // Not the review's subject: a statement that names no one is not said of them.
    expect(about('Every agency has accepted').map(([name]) => name)).not.toContain('agencies');
  });
});

describe('councils counted', () => {
  it('are the councils collective where the text lists none; councils pointed to are the listed ones', () => {
    expect(collectiveMentions('The board said 14 of the 43 councils inspected had been judged inadequate.').map((m) => m.entity.name)).toEqual(['councils']);
    expect(collectiveMentions('Eleven councils in England are failing.').map((m) => m.entity.name)).toEqual(['councils']);
    expect(collectiveMentions('Marsh Vale and Kelby were inspected. These councils must now improve, and the two councils will be visited again.')).toEqual([]);
  });

  it('are what a finding about them judges, whichever framework the statement also names', () => {
    const text = 'The River Inspectorate said 14 of the 43 councils inspected under the River framework had been judged inadequate.';
    const s = stage(text);
    const words = '14 of the 43 councils inspected under the River framework had been judged inadequate';
    expect(targets(s, quote(text, words, speaker('River Inspectorate', { id: inspectorate.id, label: 'Organisation' }), 'paraphrase'))).toContainEqual(['councils', 'critical']);
  });
});
