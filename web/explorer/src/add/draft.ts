/**
 * The draft proposeArticle returns, and the review on top of it: which statements are
 * rejected, and the corrections (speaker id, a target's stance, a target
 * removed). `reviewedDraft` is what commitArticle receives: the draft as
 * proposed, minus the rejected statements and the new actors nothing kept
 * refers to, with the corrections applied.
 */
import type { Stance } from '../../../../src/model/schema.js';
import type { Draft, DraftStatement } from '../../../../src/ingest/draft.js';

// The draft's types are the server's own (src/ingest/draft.ts), imported for types only: nothing of src/ is bundled.
export type { Draft, DraftNewActor, DraftSpeaker, DraftStatement, DraftTarget } from '../../../../src/ingest/draft.js';
/** What the page sends as proposeArticle's `source` (the GraphQL ArticleInput): the server's own type. */
export type { ArticleInput } from '../../../../src/ingest/propose.js';
export type { Stance };

export const STANCES = ['critical', 'supportive', 'mixed', 'neutral'] as const satisfies readonly Stance[];


export type Decision = 'proposed' | 'accepted' | 'rejected';

export interface StatementReview {
  decision: Decision;
  /** What the reviewer changed, in words (shown on the card). */
  corrections: string[];
}

/** The stance a statement's mark is coloured by: its targets' one stance, `mixed` when they differ, `none` without targets. */
export function stanceOf(statement: DraftStatement): Stance | 'none' {
  const stances = new Set(statement.about.map((t) => t.stance));
  if (stances.size === 0) return 'none';
  if (stances.size === 1) return [...stances][0]!;
  return 'mixed';
}

export class Review {
  /** The working copy: corrections are made here; the proposal itself is kept untouched. */
  readonly draft: Draft;
  private readonly reviews = new Map<string, StatementReview>();

  constructor(readonly proposed: Draft) {
    this.draft = structuredClone(proposed);
    for (const s of this.draft.statements) this.reviews.set(s.id, { decision: 'proposed', corrections: [] });
  }

  statement(id: string): DraftStatement | undefined {
    return this.draft.statements.find((s) => s.id === id);
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

  /** Every speaker the draft knows (existing actors it resolved and the new ones it proposes), for the speaker field's suggestions. */
  knownSpeakers(): { id: string; name: string }[] {
    const byId = new Map<string, string>();
    for (const s of this.proposed.statements) byId.set(s.speaker.id, s.speaker.name);
    for (const a of this.proposed.newActors) if (a.label !== 'Council') byId.set(a.id, a.name);
    return [...byId].map(([id, name]) => ({ id, name }));
  }

  setSpeaker(id: string, speakerId: string): void {
    const statement = this.statement(id);
    const next = speakerId.trim();
    if (!statement || !next || next === statement.speaker.id) return;
    const before = statement.speaker.id;
    const known = this.proposed.statements.find((s) => s.speaker.id === next)?.speaker;
    const proposedActor = this.proposed.newActors.find((a) => a.id === next);
    statement.speaker = known
      ? { ...structuredClone(known), resolvedBy: 'reviewer' }
      : { id: next, name: proposedActor?.name ?? next, label: proposedActor?.label ?? (next.split(':')[0] === 'organisation' ? 'Organisation' : 'Person'), existing: false, resolvedBy: 'reviewer', confidence: 1 };
    this.corrected(id, `speaker ${before} → ${next}`);
  }

  setStance(id: string, target: string, stance: Stance): void {
    const about = this.statement(id)?.about.find((t) => t.target === target);
    if (!about || about.stance === stance) return;
    const before = about.stance;
    about.stance = stance;
    this.corrected(id, `${target}: ${before} → ${stance}`);
  }

  removeTarget(id: string, target: string): void {
    const statement = this.statement(id);
    if (!statement) return;
    const before = statement.about.length;
    statement.about = statement.about.filter((t) => t.target !== target);
    statement.respondsTo = statement.respondsTo.filter((r) => r !== target);
    if (statement.about.length !== before) this.corrected(id, `removed target ${target}`);
  }

  counts(): { kept: number; rejected: number; withoutTarget: number } {
    let kept = 0;
    let rejected = 0;
    let withoutTarget = 0;
    for (const s of this.draft.statements) {
      if (this.review(s.id).decision === 'rejected') rejected += 1;
      else if (s.about.length === 0) withoutTarget += 1;
      else kept += 1;
    }
    return { kept, rejected, withoutTarget };
  }

  /** What commitArticle receives. */
  reviewedDraft(): Draft {
    const draft = structuredClone(this.draft);
    draft.statements = draft.statements.filter((s) => this.review(s.id).decision !== 'rejected');
    // A new actor stays when something kept refers to it: a kept statement's speaker or target, the publisher, an author, a kept person's role.
    const used = new Set<string>([...(draft.source.publisher ? [draft.source.publisher] : []), ...draft.source.authors]);
    for (const s of draft.statements) {
      if (s.about.length === 0) continue;
      used.add(s.speaker.id);
      for (const t of s.about) used.add(t.target);
    }
    for (const a of draft.newActors) if (used.has(a.id) && a.role?.at) used.add(a.role.at);
    draft.newActors = draft.newActors.filter((a) => used.has(a.id));
    return draft;
  }
}
