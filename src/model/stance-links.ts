/**
 * A statement's stance toward a target, said once. Toward a claim it is the claim link itself: ASSERTS is
 * supportive, DISPUTES critical (ABOUT may not point at a claim: schema.ts); toward anything else it is the
 * ABOUT link's `stance`. Every read of "what a statement is about, with which stance" (a statement's
 * targets, target and stance filters, stance counts, the discourse networks, the statements CSV, the
 * explorer) goes through this module, so a stance and a claim link can never disagree.
 */
import type { Label, RelationshipType, Stance } from './schema.js';

/** The links that say what a statement is about. */
export const STANCE_LINK_TYPES = ['ABOUT', 'ASSERTS', 'DISPUTES'] as const satisfies readonly RelationshipType[];
export type StanceLinkType = (typeof STANCE_LINK_TYPES)[number];

export const isStanceLink = (type: string): type is StanceLinkType => (STANCE_LINK_TYPES as readonly string[]).includes(type);

/** A statement's relation to a claim, and the stance it stands for. */
export const CLAIM_LINK_STANCE = { ASSERTS: 'supportive', DISPUTES: 'critical' } as const satisfies Partial<Record<StanceLinkType, Stance>>;
export type ClaimLink = keyof typeof CLAIM_LINK_STANCE;
export const CLAIM_LINK_TYPES = Object.keys(CLAIM_LINK_STANCE) as ClaimLink[];

/** The stance links that can point at a node of this label (any, when the label is unknown). */
export function linkTypesToward(label: Label | null): StanceLinkType[] {
  if (label === 'Claim') return [...CLAIM_LINK_TYPES];
  return label === null ? [...STANCE_LINK_TYPES] : ['ABOUT'];
}

/** The stance a link says: ASSERTS and DISPUTES their fixed one, ABOUT its `stance`; undefined for any other link. */
export function stanceOfLink(link: { type: string; properties: Record<string, unknown> }): Stance | undefined {
  if (link.type === 'ASSERTS' || link.type === 'DISPUTES') return CLAIM_LINK_STANCE[link.type];
  if (link.type === 'ABOUT' && typeof link.properties.stance === 'string') return link.properties.stance as Stance;
  return undefined;
}

/**
 * The claim link a stance toward a claim is stored as; null for neutral and mixed, which a relation to a claim
 * cannot say (a statement asserts a claim or disputes it; one that only mentions it is not about it).
 */
export function claimLinkFor(stance: Stance): ClaimLink | null {
  return stance === 'supportive' ? 'ASSERTS' : stance === 'critical' ? 'DISPUTES' : null;
}

/** Why a neutral or mixed stance toward a claim is refused, for error messages. */
export function claimStanceProblem(claim: string, stance: string): string {
  return `a statement's relation to a claim is asserts (supportive) or disputes (critical): stance "${stance}" toward ${claim} cannot be stored`;
}

/** The Cypher pattern of a stance link (`[link:ABOUT|ASSERTS|DISPUTES]`) and the expression of its stance, for the catalogue's reads. */
export const STANCE_LINK_PATTERN = STANCE_LINK_TYPES.join('|');
export function stanceCypher(variable: string): string {
  const cases = CLAIM_LINK_TYPES.map((type) => `WHEN '${type}' THEN '${CLAIM_LINK_STANCE[type]}'`).join(' ');
  return `CASE type(${variable}) ${cases} ELSE ${variable}.stance END`;
}
