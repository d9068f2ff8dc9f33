import { describe, expect, it } from 'vitest';
import { proposeFrameworks } from '../../../src/ingest/stages/frameworks.js';

const everywhere = () => true;

describe('target-resolution stage: frameworks the text names', () => {
  it('proposes a titled framework once, named again by the acronym the text gave it', () => {
    const text = 'Ofsted consulted on the Renewed Education Inspection Framework (REIF) today. Heads say the REIF is narrow, and the new framework starts in May.';
    const found = proposeFrameworks(text, [], everywhere, () => false);
    expect(found.map((f) => f.draft)).toEqual([{ id: 'framework:renewed-education-inspection-framework', name: 'Renewed Education Inspection Framework', start: text.indexOf('Renewed'), end: text.indexOf(' (REIF)'), rule: 'new-framework:titled' }]);
    expect(found[0]!.mentions.map((m) => m.surface)).toEqual(['Renewed Education Inspection Framework', 'REIF']);
  });

  it('leaves a framework only described, one the graph holds, and one in page furniture', () => {
    expect(proposeFrameworks('The new framework starts in May.', [], everywhere, () => false)).toEqual([]);
    const text = 'Under the Single Assessment Framework, homes are scored.';
    const at = text.indexOf('Single');
    const known = [{ start: at, end: at + 'Single Assessment Framework'.length, entity: { id: 'framework:saf', label: 'Framework' as const, name: 'Single Assessment Framework', aliases: [], roles: [], publishedBy: [] }, via: 'name' as const, surface: 'Single Assessment Framework' }];
    expect(proposeFrameworks(text, known, everywhere, () => false)).toEqual([]);
    expect(proposeFrameworks(text, [], () => false, () => false)).toEqual([]);
  });
});
