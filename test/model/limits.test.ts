/**
 * The model bounds every string a client writes, and the rules are the
 * model's: every property declares its limit, validation reports the path,
 * the limit and the length, only web URLs are accepted, a seed that breaks
 * them is refused whole, and the README's table of limits is the one the
 * model gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS, MAX_LENGTH, labelNames, relationshipSpec, relationshipTypeNames } from '../../src/model/schema.js';
import type { PropertySpec } from '../../src/model/types.js';
import { isWebUrl, validateNode, validateRelationship, withoutNonText } from '../../src/model/validate.js';
import { indexPlan } from '../../src/model/storage.js';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';
import { seedStore } from '../../src/seed/load.js';
import { BAD_URLS, CONTROL_CHARACTERS, LONE_SURROGATES, LONG_NAME } from '../support/hostile-strings.js';
import { copySeed } from '../support/seed-copy.js';
import { createGrafeoTestStore } from '../support/stores.js';

const STRING_TYPES = new Set(['string', 'text', 'string[]']);
/** Labels only the server writes: the audit trail and bookkeeping. */
const SERVER_WRITTEN = new Set(['Change', 'Marker']);
const SERVER_WRITTEN_SPECS = new Set<PropertySpec>([...SERVER_WRITTEN].flatMap((label) => Object.values(LABELS[label as 'Change'].properties as Record<string, PropertySpec>)));

const owners = (): [string, Record<string, PropertySpec>][] => [
  ...labelNames.map((label) => [label, LABELS[label].properties as Record<string, PropertySpec>] as [string, Record<string, PropertySpec>]),
  ...relationshipTypeNames.filter((type) => !relationshipSpec(type).derived).map((type) => [type, relationshipSpec(type).properties] as [string, Record<string, PropertySpec>]),
];

const thousands = (n: number) => n.toLocaleString('en-GB');

/** The README's table of limits, as the model declares them. */
function limitsTable(): string {
  const rows = ['| record | property: at most (characters) |', '| --- | --- |'];
  for (const [owner, properties] of owners()) {
    const cells = Object.entries(properties)
      .filter(([, spec]) => spec.maxLength !== undefined)
      .map(([key, spec]) => `${key} ${thousands(spec.maxLength!)}${spec.type === 'string[]' ? ` each, ${thousands(spec.maxItems!)} items` : ''}${spec.url ? ' (http/https URL)' : ''}`);
    if (cells.length) rows.push(`| ${owner} | ${cells.join('; ')} |`);
  }
  rows.push(`| every node | id ${thousands(MAX_LENGTH.id)} |`);
  return rows.join('\n');
}

describe('string limits declared in the model', () => {
  it('every string property a client writes declares a limit (or a list of values), and every list a number of items', () => {
    const missing: string[] = [];
    for (const [owner, properties] of owners()) {
      for (const [key, spec] of Object.entries(properties)) {
        if (!STRING_TYPES.has(spec.type)) continue;
        if (SERVER_WRITTEN.has(owner) && key !== 'idempotencyKey') continue;
        // An enumeration is bounded by its values.
        if (spec.maxLength === undefined && !spec.enum) missing.push(`${owner}.${key}`);
        if (spec.type === 'string[]' && spec.maxItems === undefined) missing.push(`${owner}.${key} (items)`);
      }
    }
    expect(missing).toEqual([]);
    // Every property named url is a web address.
    const urls = owners().flatMap(([owner, properties]) => Object.entries(properties).filter(([key]) => key === 'url').map(([key, spec]) => [`${owner}.${key}`, spec.url]));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter(([, url]) => url !== true)).toEqual([]);
  });

  it('an indexed property’s limit fits Neo4j’s index key (about 8 KB; 4 bytes a character at most)', () => {
    const indexed = indexPlan().properties.map(({ label, property }) => [`${label}.${property}`, (LABELS[label].properties as Record<string, PropertySpec>)[property]] as const);
    const strings = indexed.filter(([, spec]) => spec && STRING_TYPES.has(spec.type) && !SERVER_WRITTEN_SPECS.has(spec));
    expect(strings.length).toBeGreaterThan(5);
    expect(strings.filter(([, spec]) => !spec!.enum && !(spec!.maxLength! * 4 <= 8_000)).map(([name]) => name)).toEqual([]);
  });

  it('a string over its limit is refused with its path, the limit and its length in characters', () => {
    expect(LONG_NAME).toHaveLength(40_000);
    const problems = validateNode({ id: 'person:long', label: 'Person', properties: { name: LONG_NAME, aliases: ['AW', 'x'.repeat(301)] } });
    expect(problems).toEqual([
      { path: ['properties', 'name'], message: `Person.name is ${LONG_NAME.length} characters long; the limit is ${MAX_LENGTH.name}` },
      { path: ['properties', 'aliases'], message: `Person.aliases item 1 is 301 characters long; the limit is ${MAX_LENGTH.name}` },
    ]);
    // Characters are code points: 300 emoji (600 UTF-16 units) are 300 characters.
    expect(validateNode({ id: 'person:emoji', label: 'Person', properties: { name: '😀'.repeat(300) } })).toEqual([]);
    expect(validateNode({ id: 'person:emoji', label: 'Person', properties: { name: '😀'.repeat(301) } })[0]!.message).toBe(`Person.name is 301 characters long; the limit is ${MAX_LENGTH.name}`);
    // Relationship properties and lists too.
    const role = validateRelationship(
      { id: 'held_role:person:a>organisation:b~x', type: 'HELD_ROLE', from: 'person:a', to: 'organisation:b', properties: { title: 'x'.repeat(MAX_LENGTH.name + 1) } },
      (id) => (id.startsWith('person:') ? 'Person' : 'Organisation'),
    );
    expect(role).toEqual([{ path: ['properties', 'title'], message: `HELD_ROLE.title is ${MAX_LENGTH.name + 1} characters long; the limit is ${MAX_LENGTH.name}` }]);
    expect(validateNode({ id: 'person:many', label: 'Person', properties: { name: 'Many Names', aliases: Array.from({ length: 101 }, (_, i) => `A${i}`) } })).toEqual([
      { path: ['properties', 'aliases'], message: 'Person.aliases has 101 items; the limit is 100' },
    ]);
    expect(validateNode({ id: `person:${'a'.repeat(MAX_LENGTH.id)}`, label: 'Person', properties: { name: 'A' } })[0]).toEqual({
      path: ['id'], message: `id is ${MAX_LENGTH.id + 7} characters long; the limit is ${MAX_LENGTH.id}`,
    });
  });

  it('a source’s full text has a large but finite limit', () => {
    const base = { title: 'T', contentHash: 'a'.repeat(64) };
    expect(validateNode({ id: 'source:big', label: 'Source', properties: { ...base, text: 'a'.repeat(MAX_LENGTH.document) } })).toEqual([]);
    expect(validateNode({ id: 'source:big', label: 'Source', properties: { ...base, text: 'a'.repeat(MAX_LENGTH.document + 1) } })).toEqual([
      { path: ['properties', 'text'], message: `Source.text is ${MAX_LENGTH.document + 1} characters long; the limit is ${MAX_LENGTH.document}` },
    ]);
  });

  it('only http: and https: URLs are written, and the problem names the field', () => {
    for (const url of BAD_URLS) {
      expect(isWebUrl(url), url).toBe(false);
      const problems = validateNode({ id: 'organisation:bad-url', label: 'Organisation', properties: { name: 'Bad Url', kind: 'other', url } });
      expect(problems.map((p) => p.path), url).toEqual([['properties', 'url']]);
      expect(problems[0]!.message).toMatch(/^Organisation\.url must be an http: or https: URL/);
    }
    for (const url of ['https://www.gov.uk/government/organisations/ofsted', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG']) {
      expect(isWebUrl(url), url).toBe(true);
    }
    expect(isWebUrl('/relative/path')).toBe(false);
    expect(isWebUrl('example.org')).toBe(false);
  });

  it('control characters and lone surrogates are refused by position, and removed on the way out', () => {
    for (const bad of [...CONTROL_CHARACTERS, ...LONE_SURROGATES]) {
      const problems = validateNode({ id: 'person:x', label: 'Person', properties: { name: bad } });
      expect(problems, JSON.stringify(bad)).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/^Person\.name contains U\+[0-9A-F]{4} at \d+, which is not text/);
      expect(validateNode({ id: 'person:x', label: 'Person', properties: { name: withoutNonText(bad) } })).toEqual([]);
    }
    // Tab and line breaks are text; so are a whole surrogate pair and a right-to-left mark.
    expect(validateNode({ id: 'statement:x', label: 'Statement', properties: { text: 'a\tb\r\nc 😀 \u200f', kind: 'quote', codedBy: 'seed:x', confidence: 1 } })).toEqual([]);
  });

  it('the seed’s own data is within every limit', () => {
    expect(planSeed(SEED_DIR).problems).toEqual([]);
  });

  it('a seed with a name over its limit or a javascript: URL is refused by file and record, and writes nothing', async () => {
    const copy = copySeed();
    const handle = await createGrafeoTestStore();
    try {
      copy.edit('actors.json', (data) => {
        data.people[0].name = LONG_NAME;
        data.organisations[0].url = BAD_URLS[0];
      });
      const problems = planSeed(copy.path).problems.filter((p) => p.file === 'actors.json');
      expect(problems).toContainEqual(expect.objectContaining({ id: 'person:michael-wilshaw', message: `properties.name: Person.name is ${LONG_NAME.length} characters long; the limit is ${MAX_LENGTH.name}` }));
      expect(problems).toContainEqual(expect.objectContaining({ id: 'organisation:ofsted', message: `properties.url: Organisation.url must be an http: or https: URL, got "${BAD_URLS[0]}"` }));
      await expect(seedStore(handle.store, copy.path)).rejects.toThrow(/Person\.name is 40000 characters long/);
      expect(await handle.store.count('Person')).toBe(0);
    } finally {
      await handle.dispose();
      copy.remove();
    }
  });

  it('the README lists the limits the model declares', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const table = limitsTable();
    expect(readme.includes(table), `README.md should contain, in its model section:\n\n${table}\n`).toBe(true);
  });
});
