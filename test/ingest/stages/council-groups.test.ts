/**
 * The council-groups part of target resolution (src/ingest/stages/council-groups.ts, used by
 * stages/targets.ts): lists of councils the text writes, and the councils a group reference means.
 * Made-up places and a made-up gazetteer; no store.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../../src/ingest/gazetteer.js';
import { councilLists, councilsReferred, countOf } from '../../../src/ingest/stages/council-groups.js';
import { TargetStage } from '../../../src/ingest/stages/targets.js';
import type { Resolved } from '../../../src/ingest/attribution.js';

const council = (name: string): Entity => ({ id: `council:${name.toLowerCase()}`, label: 'Council', name, aliases: [], roles: [], publishedBy: [] });
const places = ['Ashby', 'Brackley', 'Corfe', 'Dunmere', 'Elsworth'].map(council);
const regulator: Entity = { id: 'organisation:care-regulator', label: 'Organisation', name: 'Care Regulator', aliases: [], roles: [], publishedBy: [] };
const review: Entity = { id: 'report:care-review', label: 'Report', name: 'Care Review', aliases: [], roles: [], publishedBy: [regulator.id] };
const gaz = new Gazetteer([...places, regulator, review], [], []);
const names = (ms: { entity: Entity }[]) => ms.map((m) => m.entity.name);

describe('council lists', () => {
  it('are names written together: in a sentence with list punctuation, or one a line (unknown names counted)', () => {
    const text = 'The three judged weakest are: Ashby; Brackley and Corfe.\n\nElsewhere Dunmere improved.\n\nWeakest areas\n\n* Dunmere\n\n* Upper Wold\n\n* Elsworth\n';
    const lists = councilLists(text, gaz.mentions(text));
    expect(lists.map((l) => [names(l.councils), l.items])).toEqual([[['Ashby', 'Brackley', 'Corfe'], 3], [['Dunmere', 'Elsworth'], 3]]);
  });

  it('a group reference means the list of its count, or without one the list just before it', () => {
    const text = 'Ashby, Brackley and Corfe were named. Later: Dunmere and Elsworth.';
    const lists = councilLists(text, gaz.mentions(text));
    expect(names(councilsReferred(lists, text.length, countOf('three')))).toEqual(['Ashby', 'Brackley', 'Corfe']);
    expect(names(councilsReferred(lists, text.length, undefined))).toEqual(['Dunmere', 'Elsworth']);
    expect(councilsReferred(lists, text.length, countOf('seven'))).toEqual([]);
  });
});

describe('target resolution: councils as a group', () => {
  const speaker: Resolved = { id: regulator.id, name: regulator.name, label: 'Organisation', existing: true, resolvedBy: 'named', mention: regulator.name, confidence: 0.9, start: 0, end: 0 };
  it('"these authorities" are the councils listed before, judged where the group is named', () => {
    const text = 'The three rated weakest are Ashby, Brackley and Corfe. The regulator called for urgent action because of the serious risks to children in these authorities.';
    const span = 'urgent action because of the serious risks to children in these authorities';
    const start = text.indexOf(span);
    const stage = new TargetStage({ text, gaz, mentions: gaz.mentions(text), frameworks: [], mainReport: review });
    const about = stage.targetsFor({ kind: 'paraphrase', start, end: start + span.length, speaker });
    expect(about.filter((t) => t.label === 'Council').map((t) => [t.name, t.stance])).toEqual([['Ashby', 'critical'], ['Brackley', 'critical'], ['Corfe', 'critical']]);
  });

  it('a paraphrase whose group is in its frame ("3 councils where the regulator says …") is about the listed councils', () => {
    const text = 'There are 3 councils where the regulator says care is “dangerously poor”.\n\nThe 3 councils\n\n* Ashby\n\n* Dunmere\n\n* Elsworth\n';
    const span = 'care is “dangerously poor”';
    const start = text.indexOf(span);
    const stage = new TargetStage({ text, gaz, mentions: gaz.mentions(text), frameworks: [], mainReport: review });
    const about = stage.targetsFor({ kind: 'paraphrase', start, end: start + span.length, speaker });
    expect(about.filter((t) => t.label === 'Council').map((t) => [t.name, t.stance])).toEqual([['Ashby', 'critical'], ['Dunmere', 'critical'], ['Elsworth', 'critical']]);
  });

  it('no list, or a count no list has: no council is guessed', () => {
    const text = 'Ashby was named. The regulator said the five councils had improved.';
    const span = 'the five councils had improved';
    const start = text.indexOf(span);
    const stage = new TargetStage({ text, gaz, mentions: gaz.mentions(text), frameworks: [], mainReport: review });
    expect(stage.targetsFor({ kind: 'paraphrase', start, end: start + span.length, speaker }).filter((t) => t.label === 'Council')).toEqual([]);
  });
});
