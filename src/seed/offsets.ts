/**
 * Where a quote is in a source's text, in code points: the source named by its id or its text file, looked
 * for in each folder in turn (the seed, then the drafts), so a draft's text is found as well as the seed's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedFolder } from './read.js';
import { CodePointText } from '../model/code-point-text.js';

export interface QuoteOffsets {
  /** The folder and text file the source was found in. */
  dir: string;
  textFile: string;
  hits: [number, number][];
}

function textFileIn(dir: string, sourceOrFile: string): string | null {
  if (/^[\w.-]+$/.test(sourceOrFile) && existsSync(join(dir, 'sources', sourceOrFile))) return sourceOrFile;
  for (const { data } of readSeedFolder(dir).files) {
    const source = data.sources?.find((s) => s.id === sourceOrFile);
    if (source) return source.textFile;
  }
  return null;
}

/** The first folder that has the source, and every place the quote is in its text; null when none has it. */
export function findQuoteOffsets(dirs: readonly string[], sourceOrFile: string, quote: string): QuoteOffsets | null {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const textFile = textFileIn(dir, sourceOrFile);
    if (!textFile) continue;
    const text = readSeedFolder(dir).readText(textFile);
    if (text === null) continue;
    return { dir, textFile, hits: new CodePointText(text).find(quote) };
  }
  return null;
}

