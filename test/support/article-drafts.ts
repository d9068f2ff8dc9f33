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
