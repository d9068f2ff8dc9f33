import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';
import type { Draft } from '../../src/ingest/draft.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { draftToSeedFile } from '../../src/ingest/to-seed.js';
import { createGrafeoTestStore } from '../support/stores.js';
import { useSeededGazetteer } from '../support/seeded-store.js';
import { copySeed } from '../support/seed-copy.js';

const seeded = useSeededGazetteer(createGrafeoTestStore);

const propose = (text: string, extra: Partial<{ title: string; date: string; publisher: string; author: string }> = {}) =>
  proposeArticle(seeded.store, { text, title: extra.title ?? 'A test article', ...extra }, { gazetteer: seeded.gazetteer });

function expectVerbatim(draft: Draft, text: string) {
  const cps = Array.from(text);
  for (const s of draft.statements) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  for (const c of draft.claims) expect(cps.slice(c.start, c.end).join('')).toBe(c.text);
  for (const e of draft.excludedQuotes) expect(cps.slice(e.start, e.start + Array.from(e.text).length).join('')).toBe(e.text);
}

describe('quote and attribution patterns', () => {
  it('finds "X said:" before a quote, with the speaker resolved by name', async () => {
    const text = 'Alan Wood, president of the ADCS, said: “We believe the single inspection framework is flawed and does not get to the heart of how well services are working.”';
    const d = await propose(text);
    expect(d.statements).toHaveLength(1);
    expect(d.statements[0]).toMatchObject({ kind: 'quote', rule: 'quote:said-before', speaker: { id: 'person:alan-wood', existing: true } });
    expect(d.statements[0]!.about.find((a) => a.target === 'framework:single-inspection-framework')?.stance).toBe('critical');
    expectVerbatim(d, text);
  });

  it('finds "…," said X and "…," X said after a quote', async () => {
    const text = '"The single inspection framework is flawed and gives a partial picture of services," said Jo Cleary.\n\n"We welcome the constructive comments in this report and value robust inspection," Debbie Jones said.';
    const d = await propose(text);
    expect(d.statements.map((s) => [s.rule, s.speaker.id])).toEqual([
      ['quote:said-after', 'person:jo-cleary'],
      ['quote:said-after', 'person:debbie-jones'],
    ]);
    expectVerbatim(d, text);
  });

  it('finds "told" and "added" with a role and no name', async () => {
    const text = 'Sir Michael Wilshaw spoke first.\n\nOfsted’s HM Chief Inspector told the BBC: “Too often, inspectors arrive unannounced to see child protection that is manifestly weak.”\n\nDavid Simmonds added: “Councils know they have a key role to play in looking after children.”';
    const d = await propose(text);
    expect(d.statements.map((s) => s.speaker.id)).toEqual(['person:michael-wilshaw', 'person:david-simmonds']);
    expect(d.statements.map((s) => s.rule)).toEqual(['quote:said-before', 'quote:said-before']);
  });

  it('finds "according to X" reported speech', async () => {
    const text = 'Vacancy levels are running at nearly ten per cent of frontline posts in children and families teams, according to the Social Work Task Force.';
    const d = await propose(text);
    expect(d.statements[0]).toMatchObject({ kind: 'paraphrase', rule: 'paraphrase:according-to', speaker: { id: 'organisation:social-work-task-force' } });
    expectVerbatim(d, text);
  });

  it('finds "X said that <clause>" reported speech', async () => {
    const text = 'Andrew Webb said that the language in the report was unhelpful and the inspection methods were not good enough.';
    const d = await propose(text);
    expect(d.statements[0]).toMatchObject({ kind: 'paraphrase', rule: 'paraphrase:said-that', speaker: { id: 'person:andrew-webb' } });
    expect(d.statements[0]!.text).toBe('the language in the report was unhelpful and the inspection methods were not good enough');
  });

  it('resolves a pronoun to the person last named', async () => {
    const text = 'Sir Michael said the figures were worrying.\n\nHe said: “Incompetent and ineffective leadership must be addressed quickly by every council.”';
    const d = await propose(text);
    const quote = d.statements.find((s) => s.kind === 'quote')!;
    expect(quote.speaker).toMatchObject({ id: 'person:michael-wilshaw', resolvedBy: 'pronoun' });
  });

  it('gives every paragraph of a quote spanning paragraphs to the speaker introduced above it', async () => {
    const text = 'Nushra Mansuri, professional officer for the British Association of Social Workers (BASW):\n\n“BASW shares the frustration of others about the constantly moving goal posts of the inspection framework.\n\n“Nevertheless, we would like to give some credit to Ofsted for not shying away from the narrative.”';
    const d = await propose(text);
    expect(d.statements).toHaveLength(2);
    expect(d.statements.every((s) => s.speaker.id === 'person:nushra-mansuri')).toBe(true);
    expect(d.statements[0]!.text.startsWith('BASW shares')).toBe(true);
    expect(d.statements[1]!.text.endsWith('narrative.')).toBe(true);
    expectVerbatim(d, text);
  });

  it('handles curly and straight, double and single quotation marks, and keeps apostrophes out', async () => {
    const text = `Jo Cleary said: ‘Children’s services are under real strain and we are worried about it.’\n\nAlan Wood said: 'The councils' results suggest that services are not yet good enough for children.'`;
    const d = await propose(text);
    expect(d.statements.map((s) => s.text)).toEqual([
      'Children’s services are under real strain and we are worried about it.',
      "The councils' results suggest that services are not yet good enough for children.",
    ]);
    expectVerbatim(d, text);
  });

  it('proposes a new person, with the role the text gives, for an unknown speaker', async () => {
    const text = 'Jane Example, chief executive of the Fostering Network, said: “This report shows that foster carers do a remarkable job for children.”';
    const d = await propose(text);
    expect(d.statements[0]!.speaker).toMatchObject({ existing: false, label: 'Person', name: 'Jane Example' });
    const person = d.newActors.find((a) => a.id === d.statements[0]!.speaker.id)!;
    expect(person.role?.title).toBe('chief executive');
  });
});

describe('articles without quotes, furniture and hostile input', () => {
  it('returns an empty draft, with a warning, for an article with no quotes', async () => {
    const d = await propose('Councils across England published their budgets this week. Most plan small rises.');
    expect(d.statements).toEqual([]);
    expect(d.warnings.join(' ')).toMatch(/no quotes/);
  });

  it('leaves page furniture out', async () => {
    const text = 'Alan Wood said: “We believe this framework does not get to the heart of how well services are working.”\n\nRelated Stories\n“Sign up and we will tell you everything about the news of the day today.” said the newsletter.';
    const d = await propose(text);
    expect(d.statements).toHaveLength(1);
    expect(d.furniture.length).toBeGreaterThan(0);
  });

  it('refuses a 5 MB text with an error naming its size and the limit', async () => {
    await expect(propose('word '.repeat(1_000_000))).rejects.toThrow(/the article text is 5\.0 million characters; the limit is \d+(\.\d+)? million/);
  });

  it('refuses binary and HTML input with a reason', async () => {
    await expect(propose('PK\u0003\u0004\u0000\u0000binary')).rejects.toThrow(/binary/);
    const html = `<!doctype html><html><body>${'<p>Alan Wood said: “text”</p>'.repeat(30)}</body></html>`;
    await expect(propose(html)).rejects.toThrow(/HTML/);
  });

  // How long this text takes is measured by `npm run bench:ingest` (bench/ingest/), not asserted here.
  it('closes a quote left open at the end of its paragraph, so no span crosses paragraphs of a pathological text', async () => {
    const paragraphs = 500;
    // Paragraphs apart by blank lines: a single line break may be a hard wrap inside a paragraph (stages/layout.ts).
    const text = ('“' + 'a '.repeat(200) + '\n\n').repeat(paragraphs) + 'He said “' + 'x'.repeat(50_000);
    const d = await propose(text);
    // Every paragraph opens one quote that never closes: one span each, none reaching into the next.
    const spans = [...d.statements, ...d.excludedQuotes];
    expect(spans).toHaveLength(paragraphs + 1);
    for (const span of spans) expect(span.text).not.toContain('\n');
    expect(d.statements).toEqual([]);
    expectVerbatim(d, text);
  });
});

describe('on the seed articles', () => {
  const sources = readdirSeed();
  it.each(sources)('every proposed span in %s is verbatim at its code-point offsets', async (file) => {
    const text = readFileSync(join(SEED_DIR, 'sources', file), 'utf8');
    const d = await propose(text);
    expect(d.statements.length).toBeGreaterThan(0);
    expectVerbatim(d, text);
  });

  it('draftToSeedFile output validates with planSeed beside the seed', async () => {
    const seed = copySeed();
    try {
      const text = 'Jane Example, chief executive of the Fostering Network, said: “This report shows that foster carers do a remarkable job for children.”\n\n' + readFileSync(join(SEED_DIR, 'sources', 'guardian-2015-sector-response.txt'), 'utf8');
      const d = await propose(text, { title: 'A sixth article', date: '2015-03', publisher: 'The Guardian', author: 'Ruth Hardy, Sam Newwriter' });
      const seedFile = draftToSeedFile(d);
      expect(seedFile.people?.some((p) => p.name === 'Jane Example')).toBe(true);
      writeFileSync(join(seed.path, 'sources', `${d.source.slug}.txt`), text);
      writeFileSync(join(seed.path, `source-${d.source.slug}.json`), JSON.stringify(JSON.parse(JSON.stringify(seedFile)), null, 2));
      const plan = planSeed(seed.path);
      expect(plan.problems).toEqual([]);
      expect(plan.nodes.filter((n) => n.label === 'Statement' && n.id.startsWith(`statement:${d.source.slug}.`)).length).toBe(seedFile.sources![0]!.statements!.length);
    } finally {
      seed.remove();
    }
  });
});

function readdirSeed(): string[] {
  return ['blog-2009-childrens-social-services.txt', 'blog-2016-hmci-social-care-report.txt', 'guardian-2015-sector-response.txt', 'independent-2013-damning-ofsted-report.txt', 'pse-2015-ofsted-critical.txt'];
}
