/**
 * Statements as a table, one row per statement and target, in the shape the
 * Discourse Network Analyzer, R and pandas expect: RFC 4180 (comma, CRLF,
 * fields with a comma, quote or line break quoted, quotes doubled), UTF-8,
 * a header row. Read in four store round trips whatever the number of rows.
 */
import type { NodeRecord } from '../model/records.js';
import type { GraphStore } from '../store/port.js';
import { displayText } from './graph-network.js';

export const CSV_COLUMNS = [
  'statement_id', 'speaker_id', 'speaker', 'organisation_ids', 'organisations', 'target_id', 'target', 'target_type', 'stance',
  'kind', 'date', 'source_id', 'source', 'source_date', 'url', 'start', 'end', 'text',
] as const;

export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | undefined | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The rows for these statements (in the order given), header first. Several organisations are joined with "; ". */
export async function statementsCsv(store: GraphStore, statements: NodeRecord[]): Promise<string> {
  const ids = statements.map((s) => s.id);
  const [speakers, about, sources] = await Promise.all([
    store.related(ids, { type: 'SAID', direction: 'in' }),
    store.related(ids, { type: 'ABOUT', direction: 'out' }),
    store.related(ids, { type: 'SOURCED_FROM', direction: 'out' }),
  ]);
  const people = [...new Set(speakers.flat().filter((h) => h.node.label === 'Person').map((h) => h.node.id))];
  const roles = await store.related(people, { type: 'HELD_ROLE', direction: 'out' });
  const organisationsOf = new Map(people.map((id, i) => [id, [...new Map(roles[i].map((h) => [h.node.id, h.node])).values()]]));

  const out: string[] = [csvLine([...CSV_COLUMNS])];
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
    };
    const targets = about[i].length ? about[i] : [null];
    for (const target of targets) {
      out.push(
        csvLine([
          common.statement, common.speakerId, common.speaker, common.organisationIds, common.organisations,
          target?.node.id, target ? displayText(target.node) : undefined, target?.node.label, str(target?.relationship.properties.stance),
          str(statement.properties.kind), str(statement.properties.date),
          source?.node.id, source ? displayText(source.node) : undefined, str(source?.node.properties.date), str(source?.node.properties.url),
          source?.relationship.properties.start as number | undefined, source?.relationship.properties.end as number | undefined,
          str(statement.properties.text),
        ]),
      );
    }
  });
  return out.join('');
}
