/** seed:offsets finds a quote in a draft's text as well as in the seed's. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths.js';
import { findQuoteOffsets } from '../../src/seed/offsets.js';
import { draftToSeedFile } from '../../src/ingest/to-seed.js';
import { ARTICLE_TEXT, SOURCE_ID, firstDraft } from '../support/article-drafts.js';
import { tempDir } from '../support/stores.js';

describe('findQuoteOffsets', () => {
  const drafts = tempDir('chorus-offsets-');
  mkdirSync(join(drafts.path, 'sources'));
  writeFileSync(join(drafts.path, 'sources', 'article.txt'), ARTICLE_TEXT);
  writeFileSync(join(drafts.path, 'source-article.json'), JSON.stringify(draftToSeedFile(firstDraft(), { textFile: 'article.txt' })));
  afterAll(() => drafts.remove());

  it('finds a draft by its source id or its text file, after looking in the seed', () => {
    const quote = 'grades paperwork, not practice';
    const bySource = findQuoteOffsets([SEED_DIR, drafts.path], SOURCE_ID, quote);
    expect(bySource).toMatchObject({ dir: drafts.path, textFile: 'article.txt' });
    const [[start, end]] = bySource!.hits;
    expect(Array.from(ARTICLE_TEXT).slice(start, end).join('')).toBe(quote);
    expect(findQuoteOffsets([SEED_DIR, drafts.path], 'article.txt', quote)?.hits).toEqual(bySource!.hits);
  });

  it('finds the seed’s own sources first, and says when a source or a quote is not there', () => {
    expect(findQuoteOffsets([SEED_DIR, drafts.path], 'source:guardian-2015-sector-response', 'Ofsted')?.dir).toBe(SEED_DIR);
    expect(findQuoteOffsets([SEED_DIR, drafts.path], 'source:nowhere', 'anything')).toBeNull();
    expect(findQuoteOffsets([drafts.path], SOURCE_ID, 'words nobody wrote')?.hits).toEqual([]);
  });
});
