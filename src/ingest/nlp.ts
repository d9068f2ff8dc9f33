/**
 * Sentences, tokens (with part of speech) and numeric entities from wink-nlp
 * and its English "lite web" model, both plain npm packages: the model is
 * JavaScript data in node_modules, loaded once per process, with no network and
 * no download at run time. wink tokens carry their preceding whitespace, so
 * concatenating them gives the text back; offsets are recovered from that.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

/** Loads the model (once per process). */
export function nlp(): Wink {
  wink ??= winkNLP(model);
  return wink;
}

export interface Token {
  start: number;
  end: number;
  value: string;
  pos: string;
  /** The Porter stem (wink's), so words can be compared across inflections ("inspected", "inspections"). */
  stem: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first and last token. */
  first: number;
  last: number;
}

export interface NumberEntity {
  start: number;
  end: number;
  value: string;
  type: string;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  numbers: NumberEntity[];
}

/**
 * No word is this long. wink's part-of-speech features and its stemmer run regular expressions such as
 * `(.+)(sses)$` over each token, which take time in the square of its length: a run of thousands of
 * characters without a space (pasted data, a hostile input) would hold a worker for minutes.
 */
const MAX_TOKEN_LENGTH = 100;
const OVERLONG_RUN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

/** The text with every overlong run blanked out: the same length, so offsets still hold, and no token to read. */
function withoutOverlongRuns(text: string): string {
  return text.replace(OVERLONG_RUN, (run) => ' '.repeat(run.length));
}

/** Runs wink over one text; offsets are UTF-16 indices into `text`. */
export function analyse(text: string): Analysis {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(withoutOverlongRuns(text));
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stems = doc.tokens().out(its.stem as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = at + (spaces[i] ?? '').length;
    // wink gives the text back exactly; should it ever normalise a token, find it instead.
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, at);
      start = found >= 0 ? found : start;
    }
    tokens.push({ start, end: start + value.length, value, pos: pos[i] ?? 'X', stem: stems[i] ?? value.toLowerCase() });
    at = start + value.length;
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    if (tokens[first] && tokens[last]) sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, first, last });
  }
  const numbers: NumberEntity[] = [];
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  details.forEach((d, i) => {
    const [first, last] = spans[i]!;
    if (tokens[first] && tokens[last]) numbers.push({ start: tokens[first]!.start, end: tokens[last]!.end, value: d.value, type: d.type });
  });
  return { tokens, sentences, numbers };
}
