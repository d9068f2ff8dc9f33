/**
 * A synthetic article (our own words) and drafts of it built by hand, as a reviewer would leave them:
 * the tests of committing an article exercise the commit, not the extractor's guesses.
 */
import { createHash } from 'node:crypto';
import type { Draft, DraftNewActor, DraftNewReport, DraftStatement } from '../../src/ingest/draft.js';
import type { Stance } from '../../src/model/schema.js';
import { CodePointText } from '../../src/model/code-point-text.js';

export const ARTICLE_TEXT = [
  'Directors and inspectors trade blows over a new review',
  '',
  'Alan Wood, president of the ADCS, said: “The single inspection framework grades paperwork, not practice.”',
  '',
  'Priya Ashdown, policy adviser at the ADCS, said: “The review of inspection outcomes reads like a verdict written in advance.”',
  '',
  'Sir Michael Wilshaw said: “Too many councils are still letting children down, and the review shows it.”',
  '',
  'Three quarters of councils were judged less than good, the figures show, and Birmingham was again rated inadequate.',
  '',
  'A reader wrote: “Nobody asked the families what they thought.”',
  '',
].join('\n');

export const ARTICLE = { title: 'Directors and inspectors trade blows over a new review', publisher: 'The Guardian', date: '2015-03-10' };
export const SOURCE_ID = 'source:guardian-2015-03-10-directors-and-inspectors-trade-blows';
export const NEW_REPORT = 'report:review-of-inspection-outcomes-2015';
export const NEW_PERSON = 'person:priya-ashdown';
export const FRAMEWORK = 'framework:single-inspection-framework';
export const STATED_CLAIM = 'claim:scar-2013-14-three-quarters-less-than-good';
export const CITED_RATING = 'rating:birmingham-2012-13';

const text = new CodePointText(ARTICLE_TEXT);

function span(words: string): { start: number; end: number; text: string } {
  const [hit] = text.find(words);
  if (!hit) throw new Error(`"${words}" is not in the article`);
  return { start: hit[0], end: hit[1], text: words };
}

export function statement(id: string, speaker: string, words: string, about: { target: string; stance: Stance }[]): DraftStatement {
  return {
    id: `statement:${SOURCE_ID.slice('source:'.length)}.${id}`,
    kind: 'quote',
    ...span(words),
    speaker: { id: speaker, name: speaker, label: 'Person', existing: true, resolvedBy: 'name', confidence: 1 },
    about: about.map((a) => ({ ...a, label: a.target.split(':')[0], name: a.target, confidence: 0.9, cues: ['test'] })),
    respondsTo: about.filter((a) => a.target.startsWith('report:')).map((a) => a.target),
    asserts: [],
    disputes: [],
    confidence: 0.9,
    rule: 'quote:said-colon',
    cues: ['said'],
  };
}

const newPerson: DraftNewActor = { id: NEW_PERSON, label: 'Person', name: 'Priya Ashdown', role: { title: 'Policy Adviser', at: 'organisation:adcs', atName: 'ADCS' }, ...span('Priya Ashdown'), rule: 'new:name-role' };
const newReport: DraftNewReport = { id: NEW_REPORT, title: 'Review of inspection outcomes', kind: 'sector-report', date: '2015-03', publishedBy: ['organisation:ofsted'] };

/** Version 1: four statements (one with no target yet), a new person and a new report, a claim and a rating. */
export function firstDraft(): Draft {
  return {
    version: 1,
    source: {
      id: SOURCE_ID, slug: SOURCE_ID.slice('source:'.length), title: ARTICLE.title, publisher: 'organisation:the-guardian', publisherName: ARTICLE.publisher,
      authors: [], authorNames: [], date: ARTICLE.date, sha256: createHash('sha256').update(ARTICLE_TEXT, 'utf8').digest('hex'), length: text.length,
    },
    furniture: [],
    statements: [
      statement('alan-wood-1', 'person:alan-wood', 'The single inspection framework grades paperwork, not practice.', [{ target: FRAMEWORK, stance: 'critical' }]),
      { ...statement('priya-ashdown-1', NEW_PERSON, 'The review of inspection outcomes reads like a verdict written in advance.', [{ target: NEW_REPORT, stance: 'critical' }]), speaker: { id: NEW_PERSON, name: 'Priya Ashdown', label: 'Person', existing: false, resolvedBy: 'new', confidence: 0.8 } },
      statement('michael-wilshaw-1', 'person:michael-wilshaw', 'Too many councils are still letting children down, and the review shows it.', [{ target: NEW_REPORT, stance: 'supportive' }]),
      statement('reader-1', 'person:alan-wood', 'Nobody asked the families what they thought.', []),
    ],
    newActors: [newPerson],
    newReports: [newReport],
    claims: [
      { ...span('Three quarters'), value: 75, unit: 'percent', matches: [STATED_CLAIM], rule: 'number:fraction' },
      { ...span('again'), value: 2, unit: 'times', matches: [], rule: 'number:test' },
    ],
    ratings: [{ council: 'council:birmingham', councilName: 'Birmingham', existing: true, grade: 'inadequate', ...span('Birmingham'), matches: [CITED_RATING], rule: 'rating:named-grade', cues: ['rated inadequate'] }],
    excludedQuotes: [],
    elapsedMs: 0,
    warnings: [],
  };
}

/** Version 2: Alan Wood's statement removed, and Sir Michael's stance toward the review changed. */
export function secondDraft(): Draft {
  const draft = firstDraft();
  draft.statements = draft.statements.filter((s) => !s.id.endsWith('alan-wood-1'));
  const wilshaw = draft.statements.find((s) => s.id.endsWith('michael-wilshaw-1'))!;
  wilshaw.about = [{ ...wilshaw.about[0], stance: 'mixed' }];
  return draft;
}

export const NEW_GROUP = 'group:readers';
export const NEW_COUNCIL = 'council:northshire';
export const NEW_ORGANISATION = 'organisation:families-first-network';
export const NEW_FRAMEWORK = 'framework:outcomes-review';
export const NEW_CLAIM = 'claim:guardian-2015-03-10-directors-and-inspectors-trade-blows-1';
export const SECOND_CLAIM = 'claim:guardian-2015-03-10-directors-and-inspectors-trade-blows-2';
export const NEW_RATING = 'rating:birmingham-review-of-inspection-outcomes-2015';
export const SECOND_RATING = 'rating:northshire-review-of-inspection-outcomes-2015';

/**
 * Everything a reviewer can add beside statements: a group that speaks, a council with its region, an
 * organisation that is part of another, a framework the new report is made under, two claims (one with two
 * numbers, which the article's own number is decided to be and a statement asserts; one the article
 * contests), and two ratings the article reports (Birmingham's grade decided to be a new rating).
 */
export function fullDraft(): Draft {
  const draft = firstDraft();
  const reader = draft.statements.find((s) => s.id.endsWith('reader-1'))!;
  reader.speaker = { id: NEW_GROUP, name: 'readers', label: 'Group', existing: false, resolvedBy: 'new', confidence: 0.7 };
  reader.about = [{ target: NEW_REPORT, label: 'Report', name: 'Review of inspection outcomes', stance: 'critical', confidence: 0.6, cues: ['test'] }];
  const wilshaw = draft.statements.find((s) => s.id.endsWith('michael-wilshaw-1'))!;
  wilshaw.asserts = [NEW_CLAIM];
  draft.newActors.push(
    { id: NEW_GROUP, label: 'Group', name: 'readers', description: 'Readers who wrote in', ...span('A reader'), rule: 'test' },
    { id: NEW_COUNCIL, label: 'Council', name: 'Northshire', region: 'North West', start: 0, end: 0, rule: 'reviewer' },
    { id: NEW_ORGANISATION, label: 'Organisation', name: 'Families First Network', kind: 'charity', memberOf: ['organisation:adcs'], start: 0, end: 0, rule: 'reviewer' },
  );
  draft.newFrameworks = [{ id: NEW_FRAMEWORK, name: 'Outcomes review', scale: ['good', 'requires improvement', 'inadequate'], publishedBy: ['organisation:ofsted'], introduced: '2015' }];
  draft.newReports = [{ ...draft.newReports![0], framework: NEW_FRAMEWORK }];
  draft.newClaims = [
    {
      id: NEW_CLAIM, text: 'Three quarters of councils (114) were judged less than good', kind: 'statistic', period: '2014-15',
      values: [{ value: 75, unit: 'percent', counts: 'councils judged less than good' }, { value: 114, unit: 'councils' }],
    },
    { id: SECOND_CLAIM, text: 'Inspections grade paperwork rather than practice', kind: 'judgement' },
  ];
  draft.claims[0] = { ...draft.claims[0], claim: NEW_CLAIM };
  draft.sourceDisputes = [SECOND_CLAIM];
  draft.ratings[0] = { ...draft.ratings[0], rating: NEW_RATING };
  draft.newRatings = [
    { id: NEW_RATING, council: 'council:birmingham', grade: 'inadequate', rater: 'organisation:ofsted', report: NEW_REPORT, framework: NEW_FRAMEWORK, ordinal: 3, date: '2015-03', period: '2014-15' },
    { id: SECOND_RATING, council: NEW_COUNCIL, grade: 'good', rater: 'organisation:ofsted', report: NEW_REPORT, aspect: 'leadership' },
  ];
  return draft;
}
