/**
 * `npm run seed:offsets -- <source id or text file> "<quote>"`: prints where
 * the quote is in the source, in code points, ready to paste into a seed file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../paths.js';
import { readSeedFolder } from '../seed/read.js';
import { CodePointText } from '../model/code-point-text.js';

function textFileOf(sourceOrFile: string): string | null {
  if (existsSync(join(SEED_DIR, 'sources', sourceOrFile))) return sourceOrFile;
  for (const { data } of readSeedFolder(SEED_DIR).files) {
    const source = data.sources?.find((s) => s.id === sourceOrFile);
    if (source) return source.textFile;
  }
  return null;
}

const [sourceOrFile, quote] = process.argv.slice(2);
if (!sourceOrFile || !quote) {
  console.error('usage: npm run seed:offsets -- <source id | text file in seed/sources> "<quote text>"');
  process.exit(2);
}
const textFile = textFileOf(sourceOrFile);
if (!textFile) {
  console.error(`seed:offsets: no source "${sourceOrFile}" in ${SEED_DIR}`);
  process.exit(1);
}
const hits = new CodePointText(readFileSync(join(SEED_DIR, 'sources', textFile), 'utf8')).find(quote);
if (hits.length === 0) {
  console.error(`seed:offsets: the quote is not in ${textFile} exactly as typed (check curly quotes, apostrophes and spaces)`);
  process.exit(1);
}
for (const [start, end] of hits) console.log(JSON.stringify({ text: quote, start, end }));
