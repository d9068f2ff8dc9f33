/**
 * Proposing articles into draft files: one article (its text and what is known of it) → the seed file to
 * review and load, its text beside it, and the full draft with every rule and cue; and a folder of
 * articles, each `<name>.txt` with an optional `<name>.json` beside it giving `title`, `publisher`,
 * `author`, `date`, `url` (without one, the title is the text's first line). Each article gives one row of
 * the summary a person reads before reviewing.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GraphStore } from '../store/port.js';
import { ValidationError } from '../errors.js';
import { MAX_ARTICLE_CHARS } from './text.js';
import { proposeArticle, type ArticleInput } from './propose.js';
import { draftToSeedFile } from './to-seed.js';

export type ArticleMeta = Omit<ArticleInput, 'text'>;

export interface ArticleFile {
  path: string;
  meta: ArticleMeta;
}

export interface IngestRow {
  file: string;
  source: string;
  statements: number;
  speakers: number;
  newActors: number;
  newReports: number;
  /** Proposals kept in the seed file but not loadable yet (heldBack), with what they miss. */
  heldBack: number;
  /** Quotation-mark spans that are not statements (scare quotes, titles). */
  excludedQuotes: number;
  warnings: string[];
  /** The seed file written. */
  written: string;
}

const META_KEYS = ['title', 'publisher', 'author', 'date', 'url'] as const;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The article's details, checked: a bad date or a missing title is named with the file it came from. */
export function checkMeta(meta: Partial<ArticleMeta>, where: string): ArticleMeta {
  const problems = [];
  if (typeof meta.title !== 'string' || !meta.title.trim()) problems.push({ path: [where, 'title'], message: 'an article needs a title' });
  if (meta.date !== undefined && !(typeof meta.date === 'string' && DATE.test(meta.date))) problems.push({ path: [where, 'date'], message: `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(meta.date)}` });
  for (const key of Object.keys(meta)) if (!(META_KEYS as readonly string[]).includes(key)) problems.push({ path: [where, key], message: `unknown field (allowed: ${META_KEYS.join(', ')})` });
  if (problems.length) throw new ValidationError(problems, 'the article was not proposed');
  return meta as ArticleMeta;
}

/** The articles in a folder, sorted by file name, each with its details. */
export function articlesInFolder(dir: string): ArticleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const sidecar = join(dir, `${basename(file, '.txt')}.json`);
      const given = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Partial<ArticleMeta>) : {};
      const firstLine = readArticle(path).split('\n').find((line) => line.trim())?.trim();
      return { path, meta: checkMeta({ title: firstLine, ...given }, existsSync(sidecar) ? sidecar : path) };
    });
}

function readArticle(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_ARTICLE_CHARS * 4) throw new ValidationError([{ path: [path], message: `${(size / 1e6).toFixed(1)} MB: not an article` }], 'the article was not proposed');
  return readFileSync(path, 'utf8');
}

/** Proposes one article and writes its seed file, text and draft under `out`. */
export async function ingestArticle(store: GraphStore, article: ArticleFile, out: string): Promise<IngestRow> {
  const text = readArticle(article.path);
  const draft = await proposeArticle(store, { text, ...article.meta });
  mkdirSync(join(out, 'sources'), { recursive: true });
  mkdirSync(join(out, 'drafts'), { recursive: true });
  const textFile = `${draft.source.slug}.txt`;
  copyFileSync(article.path, join(out, 'sources', textFile));
  const seedFile = draftToSeedFile(draft, { textFile });
  const written = join(out, `source-${draft.source.slug}.json`);
  writeFileSync(written, `${JSON.stringify(seedFile, null, 2)}\n`);
  writeFileSync(join(out, 'drafts', `${draft.source.slug}.draft.json`), `${JSON.stringify(draft, null, 2)}\n`);
  const [source] = seedFile.sources!;
  const warnings = [...draft.warnings];
  if (!article.meta.date) warnings.push('no date: statements are matched to no report by time; give one (--date, or "date" in the .json beside the text)');
  return {
    file: basename(article.path),
    source: draft.source.id,
    statements: source.statements!.length,
    speakers: new Set(source.statements!.map((s) => s.speaker)).size,
    newActors: draft.newActors.length,
    newReports: draft.newReports?.length ?? 0,
    heldBack: source.heldBack?.length ?? 0,
    excludedQuotes: source.excludedQuotes?.length ?? 0,
    warnings,
    written,
  };
}

const COLUMNS: [string, (row: IngestRow) => string | number][] = [
  ['article', (r) => r.file],
  ['statements', (r) => r.statements],
  ['speakers', (r) => r.speakers],
  ['new actors', (r) => r.newActors],
  ['new reports', (r) => r.newReports],
  ['held back', (r) => r.heldBack],
  ['excluded quotes', (r) => r.excludedQuotes],
];

/** The summary table, one article a row and a total: plain columns, readable in a terminal or a log. */
export function formatSummary(rows: IngestRow[]): string {
  const sum = (key: 'statements' | 'speakers' | 'newActors' | 'newReports' | 'heldBack' | 'excludedQuotes') => rows.reduce((total, row) => total + row[key], 0);
  const total: IngestRow = {
    file: `${rows.length} article${rows.length === 1 ? '' : 's'}`, source: '', written: '', warnings: [],
    statements: sum('statements'), speakers: sum('speakers'), newActors: sum('newActors'), newReports: sum('newReports'), heldBack: sum('heldBack'), excludedQuotes: sum('excludedQuotes'),
  };
  const cells = [COLUMNS.map(([name]) => name), ...[...rows, total].map((row) => COLUMNS.map(([, cell]) => String(cell(row))))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const line = (values: string[]) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0]), rule, ...cells.slice(1, -1).map(line), rule, line(cells[cells.length - 1])].join('\n');
}
