/**
 * Paraphrase stage: the headline set again as a text's first line (as pages are often copied) announces what the lede
 * reports and is no statement of its own; one that says what the lede does not is the only place the text says it.
 * Every body and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const propose = (title: string, body: string) => proposeArticle(null, { title, text: `${title}\n\n${body}` });

describe('a headline repeated as the first line', () => {
  it('is no statement where the lede reports the same, and the draft says why it was left out', async () => {
    const title = 'Patients wait too long for hip operations, says Care Board';
    const draft = await propose(title, 'Patients are waiting too long for hip operations because theatres stand empty at weekends, the Care Board has found.\n\nIts report, published on Monday, looked at 30 hospitals.');
    expect(draft.statements.filter((s) => s.start < title.length)).toEqual([]);
    expect(draft.statements.map((s) => s.speaker.name)).toContain('Care Board');
    expect(draft.excludedQuotes.map((e) => e.reason)).toContain('the headline, repeated as the text’s first line');
  });

  it('is the statement where the lede does not say it', async () => {
    const title = 'Care Board chief calls for urgent change at Elm Hospital';
    const draft = await propose(title, 'A report by the Care Board has found that patients at Elm Hospital were left without pain relief overnight.\n\nThe hospital said it accepted the findings.');
    expect(draft.statements.some((s) => s.start < title.length)).toBe(true);
  });
});
