import { describe, expect, it } from 'vitest';
import { newEntityMentions } from '../../../src/ingest/stages/new-entity-mentions.js';

describe('target-resolution stage: mentions of actors the attribution stage proposed', () => {
  it('finds a person by surname and a body by the acronym the text gave it, as whole words', () => {
    const text = 'The National Audit Office (NAO) said the scheme failed. Esther McVey disagreed. “[McVey] sought to rubbish the NAO report,” said Margaret Greenwood. NAOMI was not there.';
    const found = newEntityMentions(text, [
      { id: 'organisation:national-audit-office', label: 'Organisation', name: 'National Audit Office' },
      { id: 'person:esther-mcvey', label: 'Person', name: 'Ms Esther McVey' },
    ]);
    expect(found.map((m) => [m.surface, m.entity.id])).toEqual([
      ['National Audit Office', 'organisation:national-audit-office'],
      ['NAO', 'organisation:national-audit-office'],
      ['Esther McVey', 'person:esther-mcvey'],
      ['McVey', 'person:esther-mcvey'],
      ['NAO', 'organisation:national-audit-office'],
    ]);
  });
});
