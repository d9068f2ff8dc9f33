/**
 * Statements as a table, one row per statement and target, in the shape the
 * Discourse Network Analyzer, R and pandas expect: RFC 4180 (comma, CRLF,
 * fields with a comma, quote or line break quoted, quotes doubled), UTF-8
 * with a byte-order mark (without it Excel reads UTF-8 as Windows-1252), a
 * header row. Read in seven store round trips whatever the number of rows.
 * `attitude_of` names whose attitude a statement reports in the author's
 * words; `attribution_conflicts` the statements that give the same quoted
 * words to another speaker (both joined with "; ").
 *
 * The cells are text that anyone could have written, so they are made safe
 * for the spreadsheet that opens them (OWASP's CSV injection guidance): a
 * text cell that a spreadsheet would run as a formula gets a leading `'`,
 * control characters and lone surrogates are dropped, and a source URL that
 * is not http: or https: is left out. Numbers (the offsets) stay numbers.
 */
import type { NodeRecord } from '../model/records.js';
import { isWebUrl, withoutNonText } from '../model/validate.js';
import type { GraphStore } from '../store/port.js';
import { statementTargets } from '../store/statement-targets.js';
import { displayText } from './graph-network.js';

/** Excel and LibreOffice read this first to know the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'statement_id', 'speaker_id', 'speaker', 'organisation_ids', 'organisations', 'target_id', 'target', 'target_type', 'stance',
  'kind', 'date', 'source_id', 'source', 'source_date', 'url', 'start', 'end', 'text', 'attitude_of', 'attribution_conflicts',
] as const;

/** What a spreadsheet takes for the start of a formula (OWASP): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet can open it safely: control characters (but tab and line breaks, which
 * quoting carries), DEL and lone surrogates dropped, then a would-be formula prefixed with `'`.
 */
export function safeText(value: string): string {
  const text = withoutNonText(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: a number as it is (a negative offset is a number, not a formula), text made safe, quoted when RFC 4180 needs it. */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'number' ? String(value) : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | undefined | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);
/** Only web addresses leave the store: a javascript: or data: URL written before the rule is dropped here. */
const webUrl = (value: unknown) => (typeof value === 'string' && isWebUrl(value) ? value : undefined);

/** The rows for these statements (in the order given), header first. Several organisations are joined with "; ". */
export async function statementsCsv(store: GraphStore, statements: NodeRecord[]): Promise<string> {
  const ids = statements.map((s) => s.id);
  const [speakers, about, sources, attitudes, conflictsOut, conflictsIn] = await Promise.all([
    store.related(ids, { type: 'SAID', direction: 'in' }),
    statementTargets((query) => store.related(ids, query)),
    store.related(ids, { type: 'SOURCED_FROM', direction: 'out' }),
    store.related(ids, { type: 'ATTITUDE_OF', direction: 'out', properties: [] }),
    store.related(ids, { type: 'ATTRIBUTION_CONFLICT', direction: 'out', properties: [] }),
    store.related(ids, { type: 'ATTRIBUTION_CONFLICT', direction: 'in', properties: [] }),
  ]);
  const people = [...new Set(speakers.flat().filter((h) => h.node.label === 'Person').map((h) => h.node.id))];
  const roles = await store.related(people, { type: 'HELD_ROLE', direction: 'out' });
  const organisationsOf = new Map(people.map((id, i) => [id, [...new Map(roles[i].map((h) => [h.node.id, h.node])).values()]]));

  const out: string[] = [CSV_BOM + csvLine([...CSV_COLUMNS])];
  statements.forEach((statement, i) => {
    const speaker = speakers[i][0]?.node;
    const organisations: NodeRecord[] = speaker ? (speaker.label === 'Person' ? organisationsOf.get(speaker.id) ?? [] : speaker.label === 'Organisation' ? [speaker] : []) : [];
    const source = sources[i][0];
    const common = {
      statement: statement.id,
      speakerId: speaker?.id,
      speaker: speaker ? displayText(speaker) : str(statement.properties.speakerRole),
      organisationIds: organisations.map((o) => o.id).join('; '),
      organisations: organisations.map(displayText).join('; '),
      attitudeOf: attitudes[i].map((h) => h.node.id).join('; '),
      conflicts: [...conflictsOut[i], ...conflictsIn[i]].map((h) => h.node.id).sort().join('; '),
    };
    const targets = about[i].length ? about[i] : [null];
    for (const target of targets) {
      out.push(
        csvLine([
          common.statement, common.speakerId, common.speaker, common.organisationIds, common.organisations,
          target?.node.id, target ? displayText(target.node) : undefined, target?.node.label, target?.stance,
          str(statement.properties.kind), str(statement.properties.date),
          source?.node.id, source ? displayText(source.node) : undefined, str(source?.node.properties.date), webUrl(source?.node.properties.url),
          num(source?.relationship.properties.start), num(source?.relationship.properties.end),
          str(statement.properties.text), common.attitudeOf, common.conflicts,
        ]),
      );
    }
  });
  return out.join('');
}
