/**
 * Paraphrase-spans stage, a report's findings retold by the journalist (stages/findings-retold.ts): a grade
 * given in the passive, and a sentence with a figure that goes on from a reported finding; through the
 * extractor, their speaker is the body named, else the speaker of the finding continued.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { continuesFinding, gradeFinding } from '../../../src/ingest/stages/findings-retold.js';

describe('paraphrase-spans stage: findings retold', () => {
  it('reads a grade given in the passive, and the body that gave it', () => {
    const sentence = 'Care for care leavers in half the areas visited has been rated “requires improvement” by the Care Standards Inspectorate.';
    const found = gradeFinding(sentence);
    expect(found && sentence.slice(...found.agent!)).toBe('the Care Standards Inspectorate');
    expect(gradeFinding('Of the 48 services inspected, 19 were judged to be inadequate.')).toEqual({});
    expect(gradeFinding('Nine homes were found to require improvement.')).toEqual({});
    // One body's grade is a rating (the ratings stage), not a finding retold.
    expect(gradeFinding('Eastshire council has been rated inadequate by the Children’s Inspectorate.')).toBeNull();
    // No grade, or a speaker's own account.
    expect(gradeFinding('Nine homes were found to be short of staff.')).toBeNull();
    expect(gradeFinding('We were rated good by the inspectorate last spring.')).toBeNull();
  });

  it('reads a sentence that goes on with a figure', () => {
    expect(continuesFinding('The review drew on more than 3,100 visits.')).toBe(true);
    expect(continuesFinding('Just one in five councils had a plan.')).toBe(true);
    expect(continuesFinding('Leadership was weak in most of them.')).toBe(false);
    expect(continuesFinding('We saw 300 children last year.')).toBe(false);
    expect(continuesFinding('It called the 40 cases “a scandal”.')).toBe(false);
  });

  it('gives the retold findings their speaker through the extractor', async () => {
    const text =
      'Two in five councils are failing children in care, the Care Standards Inspectorate said on Tuesday. Of the 48 services inspected, 19 were judged inadequate. The review drew on more than 3,100 visits.\n\nSeven councils were rated inadequate.\n\nFostering in half the areas visited by the Care Standards Inspectorate has been rated “requires improvement”.';
    const found = (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.rule, s.speaker.name, s.text]);
    expect(found).toEqual([
      ['paraphrase:said-after', 'Care Standards Inspectorate', 'Two in five councils are failing children in care'],
      ['paraphrase:grade-finding', 'Care Standards Inspectorate', 'Of the 48 services inspected, 19 were judged inadequate.'],
      ['paraphrase:finding-continued', 'Care Standards Inspectorate', 'The review drew on more than 3,100 visits.'],
      // "Seven councils were rated inadequate." alone: not tied to the report by the text (the ratings stage reads it).
      ['paraphrase:grade-finding', 'Care Standards Inspectorate', 'Fostering in half the areas visited by the Care Standards Inspectorate has been rated “requires improvement”.'],
    ]);
  });
});
