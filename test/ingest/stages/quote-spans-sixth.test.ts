/**
 * Quote-spans stage, sixth round (issue 35): quotes cut off by the end of the text, quotation marks of two
 * kinds in one article, a page headed with a subjectless gerund ("Responding to …") above its publisher's own
 * paragraphs, speaker lines with no verb of saying, a quoted crosshead, and a document as the subject of a
 * verb of saying. Every body and person is invented; each pattern is written in at least two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { findQuotes } from '../../../src/ingest/quotes.js';
import { findUnquotedResponse } from '../../../src/ingest/stages/unquoted-response.js';
import { ArticleText } from '../../../src/ingest/text.js';

const propose = (text: string, title = 'A test article', url?: string) => proposeArticle(null, { text, title, url });
const quotes = async (text: string, title?: string, url?: string) =>
  (await propose(text, title, url)).statements.filter((s) => s.kind === 'quote').map((s) => [s.rule, s.speaker.name, s.text.slice(0, 24)]);
const spans = (text: string) => findQuotes(new ArticleText(text)).map((q) => text.slice(q.start, q.end));

describe('quote-spans stage: a quote cut off by the end of the text', () => {
  it('keeps a quote that the text ends inside, after a speaker line that continues a speaker', async () => {
    const cut = 'Lena Varga, who chairs the Tenants Panel, said: “The review is late and thin.”\n\nShe continued: “Every family on the estate has waited three winters for the heating to be fix';
    expect(await quotes(cut)).toEqual([
      ['quote:said-before', 'Lena Varga', 'The review is late and t'],
      ['quote:said-before', 'Lena Varga', 'Every family on the esta'],
    ]);
    // "The spokesman continued:" with no body's spokesman named: the speaker of the quote before.
    const spokesman = '“We cannot run the ferries on promises,” said Omar Haddad, secretary of the Crossing Workers Union.\n\nThe spokesman continued: "Even with the new boats we will be short of crews for ano';
    expect(await quotes(spokesman)).toEqual([
      ['quote:said-after', 'Omar Haddad', 'We cannot run the ferrie'],
      ['quote:said-before', 'Omar Haddad', 'Even with the new boats '],
    ]);
  });

  it('takes a quote of a word or two that the text ends inside as a statement, not a term', async () => {
    const text = 'Nadia Brook, director of the Rail Users Group, said: “Fares have risen faster than wages for a decade.\n\n“Passengers deserve a fair deal at last.\n\n“Mo';
    expect((await quotes(text)).map(([rule, speaker, words]) => [rule, speaker, words])).toEqual([
      ['quote:said-before', 'Nadia Brook', 'Fares have risen faster '],
      ['quote:continued', 'Nadia Brook', 'Passengers deserve a fai'],
      ['quote:continued', 'Nadia Brook', 'Mo'],
    ]);
  });

  it('reads "with X noting:" and "with X adding:" as the speaker line of the quote after it', async () => {
    expect(await quotes('The opposition has taken up the charge, with Priya Desai noting: "The council’s own figures show the waiting list doubling since the closures and the cost o')).toEqual([
      ['quote:said-before', 'Priya Desai', 'The council’s own figure'],
    ]);
    expect(await quotes('Campaigners seized on the figures, with Tomas Reilly adding: “This is the third year in a row that the shelters have turned people away.”')).toEqual([
      ['quote:said-before', 'Tomas Reilly', 'This is the third year i'],
    ]);
  });
});

describe('quote-spans stage: curly and straight marks mixed in one article', () => {
  it('pairs an opening “ with a straight closing mark, so the next paragraph’s straight mark opens a quote of its own', () => {
    const text = '“The pressure on staff is now at breaking point and nobody in charge is listening at all."\n\nShe went on: "We welcome the new money, but it will not reach the wards for a y';
    expect(spans(text)).toEqual(['The pressure on staff is now at breaking point and nobody in charge is listening at all.', 'We welcome the new money, but it will not reach the wards for a y']);
    const inline = 'He called it “a plan with no money behind it" and said "the board must think again".';
    expect(spans(inline)).toEqual(['a plan with no money behind it', 'the board must think again']);
  });

  it('closes a quote at a “ typed for the closing mark after a comma or full stop', () => {
    expect(spans('“Our trust ran the two wards from 1990 to 2010,“ read the letter. Then it ended.')).toEqual(['Our trust ran the two wards from 1990 to 2010,']);
    expect(spans('“We failed the families who trusted us.“ The statement was signed by all six.')).toEqual(['We failed the families who trusted us.']);
  });
});

describe('quote-spans stage: a page headed "Responding to …", "Reacting to …", "Commenting on …"', () => {
  const page = (title: string) =>
    `${title}\n\nThe independent review of the Riverside maternity unit was published on Monday, setting out years of missed warnings and their cost to families.\n\nBirthright Trust, working alongside two parents’ groups, is calling on every hospital board to publish its own review within a year.\n\nWe are heartbroken by what this review describes, and we will support the families who have waited so long for answers.\n\nThe review found "repeated failures" of leadership on the unit, and staff who raised concerns were not heard.\n\nWhile this review is hard to rea`;

  it('gives the paragraphs to the publisher the caller names, through a paragraph naming it and one holding a quoted term, to the cut-off end', () => {
    for (const title of ['Responding to the independent review of Riverside maternity care', 'Reacting to the Riverside maternity review']) {
      const text = page(title);
      const article = new ArticleText(text);
      const found = findUnquotedResponse(title, text, article.paragraphs, () => true, { publisher: 'Birthright Trust' })!;
      expect(found.speakerName).toBe('Birthright Trust');
      expect(found.paragraphs.map((p) => p.text.slice(0, 16))).toEqual(['The independent ', 'Birthright Trust', 'We are heartbrok', 'The review found', 'While this revie']);
    }
  });

  it('with no publisher given, takes the body named in the text whose name the page’s web address carries', () => {
    const title = 'Commenting on the Riverside maternity review';
    const text = page(title);
    const article = new ArticleText(text);
    expect(findUnquotedResponse(title, text, article.paragraphs, () => true, { url: 'https://www.birthrighttrust.org.uk/news/riverside-review' })?.speakerName).toBe('Birthright Trust');
    // By the initials of its name too.
    expect(findUnquotedResponse(title, text, article.paragraphs, () => true, { url: 'https://bt.org/news/1' })?.speakerName).toBe('Birthright Trust');
    // An address that names no body of the text, or none at all: no one to give the page to.
    expect(findUnquotedResponse(title, text, article.paragraphs, () => true, { url: 'https://www.dailypaper.example/news/1' })).toBeNull();
    expect(findUnquotedResponse(title, text, article.paragraphs, () => true)).toBeNull();
  });

  it('proposes the paragraphs as the body’s quotes through the extractor', async () => {
    const title = 'Responding to the Riverside maternity review';
    const found = await quotes(page(title), title, 'https://birthrighttrust.org/responding-riverside');
    expect(found.map(([rule, speaker]) => [rule, speaker])).toEqual(Array(5).fill(['quote:unquoted-response', 'Birthright Trust']));
  });

  it('stops at a paragraph that quotes someone else at length', () => {
    const title = 'Responding to the Riverside maternity review';
    const text = `${title}\n\nWe are heartbroken by what this review describes, and we will support the families who have waited so long.\n\nThe health minister told the House: “Every board will be asked to read this review and act on it this year.”\n\nOur helpline is open to any family who needs to talk about their care.`;
    const article = new ArticleText(text);
    expect(findUnquotedResponse(title, text, article.paragraphs, () => true, { publisher: 'Birthright Trust' })?.paragraphs.map((p) => p.text.slice(0, 12))).toEqual(['We are heart']);
  });
});

describe('quote-spans stage: a speaker line with no verb of saying', () => {
  it('gives the quote paragraphs under a line naming a person and what befell them to that person', async () => {
    const text = 'Residents of the tower answer the review. Here, some of them give their views:\n\nMaria Lenz, whose brother was badly hurt when the stairwell filled with smoke\n\n“We told the landlord about the doors for two years before the fire.\n\n“Nobody listened to us until it was far too late for my brother.”\n\nTom Ashby, a tenant on the ninth floor for twenty years\n\n“I still cannot sleep through a night without checking the alarm in the hall.”';
    expect(await quotes(text)).toEqual([
      ['quote:speaker-line', 'Maria Lenz', 'We told the landlord abo'],
      ['quote:continued', 'Maria Lenz', 'Nobody listened to us un'],
      ['quote:speaker-line', 'Tom Ashby', 'I still cannot sleep thr'],
    ]);
  });

  it('does not take a sentence that ends with a full stop, or a line opening with no name, for a speaker line', async () => {
    const text = 'Maria Lenz visited the tower again last week with her brother.\n\n“We told the landlord about the doors for two years before the fire.”\n\nFloral tributes outside the tower on the anniversary\n\n“Nobody listened to us until it was far too late for my brother.”';
    expect((await quotes(text)).map(([rule]) => rule)).not.toContain('quote:speaker-line');
  });
});

describe('quote-spans stage: a quoted crosshead', () => {
  it('belongs to the section below it, whose first sentence names the speaker, not to the paragraph above', async () => {
    const text = 'Speaking to the Evening Courier, two neighbours said the review would not be the end of it.\n\n“She never got out of her flat”\n\nRosa Kemp described her aunt as the heart of the building.\n\nShe has not been back since.';
    expect(await quotes(text)).toEqual([['quote:crosshead', 'Rosa Kemp', 'She never got out of her']]);
    const other = 'The Harbour Residents Association said the report was a start.\n\n“We were left in the dark all night”\n\nDev Sharma spent seven hours on the roof of the block waiting for a boat.';
    expect(await quotes(other)).toEqual([['quote:crosshead', 'Dev Sharma', 'We were left in the dark']]);
  });
});

describe('quote-spans stage: a document as the subject of a verb of saying', () => {
  it('gives the words a response, statement or apology says to the one the sentence before named as issuing it', async () => {
    const response = 'In a formal reply, printed at the end of the audit, Professor Ada Quinn says the college was never asked for its figures.\n\nThe response says: “The auditors did not visit the campus and cite no evidence for their conclusions.”';
    expect(await quotes(response)).toEqual([['quote:document-said', 'Professor Ada Quinn', 'The auditors did not vis']]);
    const apology = 'This morning, the Westmoor Hospital Trust issued an apology to the families.\n\n“Our staff cared for these mothers from 1990 to 2010,“ read the apology.\n\n"We did not give them the care they were owed and we are sorr';
    expect(await quotes(apology)).toEqual([
      ['quote:document-said', 'Westmoor Hospital Trust', 'Our staff cared for thes'],
      ['quote:inherited', 'Westmoor Hospital Trust', 'We did not give them the'],
    ]);
    const statement = 'The Lakeside Rowing Club released a statement on Friday evening.\n\nThe statement read: “The club will co-operate fully with the inquiry and has suspended the coach.”';
    expect(await quotes(statement)).toEqual([['quote:document-said', 'Lakeside Rowing Club', 'The club will co-operate']]);
  });
});
