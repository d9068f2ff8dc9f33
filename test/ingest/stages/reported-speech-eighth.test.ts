/**
 * Paraphrase- and quote-spans stage, issue 35 seventh round (the sport, children's services and policing batches):
 * findings after "concluding that" and "finding that", a fronted clause closed by ", the report stated.", verbs
 * that take a noun phrase as well as a clause ("explained", "claimed", "emphasised") with no "that", "said" as the
 * second verb of a coordination, "by calling for", a relative clause with its own verb of saying, fragments after a
 * participle of naming and after "found" with a quantified subject, "claims" as a noun, a list under a line naming
 * what a report judges, and a photo caption with its credit (furniture). Every sentence is written
 * for this test; each pattern in two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { findReportedLists, matchReportedSpeech } from '../../../src/ingest/stages/reported-speech.js';
import { fragmentAttribution } from '../../../src/ingest/stages/fragments.js';
import { findFurniture } from '../../../src/ingest/quotes.js';
import { ArticleText } from '../../../src/ingest/text.js';

const read = (sentence: string) => {
  const m = matchReportedSpeech(sentence);
  return m && { rule: m.rule, speaker: sentence.slice(...m.subject).trim(), clause: sentence.slice(...m.clause).trim().replace(/[.]$/, ''), sentenceSubject: !!m.subjectIsSentenceSubject, findings: !!m.findings };
};

describe('paraphrase-spans stage: findings after a participle, and a fronted clause with "stated"', () => {
  it('reads "…, concluding that" after the speaker’s own clause', () => {
    expect(read('The tribunal released its judgment on Friday, concluding that the club had ignored three warnings about the stand.')).toEqual({
      rule: 'paraphrase:concluding', speaker: 'The tribunal released its judgment on Friday', clause: 'the club had ignored three warnings about the stand', sentenceSubject: true, findings: false,
    });
    expect(read('The ombudsman examined forty complaints, concluding that most had waited over a year for an answer.')).toMatchObject({
      rule: 'paraphrase:concluding', clause: 'most had waited over a year for an answer', sentenceSubject: true,
    });
    // Without "that" the participle reports nothing; "…, finding that …" after a publication is left (the synthetic
    // corpus's ledes leave it uncoded).
    expect(read('Families have struggled since the closure, concluding it was easier to drive to the city.')).toBeNull();
    expect(read('The agency published its review on Monday, finding that one ward in four was short of nurses.')).toBeNull();
  });

  it('reads a fronted clause closed by the report with "stated" or "concluded"', () => {
    expect(read('Managers dismissed complaints from junior staff and the board never asked why, the report stated.')).toMatchObject({
      rule: 'paraphrase:said-after', speaker: 'the report', clause: 'Managers dismissed complaints from junior staff and the board never asked why',
    });
    expect(read('Riders were afraid to raise concerns with the coaching staff, the review concluded.')).toMatchObject({ speaker: 'the review', clause: 'Riders were afraid to raise concerns with the coaching staff' });
  });
});

describe('paraphrase-spans stage: verbs that take a clause or a noun phrase, with no "that"', () => {
  it('reads "explained", "claimed", "emphasised" before a clause, its finite verb within a few words', () => {
    expect(read('The head coach explained only a change in how squads are picked would win back the parents.')).toMatchObject({
      rule: 'paraphrase:explained', speaker: 'The head coach', clause: 'only a change in how squads are picked would win back the parents',
    });
    // A fronted adverbial and its comma stay inside the clause.
    expect(read('The regulator claimed in two of the wards, patients had waited a day for a bed.')).toMatchObject({
      rule: 'paraphrase:claimed', speaker: 'The regulator', clause: 'in two of the wards, patients had waited a day for a bed',
    });
    expect(read('Shift leaders emphasised they were already short of four officers every night.')).toMatchObject({ rule: 'paraphrase:emphasised', speaker: 'Shift leaders' });
    expect(read('The governors emphasized that no pupil had been harmed.')).toMatchObject({ rule: 'paraphrase:emphasized-that', clause: 'no pupil had been harmed' });
  });

  it('reads nothing where they take a noun phrase, an infinitive or a question', () => {
    expect(read('The coach explained the new rules to the parents at the start of the season.')).toBeNull();
    expect(read('The chair stressed the importance of training that is given in person.')).toBeNull();
    expect(read('The director explained how the new rota was drawn up.')).toBeNull();
    expect(read('The club claimed victory in the long dispute over the ground.')).toBeNull();
    expect(read('The union emphasised the need for councils to act before winter.')).toBeNull();
  });
});

describe('paraphrase-spans stage: the speaker of a second verb, a call made "by calling", a relative clause', () => {
  it('reads "X did A and said B" with the speaker as the subject of the first verb', () => {
    expect(read('The league has written to every club and said it will fund a welfare officer at each.')).toMatchObject({
      rule: 'paraphrase:and-said', speaker: 'The league has written to every club', clause: 'it will fund a welfare officer at each', sentenceSubject: true,
    });
    expect(read('The trust thanked the inspectors and also warned that staffing would stay tight until spring.')).toMatchObject({ rule: 'paraphrase:and-warned-that', sentenceSubject: true });
    // Two speakers joined by "and" are one subject, not a coordination of verbs.
    expect(read('The council and the trust said the plan would be ready in June.')).toMatchObject({ rule: 'paraphrase:said', speaker: 'The council and the trust', sentenceSubject: false });
  });

  it('reads a call after "by calling for" or "by calling on"', () => {
    expect(read('The parents’ group answered the report by calling for an independent chair.')).toMatchObject({
      rule: 'paraphrase:calls-for', speaker: 'The parents’ group answered the report', clause: 'an independent chair', sentenceSubject: true,
    });
    expect(read('The nurses’ union responded by calling on the board to publish its staffing figures.')).toMatchObject({ clause: 'on the board to publish its staffing figures', sentenceSubject: true });
  });

  it('reads the clause after "which it says" or "which he said", its speaker the sentence’s subject', () => {
    expect(read('The regulator has found weak oversight by the board, which it says allowed debts to build up for years.')).toMatchObject({
      rule: 'paraphrase:which-says', speaker: 'The regulator has found weak oversight by the board', clause: 'allowed debts to build up for years', sentenceSubject: true,
    });
    expect(read('Mr Ellis pointed to a shortage of coaches, which he said had left teams without cover for a season.')).toMatchObject({ rule: 'paraphrase:which-said', clause: 'had left teams without cover for a season' });
    // Quoted words after the relative verb are a fragment (stages/fragments.ts), not a paraphrase.
    expect(read('The panel named four clubs which it says are “failing their players”.')).toBeNull();
  });
});

describe('paraphrase-spans stage: "claims" as a noun', () => {
  it('reads no verb of saying in "claims made by", "following claims", "claims are"', () => {
    expect(read('The inquiry was set up following claims made by a former coach about the selection of riders.')).toBeNull();
    expect(read('Gym bullying claims are being taken seriously, the federation said.')).toMatchObject({ rule: 'paraphrase:said-after', speaker: 'the federation' });
    expect(read('The board will look again at claims of racist abuse in the youth teams.')).toBeNull();
    // The verb is still read: "The union claims the rota is unsafe."
    expect(read('The union claims the new rota is unsafe for lone workers.')).toMatchObject({ rule: 'paraphrase:claims', speaker: 'The union' });
  });
});

describe('quote-spans stage: fragments', () => {
  it('hands quoted words to the speaker after a participle of naming', () => {
    expect(fragmentAttribution('The chair defended the panel, calling the old rules ', 'a charter for favouritism')?.verb).toBe('calling');
    expect(fragmentAttribution('The captain rejected the plan, branding it ', 'a step backwards for the sport')?.verb).toBe('branding');
  });

  it('marks "found" after a share of a report’s visits or reviews as the report’s words', () => {
    expect(fragmentAttribution('Almost half of the unannounced inspections found ', 'staff working without a current check')).toMatchObject({ verb: 'found', findings: true });
    expect(fragmentAttribution('Three of the eight reviews found ', 'no plan for the child’s return home')).toMatchObject({ findings: true });
    // A named subject is resolved as it is.
    expect(fragmentAttribution('The inspectors found ', 'no plan for the child’s return home')?.findings).toBeUndefined();
    expect(matchReportedSpeech('Two in five of the visits found that records were missing.')?.findings).toBe(true);
  });

  it('ends a reported clause where a participle of naming hands on quoted words', () => {
    expect(read('The minister said the review was thorough, calling its critics “people who never read it”.')).toMatchObject({ clause: 'the review was thorough' });
  });
});

describe('paraphrase-spans stage: a list under a line naming what a report judges', () => {
  it('finds the list and where its speaker phrase ends', () => {
    const text = 'Intro.\nThe Dale Inspectorate highlighted several weaknesses in the service:\n\n • first weakness the inspectors saw\n • second weakness the inspectors saw\nAfter.';
    const [list] = findReportedLists(text);
    expect(text.slice(list!.intro[0], list!.speakerEnd)).toBe('The Dale Inspectorate ');
    expect(list!.items.map((i) => text.slice(...i))).toEqual(['first weakness the inspectors saw', 'second weakness the inspectors saw']);
    const areas = 'The board identified the following areas for improvement:\n1. more staff at night\n2. better records of visits';
    expect(areas.slice(0, findReportedLists(areas)[0]!.speakerEnd)).toBe('The board ');
    // A line with a verb of saying keeps its own speaker rule (no speakerEnd); a line naming nothing judged introduces no list.
    expect(findReportedLists('It says:\n - one point made here\n - another point made here')[0]!.speakerEnd).toBeUndefined();
    expect(findReportedLists('The club highlighted its new kit for the season:\n - a red shirt with a collar\n - white shorts and socks')).toEqual([]);
  });
});

describe('layout stage: a photo caption with a bracketed credit', () => {
  it('is page furniture, whatever it retells', () => {
    const text = 'Club accepts the review\n\nThe club chair said the review was fair (Source: Getty)\n\nThe chair said: “The review was fair.”\n\nA coach told the panel the squad trained too hard (Picture: PA)';
    const furniture = findFurniture(new ArticleText(text)).map((f) => text.slice(f.start, f.end));
    expect(furniture).toEqual(['The club chair said the review was fair (Source: Getty)', 'A coach told the panel the squad trained too hard (Picture: PA)']);
    // Brackets that hold no credit are the sentence's own.
    expect(findFurniture(new ArticleText('Title\n\nThe chair said the review was fair (a view the coaches share).'))).toEqual([]);
  });
});
