/**
 * Draft → seed file, 1:1: the source with its furniture, statements and excluded quotes, the claims its
 * author states and the ratings it reports, plus the actors and reports the draft proposes. Nothing the
 * draft found is dropped silently: what cannot be loaded yet (a statement with no target, a number that
 * matches no claim, a rating that matches none in the graph) is kept under the source's `heldBack`, with
 * what it is missing, and the loader reports it. Only statements below `minConfidence`, a reviewer's own
 * choice, are left out (listed in `skipped`). Every statement is marked `codedBy: "rule:<rule>"` and
 * carries its confidence and the cues in `note`, for the reviewer.
 */
import type { SeedCouncil, SeedFile, SeedGroup, SeedHeldBack, SeedOrganisation, SeedPerson, SeedReport, SeedStatement } from '../seed/format.js';
import { normaliseRoleTitle } from '../model/roles.js';
import type { Draft } from './draft.js';

export interface ToSeedOptions {
  /** The text file's name under sources/ (default `<slug>.txt`). */
  textFile?: string;
  /** Leave out statements less sure than this (default 0: keep all for review). */
  minConfidence?: number;
}

function statementOf(draft: Draft, s: Draft['statements'][number]): SeedStatement {
  return {
    id: s.id,
    speaker: s.speaker.id,
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    ...(draft.source.date ? { date: draft.source.date } : {}),
    ...(s.speaker.speakerRole ? { speakerRole: s.speaker.speakerRole } : {}),
    about: s.about.map((t) => ({ target: t.target, stance: t.stance })),
    ...(s.respondsTo.length ? { respondsTo: s.respondsTo } : {}),
    ...(s.asserts.length ? { asserts: s.asserts } : {}),
    ...(s.disputes.length ? { disputes: s.disputes } : {}),
    confidence: s.confidence,
    codedBy: `rule:${s.rule}`,
    note: `speaker by ${s.speaker.resolvedBy}${s.speaker.mention ? ` ("${s.speaker.mention}")` : ''}; ${s.about.map((t) => `${t.target} ${t.stance} ${t.confidence} [${t.cues.join('; ')}]`).join(' | ')}`.slice(0, 2000),
  };
}

export function draftToSeedFile(draft: Draft, options: ToSeedOptions = {}): SeedFile & { skipped?: string[] } {
  const minConfidence = options.minConfidence ?? 0;
  const skipped: string[] = [];
  const statements: SeedStatement[] = [];
  const heldBack: SeedHeldBack[] = [];
  for (const s of draft.statements) {
    if (s.confidence < minConfidence) skipped.push(s.id);
    else if (!s.about.length) {
      heldBack.push({ kind: 'statement', text: s.text, start: s.start, end: s.end, missing: ['about'], proposal: { id: s.id, speaker: s.speaker.id, kind: s.kind, rule: s.rule } });
    } else statements.push(statementOf(draft, s));
  }
  const kept = new Set(statements.map((s) => s.id));

  // Numbers: one a kept statement asserts is in it already; one in the author's words is the article's own claim.
  const asserts: string[] = [];
  for (const claim of draft.claims) {
    if (claim.statement && kept.has(claim.statement) && claim.matches.length) continue;
    if (!claim.statement && claim.matches.length) asserts.push(claim.matches[0]);
    else if (!claim.matches.length) {
      heldBack.push({ kind: 'number', text: claim.text, start: claim.start, end: claim.end, missing: ['claim'], proposal: { value: claim.value, unit: claim.unit, ...(claim.statement ? { statement: claim.statement } : {}) } });
    }
  }
  const ratings: string[] = [];
  for (const rating of draft.ratings) {
    if (rating.matches.length) ratings.push(...rating.matches);
    else {
      heldBack.push({
        kind: 'rating', text: rating.text, start: rating.start, end: rating.end, missing: ['rating'],
        proposal: { council: rating.council, grade: rating.grade, ...(draft.mainReport ? { report: draft.mainReport.id } : {}) },
      });
    }
  }

  const people: SeedPerson[] = [];
  const organisations: SeedOrganisation[] = [];
  const councils: SeedCouncil[] = [];
  const groups: SeedGroup[] = [];
  for (const a of draft.newActors) {
    const title = a.role ? normaliseRoleTitle(a.role.title) : undefined;
    if (a.label === 'Person') {
      people.push({ id: a.id, name: a.name, ...(a.role?.at ? { roles: [{ at: a.role.at, title: title!, ...(draft.source.date ? { asOf: draft.source.date } : {}) }] } : {}), description: a.role ? `${title}${a.role.atName ? `, ${a.role.atName}` : ''} (proposed by ingest)` : 'proposed by ingest' });
    } else if (a.label === 'Organisation') {
      organisations.push({ id: a.id, name: a.name, kind: a.kind ?? 'other', description: 'proposed by ingest' });
    } else if (a.label === 'Council') {
      councils.push({ id: a.id, name: a.name, ...(a.region ? { region: a.region } : {}) });
    } else if (a.label === 'Group') {
      groups.push({ id: a.id, name: a.name, description: a.description ?? 'proposed by ingest' });
    }
  }
  // Reports the article answers that the graph does not hold: their statements target them. What only the
  // extractor's proposal carries (where the text names it, the publisher it found) becomes `publishedBy`.
  const reports: SeedReport[] = (draft.newReports ?? []).map(({ start: _start, end: _end, rule: _rule, publisher, publisherName: _name, ...report }) => ({
    ...report,
    ...(!report.publishedBy && publisher ? { publishedBy: [publisher] } : {}),
  }));
  const file: SeedFile & { skipped?: string[] } = {
    ...(people.length ? { people } : {}),
    ...(organisations.length ? { organisations } : {}),
    ...(councils.length ? { councils } : {}),
    ...(groups.length ? { groups } : {}),
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
        ...(asserts.length ? { asserts: [...new Set(asserts)] } : {}),
        ...(ratings.length ? { ratings: [...new Set(ratings)] } : {}),
        ...(heldBack.length ? { heldBack } : {}),
      },
    ],
  };
  if (skipped.length) Object.defineProperty(file, 'skipped', { value: skipped, enumerable: false });
  return file;
}
