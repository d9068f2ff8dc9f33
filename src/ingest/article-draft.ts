/**
 * A committed article re-opened for review: its stored version rebuilt from the graph as the draft that
 * commits it (statements with speaker, kind, span, targets and stances, the claims they assert or dispute;
 * the actors, reports, frameworks, claims and ratings its commit introduced; the claims it states and the
 * ratings it reports), with the fields of the article itself and its versions. The rebuilt draft is exact:
 * committing it unchanged writes nothing, because every record it converts to is the one stored (a
 * statement keeps its coder and note, a new actor its description).
 *
 * What the graph does not keep is not in it: excluded quotes, held-back proposals, the extractor's cues.
 */
import type { NodeRecord } from '../model/records.js';
import type { RelationshipType, Stance } from '../model/schema.js';
import { CodePointText } from '../model/code-point-text.js';
import { displayText } from '../network/graph-network.js';
import type { GraphStore, RelatedHit } from '../store/port.js';
import { storedArticle } from './article-versions.js';
import {
  DRAFT_VERSION, type ActorLabel, type Draft, type DraftNewActor, type DraftNewClaim, type DraftNewFramework, type DraftNewRating, type DraftNewReport,
  type DraftRating, type DraftStatement,
} from './draft.js';

/** The rule a rebuilt record is marked with: it was read from the graph, not proposed. */
const COMMITTED = 'committed';

export interface ArticleVersion {
  version: number;
  change: string;
  at: string;
  keyName: string;
  summary: string;
}

export interface ReopenedArticle {
  /** The fields of ArticleInput, as commitArticle takes them back. */
  source: { text: string; title: string; publisher?: string; author?: string; date?: string; url?: string };
  draft: Draft;
  /** The commits in force (0: the article came from a seed file and was never committed through the API). */
  version: number;
  /** Oldest first: `versions[i]` is version i + 1. */
  versions: ArticleVersion[];
}

/** Reads each neighbour list of `ids` over one relationship, keyed by id. */
async function neighbours(store: GraphStore, ids: string[], type: RelationshipType, direction: 'in' | 'out'): Promise<Map<string, RelatedHit[]>> {
  if (!ids.length) return new Map();
  const hits = await store.related(ids, { type, direction });
  return new Map(ids.map((id, i) => [id, hits[i]]));
}

const ids = (hits: RelatedHit[] | undefined) => (hits ?? []).map((h) => h.node.id);
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export async function reopenArticle(store: GraphStore, sourceId: string): Promise<ReopenedArticle | null> {
  const [source] = await store.getNodes([sourceId]);
  if (!source || source.label !== 'Source') return null;
  const stored = await storedArticle(store, sourceId);
  const text = String(source.properties.text ?? '');
  const where = new CodePointText(text);
  const spanOf = (words: string) => where.find(words)[0] ?? [0, 0];

  const [publishers, authors, sourceAsserts, sourceDisputes, cited, said] = await Promise.all([
    neighbours(store, [sourceId], 'PUBLISHED', 'in'),
    neighbours(store, [sourceId], 'AUTHORED', 'in'),
    neighbours(store, [sourceId], 'ASSERTS', 'out'),
    neighbours(store, [sourceId], 'DISPUTES', 'out'),
    neighbours(store, [sourceId], 'CITES', 'in'),
    neighbours(store, [sourceId], 'SOURCED_FROM', 'in'),
  ]);
  // The article's own statements: those others added to the source through the API are theirs.
  const printed = (said.get(sourceId) ?? []).filter((h) => stored.records.nodes.has(h.node.id)).sort((a, b) => Number(a.relationship.properties.start) - Number(b.relationship.properties.start));
  const statementIds = printed.map((h) => h.node.id);
  const [speakers, about, respondsTo, asserts, disputes] = await Promise.all([
    neighbours(store, statementIds, 'SAID', 'in'),
    neighbours(store, statementIds, 'ABOUT', 'out'),
    neighbours(store, statementIds, 'RESPONDS_TO', 'out'),
    neighbours(store, statementIds, 'ASSERTS', 'out'),
    neighbours(store, statementIds, 'DISPUTES', 'out'),
  ]);
  const statements = printed.map((hit) => statementOf(hit, speakers.get(hit.node.id)?.[0]?.node, about.get(hit.node.id) ?? [], ids(respondsTo.get(hit.node.id)), ids(asserts.get(hit.node.id)), ids(disputes.get(hit.node.id))));

  const introduced = (await store.getNodes([...stored.introduced])).filter((n): n is NodeRecord => n !== null);
  const introducedIds = new Set(introduced.map((n) => n.id));
  const publisher = publishers.get(sourceId)?.[0]?.node;
  const authorNodes = (authors.get(sourceId) ?? []).map((h) => h.node);
  const date = str(source.properties.date);
  const draft: Draft = {
    version: DRAFT_VERSION,
    source: defined({
      id: sourceId,
      slug: sourceId.slice('source:'.length),
      title: String(source.properties.title),
      publisher: publisher?.id,
      publisherName: str(source.properties.publisherName),
      authors: authorNodes.map((n) => n.id),
      authorNames: authorNodes.map(displayText),
      date,
      url: str(source.properties.url),
      sha256: String(source.properties.contentHash),
      length: where.length,
    }),
    furniture: pairs(source.properties.furniture).map(([start, end]) => ({ start, end, rule: COMMITTED })),
    statements,
    ...(await introducedRecords(store, introduced, spanOf)),
    claims: [],
    sourceAsserts: ids(sourceAsserts.get(sourceId)),
    sourceDisputes: ids(sourceDisputes.get(sourceId)),
    ratings: await citedRatings(store, (cited.get(sourceId) ?? []).map((h) => h.node).filter((n) => !introducedIds.has(n.id)), spanOf),
    excludedQuotes: [],
    ...mainReportOf(statements),
    elapsedMs: 0,
    warnings: [],
  };
  const versions = [...stored.commits].reverse().map((c, i) => ({ version: i + 1, change: c.id, at: String(c.properties.at), keyName: String(c.properties.keyName), summary: String(c.properties.summary) }));
  return {
    source: defined({ text, title: String(source.properties.title), publisher: publisher ? displayText(publisher) : str(source.properties.publisherName), author: authorNodes.length ? authorNodes.map(displayText).join(', ') : undefined, date, url: str(source.properties.url) }),
    draft,
    version: versions.length,
    versions,
  };
}

function statementOf(hit: RelatedHit, speaker: NodeRecord | undefined, about: RelatedHit[], respondsTo: string[], asserts: string[], disputes: string[]): DraftStatement {
  const { node, relationship } = hit;
  const codedBy = String(node.properties.codedBy);
  const confidence = num(node.properties.confidence) ?? 1;
  return defined({
    id: node.id,
    kind: node.properties.kind as DraftStatement['kind'],
    start: Number(relationship.properties.start),
    end: Number(relationship.properties.end),
    text: String(node.properties.text),
    speaker: defined({
      id: speaker?.id ?? '',
      name: speaker ? displayText(speaker) : '',
      label: (speaker?.label ?? 'Person') as ActorLabel,
      existing: true,
      resolvedBy: COMMITTED,
      speakerRole: str(node.properties.speakerRole),
      confidence,
    }),
    about: about.map((a) => ({ target: a.node.id, label: a.node.label, name: displayText(a.node), stance: a.relationship.properties.stance as Stance, confidence, cues: [] })),
    respondsTo,
    asserts,
    disputes,
    confidence,
    rule: codedBy.startsWith('rule:') ? codedBy.slice('rule:'.length) : codedBy,
    cues: [],
    codedBy,
    note: str(node.properties.note) ?? '',
  });
}

/** The nodes the article's commit introduced, as the draft's `new…` lists, with the links each was written with. */
async function introducedRecords(store: GraphStore, nodes: NodeRecord[], spanOf: (words: string) => [number, number]) {
  const of = (label: string) => nodes.filter((n) => n.label === label).map((n) => n.id);
  const actors = nodes.filter((n) => n.label === 'Person' || n.label === 'Organisation' || n.label === 'Council' || n.label === 'Group');
  const [roles, memberOf, reportPublishers, reportFrameworks, frameworkPublishers, ratingCouncils, ratingRaters, ratingReports, ratingFrameworks] = await Promise.all([
    neighbours(store, of('Person'), 'HELD_ROLE', 'out'),
    neighbours(store, of('Organisation'), 'MEMBER_OF', 'out'),
    neighbours(store, of('Report'), 'PUBLISHED', 'in'),
    neighbours(store, of('Report'), 'UNDER_FRAMEWORK', 'out'),
    neighbours(store, of('Framework'), 'PUBLISHED', 'in'),
    neighbours(store, of('Rating'), 'RATING_OF', 'out'),
    neighbours(store, of('Rating'), 'RATED_BY', 'out'),
    neighbours(store, of('Rating'), 'IN_REPORT', 'out'),
    neighbours(store, of('Rating'), 'UNDER_FRAMEWORK', 'out'),
  ]);
  const p = (n: NodeRecord, key: string) => n.properties[key];
  const newActors = actors.map((n): DraftNewActor => {
    const [start, end] = spanOf(displayText(n));
    const role = roles.get(n.id)?.[0];
    return defined({
      id: n.id, label: n.label as ActorLabel, name: displayText(n),
      kind: n.label === 'Organisation' ? str(p(n, 'kind')) : undefined,
      role: role ? { title: String(role.relationship.properties.title), at: role.node.id, atName: displayText(role.node) } : undefined,
      region: str(p(n, 'region')),
      description: str(p(n, 'description')),
      memberOf: memberOf.get(n.id)?.length ? ids(memberOf.get(n.id)) : undefined,
      start, end, rule: COMMITTED,
    });
  });
  const newReports = nodes.filter((n) => n.label === 'Report').map((n): DraftNewReport => defined({
    id: n.id, title: String(p(n, 'title')), kind: str(p(n, 'kind')), period: str(p(n, 'period')), date: str(p(n, 'date')), url: str(p(n, 'url')),
    publishedBy: reportPublishers.get(n.id)?.length ? ids(reportPublishers.get(n.id)) : undefined,
    framework: reportFrameworks.get(n.id)?.[0]?.node.id,
  }));
  const newFrameworks = nodes.filter((n) => n.label === 'Framework').map((n): DraftNewFramework => defined({
    id: n.id, name: String(p(n, 'name')), introduced: str(p(n, 'introduced')), scale: p(n, 'scale') as string[] | undefined,
    publishedBy: frameworkPublishers.get(n.id)?.length ? ids(frameworkPublishers.get(n.id)) : undefined,
  }));
  const newClaims = nodes.filter((n) => n.label === 'Claim').map((n): DraftNewClaim => {
    const values = p(n, 'values') as number[] | undefined;
    return defined({
      id: n.id, text: String(p(n, 'text')), kind: p(n, 'kind') as DraftNewClaim['kind'], value: num(p(n, 'value')), unit: str(p(n, 'unit')), period: str(p(n, 'period')),
      values: values?.map((value, i) => defined({ value, unit: String((p(n, 'valueUnits') as string[])[i]), counts: (p(n, 'valueCounts') as string[])[i] || undefined })),
    });
  });
  const newRatings = nodes.filter((n) => n.label === 'Rating').map((n): DraftNewRating => defined({
    id: n.id, council: ratingCouncils.get(n.id)?.[0]?.node.id ?? '', grade: String(p(n, 'grade')), rater: ratingRaters.get(n.id)?.[0]?.node.id ?? '',
    report: ratingReports.get(n.id)?.[0]?.node.id, framework: ratingFrameworks.get(n.id)?.[0]?.node.id,
    ordinal: num(p(n, 'ordinal')), date: str(p(n, 'date')), period: str(p(n, 'period')), aspect: str(p(n, 'aspect')),
  }));
  return { newActors, newReports, newFrameworks, newClaims, newRatings };
}

/** Ratings in the graph before the article that it reports: each decided already, placed where the text names its council. */
async function citedRatings(store: GraphStore, ratings: NodeRecord[], spanOf: (words: string) => [number, number]): Promise<DraftRating[]> {
  const councils = await neighbours(store, ratings.map((r) => r.id), 'RATING_OF', 'out');
  return ratings.map((rating) => {
    const council = councils.get(rating.id)?.[0]?.node;
    const councilName = council ? displayText(council) : '';
    const [start, end] = councilName ? spanOf(councilName) : [0, 0];
    return { council: council?.id ?? '', councilName, existing: true, grade: String(rating.properties.grade), start, end, text: [...councilName].length === end - start ? councilName : '', matches: [rating.id], rule: COMMITTED, cues: [], rating: rating.id };
  });
}

/** The report most of the statements are about: the page offers it as the target of a new statement. */
function mainReportOf(statements: DraftStatement[]): { mainReport?: Draft['mainReport'] } {
  const counts = new Map<string, number>();
  for (const s of statements) for (const t of s.about) if (t.target.startsWith('report:')) counts.set(t.target, (counts.get(t.target) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best ? { mainReport: { id: best[0], rule: 'most statements' } } : {};
}

/** The source's furniture, stored flat ([a, b, c, d]), as ranges. */
function pairs(flat: unknown): [number, number][] {
  const list = Array.isArray(flat) ? (flat as number[]) : [];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < list.length; i += 2) out.push([list[i], list[i + 1]]);
  return out;
}
