/**
 * Text and layout stage (issue 35, tenth round): a line that links to another article ("Read more: …", "See also:
 * …", "READ MORE: …") is page furniture, whatever it quotes: its words are another story's headline, never a
 * statement. Every line is written for this test; two wordings or more.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findFurniture } from '../../../src/ingest/quotes.js';
import { ArticleText } from '../../../src/ingest/text.js';

const furniture = (text: string) => findFurniture(new ArticleText(text)).map((r) => text.slice(r.start, r.end).trim());

describe('a line that links to another article', () => {
  it('is furniture, in each of its usual wordings', () => {
    const text =
      'The Coastal Standards Office said the shoreline plan was two years behind schedule.\n\n' +
      "Read more: 'Sea wall repairs leave village cut off for a week'\n\n" +
      'READ MORE: Harbour trust fined over unsafe pontoons\n\n' +
      'See also: Coastal towns count the cost of the winter storms\n\n' +
      'Marta Kovacs said families had been left to pay for their own sandbags.\n';
    expect(furniture(text)).toEqual([
      "Read more: 'Sea wall repairs leave village cut off for a week'",
      'READ MORE: Harbour trust fined over unsafe pontoons',
      'See also: Coastal towns count the cost of the winter storms',
    ]);
  });

  it('gives no quote to the speaker before it', async () => {
    const text =
      'Marta Kovacs, who chairs the Shoreline Residents Forum, said families had been left to pay for their own sandbags.\n\n' +
      "Read more: 'Nobody told us the sea wall was failing, say cliff-top residents'\n\n" +
      'The office will publish its next review in the spring.\n';
    const draft = await proposeArticle(null, { text, title: 'Sea defence plan years behind, watchdog finds' });
    expect(draft.statements.map((s) => s.text)).toEqual(['families had been left to pay for their own sandbags']);
  });

  it('leaves a sentence that only mentions reading more alone', () => {
    expect(furniture('Read more about the plan in the full review, which the office published on Monday.\n')).toEqual([]);
  });
});
