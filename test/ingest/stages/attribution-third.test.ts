/**
 * Attribution stage, third round (issue 35): a press-release speaker line fronted by "Commenting on the <report>"
 * names a person, then her title at a body: the quotes under it are the person's, comma before the name or not.
 * In Chorus's own words, each pattern in two wordings.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const speakers = async (text: string) => (await proposeArticle(null, { text, title: 'A test article' })).statements.map((s) => [s.text.slice(0, 20), s.speaker.name]);

describe('attribution stage: a fronted "Commenting on" speaker line', () => {
  it('gives the quote paragraphs to the person, not the body of her title, with no comma before the name', async () => {
    expect(await speakers(
      'Watchdog answers inquiry\n\nCommenting on the Rail Standards Board report of its inquiry into the winter closures Maria Kowal, chief executive of the passenger group Travel Voice, added:\n\n“Passengers were left on cold platforms for hours.”\n\n“The next timetable must be tested before it starts.”\n',
    )).toEqual([
      ['Passengers were left', 'Maria Kowal'],
      ['The next timetable m', 'Maria Kowal'],
    ]);
    expect(await speakers(
      'Charity welcomes review\n\nCommenting on the Water Quality Authority review of sewage spills Dev Anand, director of the campaign group Clean Rivers Trust, said:\n\n“Every spill has a cost for the people who swim downstream.”\n',
    )).toEqual([['Every spill has a co', 'Dev Anand']]);
  });

  it('does the same with a comma before the name', async () => {
    expect(await speakers(
      'Union responds\n\nCommenting on the Care Inspectorate report, Helen Strand, general secretary of the Nursing Staff Union, said:\n\n“Our members have warned about this for years.”\n',
    )).toEqual([['Our members have war', 'Helen Strand']]);
  });
});

describe('attribution stage: "The spokesman added:" after "a spokesman for <body>"', () => {
  it('gives the quote to the body the spokesperson was introduced for, whichever word of saying follows', async () => {
    expect(await speakers(
      'Universities warned\n\nA spokesman for the Office for Students said the fees were too high for most courses.\n\nThe spokesman added: “We will act on this before the next academic year begins.”\n',
    )).toEqual([
      ['the fees were too hi', 'Office for Students'],
      ['We will act on this ', 'Office for Students'],
    ]);
    expect(await speakers(
      'Charity responds\n\nA spokeswoman at the Rivers Trust said the findings were alarming for every angler.\n\nThe spokeswoman continued: “Nobody should have to swim in water this dirty in the summer.”\n',
    )).toEqual([
      ['the findings were al', 'Rivers Trust'],
      ['Nobody should have t', 'Rivers Trust'],
    ]);
  });
});
