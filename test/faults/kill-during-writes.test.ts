/**
 * SIGKILL in the middle of a seed and of a large article commit, then a
 * restart: the store opens, holds all or none of each write, and running
 * the job again completes it.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEED_DIR } from '../../src/paths.js';
import { planSeed } from '../../src/seed/plan.js';
import { GrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { SEED_MARKER_ID } from '../../src/seed/load.js';
import { tempDir } from '../support/stores.js';
import { startProcess, waitForUrl } from '../support/process.js';

const SEED_CLI = join(PROJECT_ROOT, 'dist/src/cli/seed.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The real seed plus many generated sources, so that seeding takes long enough to be killed in the middle. */
function bigSeed(dir: string, sources: number, statementsEach: number): void {
  cpSync(SEED_DIR, dir, { recursive: true });
  for (let s = 0; s < sources; s++) {
    const lines = Array.from({ length: statementsEach }, (_, i) => `Alan Wood said: “Generated remark ${s}-${i} on the single inspection framework.”`);
    const text = `Generated article ${s}\n\n${lines.join('\n\n')}\n`;
    writeFileSync(join(dir, 'sources', `generated-${s}.txt`), text);
    const cps = Array.from(text);
    const statements = lines.map((line, i) => {
      const words = `Generated remark ${s}-${i} on the single inspection framework.`;
      const start = Array.from(text.slice(0, text.indexOf(words))).length;
      return { id: `statement:generated-${s}.${i}`, speaker: 'person:alan-wood', kind: 'quote', text: words, start, end: start + Array.from(words).length, about: [{ target: 'framework:single-inspection-framework', stance: 'critical' }] };
    });
    void cps;
    writeFileSync(join(dir, `source-generated-${s}.json`), JSON.stringify({ sources: [{ id: `source:generated-${s}`, title: `Generated ${s}`, date: '2015', textFile: `generated-${s}.txt`, sha256: createHash('sha256').update(text).digest('hex'), statements }] }));
  }
}

function runSeed(path: string, seedDir: string, killAfterMs?: number, killWhen = /upserting/): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SEED_CLI, seedDir], { env: { ...process.env, NEO4J_URI: '', CHORUS_DATA_PATH: path }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => {
      output += c;
      // Kill once writing (or the phase named) has begun, a little later each time.
      if (killAfterMs !== undefined && killWhen.test(output)) {
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        killAfterMs = undefined;
      }
    });
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

describe('SIGKILL during writes', () => {
  it('a seed killed midway leaves whole batches; the next run completes it', async ({ annotate }) => {
    expect(existsSync(SEED_CLI), 'run `npm run build` first (npm test does)').toBe(true);
    const dir = tempDir('chorus-kill-seed-');
    const seedDir = join(dir.path, 'seed');
    bigSeed(seedDir, 40, 100);
    const plan = planSeed(seedDir);
    expect(plan.problems).toEqual([]);
    const path = join(dir.path, 'store.grafeo');
    let killedMidway = 0;
    try {
      for (const delay of [150, 400, 900]) {
        const run = await runSeed(path, seedDir, delay);
        const store = GrafeoStore.open({ path });
        try {
          const [marker] = await store.getNodes([SEED_MARKER_ID]);
          const statements = await store.count('Statement');
          if (run.signal === 'SIGKILL' && !marker) killedMidway++;
          // Nodes go in batches of whole records: every statement present has its text.
          const page = await store.list({ label: 'Statement', limit: 5000 });
          for (const node of page.nodes) expect(typeof node.properties.text).toBe('string');
          expect(statements).toBeLessThanOrEqual(plan.nodes.filter((n) => n.label === 'Statement').length);
        } finally {
          await store.close();
        }
      }
      const finish = await runSeed(path, seedDir);
      expect(finish.code, finish.output).toBe(0);
      const store = GrafeoStore.open({ path });
      try {
        expect(await store.count('Statement')).toBe(plan.nodes.filter((n) => n.label === 'Statement').length);
        expect((await store.getNodes([SEED_MARKER_ID]))[0]?.properties.contentHash).toBe(plan.contentHash);
        const [critics] = await store.related(['framework:single-inspection-framework'], { type: 'CRITICISED', direction: 'in' });
        const wood = critics.find((c) => c.node.id === 'person:alan-wood');
        expect(wood?.relationship.properties.weight).toBe(plan.derived.find((r) => r.id === wood?.relationship.id)?.properties.weight);
      } finally {
        await store.close();
      }
      await annotate(`kill during seed: ${killedMidway} of 3 runs killed before the seed finished; the next run completed it`);
      expect(killedMidway).toBeGreaterThan(0);
    } finally {
      dir.remove();
    }
  }, 240_000);

  it('a seed into an empty store killed while creating relationships leaves whole batches; the next run completes it, nothing doubled', async ({ annotate }) => {
    // Into an empty store the loader creates relationships in batches of their own (Grafeo: batchCreateEdges).
    const dir = tempDir('chorus-kill-edges-');
    const seedDir = join(dir.path, 'seed');
    bigSeed(seedDir, 60, 100);
    const plan = planSeed(seedDir);
    const expected: Record<string, number> = {};
    for (const rel of [...plan.relationships, ...plan.derived]) expected[rel.type] = (expected[rel.type] ?? 0) + 1;
    let killedAmongRelationships = 0;
    try {
      for (const delay of [0, 40, 120]) {
        const path = join(dir.path, `store-${delay}.grafeo`);
        const run = await runSeed(path, seedDir, delay, /^nodes\s+\d+ \/ \d+/m);
        let store = GrafeoStore.open({ path });
        try {
          const counts = await store.countByRelationshipType();
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          if (run.signal === 'SIGKILL' && total > 0 && total < plan.relationships.length) killedAmongRelationships++;
          for (const [type, count] of Object.entries(counts)) expect(count, type).toBeLessThanOrEqual(expected[type] ?? 0);
          // Every relationship present is whole: a statement's place in its source has both ends.
          const [placed] = await store.related(['statement:generated-0.0'], { type: 'SOURCED_FROM', direction: 'out' });
          for (const hit of placed) expect([typeof hit.relationship.properties.start, typeof hit.relationship.properties.end]).toEqual(['number', 'number']);
        } finally {
          await store.close();
        }
        const finish = await runSeed(path, seedDir);
        expect(finish.code, finish.output).toBe(0);
        store = GrafeoStore.open({ path });
        try {
          expect(await store.countByRelationshipType()).toEqual(expected);
        } finally {
          await store.close();
        }
      }
      await annotate(`kill among relationships: ${killedAmongRelationships} of 3 runs killed with some relationships written; each next run completed it with none doubled`);
      expect(killedAmongRelationships).toBeGreaterThan(0);
    } finally {
      dir.remove();
    }
  }, 240_000);

  it('an article commit and a large merge killed midway are all or nothing; doing them again completes them', async ({ annotate }) => {
    const dir = tempDir('chorus-kill-commit-');
    const path = join(dir.path, 'store.grafeo');
    const KEY = 'kill-key-0123456789abcdef';
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Alan Wood, president of the ADCS, said: “Point ${i} shows the single inspection framework is flawed and unfair.”`);
    const article = { title: 'A long response', date: '2015-03-20', text: `A long response\n\n${paragraphs.join('\n\n')}\n` };
    const env = { CHORUS_DATA_PATH: path, CHORUS_API_KEYS: `killer:${KEY}` };
    const post = async (url: string, query: string, variables: unknown) =>
      (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query, variables }) })).json();
    const COMMIT = 'mutation($source: ArticleInput!, $draft: JSONObject!) { commitArticle(source: $source, draft: $draft) { applied node { id } } }';
    try {
      let server = startProcess(env);
      let url = await waitForUrl(server);
      const draft = (await post(url, 'query($source: ArticleInput!) { proposeArticle(source: $source) }', { source: article })).data.proposeArticle;
      const expected = draft.statements.filter((s: any) => s.about.length).length;
      expect(expected).toBeGreaterThan(300);

      // Each round: commit, kill the server a moment later, restart it, count what the article left.
      const COUNT = 'query($source: ID!) { statements(filter: { sources: [$source] }) { totalCount } }';
      const outcomes: number[] = [];
      for (const delay of [5, 60, 250, 700]) {
        void post(url, COMMIT, { source: article, draft }).catch(() => undefined);
        await sleep(delay);
        server.child.kill('SIGKILL');
        await server.exited;
        server = startProcess(env);
        url = await waitForUrl(server);
        const found = (await post(url, COUNT, { source: draft.source.id })).data.statements.totalCount;
        expect([0, expected]).toContain(found);
        outcomes.push(found);
        if (found === expected) break;
      }
      const done = await post(url, COMMIT, { source: article, draft });
      expect(done.errors).toBeUndefined();
      expect((await post(url, COUNT, { source: draft.source.id })).data.statements.totalCount).toBe(expected);

      // A large mutation: merging Alan Wood (now with 400 more statements) into Sir Michael Wilshaw, killed midway.
      const SAID = 'query($a: ID!) { statements(filter: { speakers: [$a] }) { totalCount } }';
      const woodBefore = (await post(url, SAID, { a: 'person:alan-wood' })).data.statements.totalCount;
      const wilshawBefore = (await post(url, SAID, { a: 'person:michael-wilshaw' })).data.statements.totalCount;
      const MERGE = 'mutation { mergeActors(keep: "person:michael-wilshaw", remove: "person:alan-wood") { applied } }';
      const merges: string[] = [];
      for (const delay of [5, 60, 250, 700]) {
        void post(url, MERGE, {}).catch(() => undefined);
        await sleep(delay);
        server.child.kill('SIGKILL');
        await server.exited;
        server = startProcess(env);
        url = await waitForUrl(server);
        const wood = (await post(url, SAID, { a: 'person:alan-wood' })).data.statements.totalCount;
        const wilshaw = (await post(url, SAID, { a: 'person:michael-wilshaw' })).data.statements.totalCount;
        const whole = wood === 0 && wilshaw === wilshawBefore + woodBefore ? 'merged' : wood === woodBefore && wilshaw === wilshawBefore ? 'untouched' : 'HALF';
        merges.push(whole);
        expect(whole).not.toBe('HALF');
        if (whole === 'merged') break;
      }
      if (merges.at(-1) !== 'merged') expect((await post(url, MERGE, {})).errors).toBeUndefined();
      expect((await post(url, SAID, { a: 'person:michael-wilshaw' })).data.statements.totalCount).toBe(wilshawBefore + woodBefore);
      await annotate(`kill during a merge of ${woodBefore} statements: ${JSON.stringify(merges)}; merging again completed it`);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      await annotate(`kill during article commit: statements found after each kill ${JSON.stringify(outcomes)} (of ${expected}); committing again completed it`);
    } finally {
      dir.remove();
    }
  }, 240_000);
});
