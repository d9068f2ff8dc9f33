/**
 * Reports and targets, issue 35 twelfth round: an inspection story often credits its report to no one by name ("The
 * report added: …") and says only who rated the body ("The Care Standards Board has rated X as requiring improvement",
 * "X has been rated inadequate by the Care Standards Board"). The body that rated is the report's publisher, so the
 * report speaks for it, and its chief inspector ("the Board's Chief Inspector of Hospitals") speaks for it too: their
 * findings judge what was rated. Every body and sentence is invented for this test; two wordings each.
 */
import { describe, expect, it } from 'vitest';
import { proposeArticle } from '../../../src/ingest/propose.js';
import { namedActorCandidates } from '../../../src/ingest/stages/new-entity-mentions.js';

const statements = async (text: string) =>
  (await proposeArticle(null, { text, title: 'Ambulance service told to improve' })).statements.map((s) => ({ speaker: s.speaker.name, words: s.text.slice(0, 20), about: s.about.map((t) => t.name) }));

describe('the body that rated the inspected one publishes the report', () => {
  it('gives "The report added:" and "The report said that" to the body that rated', async () => {
    const active = await statements(
      'The Care Standards Board has rated Northmoor Ambulance Service as requiring improvement.\n\n' +
        'The report added: “There remained a culture in some stations where bullying was not challenged.”\n\n' +
        'The report said that several senior posts were filled by interim staff.',
    );
    expect(active.map((s) => s.speaker)).toEqual(['Care Standards Board', 'Care Standards Board']);
    const passive = await statements('Eastfield Hospital Trust has been rated inadequate by the Care Standards Board.\n\nThe report said that patients waited too long for beds.');
    expect(passive.map((s) => s.speaker)).toEqual(['Care Standards Board']);
  });

  it('takes "Inspectors rated …" for the inspectors of a body the text names, not a body called "Inspectors"', async () => {
    const found = await statements(
      'Northmoor Ambulance Service has been told to improve, the Care Standards Board said on Monday.\n\n' +
        'Inspectors rated the service inadequate for safety. The report said that crews waited hours to hand over patients.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Care Standards Board']);
  });

  it('hears its chief inspector, named with a possessive title, speak for it of the body rated', async () => {
    const found = await statements(
      'The Care Standards Board has rated the East of Northmoor Ambulance Service as requiring improvement.\n\n' +
        'Prof Ted Barlow, the Board’s Chief Inspector of Hospitals, said: “The service still did not have enough staff on its night shifts.”',
    );
    const barlow = found.find((s) => s.speaker === 'Prof Ted Barlow');
    expect(barlow?.about).toContain('East of Northmoor Ambulance Service');
  });

  it('names a body whose name has "of" among its first words whole', () => {
    expect(namedActorCandidates('Staff at the East of England Ambulance Service were praised.').map((c) => c.name)).toContain('East of England Ambulance Service');
  });
});
