/**
 * `npm run dump -- <folder>`: writes the whole graph of the configured store
 * in the seed format (the backup; `npm run seed -- <folder>` restores it,
 * into either store). Refuses to write into a folder that has files in it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSettings } from '../config.js';
import { ChorusError } from '../errors.js';
import { dumpGraph } from '../seed/dump.js';
import { describeStore, openStore } from '../store/open-store.js';

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npm run dump -- <empty or new folder>');
    process.exit(2);
  }
  const dir = resolve(target);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(`dump: ${dir} is not empty; choose a new folder so no backup is overwritten`);
    process.exit(2);
  }
  const settings = loadSettings();
  const store = await openStore(settings.store);
  try {
    const dumped = await dumpGraph(store);
    mkdirSync(join(dir, 'sources'), { recursive: true });
    for (const [name, text] of dumped.texts) writeFileSync(join(dir, 'sources', name), text);
    for (const [name, content] of dumped.files) writeFileSync(join(dir, name), `${JSON.stringify(content, null, 2)}\n`);
    console.error(`dump: ${describeStore(settings.store)} → ${dir} (${dumped.files.size} files, ${dumped.texts.size} source texts)`);
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(`dump: ${error instanceof ChorusError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
