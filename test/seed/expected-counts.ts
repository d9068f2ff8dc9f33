/** What the seed files say there should be, counted straight from the JSON: no loader code involved. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile } from '../../src/seed/format.js';

export function expectedCounts(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SeedFile);
  const all = <K extends keyof SeedFile>(key: K): NonNullable<SeedFile[K]> => files.flatMap((f) => (f[key] ?? []) as unknown[]) as NonNullable<SeedFile[K]>;
  const people = all('people'), organisations = all('organisations'), councils = all('councils'), groups = all('groups'), reports = all('reports'),
    frameworks = all('frameworks'), claims = all('claims'), ratings = all('ratings'), outcomes = all('outcomes'), sources = all('sources');
  const statements = sources.flatMap((s) => s.statements ?? []);
  const len = (xs: unknown[] | undefined) => xs?.length ?? 0;
  const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);
  type Statement = (typeof statements)[number];
  const claimLinks = (s: Statement, field: 'asserts' | 'disputes', stance: string) =>
    new Set([...(s[field] ?? []), ...(s.about ?? []).filter((a) => a.target.startsWith('claim:') && a.stance === stance).map((a) => a.target)]).size;
  const labels: Record<string, number> = {
    Person: people.length, Organisation: organisations.length, Council: councils.length, Group: groups.length, Report: reports.length,
    Framework: frameworks.length, Claim: claims.length, Rating: ratings.length, Outcome: outcomes.length,
    Source: sources.length, Statement: statements.length,
  };
  const types: Record<string, number> = {
    HELD_ROLE: sum(people, (p) => len(p.roles)),
    MEMBER_OF: sum(organisations, (o) => len(o.memberOf)),
    PUBLISHED: sum(reports, (r) => len(r.publishedBy)) + sum(frameworks, (f) => len(f.publishedBy)) + sources.filter((s) => s.publisher).length,
    AUTHORED: sum(reports, (r) => len(r.authors)) + sum(sources, (s) => len(s.authors)),
    UNDER_FRAMEWORK: reports.filter((r) => r.framework).length + ratings.filter((r) => r.framework).length,
    // A statement's stance toward a claim is stored as its ASSERTS (supportive) or DISPUTES (critical), once.
    ASSERTS: sum(reports, (r) => len(r.asserts)) + sum(statements, (s) => claimLinks(s, 'asserts', 'supportive')),
    DISPUTES: sum(reports, (r) => len(r.disputes)) + sum(statements, (s) => claimLinks(s, 'disputes', 'critical')),
    RATING_OF: ratings.length,
    RATED_BY: ratings.length,
    IN_REPORT: ratings.filter((r) => r.report).length,
    AFFECTED: sum(outcomes, (o) => len(o.affected)),
    DECIDED_BY: sum(outcomes, (o) => len(o.decidedBy)),
    FOLLOWED: sum(outcomes, (o) => len(o.followed)),
    SAID: statements.length,
    SOURCED_FROM: statements.length,
    ABOUT: sum(statements, (s) => (s.about ?? []).filter((a) => !a.target.startsWith('claim:')).length),
    RESPONDS_TO: sum(statements, (s) => len(s.respondsTo)),
    ATTITUDE_OF: sum(statements, (s) => len(s.attitudeOf)),
  };
  return { labels, types: Object.fromEntries(Object.entries(types).filter(([, n]) => n > 0)) };
}
