/**
 * What Grafeo's direct reads remember between commits (src/store/grafeo/read-memory.ts), on a real
 * in-memory Grafeo database written through its direct calls (each its own commit): remembered values
 * stay only while every commit is one the memory was told of, and a read that began before a write
 * never leaves the older value behind once the write is done. The store-level answers, against Cypher's,
 * are grafeo-direct-reads.test.ts's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { GrafeoDB as GrafeoDatabase } from '@grafeo-db/js';
import { ReadMemory } from '../../src/store/grafeo/read-memory.js';

const { GrafeoDB } = createRequire(import.meta.url)('@grafeo-db/js') as typeof import('@grafeo-db/js');

const scope = (over: Partial<Parameters<ReadMemory['writing']>[0]>) => ({ nodes: [], relationships: [], deletedRelationships: [], unbounded: false, ...over });

describe('the memory of Grafeo direct reads', () => {
  let db: GrafeoDatabase;
  let memory: ReadMemory;
  let x: number;
  let y: number;
  let statement: number;
  /** Property reads (through a view) and neighbour lists that reached Grafeo. */
  let nativeReads = 0;
  let nativeLists = 0;

  beforeEach(() => {
    db = GrafeoDB.create();
    x = db.createNode(['Person'], { id: 'person:x', name: 'A' }).id;
    y = db.createNode(['Person'], { id: 'person:y', name: 'Y' }).id;
    statement = db.createNode(['Statement'], { id: 'statement:s', text: 'words' }).id;
    const asOf = db.asOf.bind(db);
    db.asOf = (point) => {
      const view = asOf(point);
      const read = view.getNodeProperty.bind(view);
      view.getNodeProperty = (handle, key) => (nativeReads++, read(handle, key));
      return view;
    };
    const getNodeEdges = db.getNodeEdges.bind(db);
    db.getNodeEdges = (handle, options) => (nativeLists++, getNodeEdges(handle, options));
    nativeReads = 0;
    nativeLists = 0;
    memory = new ReadMemory(db);
  });
  afterEach(() => {
    memory.close();
    db.close();
  });

  it('keeps what a write it was told of leaves alone, and reads again what the write changed', () => {
    expect(memory.snapshot().property(x, 'name')).toBe('A');
    expect(memory.snapshot().property(y, 'name')).toBe('Y');
    const read = nativeReads;
    expect(memory.snapshot().property(y, 'name')).toBe('Y');
    expect(nativeReads).toBe(read); // remembered

    const done = memory.writing(scope({ nodes: ['person:x'] }));
    db.setNodeProperty(x, 'name', 'B');
    done();
    expect(memory.snapshot().property(x, 'name')).toBe('B');
    const after = nativeReads;
    expect(memory.snapshot().property(y, 'name')).toBe('Y');
    expect(nativeReads).toBe(after); // still remembered across the write
  });

  it('forgets everything at a commit it was not told of', () => {
    expect(memory.snapshot().property(y, 'name')).toBe('Y');
    db.setNodeProperty(y, 'name', 'Z');
    expect(memory.snapshot().property(y, 'name')).toBe('Z');
  });

  it('does not keep what a read that began before a write read after the write was done', () => {
    const before = memory.snapshot(); // a read that started, then awaited
    const done = memory.writing(scope({ nodes: ['person:x'] }));
    db.setNodeProperty(x, 'name', 'B');
    done();
    expect(before.property(x, 'name')).toBe('A'); // it reads at its own commit
    expect(memory.snapshot().property(x, 'name')).toBe('B'); // and left nothing older behind
  });

  it('does not keep what is read while a write of it is under way', () => {
    expect(memory.snapshot().property(x, 'name')).toBe('A');
    const done = memory.writing(scope({ nodes: ['person:x'] }));
    expect(memory.snapshot().property(x, 'name')).toBe('A'); // not written yet
    db.setNodeProperty(x, 'name', 'B');
    done();
    expect(memory.snapshot().property(x, 'name')).toBe('B');
  });

  it('reads a node\'s neighbours again when a relationship at either end is created or deleted, not when one is updated', () => {
    const said = 'said:person:x>statement:s';
    const snapshot = () => memory.snapshot();
    expect(snapshot().neighbours('person:x', x, 'SAID', 'out')).toEqual([]);
    expect(snapshot().neighbours('statement:s', statement, 'SAID', 'in')).toEqual([]);
    let done = memory.writing(scope({ relationships: [said] }));
    const edge = db.createEdge(x, statement, 'SAID', { id: said }).id;
    done();
    expect(snapshot().neighbours('person:x', x, 'SAID', 'out')).toEqual([[statement, edge]]);
    expect(snapshot().neighbours('statement:s', statement, 'SAID', 'in')).toEqual([[x, edge]]);
    expect(snapshot().edge(edge)).toEqual({ type: 'SAID', stored: { id: said } });

    // An update of an edge the memory holds: its properties again, its ends' lists kept.
    const lists = nativeLists;
    done = memory.writing(scope({ relationships: [said] }));
    db.setEdgeProperty(edge, 'id', said);
    done();
    expect(snapshot().neighbours('person:x', x, 'SAID', 'out')).toEqual([[statement, edge]]);
    expect(nativeLists).toBe(lists);

    done = memory.writing(scope({ deletedRelationships: [said] }));
    db.deleteEdge(edge);
    done();
    expect(snapshot().neighbours('person:x', x, 'SAID', 'out')).toEqual([]);
    expect(snapshot().neighbours('statement:s', statement, 'SAID', 'in')).toEqual([]);
    expect(snapshot().edge(edge)).toBeNull();
  });

  it('keeps nothing across an unbounded write', () => {
    expect(memory.snapshot().property(y, 'name')).toBe('Y');
    const done = memory.writing(scope({ unbounded: true }));
    db.setNodeProperty(y, 'name', 'Z');
    done();
    expect(memory.snapshot().property(y, 'name')).toBe('Z');
  });
});
