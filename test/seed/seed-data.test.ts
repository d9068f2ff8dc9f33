/**
 * The seed graph is data, checked as data: read straight from the JSON and
 * text files (not through the loader), every quote is verbatim at its
 * offsets, every quotation-mark span of every source is coded or excused,
 * and the loader's plan has no problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { planSeed, formatProblems } from '../../src/seed/plan.js';
import type { SeedFile, SeedSource } from '../../src/seed/format.js';
import { findQuoteSpans } from '../support/quote-spans.js';

const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.json')).map((file) => ({ file, data: JSON.parse(readFileSync(join(SEED_DIR, file), 'utf8')) as SeedFile }));
const sources: SeedSource[] = files.flatMap((f) => f.data.sources ?? []);
const textOf = (source: SeedSource) => readFileSync(join(SEED_DIR, 'sources', source.textFile), 'utf8');

describe('the seed data', () => {
  it('holds the five source documents, byte for byte as shipped', () => {
    expect(sources).toHaveLength(5);
    const shared = join(SEED_DIR, '..', '..', 'shared', 'seeds');
    let originals: string[] = [];
    try {
      originals = readdirSync(shared).map((f) => createHash('sha256').update(readFileSync(join(shared, f))).digest('hex'));
    } catch {
      // A clone without ../shared still checks each text against its recorded hash below.
    }
    for (const source of sources) {
      const hash = createHash('sha256').update(readFileSync(join(SEED_DIR, 'sources', source.textFile))).digest('hex');
      expect(hash, source.id).toBe(source.sha256);
      if (originals.length) expect(originals, `${source.textFile} is one of ../shared/seeds`).toContain(hash);
    }
  });

  it('has every statement verbatim at its code-point offsets in its source', () => {
    let checked = 0;
    for (const source of sources) {
      const cps = Array.from(textOf(source));
      for (const statement of source.statements ?? []) {
        expect(cps.slice(statement.start, statement.end).join(''), statement.id).toBe(statement.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('codes or excuses every quotation-mark span outside page furniture', () => {
    const uncovered: string[] = [];
    let spans = 0;
    for (const source of sources) {
      const furniture = source.furniture ?? [];
      const statements = source.statements ?? [];
      const excluded = new Set((source.excludedQuotes ?? []).map((q) => q.start));
      for (const span of findQuoteSpans(textOf(source))) {
        if (furniture.some(([a, b]) => span.start >= a && span.end <= b)) continue;
        spans++;
        const covered = statements.some((s) => s.start <= span.start && s.end >= span.end) || excluded.has(span.start);
        if (!covered) uncovered.push(`${source.id} [${span.start}, ${span.end}) ${JSON.stringify(span.text.slice(0, 60))}`);
      }
    }
    expect(uncovered).toEqual([]);
    expect(spans).toBeGreaterThan(50);
  });

  it('gives every excluded quote a reason', () => {
    for (const source of sources) for (const q of source.excludedQuotes ?? []) expect(q.reason.length, `${source.id} ${q.text}`).toBeGreaterThan(3);
  });

  it('validates as a whole: ids resolve, relationships fit the model, nothing is defined twice', () => {
    const plan = planSeed(SEED_DIR);
    expect(plan.problems, formatProblems(plan.problems)).toEqual([]);
  });

  it('resolves the misspellings in the sources to one actor each', () => {
    const people = files.flatMap((f) => f.data.people ?? []);
    const wilshaw = people.filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => /wi[l]?shaw/i.test(n)));
    expect(wilshaw).toHaveLength(1);
    expect(wilshaw[0].aliases).toEqual(expect.arrayContaining(['Sir Michael Wishaw', 'sir micahel wilshaw']));
  });

  it('holds one council per authority under its proper name', () => {
    const councils = files.flatMap((f) => f.data.councils ?? []);
    const names = councils.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['Kingston upon Thames', 'Coventry', 'Knowsley', 'Manchester', 'Rotherham']) expect(names).toContain(name);
    expect(names.some((n) => /\s(Knowsley|Rotherham)$/.test(n) && n.split(' ').length === 2 && !n.startsWith('Kingston'))).toBe(false);
  });
});
