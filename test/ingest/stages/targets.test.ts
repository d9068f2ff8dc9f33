/**
 * The target-resolution and stance stage (src/ingest/stages/targets.ts) on plain data: a gazetteer of
 * a few made-up entities (no store), statement candidates with their speakers, and the targets and
 * stances proposed for each.
 */
import { describe, expect, it } from 'vitest';
import { entity, quote, speaker } from '../../support/target-candidates.js';
import { SpeakerResolver, type Resolved } from '../../../src/ingest/attribution.js';
import { Gazetteer } from '../../../src/ingest/gazetteer.js';
import { governmentOf, headlineTarget, TargetStage, type TargetCandidate, type TargetContext } from '../../../src/ingest/stages/targets.js';
import { collectiveMentions } from '../../../src/ingest/stages/judged-collectives.js';

const government = entity('organisation:hm-government', 'Organisation', 'HM Government', { aliases: ['the government', 'Government'] });
const board = entity('organisation:river-board', 'Organisation', 'River Board');
const review = entity('report:river-review-2020', 'Report', 'River Review 2020', { publishedBy: [board.id] });
const withGovernment = new Gazetteer([government, board, review], [], []);

function stage(text: string, gaz: Gazetteer, extra: Partial<TargetContext> = {}): TargetStage {
  const mentions = gaz.mentions(text);
  const resolver = new SpeakerResolver(text, gaz, mentions, () => review.id);
  return new TargetStage({ text, gaz, mentions, frameworks: [], mainReport: review, government: (at) => governmentOf(gaz, resolver, at), ...extra });
}

const targets = (s: TargetStage, c: TargetCandidate) => s.targetsFor(c).map((t) => [t.name, t.stance]);

describe('target-resolution stage: the government', () => {
  it('is blamed as "ministers" or "this government", not only by its graph name', () => {
    const text = 'Jo Reid said: “Ministers have failed a generation.” Sam Hill said: “This government drags its feet.”';
    const s = stage(text, withGovernment);
    expect(targets(s, quote(text, 'Ministers have failed a generation.', speaker('Jo Reid')))).toContainEqual(['HM Government', 'critical']);
    expect(targets(s, quote(text, 'This government drags its feet.', speaker('Sam Hill')))).toContainEqual(['HM Government', 'critical']);
  });

  it('is blamed for cuts it is not named in, and proposed as new where the graph holds no government', () => {
    const text = 'Jo Reid said: “Every club that shut did so because its grant was cut.”';
    const empty = new Gazetteer([review], [], []);
    const resolver = new SpeakerResolver(text, empty, [], () => review.id);
    const s = new TargetStage({ text, gaz: empty, mentions: [], frameworks: [], mainReport: review, government: (at) => governmentOf(empty, resolver, at) });
    const about = s.targetsFor(quote(text, 'Every club that shut did so because its grant was cut.', speaker('Jo Reid')));
    expect(about.find((t) => t.label === 'Organisation')).toMatchObject({ name: 'Government', stance: 'critical' });
    expect([...resolver.newActors.values()]).toEqual([expect.objectContaining({ name: 'Government', kind: 'government', rule: 'new-organisation:government-blamed' })]);
    // The report it answers stays a target, neutral: the cuts are not the report's fault.
    expect(about.find((t) => t.target === review.id)).toMatchObject({ stance: 'neutral' });
  });

  it('is faulted by a demand for policy that names no one ("we now need a credible plan")', () => {
    const text = 'Jo Reid said: “We now need a credible plan for the care workforce.”';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'We now need a credible plan for the care workforce.', speaker('Jo Reid')));
    expect(about.find((t) => t.target === government.id)).toMatchObject({ stance: 'critical', cues: expect.arrayContaining(['the government blamed: We now need a credible plan']) });
  });

  it('is not blamed by implication by its own departments', () => {
    const text = 'A Department for Transport spokesperson said: “Funding cuts to bus routes were decided locally, and we now need a credible plan from councils.”';
    const dft = speaker('Department for Transport', { label: 'Organisation' });
    const about = stage(text, withGovernment).targetsFor(quote(text, 'Funding cuts to bus routes were decided locally, and we now need a credible plan from councils.', dft));
    expect(about.map((t) => t.target)).not.toContain(government.id);
  });

  it('is the target a headline says is attacked, for statements that name no one', () => {
    const headline = headlineTarget('Union slams Government over youth clubs', withGovernment, () => government);
    expect(headline).toMatchObject({ entity: { id: government.id }, stance: 'critical' });
    // A publisher named as the owner of the report attacked is not the target: the report is.
    expect(headlineTarget('Teachers hit back at River Board review', withGovernment, () => government)).toBeUndefined();
    // The verb's object only: not a name after a preposition, nor one qualifying the noun after it.
    expect(headlineTarget('Minister praises staff after Government review', withGovernment, () => government)).toBeUndefined();
    expect(headlineTarget('Council welcomes improved Government rating', withGovernment, () => government)).toBeUndefined();
    expect(headlineTarget('Union attacks Government over cuts', withGovernment, () => government)).toMatchObject({ entity: { id: government.id } });
    const text = 'Jo Reid said: “For years we warned about this.”';
    const s = stage(text, withGovernment, { headline });
    expect(targets(s, quote(text, 'For years we warned about this.', speaker('Jo Reid')))).toContainEqual(['HM Government', 'critical']);
  });
});

describe('target-resolution stage: reports', () => {
  it('"this report" is the report named just before it, not always the article’s main report', () => {
    const text = 'The board also published a Thematic Review of Weirs last year. Jo Reid said: “This review is thorough.”';
    const weirs = entity('report:thematic-review-of-weirs', 'Report', 'Thematic Review of Weirs');
    const at = text.indexOf('Thematic Review of Weirs');
    const s = stage(text, withGovernment, { reports: [{ entity: weirs, start: at, end: at + 'Thematic Review of Weirs'.length }] });
    expect(targets(s, quote(text, 'This review is thorough.', speaker('Jo Reid')))).toEqual([['Thematic Review of Weirs', 'supportive']]);
  });

  it('"we welcome it" and "called it …" judge the report answered', () => {
    const text = 'Jo Reid said: “So, yes, we welcome it.” Sam Hill called it “a missed opportunity to act”.';
    const s = stage(text, withGovernment);
    expect(targets(s, quote(text, 'So, yes, we welcome it.', speaker('Jo Reid')))).toEqual([['River Review 2020', 'supportive']]);
    expect(targets(s, quote(text, 'a missed opportunity to act', speaker('Sam Hill')))).toEqual([['River Review 2020', 'critical']]);
  });

  it('"This is a careful piece of work" judges the report; "This is shameful" judges the situation', () => {
    const text = 'Jo Reid said: “This is a careful piece of work.” Sam Hill said: “This is shameful for the families.”';
    const s = stage(text, withGovernment);
    expect(targets(s, quote(text, 'This is a careful piece of work.', speaker('Jo Reid')))).toEqual([['River Review 2020', 'supportive']]);
    expect(targets(s, quote(text, 'This is shameful for the families.', speaker('Sam Hill')))).toEqual([['River Review 2020', 'neutral']]);
  });

  it('a statement that names nothing answers the report without judging it: a sad fact is neutral toward it', () => {
    const text = 'Jo Reid said: “It is heartbreaking that so many children sleep in cold rooms.”';
    expect(targets(stage(text, withGovernment), quote(text, 'It is heartbreaking that so many children sleep in cold rooms.', speaker('Jo Reid')))).toEqual([['River Review 2020', 'neutral']]);
  });

  it('its publisher’s own people do not judge it by its findings', () => {
    const text = 'Ann Lee said: “Our review shows that rivers are dirtier and that is not acceptable.”';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'Our review shows that rivers are dirtier and that is not acceptable.', speaker('Ann Lee', { role: { title: 'chair', at: board.id } })));
    expect(about).toEqual([expect.objectContaining({ target: review.id, stance: 'neutral', cues: expect.arrayContaining(['speaker published it']) })]);
  });
});

describe('target-resolution stage: people and bodies', () => {
  it('a paragraph that names no one continues its speaker’s judged target, with its own stance', () => {
    const text = 'Jo Reid said: “The River Board has failed us.\n\n“Its chairman should be ashamed, and that is shameful.”';
    const s = stage(text, withGovernment);
    const jo = speaker('Jo Reid');
    expect(targets(s, quote(text, 'The River Board has failed us.', jo))).toContainEqual(['River Board', 'critical']);
    const next = s.targetsFor(quote(text, 'Its chairman should be ashamed, and that is shameful.', jo));
    expect(next.find((t) => t.target === board.id)).toMatchObject({ stance: 'critical', cues: expect.arrayContaining(['continues the speaker\'s previous target: River Board']) });
    expect(next.find((t) => t.target === board.id)!.confidence).toBeLessThanOrEqual(0.5);
  });

  it('the speaker’s own organisation is its target only when the statement judges it', () => {
    const text = 'Jo Reid, chair of the River Board, said: “The board has said this for a decade, and the government failed to listen.”';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'The board has said this for a decade, and the government failed to listen.', speaker('Jo Reid', { role: { title: 'chair', at: board.id } })));
    expect(about.map((t) => t.target)).not.toContain(board.id);
    expect(about.find((t) => t.target === government.id)).toMatchObject({ stance: 'critical' });
    const sorry = 'Jo Reid, chair of the River Board, said: “The River Board has failed these rivers, and I am sorry.”';
    const own = stage(sorry, withGovernment).targetsFor(quote(sorry, 'The River Board has failed these rivers, and I am sorry.', speaker('Jo Reid', { role: { title: 'chair', at: board.id } })));
    expect(own.find((t) => t.target === board.id)).toMatchObject({ stance: 'critical' });
  });

  it('the actor named just before the quotation mark is what the quoted words are said of', () => {
    const text = 'The union says the River Board “should be the calm, measured voice of the sector”.';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'should be the calm, measured voice of the sector', speaker('Union', { label: 'Organisation' })));
    expect(about.find((t) => t.target === board.id)).toMatchObject({ stance: 'critical', cues: expect.arrayContaining(['the frame predicates it of: River Board']) });
  });

  it('"the chief inspector" is the person named before with that title, in the graph or in the text', () => {
    const wilshaw = entity('person:ann-lee', 'Person', 'Ann Lee', { roles: [{ title: 'HM Chief Inspector', at: board.id }] });
    const gaz = new Gazetteer([government, board, review, wilshaw], [], []);
    const text = 'Ann Lee spoke on Monday. Jo Reid said: “When rivers are failing, it is right that the chief inspector acts.”';
    const about = stage(text, gaz).targetsFor(quote(text, 'When rivers are failing, it is right that the chief inspector acts.', speaker('Jo Reid')));
    expect(about.find((t) => t.target === wilshaw.id)).toMatchObject({ stance: 'supportive', cues: expect.arrayContaining(['role: the chief inspector = Ann Lee']) });
  });
});

describe('target-resolution stage: stance in the frame and the speaker vindicated (issue 35, second round)', () => {
  it('a paraphrase opening with the object of a judging verb is judged with its frame ("criticised the board for …")', () => {
    const text = 'Jo Reid criticised the River Board for closing the towpaths in winter.';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'the River Board for closing the towpaths in winter', speaker('Jo Reid'), 'paraphrase'));
    expect(about.find((t) => t.target === board.id)).toMatchObject({ stance: 'critical' });
    const praised = 'Jo Reid praised the River Board for opening the towpaths in winter.';
    const praise = stage(praised, withGovernment).targetsFor(quote(praised, 'the River Board for opening the towpaths in winter', speaker('Jo Reid'), 'paraphrase'));
    expect(praise.find((t) => t.target === board.id)).toMatchObject({ stance: 'supportive' });
  });

  it('a report that says what the speaker has said for years is endorsed by the speaker', () => {
    const text = 'Jo Reid said: “Anglers have been telling us about dead fish for years, and the River Review 2020 has now counted them.”';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'Anglers have been telling us about dead fish for years, and the River Review 2020 has now counted them.', speaker('Jo Reid')));
    expect(about.find((t) => t.target === review.id)).toMatchObject({ stance: 'supportive', cues: expect.arrayContaining([expect.stringMatching(/^the speaker vindicated/)]) });
    // Without the vindication the same report is only reported on.
    const plain = 'Jo Reid said: “The River Review 2020 has now counted the dead fish.”';
    const neutral = stage(plain, withGovernment).targetsFor(quote(plain, 'The River Review 2020 has now counted the dead fish.', speaker('Jo Reid')));
    expect(neutral.find((t) => t.target === review.id)).toMatchObject({ stance: 'neutral' });
  });

  it('a description the frame predicates of the report ("called the review “…”") faults it by what it lacks', () => {
    const text = 'Jo Reid called the review “a census of dead fish with no cure”.';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'a census of dead fish with no cure', speaker('Jo Reid')));
    expect(about.find((t) => t.target === review.id)).toMatchObject({ stance: 'critical' });
  });
});

describe('target-resolution stage: a framework and who made it (issue 35, second round)', () => {
  const code = entity('framework:river-code', 'Framework', 'River Inspection Code', { publishedBy: [board.id] });
  const reviewUnder = entity('report:river-review-2020', 'Report', 'River Review 2020', { publishedBy: [board.id], framework: code.id });
  const gaz = new Gazetteer([government, board, reviewUnder, code], [], []);
  const stageOf = (text: string) => new TargetStage({ text, gaz, mentions: gaz.mentions(text), frameworks: [], mainReport: reviewUnder });

  it('"its inspection methods" with no framework named is the one the article’s report was made under; its maker is judged with it', () => {
    const text = 'Jo Reid said its inspection methods were not good enough to measure the rivers properly.';
    const span = 'its inspection methods were not good enough to measure the rivers properly';
    const start = text.indexOf(span);
    const about = stageOf(text).targetsFor({ kind: 'paraphrase', start, end: start + span.length, speaker: speaker('Jo Reid') });
    expect(about.find((t) => t.target === code.id)).toMatchObject({ stance: 'critical' });
    expect(about.find((t) => t.target === board.id)).toMatchObject({ stance: 'critical', cues: expect.arrayContaining(['made the framework judged: River Inspection Code']) });
  });

  it('the maker is not judged by its own people, nor when the framework is only mentioned', () => {
    const text = 'Ann Lee said its inspection methods were not good enough. Jo Reid said the new framework starts in May.';
    const own = 'its inspection methods were not good enough';
    const a = text.indexOf(own);
    const mine = stageOf(text).targetsFor({ kind: 'paraphrase', start: a, end: a + own.length, speaker: speaker('Ann Lee', { role: { title: 'chair', at: board.id } }) });
    expect(mine.map((t) => t.target)).not.toContain(board.id);
    const plain = 'the new framework starts in May';
    const b = text.indexOf(plain);
    const neutral = stageOf(text).targetsFor({ kind: 'paraphrase', start: b, end: b + plain.length, speaker: speaker('Jo Reid') });
    expect(neutral.find((t) => t.target === code.id)).toMatchObject({ stance: 'neutral' });
    expect(neutral.map((t) => t.target)).not.toContain(board.id);
  });
});

describe('target-resolution stage: a place and an inspection regime referred back to (issue 35, second round)', () => {
  it('"There, …" opening a sentence is the council named just before', () => {
    const ashby = entity('council:ashby', 'Council', 'Ashby');
    const gaz = new Gazetteer([government, board, review, ashby], [], []);
    const text = 'Take Ashby, one of the areas rated weakest. There, a third of the posts were empty, the paper said.';
    const span = 'There, a third of the posts were empty';
    const start = text.indexOf(span);
    const about = new TargetStage({ text, gaz, mentions: gaz.mentions(text), frameworks: [], mainReport: review }).targetsFor({ kind: 'paraphrase', start, end: start + span.length, speaker: speaker('Jo Reid') });
    expect(about.find((t) => t.target === ashby.id)).toMatchObject({ stance: 'neutral', cues: expect.arrayContaining(['place referred to: There = Ashby']) });
    // "There are" is no place.
    const none = 'Ashby was named. There are empty posts everywhere.';
    const at = none.indexOf('There are');
    const other = new TargetStage({ text: none, gaz, mentions: gaz.mentions(none), frameworks: [], mainReport: review }).targetsFor({ kind: 'paraphrase', start: at, end: none.length, speaker: speaker('Jo Reid') });
    expect(other.map((t) => t.target)).not.toContain(ashby.id);
  });

  it('"these inspections" with no framework named is the regime the article’s report was made under', () => {
    const code = entity('framework:river-code', 'Framework', 'River Inspection Code', { publishedBy: [board.id] });
    const reviewUnder = entity('report:river-review-2020', 'Report', 'River Review 2020', { publishedBy: [board.id], framework: code.id });
    const gaz = new Gazetteer([government, board, reviewUnder, code], [], []);
    const text = 'Jo Reid claims these inspections were tougher than last year’s.';
    const span = 'these inspections were tougher than last year’s';
    const start = text.indexOf(span);
    const about = new TargetStage({ text, gaz, mentions: gaz.mentions(text), frameworks: [], mainReport: reviewUnder }).targetsFor({ kind: 'paraphrase', start, end: start + span.length, speaker: speaker('Jo Reid') });
    expect(about.find((t) => t.target === code.id)).toMatchObject({ stance: 'neutral' });
  });
});

describe('target-resolution stage: collectives, parties, providers and pronouns (issue 35, third round)', () => {
  const energy = entity('report:energy-review', 'Report', 'Energy Review', { publishedBy: [] });
  const withCollectives = (text: string) => {
    const gaz = new Gazetteer([energy], [], []);
    const resolver = new SpeakerResolver(text, gaz, [], () => energy.id);
    return new TargetStage({ text, gaz, mentions: [], frameworks: [], mainReport: energy, government: (at) => governmentOf(gaz, resolver, at), collectives: collectiveMentions(text) });
  };

  it('an industry the judging words attach to is a target, as subject or object; one named in passing is not', () => {
    const text = 'Jo Reid said: “Too many energy suppliers are failing their customers.” Sam Hill said: “We thank the rail operators for an excellent winter.” Kim Lo said: “Complaints about broadband providers rose by a tenth.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'Too many energy suppliers are failing their customers.', speaker('Jo Reid')))).toContainEqual(['energy suppliers', 'critical']);
    expect(targets(s, quote(text, 'We thank the rail operators for an excellent winter.', speaker('Sam Hill')))).toContainEqual(['rail operators', 'supportive']);
    expect(targets(s, quote(text, 'Complaints about broadband providers rose by a tenth.', speaker('Kim Lo'))).map(([name]) => name)).toEqual(['Energy Review']);
  });

  it('"the sector" and a bare head noun are the industry named before', () => {
    const text = 'Water companies were assessed. Jo Reid said: “The sector has done an excellent job this year.” Sam Hill said: “Some companies are still failing badly.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'The sector has done an excellent job this year.', speaker('Jo Reid')))).toContainEqual(['water companies', 'supportive']);
    expect(targets(s, quote(text, 'Some companies are still failing badly.', speaker('Sam Hill')))).toContainEqual(['water companies', 'critical']);
  });

  it('a party is judged as itself or by what it owns, named as fully as the text names it; a party MP is a person', () => {
    const text = 'Jo Reid said: “Conservative proposals are unfair to the poorest families.” Sam Hill said: “Labour’s plans are the most credible on offer.” Kim Lo said: “Labour MP Ann Gray was unfair to us.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'Conservative proposals are unfair to the poorest families.', speaker('Jo Reid')))).toContainEqual(['Conservatives', 'critical']);
    expect(targets(s, quote(text, 'Labour’s plans are the most credible on offer.', speaker('Sam Hill')))).toContainEqual(['Labour', 'supportive']);
    expect(targets(s, quote(text, 'Labour MP Ann Gray was unfair to us.', speaker('Kim Lo'))).map(([name]) => name)).not.toContain('Labour');
    expect(collectiveMentions('The Tories were fined. The Conservative Party said it would pay.').map((m) => m.entity.name)).toEqual(['Conservative Party', 'Conservative Party']);
  });

  it('the provider an inspection judges is named by what it runs', () => {
    const text = 'The inspectors said: “Four Castle Care-run homes were not keeping residents safe.” Jo Reid said: “Homes run by Oak Lodge Group give excellent care.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'Four Castle Care-run homes were not keeping residents safe.', speaker('Sam Hill')))).toContainEqual(['Castle Care', 'critical']);
    expect(targets(s, quote(text, 'Homes run by Oak Lodge Group give excellent care.', speaker('Jo Reid')))).toContainEqual(['Oak Lodge Group', 'supportive']);
  });

  it('a place named again without its provider is run by the provider named last before with that kind of place', () => {
    const text = 'Inspectors visited Castle Care-run homes and Oak Lodge-run clinics. Jo Reid said: “One home in Harwick failed its residents badly.” Sam Hill said: “Many clinics were excellent.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'One home in Harwick failed its residents badly.', speaker('Jo Reid')))).toContainEqual(['Castle Care', 'critical']);
    expect(targets(s, quote(text, 'Many clinics were excellent.', speaker('Sam Hill')))).toContainEqual(['Oak Lodge', 'supportive']);
  });

  it('a regulator named only as the inspector is not what the statement judges', () => {
    const text = 'Jo Reid said: “These homes are passing River Board inspections, yet they are still bleak places.” Sam Hill said: “Being compliant with the River Board is not the same as being good.”';
    const s = stage(text, withGovernment);
    expect(targets(s, quote(text, 'These homes are passing River Board inspections, yet they are still bleak places.', speaker('Jo Reid'))).map(([name]) => name)).not.toContain('River Board');
    expect(targets(s, quote(text, 'Being compliant with the River Board is not the same as being good.', speaker('Sam Hill'))).map(([name]) => name)).not.toContain('River Board');
  });

  it('a third person inside a quote is the person named before it, wherever the pronoun stands', () => {
    const minister = entity('person:tom-field', 'Person', 'Tom Field');
    const gaz = new Gazetteer([government, board, review, minister], [], []);
    const text = 'Tom Field defended the plan. Jo Reid said: “I believe he is making a serious mistake.” Sam Hill said: “The plan is late, and he has failed the families who waited.”';
    const s = stage(text, gaz);
    expect(targets(s, quote(text, 'I believe he is making a serious mistake.', speaker('Jo Reid')))).toContainEqual(['Tom Field', 'critical']);
    expect(targets(s, quote(text, 'The plan is late, and he has failed the families who waited.', speaker('Sam Hill')))).toContainEqual(['Tom Field', 'critical']);
  });

  it('"these figures", "the data", "today’s ruling" are the report the article answers', () => {
    const text = 'Jo Reid said: “These figures paint a bleak picture.” Sam Hill said: “The data are a warning to every lender.” Kim Lo said: “Today’s ruling is a welcome step.”';
    const s = stage(text, withGovernment);
    for (const [words, who] of [['These figures paint a bleak picture.', 'Jo Reid'], ['The data are a warning to every lender.', 'Sam Hill'], ['Today’s ruling is a welcome step.', 'Kim Lo']] as const) {
      expect(s.targetsFor(quote(text, words, speaker(who))).find((t) => t.target === review.id)?.cues[0]).toMatch(/^anaphor: /);
    }
  });
});

describe('target-resolution stage: systems, implicated industries and party cuts (issue 35, fourth round)', () => {
  const energy = entity('report:energy-review', 'Report', 'Energy Review', { publishedBy: [] });
  const withCollectives = (text: string, gaz = new Gazetteer([energy, government], [], [])) => {
    const resolver = new SpeakerResolver(text, gaz, [], () => energy.id);
    return new TargetStage({ text, gaz, mentions: gaz.mentions(text), frameworks: [], mainReport: energy, government: (at) => governmentOf(gaz, resolver, at), collectives: collectiveMentions(text) });
  };

  it('a public system judged is a target; one named in passing is not', () => {
    const text = 'Jo Reid said: “The social security system is failing the families who need it most.” Sam Hill said: “We praise the youth justice system for a remarkable turnaround.” Kim Lo said: “Claims to the welfare system rose by a tenth.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'The social security system is failing the families who need it most.', speaker('Jo Reid')))).toContainEqual(['social security system', 'critical']);
    expect(targets(s, quote(text, 'We praise the youth justice system for a remarkable turnaround.', speaker('Sam Hill')))).toContainEqual(['youth justice system', 'supportive']);
    expect(targets(s, quote(text, 'Claims to the welfare system rose by a tenth.', speaker('Kim Lo'))).map(([name]) => name)).not.toContain('welfare system');
  });

  it('a public system the clause is about is a target even where no judging word attaches to it', () => {
    const text = 'Jo Reid said: “Parents told us the welfare system is pushing them deeper into debt.” Sam Hill said: “The asylum system keeps people waiting for years.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'Parents told us the welfare system is pushing them deeper into debt.', speaker('Jo Reid'))).map(([name]) => name)).toContain('welfare system');
    expect(targets(s, quote(text, 'The asylum system keeps people waiting for years.', speaker('Sam Hill'))).map(([name]) => name)).toContain('asylum system');
  });

  it('a customers’ grievance faults the industry it implicates: the one it names, else the one the article is about', () => {
    const text =
      'Petrol retailers have raised their margins. The watchdog studied retailers and a few hauliers. Jo Reid said: “Motorists have paid far more than they should for every litre.” Tom Ash said: “Households were charged £2.5bn more than they should have been.” Sam Hill said: “Households feel ripped off by energy suppliers again.” Kim Lo said: “The profits of the big lenders are at excessive levels.” Ann Gray said: “Pump prices rose by a tenth this spring.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'Motorists have paid far more than they should for every litre.', speaker('Jo Reid')))).toContainEqual(['retailers', 'critical']);
    expect(targets(s, quote(text, 'Households were charged £2.5bn more than they should have been.', speaker('Tom Ash')))).toContainEqual(['retailers', 'critical']);
    expect(targets(s, quote(text, 'Households feel ripped off by energy suppliers again.', speaker('Sam Hill')))).toContainEqual(['energy suppliers', 'critical']);
    expect(targets(s, quote(text, 'The profits of the big lenders are at excessive levels.', speaker('Kim Lo')))).toContainEqual(['big lenders', 'critical']);
    // No grievance, no one implicated.
    expect(targets(s, quote(text, 'Pump prices rose by a tenth this spring.', speaker('Ann Gray'))).map(([name]) => name)).not.toContain('retailers');
  });

  it('a party’s cuts blame the government that made them', () => {
    const text = 'Jo Reid said: “Tory cuts introduced last spring have emptied the libraries.” Sam Hill said: “Labour’s welfare cuts will leave single parents poorer.”';
    const s = withCollectives(text);
    expect(targets(s, quote(text, 'Tory cuts introduced last spring have emptied the libraries.', speaker('Jo Reid')))).toContainEqual(['HM Government', 'critical']);
    expect(targets(s, quote(text, 'Labour’s welfare cuts will leave single parents poorer.', speaker('Sam Hill')))).toContainEqual(['HM Government', 'critical']);
  });
});

describe('target-resolution stage: a body by its people (issue 35, fourth round)', () => {
  it('"its representatives", "its officials" are the body named last before, not the report', () => {
    const text = 'The River Board published the review. Tom Ash said he had not yet met its representatives and found them evasive.\n\nJo Reid criticised the River Board. She said: “We wrote to its senior officials, who refused to answer.”';
    const s = stage(text, withGovernment);
    const first = s.targetsFor(quote(text, 'he had not yet met its representatives and found them evasive', speaker('Tom Ash'), 'paraphrase'));
    expect(first.map((t) => t.name)).toContain('River Board');
    const second = s.targetsFor(quote(text, 'We wrote to its senior officials, who refused to answer.', speaker('Jo Reid')));
    expect(second.find((t) => t.name === 'River Board')?.cues[0]).toMatch(/^its people: its senior officials/);
  });

  it('"its representatives" are not a body named two sentences before or more, unless it published the report', () => {
    const agency = entity('organisation:coast-agency', 'Organisation', 'Coast Agency');
    const gaz = new Gazetteer([government, board, review, agency], [], []);
    const text = 'The Coast Agency answered the River Board. Tom Ash wrote to the campaign group again. He said he had not yet met its representatives.';
    const about = stage(text, gaz).targetsFor(quote(text, 'he had not yet met its representatives', speaker('Tom Ash'), 'paraphrase'));
    expect(about.find((t) => t.cues[0]?.startsWith('its people'))?.name).toBe('River Board');
    expect(about.map((t) => t.name)).not.toContain('Coast Agency');
    const alone = 'The Coast Agency met the minister. Tom Ash wrote to the campaign group again. He said he had not yet met its representatives.';
    expect(stage(alone, gaz).targetsFor(quote(alone, 'he had not yet met its representatives', speaker('Tom Ash'), 'paraphrase')).some((t) => t.cues[0]?.startsWith('its people'))).toBe(false);
  });

  it('"its officials" in a quote are not the speaker’s own body, named in the attribution', () => {
    const text = 'The River Board published the review. Jo Reid, a lawyer at Fair Courts, said: “We have worked with its officials for years.”';
    const s = stage(text, new Gazetteer([government, board, review, entity('organisation:fair-courts', 'Organisation', 'Fair Courts')], [], []));
    const about = s.targetsFor(quote(text, 'We have worked with its officials for years.', speaker('Jo Reid', { role: { title: 'lawyer', atName: 'Fair Courts' } as Resolved['role'] })));
    expect(about.find((t) => t.cues[0]?.startsWith('its people'))?.name).toBe('River Board');
  });
});

describe('target-resolution stage: stance with no judging word (issue 35, fourth round)', () => {
  it('a person or body a reaction names without a judging word is blamed, at low confidence, and the cue says why', () => {
    const text = 'Jo Reid said: “The River Board will publish its plan in the spring.”';
    const about = stage(text, withGovernment).targetsFor(quote(text, 'The River Board will publish its plan in the spring.', speaker('Jo Reid')));
    expect(about.find((t) => t.target === board.id)).toMatchObject({ stance: 'critical', confidence: 0.3, cues: expect.arrayContaining(['no judging word: an actor a reaction names is most often blamed']) });
  });

  it('a report named without a judging word stays neutral, and a judging word still decides for a body', () => {
    const text = 'Jo Reid said: “The River Review 2020 covers every river in the county.” Sam Hill said: “The River Board has done excellent work.”';
    const s = stage(text, withGovernment);
    expect(s.targetsFor(quote(text, 'The River Review 2020 covers every river in the county.', speaker('Jo Reid'))).find((t) => t.target === review.id)).toMatchObject({ stance: 'neutral' });
    expect(s.targetsFor(quote(text, 'The River Board has done excellent work.', speaker('Sam Hill'))).find((t) => t.target === board.id)).toMatchObject({ stance: 'supportive' });
  });
});
