import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { analyse } from '../../../src/ingest/nlp.js';
import { findRatings, type RatingContext } from '../../../src/ingest/stages/ratings.js';
import { ArticleText } from '../../../src/ingest/text.js';

const entity = (id: string, label: Entity['label'], name: string, extra: Partial<Entity> = {}): Entity => ({ id, label, name, aliases: [], roles: [], publishedBy: [], ...extra });
const gaz = new Gazetteer(
  [
    entity('council:slough', 'Council', 'Slough'),
    entity('council:leeds', 'Council', 'Leeds'),
    entity('council:birmingham', 'Council', 'Birmingham'),
    entity('council:coventry', 'Council', 'Coventry'),
    entity('organisation:ofsted', 'Organisation', 'Ofsted'),
    entity('organisation:cqc', 'Organisation', 'Care Quality Commission'),
    entity('report:annual-2013-14', 'Report', 'Annual report 2013-14', { period: '2013-14', date: '2015-03', publishedBy: ['organisation:ofsted'], framework: 'framework:sif' }),
  ],
  [],
  [
    { id: 'rating:slough-2013-14', council: 'council:slough', grade: 'inadequate', report: 'report:annual-2013-14', period: '2013-14' },
    { id: 'rating:slough-2009', council: 'council:slough', grade: 'poor', period: '2009' },
  ],
);
const main2013: RatingContext['mainReport'] = { id: 'report:annual-2013-14', period: '2013-14', date: '2015-03', publisher: 'organisation:ofsted', framework: 'framework:sif' };

function rate(text: string, mainReport: RatingContext['mainReport'] = main2013, articleDate = '2015-03') {
  const article = new ArticleText(text);
  return findRatings(article, analyse(text), gaz, gaz.mentions(text), () => true, { articleDate, mainReport, takenIds: () => false });
}
const graded = (text: string, mainReport?: RatingContext['mainReport']) => rate(text, mainReport).ratings.map((r) => [r.councilName, r.grade]);

describe('ratings stage: a grade only where the text gives it to a named council', () => {
  it('finds the council as subject, apposition, object, and in a list after the grade', () => {
    expect(graded('Slough was rated inadequate in the report.')).toEqual([['Slough', 'inadequate']]);
    expect(graded('Leeds, rated good, was praised.')).toEqual([['Leeds', 'good']]);
    expect(graded('Coventry’s children’s services were judged to be ‘requires improvement’.')).toEqual([['Coventry', 'requires improvement']]);
    expect(graded('Ofsted rated Birmingham inadequate.')).toEqual([['Birmingham', 'inadequate']]);
    expect(graded('The three judged “inadequate” in this report are: Slough; Leeds and Coventry.')).toEqual([
      ['Slough', 'inadequate'], ['Leeds', 'inadequate'], ['Coventry', 'inadequate'],
    ]);
    expect(graded('Only 9 councils are judged to be ‘poor’, including Birmingham, which avoids a storm.')).toEqual([['Birmingham', 'poor']]);
  });

  it('finds a list under a heading that gives the grade', () => {
    expect(graded('Inadequate: the councils\n\n* Slough\n\n* Leeds\n\n* Northby')).toEqual([
      ['Slough', 'inadequate'], ['Leeds', 'inadequate'], ['Northby', 'inadequate'],
    ]);
  });

  it('gives no grade for a grade word alone, another subject, a hypothetical or a negation', () => {
    expect(graded('A spokeswoman for Leeds said: “Inadequate funding is the problem.”')).toEqual([]);
    expect(graded('Birmingham’s schools were rated good last year.')).toEqual([]);
    expect(graded('A hospital in Leeds was rated good by the Care Quality Commission.')).toEqual([]);
    expect(graded('Coventry could be rated inadequate next time.')).toEqual([]);
    expect(graded('If Slough is judged inadequate again, ministers will act.')).toEqual([]);
    expect(graded('Slough was not rated inadequate.')).toEqual([]);
    expect(graded('Leeds fears being judged inadequate.')).toEqual([]);
    expect(graded('Leeds was praised by inspectors for good work.')).toEqual([]);
  });

  it('is the graph’s rating only when council, grade and report agree', () => {
    const [r] = rate('Slough was rated inadequate.').ratings;
    expect([r!.matches, r!.rating]).toEqual([['rating:slough-2013-14'], 'rating:slough-2013-14']);
    // The same grade in a 2009 article about a 2009 report: not the 2013-14 rating.
    const other = rate('Slough was rated inadequate.', { id: 'report:ratings-2009', period: '2009', publisher: 'organisation:ofsted' }, '2009-12');
    expect(other.ratings[0]!.matches).toEqual([]);
    expect(other.newRatings[0]).toMatchObject({ council: 'council:slough', grade: 'inadequate', rater: 'organisation:ofsted', report: 'report:ratings-2009', period: '2009' });
    expect(other.ratings[0]!.rating).toBe(other.newRatings[0]!.id);
  });

  it('dates a grade the sentence gives another year, off the main report, and names the rater the text names', () => {
    const stage = rate('Leeds, which was rated good by Ofsted in 2011, has slipped.');
    expect(stage.newRatings[0]).toMatchObject({ council: 'council:leeds', grade: 'good', rater: 'organisation:ofsted', period: '2011' });
    expect(stage.newRatings[0]!.report).toBeUndefined();
  });

  it('proposes a council the graph does not hold, as a Council, where the text names it as one or gives it a grade', () => {
    const stage = rate('Northby City Council was rated inadequate by Ofsted.');
    expect(stage.newCouncils).toMatchObject([{ id: 'council:northby', label: 'Council', name: 'Northby', rule: 'new-council:named' }]);
    expect(stage.ratings[0]).toMatchObject({ council: 'council:northby', existing: false, grade: 'inadequate' });
    expect(stage.newRatings[0]).toMatchObject({ council: 'council:northby', report: 'report:annual-2013-14', framework: 'framework:sif' });
    const bare = rate('Westshire was judged inadequate this year.');
    expect(bare.newCouncils.map((c) => [c.name, c.rule])).toEqual([['Westshire', 'new-council:subject-of-grade']]);
    // A council named without a grade is no proposal of this stage.
    expect(rate('Eastham Borough Council said the review was fair.').newCouncils).toEqual([]);
  });
});

describe('ratings stage: a council named in full beside its services', () => {
  it('the object of "rated" with its kind and its services, "rated Northby City Council\'s children\'s services inadequate"', () => {
    expect(graded('Ofsted rated Northby City Council’s children’s services inadequate on Tuesday.')).toEqual([['Northby', 'inadequate']]);
    expect(graded('Inspectors judged Westshire County Council to be inadequate.')).toEqual([['Westshire', 'inadequate']]);
  });

  it('the subject after "services at" or "social care in": the council\'s own services', () => {
    expect(graded('Children’s services at Northby City Council have been rated inadequate.')).toEqual([['Northby', 'inadequate']]);
    expect(graded('Social care in Westshire County Council was judged good.')).toEqual([['Westshire', 'good']]);
    // Another subject in a place is still not the council's grade.
    expect(graded('Schools in Northby City Council’s area were rated good.')).toEqual([]);
  });
});

describe('ratings stage: council names', () => {
  it('takes a council’s name from the proper nouns before "Council", and no body that is not a place', () => {
    expect(rate('Yesterday Tower Hamlets Council was rated inadequate.').newCouncils.map((c) => c.name)).toEqual(['Tower Hamlets']);
    expect(rate('The Health and Care Professions Council was rated good by its members.').newCouncils).toEqual([]);
    expect(rate('Services were rated inadequate across the region.').newCouncils).toEqual([]);
    expect(graded('In Leeds, rated good in 2014, the service has slipped.')).toEqual([['Leeds', 'good']]);
  });
});

describe('ratings stage: more ways a text gives a grade', () => {
  it('gives the grade to subjects given together, to a council downgraded, and to one that moved to a grade', () => {
    expect(graded('Slough, Leeds and Coventry were rated inadequate.')).toEqual([['Slough', 'inadequate'], ['Leeds', 'inadequate'], ['Coventry', 'inadequate']]);
    expect(graded('Ofsted downgraded Leeds to inadequate.')).toEqual([['Leeds', 'inadequate']]);
    expect(graded('Coventry improved from inadequate to good.')).toEqual([['Coventry', 'good']]);
  });
});

describe('ratings stage: relative clauses and relative years', () => {
  it('grades the council a relative clause follows, a council named with "council", and dates "last year"', () => {
    expect(graded('Two children died in Leeds, which was rated inadequate in 2014.')).toEqual([['Leeds', 'inadequate']]);
    const stage = rate('Eastmoor council’s children’s services were rated inadequate last year.', undefined, '2019-02');
    expect(stage.ratings.map((r) => [r.councilName, r.grade])).toEqual([['Eastmoor', 'inadequate']]);
    const leeds = rate('Leeds was rated good last year.', { id: 'report:x', period: '2018-19', publisher: 'organisation:ofsted' }, '2017-06');
    expect(leeds.newRatings[0]).toMatchObject({ period: '2016' });
    expect(leeds.newRatings[0]!.report).toBeUndefined();
  });
});
