/**
 * A synthetic Chorus corpus with a scale factor: councils and their ratings over the years, reports,
 * actors with roles, statements about reports (with stances, claims and sources), deterministic from a
 * seed number. It yields a SeedPlan, so it is written by the same loader users use (`writePlan`).
 *
 * Shape per `statements` (S): people S/8, organisations S/40, councils S/25, reports S/12, sources S/20
 * (about 20 statements each), claims S/4, 3 frameworks, 2-4 ratings per council, outcomes for a fifth
 * of the councils. Per-entity neighbourhoods stay about the same size as S grows (each report about 12
 * statements, each person about 7), the way a corpus grows by adding reports and speakers. Every
 * statement's text is in its source at its SOURCED_FROM offsets (ASCII, so code points = UTF-16 units).
 *
 *   node dist/bench/bench/generate.js --statements 100000 [--seed 1] [--validate]
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { deriveRelationships } from '../src/derive/derive.js';
import { relationshipId } from '../src/model/ids.js';
import type { NodeRecord, Properties, RelationshipRecord } from '../src/model/records.js';
import type { RelationshipType } from '../src/model/schema.js';
import { claimLinkFor } from '../src/model/stance-links.js';
import type { SeedPlan } from '../src/seed/plan.js';

/** The ids the benchmark operations ask about; the same at every scale. */
export interface CorpusTargets {
  report: string;
  person: string;
  council: string;
  searchText: string;
  /** Statements about `report`, for the setStance mutation. */
  mutationStatements: string[];
  /** Reports with exactly 10 and 1,000 critics (only when S >= 10,000), for the round-trip probe. */
  probeSmall?: string;
  probeLarge?: string;
}

export interface Corpus {
  plan: SeedPlan;
  targets: CorpusTargets;
  statements: number;
  generateMs: number;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['alan', 'jo', 'michael', 'debbie', 'david', 'sarah', 'andrew', 'claire', 'peter', 'helen', 'john', 'anne', 'mark', 'ruth', 'paul',
  'emma', 'simon', 'kate', 'richard', 'lucy', 'martin', 'jane', 'steven', 'rachel', 'graham', 'fiona', 'neil', 'alison', 'colin', 'maria'];
const LAST_A = ['wil', 'hart', 'brad', 'ash', 'cole', 'thorn', 'whit', 'pem', 'gold', 'ster', 'marsh', 'kings', 'fair', 'hol', 'brom', 'lang',
  'wood', 'chest', 'cran', 'dun', 'ever', 'fitz', 'grant', 'hamp', 'lind', 'mor', 'north', 'red', 'shel', 'wes'];
const LAST_B = ['shaw', 'ford', 'ley', 'worth', 'field', 'brook', 'wick', 'ington', 'stone', 'croft', 'more', 'well', 'ridge', 'ham', 'burn',
  'dale', 'wood', 'mere', 'ton', 'by'];
const PLACE_A = ['bir', 'man', 'lee', 'shef', 'brad', 'ken', 'sur', 'nor', 'sal', 'wig', 'roch', 'stock', 'dor', 'hert', 'lan', 'der', 'ply', 'tor'];
const PLACE_B = ['mingham', 'chester', 'ds', 'field', 'ford', 'sington', 'rey', 'folk', 'ford', 'an', 'dale', 'port', 'set', 'fordshire', 'cashire', 'by', 'mouth', 'bay'];
const ORG_WORDS = ['association', 'council', 'institute', 'alliance', 'federation', 'trust', 'network', 'forum', 'society', 'board'];
const ORG_TOPICS = ['directors', 'social workers', 'children', 'families', 'local government', 'care leavers', 'foster carers', 'safeguarding', 'youth', 'inspectors'];
const ORG_KINDS = ['regulator', 'government-department', 'professional-body', 'association', 'charity', 'union', 'media', 'blog', 'council-body', 'other'] as const;
const TITLES = ['director of children services', 'chief executive', 'president', 'chair', 'spokesperson', 'policy lead', 'chief inspector', 'minister'];
const SUBJECTS = ['the report', 'this inspection regime', 'the framework', 'the findings', 'the judgement', 'the ratings', 'the regulator', 'the data'];
const VERBS = ['fails to reflect', 'rightly highlights', 'ignores', 'exposes', 'underestimates', 'captures', 'misrepresents', 'shows', 'overstates', 'confirms'];
const OBJECTS = ['the pressure on frontline social workers', 'the rise in child protection referrals', 'years of cuts to early help', 'the progress councils have made',
  'the shortage of experienced staff', 'the cost of agency workers', 'the quality of leadership', 'the voices of children in care', 'the strain on family courts',
  'the gap between the best and the worst', 'improvements in practice', 'the stability of placements'];
const TAILS = ['and that is deeply worrying', 'which is welcome', 'across the whole country', 'for the third year running', 'in too many areas',
  'despite rising demand', 'as we warned last year', 'and ministers must act', 'without proper funding', 'for the most vulnerable children'];
const FILLER = ['The sector reacted quickly to the publication.', 'Figures released on the same day told a similar story.', 'Several councils declined to comment.',
  'The debate is likely to continue for some time.', 'Campaigners have long argued for change.', 'Inspectors visited dozens of authorities.'];
const FRAMEWORKS = [
  { slug: 'performance-assessment', name: 'Annual performance assessment', introduced: '2008', scale: ['performing excellently', 'performing well', 'adequate', 'poor'] },
  { slug: 'safeguarding-and-lac', name: 'Safeguarding and looked after children inspections', introduced: '2009', scale: ['outstanding', 'good', 'adequate', 'inadequate'] },
  { slug: 'single-inspection', name: 'Single inspection framework', introduced: '2013-11', scale: ['outstanding', 'good', 'requires improvement', 'inadequate'] },
];
const YEARS = [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016];
const frameworkOf = (year: number) => (year <= 2009 ? 0 : year <= 2013 ? 1 : 2);
const STANCES = ['critical', 'critical', 'critical', 'critical', 'supportive', 'supportive', 'supportive', 'neutral', 'neutral', 'mixed'] as const;

const pad = (i: number) => String(i);

export function generateCorpus(statements: number, seed = 1): Corpus {
  const started = performance.now();
  const r = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)];
  const int = (n: number) => Math.floor(r() * n);
  const nodes: NodeRecord[] = [];
  const rels: RelationshipRecord[] = [];
  const node = (label: NodeRecord['label'], id: string, properties: Properties) => nodes.push({ id, label, properties });
  const relIds = new Set<string>();
  const rel = (type: RelationshipType, from: string, to: string, properties: Properties = {}) => {
    const id = relationshipId(type, from, to, properties);
    if (relIds.has(id)) return;
    relIds.add(id);
    rels.push({ id, type, from, to, properties });
  };
  const date = (year: number) => `${year}-${String(1 + int(12)).padStart(2, '0')}`;

  const S = Math.max(20, Math.round(statements));
  const nPeople = Math.max(12, Math.round(S / 8));
  const nOrgs = Math.max(10, Math.round(S / 40));
  const nCouncils = Math.max(20, Math.round(S / 25));
  const nReports = Math.max(12, Math.round(S / 12));
  const nSources = Math.max(4, Math.round(S / 20));
  const nClaims = Math.max(10, Math.round(S / 4));

  // Frameworks, organisations (0 is the regulator), councils.
  const fw = FRAMEWORKS.map((f) => `framework:${f.slug}`);
  FRAMEWORKS.forEach((f, i) => node('Framework', fw[i], { name: f.name, introduced: f.introduced, scale: f.scale, aliases: [f.slug.split('-').map((w) => w[0]).join('')] }));
  const org = (i: number) => `organisation:o-${pad(i)}`;
  for (let i = 0; i < nOrgs; i++) {
    const name = i === 0 ? 'Office for Standards in Education' : `${pick(ORG_TOPICS)} ${pick(ORG_WORDS)} ${i}`;
    node('Organisation', org(i), { name, kind: i === 0 ? 'regulator' : pick(ORG_KINDS), aliases: i === 0 ? ['ofsted'] : [] });
    if (i > 0 && r() < 0.05) rel('MEMBER_OF', org(i), org(int(i)));
  }
  for (const id of fw) rel('PUBLISHED', org(0), id);
  const council = (i: number) => `council:c-${pad(i)}`;
  for (let i = 0; i < nCouncils; i++) node('Council', council(i), { name: `${pick(PLACE_A)}${pick(PLACE_B)} ${i}`, region: pick(['north west', 'london', 'south east', 'midlands', 'north east']) });

  // Reports: 0 is the headline annual report the operations ask about; 1..8 the yearly ratings releases.
  const report = (i: number) => `report:r-${pad(i)}`;
  const reportYear: number[] = [];
  for (let i = 0; i < nReports; i++) {
    const year = i >= 1 && i <= 8 ? YEARS[i - 1] : pick(YEARS);
    reportYear.push(year);
    const kind = i >= 1 && i <= 8 ? 'ratings-release' : i === 0 ? 'annual-report' : pick(['annual-report', 'inspection-report', 'sector-report']);
    node('Report', report(i), { title: `${kind.replace('-', ' ')} ${year} number ${i}`, kind, period: `${year}-${String((year + 1) % 100).padStart(2, '0')}`, date: date(year) });
    rel('PUBLISHED', r() < 0.4 ? org(0) : org(int(nOrgs)), report(i));
    rel('UNDER_FRAMEWORK', report(i), fw[frameworkOf(year)]);
  }
  const claim = (i: number) => `claim:k-${pad(i)}`;
  for (let i = 0; i < nClaims; i++) {
    const statistic = r() < 0.6;
    const value = Math.round(r() * 1000) / 10;
    node('Claim', claim(i), statistic
      ? { text: `${value} percent of councils were judged ${pick(FRAMEWORKS[2].scale)} (claim ${i})`, kind: 'statistic', value, unit: 'percent', period: String(pick(YEARS)) }
      : { text: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} (claim ${i})`, kind: 'judgement' });
    if (i < nReports * 2) rel('ASSERTS', report(i % nReports), claim(i));
  }

  // Ratings over the years, and what followed some of them.
  const rating = (c: number, year: number) => `rating:c-${pad(c)}-${year}`;
  const raters = [org(0), org(1)];
  for (let c = 0; c < nCouncils; c++) {
    const count = 2 + int(3);
    const years = [...YEARS].sort(() => r() - 0.5).slice(0, count).sort();
    for (const year of years) {
      const f = frameworkOf(year);
      const ordinal = 1 + int(4);
      const id = rating(c, year);
      node('Rating', id, { grade: FRAMEWORKS[f].scale[ordinal - 1], ordinal, date: date(year), period: String(year) });
      rel('RATING_OF', id, council(c));
      rel('RATED_BY', id, raters[year % 2 === 0 ? 0 : 1]);
      rel('IN_REPORT', id, report(1 + YEARS.indexOf(year)));
      rel('UNDER_FRAMEWORK', id, fw[f]);
      if (ordinal === 4 && r() < 0.5) {
        const outcome = `outcome:c-${pad(c)}-${year}`;
        node('Outcome', outcome, { kind: pick(['intervention', 'improvement-board', 'dismissal']), description: `What followed the ${year} rating of council ${c}`, date: date(Math.min(2016, year + 1)) });
        rel('AFFECTED', outcome, council(c));
        rel('DECIDED_BY', outcome, org(2 % nOrgs));
        rel('FOLLOWED', outcome, id);
      }
    }
  }

  // People with roles.
  const person = (i: number) => `person:p-${pad(i)}`;
  const names: string[] = [];
  for (let i = 0; i < nPeople; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST_A[Math.floor(i / FIRST.length) % LAST_A.length]}${LAST_B[Math.floor(i / (FIRST.length * LAST_A.length)) % LAST_B.length]}`;
    names.push(name);
    node('Person', person(i), { name: name.replace(/\b[a-z]/g, (c) => c.toUpperCase()), description: `Person ${i}` });
    const roles = r() < 0.8 ? 1 : 2;
    for (let k = 0; k < roles; k++) {
      const at = r() < 0.7 ? org(int(nOrgs)) : council(int(nCouncils));
      rel('HELD_ROLE', person(i), at, { title: pick(TITLES), from: String(pick(YEARS)) });
    }
  }

  // Statements, in sources of about 20 each.
  const statementIds: string[] = [];
  const statementText: string[] = [];
  const speakers: string[] = [];
  const mutationStatements: string[] = [];
  const perSource = Math.ceil(S / nSources);
  const addSource = (sourceId: string, title: string, year: number, items: { id: string; text: string; quote: boolean }[]) => {
    let text = `${title}.\n\n`;
    for (const item of items) {
      text += `${pick(FILLER)} `;
      if (item.quote) text += '"';
      const start = text.length;
      text += item.text;
      rel('SOURCED_FROM', item.id, sourceId, { start, end: text.length });
      text += item.quote ? '," they said. ' : '. ';
      if (r() < 0.3) text += '\n\n';
    }
    node('Source', sourceId, { title, date: date(year), url: `https://example.org/${sourceId.slice(7)}`, text, contentHash: createHash('sha256').update(text).digest('hex') });
    if (r() < 0.5) rel('PUBLISHED', org(int(nOrgs)), sourceId);
  };
  const addStatement = (i: number, id: string, speaker: string, text: string, year: number, reportId: string, stance: string) => {
    const quote = r() < 0.6;
    node('Statement', id, { text, kind: quote ? 'quote' : 'paraphrase', date: date(year), codedBy: 'rule:bench-generator', confidence: Math.round((0.5 + r() * 0.5) * 100) / 100 });
    rel('SAID', speaker, id);
    rel('ABOUT', id, reportId, { stance });
    const extra = r();
    if (extra < 0.1) rel('ABOUT', id, fw[int(3)], { stance: pick(STANCES) });
    else if (extra < 0.2) rel('ABOUT', id, council(int(nCouncils)), { stance: pick(STANCES) });
    else if (extra < 0.3) {
      // A stance toward a claim is its ASSERTS or DISPUTES (model/stance-links.ts); neutral and mixed say nothing of it.
      const target = claim(int(nClaims));
      const link = claimLinkFor(pick(STANCES));
      if (link) rel(link, id, target);
    }
    else if (extra < 0.35) {
      const other = person(int(nPeople));
      if (other !== speaker) rel('ABOUT', id, other, { stance: pick(STANCES) });
    }
    if (r() < 0.5) rel('RESPONDS_TO', id, reportId);
    const c = r();
    if (c < 0.2) rel('ASSERTS', id, claim(int(nClaims)));
    else if (c < 0.25) rel('DISPUTES', id, claim(int(nClaims)));
    return quote;
  };
  for (let s = 0; s * perSource < S; s++) {
    const year = pick(YEARS);
    const items: { id: string; text: string; quote: boolean }[] = [];
    for (let i = s * perSource; i < Math.min(S, (s + 1) * perSource); i++) {
      const id = `statement:s-${pad(i)}`;
      // 2% repeat an earlier statement's words, by the same speaker, in another source: SAME_WORDS.
      const repeat = i >= perSource && r() < 0.02;
      const speaker = repeat ? speakers[i - perSource] : r() < 0.85 ? person(int(nPeople)) : org(int(nOrgs));
      const text = repeat ? statementText[i - perSource] : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
      const reportIndex = int(nReports);
      const stance = pick(STANCES);
      statementIds.push(id);
      statementText.push(text);
      speakers.push(speaker);
      if (reportIndex === 0) mutationStatements.push(id);
      items.push({ id, text, quote: addStatement(i, id, speaker, text, year, report(reportIndex), stance) });
    }
    addSource(`source:src-${pad(s)}`, `Sector reaction ${s} to the ${year} reports`, year, items);
  }

  // Round-trip probe: two reports with exactly 10 and 1,000 critics, one critical statement each.
  const targets: CorpusTargets = {
    report: report(0),
    person: person(0),
    council: council(0),
    // Person 0's name with a letter dropped: the search has to correct it.
    searchText: names[0].replace(/(\w+)$/, (last) => last.slice(0, 3) + last.slice(4)),
    mutationStatements: mutationStatements.slice(0, 8),
  };
  if (S >= 10_000) {
    for (const [probe, count] of [['probe-10', 10], ['probe-1000', 1000]] as const) {
      const reportId = `report:${probe}`;
      node('Report', reportId, { title: `Probe report with ${count} critics`, kind: 'sector-report', date: '2016-01' });
      const items: { id: string; text: string; quote: boolean }[] = [];
      for (let k = 0; k < count; k++) {
        const id = `statement:${probe}-${k}`;
        const text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
        items.push({ id, text, quote: addStatement(k, id, person(k), text, 2016, reportId, 'critical') });
      }
      for (let k = 0; k < count; k += 50) addSource(`source:${probe}-${k}`, `Probe source ${probe} ${k}`, 2016, items.slice(k, k + 50));
    }
    targets.probeSmall = 'report:probe-10';
    targets.probeLarge = 'report:probe-1000';
  }

  const derived = deriveRelationships(nodes, rels);
  const plan: SeedPlan = {
    nodes,
    relationships: rels,
    derived,
    problems: [],
    contentHash: createHash('sha256').update(`bench-generator:${S}:${seed}`).digest('hex'),
    files: [],
  };
  return { plan, targets, statements: S, generateMs: performance.now() - started };
}

/** Every node and relationship checked against the model, and every statement's text found at its offsets. */
export async function validateCorpus(plan: SeedPlan): Promise<string[]> {
  const { validateNode, validateRelationship } = await import('../src/model/validate.js');
  const problems: string[] = [];
  const labels = new Map(plan.nodes.map((n) => [n.id, n.label]));
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  for (const n of plan.nodes) for (const p of validateNode(n)) problems.push(`${n.id}: ${p.path.join('.')}: ${p.message}`);
  const ids = new Set<string>();
  for (const rel of [...plan.relationships, ...plan.derived]) {
    if (ids.has(rel.id)) problems.push(`${rel.id}: stated twice`);
    ids.add(rel.id);
    for (const p of validateRelationship(rel, (id) => labels.get(id) ?? null)) problems.push(`${rel.id}: ${p.message}`);
    if (rel.type === 'SOURCED_FROM') {
      const text = String(byId.get(rel.to)?.properties.text ?? '');
      const words = String(byId.get(rel.from)?.properties.text ?? '');
      if ([...text].slice(Number(rel.properties.start), Number(rel.properties.end)).join('') !== words) problems.push(`${rel.id}: text not at its offsets`);
    }
  }
  return problems;
}

export function describeCorpus(plan: SeedPlan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of plan.nodes) counts[n.label] = (counts[n.label] ?? 0) + 1;
  for (const r of [...plan.relationships, ...plan.derived]) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}

const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const corpus = generateCorpus(Number(arg('statements', '120')), Number(arg('seed', '1')));
  console.log(JSON.stringify({ statements: corpus.statements, generateMs: Math.round(corpus.generateMs), nodes: corpus.plan.nodes.length, relationships: corpus.plan.relationships.length, derived: corpus.plan.derived.length, counts: describeCorpus(corpus.plan), targets: { ...corpus.targets } }, null, 1));
  if (process.argv.includes('--validate')) {
    const problems = await validateCorpus(corpus.plan);
    console.log(problems.length ? `${problems.length} problems:\n${problems.slice(0, 20).join('\n')}` : 'valid: every record passes the model, every statement is at its offsets');
    if (problems.length) process.exitCode = 1;
  }
}
