/** Readable ids: a source's slug from publisher, date and headline; role titles as common nouns. */
import { describe, expect, it } from 'vitest';
import { publisherSlug, sourceSlug } from '../../src/ingest/source-id.js';
import { proposeArticle } from '../../src/ingest/propose.js';
import { normaliseRoleTitle } from '../../src/model/roles.js';

describe('source ids', () => {
  it('name the publisher as people shorten it, not by its first words', () => {
    expect(publisherSlug('Association of Directors of Children’s Services')).toBe('adcs');
    expect(publisherSlug('The Guardian')).toBe('guardian');
    expect(publisherSlug('Public Sector Executive')).toBe('public-sector-executive');
    expect(publisherSlug('Children and Young People Now')).toBe('cypn');
  });

  it('put the full date after the publisher and the headline after that', () => {
    expect(sourceSlug({ publisher: 'The Guardian', date: '2015-03-10', title: 'Councils ask for a pause' })).toBe('guardian-2015-03-10-councils-ask-for-a-pause');
    expect(sourceSlug({ publisher: 'Association of Directors of Children’s Services', date: '2016', title: 'A reply' })).toBe('adcs-2016-a-reply');
    expect(sourceSlug({ title: 'Untitled musings' })).toBe('untitled-musings');
  });

  it('are what proposeArticle gives a new article', async () => {
    const draft = await proposeArticle(null, { text: 'A short note.\n\nNothing was said by anyone.\n', title: 'A short note', publisher: 'The Guardian', date: '2015-03-10' });
    expect(draft.source.id).toBe('source:guardian-2015-03-10-a-short-note');
  });
});

describe('role titles', () => {
  it('are common nouns in lower case; acronyms and names keep their case', () => {
    expect(normaliseRoleTitle('President')).toBe('president');
    expect(normaliseRoleTitle('  Chief   Executive ')).toBe('chief executive');
    expect(normaliseRoleTitle('HM Chief Inspector')).toBe('HM chief inspector');
    expect(normaliseRoleTitle('chair of the ADCS')).toBe('chair of the ADCS');
  });
});
