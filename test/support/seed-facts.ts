/** Facts about the seed graph computed from its own records, for tests to compare the API's answers with. */
import { SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';

const plan = planSeed(SEED_DIR);
const all = [...plan.relationships, ...plan.derived];
const CLAIM_STANCE: Record<string, string> = { ASSERTS: 'supportive', DISPUTES: 'critical' };
const stanceLinks = all
  .filter((r) => r.from.startsWith('statement:') && (r.type === 'ABOUT' || r.type in CLAIM_STANCE))
  .map((r) => ({ from: r.from, to: r.to, stance: r.type === 'ABOUT' ? String(r.properties.stance) : CLAIM_STANCE[r.type] }));

export const seed = {
  nodes: plan.nodes,
  node: (id: string) => plan.nodes.find((n) => n.id === id)!,
  relationships: (type: string) => all.filter((r) => r.type === type),
  /** Statements said by an actor. */
  saidBy: (actor: string) => all.filter((r) => r.type === 'SAID' && r.from === actor).map((r) => r.to),
  /** Statements about a target, optionally with a stance (toward a claim: supportive if they assert it, critical if they dispute it). */
  about: (target: string, stance?: string) => stanceLinks.filter((r) => r.to === target && (!stance || r.stance === stance)).map((r) => r.from),
  /** What each statement is about, with its stance: ABOUT's own, or ASSERTS (supportive) and DISPUTES (critical) toward a claim. */
  stanceLinks: () => stanceLinks,
  speakerOf: (statement: string) => all.find((r) => r.type === 'SAID' && r.to === statement)!.from,
  rolesAt: (organisation: string) => all.filter((r) => r.type === 'HELD_ROLE' && r.to === organisation).map((r) => r.from),
  /** How many distinct utterances these statements print: statements joined by SAME_WORDS (transitively) are one. */
  utterances(statements: readonly string[]): number {
    const group = new Map<string, string>();
    const find = (id: string): string => (group.has(id) && group.get(id) !== id ? find(group.get(id)!) : id);
    for (const r of all.filter((x) => x.type === 'SAME_WORDS')) {
      const [a, b] = [find(r.from), find(r.to)];
      if (a !== b) group.set(a < b ? b : a, a < b ? a : b);
    }
    return new Set(statements.map(find)).size;
  },
  countByLabel(label: string) {
    return plan.nodes.filter((n) => n.label === label).length;
  },
};
