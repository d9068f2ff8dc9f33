/**
 * Draft → seed file, 1:1: the source with its furniture, statements and
 * excluded quotes, plus the new actors the draft proposes. A statement with
 * no target (nothing named and no main report) cannot be a seed statement
 * (every statement needs an `about`), so it is left out and listed in
 * `skipped`. Every statement is marked `codedBy: "rule:<rule>"` and carries
 * its confidence and the cues in `note`, for the reviewer.
 */
import type { SeedFile, SeedOrganisation, SeedPerson, SeedStatement } from '../seed/format.js';
import type { Draft } from './draft.js';

export interface ToSeedOptions {
  /** The text file's name under sources/ (default `<slug>.txt`). */
  textFile?: string;
  /** Leave out statements less sure than this (default 0: keep all for review). */
  minConfidence?: number;
}

export function draftToSeedFile(draft: Draft, options: ToSeedOptions = {}): SeedFile & { skipped?: string[] } {
  const minConfidence = options.minConfidence ?? 0;
  const skipped: string[] = [];
  const statements: SeedStatement[] = [];
  for (const s of draft.statements) {
    if (!s.about.length || s.confidence < minConfidence) {
      skipped.push(s.id);
      continue;
    }
    statements.push({
      id: s.id,
      speaker: s.speaker.id,
      kind: s.kind,
      text: s.text,
      start: s.start,
      end: s.end,
      date: draft.source.date,
      ...(s.speaker.speakerRole ? { speakerRole: s.speaker.speakerRole } : {}),
      about: s.about.map((t) => ({ target: t.target, stance: t.stance })),
      ...(s.respondsTo.length ? { respondsTo: s.respondsTo } : {}),
      ...(s.asserts.length ? { asserts: s.asserts } : {}),
      ...(s.disputes.length ? { disputes: s.disputes } : {}),
      confidence: s.confidence,
      codedBy: `rule:${s.rule}`,
      note: `speaker by ${s.speaker.resolvedBy}${s.speaker.mention ? ` ("${s.speaker.mention}")` : ''}; ${s.about.map((t) => `${t.target} ${t.stance} ${t.confidence} [${t.cues.join('; ')}]`).join(' | ')}`.slice(0, 2000),
    });
  }
  const people: SeedPerson[] = [];
  const organisations: SeedOrganisation[] = [];
  for (const a of draft.newActors) {
    if (a.label === 'Person') {
      people.push({ id: a.id, name: a.name, ...(a.role?.at ? { roles: [{ at: a.role.at, title: a.role.title, ...(draft.source.date ? { asOf: draft.source.date } : {}) }] } : {}), description: a.role ? `${a.role.title}${a.role.atName ? `, ${a.role.atName}` : ''} (proposed by ingest)` : 'proposed by ingest' });
    } else if (a.label === 'Organisation') {
      organisations.push({ id: a.id, name: a.name, kind: a.kind ?? 'other', description: 'proposed by ingest' });
    }
  }
  // Reports the article names that the graph does not hold: their statements target them.
  const reports = (draft.newReports ?? []).map((r) => ({
    id: r.id,
    title: r.title,
    ...(r.date ? { date: r.date } : {}),
    ...(r.publisher ? { publishedBy: [r.publisher] } : {}),
  }));
  const file: SeedFile & { skipped?: string[] } = {
    ...(people.length ? { people } : {}),
    ...(organisations.length ? { organisations } : {}),
    ...(reports.length ? { reports } : {}),
    sources: [
      {
        id: draft.source.id,
        title: draft.source.title,
        ...(draft.source.publisher ? { publisher: draft.source.publisher } : {}),
        ...(draft.source.publisherName ? { publisherName: draft.source.publisherName } : {}),
        ...(draft.source.authors.length ? { authors: draft.source.authors } : {}),
        ...(draft.source.date ? { date: draft.source.date } : {}),
        ...(draft.source.url ? { url: draft.source.url } : {}),
        textFile: options.textFile ?? `${draft.source.slug}.txt`,
        sha256: draft.source.sha256,
        furniture: draft.furniture.map((f) => [f.start, f.end] as [number, number]),
        statements,
        excludedQuotes: draft.excludedQuotes.map((e) => ({ text: e.text, start: e.start, reason: e.reason })),
      },
    ],
  };
  if (skipped.length) Object.defineProperty(file, 'skipped', { value: skipped, enumerable: false });
  return file;
}
