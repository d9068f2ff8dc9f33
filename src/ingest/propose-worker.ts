/**
 * A proposal worker thread (run by the pool in proposals.ts): proposes one article against the graph's
 * names. The names arrive as JSON in shared memory, one buffer per version, so a task carries a reference
 * to them rather than a copy; the Gazetteer is built from them here, once per version, off the main thread.
 */
import { ValidationError } from '../errors.js';
import type { Problem } from '../model/validate.js';
import type { Draft } from './draft.js';
import { Gazetteer } from './gazetteer.js';
import type { GraphNames } from './graph-names.js';
import { proposeArticle, type ArticleInput } from './propose.js';

export interface ProposalTask {
  source: ArticleInput;
  names: SharedNames;
}

/** The graph's names as UTF-8 JSON in a SharedArrayBuffer, which threads share rather than copy. */
export interface SharedNames {
  version: number;
  json: SharedArrayBuffer;
}

/** An error does not cross a thread boundary as itself: the problems of input it cannot read travel as data. */
export type ProposalOutcome = { draft: Draft } | { invalid: Problem[] };

let built: { version: number; gazetteer: Gazetteer } | undefined;

function gazetteerFor(names: SharedNames): Gazetteer {
  if (built?.version !== names.version) {
    const { entities, claims, ratings } = JSON.parse(Buffer.from(names.json).toString('utf8')) as GraphNames;
    built = { version: names.version, gazetteer: new Gazetteer(entities, claims, ratings) };
  }
  return built.gazetteer;
}

export default async function proposeInWorker(task: ProposalTask): Promise<ProposalOutcome> {
  try {
    return { draft: await proposeArticle(null, task.source, { gazetteer: gazetteerFor(task.names) }) };
  } catch (error) {
    if (error instanceof ValidationError) return { invalid: error.problems };
    throw error;
  }
}
