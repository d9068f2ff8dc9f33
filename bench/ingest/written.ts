/**
 * The written corpus (bench/ingest/written/set<N>-<shape>.json): articles written blind, in Chorus's own words, in the
 * shape of the product's first corpus (news, press releases and trade press answering inspection and national
 * reports), every council, person and charity invented. Each set was written by engineers who saw neither the
 * extractor nor the sets before it, scored as it came, and only then read for rules; the next set measures those
 * rules. The format is the synthetic corpus's (synthetic.ts). Scored and reported, never a floor: a miss here is a
 * finding, not a failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { SyntheticArticle } from './synthetic.js';

export const WRITTEN_DIR = join(PROJECT_ROOT, 'bench', 'ingest', 'written');
/** Sets kept blind: unread for rules and kept out of the stance model's training (stance-model/export.ts). */
export const BLIND_SETS: ReadonlySet<string> = new Set(['set18']);

/** Every article with its set ("set1") and file ("set1-council"), files in name order. */
export function readWrittenCorpus(dir = WRITTEN_DIR): { set: string; file: string; article: SyntheticArticle }[] {
  return readdirSync(dir)
    .filter((f) => /^set\d+-.+\.json$/.test(f))
    .sort()
    .flatMap((f) => {
      const file = f.replace(/\.json$/, '');
      const { articles } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { articles: SyntheticArticle[] };
      return articles.map((article) => ({ set: file.split('-')[0]!, file, article }));
    });
}
