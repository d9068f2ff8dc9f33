/**
 * `npm run ingest -- article.txt --title "…" [--publisher … --author … --date … --url … --out <folder>]`
 * proposes statements from a new article (src/ingest/propose.ts); `npm run ingest -- <folder> [--out …]`
 * proposes every article in a folder (`<name>.txt`, with `<name>.json` beside it for the title, publisher,
 * author, date, url), with a progress bar and a summary table. Each writes a seed file, the copied text
 * and the full draft, to review, edit and load with `npm run seed -- <folder>`: ids resolve against the
 * store, so the folder loads on its own. Reads the configured store for the graph's names; the embedded
 * store is locked while a server runs.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSettings } from '../config.js';
import { ChorusError, StoreLockedError } from '../errors.js';
import { DRAFTS_DIR } from '../paths.js';
import { describeStore, openStore } from '../store/open-store.js';
import { articlesInFolder, checkMeta, formatSummary, ingestArticle, type ArticleFile, type IngestRow } from '../ingest/batch.js';
import { progressPrinter } from './progress.js';

const USAGE = [
  'usage: npm run ingest -- <article.txt> --title "<headline>" [--publisher <name>] [--author <name>] [--date YYYY[-MM[-DD]]] [--url <url>] [--out <folder>]',
  '       npm run ingest -- <folder of .txt articles, each with an optional .json of title, publisher, author, date, url> [--out <folder>]',
].join('\n');

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, publisher: { type: 'string' }, author: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  const input = positionals.length === 1 ? resolve(positionals[0]) : null;
  const folder = input !== null && statSync(input, { throwIfNoEntry: false })?.isDirectory();
  if (values.help || !input || (!folder && !values.title)) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const { out: outOption, help: _help, ...meta } = values;
  const articles: ArticleFile[] = folder ? articlesInFolder(input) : [{ path: input, meta: checkMeta(meta, input) }];
  if (!articles.length) throw new ChorusError('BAD_USER_INPUT', `no .txt articles in ${input}`);
  const out = resolve(outOption ?? DRAFTS_DIR);

  const settings = loadSettings();
  let store;
  try {
    store = await openStore(settings.store);
  } catch (error) {
    if (error instanceof StoreLockedError) {
      throw new ChorusError('STORE_LOCKED', `${error.message}. ingest only reads the store: stop the server while you ingest, or point CHORUS_DATA_PATH at a copy of the store.`);
    }
    throw error;
  }
  console.error(`ingest: linking against ${describeStore(settings.store)}`);
  try {
    const rows: IngestRow[] = [];
    const progress = progressPrinter();
    progress({ phase: 'articles', done: 0, total: articles.length });
    for (const article of articles) {
      rows.push(await ingestArticle(store, article, out));
      progress({ phase: 'articles', done: rows.length, total: articles.length });
    }
    console.error(`\n${formatSummary(rows)}\n`);
    for (const row of rows) for (const warning of row.warnings) console.error(`ingest: ${row.file}: warning: ${warning}`);
    console.error(`ingest: wrote ${rows.length} seed file(s) to ${out} (+ sources/ and drafts/, which have every rule and cue)`);
    console.error(`ingest: review them (complete or delete what is under "heldBack"), then npm run seed -- ${out}`);
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(`ingest: ${error instanceof ChorusError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
