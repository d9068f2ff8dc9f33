/**
 * Draft → seed file, 1:1: the source with its furniture, statements and excluded quotes, the claims its
 * author states or contests and the ratings it reports, plus the actors (of every label), reports,
 * frameworks, claims and ratings the draft introduces. A number is the claim the reviewer decided
 * (`claim`), else its first match; a council's grade likewise (`rating`). Nothing the draft found is
 * dropped silently: what cannot be loaded yet (a statement with no target, a number that matches no claim,
 * a rating that matches none in the graph) is kept under the source's `heldBack`, with what it is missing,
 * and the loader reports it. Only statements below `minConfidence`, a reviewer's own choice, are left out
 * (listed in `skipped`). A proposed statement is marked `codedBy: "rule:<rule>"` and carries its confidence
 * and the cues in `note`, for the reviewer; one re-opened from the graph keeps its own (article-draft.ts).
 */
import type { SeedClaim, SeedCouncil, SeedFile, SeedFramework, SeedGroup, SeedHeldBack, SeedOrganisation, SeedPerson, SeedRating, SeedReport, SeedStatement } from '../seed/format.js';
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
    codedBy: s.codedBy ?? `rule:${s.rule}`,
    // A statement re-opened from the graph keeps its note, or its having none ('').
    ...(s.note === '' ? {} : { note: s.note ?? `speaker by ${s.speaker.resolvedBy}${s.speaker.mention ? ` ("${s.speaker.mention}")` : ''}; ${s.about.map((t) => `${t.target} ${t.stance} ${t.confidence} [${t.cues.join('; ')}]`).join(' | ')}`.slice(0, 2000) }),
  };
}

/**
 * Where each record of the seed file came from in the draft: seed path (`claims[0]`, as the seed converter
 * names its problems) → draft path (`newClaims.0`), so a problem found in the seed file names the draft's field.
 */
export type DraftOrigins = Map<string, string>;

export type DraftSeedFile = SeedFile & { skipped?: string[]; origins?: DraftOrigins };

export function draftToSeedFile(draft: Draft, options: ToSeedOptions = {}): DraftSeedFile {
  const minConfidence = options.minConfidence ?? 0;
  const origins: DraftOrigins = new Map();
  const skipped: string[] = [];
  const statements: SeedStatement[] = [];
  const heldBack: SeedHeldBack[] = [];
  const holdBack = (held: SeedHeldBack, from: string) => {
    origins.set(`sources[0].heldBack[${heldBack.length}]`, from);
    heldBack.push(held);
  };
  draft.statements.forEach((s, i) => {
    if (s.confidence < minConfidence) skipped.push(s.id);
    else if (!s.about.length && !s.asserts.length && !s.disputes.length) {
      holdBack({ kind: 'statement', text: s.text, start: s.start, end: s.end, missing: ['about'], proposal: { id: s.id, speaker: s.speaker.id, kind: s.kind, rule: s.rule } }, `statements.${i}`);
    } else {
      origins.set(`sources[0].statements[${statements.length}]`, `statements.${i}`);
      statements.push(statementOf(draft, s));
    }
  });
  const kept = new Map(statements.map((s) => [s.id, s]));

  // Numbers: the claim decided for each (or its first match). One in a kept statement is asserted by it,
  // unless the reviewer has it asserted or disputed there already; one in the author's words is the article's own.
  const asserts: string[] = [...(draft.sourceAsserts ?? [])];
  draft.claims.forEach((claim, i) => {
    const decided = claim.claim ?? claim.matches[0];
    if (!decided) {
      holdBack({ kind: 'number', text: claim.text, start: claim.start, end: claim.end, missing: ['claim'], proposal: { value: claim.value, unit: claim.unit, ...(claim.statement ? { statement: claim.statement } : {}) } }, `claims.${i}`);
      return;
    }
    if (!claim.statement) return void asserts.push(decided);
    const statement = kept.get(claim.statement);
    if (statement && !statement.asserts?.includes(decided) && !statement.disputes?.includes(decided)) statement.asserts = [...(statement.asserts ?? []), decided];
  });
  const ratings: string[] = [];
  draft.ratings.forEach((rating, i) => {
    const decided = rating.rating ?? rating.matches[0];
    if (decided) ratings.push(decided);
    else {
      holdBack({
        kind: 'rating', text: rating.text, start: rating.start, end: rating.end, missing: ['rating'],
        proposal: { council: rating.council, grade: rating.grade, ...(draft.mainReport ? { report: draft.mainReport.id } : {}) },
      }, `ratings.${i}`);
    }
  });

  const people: SeedPerson[] = [];
  const organisations: SeedOrganisation[] = [];
  const councils: SeedCouncil[] = [];
  const groups: SeedGroup[] = [];
  draft.newActors.forEach((a, i) => {
    const title = a.role ? normaliseRoleTitle(a.role.title) : undefined;
    if (a.label === 'Person') {
      origins.set(`people[${people.length}]`, `newActors.${i}`);
      people.push({
        id: a.id, name: a.name,
        ...(a.role?.at ? { roles: [{ at: a.role.at, title: title!, ...(draft.source.date ? { asOf: draft.source.date } : {}) }] } : {}),
        description: a.description ?? (a.role ? `${title}${a.role.atName ? `, ${a.role.atName}` : ''} (proposed by ingest)` : 'proposed by ingest'),
      });
    } else if (a.label === 'Organisation') {
      origins.set(`organisations[${organisations.length}]`, `newActors.${i}`);
      organisations.push({ id: a.id, name: a.name, kind: a.kind ?? 'other', description: a.description ?? 'proposed by ingest', ...(a.memberOf?.length ? { memberOf: a.memberOf } : {}) });
    } else if (a.label === 'Council') {
      origins.set(`councils[${councils.length}]`, `newActors.${i}`);
      councils.push({ id: a.id, name: a.name, ...(a.region ? { region: a.region } : {}) });
    } else {
      origins.set(`groups[${groups.length}]`, `newActors.${i}`);
      groups.push({ id: a.id, name: a.name, ...(a.description ? { description: a.description } : {}) });
    }
  });
  // Reports the article answers that the graph does not hold: their statements target them. What only the
  // extractor's proposal carries (where the text names it, the publisher it found) becomes `publishedBy`.
  const reports: SeedReport[] = (draft.newReports ?? []).map(({ start: _start, end: _end, rule: _rule, publisher, publisherName: _name, ...report }, i) => {
    origins.set(`reports[${i}]`, `newReports.${i}`);
    return { ...report, ...(!report.publishedBy && publisher ? { publishedBy: [publisher] } : {}) };
  });
  const frameworks: SeedFramework[] = (draft.newFrameworks ?? []).map(({ start: _start, end: _end, rule: _rule, ...framework }, i) => {
    origins.set(`frameworks[${i}]`, `newFrameworks.${i}`);
    return framework;
  });
  const claims: SeedClaim[] = (draft.newClaims ?? []).map((c, i) => {
    origins.set(`claims[${i}]`, `newClaims.${i}`);
    return {
      id: c.id, text: c.text, kind: c.kind,
      ...(c.value !== undefined ? { value: c.value } : c.values?.length ? { value: c.values[0]?.value } : {}),
      ...(c.unit !== undefined ? { unit: c.unit } : c.values?.length ? { unit: c.values[0]?.unit } : {}),
      ...(c.period !== undefined ? { period: c.period } : {}),
      // What a number counts is optional in a draft; the seed format lists it for every value.
      ...(c.values !== undefined ? { values: Array.isArray(c.values) ? c.values.map((v) => (v && typeof v === 'object' ? { value: v.value, unit: v.unit, counts: v.counts ?? '' } : v)) : c.values } : {}),
    };
  });
  // New ratings are the ones the article reports: it is cited by each.
  const newRatings: SeedRating[] = (draft.newRatings ?? []).map(({ start: _start, end: _end, rule: _rule, ...rating }, i) => {
    origins.set(`ratings[${i}]`, `newRatings.${i}`);
    ratings.push(rating.id);
    return rating;
  });
  const file: DraftSeedFile = {
    ...(people.length ? { people } : {}),
    ...(organisations.length ? { organisations } : {}),
    ...(councils.length ? { councils } : {}),
    ...(groups.length ? { groups } : {}),
    ...(reports.length ? { reports } : {}),
    ...(frameworks.length ? { frameworks } : {}),
    ...(claims.length ? { claims } : {}),
    ...(newRatings.length ? { ratings: newRatings } : {}),
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
        ...(draft.sourceDisputes?.length ? { disputes: [...new Set(draft.sourceDisputes)] } : {}),
        ...(ratings.length ? { ratings: [...new Set(ratings)] } : {}),
        ...(heldBack.length ? { heldBack } : {}),
      },
    ],
  };
  draft.furniture.forEach((_, i) => origins.set(`sources[0].furniture[${i}]`, `furniture.${i}`));
  draft.excludedQuotes.forEach((_, i) => origins.set(`sources[0].excludedQuotes[${i}]`, `excludedQuotes.${i}`));
  origins.set('sources[0]', 'source');
  if (skipped.length) Object.defineProperty(file, 'skipped', { value: skipped, enumerable: false });
  Object.defineProperty(file, 'origins', { value: origins, enumerable: false });
  return file;
}
