/**
 * Paraphrase stage, the author's own voice (stages/author-voice.ts): a blog post, a column or a reader's letter argues
 * in the first person, and what its author argues is a statement of theirs, as the seeds code a blog's own sentences;
 * an interview's answers, under questions set as lines of their own, are the interviewee's words. News told in the third
 * person, and a reporter's "told us", are no one's statement. Every person, body and sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';

const statements = async (text: string, extra: { publisher?: string } = {}) =>
  (await proposeArticle(null, { text, title: text.split('\n')[0]!, ...extra })).statements.map((s) => ({ text: s.text, speaker: s.speaker.name, rule: s.rule, kind: s.kind }));

const blog =
  'Why the Care Board is wrong about night staff\n\nBy Jo Pellew\n\n' +
  'The Care Board published its review of care homes on Monday.\n\n' +
  'I have worked night shifts for eleven years, and I do not recognise the homes it describes. The review should have asked the people who actually do the work.\n\n' +
  'My colleagues are tired, but they are not careless, and the board owes them an apology.';

describe('the author’s own voice', () => {
  it('is the byline’s author’s paraphrase, a run of sentences in a paragraph at a time', async () => {
    const found = (await statements(blog)).filter((s) => s.rule === 'paraphrase:author-voice');
    expect(found.map((s) => [s.speaker, s.kind])).toEqual([
      ['Jo Pellew', 'paraphrase'],
      ['Jo Pellew', 'paraphrase'],
    ]);
    expect(found[0]!.text).toBe('I have worked night shifts for eleven years, and I do not recognise the homes it describes. The review should have asked the people who actually do the work.');
    // The sentence that only says what was published judges nothing.
    expect(found.map((s) => s.text)).not.toContainEqual(expect.stringMatching(/^The Care Board published/));
  });

  it('is the publisher’s where no one signs the page and the caller names its publisher', async () => {
    const unsigned = blog.replace('By Jo Pellew\n\n', '');
    expect((await statements(unsigned)).filter((s) => s.rule === 'paraphrase:author-voice')).toEqual([]);
    const found = (await statements(unsigned, { publisher: 'Night Shift Diaries' })).filter((s) => s.rule === 'paraphrase:author-voice');
    expect(found.map((s) => s.speaker)).toEqual(['Night Shift Diaries', 'Night Shift Diaries']);
  });

  it('is each letter’s signatory on a letters page', async () => {
    const letters =
      'Letters: the care homes review\n\n' +
      'I was shocked by the review of Eastmere’s care homes. My mother was looked after with great kindness in one of them, and the report is unfair to its staff.\n\n' +
      'Ann Carver, Eastmere\n\n' +
      'The review is right, and I hope the council acts on it quickly. I complained twice about the same home and nothing was done.\n\n' +
      'Tom Hale, Westby';
    const found = (await statements(letters)).filter((s) => s.rule === 'paraphrase:author-voice');
    expect(found.map((s) => s.speaker)).toEqual(['Ann Carver', 'Tom Hale']);
  });

  it('is the author a closing line names, with no article before the office, or with a note of where it first ran', async () => {
    const body =
      'The Care Board rated our home poor on Monday. I have read the review twice, and some of it I would have written myself.\n\n' +
      'Where I part company with the board is on night staffing, which has improved a great deal this year.\n\n';
    for (const closing of ['Jo Pellew is manager of Elm House in Westby.', 'Jo Pellew is a night carer in Westby. This post first appeared on her blog.']) {
      const found = (await statements(`Our rating hurt, but the board was right\n\n${body}${closing}`)).filter((s) => s.rule === 'paraphrase:author-voice');
      expect(found.map((s) => s.speaker)).toEqual(['Jo Pellew', 'Jo Pellew']);
    }
    // A sentence that only says what someone is, closing news, names no author.
    const news = 'Home rated poor\n\nThe Care Board rated Elm House poor on Monday. I was told staff had left.\n\nJo Pellew is wrong about that, said the board.';
    expect((await statements(news)).filter((s) => s.rule === 'paraphrase:author-voice')).toEqual([]);
  });

  it('is nothing in news told in the third person, whatever its reporter was told', async () => {
    const news =
      'Care homes short of night staff, review finds\n\n' +
      'Care homes in Eastmere are short of night staff, the Care Board said on Monday.\n\n' +
      'One carer told us the shifts were exhausting. Another told me she had left after two years.\n\n' +
      'The council said it would study the review carefully.';
    expect((await statements(news)).filter((s) => s.rule === 'paraphrase:author-voice')).toEqual([]);
  });
});

describe('an interview set as questions and answers', () => {
  it('gives each answer to the person the introduction speaks of', async () => {
    const interview =
      'Starting over at Eastmere\n\n' +
      'Maya Lund became director of adult care at Eastmere Council in April, two months after the Care Board rated its homes poor.\n\n' +
      'How did the rating feel?\n\n' +
      'It was hard to read, but nothing in it surprised the staff. We knew the night rotas were thin.\n\n' +
      'What has changed since?\n\n' +
      'We have hired twenty night carers, and the board will see a different service when it comes back.';
    const found = (await statements(interview)).filter((s) => s.rule === 'quote:interview-answer');
    expect(found.map((s) => [s.speaker, s.kind])).toEqual([
      ['Maya Lund', 'quote'],
      ['Maya Lund', 'quote'],
    ]);
    expect(found[0]!.text).toBe('It was hard to read, but nothing in it surprised the staff. We knew the night rotas were thin.');
  });

  it('is no interview with one question only', async () => {
    const one = 'Eastmere replies\n\nMaya Lund runs adult care at Eastmere Council.\n\nWhat happens now?\n\nThe council will publish a plan in June and report to the board every month.';
    expect((await statements(one)).filter((s) => s.rule === 'quote:interview-answer')).toEqual([]);
  });

  it('is no interview where the reporter asks and answers in the third person (an explainer), unless the questions are labelled', async () => {
    const explainer =
      'Flood inquiry: the key questions\n\n' +
      'The inquiry into the Eastvale floods, led by Dr Rhona Keir, was published by the River Board on Thursday.\n\n' +
      'What happened?\n\n' +
      'The river rose two metres in a night and the barrier at Millford was not raised until the water had reached the high street.\n\n' +
      'Who is to blame?\n\n' +
      'Dr Keir found that the board had known for three years that the barrier’s motors were failing, and that nobody had paid to replace them.';
    expect((await statements(explainer)).filter((s) => s.rule === 'quote:interview-answer')).toEqual([]);
    const labelled =
      'Six questions for the river chief\n\n' +
      'Dr Rhona Keir led the inquiry into the Eastvale floods for the River Board.\n\n' +
      'Q: What happened at Millford?\n\n' +
      'The river rose two metres in a night and the barrier was not raised until the water had reached the high street.\n\n' +
      'Q: Who is to blame?\n\n' +
      'The board had known for three years that the barrier’s motors were failing, and nobody paid to replace them.';
    expect((await statements(labelled)).filter((s) => s.rule === 'quote:interview-answer').map((s) => s.speaker)).toEqual(['Dr Rhona Keir', 'Dr Rhona Keir']);
  });
});
