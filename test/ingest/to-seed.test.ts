/** Draft → seed file: nothing the draft found vanishes; what cannot be loaded yet is held back with what it misses. */
import { describe, expect, it } from 'vitest';
import { draftToSeedFile } from '../../src/ingest/to-seed.js';
import { CITED_RATING, STATED_CLAIM, firstDraft } from '../support/article-drafts.js';

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
});
