/** Draft → seed file: nothing the draft found vanishes; what cannot be loaded yet is held back with what it misses. */
import { describe, expect, it } from 'vitest';
import { draftToSeedFile } from '../../src/ingest/to-seed.js';
import { checkedDraft } from '../../src/ingest/draft-check.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSeed } from '../../src/seed/plan.js';
import { ARTICLE_TEXT, CITED_RATING, NEW_CLAIM, NEW_COUNCIL, NEW_FRAMEWORK, NEW_GROUP, NEW_RATING, SECOND_CLAIM, SECOND_RATING, SOURCE_ID, STATED_CLAIM, firstDraft, fullDraft } from '../support/article-drafts.js';
import { copySeed } from '../support/seed-copy.js';

describe('draftToSeedFile', () => {
  it('keeps statements with no target, unmatched numbers and unmatched ratings under heldBack, with what each misses', () => {
    const draft = firstDraft();
    draft.ratings.push({ ...draft.ratings[0], council: 'council:haringey', councilName: 'Haringey', matches: [] });
    draft.mainReport = { id: 'report:ofsted-social-care-annual-report-2013-14', rule: 'test' };
    const [source] = draftToSeedFile(draft).sources!;
    expect(source.statements!.map((s) => s.id.split('.').pop())).toEqual(['alan-wood-1', 'priya-ashdown-1', 'michael-wilshaw-1']);
    expect(source.heldBack!.map((h) => ({ kind: h.kind, missing: h.missing, text: h.text }))).toEqual([
      { kind: 'statement', missing: ['about'], text: 'Nobody asked the families what they thought.' },
      { kind: 'number', missing: ['claim'], text: 'again' },
      { kind: 'rating', missing: ['rating'], text: 'Birmingham' },
    ]);
    expect(source.heldBack![2].proposal).toEqual({ council: 'council:haringey', grade: 'inadequate', report: 'report:ofsted-social-care-annual-report-2013-14' });
    expect(source.asserts).toEqual([STATED_CLAIM]);
    expect(source.ratings).toEqual([CITED_RATING]);
  });

  it('leaves out only what the reviewer’s minimum confidence excludes, and lists it', () => {
    const file = draftToSeedFile(firstDraft(), { minConfidence: 0.95 });
    expect(file.sources![0].statements).toEqual([]);
    expect(file.skipped).toHaveLength(4);
  });

  it('writes every section a reviewed draft carries, and the file loads beside the seed with no problem', () => {
    const file = draftToSeedFile(fullDraft(), { textFile: 'full-draft.txt' });
    expect([file.councils?.map((c) => c.id), file.groups?.map((g) => g.id), file.frameworks?.map((f) => f.id)]).toEqual([[NEW_COUNCIL], [NEW_GROUP], [NEW_FRAMEWORK]]);
    expect(file.claims?.map((c) => [c.id, c.values?.map((v) => `${v.value} ${v.unit}`)])).toEqual([[NEW_CLAIM, ['75 percent', '114 councils']], [SECOND_CLAIM, undefined]]);
    expect(file.ratings?.map((r) => r.id)).toEqual([NEW_RATING, SECOND_RATING]);
    const [source] = file.sources!;
    // The number decided to be the new claim is the article's own; its match is not.
    expect([source.asserts, source.disputes, source.ratings]).toEqual([[NEW_CLAIM], [SECOND_CLAIM], [NEW_RATING, SECOND_RATING]]);
    expect(source.asserts).not.toContain(STATED_CLAIM);

    const seed = copySeed();
    try {
      writeFileSync(join(seed.path, 'sources', 'full-draft.txt'), ARTICLE_TEXT);
      writeFileSync(join(seed.path, 'source-full-draft.json'), JSON.stringify(file, null, 2));
      const plan = planSeed(seed.path);
      expect(plan.problems).toEqual([]);
      expect(plan.nodes.filter((n) => n.id.startsWith(`statement:${SOURCE_ID.slice('source:'.length)}.`))).toHaveLength(4);
    } finally {
      seed.remove();
    }
  });

  it('commits a proposed person whose role names no body: the role is kept in the description, and the draft passes its checks', () => {
    const draft = fullDraft();
    draft.newActors.push({ id: 'person:dana-okafor', label: 'Person', name: 'Dana Okafor', role: { title: 'social worker', atName: 'a team in the north' }, start: 0, end: 1, rule: 'speaker:new' });
    expect(() => checkedDraft(draft)).not.toThrow();
    const person = draftToSeedFile(draft).people?.find((p) => p.id === 'person:dana-okafor');
    expect(person).toMatchObject({ name: 'Dana Okafor', description: 'social worker, a team in the north (proposed by ingest)' });
    expect(person?.roles).toBeUndefined();
    draft.newActors[draft.newActors.length - 1].role!.at = '';
    expect(() => checkedDraft(draft)).toThrow(/role/);
  });
});
