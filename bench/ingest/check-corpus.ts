/**
 * `npm run bench:corpus -- [--add <id> <file>]`: checks every cached text of the development corpus
 * against its locator (byte length, sha1, each annotated span's length and first words) and lists
 * what is missing. With `--add`, a text retrieved again (the library's `pages` search for the
 * locator's query, the result for its url, saved as UTF-8 exactly as returned) is copied into the
 * cache only if it matches its locator. Exits 1 when a cached text does not match.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, checkText, readLocators } from './corpus.js';

const locators = readLocators();
const argv = process.argv.slice(2);
if (argv[0] === '--add') {
  const [, id, file] = argv;
  const locator = locators.find((l) => l.id === id);
  if (!locator || !file) {
    console.error(`usage: --add <id> <file>; ids: ${locators.map((l) => l.id).join(', ')}`);
    process.exit(2);
  }
  const problems = checkText(locator, readFileSync(file));
  if (problems.length > 0) {
    console.error(`${id}: not added: ${problems.join('; ')}`);
    process.exit(1);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  copyFileSync(file, join(CACHE_DIR, `${id}.txt`));
  console.log(`${id}: added`);
} else {
  let bad = 0;
  let missing = 0;
  for (const locator of locators) {
    const file = join(CACHE_DIR, `${locator.id}.txt`);
    if (!existsSync(file)) {
      missing++;
      console.log(`${locator.id}: not cached (query: ${locator.query}; url: ${locator.url})`);
      continue;
    }
    const problems = checkText(locator, readFileSync(file));
    if (problems.length > 0) {
      bad++;
      console.log(`${locator.id}: DOES NOT MATCH: ${problems.join('; ')}`);
    }
  }
  console.log(`${locators.length} locators: ${locators.length - missing - bad} cached and matching, ${missing} not cached, ${bad} not matching`);
  if (bad > 0) process.exit(1);
}
