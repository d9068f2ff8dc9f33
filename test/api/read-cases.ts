/**
 * The read API's query families as named cases: each a query, its
 * variables, and a check of the answer against the seed data. The same
 * cases run on Grafeo (read-api.test.ts) and are compared across both
 * stores (stores-agree-api.test.ts).
 */
import { expect } from 'vitest';
import { seed } from '../support/seed-facts.js';

export interface ReadCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  check(data: any): void;
}

const REPORT = 'report:ofsted-social-care-annual-report-2013-14';
const SIF = 'framework:single-inspection-framework';
const WOOD = 'person:alan-wood';
const ADCS = 'organisation:adcs';
const sorted = (xs: string[]) => [...xs].sort();
const unique = (xs: string[]) => [...new Set(xs)];

export const readCases: ReadCase[] = [
  {
    name: 'node by id, with its label-specific fields',
    query: `query($id: ID!) { node(id: $id) { id __typename ... on Person { name aliases } } }`,
    variables: { id: 'person:michael-wilshaw' },
    check: (data) => {
      expect(data.node.__typename).toBe('Person');
      expect(data.node.name).toBe(seed.node('person:michael-wilshaw').properties.name);
      expect(data.node.aliases).toEqual(seed.node('person:michael-wilshaw').properties.aliases);
    },
  },
  {
    name: 'nodes by ids, in order, null for unknown',
    query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
    variables: { ids: [REPORT, 'person:nobody', ADCS] },
    check: (data) => expect(data.nodes).toEqual([{ id: REPORT }, null, { id: ADCS }]),
  },
  {
    name: 'statements by speaker',
    query: `query($s: [ID!]) { statements(filter: { speakers: $s }, first: 100) { totalCount nodes { id } } }`,
    variables: { s: [WOOD] },
    check: (data) => {
      expect(sorted(data.statements.nodes.map((n: any) => n.id))).toEqual(sorted(seed.saidBy(WOOD)));
      expect(data.statements.totalCount).toBe(seed.saidBy(WOOD).length);
    },
  },
  {
    name: 'statements by organisation (its own and its people’s)',
    query: `query($o: [ID!]) { statements(filter: { organisations: $o }, first: 100) { totalCount nodes { id } } }`,
    variables: { o: [ADCS] },
    check: (data) => {
      const expected = unique([...seed.saidBy(ADCS), ...seed.rolesAt(ADCS).flatMap(seed.saidBy)]);
      expect(sorted(data.statements.nodes.map((n: any) => n.id))).toEqual(sorted(expected));
    },
  },
  {
    name: 'statements by target and stance',
    query: `query($t: [ID!]) { statements(filter: { targets: $t, stances: [CRITICAL] }, first: 100) { nodes { id targets { stance target { id } } } } }`,
    variables: { t: [SIF] },
    check: (data) => {
      expect(sorted(data.statements.nodes.map((n: any) => n.id))).toEqual(sorted(seed.about(SIF, 'critical')));
      for (const n of data.statements.nodes) expect(n.targets).toContainEqual({ stance: 'CRITICAL', target: { id: SIF } });
    },
  },
  {
    name: 'statements by kind, date range and words',
    query: `{ statements(filter: { kinds: [QUOTE], dateFrom: "2013", dateTo: "2013", text: "inspectors" }, first: 100) { nodes { id kind date text } } }`,
    check: (data) => {
      const expected = seed.nodes.filter((n) => n.label === 'Statement' && n.properties.kind === 'quote' && String(n.properties.date).startsWith('2013') && /inspectors/i.test(String(n.properties.text)));
      expect(sorted(data.statements.nodes.map((n: any) => n.id))).toEqual(sorted(expected.map((n) => n.id)));
      expect(expected.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'statements by source, newest first',
    query: `{ statements(filter: { sources: ["source:independent-2013-damning-ofsted-report"] }, order: DESC, first: 3) { totalCount nodes { id date source { id } } pageInfo { hasNextPage } } }`,
    check: (data) => {
      expect(data.statements.nodes).toHaveLength(3);
      for (const n of data.statements.nodes) expect(n.source.id).toBe('source:independent-2013-damning-ofsted-report');
      expect(data.statements.pageInfo.hasNextPage).toBe(data.statements.totalCount > 3);
    },
  },
  {
    name: 'a report’s statements by stance, with counts per stance',
    query: `query($r: ID!) { node(id: $r) { ... on Report { stanceCounts { stance count } statements(stance: CRITICAL, first: 100) { totalCount nodes { id } } } } }`,
    variables: { r: REPORT },
    check: (data) => {
      for (const stance of ['critical', 'supportive', 'neutral', 'mixed']) {
        expect(data.node.stanceCounts).toContainEqual({ stance: stance.toUpperCase(), count: seed.about(REPORT, stance).length });
      }
      expect(sorted(data.node.statements.nodes.map((n: any) => n.id))).toEqual(sorted(seed.about(REPORT, 'critical')));
    },
  },
  {
    name: 'critics of a framework with their evidence',
    query: `query($f: ID!) { node(id: $f) { ... on Framework { critics { weight node { id } evidence { id } } } } }`,
    variables: { f: SIF },
    check: (data) => {
      const expected = seed.relationships('CRITICISED').filter((r) => r.to === SIF);
      expect(sorted(data.node.critics.map((c: any) => c.node.id))).toEqual(sorted(expected.map((r) => r.from)));
      for (const critic of data.node.critics) {
        const edge = expected.find((r) => r.from === critic.node.id)!;
        expect(critic.weight).toBe(edge.properties.weight);
        expect(sorted(critic.evidence.map((e: any) => e.id))).toEqual(sorted(edge.properties.evidence as string[]));
      }
    },
  },
  {
    name: 'a council’s ratings over time',
    query: `{ node(id: "council:birmingham") { ... on Council { ratings { id grade date framework { id } } } } }`,
    check: (data) => {
      const expected = seed.relationships('RATING_OF').filter((r) => r.to === 'council:birmingham').map((r) => r.from);
      expect(sorted(data.node.ratings.map((r: any) => r.id))).toEqual(sorted(expected));
      const dates = data.node.ratings.map((r: any) => r.date);
      expect(dates).toEqual([...dates].sort());
    },
  },
  {
    name: 'a statement’s quote span, source and same words elsewhere',
    query: `{ statements(filter: { speakers: ["person:alan-wood"], text: "simply is not credible" }, first: 10) { nodes { id text quote { start end exact prefix suffix } source { id } sameWords { id } } } }`,
    check: (data) => {
      expect(data.statements.nodes.length).toBeGreaterThanOrEqual(2);
      for (const n of data.statements.nodes) {
        expect(n.quote.exact).toBe(n.text);
        expect(n.quote.end - n.quote.start).toBe(Array.from(n.text as string).length);
        expect(n.quote.prefix.length).toBeGreaterThan(0);
        expect(n.sameWords.length).toBeGreaterThan(0);
      }
    },
  },
  {
    name: 'claims with who asserts and who disputes them',
    query: `{ node(id: "claim:sif-over-70pc-not-good-enough") { ... on Claim { text value unit assertedBy { id } disputedBy { id } } } }`,
    check: (data) => {
      const asserts = seed.relationships('ASSERTS').filter((r) => r.to === 'claim:sif-over-70pc-not-good-enough').map((r) => r.from);
      const disputes = seed.relationships('DISPUTES').filter((r) => r.to === 'claim:sif-over-70pc-not-good-enough').map((r) => r.from);
      expect(sorted(data.node.assertedBy.map((n: any) => n.id))).toEqual(sorted(asserts));
      expect(sorted(data.node.disputedBy.map((n: any) => n.id))).toEqual(sorted(disputes));
      expect(disputes.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'most-quoted people',
    query: `{ people(orderBy: STATEMENTS, first: 3) { nodes { id ... on Person { statementCount } } } }`,
    check: (data) => {
      const counts = data.people.nodes.map((n: any) => n.statementCount);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
      const top = Math.max(...seed.nodes.filter((n) => n.label === 'Person').map((n) => seed.saidBy(n.id).length));
      expect(counts[0]).toBe(top);
    },
  },
  {
    name: 'reports by critical statements',
    query: `{ reports(orderBy: CRITICAL_STATEMENTS, first: 2) { nodes { id } } }`,
    check: (data) => {
      const reports = seed.nodes.filter((n) => n.label === 'Report').map((n) => ({ id: n.id, critical: seed.about(n.id, 'critical').length }));
      const top = Math.max(...reports.map((r) => r.critical));
      expect(reports.find((r) => r.id === data.reports.nodes[0].id)!.critical).toBe(top);
    },
  },
  {
    name: 'organisations by kind',
    query: `{ organisations(kind: "association", first: 50) { nodes { id ... on Organisation { kind } } } }`,
    check: (data) => {
      const expected = seed.nodes.filter((n) => n.label === 'Organisation' && n.properties.kind === 'association').map((n) => n.id);
      expect(sorted(data.organisations.nodes.map((n: any) => n.id))).toEqual(sorted(expected));
    },
  },
  {
    name: 'councils by grade and period',
    query: `{ councils(grade: "inadequate", period: "2013-14", first: 50) { totalCount nodes { id } } }`,
    check: (data) => {
      const ratings = seed.nodes.filter((n) => n.label === 'Rating' && n.properties.grade === 'inadequate' && n.properties.period === '2013-14').map((n) => n.id);
      const councils = seed.relationships('RATING_OF').filter((r) => ratings.includes(r.from)).map((r) => r.to);
      expect(sorted(data.councils.nodes.map((n: any) => n.id))).toEqual(sorted(unique(councils)));
      expect(data.councils.totalCount).toBe(unique(councils).length);
    },
  },
  {
    name: 'stance breakdown per organisation',
    query: `query($r: ID!) { stanceBreakdown(target: $r, groupBy: ORGANISATION) { actor { id } total stances { stance count } } }`,
    variables: { r: REPORT },
    check: (data) => {
      expect(data.stanceBreakdown.length).toBeGreaterThan(0);
      for (const row of data.stanceBreakdown) expect(row.total).toBe(row.stances.reduce((n: number, s: any) => n + s.count, 0));
      const totals = data.stanceBreakdown.map((r: any) => r.total);
      expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
    },
  },
  {
    name: 'ratings per grade per report',
    query: `{ gradeCounts(reports: ["report:ofsted-social-care-annual-report-2012-13"]) { grade count period } }`,
    check: (data) => {
      const inReport = seed.relationships('IN_REPORT').filter((r) => r.to === 'report:ofsted-social-care-annual-report-2012-13').length;
      expect(data.gradeCounts.reduce((n: number, g: any) => n + g.count, 0)).toBe(inReport);
    },
  },
  {
    name: 'search forgives misspelt names',
    query: `{ a: search(text: "Wishaw", types: [PERSON], first: 1) { nodes { node { id } } } b: search(text: "micahel wilshaw", types: [PERSON], first: 1) { nodes { node { id } } } c: search(text: "directors of children's services", types: [ORGANISATION], first: 1) { nodes { node { id } } } }`,
    check: (data) => {
      expect(data.a.nodes[0].node.id).toBe('person:michael-wilshaw');
      expect(data.b.nodes[0].node.id).toBe('person:michael-wilshaw');
      expect(data.c.nodes[0].node.id).toBe(ADCS);
    },
  },
  {
    name: 'search finds statements by a word in them',
    query: `{ search(text: "creaking", types: [STATEMENT], first: 10) { totalCount nodes { matched node { id ... on Statement { text } } } } }`,
    check: (data) => {
      const expected = seed.nodes.filter((n) => n.label === 'Statement' && /creaking/i.test(String(n.properties.text))).map((n) => n.id);
      expect(sorted(data.search.nodes.map((h: any) => h.node.id))).toEqual(sorted(expected));
    },
  },
  {
    name: 'how two actors are connected',
    query: `{ path(from: "person:alan-wood", to: "person:michael-wilshaw", maxLength: 4) { relationship forward node { id } } }`,
    check: (data) => {
      expect(data.path[0].node.id).toBe(WOOD);
      expect(data.path.at(-1).node.id).toBe('person:michael-wilshaw');
      expect(data.path.at(-1).relationship).toBeNull();
    },
  },
  {
    name: 'stats match the seed',
    query: `{ stats { labels { label count } } }`,
    check: (data) => {
      for (const { label, count } of data.stats.labels) expect(count, label).toBe(seed.countByLabel(label));
    },
  },
  {
    name: 'a statement’s attribution conflicts: the same quoted words another source gives to another speaker',
    query: `query($id: ID!) { node(id: $id) { ... on Statement { speaker { id } attributionConflicts { id speaker { id } source { id } } } } }`,
    variables: { id: 'statement:guardian-2015-sector-response.wilshaw-recognise-context' },
    check: (data) => {
      expect(data.node.speaker.id).toBe('person:michael-wilshaw');
      expect(data.node.attributionConflicts).toEqual([
        { id: 'statement:pse-2015-ofsted-critical.jones-context-and-constraints', speaker: { id: 'person:debbie-jones' }, source: { id: 'source:pse-2015-ofsted-critical' } },
      ]);
    },
  },
  {
    name: 'a reported attitude: the author’s words, whose attitude they report, and no criticism by that council',
    query: `query($id: ID!, $council: ID!) {
      node(id: $id) { ... on Statement { speaker { id } attitudeOf { id __typename } } }
      council: node(id: $council) { ... on Council { statements(first: 10) { totalCount } criticised { node { id } } } }
    }`,
    variables: { id: 'statement:blog-2009-childrens-social-services.birmingham-chagrin', council: 'council:birmingham' },
    check: (data) => {
      expect(data.node.speaker.id).toBe('organisation:blog-childrens-social-work-2009');
      expect(data.node.attitudeOf).toEqual([{ id: 'council:birmingham', __typename: 'Council' }]);
      expect(data.council.statements.totalCount).toBe(0);
      expect(data.council.criticised).toEqual([]);
    },
  },
  {
    name: 'claims by any number they state, each number with its unit and what it counts',
    query: `query($v: Float) {
      claims(value: $v, first: 100) { nodes { id ... on Claim { value quantities { value unit counts } } } }
      one: node(id: "claim:children-in-need-397600") { ... on Claim { quantities { value unit } } }
    }`,
    variables: { v: 6 },
    check: (data) => {
      // Asked for alone, the quantities still read the values they zip.
      expect(data.one.quantities).toEqual([{ value: 397600, unit: 'children' }, { value: 5, unit: 'percent' }]);
      const ids = data.claims.nodes.map((n: any) => n.id);
      expect(ids).toContain('claim:ratings-2009-9-councils-poor');
      for (const id of ids) expect((seed.node(id).properties.values as number[]).includes(6), id).toBe(true);
      const poor = data.claims.nodes.find((n: any) => n.id === 'claim:ratings-2009-9-councils-poor');
      expect(poor.value).toBe(9);
      expect(poor.quantities).toEqual([
        { value: 9, unit: 'councils', counts: 'judged poor' },
        { value: 6, unit: 'percent', counts: 'of councils judged poor' },
      ]);
    },
  },
  {
    name: 'a group is an actor: its name and who praised it',
    query: `query($id: ID!) { node(id: $id) { __typename ... on Actor { name praisedBy { node { id } } } } }`,
    variables: { id: 'group:social-workers' },
    check: (data) => {
      expect(data.node.__typename).toBe('Group');
      expect(data.node.name).toBe('social workers');
      expect(data.node.praisedBy.map((l: any) => l.node.id).sort()).toEqual(['organisation:blog-childrens-social-work-2009', 'organisation:ofsted']);
    },
  },
];
