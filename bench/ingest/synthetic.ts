/**
 * The synthetic corpus (every `*.json` in test/ingest/synthetic/, one file per group of patterns): short articles written for Chorus,
 * in its own words, one or more per pattern the extractor must handle. Its annotations give each
 * statement's exact words (`span`, found in the text after the previous statement's start) instead
 * of offsets, so an article can be edited without recounting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { GoldReport, GoldStance } from './corpus.js';
import type { GoldArticle } from './score.js';

export interface SyntheticStatement {
  kind: 'quote' | 'paraphrase';
  span: string;
  speaker: string;
  target?: string;
  stance?: GoldStance;
  fragment?: boolean;
}

export interface SyntheticArticle {
  id: string;
  /** The patterns of issue 35 this article exercises. */
  patterns: string[];
  title: string;
  date: string;
  /** The page's web address, where a pattern needs it (the publisher of a "Responding to …" page). */
  url?: string;
  text: string;
  reports: Record<string, GoldReport>;
  speakerAliases?: Record<string, string[]>;
  statements: SyntheticStatement[];
  claims?: { span: string; claim: string | null }[];
  ratings?: { council: string; grade: string }[];
}

export const SYNTHETIC_DIR = join(PROJECT_ROOT, 'test', 'ingest', 'synthetic');

/** Every article of every file in the folder, files in name order; an id used twice is an error. */
export function readSyntheticCorpus(dir = SYNTHETIC_DIR): SyntheticArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const articles = files.flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { articles: SyntheticArticle[] }).articles);
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new Error(`synthetic corpus: the id ${a.id} is used twice`);
    seen.add(a.id);
  }
  return articles;
}

const codePoints = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length;

/** The article as gold: spans turned into code-point offsets. Throws when a span is not in the text. */
export function toGold(a: SyntheticArticle): GoldArticle & { text: string; title: string; date: string; url?: string } {
  let from = 0;
  const statements = a.statements.map((s) => {
    const at = a.text.indexOf(s.span, from);
    if (at < 0) throw new Error(`${a.id}: "${s.span.slice(0, 40)}" is not in the text after offset ${from}`);
    from = at + 1;
    const start = codePoints(a.text, at);
    const end = codePoints(a.text, at + s.span.length);
    return { kind: s.kind, start, end, length: end - start, firstWords: s.span.split(/\s+/).slice(0, 4).join(' '), speaker: s.speaker, target: s.target, stance: s.stance, fragment: s.fragment };
  });
  const claims = (a.claims ?? []).map((k) => {
    const at = a.text.indexOf(k.span);
    if (at < 0) throw new Error(`${a.id}: claim "${k.span}" is not in the text`);
    return { firstWords: k.span, start: codePoints(a.text, at), end: codePoints(a.text, at + k.span.length), claim: k.claim };
  });
  return {
    id: a.id, domain: 'synthetic', text: a.text, title: a.title, date: a.date, url: a.url, reports: a.reports,
    speakerAliases: a.speakerAliases ?? {}, statements, claims, ratings: a.ratings,
  };
}
