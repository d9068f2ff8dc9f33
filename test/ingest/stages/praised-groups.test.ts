/** Stance stage: a class of people thanked, credited or defended (praised-groups.ts), and the readings that are not that. */
import { describe, expect, it } from 'vitest';
import { praiseOfGroup } from '../../../src/ingest/stages/praised-groups.js';

/** The praise found for the first place `group` is named in `sentence`. */
const praiseIn = (sentence: string, group: string) => {
  const at = sentence.indexOf(group);
  return praiseOfGroup(sentence, at, at + group.length);
};

describe('a group thanked, credited or defended', () => {
  it.each([
    ['This is a tribute to the hard work of our nurses, who kept the wards open.', 'nurses', 'tribute to the hard work of our'],
    ['Huge credit to Eastwold’s teachers for this result.', 'teachers', 'credit to Eastwold’s'],
    ['The credit belongs to our care staff and their managers.', 'care staff', 'credit belongs to our'],
    ['I want to thank every paramedic who worked through the winter.', 'paramedic', 'thank every'],
    ['I want to acknowledge the commitment of probation officers in the county.', 'probation officers', 'I want to acknowledge the commitment of'],
    ['It is not about blaming individual social workers.', 'social workers', 'not about blaming individual'],
    ['Some councillors rushed to blame individual teachers.', 'teachers', 'rushed to blame individual'],
    ['The vast majority of midwives do an outstanding job.', 'midwives', 'do an outstanding job'],
    ['Social workers are not the problem.', 'Social workers', 'are not the problem'],
    ['Prison officers are the least thanked staff in the service, and they deserve better.', 'Prison officers', 'are the least thanked staff in the service, and they deserve better'],
    ['It is social workers who get the blame.', 'social workers', 'who get the blame'],
  ])('%s', (sentence, group, praise) => {
    expect(praiseIn(sentence, group)).toBe(praise);
  });

  it.each([
    // Praise denied is none.
    ['Ministers cannot praise social workers with one hand and cut their budgets with the other.', 'social workers'],
    // Where the work was done: a judgement of who employs them, not of the profession.
    ['Caseloads left social workers unable to visit every child.', 'social workers'],
    ['Social workers had closed the case after a single visit.', 'Social workers'],
    // Someone else's praise of the profession, reported, is the report's finding.
    ['The report rightly recognises the commitment of social workers.', 'social workers'],
    // Praise of something else in another sentence.
    ['Nurses were overstretched. We thank the minister for listening.', 'Nurses'],
  ])('no praise of the group: %s', (sentence, group) => {
    expect(praiseIn(sentence, group)).toBeUndefined();
  });
});
