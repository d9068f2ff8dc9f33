/**
 * Stance from a small general-English evaluative lexicon, scored clause by
 * clause. Nothing here is tuned to particular articles; every rule is a
 * general property of English evaluation:
 *
 * - Two kinds of cue. Evaluative words carry the speaker's judgement or
 *   feeling ("flawed", "unfair", "welcome", "pleased", "credible").
 *   Situational words describe the state of the world ("crisis", "risk",
 *   "problems", "too many", "abuse", "safe"): bad news is not a judgement of
 *   whoever reports it. Situational cues count at half weight in the clause
 *   or sentence that names the target and not at all further away, and not at
 *   all when the speaker talks about its own publication. A situational noun
 *   attached to the target ("problems with the framework") is evaluative.
 * - Negation ("not", "n't", "no", "never", "without", "less than", "fail
 *   to", …) flips the cues after it up to a clause boundary (punctuation or a
 *   conjunction), so "not satisfied that the standards are ambitious"
 *   faults twice; a verbal negator ("fail to") only the verb after it.
 *   Negating a negative word ("no doubt", "no difficulty") affirms, and ends
 *   the scope there, so "no doubt it is effective" endorses.
 * - "too" + a quantity ("too many", "too often", "too late") describes the
 *   world; "too" + any other word ("too negative", "too cautious") is a
 *   judgement of excess, whatever the word's own polarity.
 * - Intensifiers ("very", "seriously", "deeply", …) weigh a cue 1.5;
 *   downtoners ("slightly", "relatively", …) 0.5. Improvement words used as a
 *   purpose ("to improve", "for improving") are goals, not judgements.
 * - Clauses: sentences split at ; : and dashes, at adversatives ("but",
 *   "however", "yet", "nevertheless") and at "and" starting a new subject
 *   ("and we …"). The clause after an adversative weighs 1.5. A concessive
 *   clause ("although …,", "whilst …,", "despite …,") is conceded: the main
 *   clause carries the stance, and the conceded one (at 0.25) decides only
 *   when the main clause has no cue. Each clause's weight is
 *   shared between its poles; the text is 'mixed' when both poles hold at
 *   least a third of the larger one, 'neutral' when no cue counts.
 * - Partial endorsement ("welcome some of …", "agree with parts of …") is
 *   half a reservation.
 * - Around the target (stanceToward): a deontic demand for improvement
 *   ("must be better", "needs to improve") faults; a call to continue
 *   ("should continue") endorses; the target as subject of a factive verb
 *   ("the report shows / confirms / makes clear / rightly …") endorses what
 *   it says, of a distancing verb ("claims", "alleges") faults it.
 * - Words inside short quotation marks within a direct quote are mentioned,
 *   not used (grades, labels, scare quotes) and do not count; a grade in
 *   quotation marks is a label anywhere.
 * - Issue 35, toward a target rather than the sentence: a verb that only
 *   reports ("the report shows / highlights / finds") introduces content,
 *   which does not judge the target ("as the inspectorate has identified"
 *   adopts it); a demand made of the target ("must act", "should have
 *   provided", "should be the calm voice", "if X is serious about") faults
 *   it; a clause after it that refers back ("…, but it fails to …") judges it
 *   too; in a clause with a judgement, situational words of the other pole
 *   do not count ("progress … grinding to a standstill"); attitudes in the
 *   passive ("was fully agreed") and a critic quoted ("Some have called it a
 *   whitewash") are not the speaker's; hedges ("perhaps", "may") halve a cue;
 *   a speaker's own publication is neutral (publishedBySpeaker).
 * - Constructions that judge without a judging word: "has done what others
 *   would not" credits; "whatever the survey suggests" sets the target
 *   aside; "it is shocking that X found …" is about the finding, taken as
 *   fact; "nobody reading this report can say …" endorses it; a description
 *   predicated of the target (`described`) faults it by what it lacks
 *   ("with no diagnosis"); terms ("best practice") are not judgements.
 * - Issue 35, third round: a good quality inside a counterfactual ("should
 *   have taken a more careful line", "could have been more transparent") is
 *   the one that was missing, so it faults; a prohibition ("should not take
 *   too much comfort") forbids an excess, which stays a fault, and faults the
 *   target it is made of; a refusal ("will not tolerate complacency") negates
 *   only its verb, so what is refused stays bad; "must be ready to act" is a
 *   demand to act, "more must be done by X" faults X (with no X it only
 *   asks); what a
 *   target is asked to do ("calls for the Government to plan for towns at
 *   risk") and the object of an aim ("to restore confidence", "in ensuring
 *   …"; not "to build on this progress") describe goals,
 *   not the target; an estimate's optimism or pessimism ("the forecasts are
 *   slightly optimistic") is its bias, a speaker's is a mood; "is concerning"
 *   judges, "concerning the timetable" does not; idioms of falling behind, of
 *   a failing named ("complacency", "it says it all about X that") and of
 *   coping well.
 * - Issue 35, fourth round: situation words that are not judgements of the target: "benefits" as welfare
 *   payments, who gains ("would do best from"), a feeling before a noun ("the most troubled prisons"),
 *   "the trust" naming a body, "getting X right is critical" (a requirement), what went wrong (an event),
 *   a wish ("wants the country to be the best place"), feelings about a study's findings ("the findings
 *   are concerning") and what its figures show ("these figures paint a sorry picture"); a task set for a
 *   review ("the review must address …") is a condition unless the clause says it failed already
 *   ("still", "again"), while a body asked to act is still faulted and the merits of what it is asked to
 *   adopt ("a plan that supports …") are not praise of it; a pronoun continuing the target ("It must also
 *   act") is asked too; endorsement without an adjective ("this can't happen soon enough", "research like
 *   this is crucial", "provides further evidence that"); the vocabulary of a rebuttal ("demonised",
 *   "preconceived", "double standards", "a lack of objectivity"), which alone judges a report a statement
 *   answers without naming it (verdictOnAnswered), while "the unfounded allegations" rebuts others'
 *   claims; "leaves no doubt that" is certainty, not praise; "nothing short of" intensifies.
 * - Issue 35, fifth round: the lessons of a target to be learned or acted on ("the lessons of this review must
 *   be learned", "its lessons must now be acted on") endorse it, and a subject that "has not learned the
 *   lessons" is faulted; "support" naming help given ("financial support", "levels of support", "the support
 *   provided by") is not praise; a subject that does harm ("exacerbating", "misled", "let … down", "pushing …
 *   into debt", "left … worse off") is faulted; "without delay" is a demand's urgency, not a delay negated.
 * - Issue 35, sixth round (stance-6.json): "as the report says / notes / shows" cites it (only a verb of finding out,
 *   "as X has identified", adopts); a body after a phrase of causation ("brought about by", "a direct result of") in a
 *   sentence that says something is bad is blamed; a failing with no judging adjective ("is not working", "has had
 *   eight years to do the job") faults; harm done to people in the passive ("are being abandoned by") blames the
 *   actor after it (not a body reporting it, nor a report); good undone ("reversing this progress") faults; a
 *   target credited with an outcome ("brings an end to", "gives survivors what they had been denied", "delivered
 *   the truth") is endorsed; a report's findings restated ("the main findings are that …") do not judge it.
 * - Issue 35, seventh round (stance-7.json): a report's proposals taken up judge it, named or not ("we accept the
 *   recommendations in full", "I support X's recommendations", "will act on these recommendations", "these
 *   recommendations will be addressed in full", "to back this"), whatever the speaker admits of its own failings;
 *   turned down or disputed ("we reject these recommendations", "we dispute its findings") they fault it
 *   (proposalsTakenUp); a judging word predicated of an account by a pronoun ("it's quite a strong report", "not a
 *   whitewash", "this is a big step forward") judges the report answered; progress credited ("a step in the right
 *   direction", "lays the foundations for") praises; "support" naming a service ("care and support planning", "support
 *   services") is no praise; feelings about a report's findings ("the findings in X's report are shocking") and the
 *   study's own attitudes ("the inspection agreed with …") are not the speaker's judgement of it; praise the speaker
 *   is reluctant to give ("uncomfortable to praise", "difficult to welcome") is withheld.
 * - Issue 35, eighth round (stance-eighth.test.ts, targets-7.json): improvement that is needed ("significant
 *   improvements were needed", "requires urgent improvement", "room for improvement") faults whoever must improve;
 *   an acceptance denied by a subject "nobody" / "no one" with a verb of calling ("nobody could call this
 *   acceptable", "no one can say it is wrong") reverses the first judgement after the verb, and an acceptance made
 *   impossible ("cannot be accepted", "could never be justified") is critical.
 * - Issue 35, ninth round (stance-ninth.test.ts, targets-8.json): the noun "failure to" negates the verb after it
 *   as "fail to" does ("its failure to take robust action" faults); a ruling, decision, judgment or verdict stands
 *   for the report that made it, so appealing, challenging or contesting it faults the report and accepting it
 *   endorses it (proposalsTakenUp); a speaker's feeling about its own showing ("encouraged by our own figures",
 *   "pleased with its own record") judges nobody, nor does the rest of that sentence; a share of the work credited
 *   as done ("has played its part", "did their bit") praises whoever did it.
 * - Issue 35, tenth round (stance-tenth.test.ts, stance-8.json): the speed of a response done ("were dealt with
 *   swiftly", "responded rapidly", "took prompt action", "a quick response") credits whoever responded, as a delay
 *   faults them; denied ("not handled swiftly") it faults, and asked for, promised or aimed at ("must act quickly",
 *   "will respond swiftly", "to ensure a quick response") it credits nobody.
 * - Issue 35, eleventh round (stance-eleventh.test.ts, stance-9.json): the answering side conceding what a report
 *   found ("we accept that …", "the agency recognises that …") endorses it, and its proposals taken up by a pronoun
 *   that refers back to them ("adopting almost all of them") as when named (a finding "taken seriously" alone only
 *   acknowledges it); a negation that strengthens ("could not agree more", "there is no disputing the evidence",
 *   "its findings cannot be denied") affirms, ruled-out dispute before a that-clause is certainty only, and a
 *   negation of the will to act ("do not have the will to fix the problems") faults whoever lacks it and does not
 *   reach the task; a judging word an account found ("the concerns raised in the audit") is its content, not a
 *   verdict on it; a hard situation that befalls a target ("a difficult year for the agency") or that something
 *   else brought on it ("the cuts meant the council had fewer staff") describes its circumstances, and its answer
 *   to the speaker's own concerns ("took action to address my concerns") describes that answer
 *   (StanceResult.circumstances, answeredSpeaker: no blame by default).
 *
 * The result names each cue that counted, so a reviewer sees why.
 */
import type { Stance } from '../model/schema.js';

type Tier = 'eval' | 'situ';

// Evaluative: judgement, appraisal and affect (the speaker's own attitude).
const EVAL_POSITIVE = [
  'welcome', 'welcomes', 'welcomed', 'welcoming', 'pleased', 'delighted', 'glad', 'happy', 'grateful', 'praise', 'praised', 'praises',
  'commend', 'commends', 'commended', 'applaud', 'applauds', 'a credit to', 'some credit to', 'give credit', 'gives credit', 'credit where', 'deserve credit', 'deserves credit', 'to its credit', 'to their credit',
  'value', 'values', 'valued', 'valuable', 'appreciate', 'appreciates',
  'appreciated', 'support', 'supports', 'supported', 'endorse', 'endorses', 'endorsed', 'agree', 'agrees', 'agreed', 'rightly', 'correct',
  'accurate', 'fair', 'fairly', 'balanced', 'credible', 'reliable', 'robust', 'rigorous', 'effective', 'useful',
  'helpful', 'constructive', 'positive', 'positively', 'encouraging', 'encouraged', 'impressive', 'impressed', 'excellent', 'outstanding',
  'good', 'a great job', 'great work', 'great news', 'strong', 'thorough', 'insightful', 'recognise', 'recognises', 'recognised', 'recognize', 'recognizes', 'recognition',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'celebrate', 'celebrates', 'proportionate', 'sensible', 'measured',
  'ambitious', 'high-quality', 'high quality', 'best', 'satisfied', 'reassuring', 'reassured', 'timely', 'valid', 'sound', 'transparent',
  'honest', 'worth', 'acceptable', 'tolerated', 'convinced', 'confident', 'confidence', 'trust', 'successful', 'well-founded', 'justified',
  'careful', 'sufficient', 'accept', 'accepts', 'it is right', "it's right", 'is right to', 'are right to', 'was right to',
  'is right about', 'are right about', 'was right about', 'were right about', 'is right that', 'are right that', 'was right that', 'were right that',
  'praising', 'commending', 'with care', 'with great care', 'carefully', 'end of the argument', 'end the argument', 'end of the debate', 'end the debate', 'settles the argument', 'settles the debate',
  // Coping and performing well; the effect intended (so "not having the desired effect" faults); taking comfort from it.
  'coped well', 'cope well', 'copes well', 'coping well', 'performed well', 'perform well', 'performs well', 'performing well', 'worked well', 'works well', 'working well',
  'desired effect', 'intended effect', 'desired impact', 'intended impact', 'desired outcome', 'intended outcome', 'desired results', 'comfort from', 'comfort in',
  // Progress credited to a proposal ("a huge step forward", "lays the basis for").
  'a step forward', 'big step forward', 'huge step forward', 'major step forward', 'significant step forward', 'important step forward', 'real step forward', 'giant step forward', 'great step forward',
  'step in the right direction', 'steps in the right direction', 'lay the basis', 'lays the basis', 'laid the basis', 'lay the foundations', 'lays the foundations', 'laid the foundations', 'lay the foundation', 'lays the foundation',
  // An account that proves someone right ("the report vindicates our warnings").
  'vindicates', 'vindicated', 'vindication', 'bears out', 'borne out',
  // Qualities an account is judged by ("a lack of objectivity" faults it); fitness for a purpose ("not appropriate places to live").
  'objectivity', 'impartiality', 'appropriate',
  // A turn for the better credited ("a remarkable turnaround", "leaders had transformed the service", "the work has paid off", "a well-deserved rating").
  'turnaround', 'turned around', 'turned it around', 'turned things around', 'transformed', 'remarkable', 'paid off', 'pays off', 'well deserved', 'well-deserved', 'a tribute to',
  // An example set ("X shows what strong leadership can achieve", "proof that X is on the right track").
  'can achieve', 'could achieve', 'what can be achieved', 'what can be done', 'on the right track',
  // A share of the work credited as done ("the sector has played its part"); only past forms, since "must play its part" is a demand.
  'played its part', 'played their part', 'played our part', 'played a full part', 'done its part', 'done their part', 'done our part',
  'did its part', 'did their part', 'did our part', 'done its bit', 'done their bit', 'done our bit', 'did its bit', 'did their bit', 'did our bit',
  // Verdicts on a change or a proposal: one that comes at last, marks a turn, goes as far as it should ("did not go far enough" faults).
  'long overdue', 'long-overdue', 'turning point', 'watershed', 'far enough', 'fantastic', 'brilliant', 'rings true', 'ring true', 'rang true',
  // An account right in full, or plain about what must change ("right on every count", "the report is clear about …").
  'is right on', 'was right on', 'are right on', 'were right on', 'right on every count', 'is clear about', 'was clear about', 'is very clear about', 'was very clear about',
  // An account whole, and one everyone should read ("cannot tell the whole story" faults it).
  'the whole story', 'the full story', 'the full picture', 'the whole picture', 'should be read', 'must be read', 'required reading', 'essential reading',
  // A body that did its job, or escaped the blame it was due ("Nor should the government escape blame" faults it).
  'done its job', 'did its job', 'done exactly what', 'did exactly what', 'escape blame', 'escapes blame', 'escaped blame', 'escape criticism', 'escape scrutiny',
  // An account true to what it describes ("does not reflect the progress made" faults it).
  'fair reflection', 'accurate reflection', 'true reflection', 'reflect the', 'reflects the', 'reflected the', 'more credit', 'enough credit',
  // Leaders in control of their service ("now have a firm grip on the problems"; "failed to grip" faults them).
  'firm grip', 'good grip', 'tight grip', 'real grip', 'a grip on', 'got a grip', 'gripped',
  // Credit given ("Cranleigh Council deserves real credit for funding it").
  'deserves credit', 'deserve credit', 'deserves real credit', 'deserves great credit', 'deserves huge credit', 'deserves praise', 'deserve praise',
  // An account exactly right ("the report was spot on").
  'spot on', 'spot-on', 'bang on', 'nail on the head', 'hit the nail', 'hits the nail', 'on the money', 'exactly right', 'fair account', 'compelling',
  // Read by all who should ("every director should read it", "every council should study this review").
  'should read it', 'should read this', 'should study it', 'should study this', 'must read it', 'must read this',
];

const EVAL_NEGATIVE = [
  'flawed', 'flaw', 'flaws', 'unfair', 'unfairly', 'unbalanced', 'biased', 'misleading', 'inaccurate', 'wrong', 'wrongly', 'mistaken',
  'mistake', 'incorrect', 'unreliable', 'partial', 'simplistic', 'crude', 'superficial', 'poor', 'poorly', 'weak', 'inadequate',
  'inadequately', 'unacceptable', 'unacceptably', 'disappointing', 'disappointed', 'disappointment', 'concern', 'concerns', 'concerned',
  'worrying', 'worried', 'worry', 'alarming', 'alarmed', 'troubling', 'troubled', 'dismayed', 'regret', 'regrets', 'regrettable',
  'regrettably', 'frustration', 'frustrated', 'frustrating', 'criticise', 'criticises', 'criticised', 'criticize', 'criticized',
  'criticism', 'condemn', 'condemns', 'condemned', 'shocking', 'shocked', 'ineffective', 'unhelpful', 'counter-productive',
  'counterproductive', 'disproportionate', 'excessive', 'excessively', 'negative', 'unjustified', 'unwarranted', 'ill-conceived',
  'botched', 'incompetent', 'reckless', 'irresponsible', 'misguided', 'undermine', 'undermines', 'undermined', 'undermining',
  'damaging', 'confusing', 'inconsistent', 'arbitrary', 'bureaucratic', 'box-ticking', 'burdensome', 'demoralising', 'demoralizing',
  'ignore', 'ignores', 'ignored', 'overlooks', 'overlooked', 'low priority', 'doubt', 'doubts', 'sceptical', 'skeptical', 'angry', 'anger', 'outrage', 'outraged',
  'appalled', 'appalling', 'deplorable', 'disgrace', 'disgraceful', 'absurd', 'ridiculous', 'nonsense', 'questionable', 'dubious',
  'attack', 'attacks', 'attacked', 'blame', 'blames', 'blamed', 'unhappy', 'object', 'objects', 'oppose', 'opposes', 'opposed',
  'abolish', 'abolished', 'scrap', 'scrapped', 'belittle', 'belittling', 'belittlement', 'rubbish', 'incapable', 'let down',
  'out of touch', 'bear some responsibility', 'bears some responsibility', 'to blame', 'desperately disappointing',
  'brutal', 'reality check', 'standstill', 'off course', 'off track', 'drags its feet', 'dragging its feet', 'missing a trick',
  'stalled', 'stalling', 'coasting', 'sleeping at the helm', 'not enough', 'muddle', 'shameful', 'shame',
  'odd', 'ironic', 'missed opportunity', 'part of the problem', 'with caution', 'with some caution', 'degree of caution', 'false', 'untrue',
  'erroneous', 'unproven', 'whitewash', 'drags its feet', 'assertion', 'assertions', 'well-worn', 'onus',
  'criticising', 'criticizing', 'condemning', 'blaming', 'skewed', 'inappropriate', 'inappropriately', 'dressed up as', 'dressed up', 'masquerading as', 'toothless', 'no teeth', 'lacks teeth', 'lack teeth',
  // Falling behind a standard; a failing named ("his complacency"); "it says it all about X that …"; empty promises.
  'falling short', 'fall short', 'falls short', 'fell short', 'lagging behind', 'lag behind', 'lags behind', 'lagged behind', 'sorry picture', 'sorry state',
  'complacency', 'complacent', 'says it all about', 'says everything about', 'tells you everything about', 'tells you all you need to know about', 'speaks volumes about',
  'is all talk', 'are all talk', 'was all talk', 'been all talk', 'all talk and', 'all mouth', 'get a grip', 'does nothing to', 'did nothing to', 'do nothing to', 'done nothing to', 'doing nothing to',
  'on notice', 'more work to do', 'vicious circle', 'vicious cycle', 'ripping the heart out', 'rip the heart out', 'rips the heart out', 'ripped the heart out',
  // An estimate faulted by its bias.
  'over-optimistic', 'overoptimistic', 'overly optimistic', 'overly pessimistic', 'on the low side', 'on the high side', 'to the low side', 'to the high side',
  // Rebutting an account: its authors demonised, fabricated, ignored; a campaign of denial against its findings.
  'demonise', 'demonises', 'demonised', 'demonising', 'demonisation', 'demonize', 'demonizes', 'demonized', 'demonizing', 'demonization',
  'ignoring', 'preconceived', 'politically motivated', 'politically driven', 'fabricated', 'fabrication', 'fabrications', 'baseless',
  'groundless', 'unfounded', 'one-sided', 'selectively', 'cherry-picked', 'cherry-picking', 'distorted', 'distortion', 'distorts',
  'witch hunt', 'witch-hunt', 'campaign of denial', 'campaign of intimidation', 'double standards', 'double standard',
  'critical of', 'dereliction', 'derelict',
  // Rebutting what an account claims ("Despite claims to the contrary, …", "Contrary to the claims made, …").
  'claims to the contrary', 'suggestions to the contrary', 'contrary to claims', 'contrary to the claims', 'contrary to suggestions', 'contrary to the suggestions',
  // A failing stated without a judging adjective: a policy or an effort that "is not working", "has not worked".
  'is not working', "is n't working", 'are not working', "are n't working", 'is simply not working', 'is clearly not working',
  'has not worked', "has n't worked", 'have not worked', "have n't worked", 'does not work', "does n't work", 'do not work', "do n't work",
  // Verdicts on a change or a proposal: a distraction from the real work, the same old answer, praise held back ("fair as far as it goes").
  'distraction', 'same old', 'as far as it goes', 'tinkering', 'tinkering at the edges', 'tweak', 'harsh', 'harshly', 'unduly harsh',
  // Neglect and disorder named ("asleep at the wheel", "took its eye off the ball", "a shambles", "inspection by ambush").
  'asleep at the wheel', 'eye off the ball', 'shambles', 'by ambush', 'dithering',
  // Trust withdrawn; a warning that there is more to do ("there can be no room for complacency").
  'lost all confidence', 'lost confidence', 'lost the confidence', 'lost the trust', 'lost all faith', 'lost faith', 'no confidence', 'no room for complacency', 'no grounds for complacency', 'no cause for complacency',
  // An account partial: a snapshot, what it leaves out or says too little about, what it does not reflect.
  'snapshot', 'leaves out', 'left out', 'says too little', 'said too little', 'says little about', 'says almost nothing about', 'says nothing about', 'said nothing about',
  'not reflect', "n't reflect", 'fail to reflect', 'fails to reflect', 'failed to reflect',
  'failed to grip', 'fail to grip', 'lost its grip', 'lost their grip', 'lost grip', 'no grip', 'not gripped', 'loosened its grip',
  // A remedy found wanting ("faster intervention was not the same thing as improvement", "there is nothing in this white
  // paper that gives it to them", "a test on its own will not stop good people leaving").
  'not the answer', 'not the solution', 'no substitute for', 'not the same thing as', 'nothing in this', 'almost nothing about', 'will not stop', "wo n't stop", 'on its own will not',
  // An account that leaves things out or draws on too little ("has surprisingly little to say about", "took no account of
  // the cuts", "tells only half the story", "an unrepresentative sample", "kept deliberately narrow", "tarred every
  // council with the same brush", "silent on who pays").
  // What cannot be shown ("could not show that the money was improving outcomes", "did not know whether it worked").
  'could not show', 'unable to show', 'could not demonstrate', 'did not know whether', 'does not know whether', 'no evidence that',
  // Children owed what they lack ("deserve services that keep them safe").
  'deserve services that', 'deserve a service that', 'deserves a service that', 'deserve services which',
  'little to say about', 'nothing to say about', 'took no account of', 'takes no account of', 'take no account of', 'half the story',
  'unrepresentative', 'not representative', 'too narrow', 'deliberately narrow', 'same brush', 'too bleak', 'silent on', 'ducked', 'ducks the',
];

// Situational: describes how things are, not what the speaker thinks of the target.
const SITU_POSITIVE = [
  'safe', 'safer', 'safest', 'improvement', 'improvements', 'improved', 'improving', 'improve', 'progress', 'success', 'successes',
  'better', 'works', 'is working', 'benefit', 'benefits', 'stable', 'calm',
];

const SITU_NEGATIVE = [
  // What people are owed and not given ("families deserve better"): a complaint of whoever serves them, where that is
  // the target, and no judgement of a report that says so.
  ...['deserve', 'deserves', 'deserved'].flatMap((v) => [`${v} better`, `${v} much better`, `${v} far better`, `${v} so much better`]),
  'problem', 'problems', 'crisis', 'crises', 'risk', 'risks', 'strain', 'strained', 'pressure', 'pressures', 'struggling', 'struggle',
  'abuse', 'neglect', 'harm', 'damage', 'danger', 'dangerous', 'failing', 'fail', 'fails', 'failed', 'failure', 'failures', 'shortage',
  'shortages', 'cuts', 'lack', 'difficult', 'difficulty', 'difficulties', 'challenging', 'volatility', 'instability', 'drift', 'delay',
  'delays', 'weakness', 'weaknesses', 'weakening', 'shortcomings', 'fears', 'fear', 'deficit', 'decline', 'declining', 'worse', 'worst',
  'creaking', 'vulnerable', 'threat', 'threats', 'issue', 'issues', 'insufficient', 'underinvestment', 'under-investment', 'underfunding',
  'underfunded', 'depressing', 'sobering', 'grim', 'dreadful', 'damning',
  // Something failed ("what went wrong"): an event, not a judgement of whoever names it.
  'went wrong', 'gone wrong', 'go wrong', 'goes wrong', 'going wrong',
];

/** Feelings a speaker has about its own showing ("encouraged by our own data"); see ownPossessive. */
const OWN_SHOWING_FEELING = new Set(['encouraged', 'heartened', 'reassured', 'pleased', 'proud', 'delighted', 'satisfied']);

/** "our", "my", or "its own" / "their own" at token k: what follows is the speaker's own. */
function ownPossessive(tokens: { w: string }[], k: number): boolean {
  const w = tokens[k]?.w ?? '';
  return w === 'our' || w === 'my' || ((w === 'its' || w === 'their') && tokens[k + 1]?.w === 'own');
}

/** Terms that hold a judging word but name a thing ("best practice", "value for money"): no judgement. */
const TERMS = ['best practice', 'best interests', 'value for money', 'good practice'].map((t) => t.split(' '));

const INTENSIFIERS = new Set([
  'very', 'extremely', 'seriously', 'deeply', 'highly', 'really', 'particularly', 'so', 'hugely', 'greatly', 'strongly', 'totally',
  'utterly', 'absolutely', 'simply', 'far', 'entirely', 'wholly', 'gravely', 'especially', 'genuinely', 'truly', 'most', 'incredibly',
  'thoroughly', 'fundamentally', 'profoundly', 'enormously', 'exceptionally', 'bitterly', 'warmly', 'fully',
]);
/** Downtoners and hedges ("perhaps", "may be"): the judgement stands, held less firmly. */
const DOWNTONERS = new Set(['slightly', 'somewhat', 'fairly', 'relatively', 'mildly', 'moderately', 'marginally', 'partly', 'reasonably', 'little', 'bit', 'perhaps', 'possibly', 'arguably', 'may', 'might', 'maybe']);
/** A clause that reports a critic's or a supporter's words ("Some have called it a whitewash"): not the speaker's judgement. */
const REPORTED_JUDGE = new Set(['some', 'critics', 'others', 'opponents', 'detractors', 'sceptics', 'skeptics', 'supporters', 'many']);
const REPORTED_VERB = /^(?:called|call|calls|say|said|says|claim|claimed|claims|argue|argued|argues|described|describe|describes|dismissed|branded|suggested|suggest)$/;
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nor', 'neither', 'without', 'hardly', 'barely', 'scarcely', 'nothing', 'none', 'nobody', 'cannot', 'lacks', 'lacked', 'lacking']);
/** Reluctance ("uncomfortable to praise", "difficult to welcome"): the judgement after it is withheld, not given. */
const RELUCTANT = new Set(['uncomfortable to', 'reluctant to', 'loath to', 'loth to', 'hesitant to', 'unwilling to', 'hard to', 'difficult to']);
/** Two-word negators: "less than good", "far from credible", "fail to recognise", "no longer", reluctance. */
const NEGATOR_PAIRS = new Set(['less than', 'far from', 'fail to', 'fails to', 'failed to', 'failing to', 'failure to', 'failures to', 'no longer', 'lack of', 'rather than', ...RELUCTANT]);
const NEGATOR_FIRST = new Set([...NEGATOR_PAIRS].map((p) => p.split(' ')[0]!));
const PUNCT = new Set([',', ';', ':', '.', '!', '?', '–', '—', '(', ')']);
// The noun ("its failure to take robust action") negates the verb after it as the verb does: the quality not shown faults.
const VERBAL_NEGATORS = new Set(['fail to', 'fails to', 'failed to', 'failing to', 'failure to', 'failures to']);
const QUANTITY = new Set(['many', 'much', 'often', 'few', 'little', 'late', 'long', 'slow', 'slowly', 'soon', 'early', 'far', 'familiar', 'common', 'frequent', 'high', 'low', 'small', 'big', 'large']);
const ADVERSATIVE = new Set(['but', 'however', 'nevertheless', 'nonetheless', 'yet', 'still', 'though']);
/** Clauses that concede or set the scene ("When a prison is failing …, it is right that …"): the main clause carries the stance. */
const CONCESSIVE = new Set(['although', 'though', 'whilst', 'while', 'despite', 'notwithstanding', 'whereas', 'when']);
const NEW_SUBJECT = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'this', 'these', 'those', 'there', 'our', 'their', 'its']);
/** Negators of a noun phrase; their scope ends where the predicate starts (PREDICATE_START). */
const NOMINAL_NEGATORS = new Set(['no', 'nothing', 'none', 'nobody', 'without', 'lack of', 'lacks', 'lacked', 'lacking']);
const PREDICATE_START = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must']);
/** Words that end a negator's scope (besides punctuation). */
const SCOPE_END = new Set(['but', 'however', 'yet', 'although', 'though', 'whilst', 'while', 'whereas', 'because', 'since', 'unless', 'which', 'who', 'when', 'where']);
const PARTIAL = new Set(['some', 'parts', 'part', 'aspects', 'elements', 'certain', 'several']);
const PURPOSE_WORDS = new Set(['improve', 'improving', 'improvement', 'improvements', 'support', 'benefit', 'progress', 'success']);
/** The target as subject of these endorses what it says: the speaker takes it as true and well put. */
const FACTIVE = ['confirms', 'confirmed', 'makes clear', 'made clear', 'restates', 'underlines', 'underlined', 'recognises', 'recognizes', 'acknowledges', 'demonstrates', 'demonstrated', 'reflects', 'rightly', 'correctly', 'accurately', 'captures', 'spells out', 'lays bare', 'exposes', 'exposed'];
/** Verbs that only report what the target says: its content follows, no judgement of it ("the report shows / highlights / finds"). */
const REPORTING = ['shows', 'showed', 'show', 'highlights', 'highlighted', 'reveals', 'revealed', 'identifies', 'identified', 'has identified', 'finds', 'found', 'says', 'said', 'notes', 'noted', 'states', 'stated', 'describes', 'described', 'sets out', 'set out', 'paints', 'paint', 'painted', 'reveal', 'highlight', 'suggest', 'indicate', 'indicates', 'indicated', 'warns', 'warned', 'concludes', 'concluded', 'suggests', 'suggested', 'reports', 'reported', 'makes', 'has shown', 'has found', 'has said', 'has warned', 'has highlighted',
  // A report's grading: what it rated is its finding ("the inspection judged the services inadequate").
  'judged', 'judges', 'rated', 'rates', 'graded', 'grades', 'has judged', 'has rated'];
/** Verbs of saying or showing: "as the report says" cites it; only a verb of finding out ("as X has identified") adopts what it found. */
const CITING = /^(?:says|said|has said|states|stated|notes|noted|sets out|set out|describes|described|reports|reported|suggests|suggested|suggest|shows|showed|show|has shown|indicates|indicated|indicate|makes|paints|paint|painted)$/;
const DISTANCING = ['claims', 'claimed', 'alleges', 'alleged', 'purports', 'purported', 'insists'];
/** Verbs of attitude in the passive ("the report was fully agreed", "it was welcomed"): someone else's attitude, reported. */
const PASSIVE_ATTITUDE = new Set(['agreed', 'welcomed', 'criticised', 'criticized', 'praised', 'supported', 'endorsed', 'condemned', 'attacked', 'blamed', 'opposed', 'acknowledged', 'recognised', 'recognized', 'valued', 'commended', 'applauded', 'appreciated', 'accepted', 'ignored', 'overlooked']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** A demand made of the target ("the government must act", "ministers need to"), but not "must be better" (a quality) or "should continue". */
const DEMAND_MODALS = new Set(['must', 'should', 'need', 'needs', 'ought', 'has', 'have']);
const DEMAND_EXEMPT = new Set(['be', 'continue', 'remain', 'keep', 'also', 'not']);
const TARGET_ADVERBS = new Set(['now', 'urgently', 'really', 'also', 'then', 'still', 'clearly', 'surely', 'immediately', 'simply', 'instead']);
const MODALS = new Set(['must', 'should', 'need', 'needs', 'ought', 'has', 'have']);
/** "should have …", "could have been …": what did not happen; a good quality there is one it lacked. */
const COUNTERFACTUAL = new Set(['should', 'could', 'would', 'might', 'ought']);
/** "should not", "must not": a prohibition; the excess it forbids ("too much comfort") is still an excess. */
const DEONTIC = new Set(['should', 'must', 'ought']);
/** "be ready to", "be prepared to": what the body is asked to be ready for is what it is asked to do. */
const READY = new Set(['ready', 'prepared', 'willing', 'able']);
/** "will not tolerate complacency": the refusal negates the verb; what is refused stays bad. */
const REFUSED = new Set(['tolerate', 'allow', 'permit', 'accept', 'condone', 'excuse']);
/**
 * Verbs of an aim ("to restore confidence", "to reduce the risks"): their object is a goal, not a judgement.
 * Verbs of seeing and saying are not among them ("pleased to see a robust plan" appraises it).
 */
const GOAL_VERBS = new Set([
  'restore', 'reinforce', 'build', 'rebuild', 'boost', 'encourage', 'ensure', 'secure', 'deliver', 'achieve', 'create', 'promote', 'protect',
  'maintain', 'strengthen', 'foster', 'bolster', 'increase', 'raise', 'drive', 'enable', 'provide', 'win', 'regain', 'earn', 'reduce', 'cut',
  'tackle', 'address', 'prevent', 'avoid', 'ease', 'lower', 'minimise', 'minimize', 'limit', 'repair', 'command', 'kickstart',
  // Putting something right: its object is the task ("the will to fix the problems"), not a judgement.
  'fix', 'solve', 'resolve', 'confront', 'remedy', 'rectify',
  // Keeping people safe is what the work is for ("to keep residents safe"), not a finding that they are.
  'keep',
]);
/** What an estimate is ("the forecasts are optimistic"): optimism or pessimism there is bias, not the speaker's mood. */
const ESTIMATES = /^(?:forecasts?|projections?|estimates?|assumptions?|outlook|predictions?|figures?|numbers|report|review|assessment|bulletin|budget|plans?|targets?|scenarios?|expectations)$/;

interface Cue {
  words: string[];
  polarity: 1 | -1;
  tier: Tier;
}

const CUES: Cue[] = [
  ...EVAL_NEGATIVE.map((c) => ({ words: c.split(/\s+/), polarity: -1 as const, tier: 'eval' as const })),
  ...EVAL_POSITIVE.map((c) => ({ words: c.split(/\s+/), polarity: 1 as const, tier: 'eval' as const })),
  ...SITU_NEGATIVE.map((c) => ({ words: c.split(/\s+/), polarity: -1 as const, tier: 'situ' as const })),
  ...SITU_POSITIVE.map((c) => ({ words: c.split(/\s+/), polarity: 1 as const, tier: 'situ' as const })),
].sort((a, b) => b.words.length - a.words.length);

const FIRST_WORD = new Map<string, Cue[]>();
for (const cue of CUES) {
  const list = FIRST_WORD.get(cue.words[0]!) ?? [];
  if (!list.some((c) => c.words.join(' ') === cue.words.join(' '))) list.push(cue);
  FIRST_WORD.set(cue.words[0]!, list);
}

export interface StanceResult {
  stance: Stance;
  score: number;
  /** Weighted positive and negative evidence (clause-weighted cue weights). */
  positive: number;
  negative: number;
  cues: string[];
  /**
   * The target is named as the one a hard situation befalls ("a difficult year for the agency"): the statement
   * describes its circumstances, so no judgement of it is to be assumed (stanceToward only).
   */
  circumstances?: boolean;
  /**
   * The statement tells what the target did about the speaker's own concerns ("took action to address my concerns"):
   * an answer described, so no judgement of it is to be assumed either (stanceToward only).
   */
  answeredSpeaker?: boolean;
}

export function words(text: string): string[] {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|n't/gu) ?? []).flatMap((w) => (w.endsWith("n't") && w.length > 3 ? [w.slice(0, -3), "n't"] : [w]));
}

interface Token {
  w: string;
  start: number;
  end: number;
  punct: boolean;
  /** Inside a short quotation (a mention, not a use). */
  mentioned: boolean;
}

/**
 * A capitalised word inside a name ("Universal Credit", "Progress Report", "Great Ormond Street") names
 * something; it is not a judgement. A capitalised word next to another, not at a sentence's start.
 */
function inProperName(text: string, at: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const after = /^\s+(\S+)/.exec(text.slice(at + word.length, at + word.length + 40))?.[1] ?? '';
  const capital = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
  const sentenceStart = !before || /[.!?:“"‘]$/.test(before);
  return (capital(before) && !/[.!?:,;]$/.test(before)) || (!sentenceStart && capital(after));
}

function tokenize(text: string, mentionQuotes: boolean): Token[] {
  const mentioned: [number, number][] = [];
  // A grade in quotation marks is a label wherever it is ("below the ‘good’ threshold").
  for (const m of text.matchAll(/[‘“"'](?:good|outstanding|inadequate|poor|requires improvement|satisfactory|excellent)[’”"']/giu)) mentioned.push([m.index!, m.index! + m[0].length]);
  if (mentionQuotes && /[‘“"']/.test(text)) {
    const re = /[‘“"']([^‘’“”"\n]{1,60}?)[’”"'](?![\p{L}\p{N}])/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An apostrophe opening a "quote" must not be inside a word (children's).
      if (m[0][0] === "'" && m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
      if (words(m[1]!).length <= 4) mentioned.push([m.index, m.index + m[0].length]);
    }
  }
  const out: Token[] = [];
  // A hyphen (or two) with a space on each side is a dash, as typed where a keyboard has none ("clearer - the government").
  const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:.!?–—()]|(?<=\s)--?(?=\s)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = /^--?$/.test(m[0]) ? '–' : m[0].length === 1 ? m[0].toLowerCase() : m[0].toLowerCase().replace(/’/g, "'");
    const isMentioned = (mentioned.length > 0 && mentioned.some(([a, b]) => m!.index >= a && m!.index < b)) || inProperName(text, m.index, m[0]);
    if (raw.length === 1 && PUNCT.has(raw)) {
      out.push({ w: raw, start: m.index, end: m.index + 1, punct: true, mentioned: false });
    } else if (raw.endsWith("n't") && raw.length > 3) {
      const cut = m.index + raw.length - 3;
      out.push({ w: raw === "can't" ? 'can' : raw === "won't" ? 'will' : raw.slice(0, -3), start: m.index, end: cut, punct: false, mentioned: isMentioned });
      out.push({ w: "n't", start: cut, end: m.index + raw.length, punct: false, mentioned: isMentioned });
    } else if (raw === 'cannot') {
      out.push({ w: 'can', start: m.index, end: m.index + 3, punct: false, mentioned: isMentioned });
      out.push({ w: 'not', start: m.index + 3, end: m.index + 6, punct: false, mentioned: isMentioned });
    } else {
      out.push({ w: raw, start: m.index, end: m.index + raw.length, punct: false, mentioned: isMentioned });
    }
  }
  return out;
}

interface Clause {
  start: number;
  end: number;
  weight: number;
  sentence: number;
}

interface Hit {
  polarity: 1 | -1;
  weight: number;
  tier: Tier;
  label: string;
  token: number;
  clause: number;
}

interface Analysis {
  text: string;
  tokens: Token[];
  clauses: Clause[];
  /** Token index to clause index. */
  clauseOf: number[];
  hits: Hit[];
}

/** Splits tokens into clauses with weights. */
function clausesOf(tokens: Token[]): { clauses: Clause[]; clauseOf: number[] } {
  const clauses: Clause[] = [];
  const clauseOf: number[] = new Array(tokens.length).fill(0);
  let sentence = 0;
  let start = 0;
  let weight = 1;
  let concessive = false;
  const close = (end: number, nextWeight: number) => {
    if (end > start) clauses.push({ start, end, weight, sentence });
    start = end;
    weight = nextWeight;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const atStart = i === start || (prev?.punct ?? true);
    if (t.punct) {
      if (/[.!?]/.test(t.w)) {
        close(i + 1, 1);
        sentence++;
        concessive = false;
      } else if (/[;:–—]/.test(t.w)) {
        close(i + 1, 1);
        concessive = false;
      } else if (t.w === ',' && concessive) {
        // The conceded clause ends at its comma; the main clause follows.
        close(i + 1, 1);
        concessive = false;
      }
      continue;
    }
    if (t.w === 'yet' && prev && (NEGATORS.has(prev.w) || prev.w === 'as' || prev.w === 'have' || prev.w === 'has')) continue;
    if (CONCESSIVE.has(t.w) && atStart && !(t.w === 'though' && prev && !prev.punct)) {
      close(i, 0.25);
      concessive = true;
    } else if (t.w === 'even' && tokens[i + 1]?.w === 'though' && atStart) {
      close(i, 0.25);
      concessive = true;
    } else if (ADVERSATIVE.has(t.w) && (t.w !== 'still' || atStart) && (t.w !== 'though' || !atStart)) {
      close(i, 1.5);
      concessive = false;
    } else if (t.w === 'and' && ((tokens[i + 1] && NEW_SUBJECT.has(tokens[i + 1]!.w)) || prev?.w === ',') && !concessive) {
      close(i, 1);
    }
  }
  close(tokens.length, 1);
  clauses.forEach((c, k) => {
    for (let i = c.start; i < c.end; i++) clauseOf[i] = k;
  });
  return { clauses, clauseOf };
}

function analyseStance(text: string, mentionQuotes: boolean): Analysis {
  const tokens = tokenize(text, mentionQuotes);
  const { clauses, clauseOf } = clausesOf(tokens);
  const hits: Hit[] = [];
  // Negation scope: until this token index (exclusive).
  let scopeEnd = -1;
  // A nominal negator ("a lack of support", "nothing", "no") negates its noun phrase, not the
  // predicate after it: "a lack of support … is a direct failure" still judges a failure.
  let nominalScope = false;
  let suppressUntil = -1;
  // A counterfactual ("should have been more careful") holds to the clause's end; a prohibition ("should not")
  // is a negation right after a deontic modal.
  let counterfactual = false;
  let prohibition = false;
  // A verb of calling whose subject is a nominal negator ("nobody can call …"): the first judgement after it is denied.
  let deniedAfter = -1;
  // Where the clause's subject is "nobody", "no one" or "none" (with any relative clause after it).
  let denier = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct) {
      scopeEnd = -1;
      counterfactual = false;
      deniedAfter = -1;
      denier = -1;
      continue;
    }
    if (SCOPE_END.has(t.w)) counterfactual = false;
    // "This can't happen soon enough": the speaker wants what was just said done, which endorses it.
    if (/^(?:can|could)$/.test(t.w) && /^(?:not|n't)$/.test(tokens[i + 1]?.w ?? '') && /^(?:happen|come)$/.test(tokens[i + 2]?.w ?? '') && /^(?:soon|quickly|fast)$/.test(tokens[i + 3]?.w ?? '') && tokens[i + 4]?.w === 'enough') {
      if (!t.mentioned) hits.push({ polarity: 1, weight: 1, tier: 'eval', label: `${t.w} not ${tokens[i + 2]!.w} soon enough`, token: i, clause: clauseOf[i]! });
      i += 4;
      continue;
    }
    // "has had eight years to fix it", "they've had over a decade to act": time given and not used is a failing.
    if (/^(?:had|been given)$/.test(t.w) && !/^(?:we|i|we've|i've|we'd|i'd)$/.test(tokens[i - 1]?.w ?? '')) {
      const span = yearsToAct(tokens, i + 1);
      if (span && !t.mentioned) {
        hits.push({ polarity: -1, weight: 1, tier: 'eval', label: `had ${span} to act`, token: i, clause: clauseOf[i]! });
        continue;
      }
    }
    // "cannot be accepted", "could never be justified": the speaker refuses to let it stand.
    if (ABILITY.has(t.w) && /^(?:not|n't|never)$/.test(tokens[i + 1]?.w ?? '')) {
      const k = tokens[i + 2]?.w === 'be' ? i + 3 : /^(?:ever|simply|really)$/.test(tokens[i + 2]?.w ?? '') && tokens[i + 3]?.w === 'be' ? i + 4 : -1;
      if (k > 0 && UNENDURABLE.test(tokens[k]?.w ?? '')) {
        if (!t.mentioned) hits.push({ polarity: -1, weight: 1, tier: 'eval', label: `cannot be ${tokens[k]!.w}`, token: i, clause: clauseOf[i]! });
        i = k;
        continue;
      }
    }
    // "nothing short of alarming", "little short of a scandal": an intensifier, not a negation.
    if (/^(?:nothing|little)$/.test(t.w) && tokens[i + 1]?.w === 'short' && tokens[i + 2]?.w === 'of') {
      i += 2;
      continue;
    }
    if (COUNTERFACTUAL.has(t.w)) {
      // "should have taken", "ought to have been", "could surely have been"; not "should have to" (an obligation).
      const after = tokens.slice(i + 1, i + 5).map((x) => (x.punct ? '' : x.w));
      let k = t.w === 'ought' && after[0] === 'to' ? 1 : 0;
      while (TARGET_ADVERBS.has(after[k] ?? '')) k++;
      if (after[k] === 'have' && after[k + 1] !== 'to') counterfactual = true;
    }
    if (SCOPE_END.has(t.w) && !(t.w === 'yet' && NEGATORS.has(tokens[i - 1]?.w ?? ''))) scopeEnd = -1;
    // "Nobody can call this acceptable", "no one reading it could describe it as fair": the first judgement after
    // the verb of calling is the one denied, however far the predicate is ("can say this report is wrong").
    if (/^(?:nobody|none)$/.test(t.w) || (t.w === 'no' && tokens[i + 1]?.w === 'one')) denier = i;
    if (denier >= 0 && ABILITY.has(t.w) && calledAt(tokens, i + 1) >= 0) {
      deniedAfter = calledAt(tokens, i + 1);
      denier = -1;
      scopeEnd = -1;
    }
    if (nominalScope && PREDICATE_START.has(t.w) && i > 0 && !NEGATORS.has(tokens[i - 1]!.w)) scopeEnd = -1;
    // "and"/"or" coordinating judgement words keep the negation ("not fair or useful"); otherwise
    // ("not shying away from it and acknowledging …", "and we …") they end it.
    if ((t.w === 'and' || t.w === 'or') && (NEW_SUBJECT.has(tokens[i + 1]?.w ?? '') || hits[hits.length - 1]?.token !== i - 1)) scopeEnd = -1;
    const next = tokens[i + 1];
    // A negation that strengthens or names a lack rather than denying what follows: "could not agree more", "there is
    // no disputing the evidence", "do not have the will to fix …" (negationThatAffirms).
    if (NEGATORS.has(t.w) && i >= scopeEnd && !t.mentioned) {
      const affirmed = negationThatAffirms(tokens, i, clauses[clauseOf[i]!]!.start);
      if (affirmed) {
        if (affirmed.polarity) hits.push({ polarity: affirmed.polarity, weight: affirmed.weight, tier: 'eval', label: affirmed.label, token: i, clause: clauseOf[i]! });
        i = affirmed.resume;
        continue;
      }
    }
    // A cue that starts with a negator ("not enough", "no longer fit") is a cue, not a negation.
    if (NEGATORS.has(t.w) && i >= scopeEnd) {
      const lead = FIRST_WORD.get(t.w)?.find((c) => c.words.length > 1 && c.words.every((w, k) => tokens[i + k] && !tokens[i + k]!.punct && tokens[i + k]!.w === w));
      if (lead && !t.mentioned) {
        hits.push({ polarity: lead.polarity, weight: intensity(tokens, i), tier: lead.tier, label: lead.words.join(' '), token: i, clause: clauseOf[i]! });
        i += lead.words.length - 1;
        continue;
      }
    }
    // "can't keep coasting", "cannot go on failing": the negation is of going on; what goes on is still faulted.
    if (i < scopeEnd && /^(?:keep|continue|carry)$/.test(t.w)) {
      scopeEnd = -1;
      continue;
    }
    const pair = next && !next.punct && NEGATOR_FIRST.has(t.w) ? `${t.w} ${next.w}` : '';
    if (pair && NEGATOR_PAIRS.has(pair)) {
      // A verbal negator ("fail to") negates the verb after it, not that verb's object; failing to do it is a fault by itself ("fails to say who will pay").
      if (VERBAL_NEGATORS.has(pair) && !t.mentioned) hits.push({ polarity: -1, weight: intensity(tokens, i), tier: 'eval', label: pair, token: i, clause: clauseOf[i]! });
      scopeEnd = VERBAL_NEGATORS.has(pair) || RELUCTANT.has(pair) ? i + 2 + 2 : negationEnd(tokens, i + 2);
      nominalScope = NOMINAL_NEGATORS.has(pair);
      i++;
      continue;
    }
    if (NEGATORS.has(t.w)) {
      // "has not tackled the problems", "had not understood the scale of the risks": a task left undone faults whoever
      // left it, and the problems stay problems (the negation is the verb's, not its object's).
      const undone = !t.mentioned ? leftUndone(tokens, i) : -1;
      if (undone >= 0) {
        hits.push({ polarity: -1, weight: intensity(tokens, i), tier: 'eval', label: `not ${tokens[undone]!.w}`, token: i, clause: clauseOf[i]! });
        i = undone;
        continue;
      }
      scopeEnd = negationEnd(tokens, i + 1);
      nominalScope = NOMINAL_NEGATORS.has(t.w);
      prohibition = DEONTIC.has(tokens[i - 1]?.w ?? '');
      continue;
    }
    if (t.mentioned) continue;
    const negated = i < scopeEnd;
    // "too" + a word: a quantity describes the world, anything else is a judgement of excess.
    if (t.w === 'too' && next && !next.punct && !next.mentioned) {
      const tier: Tier = QUANTITY.has(next.w) ? 'situ' : 'eval';
      // "should not take too much comfort": the prohibition is of the excess, which stays a fault.
      if (negated && prohibition) {
        hits.push({ polarity: -1, weight: intensity(tokens, i), tier, label: `forbidden: too ${next.w}`, token: i, clause: clauseOf[i]! });
        i++;
        continue;
      }
      hits.push({ polarity: negated ? 1 : -1, weight: intensity(tokens, i), tier, label: `${negated ? 'not ' : ''}too ${next.w}`, token: i, clause: clauseOf[i]! });
      if (negated && tier === 'eval') scopeEnd = -1;
      i++;
      continue;
    }
    // Deontic demand for improvement: "must be better", "needs to improve", "should do more".
    if (MODALS.has(t.w)) {
      const ws = tokens.slice(i + 1, i + 5).map((x) => (x.punct ? '' : x.w));
      const direct = t.w === 'must' || t.w === 'should';
      const rest = direct ? ws : ws[0] === 'to' ? ws.slice(1) : null;
      if (rest) {
        const demand =
          (rest[0] === 'be' && /^(?:better|improved|strengthened|clearer|stronger|more|reformed|rethought|overhauled)$/.test(rest[1] ?? '')) ||
          // "more needs to be done by councils": what they have done is not enough. With no one named
          // ("more should be done to share ideas") it only asks.
          (rest[0] === 'be' && rest[1] === 'done' && rest[2] === 'by' && tokens[i - 1]?.w === 'more') ||
          rest[0] === 'improve' ||
          // "need to go further", "must go much faster": what has been done is not enough.
          (rest[0] === 'go' && /^(?:further|faster)$/.test(rest[1] === 'much' || rest[1] === 'even' ? rest[2] ?? '' : rest[1] ?? '')) ||
          (rest[0] === 'do' && (rest[1] === 'more' || rest[1] === 'better'));
        if (demand) {
          const used = (direct ? 0 : 1) + 2;
          hits.push({ polarity: negated ? 1 : -1, weight: 1, tier: 'eval', label: `${t.w} ${ws.slice(0, used).join(' ')}`, token: i, clause: clauseOf[i]! });
          // The quality demanded ("must be more ambitious") is not itself praise.
          suppressUntil = i + used + 2;
          i += used;
          continue;
        }
      }
      if (direct && /^(?:continue|remain|keep)$/.test(ws[0] ?? '')) {
        hits.push({ polarity: negated ? -1 : 1, weight: 1, tier: 'eval', label: `${t.w} ${ws[0]}`, token: i, clause: clauseOf[i]! });
        i += 1;
        continue;
      }
    }
    // "has done what ministers would not": credit for doing what others left undone; the negation is theirs, not the speaker's.
    if (/^(?:done|did|doing|does|do)$/.test(t.w) && next?.w === 'what' && !negated) {
      const others = tokens.slice(i + 2, i + 8);
      const stop = others.findIndex((x) => x.punct);
      const refused = (stop < 0 ? others : others.slice(0, stop)).findIndex((x) => x.w === 'not' || x.w === "n't" || /^(?:failed|refused|never)$/.test(x.w));
      if (refused >= 0) {
        hits.push({ polarity: 1, weight: 1, tier: 'eval', label: `${t.w} what others would not`, token: i, clause: clauseOf[i]! });
        i = i + 2 + refused;
        continue;
      }
    }
    // "gets the numbers right": getting something right is praise of it, "right" alone is not ("the right to").
    const getAt = t.w === 'right' ? tokens.slice(Math.max(0, i - 4), i).findIndex((x) => /^(?:get|gets|got|getting)$/.test(x.w)) + Math.max(0, i - 4) : -1;
    if (getAt >= Math.max(0, i - 4) && !tokens.slice(Math.max(0, i - 4), i).some((x) => x.punct)) {
      // "Getting the basics right is essential", "to get it right": a requirement or an aim, not praise.
      if ((tokens[getAt]!.w === 'getting' && getAt === clauses[clauseOf[getAt]!]!.start) || tokens[getAt - 1]?.w === 'to') continue;
      hits.push({ polarity: negated ? -1 : 1, weight: intensity(tokens, i), tier: 'eval', label: `${negated ? 'not ' : ''}get … right`, token: i, clause: clauseOf[i]! });
      continue;
    }
    // "encouraged by our own figures", "proud of its own record": the speaker's feeling about its own showing judges
    // neither the report nor anyone it names, and nor does the rest of that sentence's praise of that showing.
    if (OWN_SHOWING_FEELING.has(t.w) && /^(?:by|of|with)$/.test(next?.w ?? '') && ownPossessive(tokens, i + 2)) {
      let end = i + 2;
      while (end < tokens.length && !(tokens[end]!.punct && /^[.;!?]$/.test(tokens[end]!.w)) && tokens[end]!.w !== 'but') end++;
      suppressUntil = Math.max(suppressUntil, end - 1);
      continue;
    }
    const term = TERMS.find((ws) => ws.every((w, k) => tokens[i + k]?.w === w && !tokens[i + k]!.punct));
    if (term) {
      i += term.length - 1;
      continue;
    }
    // "is concerning", "deeply concerning": a judgement; "concerning the timetable" is a preposition.
    if (t.w === 'concerning' && (BE.has(tokens[i - 1]?.w ?? '') || /'s$/.test(tokens[i - 1]?.w ?? '') || INTENSIFIERS.has(tokens[i - 1]?.w ?? '') || /^(?:very|most|more|less)$/.test(tokens[i - 1]?.w ?? ''))) {
      hits.push({ polarity: negated ? 1 : -1, weight: intensity(tokens, i), tier: 'eval', label: `${negated ? 'not ' : ''}concerning`, token: i, clause: clauseOf[i]! });
      continue;
    }
    // "the forecasts are optimistic": an estimate's optimism or pessimism is its bias; a speaker's is a mood.
    if ((t.w === 'optimistic' || t.w === 'pessimistic') && tokens.slice(clauses[clauseOf[i]!]!.start, i).some((x) => ESTIMATES.test(x.w))) {
      hits.push({ polarity: -1, weight: intensity(tokens, i), tier: 'eval', label: `biased estimate: ${t.w}`, token: i, clause: clauseOf[i]! });
      continue;
    }
    // "Research like this is crucial": a study called essential is valued.
    if (ESSENTIAL.has(t.w) && BE.has(tokens[i - 1]?.w ?? '') && tokens.slice(clauses[clauseOf[i]!]!.start, i).some((x) => STUDIES.test(x.w))) {
      hits.push({ polarity: negated ? -1 : 1, weight: intensity(tokens, i), tier: 'eval', label: `${negated ? 'not ' : ''}study called ${t.w}`, token: i, clause: clauseOf[i]! });
      continue;
    }
    // "cuts to benefits", "child benefit", "benefit rates": the noun names welfare payments. Only "the benefits
    // of", "benefits for", or the verb ("would benefit") is a gain.
    if (/^benefits?$/.test(t.w) && !/^(?:of|to|for|from)$/.test(next?.w ?? '') && !/^(?:will|would|could|can|may|might|should|must|to|it|they|this|that|which|also|directly|greatly)$/.test(tokens[i - 1]?.w ?? '')) continue;
    // "those on higher incomes would do best from the proposals": who gains or loses, not a judgement.
    if (/^(?:best|better|worse|worst)$/.test(t.w) && /^(?:do|does|did|doing|done|fare|fares|fared|faring)$/.test(tokens[i - 1]?.w ?? '') && /^(?:from|out|under)$/.test(next?.w ?? '')) continue;
    // "the trust" (an NHS body), "the hospital trust": a name, not the word trust ("the trust of patients").
    if (t.w === 'trust' && (/^(?:nhs|hospital|foundation|ambulance|acute)$/.test(tokens[i - 1]?.w ?? '') || (/^(?:the|this|that|each|every)$/.test(tokens[i - 1]?.w ?? '') && !/^(?:of|in|between|among|amongst|that|which|we|they|people)$/.test(next?.w ?? '')))) continue;
    // "for anyone who wants the country to be the best place": what someone wishes for is a goal, not a judgement.
    if (wished(tokens, i)) continue;
    // "significant improvements were needed", "there is room for improvement": what must get better is faulted.
    if (IMPROVEMENT.has(t.w) && improvementDemanded(tokens, i)) {
      hits.push({ polarity: negated ? 1 : -1, weight: 1, tier: 'eval', label: `${negated ? 'no ' : ''}${t.w} needed`, token: i, clause: clauseOf[i]! });
      continue;
    }
    // "the number of children waiting had fallen", "caseloads have risen": a harm that shrinks is things getting better,
    // one that grows worse, for whoever answers for it.
    const trend = harmTrend(tokens, i);
    if (trend) {
      hits.push({ polarity: negated ? (-trend.polarity as 1 | -1) : trend.polarity, weight: 1, tier: 'situ', label: `${negated ? 'not ' : ''}${trend.label}`, token: i, clause: clauseOf[i]! });
      continue;
    }
    // "were dealt with swiftly", "took prompt action": a response done quickly credits whoever responded, as a delay faults them.
    const speed = speedOfResponse(tokens, i);
    if (speed) {
      hits.push({ polarity: negated ? -1 : 1, weight: intensity(tokens, i), tier: 'eval', label: `${negated ? 'not ' : ''}speed of a response: ${speed}`, token: i, clause: clauseOf[i]! });
      continue;
    }
    const candidates = FIRST_WORD.get(t.w);
    if (!candidates) continue;
    const cue = candidates.find((c) => c.words.every((w, k) => tokens[i + k] && !tokens[i + k]!.punct && tokens[i + k]!.w === w));
    if (!cue) continue;
    if (i <= suppressUntil) {
      i += cue.words.length - 1;
      continue;
    }
    // "support for care leavers is poor": the noun names a service; endorsing is "our support for", "full support for".
    if (t.w === 'support' && next?.w === 'for' && !/^(?:our|my|their|full|strong|we|i|they|warmly|fully|broad|wide|widespread|unanimous)$/.test(tokens[i - 1]?.w ?? '')) continue;
    // "we will consider the report carefully", "study its findings with care": how the speaker will read it, no
    // judgement of what is read ("a carefully argued report" still praises it).
    if (/^(?:carefully|with)$/.test(t.w) && readingBefore(tokens, i)) continue;
    // "without delay", "without further delay": urgency of a demand, not a delay negated into praise.
    if (/^delays?$/.test(t.w) && /^(?:without|further)$/.test(tokens[i - 1]?.w ?? '')) continue;
    // "financial support", "levels of support", "the support provided by the system": the noun names help given,
    // not an endorsement ("a letter of support", "the support of unions" still endorse).
    if (t.w === 'support' && supportAsHelp(tokens, i)) continue;
    // Improvement words as a purpose ("to improve", "for improving", "improvement journey") are goals;
    // "the sooner …, the better" is a correlative, not praise.
    if ((PURPOSE_WORDS.has(t.w) && /^(?:to|for|of|continuous|continued)$/.test(tokens[i - 1]?.w ?? '')) || (t.w === 'better' && tokens[i - 1]?.w === 'the')) {
      i += cue.words.length - 1;
      continue;
    }
    // "to restore public confidence", "in ensuring firms have the best": the object of an aim is a goal, not a judgement.
    if (aimed(tokens, i)) {
      i += cue.words.length - 1;
      continue;
    }
    // "The report was fully agreed by officials": an attitude reported of others, not the speaker's.
    if (cue.tier === 'eval' && PASSIVE_ATTITUDE.has(t.w) && cue.words.length === 1) {
      const before = tokens.slice(Math.max(0, i - 3), i).filter((x) => !x.punct && !TARGET_ADVERBS.has(x.w) && !INTENSIFIERS.has(x.w) && x.w !== 'not' && x.w !== "n't");
      // "should be criticised" demands it; "was criticised" reports it.
      const demanded = tokens.slice(Math.max(0, i - 4), i).some((x) => /^(?:should|must|ought|need|needs)$/.test(x.w));
      if (before.length && BE.has(before[before.length - 1]!.w) && !demanded) continue;
    }
    // "leaves no doubt that …", "there is no doubt that …": certainty about what follows, not praise.
    if (negated && cue.words[0]!.startsWith('doubt') && (next?.w === 'that' || /^(?:leave|leaves|left|leaving)$/.test(tokens[i - 2]?.w ?? ''))) {
      scopeEnd = -1;
      continue;
    }
    // "the unfounded accusations": a rebuttal word before others' claims rebuts them, not the target.
    const rebutsClaims = REBUTTAL.has(cue.words.join(' ')) && ACCUSATIONS.test(tokens[i + cue.words.length]?.w ?? '');
    const tier: Tier = (EXPERIENCED.has(t.w) && cue.words.length === 1 && attributive(tokens, i)) || rebutsClaims ? 'situ' : cue.tier;
    let polarity: 1 | -1 = cue.polarity;
    if (negated) polarity = (-polarity) as 1 | -1;
    if (deniedAfter >= 0 && i > deniedAfter && tier === 'eval') {
      hits.push({ polarity: (-polarity) as 1 | -1, weight: intensity(tokens, i), tier, label: `denied: ${cue.words.join(' ')}`, token: i, clause: clauseOf[i]! });
      deniedAfter = -1;
      i += cue.words.length - 1;
      continue;
    }
    let weight = intensity(tokens, i);
    let label = `${negated ? 'not ' : ''}${cue.words.join(' ')}`;
    // "should have taken a more careful line": the good quality is the one that was missing.
    if (counterfactual && !negated && cue.polarity > 0) {
      hits.push({ polarity: -1, weight, tier: 'eval', label: `lacked: ${cue.words.join(' ')}`, token: i, clause: clauseOf[i]! });
      i += cue.words.length - 1;
      continue;
    }
    // Partial endorsement: "welcome some of", "agree with parts of".
    if (cue.polarity > 0 && !negated && cue.tier === 'eval') {
      const after = tokens.slice(i + cue.words.length, i + cue.words.length + 3).map((x) => x.w);
      if (after.some((w) => PARTIAL.has(w))) {
        hits.push({ polarity: -1, weight: weight * 0.5, tier: 'eval', label: `${label} (partly)`, token: i, clause: clauseOf[i]! });
        weight *= 0.5;
        label += ' (partly)';
      }
    }
    hits.push({ polarity, weight, tier, label, token: i, clause: clauseOf[i]! });
    // Negating a negative affirms what follows ("no doubt it works"): the scope ends.
    if (negated && cue.polarity < 0) scopeEnd = -1;
    i += cue.words.length - 1;
  }
  // "Some have called the review a whitewash": the clause reports others' judgement, not the speaker's.
  for (const c of clauses) {
    const lead = tokens.slice(c.start, c.start + 4).filter((t) => !t.punct).map((t) => t.w);
    const verbAt = lead.findIndex((w) => REPORTED_VERB.test(w));
    if (REPORTED_JUDGE.has(lead[0] ?? '') && verbAt > 0 && verbAt <= 2) for (const h of hits) if (h.clause === clauses.indexOf(c)) h.weight = 0;
  }
  // "eight months after the council was rated inadequate": a grade in a clause of time is the past the news sets out from,
  // not the speaker's verdict now.
  for (const h of hits) if (GRADE_HIT.test(h.label) && pastGrade(tokens, h.token)) h.weight = 0;
  return { text, tokens, clauses, clauseOf, hits };
}

const REBUTTAL = new Set(['baseless', 'groundless', 'unfounded', 'fabricated', 'politically motivated', 'politically driven', 'one-sided', 'distorted', 'false', 'untrue']);
const ACCUSATIONS = /^(?:accusations?|allegations?|claims?|charges?|suggestions?|rumours?|rumors?|attacks?|criticisms?)$/;

/** Feelings ("worried", "troubled"): before a noun ("worried parents", "the most troubled prisons") they describe others' state. */
const EXPERIENCED = new Set(['troubled', 'worried', 'concerned', 'alarmed', 'frustrated', 'disappointed', 'dismayed', 'outraged', 'angry', 'shocked', 'appalled', 'unhappy', 'encouraged', 'delighted', 'pleased', 'satisfied', 'happy', 'glad']);
const NOT_A_NOUN = /^(?:that|by|about|at|with|to|for|over|and|or|as|because|than|if|when|but|the|a|an|this|these|those|it|we|they|i|he|she|you|our|their|its|his|her|not|n't|enough|too|so|very|in|on|of|from|whether|how|why|what|is|are|was|were|be)$/;
const LINKING = /^(?:is|are|was|were|be|been|being|am|feel|feels|felt|remain|remains|remained|seem|seems|seemed|become|becomes|became|look|looks|looked|get|gets|got|grow|grows|grew|i|we|they|he|she|you|it|left|leave|leaves)$/;

/** An adjective before a noun, not after a linking verb: "the most troubled prisons", not "we are troubled by". */
function attributive(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.punct || NOT_A_NOUN.test(next.w) || FIRST_WORD.has(next.w)) return false;
  let k = i - 1;
  while (k >= 0 && (INTENSIFIERS.has(tokens[k]!.w) || tokens[k]!.w === 'more')) k--;
  return k < 0 || tokens[k]!.punct || !LINKING.test(tokens[k]!.w);
}

/** "Essential" words that value a study called so ("research like this is crucial"). */
const ESSENTIAL = new Set(['crucial', 'vital', 'essential', 'invaluable', 'indispensable']);
const CONTENT_NOUNS = /^(?:figures|numbers|statistics|data|results|findings|report|survey|study|research|review|inspection|investigation|inquiry|audit|assessment|analysis|evaluation)$/;
/** A study's own attitude to what it examined ("the inspection agreed with", "the audit praised"): part of its findings. */
const STUDY_ATTITUDE = /^(?:agreed|agrees|praised|praises|commended|commends|criticised|criticises|criticized|criticizes|welcomed|welcomes|condemned|condemns)$/;
/** What a study concluded, as the subject of "is that …", "are that …". */
const FINDINGS_RESTATED = /^(?:findings|finding|conclusions|conclusion|message|verdict|results)$/;
const STUDIES = /^(?:research|report|reports|review|study|studies|analysis|survey|inquiry|audit|assessment|evidence|data|findings|work)$/;
const WISH = /^(?:want|wants|wanted|wanting|wish|wishes|wished|hope|hopes|hoped|aspire|aspires|aspiring|aim|aims|aiming|strive|strives|striving|determined)$/;

/** The cue is in what someone wishes something to be ("wants our country to be the best place", "hope it will become the best"), with no punctuation between. */
function wished(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 6); k--) {
    if (tokens[k]!.punct) return false;
    if ((tokens[k]!.w === 'be' || tokens[k]!.w === 'become') && /^(?:to|will|would|could|can|might|may)$/.test(tokens[k - 1]?.w ?? '')) {
      for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
        if (tokens[j]!.punct) return false;
        if (WISH.test(tokens[j]!.w)) return true;
      }
      return false;
    }
  }
  return false;
}

/** Verbs of disputing; negated ("no disputing", "cannot be denied") they put what they govern beyond dispute. */
const DISPUTE = /^(?:disput(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|doubt(?:s|ed|ing)?|question(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|gainsa(?:y|id|ying))$/;
/** What an account holds up as shown; put beyond dispute, the account is endorsed. */
const EVIDENCE = /^(?:evidence|findings|facts|conclusions|conclusion|report|review|data|figures|analysis|account|inquiry|inspection|audit|study|research|case)$/;
/** Words between a negator and the verb it governs ("can not seriously be denied", "no possible doubting"). */
const NEGATED_VERB_FILLER = /^(?:can|could|be|been|seriously|really|possibly|ever|honestly|credibly|reasonably|sensibly|now|longer)$/;
/** What a body is said to lack when it does not act: the will, the courage, the appetite to do something. */
const RESOLVE = /^(?:will|courage|appetite|stomach|resolve|determination|guts|inclination|backbone|nerve|willingness)$/;
/** Verbs a body has, shows or finds the will with ("do not have the will to", "showed no appetite to"). */
const HAVING = /^(?:have|has|had|having|show|shows|showed|shown|find|finds|found|muster|mustered|summon|summoned)$/;
/** Clause punctuation that ends the reach of a dispute's object (a comma inside a noun phrase does not). */
const CLAUSE_PUNCT = /^[.;:!?–—()]$/;

/**
 * A negation that does not deny the judging word after it (at `i`, a negator; `clauseStart`, its clause):
 * - agreement that could not be greater ("could not agree more", "can't praise them enough"): the positive verb,
 *   intensified;
 * - a dispute ruled out ("there is no disputing the evidence", "its findings cannot be denied"): what an account
 *   shows is endorsed; ruled out before a that-clause ("no denying that the council failed") it is certainty about
 *   what follows, which is judged by its own words;
 * - the will to act denied ("do not have the will to fix the problems", "showed no appetite to …"): the lack faults
 *   whoever lacks it, and the negation does not reach the task it names.
 * Returns the cue (none for certainty) and the token to resume after.
 */
function negationThatAffirms(tokens: Token[], i: number, clauseStart: number): { polarity?: 1 | -1; weight: number; label: string; resume: number } | undefined {
  const at = (k: number) => (tokens[k] && !tokens[k]!.punct ? tokens[k]!.w : '');
  if (/^(?:not|n't)$/.test(tokens[i]!.w) && ABILITY.has(at(i - 1))) {
    const verb = FIRST_WORD.get(at(i + 1))?.find((c) => c.words.length === 1 && c.polarity > 0 && c.tier === 'eval');
    if (verb) {
      for (let k = i + 2; k <= i + 5 && at(k); k++) {
        // Not "cannot support this any more" (a limit reached) nor "cannot welcome more cuts" (a quantity).
        const ends = !at(k + 1) || /^(?:with|that|than|for|about|on|when|if)$/.test(at(k + 1));
        if (/^(?:more|enough)$/.test(at(k)) && at(k - 1) !== 'any' && ends) return { polarity: 1, weight: 1.5, label: `could not ${at(i + 1)} ${at(k)}`, resume: k };
      }
    }
  }
  let v = i + 1;
  while (v < i + 4 && NEGATED_VERB_FILLER.test(at(v))) v++;
  if (DISPUTE.test(at(v))) {
    let k = v + 1;
    if (/^(?:with|about|over)$/.test(at(k))) k++;
    if (at(k) === 'that') return { weight: 0, label: 'beyond dispute that', resume: v };
    for (let j = k; j < Math.min(tokens.length, k + 12) && !(tokens[j]!.punct && CLAUSE_PUNCT.test(tokens[j]!.w)); j++) {
      if (/^(?:that|which|who)$/.test(tokens[j]!.w)) break;
      if (EVIDENCE.test(tokens[j]!.w)) return { polarity: 1, weight: 1, label: `beyond dispute: ${tokens[j]!.w}`, resume: v };
    }
    // "The facts it sets out cannot be denied": the account's content, as the subject of the passive.
    if (at(v - 1) === 'be' || at(v - 2) === 'be') {
      for (let j = i - 1; j >= clauseStart; j--) if (EVIDENCE.test(tokens[j]!.w)) return { polarity: 1, weight: 1, label: `beyond dispute: ${tokens[j]!.w}`, resume: v };
    }
  }
  let r = HAVING.test(at(i + 1)) ? i + 2 : i + 1;
  if (/^(?:the|any|an|a|enough|political|real)$/.test(at(r))) r++;
  if (at(r) === 'political') r++;
  if (RESOLVE.test(at(r)) && at(r + 1) === 'to') return { polarity: -1, weight: 1, label: `lacks the ${at(r)} to act`, resume: r + 1 };
  return undefined;
}

/** Where a negation that starts at `from` ends: after a verb of refusal ("not tolerate complacency"), else at the clause's end. */
/** Modals of ability: "cannot be accepted" refuses, "nobody can call it fair" denies. */
const ABILITY = new Set(['can', 'could', 'would', 'will']);
/** What a speaker cannot let stand: "cannot be accepted", "can never be justified". */
const UNENDURABLE = /^(?:accepted|tolerated|justified|excused|defended|condoned|allowed|permitted)$/;
/** Verbs that give something a verdict ("call it", "describe it as", "regard it as"). */
const CALLING = /^(?:call|describe|regard|consider|deem|judge|think|find|claim|pretend|say|count|see)$/;

/** The verb of calling right after a modal ("can call", "could honestly describe"), or -1. */
function calledAt(tokens: Token[], from: number): number {
  let k = from;
  while (k < from + 2 && /^(?:ever|honestly|seriously|really|possibly|reasonably|now|still)$/.test(tokens[k]?.w ?? '')) k++;
  return CALLING.test(tokens[k]?.w ?? '') && !tokens[k]!.punct ? k : -1;
}

/** Improvement as what is wanting: "improvements were needed", "requires urgent improvement", "room for improvement". */
const IMPROVEMENT = new Set(['improvement', 'improvements']);
const WANTED = /^(?:needed|required|necessary|essential|vital|demanded|wanted|overdue)$/;
const WANTING = /^(?:need|needs|needed|needing|require|requires|required|requiring|demand|demands|demanded)$/;
const DEGREE = /^(?:significant|substantial|major|urgent|further|considerable|rapid|serious|real|sustained|clear|much|more|some|many|widespread|immediate|swift|wholesale|fundamental|radical|still|is|are|was|were|been|be|being|urgently|clearly|also|plenty|of|a|lot|areas|for)$/;

function improvementDemanded(tokens: Token[], i: number): boolean {
  // After it: "improvements were urgently needed", "improvement is still required".
  for (let k = i + 1; k <= i + 4 && k < tokens.length && !tokens[k]!.punct; k++) {
    if (WANTED.test(tokens[k]!.w)) return true;
    if (!DEGREE.test(tokens[k]!.w)) break;
  }
  // Before it: "need significant improvement", "room for improvement", "scope for further improvements".
  for (let k = i - 1; k >= Math.max(0, i - 4) && !tokens[k]!.punct; k--) {
    const w = tokens[k]!.w;
    if (w === 'for') return /^(?:room|scope|need|calls?|called|calling|case)$/.test(tokens[k - 1]?.w ?? '');
    if (WANTING.test(w)) return true;
    if (!DEGREE.test(w)) break;
  }
  return false;
}

/** Verbs of reading or weighing something. */
const READING = /^(?:consider|considers|considered|considering|study|studies|studied|studying|read|reads|reading|examine|examines|examined|examining|review|reviews|reviewed|reviewing|look|looks|looked|looking|digest|digests|weigh|weighs|weighed|reflect|reflects|reflected|reflecting)$/;

/** A verb of reading or weighing up to five words before `i`, with no punctuation between ("consider the report carefully"). */
function readingBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5) && !tokens[k]!.punct; k--) if (READING.test(tokens[k]!.w)) return true;
  return false;
}

/** Words of speed; of a response ("dealt with promptly", "took swift action") they credit whoever responded. */
const SPEED = /^(?:prompt|promptly|swift|swiftly|quick|quickly|rapid|rapidly|speedy|speedily)$/;
/** Verbs and nouns of responding to something: acting on it, dealing with it, handling it, answering it. */
const RESPONSE = /^(?:act|acts|acted|acting|action|actions|respond|responds|responded|responding|response|responses|deal|deals|dealt|dealing|handle|handles|handled|handling|intervene|intervenes|intervened|intervention|react|reacts|reacted|reaction|addressed|resolved|answered)$/;
/**
 * Just before the response, what makes its speed asked for, promised, aimed at or supposed rather than done ("must act
 * quickly", "will respond swiftly", "needs to take prompt action", "to ensure a quick response", "if it acts promptly").
 */
/** What becomes of a report nobody acts on: it gathers dust, sits on a shelf, is ignored, shelved or forgotten. */
const UNHEEDED = /^(?:gather|gathers|sit|sits|languish|ignored|shelved|forgotten|buried|overlooked|dismissed|sidelined)$/;
const SPEED_NOT_DONE = /^(?:must|should|need|needs|ought|will|would|shall|'ll|can|could|may|might|to|if|unless|urge|urges|urged|urging|call|calls|called|calling|demand|demands|demanded|want|wants|wanted|expect|expects|expected|hope|hopes|hoped)$/;

/** The grades an inspectorate gives, as the lexicon names them. */
const GRADE_HIT = /^(?:inadequate|failing|requires improvement|poor|outstanding|good)$/;

/** "after|since|following … was rated" within the few words before a grade, in its sentence. */
function pastGrade(tokens: Token[], i: number): boolean {
  let rated = -1;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (tokens[k]!.punct) return false;
    if (/^(?:rated|judged|graded|found|declared|branded|deemed)$/.test(tokens[k]!.w)) {
      rated = k;
      break;
    }
  }
  if (rated < 0) return false;
  for (let k = rated - 1; k >= Math.max(0, rated - 8); k--) {
    if (tokens[k]!.punct && tokens[k]!.w !== ',') return false;
    if (/^(?:after|since|following|before|until)$/.test(tokens[k]!.w)) return true;
  }
  return false;
}

/** What a children's service wants fewer of: waiting, backlogs, caseloads, empty posts, staff leaving, children missing. */
const HARM = /^(?:waiting|wait|waits|backlog|backlogs|caseload|caseloads|vacancy|vacancies|turnover|delay|delays|unallocated|agency|sickness|re-referrals|exclusions|absences|homelessness|missing)$/;
const FALLS = /^(?:fallen|fell|falls|dropped|drops|halved|reduced|decreased|shrunk|shrank|cut|down)$/;
const RISES = /^(?:risen|rose|rises|increased|increases|doubled|trebled|tripled|soared|grown|grew|climbed|up)$/;

/**
 * A harm that shrinks or grows ("the number of children waiting for an assessment had fallen", "caseloads have risen to
 * 30"): the harm within six words before the verb of the change, in its clause, the change done (not asked for).
 */
function harmTrend(tokens: Token[], i: number): { polarity: 1 | -1; label: string } | undefined {
  const w = tokens[i]!.w;
  const polarity = FALLS.test(w) ? 1 : RISES.test(w) ? -1 : 0;
  if (!polarity) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 6) && !tokens[k]!.punct; k--) {
    if (SPEED_NOT_DONE.test(tokens[k]!.w)) return undefined;
    if (HARM.test(tokens[k]!.w)) return { polarity, label: `${tokens[k]!.w} … ${w}` };
  }
  return undefined;
}

/**
 * The speed of a response done ("were dealt with swiftly", "responded rapidly", "took prompt action", "a quick
 * response"): the word of responding within a few words before the speed word, or right after it. Returns the
 * phrase, or undefined when the speed is not of a response or is asked for, promised or supposed.
 */
function speedOfResponse(tokens: Token[], i: number): string | undefined {
  if (!SPEED.test(tokens[i]!.w)) return undefined;
  let from = -1;
  let to = i;
  for (let k = i - 1; k >= Math.max(0, i - 5) && !tokens[k]!.punct; k--) {
    if (RESPONSE.test(tokens[k]!.w)) {
      from = k;
      break;
    }
  }
  if (from < 0) {
    // "prompt action", "quick to respond", "a swift and decisive response" (not "rose quickly in response to").
    const [next, second, third] = tokens.slice(i + 1, i + 4).map((t) => (t.punct ? '' : t.w));
    to = RESPONSE.test(next ?? '') ? i + 1 : next === 'to' && RESPONSE.test(second ?? '') ? i + 2 : next === 'and' && RESPONSE.test(third ?? '') ? i + 3 : -1;
    from = i;
  }
  if (to < 0) return undefined;
  for (let k = from - 1; k >= Math.max(0, from - 3) && !tokens[k]!.punct; k--) if (SPEED_NOT_DONE.test(tokens[k]!.w)) return undefined;
  return tokens.slice(from, to + 1).map((t) => t.w).join(' ');
}

/** Verbs of dealing with a problem: not doing so is a failure of whoever should have. */
const HANDLING = new Set(['tackle', 'tackled', 'tackling', 'address', 'addressed', 'addressing', 'understand', 'understood', 'fix', 'fixed', 'resolve', 'resolved', 'grasp', 'grasped', 'dealt', 'deal', 'act', 'acted', 'respond', 'responded', 'learn', 'learned', 'learnt', 'heed', 'heeded', 'share', 'shared', 'spot', 'spotted', 'identify', 'identified', 'investigate', 'investigated']);
/** Auxiliaries and adverbs between "not" and its verb ("has not yet properly understood"). */
const BEFORE_HANDLING = new Set(['have', 'has', 'had', 'been', 'yet', 'always', 'properly', 'fully', 'really', 'even', 'ever', 'adequately', 'sufficiently', 'effectively', 'quickly', 'be']);

/** The verb of dealing with a problem a verbal "not" or "never" negates ("had not tackled …"), its index, or -1. */
function leftUndone(tokens: Token[], i: number): number {
  if (!/^(?:not|n't|never)$/.test(tokens[i]!.w)) return -1;
  let k = i + 1;
  while (k < tokens.length && BEFORE_HANDLING.has(tokens[k]!.w)) k++;
  // "did not respond quickly", "not dealt with promptly": how it was done is what the negation denies, as before.
  const adverb = (w: string | undefined) => /(?:ly|^well|^fast|^enough)$/.test(w ?? '');
  const manner = adverb(tokens[k + 1]?.w) || (/^(?:with|to|on|up)$/.test(tokens[k + 1]?.w ?? '') && adverb(tokens[k + 2]?.w));
  return HANDLING.has(tokens[k]?.w ?? '') && !tokens[k]!.punct && !manner ? k : -1;
}

function negationEnd(tokens: Token[], from: number): number {
  const at = /^(?:simply|just|ever|be)$/.test(tokens[from]?.w ?? '') ? from + 1 : from;
  return REFUSED.has(tokens[at]?.w ?? '') ? at + 1 : Infinity;
}

/** A goal verb ("restore", "ensure") in its infinitive ("to restore") or after a preposition ("in ensuring"). */
function isGoalVerb(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.w;
  // "to build on this progress" acknowledges the progress it builds on.
  if (tokens[k + 1]?.w === 'on') return false;
  if (GOAL_VERBS.has(w)) return tokens[k - 1]?.w === 'to' || coordinatedInfinitive(tokens, k);
  const stem = w.endsWith('ing') ? w.slice(0, -3) : '';
  return !!stem && (GOAL_VERBS.has(stem) || GOAL_VERBS.has(`${stem}e`)) && /^(?:in|by|for|of|towards)$/.test(tokens[k - 1]?.w ?? '');
}

/** The verb at k is the second of two infinitives ("to feed patients and keep them safe"): "and" or "or" before it, and a "to" a few words before that, with no punctuation between. */
function coordinatedInfinitive(tokens: Token[], k: number): boolean {
  if (!/^(?:and|or)$/.test(tokens[k - 1]?.w ?? '')) return false;
  for (let j = k - 2; j >= Math.max(0, k - 7); j--) {
    if (tokens[j]!.punct) return false;
    if (tokens[j]!.w === 'to') return true;
  }
  return false;
}

/** The cue at i is what a goal verb up to four words before it aims at, with no punctuation between. */
function aimed(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (tokens[k]!.punct) return false;
    if (isGoalVerb(tokens, k)) return true;
  }
  return false;
}

let last: { text: string; mentionQuotes: boolean; analysis: Analysis } | null = null;
/** A statement is scored once per target: keep the last analysis. */
function analyseCached(text: string, mentionQuotes: boolean): Analysis {
  if (last && last.text === text && last.mentionQuotes === mentionQuotes) return last.analysis;
  last = { text, mentionQuotes, analysis: analyseStance(text, mentionQuotes) };
  return last.analysis;
}

/** Intensifier or downtoner in the two words before a cue (skipping negators). */
function intensity(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens[k]!;
    if (w.punct) break;
    if (NEGATORS.has(w.w) || w.w === 'is' || w.w === 'are' || w.w === 'be') continue;
    if (INTENSIFIERS.has(w.w)) return 1.5;
    if (DOWNTONERS.has(w.w)) return 0.5;
    break;
  }
  return 1;
}

interface Aggregate {
  positive: number;
  negative: number;
  cues: string[];
}

/** Clause by clause: each clause's weight is shared between its poles. */
function aggregate(a: Analysis, hits: Hit[], tierWeight: (h: Hit) => number): Aggregate {
  const byClause = new Map<number, { p: number; n: number }>();
  const cues: string[] = [];
  for (const h of hits) {
    const w = h.weight * tierWeight(h);
    if (w <= 0) continue;
    const c = byClause.get(h.clause) ?? { p: 0, n: 0 };
    if (h.polarity > 0) c.p += w;
    else c.n += w;
    byClause.set(h.clause, c);
    cues.push(`${h.label}${h.tier === 'situ' ? '[s]' : ''}(${h.polarity > 0 ? '+' : '-'})`);
  }
  let positive = 0;
  let negative = 0;
  // A conceded clause decides only when no asserted clause has a cue.
  const asserted = [...byClause.keys()].some((k) => a.clauses[k]!.weight >= 1);
  for (const [k, { p, n }] of byClause) {
    const clause = a.clauses[k]!;
    if (asserted && clause.weight < 1) continue;
    const strength = clause.weight * Math.min(2, p + n);
    positive += (strength * p) / (p + n);
    negative += (strength * n) / (p + n);
  }
  return { positive: round(positive), negative: round(negative), cues };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const NUMBER_WORDS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many)$/;
/**
 * "eight years to", "more than a decade to", "over 14 months to": a span of time given someone to act, after "had".
 * Returns the span's words, or undefined.
 */
function yearsToAct(tokens: Token[], from: number): string | undefined {
  const ws = tokens.slice(from, from + 6).map((t) => (t.punct ? '' : t.w));
  let k = 0;
  if (ws[k] === 'more' && ws[k + 1] === 'than') k += 2;
  else if (/^(?:over|almost|nearly|at)$/.test(ws[k] ?? '')) k += ws[k] === 'at' && ws[k + 1] === 'least' ? 2 : 1;
  const start = k;
  if (ws[k] === 'a' && /^(?:decade|year|generation)$/.test(ws[k + 1] ?? '')) k += 2;
  else if (NUMBER_WORDS.test(ws[k] ?? '') && /^(?:years|months|decades|weeks)$/.test(ws[k + 1] ?? '')) k += 2;
  else if (/^(?:years|decades)$/.test(ws[k] ?? '')) k += 1;
  else return undefined;
  return ws[k] === 'to' && /^[a-z]/.test(ws[k + 1] ?? '') ? ws.slice(start, k).join(' ') : undefined;
}

export interface StanceOptions {
  /** Short quoted spans are mentions (labels, grades, scare quotes): true inside a direct quote. */
  mentionQuotes?: boolean;
  /** Count only evaluative cues (the target is not named, or the text is far from it). */
  evaluativeOnly?: boolean;
}

/** Scores a whole text: clause-weighted positive and negative evidence. */
export function scoreStance(text: string, options: StanceOptions = {}): StanceResult {
  const a = analyseCached(text, options.mentionQuotes ?? true);
  const agg = aggregate(a, a.hits, (h) => (h.tier === 'eval' ? 1 : options.evaluativeOnly ? 0 : 0.5));
  return { ...classify(agg.positive, agg.negative), ...agg };
}

/**
 * Judgements that can only be of an account or of what it recommends: its authors' bias ("preconceived",
 * "double standards", "a lack of objectivity"), a study called essential, a demand that what was just
 * restated happen ("this can't happen soon enough"). A statement that answers a report without naming it
 * judges the report only by these; its other words judge the world the report describes.
 */
export function verdictOnAnswered(text: string, options: StanceOptions = {}): StanceResult {
  const a = analyseCached(text, options.mentionQuotes ?? true);
  const verdicts = a.hits.filter((h) => h.tier === 'eval' && (ACCOUNT_VERDICT.test(h.label) || predicatedOfAccount(a, h)));
  const agg = aggregate(a, [...verdicts, ...proposalsTakenUp(a), ...concessions(a)], () => 1);
  return { ...classify(agg.positive, agg.negative), ...agg };
}
// Not "ignoring" or "demonised": a statement that names no report uses them of whoever ignores or demonises.
// An account partial ("a snapshot", "does not reflect the work", "not the whole story", "took no account of the cuts") can
// only be an account; so can one read by all who should ("every director should read it").
const ACCOUNT_VERDICT = /^(?:snapshot|leaves out|left out|says (?:too |almost )?(?:little|nothing) about|(?:little|nothing) to say about|t(?:ook|akes?) no account of|half the story|unrepresentative|not representative|too narrow|deliberately narrow|same brush|silent on|ducked|ducks the|not far enough|exactly right|fair account|compelling|should (?:read|study) (?:it|this)|must read (?:it|this)|said (?:too little|nothing about)|not reflect|n't reflect|fail(?:s|ed)? to reflect|not the (?:whole|full) (?:story|picture)|(?:not )?whitewash|preconceived|politically (?:motivated|driven)|fabricat\w*|baseless|groundless|unfounded|one-sided|cherry-pick\w*|witch[ -]hunt|double standards?|not (?:objectivity|impartiality)|study called \w+|(?:can|could) not (?:happen|come) soon enough|claims to the contrary|suggestions to the contrary|contrary to (?:the )?(?:claims|suggestions))$/;

const ACCOUNT_DEFENDED =
  /\b(?:stand|stands|stood|standing)\s+(?:firmly\s+|fully\s+)?by\s+(?:our|its|the|their|these|those|this|that)\s+(?:findings|report|judgements?|judgments?|conclusions|rating|verdict|inspection)\b|\b(?:findings|judgements?|judgments?|conclusions|rating)\s+(?:in\s+the\s+report\s+)?(?:are|were|is|was)\s+(?:robust|sound|accurate|(?:firmly\s+|clearly\s+)?based\s+on)\b/i;

export interface TowardOptions extends StanceOptions {
  /** Situational words do not count toward this target (a report is judged by evaluative words only). */
  ownPublication?: boolean;
  /** The speaker published the target (its own report): what it found is not a judgement of it, so the stance is neutral. */
  publishedBySpeaker?: boolean;
  /** The target is not named but is what the text is about (implicit): situational words count at half weight. */
  topic?: boolean;
  /** Only the clause that names the target: neutral when nothing there judges it. */
  localOnly?: boolean;
  /**
   * The text after the target is a description the frame predicates of it (called it "…", said the report
   * was "…"): what the description says is said of the target, so situational words count at half weight
   * even toward a report, and a lack ("with no diagnosis", "without a plan") faults it.
   */
  described?: boolean;
}

/**
 * Stance toward a target named at [focusStart, focusEnd) of the text: the
 * clause that names it, else its sentence, else the whole text with
 * evaluative cues only. focus null: the target is not named (whole text,
 * evaluative cues only).
 */
export function stanceToward(text: string, focus: [number, number] | null, options: TowardOptions = {}): StanceResult {
  // Its maker standing by it against a challenge ("We stand by our findings", "the judgements are based on evidence") is for it.
  const defended = options.publishedBySpeaker ? ACCOUNT_DEFENDED.exec(text) : null;
  if (defended) return { stance: 'supportive', score: 1, positive: 1, negative: 0, cues: [`its maker stands by it: ${defended[0]}`] };
  if (options.publishedBySpeaker) return { stance: 'neutral', score: 0, positive: 0, negative: 0, cues: ['own publication: its findings are not a judgement of it'] };
  const a = analyseCached(text, options.mentionQuotes ?? true);
  const situ = options.ownPublication && !options.described ? 0 : 0.5;
  const hits = a.hits.map((h) => ({ ...h }));
  // Said of the target, not judged: what befalls it, what it did about the speaker's concerns.
  const about: Pick<StanceResult, 'circumstances' | 'answeredSpeaker'> = {};
  // "these figures paint a sorry picture", "the data show": what a study's content says judges the world, not the study.
  if (options.ownPublication) {
    a.tokens.forEach((t, k) => {
      // "the main findings are that wrong was done": its findings restated, not a judgement of it.
      const restated = FINDINGS_RESTATED.test(t.w) && BE.has(a.tokens[k + 1]?.w ?? '') && a.tokens[k + 2]?.w === 'that';
      // "The findings in the report are shocking": the feeling is about what it found, wherever the report is named.
      if (FINDINGS.test(t.w)) for (const h of hits) if (h.token > k && h.clause === a.clauseOf[k] && AFFECT.test(h.label.replace(/^not /, ''))) h.weight = 0;
      // "the inspection agreed with most decisions": the study's own attitude, part of what it found.
      const itsAttitude = CONTENT_NOUNS.test(t.w) && STUDY_ATTITUDE.test(a.tokens[k + 1]?.w ?? '');
      if (!restated && !itsAttitude && (!CONTENT_NOUNS.test(t.w) || !REPORTING.includes(a.tokens[k + 1]?.w ?? ''))) return;
      for (const h of hits) if (h.token > (itsAttitude ? k : k + 1) && a.clauses[h.clause]!.sentence === a.clauses[a.clauseOf[k]!]!.sentence) h.weight = 0;
    });
    // "the concerns raised in the audit", "the weaknesses identified by the inspection": what it found, not a verdict on it.
    for (const h of hits) if (foundByAccount(a, h)) h.weight = 0;
    // Called "one of the most shocking documents I have read", "heartbreaking and all too familiar": how reading it felt is
    // what it found, not a verdict on it (a charity saying it makes depressing reading is neutral toward it).
    if (options.described) for (const h of hits) if (AFFECT.test(h.label.replace(/^not /, ''))) h.weight = 0;
    // "we accept its recommendations in full", "these proposals will be implemented": what it proposes taken up;
    // "we accept that we must improve": what it found conceded.
    hits.push(...proposalsTakenUp(a), ...concessions(a));
  }
  if (focus) {
    const first = a.tokens.findIndex((t) => t.end > focus[0]);
    let last = first;
    while (last + 1 < a.tokens.length && a.tokens[last + 1]!.start < focus[1]) last++;
    if (first >= 0) {
      if (hardFor(a, first, hits) || broughtOn(a, first, hits)) about.circumstances = true;
      if (answersSpeaker(a, first, last)) about.answeredSpeaker = true;
      hits.push(...predicateOfTarget(a, first, last, hits, options.ownPublication));
      if (options.described) hits.push(...lacksOf(a, last, hits));
      if (options.ownPublication) {
        const shown = undeniable(a, first, last);
        // What nobody can deny is what the target shows, not a judgement of it ("can claim the ferries are reliable").
        for (const u of shown) for (const h of hits) if (h.clause === u.clause && h.token > u.token) h.weight = 0;
        hits.push(...shown);
      }
      // A situational noun attached to the target: "problems with the framework", "concerns about it".
      for (const h of hits) {
        if (h.tier !== 'situ' || h.polarity > 0) continue;
        const between = a.tokens.slice(h.token + 1, first);
        if (between.length >= 1 && between.length <= 5 && /^(?:with|in|about|over|of)$/.test(between[0]!.w) && !between.some((t) => t.punct)) {
          h.tier = 'eval';
          h.label += ` with target`;
        }
      }
      const clause = a.clauseOf[first]!;
      const sentence = a.clauses[clause]!.sentence;
      // The clauses after it in its sentence that refer back to it ("…, but it fails to say …") judge it too.
      const referring = new Set([clause]);
      for (let k = clause + 1; k < a.clauses.length && a.clauses[k]!.sentence === sentence; k++) {
        const lead = a.tokens.slice(a.clauses[k]!.start, a.clauses[k]!.start + 3).filter((t) => !t.punct).map((t) => t.w);
        if (/^(?:but|and|yet|however|though)$/.test(lead[0] ?? '') && /^(?:it|its|they|their)$/.test(lead[1] ?? '')) referring.add(k);
      }
      const inClause = hits.filter((h) => referring.has(h.clause));
      const local = aggregate(a, judged(inClause), (h) => (h.tier === 'eval' ? 1 : situ));
      // "Ofsted is right that leadership matters. But to suggest that funding makes no difference is wrong": credit
      // given, then contested after "but": a view both ways.
      const contested = local.positive > 0 && local.negative === 0 ? contestedAfter(a, clause, hits) : undefined;
      if (contested) return { ...classify(local.positive, local.positive), positive: local.positive, negative: local.positive, cues: [...local.cues, `credit then contested: ${contested}`], ...about };
      if (local.positive + local.negative > 0) return { ...classify(local.positive, local.negative), ...local, ...about };
      if (options.localOnly) return { stance: 'neutral', score: 0, positive: 0, negative: 0, cues: [], ...about };
      const inSentence = hits.filter((h) => a.clauses[h.clause]!.sentence === sentence);
      const near = aggregate(a, judged(inSentence), (h) => (h.tier === 'eval' ? 1 : situ));
      if (near.positive + near.negative > 0) return { ...classify(near.positive, near.negative), ...near, ...about };
    }
  }
  // A statement that goes on about its speaker's target names it by a pronoun: "It must also act" is a demand made of it.
  if (!focus && options.topic) {
    for (const c of a.clauses) {
      const [p, m] = a.tokens.slice(c.start, c.start + 2);
      if (p && m && /^(?:it|they|he|she)$/.test(p.w) && DEMAND_MODALS.has(m.w)) hits.push(...predicateOfTarget(a, c.start, c.start, hits));
    }
  }
  // A report's content after "It shows …", "This highlights …", "But they also found …" is what it found, not a judgement of it.
  if (options.ownPublication) {
    for (let k = 0; k < a.clauses.length; k++) {
      const lead = a.tokens.slice(a.clauses[k]!.start, a.clauses[k]!.start + 5).filter((t) => !t.punct && !CLAUSE_LINKS.test(t.w));
      const [t0, t1] = lead;
      if (t0 && t1 && /^(?:it|this|they)$/.test(t0.w) && REPORTING.includes(t1.w)) {
        for (const h of hits) if (a.clauses[h.clause]!.sentence === a.clauses[k]!.sentence && h.token > a.clauses[k]!.start) h.weight = 0;
      }
    }
  }
  // Not named, or nothing evaluates it near its name: the whole text, where what the speaker says of the
  // world counts at half weight toward a named actor (a report is judged by evaluative words only).
  const whole = aggregate(a, judged(hits), (h) => (h.tier === 'eval' ? 1 : focus || options.topic ? situ : 0));
  return { ...classify(whole.positive, whole.negative), ...whole, ...about };
}

/**
 * A clause after the target's that opens on "but", "yet" or "however" (in its sentence or the next) and faults
 * something: the judging word, or undefined. The credit the target's clause gave is then conceded, not given whole.
 */
function contestedAfter(a: Analysis, clause: number, hits: Hit[]): string | undefined {
  const sentence = a.clauses[clause]!.sentence;
  for (let k = clause + 1; k < a.clauses.length && a.clauses[k]!.sentence <= sentence + 1; k++) {
    const lead = a.tokens.slice(a.clauses[k]!.start, a.clauses[k]!.start + 2).find((t) => !t.punct);
    if (!lead || !/^(?:but|yet|however)$/.test(lead.w)) continue;
    const fault = hits.find((h) => h.polarity < 0 && h.weight > 0 && a.clauses[h.clause]!.sentence === a.clauses[k]!.sentence && h.clause >= k);
    if (fault) return `${lead.w} … ${fault.label}`;
  }
  return undefined;
}

/** Participles of finding out or setting down: a judging word they govern is what an account found ("concerns raised in"). */
const FOUND_BY = /^(?:found|identified|raised|highlighted|described|noted|listed|reported|uncovered|exposed|documented|outlined|detailed|flagged|recorded|set)$/;
/** The hit names what an account found: the judging word, then a participle of finding and "in" or "by" ("the failings identified by the review"). */
function foundByAccount(a: Analysis, h: Hit): boolean {
  const next = a.tokens.slice(h.token + h.label.replace(/^not /, '').split(' ').length, h.token + 6).map((t) => (t.punct ? ',' : t.w));
  let k = 0;
  if (/^(?:that|which|first|already|repeatedly|previously)$/.test(next[k] ?? '')) k++;
  if (!FOUND_BY.test(next[k] ?? '')) return false;
  if (next[k] === 'set' && next[k + 1] === 'out') k++;
  return /^(?:in|by|from|during)$/.test(next[k + 1] ?? '');
}

/**
 * A situational word whose sufferer is the target ("a particularly difficult year for the agency", "real difficulties
 * for the trust"): the statement describes the target's circumstances. The hit no longer counts toward it, and the
 * answer says so (true), since what befalls a body is no verdict on it.
 */
function hardFor(a: Analysis, first: number, hits: Hit[]): boolean {
  let found = false;
  for (const h of hits) {
    if (h.tier !== 'situ' || h.token >= first) continue;
    const between = a.tokens.slice(h.token + 1, first).map((t) => (t.punct ? ',' : t.w)).filter((w) => !/^(?:the|a|an|its|their)$/.test(w));
    if (between[between.length - 1] !== 'for' || between.length > 4 || between.includes(',')) continue;
    h.weight = 0;
    found = true;
  }
  return found;
}

/** Verbs by which something brings a situation on whoever follows ("the cuts meant the council had …", "left the service with …"). */
const CAUSING = /^(?:meant|means|mean|left|leaves|leave|forced|forces|force|obliged|compelled|required|requires)$/;
/**
 * The target named right after a verb of causing whose subject is something else ("the spending cuts meant the
 * council had fewer staff"): the situation was brought on it, so the situational words of the cause ("cuts") do not
 * count toward it, and the statement describes its circumstances (true).
 */
function broughtOn(a: Analysis, first: number, hits: Hit[]): boolean {
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an|its|their|that)$/.test(a.tokens[k]!.w)) k--;
  const clauseStart = a.clauses[a.clauseOf[first]!]!.start;
  if (k <= clauseStart || !CAUSING.test(a.tokens[k]!.w) || a.clauseOf[k] !== a.clauseOf[first]) return false;
  for (const h of hits) if (h.tier === 'situ' && h.clause === a.clauseOf[first] && h.token < k) h.weight = 0;
  return true;
}

/** The speaker's own concerns, as the object of an answer ("address my concerns", "acted on our complaints"). */
const SPEAKERS_CONCERNS = /^(?:concerns|complaints|recommendations|requests|questions|referrals|representations)$/;
/** The target, in its sentence, acting on the speaker's own concerns ("took action to address my concerns"). */
function answersSpeaker(a: Analysis, first: number, last: number): boolean {
  const sentence = a.clauses[a.clauseOf[first]!]!.sentence;
  for (let k = last + 1; k < Math.min(a.tokens.length, last + 20) && a.clauses[a.clauseOf[k]!]!.sentence === sentence; k++) {
    if (NEGATORS.has(a.tokens[k]!.w)) return false;
    if (!RESPONSE.test(a.tokens[k]!.w) && !/^(?:address|addresses|addressing)$/.test(a.tokens[k]!.w)) continue;
    for (let j = k + 1; j <= k + 4 && a.tokens[j] && !a.tokens[j]!.punct; j++) {
      if (/^(?:my|our)$/.test(a.tokens[j]!.w) && SPEAKERS_CONCERNS.test(a.tokens[j + 1]?.w ?? '')) return true;
    }
  }
  return false;
}

/** Conjunctions and adverbs that may come before or after a clause's subject ("But they also found"). */
const CLAUSE_LINKS = /^(?:but|and|yet|however|also|further|then|again|now|clearly)$/;
/** In a description of the target, what it lacks ("a list of symptoms with no diagnosis", "a plan without money"). */
function lacksOf(a: Analysis, last: number, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (let i = last + 1; i < a.tokens.length; i++) {
    const w = a.tokens[i]!.w;
    const at = w === 'without' ? i + 1 : w === 'with' && a.tokens[i + 1]?.w === 'no' ? i + 2 : -1;
    const noun = a.tokens[at];
    // A lack of something bad ("with no doubt", "without fear") is not a fault.
    if (!noun || noun.punct || hits.some((h) => h.token === at)) continue;
    out.push({ polarity: -1, weight: 1, tier: 'eval', label: `lacks ${noun.w}`, token: i, clause: a.clauseOf[i]! });
  }
  return out;
}

const DENY_VERBS = /^(?:say|claim|pretend|deny|ignore|argue|doubt)$/;
/** "Nobody reading this report can say they were not warned": the report makes something undeniable. */
function undeniable(a: Analysis, first: number, last: number): Hit[] {
  const clause = a.clauses[a.clauseOf[first]!]!;
  const ws = a.tokens.slice(clause.start, clause.end).map((t) => t.w);
  const nobody = ws[0] === 'nobody' || (ws[0] === 'no' && ws[1] === 'one');
  const can = ws.findIndex((w, k) => w === 'can' && DENY_VERBS.test(/^(?:now|longer)$/.test(ws[k + 1] ?? '') ? ws[k + 2] ?? '' : ws[k + 1] ?? ''));
  if (!nobody || can < 0 || clause.start + can < last) return [];
  return [{ polarity: 1, weight: 1, tier: 'eval', label: 'nobody can deny what the target shows', token: clause.start + can, clause: a.clauseOf[first]! }];
}

/**
 * A judgement outweighs the state of things it judges: in a clause with an evaluative cue, situational
 * cues of the other pole do not count ("progress … grinding to a standstill", "must deliver the benefits").
 */
function judged(hits: Hit[]): Hit[] {
  const evalPole = new Map<number, number>();
  for (const h of hits) if (h.tier === 'eval' && h.weight > 0) evalPole.set(h.clause, (evalPole.get(h.clause) ?? 0) + h.polarity * h.weight);
  return hits.filter((h) => h.tier !== 'situ' || !evalPole.get(h.clause) || Math.sign(evalPole.get(h.clause)!) === h.polarity);
}

/** Verbs that give an account's picture of things, and the words that say how true that picture is. */
const PICTURE_VERB = /^(?:paints|paint|painted|gives|gave|give|presents|presented|offers|offered|draws|drew)$/;
const PICTURE_TRUE =
  /^(?:a|an)\s+(?:(unfairly|overly|unduly|needlessly)\s+[a-z-]+|(?:(?:very|deeply|wholly|entirely|completely|somewhat|rather)\s+)?(misleading|unfair|incomplete|distorted|partial|one-sided|inaccurate|exaggerated|false|skewed|selective|unbalanced|outdated|fair|accurate|balanced|true|honest|realistic))\s+(picture|portrait|impression|account|view|reflection)\b/;

/**
 * What the sentence predicates of the target at tokens [first, last]: a factive verb ("the report
 * rightly shows", "lays bare") endorses it; "as the inspectorate has identified" adopts what it says; a
 * distancing verb ("claims") faults it; a verb that only reports ("shows", "highlights", "finds")
 * introduces its content, which judges the world, not the target; a demand made of it ("the
 * government must act", "should have provided", "if ministers are serious about") faults it. Cues
 * after a factive, reporting or distancing verb in the same clause are the target's content and are
 * silenced (weight 0) in `hits`; the returned cues are added.
 */
function predicateOfTarget(a: Analysis, first: number, last: number, hits: Hit[], publication = false): Hit[] {
  const out: Hit[] = [];
  const clause = a.clauseOf[last]!;
  const cue = (polarity: 1 | -1, label: string): Hit => ({ polarity, weight: 1, tier: 'eval', label, token: last, clause });
  let after = a.tokens.slice(last + 1, last + 6).filter((t) => !t.punct);
  if (/^(?:from|by|of|into|on)$/.test(after[0]?.w ?? '')) {
    const verbAt = after.findIndex((t) => [...FACTIVE, ...REPORTING, ...DISTANCING].some((v) => v.split(' ')[0] === t.w));
    if (verbAt > 0) after = after.slice(verbAt);
  }
  let k = 0;
  while (k < after.length && /^(?:also|clearly|itself|now|again|then|still|really|surely)$/.test(after[k]!.w)) k++;
  const seq = after.slice(k).map((t) => t.w);
  const one = seq[0] ?? '';
  const two = seq.slice(0, 2).join(' ');
  // "Today's report provides further evidence that …": the speaker takes what it says as proof.
  const evidence = /^(?:provides?|provided|gives?|offers?|is|are)$/.test(one) && seq.slice(1, 4).some((w) => w === 'evidence' || w === 'proof') ? `${one} evidence` : undefined;
  const factive = FACTIVE.find((f) => f === one || f === two) ?? evidence;
  const reporting = !factive ? REPORTING.find((f) => f === one || f === two) : undefined;
  const distancing = DISTANCING.find((f) => f === one);
  const before = a.tokens[first - 1]?.w === 'the' || a.tokens[first - 1]?.w === 'this' ? a.tokens[first - 2] : a.tokens[first - 1];
  // "whatever the survey suggests", "despite what the report claims": what it says is set aside.
  const wordsBefore = a.tokens.slice(Math.max(0, first - 3), first).map((t) => t.w).filter((w) => !/^(?:the|this|that|its|their)$/.test(w));
  const dismissed = (reporting || distancing || factive) && (wordsBefore[wordsBefore.length - 1] === 'whatever' || (wordsBefore[wordsBefore.length - 1] === 'what' && /^(?:despite|of|to)$/.test(wordsBefore[wordsBefore.length - 2] ?? '')));
  // "It is shocking that the inspectorate found …": the feeling is about what it found, which the speaker takes as fact.
  const thatAt = a.tokens[first - 1]?.w === 'that' ? first - 1 : a.tokens[first - 2]?.w === 'that' && /^(?:the|this)$/.test(a.tokens[first - 1]!.w) ? first - 2 : -1;
  const itIs = thatAt > 0 ? a.tokens.slice(Math.max(0, thatAt - 5), thatAt).findIndex((t, k, all) => t.w === 'it' && BE.has(all[k + 1]?.w ?? '')) : -1;
  const extraposed = reporting && itIs >= 0 && a.clauseOf[thatAt] === a.clauseOf[first];
  if (extraposed) {
    const from = Math.max(0, thatAt - 5) + itIs;
    for (const h of hits) if (h.token > from && h.token < thatAt) h.weight = 0;
  }
  // "The findings of the report are deeply concerning", "the findings in X's report are shocking": the feeling is about what it found, not a judgement of it.
  const ofAt = /^(?:the|this|its|their)$/.test(a.tokens[first - 1]?.w ?? '') ? first - 2 : first - 1;
  if ((/^(?:of|in|from)$/.test(a.tokens[ofAt]?.w ?? '') && FINDINGS.test(a.tokens[ofAt - 1]?.w ?? '')) || FINDINGS.test(a.tokens[last]!.w)) {
    for (const h of hits) if (h.token > last && h.clause === clause && AFFECT.test(h.label.replace(/^not /, ''))) h.weight = 0;
  }
  // "painted an unfair picture", "gives a misleading impression": how true the account is judges the account, though
  // what a bleak picture shows is only its content.
  // "X shows what strong leadership can achieve": the target set as an example, not a report's content.
  const example =
    /^(?:shows|showed|shown|show|proves|proved)$/.test(one) && seq[1] === 'what' && /\b(?:can|could)\s+(?:achieve|be\s+achieved|be\s+done)\b/.test(a.tokens.slice(last + 1, last + 20).filter((t) => !t.punct).map((t) => t.w).join(' '));
  if (example) out.push(cue(1, `target ${one} what can be achieved`));
  const picture = PICTURE_VERB.test(one) ? PICTURE_TRUE.exec(seq.slice(1, 5).join(' ')) : null;
  if (picture) out.push(cue(picture[2] && /^(?:fair|accurate|balanced|true|honest|realistic)$/.test(picture[2]) ? 1 : -1, `target ${one} a ${picture[1] ?? picture[2]} ${picture[3]}`));
  if (dismissed) out.push(cue(-1, `whatever target ${reporting ?? distancing ?? factive}`));
  else if (extraposed) out.push(cue(1, `it is … that target ${reporting}: its finding taken as fact`));
  else if (factive) out.push(cue(1, `target ${factive}`));
  // "as the inspectorate has identified" credits it with a finding the speaker adopts; "as the report says / notes /
  // shows" only cites it for what follows, which restates its findings without judging it.
  else if (reporting && before?.w === 'as' && a.clauseOf[first - 1] === a.clauseOf[first] && !CITING.test(reporting)) out.push(cue(1, `as target ${reporting}`));
  else if (distancing) out.push(cue(-1, `target ${distancing}`));
  if (factive || reporting || distancing) {
    const sentence = a.clauses[clause]!.sentence;
    const speakersOwn = (k: number) => a.tokens.slice(a.clauses[k]!.start, a.clauses[k]!.start + 2).some((t) => /^(?:we|i|our)$/.test(t.w));
    for (const h of hits) if (h.token > last && (h.clause === clause || (a.clauses[h.clause]!.sentence === sentence && !speakersOwn(h.clause)))) h.weight = 0;
  }
  // Demands made of the target: "must act", "needs (now) to take", "should have provided".
  const modal = seq[0] ?? '';
  if (DEMAND_MODALS.has(modal) && !factive && !reporting) {
    let rest = seq.slice(1).filter((w) => !TARGET_ADVERBS.has(w));
    const needsTo = modal !== 'must' && modal !== 'should';
    if (needsTo) rest = rest[0] === 'to' ? rest.slice(1) : [];
    // "must be ready to use its powers": the demand is the act it must be ready for.
    if (rest[0] === 'be' && READY.has(rest[1] ?? '') && rest[2] === 'to') rest = rest.slice(3);
    // "The report must not gather dust", "must not be ignored": a report the speaker wants heeded is endorsed.
    if (publication && !needsTo && rest[0] === 'not' && (UNHEEDED.test(rest[1] ?? '') || (rest[1] === 'be' && UNHEEDED.test(rest[2] ?? '')))) out.push(cue(1, `target ${modal} not ${rest.slice(1, rest[1] === 'be' ? 3 : 2).join(' ')}: to be heeded`));
    else if (!needsTo && rest[0] === 'not' && rest[1] && !/^(?:be|only|just)$/.test(rest[1])) out.push(cue(-1, `target ${modal} not ${rest[1]}`));
    else if (rest[0] === 'have' && !needsTo && /(?:ed|en|ne|wn|de)$/.test(rest[1] ?? '')) out.push(cue(-1, `target ${modal} have ${rest[1]}`));
    else if (rest[0] === 'be' && (modal === 'should' || modal === 'must' || needsTo)) {
      // "Ofsted should be the calm, measured voice", "it has to be fair": the quality demanded is one it lacks; it is not praise.
      const modalAt = a.tokens.findIndex((t, i) => i > last && t.w === modal);
      // "should be the end of the argument" predicts it settles the matter, "should be required reading" commends it to
      // all: not a quality it lacks.
      const demanded = hits.filter((h) => h.token > modalAt && h.clause === a.clauseOf[modalAt] && h.polarity > 0 && !/^(?:end|settles|required reading|essential reading)\b/.test(h.label));
      if (demanded.length) {
        for (const h of demanded) h.weight = 0;
        out.push(cue(-1, `target ${modal} be ${demanded[0]!.label}`));
      }
    }
    else if (rest[0] && !DEMAND_EXEMPT.has(rest[0]) && /^[a-z]/.test(rest[0]) && (modal !== 'has' && modal !== 'have' ? true : needsTo)) {
      // A review or report asked to do something ("the review must address …") is set a task, not faulted, unless
      // the clause says it has failed already ("still", "again").
      const failed = a.tokens.slice(a.clauses[clause]!.start, a.clauses[clause]!.end).some((t) => FAILED_ALREADY.has(t.w));
      // A demand already scored by the analysis ("must do more", "needs to improve") is not counted twice.
      if (!(publication && !failed) && !hits.some((h) => h.token > last && h.token <= last + 4 && /^(?:must|should|need|needs|has|have|ought)\b/.test(h.label))) out.push(cue(-1, `demand on target: ${modal} ${rest[0]}`));
      // What it is asked to adopt ("a strategy that promotes and supports healthy lifestyles") is the demand's merit, not praise of it.
      for (const h of hits) if (h.token > last && h.clause === clause && h.polarity > 0 && h.tier === 'eval') h.weight = 0;
    }
  }
  // "pushing the Government to introduce …", "we urge ministers to", "calls on the council to": pressed to act, so faulted for not acting.
  // A possessive between the verb and the target ("pressed the UK's governments to") is part of its noun phrase.
  const lead = a.tokens.slice(Math.max(0, first - 3), first).filter((t) => !t.punct && !/^(?:the|this|our|their|its)$/.test(t.w) && !/(?:'s|s')$/.test(t.w)).map((t) => t.w);
  const pressed = /^(?:push|pushes|pushing|pushed|press|presses|pressing|pressed|urge|urges|urging|urged|calls? on|calling on|called on|challenge|challenges|challenging)$/.test(lead.slice(-2).join(' ')) || /^(?:push|pushes|pushing|pushed|press|presses|pressing|pressed|urge|urges|urging|urged|challenge|challenges|challenging)$/.test(lead[lead.length - 1] ?? '');
  if (pressed && seq[0] === 'to') out.push(cue(-1, `target pressed to act: ${lead.slice(-2).join(' ')}`));
  // "calls for the Government to set out a plan for towns at risk": what it is asked to do describes the world,
  // not the body asked; only evaluative words there judge it.
  else if (seq[0] === 'to' && /^[a-z]/.test(seq[1] ?? '') && !FIRST_WORD.has(seq[1]!)) {
    const sentence = a.clauses[clause]!.sentence;
    for (const h of hits) if (h.tier === 'situ' && h.token > last && a.clauses[h.clause]!.sentence === sentence) h.weight = 0;
  }
  // "The suppliers are exacerbating hardship", "the system let them down", "pushing families deeper into debt":
  // the target as the subject of harm done is faulted by it.
  const predicate = a.tokens.slice(last + 1, last + 14);
  const stop = predicate.findIndex((t) => t.punct);
  const harm = harmDone((stop < 0 ? predicate : predicate.slice(0, stop)).map((t) => t.w));
  if (harm) out.push(cue(-1, `target ${harm}`));
  // "The lessons of this review must be learned": lessons worth acting on endorse what taught them; a body that
  // "has not learned the lessons" is faulted.
  const lessons = lessonsOf(a, first, last);
  if (lessons) out.push(cue(lessons.polarity, lessons.label));
  // "has been brought about by the change in culture at X", "is a direct result of X's decision": X named as the cause
  // of what the sentence says is bad is blamed for it, with no judging word about X itself.
  // "This report brings an end to that", "the review gives survivors what they had been denied": credited with an outcome.
  const outcome = creditedOutcome(a.tokens.slice(last + 1, last + 10));
  if (outcome) out.push(cue(1, `target credited: ${outcome}`));
  const cause = !publication ? causeOf(a, first, hits) : undefined;
  if (cause) out.push(cue(-1, `target blamed as the cause: ${cause}`));
  // "Families are being abandoned by this government", "people have been failed as X pulls out": harm done to
  // people, in the passive, blames the actor the sentence names (not a report, which describes the harm).
  const victims = !publication && !factive && !reporting && !distancing ? passiveHarm(a, first) : undefined;
  if (victims) out.push(cue(-1, `harm in the passive: ${victims}`));
  // "If the government is serious about …": a challenge, doubting that it is.
  const prior = a.tokens.slice(Math.max(0, first - 2), first).map((t) => t.w);
  if (prior.includes('if') && /^(?:is|are)$/.test(seq[0] ?? '') && seq[1] === 'serious') out.push(cue(-1, 'if target is serious'));
  return out;
}

/** What a report or a ruling is credited with giving people: justice, the truth, answers, what they were denied. */
const GOOD_GIVEN = /^(?:justice|truth|answers|closure|hope|recognition|acknowledgement|acknowledgment|dignity|vindication|voice)$/;
/**
 * The target as the subject of an outcome credited to it, in the words after it up to punctuation: "brings / puts an
 * end to", "gives (them) what they had been denied", "has delivered (the) truth". Returns the phrase, or undefined.
 */
function creditedOutcome(after: Token[]): string | undefined {
  const stop = after.findIndex((t) => t.punct);
  const ws = (stop < 0 ? after : after.slice(0, stop)).map((t) => t.w).filter((w) => !/^(?:today|finally|now|also|at|last|has|have|will|would|could)$/.test(w));
  const verb = ws[0] ?? '';
  if (/^(?:brings?|brought|bringing|puts?|putting)$/.test(verb) && ws[1] === 'an' && ws[2] === 'end' && ws[3] === 'to') return `${verb} an end to`;
  if (/^(?:gives?|gave|given|delivers?|delivered|offers?|offered|provides?|provided|grants?|granted)$/.test(verb)) {
    const object = ws.slice(1, 5);
    const good = object.find((w) => GOOD_GIVEN.test(w));
    if (good) return `${verb} ${good}`;
    const denied = object.indexOf('what');
    if (denied >= 0 && ws.slice(denied + 2, denied + 6).some((w) => /^(?:denied|refused|owed)$/.test(w))) return `${verb} what was denied`;
  }
  return undefined;
}

/** Phrases that name a cause: what comes after them brought about what the sentence describes. */
const CAUSE_PHRASES = ['brought about by', 'caused by', 'result of', 'consequence of', 'due to', 'because of', 'driven by', 'the fault of', 'fault of', 'down to', 'the product of', 'product of', 'blamed on', 'stems from', 'stem from', 'stemmed from', 'caused', 'causing'].map((p) => p.split(' '));
/**
 * The target after a phrase of causation in its clause (up to eight words before it, "brought about by the change in
 * culture at X"), in a sentence with something bad in it: the phrase, else undefined.
 */
function causeOf(a: Analysis, first: number, hits: Hit[]): string | undefined {
  const clause = a.clauseOf[first]!;
  const from = Math.max(a.clauses[clause]!.start, first - 8);
  for (let k = first - 1; k >= from; k--) {
    const phrase = CAUSE_PHRASES.find((p) => p.every((w, j) => a.tokens[k + j]?.w === w) && k + p.length <= first);
    if (!phrase) continue;
    // "X caused" is X as the subject; only what follows "caused by" or "the result of" is the cause.
    if (/^caus(?:ed|ing)$/.test(phrase[0]!) && phrase.length === 1) continue;
    const sentence = a.clauses[clause]!.sentence;
    const bad = hits.some((h) => h.polarity < 0 && h.weight > 0 && a.clauses[h.clause]!.sentence === sentence) || a.tokens.slice(a.clauses[clause]!.start, first).some((t) => BAD_STATES.test(t.w));
    return bad ? phrase.join(' ') : undefined;
  }
  return undefined;
}
/** States of affairs that are bad without being in the lexicon ("the situation is grave"). */
const BAD_STATES = /^(?:grave|dire|bleak|desperate|intolerable|untenable|dreadful|terrible|catastrophic|disastrous|tragic|tragedy|scandal|hardship|poverty|destitution|homelessness|suffering|distress|deaths)$/;

/** Harm done to people, in the passive ("are being abandoned", "have been failed", "were let down"). */
const PASSIVE_HARM = /^(?:abandoned|betrayed|failed|neglected|forgotten|ignored|short-changed|penalised|penalized|punished|exploited|mistreated|let|left)$/;
/** A passive of harm before the target in its sentence: "are being abandoned", "have been failed", "were let down", "are left behind". */
function passiveHarm(a: Analysis, first: number): string | undefined {
  const sentence = a.clauses[a.clauseOf[first]!]!.sentence;
  // The actor comes after the harm it is blamed for (its agent, "by this government", or the clause that explains
  // it), at most fourteen words after.
  for (let k = Math.max(1, first - 14); k < first; k++) {
    const t = a.tokens[k]!;
    if (t.punct || a.clauses[a.clauseOf[k]!]!.sentence !== sentence || !PASSIVE_HARM.test(t.w)) continue;
    const prev = a.tokens[k - 1]!.w === 'simply' || a.tokens[k - 1]!.w === 'repeatedly' ? a.tokens[k - 2] : a.tokens[k - 1];
    if (!prev || !/^(?:being|been|are|were|is|was|get|gets|got|getting)$/.test(prev.w)) continue;
    const next = a.tokens[k + 1]?.w ?? '';
    if (t.w === 'let' && next !== 'down') continue;
    if (t.w === 'left' && !/^(?:behind|out|stranded|destitute|without)$/.test(next)) continue;
    // "were failed" of people, not "schools were failed by inspectors" as a grade: a grade is not harm.
    if (t.w === 'failed' && /^(?:inspection|inspections|test|tests|the)$/.test(next)) continue;
    return t.w === 'let' || t.w === 'left' ? `${prev.w} ${t.w} ${next}` : `${prev.w} ${t.w}`;
  }
  return undefined;
}

/** Words before "support" that make it help given ("financial support", "more support"). */
const HELP_MODIFIERS = /^(?:financial|extra|additional|more|less|practical|emotional|specialist|targeted|income|wellbeing|mental|health|housing|welfare|state|government|public|cost-of-living|bereavement|peer|learning|family|parental|childcare|tailored|ongoing|adequate|enough|sufficient|any)$/;
/** Nouns "support" modifies when it names a service ("support planning", "support workers"). */
const SERVICE_HEADS = /^(?:planning|plan|plans|services|service|package|packages|worker|workers|staff|needs|network|networks|arrangements|provision|team|teams|groups|hub|hubs|line|lines|officer|officers|programme|programmes)$/;
/** Services named with "support" ("care and support", "assessment, intervention and support"). */
const SERVICES = /^(?:care|advice|help|guidance|assessment|assessments|intervention|interventions|treatment|training|information|protection|supervision|resources|housing|education|counselling|advocacy|supervision|monitoring)$/;
/** Nouns whose "of support" is an endorsement ("a letter of support", "a show of support"). */
const ENDORSING_OF = /^(?:letter|letters|expression|expressions|declaration|show|message|messages|statement|vote|words|pledge)$/;
/** "support" as help given rather than an endorsement: after a modifier of help, "levels of", or "the" with what was given. */
function supportAsHelp(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.w ?? '';
  const next = tokens[i + 1]?.w ?? '';
  if (HELP_MODIFIERS.test(prev)) return true;
  // "support planning", "support services"; "care and support", "advice, help and support": a service named.
  if (SERVICE_HEADS.test(next) || (/^(?:and|or)$/.test(prev) && SERVICES.test(tokens[i - 2]?.w ?? ''))) return true;
  if (prev === 'of' && !ENDORSING_OF.test(tokens[i - 2]?.w ?? '')) return true;
  return /^(?:the|this|that|such)$/.test(prev) && /^(?:provided|offered|given|available|received|package|packages|scheme|schemes|services|payments|system|they|we|it|on)$/.test(next);
}

const AUXILIARIES = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|keeps|kept|continues|continued|to|also|still|now|already|repeatedly|consistently|simply|really|further)$/;
/**
 * What the target does when it is the subject of harm: a verb of harm ("exacerbating", "misled"), or a
 * construction of one ("let … down", "pushing … into debt", "left … worse off"). `seq` is the words after the target.
 */
function harmDone(seq: string[]): string | undefined {
  let v = 0;
  while (v < seq.length && AUXILIARIES.test(seq[v]!)) v++;
  const verb = seq[v] ?? '';
  const object = seq.slice(v + 1, v + 10);
  if (/^(?:exacerbat(?:e|es|ed|ing)|aggravat(?:e|es|ed|ing)|mislead(?:s|ing)?|misled|betray(?:s|ed|ing)?)$/.test(verb)) return verb;
  if (/^(?:let|lets|letting)$/.test(verb) && object.slice(0, 4).includes('down')) return `${verb} … down`;
  const into = object.indexOf('into');
  if (/^(?:push|pushes|pushed|pushing|drive|drives|drove|driven|driving|force|forces|forced|forcing|tip|tips|tipped|tipping)$/.test(verb) && into >= 0 && HARDSHIP.test(object[into + 1] ?? '')) return `${verb} … into ${object[into + 1]}`;
  // "reversing this progress", "undoing the gains", "rolling back the improvements": good done by others undone.
  const undone = object.slice(0, 5).findIndex((w) => /^(?:progress|gains|improvements|achievements|advances|work)$/.test(w));
  if (undone >= 0 && (/^(?:revers(?:e|es|ed|ing)|undo|undoes|undid|undone|undoing|unpick(?:s|ed|ing)?|squander(?:s|ed|ing)?|jeopardis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?)$/.test(verb) || (/^(?:roll|rolls|rolled|rolling)$/.test(verb) && object[0] === 'back') || (/^(?:wipe|wipes|wiped|wiping)$/.test(verb) && object[0] === 'out'))) return `${verb} … ${object[undone]}`;
  const worse = object.indexOf('worse');
  if (/^(?:leave|leaves|left|leaving)$/.test(verb) && worse >= 0 && object[worse + 1] === 'off') return `${verb} … worse off`;
  return undefined;
}
const HARDSHIP = /^(?:debt|debts|arrears|poverty|hardship|destitution|homelessness|crisis)$/;

const LESSON_VERBS = /^(?:learn|learns|learned|learnt|learning|heed|heeded|acted|act|implemented|implement|applied|apply|take|taken|taking)$/;
/**
 * Lessons taken from the target ("the lessons of this review must be learned", "its lessons should be acted on"):
 * the speaker holds what it teaches worth acting on. The target as a subject that has not learned its
 * lessons ("has still not learned the lessons of …") is faulted.
 */
function lessonsOf(a: Analysis, first: number, last: number): { polarity: 1 | -1; label: string } | undefined {
  const sentence = a.clauses[a.clauseOf[first]!]!.sentence;
  const inSentence = (k: number) => a.tokens[k] && a.clauses[a.clauseOf[k]!]!.sentence === sentence;
  const ws = (from: number, to: number) => a.tokens.slice(Math.max(0, from), to).map((t) => t.w);
  const learnedAfter = (from: number) => {
    for (let k = from; inSentence(k) && k < from + 12; k++) if (LESSON_VERBS.test(a.tokens[k]!.w)) return true;
    return false;
  };
  const lead = ws(first - 3, first).filter((w) => !/^(?:the|this|that|its|their|our|last|latest|today's)$/.test(w));
  if (lead.slice(-2).join(' ').match(/^lessons (?:of|from)$/) && (learnedAfter(last + 1) || ws(first - 8, first - 2).some((w) => LESSON_VERBS.test(w)))) {
    const before = ws(first - 8, first - 2);
    if (!before.some((w) => /^(?:not|never|n't|failed|yet)$/.test(w))) return { polarity: 1, label: 'lessons of target to be acted on' };
  }
  for (let k = last + 1; inSentence(k) && k < last + 25; k++) {
    if (/^(?:its|their)$/.test(a.tokens[k]!.w) && a.tokens[k + 1]?.w === 'lessons' && learnedAfter(k + 2)) return { polarity: 1, label: 'its lessons to be acted on' };
  }
  const after = ws(last + 1, last + 8);
  const learned = after.findIndex((w) => LESSON_VERBS.test(w));
  if (learned > 0 && after.slice(learned + 1, learned + 3).includes('lessons') && after.slice(0, learned).some((w) => /^(?:not|never|n't|failed|yet)$/.test(w))) return { polarity: -1, label: 'target has not learned the lessons' };
  return undefined;
}

/** What a study found ("the findings of the report"), and the feelings about it that judge the world, not the study. */
const FINDINGS = /^(?:findings|results|figures|statistics|data|conclusions)$/;
const AFFECT = /^(?:concerning|concern|concerns|concerned|worrying|worried|worry|alarming|alarmed|troubling|troubled|shocking|shocked|disturbing|depressing|sobering|grim|stark|dismayed|appalling|dreadful|damning|sad|heartbreaking|harrowing|distressing|upsetting|chilling|horrifying|too familiar|all too familiar|familiar)$/;
/** Words that say a body has failed before ("still", "again"): a demand made of it then faults it. */
const FAILED_ALREADY = new Set(['still', 'again', 'continues', 'continue', 'repeatedly', 'yet']);

/** What a report proposes, standing for it: "its recommendations", "the review's proposals", "the findings". */
// A regulator's ruling is its report in the genre of fines and decisions ("will appeal the ruling", "accepts the decision").
const PROPOSALS = /^(?:recommendations?|proposals?|findings|conclusions|ruling|decision|judgement|judgment|verdict)$/;
/** Verbs that take a proposal up: accepting, backing or carrying it out ("act on", "deliver upon", "take forward"). */
const TAKE_UP = /^(?:accept|accepts|accepted|accepting|support|supports|supported|supporting|welcome|welcomes|welcomed|welcoming|endorse|endorses|endorsed|endorsing|embrace|embraces|embraced|embracing|back|backs|backed|backing|implement|implements|implemented|implementing|adopt|adopts|adopted|adopting|act|acts|acted|acting|deliver|delivers|delivered|delivering|take|takes|taking|address|addresses|addressing|action|actioning|agree|agrees|agreeing)$/;
/** The particle some of them need ("act on", "deliver upon", "take forward", "agree with"). */
const TAKE_UP_PARTICLE: Record<string, RegExp> = { act: /^(?:on|upon)$/, deliver: /^(?:on|upon)$/, take: /^(?:forward|up|on)$/, agree: /^with$/ };
/** Verbs that turn a proposal down, or dispute what a report found. */
const TURN_DOWN = /^(?:reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|disagree|disagrees|disagreed|disagreeing|dispute|disputes|disputed|disputing|contest|contests|contested|contesting|challenge|challenged|question|questioned|questioning|appeal|appeals|appealed|appealing)$/;
/** Forms that are also nouns ("the question the findings raise"): a verb only after a subject, a modal, an adverb or "to". */
const ALSO_NOUN = /^(?:dispute|disputes|contest|contests|challenge|question|appeal|appeals)$/;
const VERB_BEFORE = /^(?:we|i|they|he|she|it|to|will|would|shall|must|may|might|can|could|should|do|does|did|also|strongly|firmly|seriously|fundamentally|robustly|therefore|and|but|'ll)$/;
/** A proposal carried out, in the passive ("will be addressed in full", "must be implemented", "should be acted upon"). */
const DONE_PASSIVE = /^(?:accepted|adopted|implemented|addressed|actioned|delivered|acted|taken|embraced|enacted|followed)$/;
/** Whose proposal it is not: the speaker's own ("our recommendations") is no verdict on the report. */
const OWN = /^(?:our|my)$/;

/** The base form a TAKE_UP verb's particle is keyed by ("acted" → "act"). */
function takeUpBase(w: string): string {
  return /^act/.test(w) && w !== 'action' && w !== 'actioning' ? 'act' : /^deliver/.test(w) ? 'deliver' : /^tak/.test(w) ? 'take' : /^agree/.test(w) ? 'agree' : w;
}

/**
 * A report's proposals taken up or turned down by the speaker: "we accept the recommendations in full", "I support
 * X's recommendations", "will act on these recommendations", "urging him to implement its recommendations", "these
 * recommendations will be addressed in full", "to back this" (what the report proposes, by pronoun). Accepting or
 * carrying out what a report proposes endorses the report, whatever the speaker says of the failings it found;
 * rejecting it faults the report. Not a proposal that someone else failed to act on ("has not implemented the
 * recommendations" faults that body, not the report), nor the speaker's own recommendations.
 */
function proposalsTakenUp(a: Analysis): Hit[] {
  const { tokens } = a;
  const out: Hit[] = [];
  const sameClause = (x: number, y: number) => a.clauseOf[x] === a.clauseOf[y];
  const negated = (from: number) => tokens.slice(Math.max(0, from - 3), from).some((t) => !t.punct && (NEGATORS.has(t.w) || /^(?:failed|fail|fails|yet|refused|refuses|refuse)$/.test(t.w)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct || t.mentioned) continue;
    const turnDown = TURN_DOWN.test(t.w) && (!ALSO_NOUN.test(t.w) || VERB_BEFORE.test(tokens[i - 1]?.w ?? ''));
    if (turnDown || TAKE_UP.test(t.w)) {
      let k = i + 1;
      const particle = TAKE_UP_PARTICLE[takeUpBase(t.w)];
      if (particle) {
        if (!particle.test(tokens[k]?.w ?? '')) continue;
        k++;
      }
      // "back this", "embrace it": the report's proposals by pronoun, after a subject or "to" that makes "back" a verb.
      const pronoun = /^(?:this|it|them|these)$/.test(tokens[k]?.w ?? '') && (tokens[k + 1]?.punct ?? true) || (/^(?:this|it|them|these)$/.test(tokens[k]?.w ?? '') && /^(?:and|in|fully|wholeheartedly|today|now)$/.test(tokens[k + 1]?.w ?? ''));
      // The proposal noun within a few words, in the same clause: "the regulator's nine recommendations".
      let noun = -1;
      for (let j = k; j < Math.min(tokens.length, k + 6) && !tokens[j]!.punct && sameClause(i, j); j++) {
        if (PROPOSALS.test(tokens[j]!.w)) { noun = j; break; }
        if (/^(?:that|which|who|to|for)$/.test(tokens[j]!.w)) break;
      }
      // "back" is a verb only after a subject, a modal or "to" ("to back this", "we fully back its proposals").
      const backed = /^back/.test(t.w);
      if (backed && !((pronoun || noun >= 0) && /^(?:to|will|would|fully|strongly|we|i|they|unanimously|wholeheartedly|'ll|shall)$/.test(tokens[i - 1]?.w ?? ''))) continue;
      // "we are adopting almost all of them": a pronoun for the proposals the sentence named before.
      if (noun < 0) noun = proposalsReferredTo(a, i, k);
      if (noun < 0 && !backed) continue;
      if (noun >= 0 && tokens.slice(k, noun).some((x) => OWN.test(x.w))) continue;
      const denied = negated(i);
      // "has not implemented the recommendations", "failed to act on": someone else's failing, not a verdict on the report.
      if (denied && !turnDown && !/^(?:we|i)$/.test(tokens.slice(Math.max(0, i - 5), i).find((x) => /^(?:we|i|they|he|she|it)$/.test(x.w))?.w ?? '')) continue;
      const polarity: 1 | -1 = turnDown !== denied ? -1 : 1;
      out.push({ polarity, weight: 1, tier: 'eval', label: `${denied ? 'not ' : ''}${t.w} ${noun >= 0 ? tokens.slice(k, noun + 1).map((x) => x.w).join(' ') : tokens[k]!.w}: its proposals taken ${polarity > 0 ? 'up' : 'down'}`, token: i, clause: a.clauseOf[i]! });
      continue;
    }
    // "These recommendations will be addressed in full", "its proposals must be implemented".
    if (PROPOSALS.test(t.w) && !OWN.test(tokens[i - 1]?.w ?? '') && !OWN.test(tokens[i - 2]?.w ?? '')) {
      for (let j = i + 1; j < Math.min(tokens.length, i + 7) && !tokens[j]!.punct && sameClause(i, j); j++) {
        if (tokens[j]!.w !== 'be' || !DONE_PASSIVE.test(tokens[j + 1]?.w ?? '') && !(/^(?:fully|all|quickly|swiftly|properly|now)$/.test(tokens[j + 1]?.w ?? '') && DONE_PASSIVE.test(tokens[j + 2]?.w ?? ''))) continue;
        if (negated(j)) break;
        out.push({ polarity: 1, weight: 1, tier: 'eval', label: `${t.w} … be ${tokens[j + 1]!.w}: its proposals taken up`, token: i, clause: a.clauseOf[i]! });
        break;
      }
    }
  }
  return out;
}

/** Quantities of a set referred to by pronoun: "almost all of them", "each of these", "nine of them". */
const QUANTIFIED = /^(?:all|most|many|each|every|both|one|some|several|nearly|almost|virtually|practically|the|majority|bulk|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
/**
 * The proposals a pronoun after a verb at `verb` refers to ("them", "almost all of them", "each of these"), starting
 * at token `k`: the last proposal noun earlier in the same sentence that is not the speaker's own, or -1.
 */
function proposalsReferredTo(a: Analysis, verb: number, k: number): number {
  const { tokens } = a;
  let p = k;
  while (p < k + 4 && QUANTIFIED.test(tokens[p]?.w ?? '')) p++;
  if (p > k && tokens[p]?.w === 'of') p++;
  if (!/^(?:them|these|those)$/.test(tokens[p]?.w ?? '')) return -1;
  const sentence = a.clauses[a.clauseOf[verb]!]!.sentence;
  for (let j = verb - 1; j >= 0 && a.clauses[a.clauseOf[j]!]!.sentence === sentence; j--) {
    if (PROPOSALS.test(tokens[j]!.w) && /s$/.test(tokens[j]!.w)) return OWN.test(tokens[j - 1]?.w ?? '') || OWN.test(tokens[j - 2]?.w ?? '') ? -1 : p;
  }
  return -1;
}

/** Verbs of conceding a point: "we accept that …", "the agency recognises that …". */
const CONCEDE = /^(?:accept|accepts|accepted|recognise|recognises|recognised|recognize|recognizes|recognized|acknowledge|acknowledges|acknowledged)$/;
/** Bodies that answer a report, as the subject of a concession ("the department accepts that"). */
const ANSWERING_BODY = /^(?:agency|department|council|trust|ministry|government|board|service|force|company|organisation|organization|authority|charity|school|university|hospital|office|prison)$/;
/**
 * The speaker's side conceding what was found ("we accept that we need to improve", "ICE recognizes that this can
 * present a risk", "the council acknowledges that …"): the answer grants the report its point, so it endorses the
 * report, whatever the conceded point says of the speaker. The subject is the speaker ("we", "I") or a body (a name,
 * or "the department"), not a report ("the report acknowledges that …" is its own finding); a concession denied
 * ("does not accept that") is no verdict here.
 */
function concessions(a: Analysis): Hit[] {
  const { tokens } = a;
  const out: Hit[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct || t.mentioned || !CONCEDE.test(t.w) || tokens[i + 1]?.w !== 'that') continue;
    let s = i - 1;
    while (s > 0 && /^(?:fully|now|also|readily|entirely|completely|freely|openly|clearly|do|does|did|must|will|would)$/.test(tokens[s]!.w)) s--;
    const subject = tokens[s]!;
    if (tokens.slice(Math.max(0, s - 2), i).some((x) => NEGATORS.has(x.w))) continue;
    // Not "it", "this" or "which" (they may stand for the report), nor a report ("the review acknowledges that").
    const body = /^(?:we|i|he|she|they)$/.test(subject.w) || ANSWERING_BODY.test(subject.w) || (/^\p{Lu}/u.test(a.text.slice(subject.start, subject.end)) && !/^(?:it|this|that|these|those|which)$/.test(subject.w));
    if (!body || subject.punct || ACCOUNT_NOUNS.test(subject.w) || STUDIES.test(subject.w)) continue;
    out.push({ polarity: 1, weight: 1, tier: 'eval', label: `${subject.w} ${t.w} that: the point conceded`, token: i, clause: a.clauseOf[i]! });
  }
  return out;
}

/** Nouns that name an account ("a strong report", "a thorough piece of work"). */
const ACCOUNT_NOUNS = /^(?:report|review|document|study|inquiry|investigation|analysis|assessment|audit|inspection|work|piece)$/;
/** Progress credited to what a statement answers ("this is a huge step forward"): a verdict on it by itself. */
const PROGRESS = /(?:^|\s)step(?:s)? (?:forward|in the right direction)$/;
/**
 * A judging word predicated of an account by a pronoun: "it's quite a strong report", "this is a thorough and fair
 * review", "it is not a credible study", "this is a big step forward". The pronoun stands for the report the
 * statement answers.
 */
function predicatedOfAccount(a: Analysis, hit: Hit): boolean {
  const { tokens } = a;
  const token = hit.token;
  let article = -1;
  for (let k = token - 1; k >= Math.max(0, token - 5) && !tokens[k]!.punct && a.clauseOf[k] === a.clauseOf[token]; k--) {
    if (/^(?:a|an)$/.test(tokens[k]!.w)) { article = k; break; }
  }
  if (article < 0) return false;
  const lead = tokens.slice(Math.max(0, article - 4), article).map((t) => t.w).filter((w) => !/^(?:quite|really|very|not|n't|certainly|clearly|also|still|genuinely|actually|think|believe)$/.test(w));
  const subject = /^(?:it's|that's)$/.test(lead[lead.length - 1] ?? '') || (/^(?:it|this|that)$/.test(lead[lead.length - 2] ?? '') && /^(?:is|was)$/.test(lead[lead.length - 1] ?? ''));
  if (!subject) return false;
  if (PROGRESS.test(hit.label)) return true;
  for (let k = token + 1; k < Math.min(tokens.length, token + 4) && !tokens[k]!.punct; k++) if (ACCOUNT_NOUNS.test(tokens[k]!.w)) return true;
  return false;
}

/** Both poles with at least a third of the larger one: mixed; none: neutral. */
export function classify(positive: number, negative: number): { stance: Stance; score: number } {
  const total = positive + negative;
  if (total <= 0) return { stance: 'neutral', score: 0 };
  const score = (positive - negative) / total;
  if (positive > 0 && negative > 0 && Math.min(positive, negative) / Math.max(positive, negative) >= 1 / 3) return { stance: 'mixed', score };
  return { stance: score > 0 ? 'supportive' : 'critical', score };
}
