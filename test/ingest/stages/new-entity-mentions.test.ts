import { describe, expect, it } from 'vitest';
import { namedActorCandidates, newEntityMentions } from '../../../src/ingest/stages/new-entity-mentions.js';

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

  it('finds a body named again by its initials with no brackets (issue 35, third round)', () => {
    const text = 'The Financial Conduct Authority warned lenders. Later the FCA fined two of them, and the Department for Work and Pensions (DWP) and the DFWAP said nothing.';
    const found = newEntityMentions(text, [{ id: 'organisation:fca', label: 'Organisation', name: 'Financial Conduct Authority' }]);
    expect(found.map((m) => m.surface)).toEqual(['Financial Conduct Authority', 'FCA']);
  });

  it('names a knight again by title and first name', () => {
    const found = newEntityMentions('Sir Martin Hale spoke first. Later Sir Martin left.', [{ id: 'person:martin-hale', label: 'Person', name: 'Sir Martin Hale' }]);
    expect(found.map((m) => m.surface)).toEqual(['Martin Hale', 'Sir Martin']);
  });
});

describe('target-resolution stage: people and bodies the text names that no stage proposed', () => {
  it('takes people with a title or in apposition after one, and bodies by a head word, not list items or places', () => {
    const text =
      'The head of the audit office accused welfare secretary Esther McVey of misleading MPs. ' +
      '“The Secretary of State for Justice, David Gauke, has said so,” she said. The Department for Work and Pension’s answer came late. ' +
      'Prisons like Liverpool, Wormwood Scrubs, Pentonville and others are old.';
    expect(namedActorCandidates(text).map((c) => [c.label, c.name])).toEqual([
      ['Person', 'Esther McVey'],
      ['Person', 'David Gauke'],
      ['Organisation', 'Department for Work and Pension'],
    ]);
  });

  it('takes a person after a title of any words, with the title', () => {
    const found = namedActorCandidates('They answered the Chief Inspector of Prisons Peter Clarke on Monday.');
    expect(found).toEqual([expect.objectContaining({ label: 'Person', name: 'Peter Clarke', title: 'Chief Inspector of Prisons' })]);
  });

  it('takes a body named by the head word of a public service, a brigade, a regulator or an institution', () => {
    const text = 'Inspectors said the Westmoor Ambulance Service should be placed in special measures, and the Eastfield Fire Brigade was praised. The Water Ombudsman agreed, as did Northgate University.';
    expect(namedActorCandidates(text).map((c) => [c.label, c.name])).toEqual([
      ['Organisation', 'Westmoor Ambulance Service'],
      ['Organisation', 'Eastfield Fire Brigade'],
      ['Organisation', 'Water Ombudsman'],
      ['Organisation', 'Northgate University'],
    ]);
  });

  it('takes a council named with a capital "Council" after its place, by its place, where the text speaks of local government', () => {
    const councils = (text: string) => namedActorCandidates(text).filter((c) => c.label === 'Council').map((c) => c.name);
    expect(councils('Much more work is needed at Kerrow and Dunsley Council, councillors were told.')).toEqual(['Kerrow and Dunsley']);
    expect(councils('Vale of Brannock Council said the council would act on every finding.')).toEqual(['Vale of Brannock']);
    expect(councils('Eastmoor Council and Westmoor Council were both named; the council leaders met.')).toEqual(['Eastmoor', 'Westmoor']);
    // An advisory or professional body called a council is none, and with no local government in the text, nothing is taken.
    expect(councils('The Arts Council said the council had been wrong to cut grants.')).toEqual([]);
    expect(councils('Eastmoor Council was mentioned once in a piece about rivers.')).toEqual([]);
  });

  it('takes a group of bodies blamed or asked to act, not one merely mentioned', () => {
    const text = 'More needs to be done by local authorities. Landlords who ignore notices will be fined. The councils must act. Councils met on Monday.';
    expect(namedActorCandidates(text).map((c) => [c.label, c.name])).toEqual([
      ['Group', 'local authorities'],
      ['Group', 'landlords'],
      ['Group', 'councils'],
    ]);
    const found = newEntityMentions(text, [{ id: 'group:landlords', label: 'Group', name: 'landlords' }]);
    expect(found.map((m) => m.surface)).toEqual(['Landlords']);
  });

  it('names an inspected establishment or a provider: a prison by its prefix, a school, an academy, a home, a training centre, a division, a group or a company by its head word', () => {
    const names = (text: string) => namedActorCandidates(text).filter((c) => c.label === 'Organisation').map((c) => c.name);
    expect(names('Inspectors found HMP Larkfield overcrowded, and HMYOI Eastwood Park short of staff.')).toEqual(['HMP Larkfield', 'HMYOI Eastwood Park']);
    expect(names('Staff at Brookside Secure Training Centre and at Alder Lane Children’s Home were praised.')).toEqual(['Brookside Secure Training Centre', 'Alder Lane Children’s Home']);
    expect(names('The report singled out Westgate Academy and Hillcrest Primary School.')).toEqual(['Westgate Academy', 'Hillcrest Primary School']);
    expect(names('The state’s Division of Family Services and the contractor, Marlow Care Group, were both criticised.')).toEqual(['Division of Family Services', 'Marlow Care Group']);
    expect(names('The homes are run by Brightwater Homes Ltd for the Youth Justice Directorate.')).toEqual(['Brightwater Homes Ltd', 'Youth Justice Directorate']);
  });
});

