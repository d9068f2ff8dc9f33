/**
 * The extractor's development corpus: public articles of the report-then-reactions shape, from
 * domains other than the seed's. Only locators are committed (bench/ingest/corpus/locators.json):
 * where each text was found, its sha1 and byte length as retrieved, and the hand annotations as
 * code-point offsets with their length and first words. The texts themselves are third-party and
 * live in the git-ignored bench/ingest/corpus/cache/<id>.txt; `readCorpus` uses only the texts that
 * are cached and match their locator.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

export type GoldStance = 'critical' | 'supportive' | 'neutral' | 'mixed';

export interface GoldStatement {
  kind: 'quote' | 'paraphrase';
  /** [start, end) in Unicode code points of the cached text. */
  start: number;
  end: number;
  length: number;
  /** The span's first words (up to four), to check the offsets against a text retrieved again. */
  firstWords: string;
  /** The speaker as the text names them (a person's full name, an organisation, "a prisoner"). */
  speaker: string;
  speakerRole?: string;
  /** `report` (the article's main report), `report:<key>` (another report in `reports`), or an entity's name. */
  target?: string;
  stance?: GoldStance;
  /** A few quoted words inside the author's own sentence (called it "a missed opportunity"). */
  fragment?: boolean;
  note?: string;
}

export interface GoldReport {
  title: string;
  publisher: string;
  date: string | null;
}

export interface CorpusLocator {
  id: string;
  domain: string;
  /** `dev`: looked at and tuned on; `test`: scored only to report, never to choose a rule. */
  split: 'dev' | 'test';
  url: string;
  title: string;
  /** The query that finds the page in the library's `pages` search (its result for `url` is the text). */
  query: string;
  date: string | null;
  sha1: string;
  bytes: number;
  /** The reports the article is about: `main`, and any other it names. None is in the seed graph. */
  reports: Record<string, GoldReport>;
  /** Other names the text uses for a speaker ("NAO", "the spending watchdog"). */
  speakerAliases: Record<string, string[]>;
  statements: GoldStatement[];
}

export interface CorpusArticle extends CorpusLocator {
  text: string;
}

export const CORPUS_DIR = join(PROJECT_ROOT, 'bench', 'ingest', 'corpus');
export const CACHE_DIR = join(CORPUS_DIR, 'cache');

/**
 * Every locator of the corpus: `locators.json` (the first 32 articles) and one `locators-<batch>.json` per batch
 * added since, so that batches annotated in parallel never edit the same file.
 */
export function readLocators(dir = CORPUS_DIR): CorpusLocator[] {
  const files = ['locators.json', ...readdirSync(dir).filter((name) => /^locators-[\w-]+\.json$/.test(name)).sort()];
  const locators = files.flatMap((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { version: number; articles: CorpusLocator[] }).articles);
  const seen = new Set<string>();
  for (const { id } of locators) {
    if (seen.has(id)) throw new Error(`corpus locator id "${id}" appears twice in ${files.join(', ')}`);
    seen.add(id);
  }
  return locators;
}

export function sha1(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Every way a text fails its locator; empty when it matches byte for byte and every span is where it says. */
export function checkText(locator: CorpusLocator, bytes: Buffer): string[] {
  const problems: string[] = [];
  if (bytes.length !== locator.bytes) problems.push(`${bytes.length} bytes, the locator says ${locator.bytes}`);
  const digest = sha1(bytes);
  if (digest !== locator.sha1) problems.push(`sha1 ${digest}, the locator says ${locator.sha1}`);
  const points = Array.from(bytes.toString('utf8'));
  for (const [i, s] of locator.statements.entries()) {
    const span = points.slice(s.start, s.end).join('');
    if (s.end - s.start !== s.length || s.end > points.length) problems.push(`statement ${i}: [${s.start}, ${s.end}) is not ${s.length} code points of the text`);
    else if (span.split(/\s+/).slice(0, 4).join(' ') !== s.firstWords) problems.push(`statement ${i}: the span starts "${span.slice(0, 40)}", the locator says "${s.firstWords}"`);
  }
  return problems;
}

export interface CorpusRead {
  articles: CorpusArticle[];
  /** Locators whose text is not cached, or does not match (with why). */
  missing: { id: string; reason: string }[];
}

/** The articles whose cached text matches its locator. */
export function readCorpus(dir = CORPUS_DIR, cacheDir = join(dir, 'cache')): CorpusRead {
  const articles: CorpusArticle[] = [];
  const missing: CorpusRead['missing'] = [];
  for (const locator of readLocators(dir)) {
    const file = join(cacheDir, `${locator.id}.txt`);
    if (!existsSync(file)) {
      missing.push({ id: locator.id, reason: 'not cached' });
      continue;
    }
    const bytes = readFileSync(file);
    const problems = checkText(locator, bytes);
    if (problems.length > 0) missing.push({ id: locator.id, reason: problems.join('; ') });
    else articles.push({ ...locator, text: bytes.toString('utf8') });
  }
  return { articles, missing };
}
