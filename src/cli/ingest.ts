/**
 * `npm run ingest -- article.txt --title "…" [--publisher … --author … --date … --url … --out <folder>]`:
 * proposes statements from a new article (src/ingest/propose.ts) and writes
 * a seed file plus the copied text, to review, edit and load with
 * `npm run seed -- <folder>` (put the seed's files beside it, or copy the draft into seed/).
 * Reads the configured store for the graph's names; the embedded store is
 * locked while a server runs.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSettings } from '../config.js';
import { ChorusError, StoreLockedError } from '../errors.js';
import { PROJECT_ROOT } from '../paths.js';
import { describeStore, openStore } from '../store/open-store.js';
import { MAX_ARTICLE_CHARS } from '../ingest/text.js';
import { proposeArticle } from '../ingest/propose.js';
import { draftToSeedFile } from '../ingest/to-seed.js';

const USAGE = 'usage: npm run ingest -- <article.txt> --title "<headline>" [--publisher <name>] [--author <name>] [--date YYYY[-MM[-DD]]] [--url <url>] [--out <folder>]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, publisher: { type: 'string' }, author: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 1 || !values.title) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (values.date && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(values.date)) throw new ChorusError('BAD_USER_INPUT', `--date ${values.date}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const file = resolve(positionals[0]!);
  if (statSync(file).size > MAX_ARTICLE_CHARS * 4) throw new ChorusError('BAD_USER_INPUT', `${file} is ${(statSync(file).size / 1e6).toFixed(1)} MB: not an article`);
  const text = readFileSync(file, 'utf8');
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
    const draft = await proposeArticle(store, { text, title: values.title, publisher: values.publisher, author: values.author, date: values.date, url: values.url });
    const out = resolve(values.out ?? join(PROJECT_ROOT, 'seed-drafts'));
    mkdirSync(join(out, 'sources'), { recursive: true });
    const textFile = `${draft.source.slug}.txt`;
    copyFileSync(file, join(out, 'sources', textFile));
    const seedFile = draftToSeedFile(draft, { textFile });
    const target = join(out, `source-${draft.source.slug}.json`);
    writeFileSync(target, `${JSON.stringify(seedFile, null, 2)}\n`);
    mkdirSync(join(out, 'drafts'), { recursive: true });
    writeFileSync(join(out, 'drafts', `${draft.source.slug}.draft.json`), `${JSON.stringify(draft, null, 2)}\n`);
    for (const s of draft.statements) console.error(`  ${s.kind.padEnd(10)} ${s.speaker.id.padEnd(36)} ${s.rule.padEnd(24)} ${s.text.slice(0, 60)}`);
    console.error(`ingest: ${draft.statements.length} statements, ${draft.newActors.length} new actors, ${draft.newReports?.length ?? 0} new reports, ${draft.claims.length} numbers, ${draft.ratings.length} ratings in ${draft.elapsedMs} ms`);
    // Nothing is dropped silently: every quoted span that is not a statement is listed with its reason.
    for (const e of draft.excludedQuotes) console.error(`  not proposed: ${e.reason.padEnd(40)} ${e.text.slice(0, 60)}`);
    console.error(`ingest: ${draft.excludedQuotes.length} quoted spans found and not proposed (listed above and in the draft's excludedQuotes, with the reason)`);
    // Statements with no target (or under the confidence floor) are proposed in the draft but not written to the seed file.
    const skipped = seedFile.skipped ?? [];
    for (const id of skipped) console.error(`  left out of the seed file (no target): ${id}`);
    console.error(`ingest: ${skipped.length} statements left out of the seed file (they are in drafts/${draft.source.slug}.draft.json)`);
    console.error(`ingest: wrote ${target} (+ sources/${textFile}; drafts/${draft.source.slug}.draft.json has every rule and cue)`);
    console.error(`ingest: review it, then copy it and the text into seed/ (or a copy of seed/) and run npm run seed -- <folder>`);
    for (const w of draft.warnings) console.error(`ingest: warning: ${w}`);
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(`ingest: ${error instanceof ChorusError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
