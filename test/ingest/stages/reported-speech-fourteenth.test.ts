/**
 * Reported-speech stage, issue 35 fourteenth round: where a report's maker speaks "in" its report, the report is
 * where it was said, not what was said. "<clause>, the board has warned in its first annual report" reports the
 * clause before the speaker; "the board said in its annual review that <clause>" the clause after "that". Every body
 * and sentence is invented for this test; two wordings each.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const spans = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.text, s.speaker.name]);

describe('reported-speech stage: a document as where something was said', () => {
  it('reports the clause before the speaker, not the document after the verb', async () => {
    expect(await spans('Children in some parts of the country are far less safe than in others, the Care Board has warned in its first annual report into social care.')).toEqual([
      ['Children in some parts of the country are far less safe than in others', 'Care Board'],
    ]);
    expect(await spans('Waiting lists have doubled in five years, the Health Board said in a review published on Tuesday.')).toEqual([
      ['Waiting lists have doubled in five years', 'Health Board'],
    ]);
  });

  it('reports the clause before the speaker when an occasion follows the verb ("as it published …")', async () => {
    expect(await spans('Children in some parts of the country are far safer than in others, the Care Board warned yesterday as it published its annual report.')).toEqual([
      ['Children in some parts of the country are far safer than in others', 'Care Board'],
    ]);
    expect(await spans('Too many homes are short of nurses, the Health Board said on Tuesday when it presented its findings to councillors.')).toEqual([
      ['Too many homes are short of nurses', 'Health Board'],
    ]);
  });

  it('reports the clause after "that" when the document comes between the verb and it', async () => {
    expect(await spans('The Health Board said in its annual review that waiting lists had doubled.')).toEqual([['waiting lists had doubled', 'Health Board']]);
    expect(await spans('The Care Board warned in its latest assessment that too many homes were short of staff.')).toEqual([
      ['too many homes were short of staff', 'Care Board'],
    ]);
  });
});

describe('reported-speech stage: "told" its hearer, then a clause of a pronoun and a verb of mind', () => {
  it('reports the clause with no "that" ("told the Courier she accepted …")', async () => {
    expect(await spans('The council’s housing chief, Mary Okoro, told the Courier she accepted the findings in full.')).toEqual([['she accepted the findings in full', 'Mary Okoro']]);
    expect(await spans('Jon Pike told Radio Westvale he felt the inspection had been rushed.')).toEqual([['he felt the inspection had been rushed', 'Jon Pike']]);
  });

  it('reports nothing where "told" has an object and an order ("told her team to leave")', async () => {
    expect(await spans('Mary Okoro told her team she would be leaving on Friday.')).toEqual([['she would be leaving on Friday', 'Mary Okoro']]);
    expect(await spans('Mary Okoro told her team to stay late.')).toEqual([]);
  });
});

describe('reported-speech stage: a time fronted before the subject', () => {
  it('is no part of the speaker ("Last November the board found …")', async () => {
    expect(await spans('Last November the Health Board found that waiting lists had doubled in five years.')).toEqual([['waiting lists had doubled in five years', 'Health Board']]);
    expect(await spans('Last summer, the Care Board warned that two homes in three were short of night staff.')).toEqual([['two homes in three were short of night staff', 'Care Board']]);
  });
});

describe('reported-speech stage: "told" with a quoted stretch inside its clause', () => {
  it('reports the clause, quoted words and all', async () => {
    expect(await spans('The cabinet member, Pat Oyelaran, told the meeting the findings were “uncomfortable but fair”.')).toEqual([['the findings were “uncomfortable but fair”', 'Pat Oyelaran']]);
  });
});

describe('findings retold: a grade the sentence ties to inspections or a report', () => {
  it('is the report publisher’s finding, with no verb of saying', async () => {
    const text =
      'The Care Board published its annual report on care homes on Monday.\n\n' +
      'In the first full round of inspections, 12 homes were found to be inadequate and 40 were rated good.';
    const draft = await proposeArticle(null, { text, title: 'A test article' });
    expect(draft.statements.map((s) => [s.text, s.speaker.name, s.rule])).toContainEqual([
      'In the first full round of inspections, 12 homes were found to be inadequate and 40 were rated good.',
      'Care Board',
      'paraphrase:grade-finding',
    ]);
  });

  it('is no one’s where one body is graded (a rating, the ratings stage’s)', async () => {
    const text = 'The Care Board published its annual report on care homes on Monday.\n\nEastmere’s homes were rated good in the inspection of 2014.';
    const draft = await proposeArticle(null, { text, title: 'A test article' });
    expect(draft.statements.filter((s) => s.rule === 'paraphrase:grade-finding')).toEqual([]);
  });

  it('is no one’s where nothing ties the grade to an inspection or a report', async () => {
    const text = 'The Care Board published its annual report on care homes on Monday.\n\nLocal people say 12 homes were found to be inadequate years ago.';
    const draft = await proposeArticle(null, { text, title: 'A test article' });
    expect(draft.statements.filter((s) => s.rule === 'paraphrase:grade-finding')).toEqual([]);
  });
});
