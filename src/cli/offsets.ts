/**
 * `npm run seed:offsets -- [--dir <folder>] <source id | text file> "<quote>"`: prints where the quote
 * is in the source, in code points, ready to paste into a seed file or a draft. Without --dir it looks in
 * seed/ and then in seed-drafts/ (where `npm run ingest` writes).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { DRAFTS_DIR, SEED_DIR } from '../paths.js';
import { findQuoteOffsets } from '../seed/offsets.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string', multiple: true } } });
const [sourceOrFile, quote] = positionals;
if (!sourceOrFile || !quote) {
  console.error('usage: npm run seed:offsets -- [--dir <folder>] <source id | text file under <folder>/sources> "<quote text>"');
  process.exit(2);
}
const dirs = values.dir?.length ? values.dir.map((d) => resolve(d)) : [SEED_DIR, DRAFTS_DIR];
const found = findQuoteOffsets(dirs, sourceOrFile, quote);
if (!found) {
  console.error(`seed:offsets: no source "${sourceOrFile}" in ${dirs.join(' or ')}`);
  process.exit(1);
}
if (found.hits.length === 0) {
  console.error(`seed:offsets: the quote is not in ${found.textFile} (${found.dir}) exactly as typed (check curly quotes, apostrophes and spaces)`);
  process.exit(1);
}
for (const [start, end] of found.hits) console.log(JSON.stringify({ text: quote, start, end }));
