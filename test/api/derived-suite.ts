/**
 * What the network says, as each store answers it through a real HTTP server over the seeded graph: praise and
 * criticism never point at a claim or at their own node, claims are agreed and disagreed with, organisations
 * carry what their people said for them (derived edges, the organisations filter, stance breakdowns and
 * discourse networks agreeing), weights count utterances; and a store derived under an older version of the
 * rules is derived again on start.
 */
import { execFileSync } from 'node:child_process';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.js';
import { articleChangeSet } from '../../src/ingest/commit.js';
import type { Stance } from '../../src/model/schema.js';
import { MutationService } from '../../src/mutations/mutation-service.js';
import { ARTICLE_TEXT, firstDraft, STATED_CLAIM } from '../support/article-drafts.js';
import { createLogger } from '../../src/logger.js';
import { DERIVATION_VERSION } from '../../src/model/derived.js';
import { labelOfId, relationshipId } from '../../src/model/ids.js';
import { SEED_DIR } from '../../src/paths.js';
import { seedStore } from '../../src/seed/load.js';
import { exportRoute } from '../../src/http/export.js';
import { DERIVATION_MARKER_ID, deriveIfOutdated, storedDerivationVersion } from '../../src/derive/versioned.js';
import type { GraphStore } from '../../src/store/port.js';
import { clearStore, type TestStore } from '../support/stores.js';
import { startServer, type RunningServer } from '../support/server.js';
import { derivedFromScratch, derivedInStore } from './mutations-suite.js';

const SIF = 'framework:single-inspection-framework';
const REPORT_2013_14 = 'report:ofsted-social-care-annual-report-2013-14';
const silent = createLogger('silent');

const LINK = '{ weight node { id } via { id } evidence { id } }';

export function defineDerivedSuite(name: string, createStore: () => Promise<TestStore>) {
  describe(`the derived network on ${name}`, () => {
    let handle: TestStore;
    let store: GraphStore;
    let server: RunningServer;
    const query = async <T = any>(text: string, variables?: Record<string, unknown>): Promise<T> => {
      const { status, body } = await server.graphql<T>(text, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(status).toBe(200);
      return body.data as T;
    };

    beforeAll(async () => {
      handle = await createStore();
      store = handle.store;
      await clearStore(store);
      await seedStore(store, SEED_DIR);
      server = await startServer(store, { CHORUS_MAX_COST: '100000' });
    });
    afterAll(async () => {
      await server?.stop();
      if (store) await clearStore(store);
      await handle?.dispose();
    });

    it('no praise or criticism points at a claim or at its own node; claims are agreed and disagreed with', async () => {
      const { relationships } = await store.relationshipsOfTypes({ types: ['CRITICISED', 'PRAISED'], limit: 20_000 });
      expect(relationships.length).toBeGreaterThan(50);
      expect(relationships.filter((r) => labelOfId(r.to) === 'Claim' || r.from === r.to)).toEqual([]);
      const data = await query(`{
        wilshaw: node(id: "person:michael-wilshaw") { ... on Actor { praised { node { id } } agreedWith ${LINK} } }
        leicester: node(id: "council:leicester") { ... on Actor { criticised { node { id } } criticisedBy { node { id } } } }
        claim: node(id: "claim:hmci-2016-too-much-inadequate-provision") { ... on Claim { agreedBy { node { id } } disagreedBy { node { id } } } }
      }`);
      expect(data.wilshaw.praised.map((l: any) => labelOfId(l.node.id))).not.toContain('Claim');
      expect(data.wilshaw.agreedWith.map((l: any) => l.node.id)).toContain('claim:hmci-2016-too-much-inadequate-provision');
      expect(data.leicester.criticised.map((l: any) => l.node.id)).not.toContain('council:leicester');
      expect(data.leicester.criticisedBy.map((l: any) => l.node.id)).not.toContain('council:leicester');
      expect(data.claim.agreedBy.map((l: any) => l.node.id)).toEqual(expect.arrayContaining(['person:michael-wilshaw', 'organisation:ofsted']));
    });

    it('the network leaves AGREED_WITH / DISAGREED_WITH out unless asked, and shows them under their names when asked', async () => {
      const data = await query(`{
        plain: network(limit: 20000) { edges { type target } }
        claims: network(from: ["person:michael-wilshaw"], relationshipTypes: ["AGREED_WITH", "DISAGREED_WITH"]) { edges { type target stance } }
      }`);
      expect(data.plain.edges.length).toBeGreaterThan(100);
      expect(data.plain.edges.filter((e: any) => labelOfId(e.target) === 'Claim')).toEqual([]);
      expect(data.claims.edges.length).toBeGreaterThan(0);
      for (const edge of data.claims.edges) expect([edge.type, labelOfId(edge.target), edge.stance]).toEqual(['AGREED_WITH', 'Claim', 'SUPPORTIVE']);
      // Exported under the same name.
      const exporter = await startServer(store, {}, [exportRoute({ store })]);
      try {
        const response = await fetch(`${exporter.url}/export/network.d3.json?from=person:michael-wilshaw&relationshipTypes=AGREED_WITH,DISAGREED_WITH`);
        expect(response.status).toBe(200);
        const { links } = (await response.json()) as { links: { type: string; target: string; stance: string }[] };
        expect(links.map((l) => [l.type, l.target, l.stance]).sort()).toEqual(data.claims.edges.map((e: any) => [e.type, e.target, 'supportive']).sort());
      } finally {
        await exporter.stop();
      }
    });

    it('organisations carry what their people said for them, naming them in via; the filter, breakdown and discourse network agree', async () => {
      const data = await query(`{
        adcs: node(id: "organisation:adcs") { ... on Actor { criticised ${LINK} respondedTo ${LINK} } }
        wood: node(id: "person:alan-wood") { ... on Actor { criticised ${LINK} } }
        lga: node(id: "organisation:lga") { ... on Actor { respondedTo ${LINK} } }
        lgaStatements: statements(filter: { organisations: ["organisation:lga"] }, first: 100) { nodes { id speaker { id } } }
        breakdown: stanceBreakdown(target: "${SIF}", groupBy: ORGANISATION) { actor { id } stances { stance count } }
        discourse: discourseNetwork(aggregation: TWO_MODE, actors: ORGANISATION, targets: ["${SIF}"], weighting: STATEMENTS, sameWordsOnce: false) { edges { source target stance weight } }
      }`);
      const adcsSif = data.adcs.criticised.find((l: any) => l.node.id === SIF);
      const woodSif = data.wood.criticised.find((l: any) => l.node.id === SIF);
      expect(adcsSif.via.map((v: any) => v.id)).toEqual(['person:alan-wood']);
      expect(adcsSif.evidence.map((e: any) => e.id).sort()).toEqual(woodSif.evidence.map((e: any) => e.id).sort());
      expect(woodSif.via).toEqual([]);
      expect(data.adcs.respondedTo.find((l: any) => l.node.id === REPORT_2013_14).via.map((v: any) => v.id)).toEqual(['person:alan-wood']);

      const lgaResponse = data.lga.respondedTo.find((l: any) => l.node.id === REPORT_2013_14);
      expect(lgaResponse.via.map((v: any) => v.id)).toEqual(['person:david-simmonds']);
      const filtered = new Set(data.lgaStatements.nodes.map((s: any) => s.id));
      for (const evidence of lgaResponse.evidence) expect(filtered.has(evidence.id), evidence.id).toBe(true);
      expect(data.lgaStatements.nodes.map((s: any) => s.speaker.id)).toContain('person:david-simmonds');

      // ADCS's critical statements about the framework: as many in the breakdown as in the discourse network's critical edge.
      const adcsBreakdown = data.breakdown.find((row: any) => row.actor.id === 'organisation:adcs');
      const critical = adcsBreakdown.stances.find((s: any) => s.stance === 'CRITICAL').count;
      expect(critical).toBeGreaterThanOrEqual(woodSif.evidence.length);
      const adcsEdge = data.discourse.edges.find((e: any) => e.source === 'organisation:adcs' && e.target === SIF && e.stance === 'CRITICAL');
      expect(adcsEdge.weight).toBe(critical);
    });

    it('for every organisation and target, derived criticism, the filter and the breakdown count the same statements', async () => {
      for (const target of [SIF, REPORT_2013_14]) {
        const data = await query(`query($target: ID!) {
          breakdown: stanceBreakdown(target: $target, groupBy: ORGANISATION) { actor { id } stances { stance count } }
          node(id: $target) { ... on Framework { critics ${LINK} } ... on Report { critics ${LINK} } }
        }`, { target });
        const organisations = data.breakdown.map((row: any) => row.actor.id);
        expect(organisations.length, target).toBeGreaterThan(1);
        for (const row of data.breakdown) {
          const organisation = row.actor.id;
          const count = (stance: string) => row.stances.find((s: any) => s.stance === stance)?.count ?? 0;
          const critical = count('CRITICAL') + count('MIXED');
          const link = data.node.critics.find((l: any) => l.node.id === organisation);
          expect(link?.evidence.length ?? 0, `${organisation} criticised ${target}`).toBe(critical);
          const filtered = await query(`query($org: ID!, $target: ID!) { statements(filter: { organisations: [$org], targets: [$target], stances: [CRITICAL, MIXED] }) { totalCount } }`, { org: organisation, target });
          expect(filtered.statements.totalCount, `${organisation} filter on ${target}`).toBe(critical);
        }
      }
    });

    it('weights count utterances: the same words printed twice count once, unless asked otherwise; evidence lists each', async () => {
      const data = await query(`{
        wood: node(id: "person:alan-wood") { ... on Actor { criticised ${LINK} } }
        once: network(from: ["person:alan-wood"], relationshipTypes: ["CRITICISED"]) { edges { target weight evidence } }
        every: network(from: ["person:alan-wood"], relationshipTypes: ["CRITICISED"], sameWordsOnce: false) { edges { target weight evidence } }
      }`);
      const link = data.wood.criticised.find((l: any) => l.node.id === SIF);
      expect(link.evidence).toHaveLength(5);
      expect(link.weight).toBe(2);
      expect(data.once.edges.find((e: any) => e.target === SIF)).toMatchObject({ weight: 2 });
      expect(data.every.edges.find((e: any) => e.target === SIF)).toMatchObject({ weight: 5 });
      expect(data.once.edges.find((e: any) => e.target === SIF).evidence).toHaveLength(5);
    });

    it('a role or part added through the API re-derives as a fresh seed would', async () => {
      const writer = await startServer(store, { CHORUS_API_KEYS: 'alice:alice-key-0123456789abcdef' });
      try {
        const auth = { authorization: 'Bearer alice-key-0123456789abcdef' };
        const added = await writer.graphql(
          `mutation { addRelationship(type: "HELD_ROLE", from: "person:jo-cleary", to: "organisation:basw", properties: { title: "adviser", from: "2015", to: "2015" }) { change { id } } }`,
          {}, auth,
        );
        expect(added.body.errors).toBeUndefined();
        const part = await writer.graphql(`mutation { addRelationship(type: "MEMBER_OF", from: "organisation:basw", to: "organisation:adcs") { change { id } } }`, {}, auth);
        expect(part.body.errors).toBeUndefined();
        const stored = await derivedInStore(store);
        expect(stored).toEqual(await derivedFromScratch(store));
        expect(stored.some((r) => r.type === 'SPOKE_FOR' && r.to === 'organisation:adcs' && r.properties.via === 'person:jo-cleary')).toBe(true);
      } finally {
        await writer.stop();
      }
    });

    it('deleting a body through the API takes its people’s statements out of the organisations above it', async () => {
      const writer = await startServer(store, { CHORUS_API_KEYS: 'alice:alice-key-0123456789abcdef' });
      try {
        // David Simmonds chaired the LGA's board: with the board gone, his statements count for neither it nor the LGA.
        const deleted = await writer.graphql(`mutation { deleteNode(id: "organisation:lga-children-and-young-people-board") { change { id } } }`, {}, { authorization: 'Bearer alice-key-0123456789abcdef' });
        expect(deleted.body.errors).toBeUndefined();
        const stored = await derivedInStore(store);
        expect(stored).toEqual(await derivedFromScratch(store));
        expect(stored.filter((r) => r.from === 'organisation:lga' && (r.properties.via as string[]).includes('person:david-simmonds'))).toEqual([]);
      } finally {
        await writer.stop();
      }
    });

    it('a store derived under an older version of the rules is derived again on start, once', async () => {
      const current = await derivedInStore(store);
      expect(await storedDerivationVersion(store)).toBe(DERIVATION_VERSION);
      expect(await deriveIfOutdated(store, silent)).toBeNull();
      // As the old rules left it: praise of a claim, a self-loop, an organisation without its president's criticism.
      const stale = [
        { id: relationshipId('PRAISED', 'person:michael-wilshaw', 'claim:hmci-2016-too-much-inadequate-provision'), type: 'PRAISED' as const, from: 'person:michael-wilshaw', to: 'claim:hmci-2016-too-much-inadequate-provision', properties: { evidence: ['statement:blog-2016-hmci-social-care-report.hmci-opening-too-much-inadequate'], weight: 1 } },
        { id: relationshipId('CRITICISED', 'council:leicester', 'council:leicester'), type: 'CRITICISED' as const, from: 'council:leicester', to: 'council:leicester', properties: { evidence: [], weight: 1 } },
      ];
      await store.write({
        relationships: stale,
        deleteRelationships: [relationshipId('CRITICISED', 'organisation:adcs', SIF)],
        nodes: [{ id: DERIVATION_MARKER_ID, label: 'Marker', properties: { contentHash: 'old', completedAt: '2026-01-01T00:00:00.000Z', version: DERIVATION_VERSION - 1 } }],
      });
      const result = await deriveIfOutdated(store, silent);
      expect(result).toEqual({ upserted: 1, removed: 2 });
      expect(await derivedInStore(store)).toEqual(current);
      expect(await storedDerivationVersion(store)).toBe(DERIVATION_VERSION);
      expect(await deriveIfOutdated(store, silent)).toBeNull();
    });

    it('a statement’s relation to a claim is said once: no ABOUT points at a claim, and every reading of its stance is its ASSERTS or DISPUTES', async () => {
      const about = await store.relationshipsOfTypes({ types: ['ABOUT'], limit: 20_000 });
      expect(about.relationships.length).toBeGreaterThan(100);
      expect(about.relationships.filter((r) => labelOfId(r.to) === 'Claim')).toEqual([]);
      const links = (await store.relationshipsOfTypes({ types: ['ASSERTS', 'DISPUTES'], limit: 20_000 })).relationships.filter((r) => labelOfId(r.from) === 'Statement');
      const stored = new Map(links.map((r) => [`${r.from}|${r.to}`, r.type === 'ASSERTS' ? 'SUPPORTIVE' : 'CRITICAL']));
      expect(new Set(stored.values())).toEqual(new Set(['SUPPORTIVE', 'CRITICAL']));

      // A statement's targets, every statement.
      const targets = new Map<string, string>();
      const speakerOf = new Map<string, string>();
      for (let after: string | null = null, more = true; more; ) {
        const data: any = await query(`query($after: String) { statements(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id speaker { id } targets { stance target { id } } } } }`, { after });
        for (const statement of data.statements.nodes) {
          speakerOf.set(statement.id, statement.speaker.id);
          for (const t of statement.targets) if (labelOfId(t.target.id) === 'Claim') targets.set(`${statement.id}|${t.target.id}`, t.stance);
        }
        [after, more] = [data.statements.pageInfo.endCursor, data.statements.pageInfo.hasNextPage];
      }
      expect(targets).toEqual(stored);

      // Per claim and stance: counts, filters, a claim's statements, the breakdown and the discourse network.
      const perClaim = new Map<string, Map<string, number>>();
      for (const [key, stance] of stored) {
        const claim = key.split('|')[1];
        const counts = perClaim.get(claim) ?? new Map<string, number>();
        counts.set(stance, (counts.get(stance) ?? 0) + 1);
        perClaim.set(claim, counts);
      }
      const discourse = await query(`{ discourseNetwork(aggregation: TWO_MODE, targetTypes: [CLAIM], weighting: STATEMENTS, sameWordsOnce: false, limit: 20000) { edges { source target stance weight } } }`);
      for (const [claim, counts] of perClaim) {
        const data = await query(`query($claim: ID!) {
          stanceCounts(target: $claim) { stance count }
          breakdown: stanceBreakdown(target: $claim, groupBy: SPEAKER) { stances { stance count } }
          supportive: statements(filter: { targets: [$claim], stances: [SUPPORTIVE] }) { totalCount }
          critical: statements(filter: { targets: [$claim], stances: [CRITICAL, MIXED, NEUTRAL] }) { totalCount }
          any: statements(filter: { targets: [$claim] }) { totalCount }
          node(id: $claim) { ... on Claim { supportive: statements(stance: SUPPORTIVE) { totalCount } critical: statements(stance: CRITICAL) { totalCount } all: statements(first: 100) { nodes { id } } } }
        }`, { claim });
        // Neutral and mixed are not a relation to a claim: always none.
        expect(Object.fromEntries(data.stanceCounts.map((row: any) => [row.stance, row.count])), claim).toEqual({ SUPPORTIVE: counts.get('SUPPORTIVE') ?? 0, CRITICAL: counts.get('CRITICAL') ?? 0, NEUTRAL: 0, MIXED: 0 });
        const summed = new Map<string, number>();
        for (const row of data.breakdown) for (const { stance, count } of row.stances) if (count > 0) summed.set(stance, (summed.get(stance) ?? 0) + count);
        expect(summed, claim).toEqual(new Map(counts));
        expect([data.supportive.totalCount, data.critical.totalCount, data.any.totalCount], claim).toEqual([counts.get('SUPPORTIVE') ?? 0, counts.get('CRITICAL') ?? 0, (counts.get('SUPPORTIVE') ?? 0) + (counts.get('CRITICAL') ?? 0)]);
        expect([data.node.supportive.totalCount, data.node.critical.totalCount], claim).toEqual([counts.get('SUPPORTIVE') ?? 0, counts.get('CRITICAL') ?? 0]);
        expect(data.node.all.nodes.map((n: any) => n.id).sort(), claim).toEqual(links.filter((r) => r.to === claim).map((r) => r.from).sort());
        const weights = new Map<string, number>();
        for (const edge of discourse.discourseNetwork.edges.filter((e: any) => e.target === claim)) weights.set(edge.stance, (weights.get(edge.stance) ?? 0) + edge.weight);
        expect(weights, `discourse network on ${claim}`).toEqual(new Map(counts));
      }

      // The statements CSV, read back by Python's csv module: one row per statement and claim, with the same stance.
      const exporter = await startServer(store, {}, [exportRoute({ store })]);
      try {
        const response = await fetch(`${exporter.url}/export/statements.csv?view=two-mode&targetTypes=CLAIM&limit=20000`);
        expect(response.status).toBe(200);
        const rows = JSON.parse(execFileSync('python3', ['-c', 'import csv, io, json, sys; print(json.dumps([[r["statement_id"], r["target_id"], r["stance"]] for r in csv.DictReader(io.StringIO(sys.stdin.read().lstrip("\\ufeff")))]))'], { input: await response.text(), encoding: 'utf8' })) as string[][];
        const csvStances = new Map(rows.filter(([, target]) => labelOfId(target) === 'Claim').map(([statement, target, stance]) => [`${statement}|${target}`, stance.toUpperCase()]));
        expect(csvStances).toEqual(stored);
      } finally {
        await exporter.stop();
      }
    });

    it('setStance toward a claim moves ASSERTS and DISPUTES; neutral or an ABOUT to a claim is refused, naming the field', async () => {
      const writer = await startServer(store, { CHORUS_API_KEYS: 'alice:alice-key-0123456789abcdef' });
      const statement = 'statement:blog-2016-hmci-social-care-report.hmci-opening-too-much-inadequate';
      const claim = 'claim:hmci-2016-too-much-inadequate-provision';
      const auth = { authorization: 'Bearer alice-key-0123456789abcdef' };
      const setStance = (stance: string) => writer.graphql(`mutation { setStance(statement: "${statement}", target: "${claim}", stance: ${stance}) { node { ... on Statement { targets { stance target { id } } } } } }`, {}, auth);
      const linksOf = async () => {
        const [asserts, disputes, about] = await Promise.all((['ASSERTS', 'DISPUTES', 'ABOUT'] as const).map((type) => store.related([statement], { type, direction: 'out' })));
        return { asserts: asserts[0].some((h) => h.node.id === claim), disputes: disputes[0].some((h) => h.node.id === claim), about: about[0].some((h) => h.node.id === claim) };
      };
      try {
        expect(await linksOf()).toEqual({ asserts: true, disputes: false, about: false });
        const disputed = await setStance('CRITICAL');
        expect(disputed.body.errors).toBeUndefined();
        expect(disputed.body.data.setStance.node.targets).toContainEqual({ stance: 'CRITICAL', target: { id: claim } });
        expect(await linksOf()).toEqual({ asserts: false, disputes: true, about: false });
        const derived = await derivedInStore(store);
        expect(derived).toEqual(await derivedFromScratch(store));
        expect(derived.some((r) => r.type === 'DISAGREED_WITH' && r.from === 'person:michael-wilshaw' && r.to === claim)).toBe(true);

        for (const stance of ['NEUTRAL', 'MIXED']) {
          const refused = await setStance(stance);
          expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(JSON.stringify(refused.body.errors?.[0]?.extensions)).toMatch(/stance/);
          expect(refused.body.errors?.[0]?.message).toMatch(/asserts \(supportive\) or disputes \(critical\)/);
          expect(await linksOf()).toEqual({ asserts: false, disputes: true, about: false });
        }
        const about = await writer.graphql(`mutation { addRelationship(type: "ABOUT", from: "${statement}", to: "${claim}", properties: { stance: "supportive" }) { change { id } } }`, {}, auth);
        expect(about.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(about.body.errors?.[0]?.extensions)).toMatch(/ABOUT/);
        expect(await linksOf()).toEqual({ asserts: false, disputes: true, about: false });

        const asserted = await setStance('SUPPORTIVE');
        expect(asserted.body.errors).toBeUndefined();
        expect(await linksOf()).toEqual({ asserts: true, disputes: false, about: false });
        expect(await derivedInStore(store)).toEqual(await derivedFromScratch(store));
      } finally {
        await writer.stop();
      }
    });

    it('a store whose statements held ABOUT links to claims is migrated once, on the derivation’s version, and logs what it did', async () => {
      const current = await derivedInStore(store);
      const asserted = { statement: 'statement:blog-2016-hmci-social-care-report.hmci-opening-too-much-inadequate', claim: 'claim:hmci-2016-too-much-inadequate-provision' };
      const disputed = { statement: 'statement:guardian-2015-sector-response.wood-simply-not-credible', claim: 'claim:sif-over-70pc-not-good-enough' };
      const neutral = { statement: 'statement:guardian-2015-sector-response.simmonds-pressure-and-resources', claim: 'claim:nhs-winter-pressures-2bn' };
      const aboutLink = ({ statement, claim }: { statement: string; claim: string }, stance: string) =>
        ({ id: relationshipId('ABOUT', statement, claim, { stance }), type: 'ABOUT' as const, from: statement, to: claim, properties: { stance } });
      // As an older version stored it: an ABOUT in place of the ASSERTS, an ABOUT that disagrees with a DISPUTES, a neutral one.
      const old = [aboutLink(asserted, 'supportive'), aboutLink(disputed, 'supportive'), aboutLink(neutral, 'neutral')];
      await store.write({
        relationships: old,
        deleteRelationships: [relationshipId('ASSERTS', asserted.statement, asserted.claim, {})],
        nodes: [{ id: DERIVATION_MARKER_ID, label: 'Marker', properties: { contentHash: 'old', completedAt: '2026-01-01T00:00:00.000Z', version: 2 } }],
      });
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });

      expect(await deriveIfOutdated(store, logger)).not.toBeNull();
      expect((await store.getRelationships(old.map((r) => r.id))).every((r) => r === null)).toBe(true);
      const has = async (type: 'ASSERTS' | 'DISPUTES', { statement, claim }: { statement: string; claim: string }) => (await store.getRelationships([relationshipId(type, statement, claim, {})]))[0] !== null;
      expect([await has('ASSERTS', asserted), await has('DISPUTES', disputed), await has('ASSERTS', disputed), await has('ASSERTS', neutral)]).toEqual([true, true, false, true]);
      const messages = lines.map((line) => JSON.parse(line).msg as string);
      expect(messages.filter((m) => /ABOUT links to claims/.test(m))).toEqual([
        'a statement’s relation to a claim is now said once (ASSERTS or DISPUTES): 3 ABOUT links to claims removed; 1 written as ASSERTS or DISPUTES, 1 already said so, 1 neutral or mixed dropped',
      ]);
      expect(await derivedInStore(store)).toEqual(current);
      expect(await storedDerivationVersion(store)).toBe(DERIVATION_VERSION);

      lines.length = 0;
      expect(await deriveIfOutdated(store, logger)).toBeNull();
      expect(lines).toEqual([]);
    });

    it('a draft’s target that is a claim is committed as ASSERTS or DISPUTES; neutral toward a claim is refused, naming the field', async () => {
      const draft = firstDraft();
      const [wood, , wilshaw] = draft.statements;
      const claimTarget = (stance: Stance) => ({ target: STATED_CLAIM, stance, label: 'Claim', name: STATED_CLAIM, confidence: 0.9, cues: ['test'] });
      wilshaw.about.push(claimTarget('supportive'));
      wood.about.push(claimTarget('critical'));
      await new MutationService(store).apply(await articleChangeSet(store, draft, ARTICLE_TEXT), 'alice');
      const links = async (statement: string) =>
        Object.fromEntries(await Promise.all((['ABOUT', 'ASSERTS', 'DISPUTES'] as const).map(async (type) => [type, (await store.related([statement], { type, direction: 'out' }))[0].some((h) => h.node.id === STATED_CLAIM)])));
      expect(await links(wilshaw.id)).toEqual({ ABOUT: false, ASSERTS: true, DISPUTES: false });
      expect(await links(wood.id)).toEqual({ ABOUT: false, ASSERTS: false, DISPUTES: true });
      const data = await query(`{ nodes(ids: ["${wilshaw.id}", "${wood.id}"]) { ... on Statement { targets { stance target { id } } } } }`);
      expect(data.nodes.map((n: any) => n.targets.find((t: any) => t.target.id === STATED_CLAIM)?.stance)).toEqual(['SUPPORTIVE', 'CRITICAL']);

      const neutral = firstDraft();
      neutral.statements[2].about.push(claimTarget('neutral'));
      const refused = await articleChangeSet(store, neutral, ARTICLE_TEXT).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      // Named by the draft's own path, the field the reviewer set.
      expect((refused as ValidationError).problems.map((p) => p.path)).toEqual([['draft', 'statements', 2, 'about', 1, 'stance']]);
      expect(JSON.stringify((refused as ValidationError).problems)).toMatch(/stance \\"neutral\\" toward claim:scar-2013-14-three-quarters-less-than-good cannot be stored/);
      expect(await links(wilshaw.id)).toEqual({ ABOUT: false, ASSERTS: true, DISPUTES: false });
    });
  });
}
