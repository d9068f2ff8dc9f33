/**
 * The attribution stage through proposeArticle, with no graph (every speaker is new): a person
 * named once in full is the speaker of a later surname, first name or pronoun.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../src/ingest/propose.js';

const propose = (text: string) => proposeArticle(null, { text, title: 'A test article' });
const speakers = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.text.slice(0, 24), s.speaker.name]);

describe('attribution stage: short names and pronouns refer back to a person named in full', () => {
  it('resolves "Morse wrote" and "said Ms Blower" to the person named before', async () => {
    expect(await speakers('Sir Amyas Morse, the auditor general, wrote to the minister.\n\n“The department has not measured how many claimants are in hardship,” Morse wrote.')).toEqual([
      ['The department has not m', 'Sir Amyas Morse'],
    ]);
    expect(await speakers('Christine Blower, head of the union, was at the launch.\n\n“The problem of recruitment is a clear sign that teaching is unattractive,” said Ms Blower.')).toEqual([
      ['The problem of recruitme', 'Christine Blower'],
    ]);
  });

  it('resolves a first name and a pronoun, and keeps "he" off a woman named with an honorific', async () => {
    expect(await speakers('For the Federation, Chairman Steve Kent, it was overdue.\n\nSteve says the public have noticed the impact of cuts to policing.')).toEqual([
      ['the public have noticed ', 'Steve Kent'],
    ]);
    expect(await speakers('Ms Esther McVey spoke first. Sir Amyas Morse, the auditor general, replied.\n\nHe said a claim that the office was slow was not correct.')).toEqual([
      ['a claim that the office ', 'Sir Amyas Morse'],
    ]);
  });
});

describe('attribution stage: quotes that carry no attribution of their own', () => {
  it('gives a second quote in a paragraph the speaker of the first', async () => {
    expect(await speakers('“The problem of teacher recruitment is a clear sign of trouble,” said Christine Blower. “Ofsted must bear some responsibility for this.')).toEqual([
      ['The problem of teacher r', 'Christine Blower'],
      ['Ofsted must bear some re', 'Christine Blower'],
    ]);
  });

  it('continues a quote over a pull quote between its paragraphs', async () => {
    const text = 'Sharon Hodgson, the MP for the area, said: “The findings in this report are truly shocking.\n\n' +
      'This report shows this Government has botched the rollout Sharon Hodgson\n\n' +
      '“This report shows this Government has botched the rollout, with a great human cost.”';
    expect(await speakers(text)).toEqual([
      ['The findings in this rep', 'Sharon Hodgson'],
      ['This report shows this G', 'Sharon Hodgson'],
    ]);
  });

  it('gives a quote paragraph the speaker of the reported speech just before it', async () => {
    const text = 'For the Federation, Chairman Steve Kent, it was overdue.\n\nSteve says the public have noticed the impact of cuts.\n\n“People will have to start listening because the public are noticing.”';
    expect((await speakers(text)).map(([, name]) => name)).toEqual(['Steve Kent', 'Steve Kent']);
  });
});

describe('attribution stage: reported speech with the speaker after it, a spokesman, a watchdog', () => {
  it('reads "<clause>, he noted." and "The spokesman said …" after "An NAO spokesman said …"', async () => {
    const text = 'Sir Amyas Morse, the auditor general, wrote to the minister.\n\nThe report had been fully agreed by senior officials, he noted.\n\n' +
      'An NAO spokesman said that the office went to great lengths to agree the text.\n\nThe spokesman said all that was lacking was a final letter agreeing it.';
    const d = await proposeArticle(null, { text, title: 'A test article' });
    expect(d.statements.map((s) => [s.rule, s.speaker.name, s.speaker.speakerRole ?? null])).toEqual([
      ['paraphrase:said-after', 'Sir Amyas Morse', null],
      ['paraphrase:said-that', 'NAO', 'spokesperson'],
      ['paraphrase:said', 'NAO', 'spokesperson'],
    ]);
  });
});

describe('attribution stage: councils, collectives and bodies referred back to, proposed as new actors', () => {
  it('proposes a council spokesperson’s council by its place, and collectives as groups', async () => {
    const text = 'The Highways Research Unit published its Local Roads Survey 2023 today.\n\n' +
      'A spokesman for Calderford council said: “We fill every reported pothole within a week, whatever the survey suggests.”\n\n' +
      'Union leaders said the money would be better spent on school buildings.\n\n' +
      'Campaigners called the survey “a list of symptoms with no diagnosis at all”.';
    const d = await proposeArticle(null, { text, title: 'A test article' });
    expect(d.statements.map((s) => [s.speaker.name, s.speaker.label, s.speaker.speakerRole ?? null])).toEqual([
      ['Calderford', 'Council', 'spokesperson'],
      ['union leaders', 'Group', null],
      ['campaigners', 'Group', null],
    ]);
    const proposed = (name: string) => d.newActors.find((a) => a.name === name);
    expect(proposed('Calderford')).toMatchObject({ label: 'Council', rule: 'new-council:named-speaker' });
    expect(proposed('union leaders')).toMatchObject({ label: 'Group', rule: 'new-group:collective-speaker' });
    // A group is not also proposed as the organisation its first word might name ("Union").
    expect(d.newActors.filter((a) => a.label === 'Organisation').map((a) => a.name)).not.toContain('Union');
  });

  it('refers "the office" and "the assessment" back to the body named before, known to the graph or not', async () => {
    const text = 'The Coastal Flood Authority published its National Flood Risk Assessment on Monday. The Digital Access Office published its audit too.\n\n' +
      '“Investment has not kept pace with the rising sea,” the assessment said.\n\nThe office said it would report again next year on every village.';
    const d = await proposeArticle(null, { text, title: 'A test article' });
    expect(d.statements.map((s) => [s.rule, s.speaker.name])).toEqual([
      ['quote:said-after', 'Coastal Flood Authority'],
      ['paraphrase:said', 'Digital Access Office'],
    ]);
  });
});

describe('attribution stage: what a pronoun or a plural refers back to', () => {
  it('gives "he said" after "A Department spokesperson added that …" to the department, not the man named before', async () => {
    const text = 'David Simmonds, who chairs the board, welcomed the report.\n\nA Department for Education spokesperson added that nothing is more important than keeping children safe. “That is why our plan for these services is working across the country,” he said.';
    const d = await propose(text);
    expect(d.statements.map((s) => [s.speaker.name, s.speaker.speakerRole ?? null])).toEqual([
      ['Department for Education', 'spokesperson'],
      ['Department for Education', 'spokesperson'],
    ]);
  });

  it('gives "It said" to the body that opened the sentence before, not the last one named in it', async () => {
    const text = 'Meanwhile, the Directors’ Association – which has a fractious relationship with the Inspection Office at the best of times – published its own report. It said there are serious problems with the current inspection model.';
    expect((await propose(text)).statements.map((s) => s.speaker.name)).toEqual(['Directors’ Association']);
  });

  it('gives what "inspectors found" to the publisher of the report the article answers', async () => {
    const text = 'The Care Inspection Office published its State of Care 2024 report on Monday.\n\nIn contrast, at the ten good authorities, inspectors found that “managers and social workers have a grip on cases at all times”.';
    expect((await propose(text)).statements.map((s) => [s.rule, s.speaker.name])).toEqual([['quote:said-before', 'Care Inspection Office']]);
  });

  it('takes the subject of a sentence whose second verb hands over the quote', async () => {
    const text = 'Alan Wood, president of the directors’ association, was at the launch.\n\nWood called the new framework “flawed”, and added: “We believe this framework does not get to the heart of how services work.”';
    expect((await propose(text)).statements.map((s) => [s.speaker.name, s.text.slice(0, 10)])).toContainEqual(['Alan Wood', 'We believe']);
  });
});

describe('attribution stage: the description nearest the verb, and a body only by its own word', () => {
  it('reads "In its report, the inspectorate said:" as the inspectorate named before, and "the union said" as no one named', async () => {
    const text = 'The Children’s Inspectorate rated Eastshire inadequate on Monday.\n\nIn its report, the inspectorate said: “Children have been left at risk of harm for too long.”\n\nHowever, the union said staff had been let down by years of cuts to the service.';
    const d = await propose(text);
    expect(d.statements.map((s) => [s.speaker.name, s.text.slice(0, 20)])).toEqual([['Children’s Inspectorate', 'Children have been l']]);
  });
});

describe('attribution stage: "its report" with no report of the article to hand', () => {
  it('gives "Its report found that …" to the body the sentence before was about', async () => {
    const text = 'Eastshire council has been rated inadequate by the Children’s Inspectorate.\n\nThe inspectorate said the council had failed to act on warnings. Its report found that managers did not know what was happening on the front line.';
    expect((await propose(text)).statements.map((s) => [s.rule, s.speaker.name])).toEqual([
      ['paraphrase:said', 'Children’s Inspectorate'],
      ['paraphrase:found-that', 'Children’s Inspectorate'],
    ]);
  });
});
