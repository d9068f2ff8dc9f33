/**
 * A draft as a client sends it back: JSON that may have been edited by hand (by the review page, or in a
 * file). Its shape is checked before anything reads it, every problem named by its path in the draft, and
 * what the model cannot see once the draft is records (a number without its unit, a field the conversion
 * to records would have to drop) is checked here too. The model's own rules are checked on the records
 * (commit.ts), and named by the same paths (draft-paths.ts).
 */
import { ValidationError } from '../errors.js';
import type { ActorLabel, Draft, DraftNewActor, DraftNewClaim, DraftNewRating } from './draft.js';

/** The lists a draft holds, and in each item the lists that converting it reads. */
const DRAFT_LISTS: [keyof Draft, string[]][] = [
  ['statements', ['about', 'respondsTo', 'asserts', 'disputes']], ['newActors', []], ['newReports', []], ['newFrameworks', []], ['newClaims', []],
  ['newRatings', []], ['claims', ['matches']], ['ratings', ['matches']], ['furniture', []], ['excludedQuotes', []],
];
/** Lists of ids. */
const DRAFT_ID_LISTS = ['sourceAsserts', 'sourceDisputes'] as const;
const ACTOR_LABELS: readonly string[] = ['Person', 'Organisation', 'Council', 'Group'] satisfies ActorLabel[];

export type DraftProblem = { path: (string | number)[]; message: string };

/** The draft with the lists a draft from before a field existed lacks made empty; throws naming every problem. */
export function checkedDraft(draft: Draft): Draft {
  if (!draft || typeof draft !== 'object' || !draft.source || typeof draft.source !== 'object' || !Array.isArray(draft.statements)) {
    throw new ValidationError([{ path: ['draft'], message: 'not a draft from proposeArticle' }]);
  }
  const problems: DraftProblem[] = [];
  const checked: Record<string, unknown> = { ...draft };
  for (const [list, inner] of DRAFT_LISTS) {
    const items = draft[list] ?? [];
    if (!Array.isArray(items)) {
      problems.push({ path: ['draft', list], message: 'must be a list' });
      checked[list] = [];
      continue;
    }
    checked[list] = items;
    items.forEach((item: unknown, i: number) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return problems.push({ path: ['draft', list, i], message: 'must be an object' });
      for (const key of inner) if (!Array.isArray((item as Record<string, unknown>)[key])) problems.push({ path: ['draft', list, i, key], message: 'must be a list' });
    });
  }
  for (const list of DRAFT_ID_LISTS) {
    const ids = draft[list] ?? [];
    if (!Array.isArray(ids)) problems.push({ path: ['draft', list], message: 'must be a list of claim ids' });
    else ids.forEach((id, i) => typeof id !== 'string' && problems.push({ path: ['draft', list, i], message: `must be a claim id, got ${JSON.stringify(id)}` }));
    checked[list] = Array.isArray(ids) ? ids : [];
  }
  if (draft.source.authors !== undefined && !Array.isArray(draft.source.authors)) problems.push({ path: ['draft', 'source', 'authors'], message: 'must be a list' });
  checked.source = { ...draft.source, authors: draft.source.authors ?? [] };
  draft.statements.forEach((s, i) => {
    if (s && typeof s === 'object' && typeof s.speaker?.id !== 'string') problems.push({ path: ['draft', 'statements', i, 'speaker', 'id'], message: 'a statement needs a speaker id' });
  });
  const objects = <T>(list: keyof Draft) => (checked[list] as unknown[]).map((item, i) => [item, i] as [T, number]).filter(([item]) => item !== null && typeof item === 'object');
  for (const [actor, i] of objects<DraftNewActor>('newActors')) problems.push(...newActorProblems(actor, ['draft', 'newActors', i]));
  for (const [claim, i] of objects<DraftNewClaim>('newClaims')) problems.push(...newClaimProblems(claim, ['draft', 'newClaims', i]));
  for (const [rating, i] of objects<DraftNewRating>('newRatings')) {
    for (const field of ['id', 'council', 'grade', 'rater'] as const) {
      if (typeof rating[field] !== 'string' || rating[field] === '') problems.push({ path: ['draft', 'newRatings', i, field], message: `a new rating needs its ${field}` });
    }
  }
  for (const [list, field] of [['claims', 'claim'], ['ratings', 'rating']] as const) {
    for (const [item, i] of objects<Record<string, unknown>>(list)) {
      if (item[field] !== undefined && (typeof item[field] !== 'string' || item[field] === '')) problems.push({ path: ['draft', list, i, field], message: `must be the id of the ${field} decided, got ${JSON.stringify(item[field])}` });
    }
  }
  if (problems.length) throw new ValidationError(problems, 'the article was not committed');
  return checked as unknown as Draft;
}

function newActorProblems(actor: DraftNewActor, path: (string | number)[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!ACTOR_LABELS.includes(actor.label)) problems.push({ path: [...path, 'label'], message: `must be one of ${ACTOR_LABELS.join(', ')}; got ${JSON.stringify(actor.label)}` });
  // The model has only organisations as parts of organisations (MEMBER_OF): anything else would be dropped.
  if (actor.memberOf !== undefined && (!Array.isArray(actor.memberOf) || actor.memberOf.some((id) => typeof id !== 'string'))) problems.push({ path: [...path, 'memberOf'], message: 'must be a list of ids' });
  else if (actor.memberOf?.length && actor.label !== 'Organisation') problems.push({ path: [...path, 'memberOf'], message: `only an organisation can be a member (MEMBER_OF) of another organisation; a ${actor.label} cannot` });
  if (actor.region !== undefined && actor.label !== 'Council') problems.push({ path: [...path, 'region'], message: `only a council has a region; this is a ${actor.label}` });
  if (actor.role !== undefined) {
    if (actor.label !== 'Person') problems.push({ path: [...path, 'role'], message: `only a person holds a role; this is a ${actor.label}` });
    else if (!actor.role || typeof actor.role !== 'object' || typeof actor.role.title !== 'string' || actor.role.title.trim() === '') problems.push({ path: [...path, 'role', 'title'], message: 'a role needs its title' });
    // A role whose body the text does not name (or the graph does not hold) is kept in the person's description.
    else if (actor.role.at !== undefined && (typeof actor.role.at !== 'string' || actor.role.at === '')) problems.push({ path: [...path, 'role', 'at'], message: 'the organisation or council a role is at must be an id (or left out)' });
  }
  return problems;
}

function newClaimProblems(claim: DraftNewClaim, path: (string | number)[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const isUnit = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (claim.value !== undefined && !isNumber(claim.value)) problems.push({ path: [...path, 'value'], message: `must be a number, got ${JSON.stringify(claim.value)}` });
  if (claim.value !== undefined && !isUnit(claim.unit ?? (Array.isArray(claim.values) ? claim.values[0]?.unit : undefined))) problems.push({ path: [...path, 'unit'], message: `the number ${JSON.stringify(claim.value)} needs its unit (percent, councils, children, pounds, …)` });
  if (claim.values === undefined) return problems;
  if (!Array.isArray(claim.values) || claim.values.length === 0) return [...problems, { path: [...path, 'values'], message: 'must be a non-empty list of {value, unit, counts}' }];
  claim.values.forEach((v, j) => {
    if (!v || typeof v !== 'object') return problems.push({ path: [...path, 'values', j], message: 'must be an object {value, unit, counts}' });
    if (!isNumber(v.value)) problems.push({ path: [...path, 'values', j, 'value'], message: `must be a number, got ${JSON.stringify(v.value)}` });
    if (!isUnit(v.unit)) problems.push({ path: [...path, 'values', j, 'unit'], message: 'each number needs its unit (percent, councils, children, pounds, …)' });
    if (v.counts !== undefined && typeof v.counts !== 'string') problems.push({ path: [...path, 'values', j, 'counts'], message: 'must be text: what the number counts' });
  });
  return problems;
}

/** The same problem found twice (a record and its link) is named once. */
export function uniqueProblems(problems: DraftProblem[]): DraftProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path.join('.')}|${p.message}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}
