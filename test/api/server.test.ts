/** The HTTP surface of the foundation, through a real server over a real Grafeo store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrafeoTestStore, type TestStore } from '../support/stores.js';
import { startServer, type RunningServer } from '../support/server.js';
import { MAX_BODY_BYTES } from '../../src/http/server.js';

describe('HTTP server', () => {
  let handle: TestStore;
  let server: RunningServer;

  beforeAll(async () => {
    handle = await createGrafeoTestStore();
    await handle.store.write({
      nodes: [
        { id: 'person:alan-wood', label: 'Person', properties: { name: 'Alan Wood' } },
        { id: 'organisation:adcs', label: 'Organisation', properties: { name: "Association of Directors of Children's Services", kind: 'association' } },
      ],
      relationships: [
        { id: 'held_role:person:alan-wood>organisation:adcs~president', type: 'HELD_ROLE', from: 'person:alan-wood', to: 'organisation:adcs', properties: { title: 'president' } },
      ],
    });
    server = await startServer(handle.store);
  });
  afterAll(async () => {
    await server?.stop();
    await handle?.dispose();
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'grafeo' });
  });

  it('counts nodes per label and relationships per type', async () => {
    const { body } = await server.graphql('{ stats { store labels { label count } relationshipTypes { type count } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.stats.store).toBe('grafeo');
    expect(body.data.stats.labels).toContainEqual({ label: 'Person', count: 1 });
    expect(body.data.stats.labels).toContainEqual({ label: 'Organisation', count: 1 });
    expect(body.data.stats.relationshipTypes).toContainEqual({ type: 'HELD_ROLE', count: 1 });
  });

  it('finds a node by id, and answers null for an unknown one', async () => {
    const { body } = await server.graphql('query($id: ID!) { node(id: $id) { id __typename ... on Actor { name } } }', { id: 'organisation:adcs' });
    expect(body.data.node).toEqual({ id: 'organisation:adcs', __typename: 'Organisation', name: "Association of Directors of Children's Services" });
    const missing = await server.graphql('{ node(id: "person:nobody") { id } }');
    expect(missing.body.data.node).toBeNull();
  });

  it('reports invalid queries with a stable code', async () => {
    const { status, body } = await server.graphql('{ stats { nope } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('blocks CSRF-prone requests (a GET without a preflight header)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { store } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    const allowed = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { store } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('refuses a body over the size limit and malformed JSON', async () => {
    const big = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ stats { store } } #${'x'.repeat(MAX_BODY_BYTES)}` }) });
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers unknown routes with 404', async () => {
    const response = await fetch(`${server.url}/nowhere`);
    expect(response.status).toBe(404);
  });
});

describe('readiness follows the store', () => {
  it('turns /readyz false when the store stops answering', async () => {
    const handle = await createGrafeoTestStore();
    const server = await startServer(handle.store);
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      await handle.store.close();
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', store: 'grafeo' });
    } finally {
      await server.stop();
      await handle.dispose();
    }
  });
});
