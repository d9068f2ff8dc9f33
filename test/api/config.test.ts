import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { ConfigurationError } from '../../src/errors.js';

describe('configuration', () => {
  it('defaults to the embedded store under data/', () => {
    const settings = loadSettings({});
    expect(settings.store.kind).toBe('grafeo');
    expect(settings.store.kind === 'grafeo' && settings.store.path).toMatch(/data\/chorus\.grafeo$/);
    expect(settings.port).toBe(4000);
  });

  it('chooses Neo4j when NEO4J_URI is set', () => {
    const settings = loadSettings({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' });
    expect(settings.store).toEqual({ kind: 'neo4j', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'neo4j' });
  });

  it('reports every bad value at once, by name', () => {
    let error: unknown;
    try {
      loadSettings({ PORT: 'eighty', LOG_LEVEL: 'loud', NEO4J_URI: 'http://x', CHORUS_SEED_ON_START: 'maybe', CHORUS_SOURCE_TEXT: 'some' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.join('\n');
    for (const name of ['PORT', 'LOG_LEVEL', 'NEO4J_URI', 'CHORUS_SEED_ON_START', 'CHORUS_SOURCE_TEXT']) expect(problems).toContain(name);
  });
});
