/**
 * The review of one article: the draft as proposed (or as re-opened from the graph), the working copy the
 * reviewer edits, and a decision per statement (proposed, accepted, rejected). Every edit goes through a
 * method here, so the page's views only render and the whole review is plain JSON (`snapshot`) that the
 * page keeps in localStorage. `reviewedDraft` is what commitArticle receives: the working copy minus the
 * rejected statements, and minus the new actors, reports and frameworks nothing kept refers to.
 */
import type { Stance } from '../../../../src/model/schema.js';
import type { ActorLabel, Draft, DraftNewActor, DraftNewClaim, DraftNewRating, DraftStatement } from '../../../../src/ingest/draft.js';
import { moveStatementEdge, snapToWords, type Span } from './spans.js';

// The draft's types are the server's own (src/ingest/draft.ts), imported for types only: nothing of src/ is bundled.
export type {
  ActorLabel, Draft, DraftClaimValue, DraftNewActor, DraftNewClaim, DraftNewFramework, DraftNewRating, DraftNewReport, DraftSpeaker, DraftStatement, DraftTarget,
} from '../../../../src/ingest/draft.js';
/** What the page sends as proposeArticle's `source` (the GraphQL ArticleInput): the server's own type. */
export type { ArticleInput } from '../../../../src/ingest/propose.js';
export type { Stance };

/** In the order `s` cycles through them and keys 1–4 pick them. */
export const STANCES = ['critical', 'supportive', 'mixed', 'neutral'] as const satisfies readonly Stance[];

export type Decision = 'proposed' | 'accepted' | 'rejected';

export interface StatementReview {
  decision: Decision;
  /** What the reviewer changed, in words (shown on the card). */
  corrections: string[];
}

/** A node a statement can be about, or a speaker: found by search, or new in this draft. */
export interface NodeRef {
  id: string;
  label: string;
  name: string;
}

export interface ReviewSnapshot {
  proposed: Draft;
  draft: Draft;
  reviews: Record<string, StatementReview>;
}

/** The stance a statement's mark is coloured by: its targets' one stance, `mixed` when they differ, `none` without targets. */
export function stanceOf(statement: DraftStatement): Stance | 'none' {
  const stances = new Set(statement.about.map((t) => t.stance));
  if (stances.size === 0) return 'none';
  if (stances.size === 1) return [...stances][0]!;
  return 'mixed';
}

/** A readable id part, as the server's ids are (`person:maria-lopez`). */
export function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'unnamed';
}

const PREFIX: Record<ActorLabel, string> = { Person: 'person', Organisation: 'organisation', Council: 'council', Group: 'group' };

export class Review {
  readonly proposed: Draft;
  /** The working copy: every correction is made here; the proposal itself is kept untouched. */
  readonly draft: Draft;
  private readonly reviews = new Map<string, StatementReview>();

  /** `decided`: a re-opened article's statements are already the graph's, so they start accepted. */
  constructor(proposed: Draft, options: { decided?: boolean; restore?: ReviewSnapshot } = {}) {
    this.proposed = options.restore?.proposed ?? proposed;
    this.draft = structuredClone(options.restore?.draft ?? proposed);
    this.draft.newReports ??= [];
    this.draft.newFrameworks ??= [];
    this.draft.newClaims ??= [];
    this.draft.newRatings ??= [];
    this.draft.sourceAsserts ??= [];
    this.draft.sourceDisputes ??= [];
    for (const s of this.draft.statements) this.reviews.set(s.id, options.restore?.reviews[s.id] ?? { decision: options.decided ? 'accepted' : 'proposed', corrections: [] });
  }

  snapshot(): ReviewSnapshot {
    return { proposed: this.proposed, draft: this.draft, reviews: Object.fromEntries(this.reviews) };
  }

  statement(id: string): DraftStatement | undefined {
    return this.draft.statements.find((s) => s.id === id);
  }

  /** Statements in reading order: what j and k step through. */
  inOrder(): DraftStatement[] {
    return [...this.draft.statements].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  review(id: string): StatementReview {
    return this.reviews.get(id) ?? { decision: 'proposed', corrections: [] };
  }

  decide(id: string, decision: Decision): void {
    const review = this.reviews.get(id);
    if (review) review.decision = decision;
  }

  private corrected(id: string, what: string): void {
    const review = this.reviews.get(id);
    if (!review) return;
    review.corrections.push(what);
    if (review.decision === 'proposed') review.decision = 'accepted';
  }

  // ---- statements ----

  /** A new statement over [start, end) of the article (snapped to whole words), with no speaker or target yet. Null for an empty selection. */
  addStatement(text: string, selection: Span): DraftStatement | null {
    const points = Array.from(text);
    const span = snapToWords(points, selection);
    if (!span) return null;
    let n = 1;
    while (this.statement(`statement:${this.draft.source.slug}.added-${n}`)) n++;
    const statement: DraftStatement = {
      id: `statement:${this.draft.source.slug}.added-${n}`,
      kind: 'quote',
      start: span.start,
      end: span.end,
      text: points.slice(span.start, span.end).join(''),
      speaker: { id: '', name: '', label: 'Person', existing: false, resolvedBy: 'reviewer', confidence: 1 },
      about: [],
      respondsTo: [],
      asserts: [],
      disputes: [],
      confidence: 1,
      rule: 'reviewer',
      cues: [],
    };
    this.draft.statements.push(statement);
    this.reviews.set(statement.id, { decision: 'accepted', corrections: ['added by the reviewer'] });
    return statement;
  }

  /** One edge of a statement's span moved by a word; its text follows. */
  moveSpan(id: string, text: string, edge: 'start' | 'end', direction: -1 | 1): void {
    const statement = this.statement(id);
    if (!statement) return;
    const points = Array.from(text);
    const next = moveStatementEdge(points, statement, edge, direction);
    if (next.start === statement.start && next.end === statement.end) return;
    statement.start = next.start;
    statement.end = next.end;
    statement.text = points.slice(next.start, next.end).join('');
    statement.conflicts = undefined;
    this.corrected(id, `span [${next.start}, ${next.end})`);
  }

  setKind(id: string, kind: DraftStatement['kind']): void {
    const statement = this.statement(id);
    if (!statement || statement.kind === kind) return;
    statement.kind = kind;
    this.corrected(id, `kind ${kind}`);
  }

  setSpeaker(id: string, speaker: NodeRef & { existing: boolean }): void {
    const statement = this.statement(id);
    if (!statement || speaker.id === statement.speaker.id) return;
    const before = statement.speaker.id || 'none';
    statement.speaker = { id: speaker.id, name: speaker.name, label: speaker.label as ActorLabel, existing: speaker.existing, resolvedBy: 'reviewer', confidence: 1 };
    this.corrected(id, `speaker ${before} → ${speaker.id}`);
  }

  addTarget(id: string, target: NodeRef, stance: Stance = 'neutral'): void {
    const statement = this.statement(id);
    if (!statement || statement.about.some((t) => t.target === target.id)) return;
    statement.about.push({ target: target.id, label: target.label, name: target.name, stance, confidence: 1, cues: ['reviewer'] });
    this.corrected(id, `target ${target.id} (${stance})`);
  }

  setStance(id: string, target: string, stance: Stance): void {
    const about = this.statement(id)?.about.find((t) => t.target === target);
    if (!about || about.stance === stance) return;
    const before = about.stance;
    about.stance = stance;
    this.corrected(id, `${target}: ${before} → ${stance}`);
  }

  /** Every target of the statement to one stance (keys 1–4), or to the stance after its current one (key s). */
  setAllStances(id: string, stance: Stance | 'next'): void {
    const statement = this.statement(id);
    if (!statement?.about.length) return;
    const current = stanceOf(statement);
    const next = stance === 'next' ? STANCES[(STANCES.indexOf(current as (typeof STANCES)[number]) + 1) % STANCES.length]! : stance;
    for (const t of statement.about) this.setStance(id, t.target, next);
  }

  removeTarget(id: string, target: string): void {
    const statement = this.statement(id);
    if (!statement) return;
    const before = statement.about.length;
    statement.about = statement.about.filter((t) => t.target !== target);
    statement.respondsTo = statement.respondsTo.filter((r) => r !== target);
    if (statement.about.length !== before) this.corrected(id, `removed target ${target}`);
  }

  // ---- new nodes ----

  private freeId(prefix: string, name: string): string {
    const taken = new Set([
      ...this.draft.newActors.map((a) => a.id), ...this.draft.newReports!.map((r) => r.id), ...this.draft.newFrameworks!.map((f) => f.id),
      ...this.draft.newClaims!.map((c) => c.id), ...this.draft.newRatings!.map((r) => r.id),
    ]);
    const base = `${prefix}:${slug(name)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** A new person, organisation, council or group; returns it (its id is made from its name, unique in the draft). */
  addActor(input: { label: ActorLabel; name: string; roleTitle?: string; roleAt?: string; region?: string; memberOf?: string[] }): DraftNewActor {
    // No start and end: the contract leaves a reviewer's actor without a first mention (the type still declares them).
    const actor = { id: this.freeId(PREFIX[input.label], input.name), label: input.label, name: input.name.trim(), rule: 'reviewer' } as DraftNewActor;
    if (input.label === 'Organisation') actor.kind = 'other';
    if (input.roleTitle?.trim()) actor.role = { title: input.roleTitle.trim(), ...(input.roleAt?.trim() ? { at: input.roleAt.trim() } : {}) };
    if (input.region?.trim()) actor.region = input.region.trim();
    if (input.memberOf?.length) actor.memberOf = input.memberOf;
    this.draft.newActors.push(actor);
    return actor;
  }

  addReport(title: string): NodeRef {
    const id = this.freeId('report', title);
    this.draft.newReports!.push({ id, title: title.trim(), ...(this.draft.source.date ? { date: this.draft.source.date } : {}), rule: 'reviewer' });
    return { id, label: 'Report', name: title.trim() };
  }

  addFramework(name: string): NodeRef {
    const id = this.freeId('framework', name);
    this.draft.newFrameworks!.push({ id, name: name.trim(), rule: 'reviewer' });
    return { id, label: 'Framework', name: name.trim() };
  }

  /**
   * A new actor's fields. An empty role title removes the role (the server refuses a role without its title
   * or the organisation it is at); an empty region or membership list is left out.
   */
  updateActor(id: string, patch: { name?: string; roleTitle?: string; roleAt?: string; region?: string; memberOf?: string[] }): void {
    const actor = this.draft.newActors.find((a) => a.id === id);
    if (!actor) return;
    if (patch.name !== undefined) actor.name = patch.name.trim();
    if (patch.roleTitle !== undefined || patch.roleAt !== undefined) {
      const title = (patch.roleTitle ?? actor.role?.title ?? '').trim();
      const at = (patch.roleAt ?? actor.role?.at ?? '').trim();
      if (!title) delete actor.role;
      else actor.role = { ...actor.role, title, ...(at ? { at } : {}) };
      if (actor.role && !at) delete actor.role.at;
    }
    if (patch.region !== undefined) {
      if (patch.region.trim()) actor.region = patch.region.trim();
      else delete actor.region;
    }
    if (patch.memberOf !== undefined) {
      if (patch.memberOf.length) actor.memberOf = patch.memberOf;
      else delete actor.memberOf;
    }
    this.renamed(id, actor.name);
  }

  updateReport(id: string, patch: { title?: string; date?: string; period?: string; publisher?: string }): void {
    const report = this.draft.newReports!.find((r) => r.id === id);
    if (!report) return;
    for (const [key, value] of Object.entries(patch) as [keyof typeof patch, string][]) {
      if (value.trim()) report[key] = value.trim();
      else if (key !== 'title') delete report[key];
      else report.title = '';
    }
    if (patch.publisher !== undefined) {
      delete report.publisherName;
      if (report.publisher) report.publishedBy = [report.publisher];
      else delete report.publishedBy;
    }
    this.renamed(id, report.title);
  }

  updateFramework(id: string, name: string): void {
    const framework = this.draft.newFrameworks!.find((f) => f.id === id);
    if (!framework) return;
    framework.name = name.trim();
    this.renamed(id, framework.name);
  }

  /** A new node renamed: the statements that name it show the new name (its id stays). */
  private renamed(id: string, name: string): void {
    for (const s of this.draft.statements) {
      if (s.speaker.id === id) s.speaker.name = name;
      for (const t of s.about) if (t.target === id) t.name = name;
    }
  }

  /** Every node the draft itself introduces, by id: what a target or a speaker may name besides the graph's. */
  newNodes(): NodeRef[] {
    return [
      ...this.draft.newActors.map((a) => ({ id: a.id, label: a.label, name: a.name })),
      ...this.draft.newReports!.map((r) => ({ id: r.id, label: 'Report', name: r.title })),
      ...this.draft.newFrameworks!.map((f) => ({ id: f.id, label: 'Framework', name: f.name })),
    ];
  }

  // ---- claims ----

  /**
   * Decide which claim a number found in the text is: one of its matches or a new claim; undefined: the default
   * (the first match). A decided number is asserted by the statement it sits in (`statement`), else by the article
   * itself (the contract's rule), so the statement whose words hold it is named when the extractor named none.
   */
  decideClaim(index: number, claim: string | undefined): void {
    const found = this.draft.claims[index];
    if (!found) return;
    found.claim = claim || undefined;
    found.statement ??= this.statementHolding(found)?.id;
    if (found.claim) this.setClaimRelation(found.claim, found.statement ?? 'source', 'asserts');
  }

  /** A new claim from a number found in the text, decided to be it (see decideClaim). */
  newClaimFrom(index: number): DraftNewClaim | null {
    const found = this.draft.claims[index];
    if (!found) return null;
    const claim = this.addClaim({ text: found.subject ? `${found.text} ${found.subject}` : found.text, value: found.value, unit: found.unit, counts: found.subject, period: found.period });
    this.decideClaim(index, claim.id);
    return claim;
  }

  /** The statement (not rejected) whose words hold this span, the shortest when several do. */
  private statementHolding(span: Span): DraftStatement | undefined {
    return this.draft.statements
      .filter((s) => s.start <= span.start && span.end <= s.end && this.review(s.id).decision !== 'rejected')
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  }

  addClaim(input: { text: string; value?: number; unit?: string; counts?: string; period?: string }): DraftNewClaim {
    const id = this.freeId('claim', `${this.draft.source.slug}-${(this.draft.newClaims!.length + 1).toString()}`);
    const values = input.value !== undefined ? [{ value: input.value, unit: input.unit ?? '', ...(input.counts ? { counts: input.counts } : {}) }] : [];
    // A claim without numbers (a judgement) has no `values` at all: the server refuses an empty list.
    const claim: DraftNewClaim = { id, text: input.text.trim(), kind: values.length ? 'statistic' : 'judgement', ...(values[0] ? { values, value: values[0].value, unit: values[0].unit } : {}), ...(input.period ? { period: input.period } : {}), rule: 'reviewer' };
    this.draft.newClaims!.push(claim);
    return claim;
  }

  newClaim(id: string): DraftNewClaim | undefined {
    return this.draft.newClaims!.find((c) => c.id === id);
  }

  /** The headline value and unit follow the first of `values`, as the contract says. */
  updateClaim(id: string, patch: Partial<Pick<DraftNewClaim, 'text' | 'kind' | 'period' | 'values'>>): void {
    const claim = this.newClaim(id);
    if (!claim) return;
    Object.assign(claim, patch);
    if (!claim.period) delete claim.period;
    const first = claim.values?.[0];
    if (first) Object.assign(claim, { value: first.value, unit: first.unit });
    else {
      delete claim.values;
      delete claim.value;
      delete claim.unit;
    }
  }

  removeClaim(id: string): void {
    this.draft.newClaims = this.draft.newClaims!.filter((c) => c.id !== id);
    for (const found of this.draft.claims) if (found.claim === id) found.claim = undefined;
    this.setClaimRelation(id, null, null);
  }

  /** Who asserts or disputes a claim: a statement (by id) or the article itself (`source`). `by` null: nobody. */
  claimRelation(claim: string, by: string): 'asserts' | 'disputes' | null {
    if (by === 'source') return this.draft.sourceAsserts!.includes(claim) ? 'asserts' : this.draft.sourceDisputes!.includes(claim) ? 'disputes' : null;
    const statement = this.statement(by);
    return statement?.asserts.includes(claim) ? 'asserts' : statement?.disputes.includes(claim) ? 'disputes' : null;
  }

  setClaimRelation(claim: string, by: string | null, relation: 'asserts' | 'disputes' | null): void {
    const holders: { asserts: string[]; disputes: string[]; id: string }[] = [
      { id: 'source', asserts: this.draft.sourceAsserts!, disputes: this.draft.sourceDisputes! },
      ...this.draft.statements.map((s) => ({ id: s.id, asserts: s.asserts, disputes: s.disputes })),
    ];
    for (const holder of holders) {
      if (by !== null && holder.id !== by) continue;
      const without = (list: string[]) => list.filter((c) => c !== claim);
      const asserts = relation === 'asserts' ? [...without(holder.asserts), claim] : without(holder.asserts);
      const disputes = relation === 'disputes' ? [...without(holder.disputes), claim] : without(holder.disputes);
      if (holder.id === 'source') Object.assign(this.draft, { sourceAsserts: asserts, sourceDisputes: disputes });
      else Object.assign(this.statement(holder.id)!, { asserts, disputes });
    }
  }

  // ---- ratings ----

  decideRating(index: number, rating: string | undefined): void {
    const found = this.draft.ratings[index];
    if (found) found.rating = rating || undefined;
  }

  /** A new rating from a council's grade found in the text, in the article's main report, decided to be it. */
  newRatingFrom(index: number): DraftNewRating | null {
    const found = this.draft.ratings[index];
    if (!found) return null;
    const rating = this.addRating({ council: found.council, grade: found.grade, report: this.draft.mainReport?.id });
    found.rating = rating.id;
    return rating;
  }

  addRating(input: { council: string; grade: string; rater?: string; report?: string }): DraftNewRating {
    const id = this.freeId('rating', `${input.council.replace(/^council:/, '')}-${input.report?.replace(/^report:/, '') ?? this.draft.source.date ?? this.draft.source.slug}`);
    const rating: DraftNewRating = { id, council: input.council, grade: input.grade, rater: input.rater ?? '', ...(input.report ? { report: input.report } : {}), ...(this.draft.source.date ? { date: this.draft.source.date } : {}), rule: 'reviewer' };
    this.draft.newRatings!.push(rating);
    return rating;
  }

  newRating(id: string): DraftNewRating | undefined {
    return this.draft.newRatings!.find((r) => r.id === id);
  }

  updateRating(id: string, patch: Partial<Pick<DraftNewRating, 'council' | 'grade' | 'rater' | 'report' | 'framework' | 'date' | 'period'>>): void {
    const rating = this.newRating(id);
    if (!rating) return;
    Object.assign(rating, patch);
    for (const key of ['report', 'framework', 'date', 'period'] as const) if (!rating[key]) delete rating[key];
  }

  removeRating(id: string): void {
    this.draft.newRatings = this.draft.newRatings!.filter((r) => r.id !== id);
    for (const found of this.draft.ratings) if (found.rating === id) found.rating = undefined;
  }

  // ---- counts and the result ----

  counts(): { kept: number; rejected: number; withoutTarget: number; left: number } {
    let kept = 0;
    let rejected = 0;
    let withoutTarget = 0;
    let left = 0;
    for (const s of this.draft.statements) {
      const decision = this.review(s.id).decision;
      if (decision === 'proposed') left += 1;
      if (decision === 'rejected') rejected += 1;
      else if (s.about.length === 0) withoutTarget += 1;
      else kept += 1;
    }
    return { kept, rejected, withoutTarget, left };
  }

  /** What commitArticle receives. */
  reviewedDraft(): Draft {
    const draft = structuredClone(this.draft);
    const rejected = new Set(draft.statements.filter((s) => this.review(s.id).decision === 'rejected').map((s) => s.id));
    draft.statements = draft.statements.filter((s) => !rejected.has(s.id));
    for (const found of draft.claims) if (found.statement && rejected.has(found.statement)) delete found.statement;
    // A new node stays when something kept refers to it: a kept statement's speaker or target, the publisher, an author, a
    // kept person's role or group, a new rating's council, rater, report or framework, a new report's publisher or framework.
    const used = new Set<string>([...(draft.source.publisher ? [draft.source.publisher] : []), ...draft.source.authors]);
    for (const s of draft.statements) {
      if (s.about.length === 0) continue;
      used.add(s.speaker.id);
      for (const t of s.about) used.add(t.target);
    }
    for (const r of draft.newRatings ?? []) for (const id of [r.council, r.rater, r.report, r.framework]) if (id) used.add(id);
    for (const r of draft.newReports ?? []) if (used.has(r.id)) for (const id of [r.publisher, r.framework, ...(r.publishedBy ?? [])]) if (id) used.add(id);
    for (const a of draft.newActors) if (used.has(a.id)) for (const id of [a.role?.at, ...(a.memberOf ?? [])]) if (id) used.add(id);
    draft.newActors = draft.newActors.filter((a) => used.has(a.id));
    draft.newReports = (draft.newReports ?? []).filter((r) => used.has(r.id));
    draft.newFrameworks = (draft.newFrameworks ?? []).filter((f) => used.has(f.id));
    return draft;
  }
}
