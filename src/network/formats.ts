/**
 * A network written in the files network tools open: GEXF 1.3 (Gephi:
 * dynamic, with viz colour, size and position), GraphML, Cytoscape.js
 * elements JSON, and `{nodes, links}` JSON for D3. Every edge carries its
 * evidence ids and the evidence's words (JSON-encoded lists in XML
 * attributes), so nothing is lost on the way into another tool.
 */
import { dayBounds } from './dates.js';
import type { Network, NetworkEdge, NetworkNode, NodeMetrics } from './network.js';

/** The words behind each evidence id (a statement's text, a rating's grade). */
export type EvidenceText = Map<string, string>;

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in an XML attribute or element: the five special characters as entities, characters XML forbids dropped, line breaks kept. */
export function xmlEscape(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

const METRIC_COLUMNS: { key: keyof NodeMetrics; type: 'integer' | 'double' }[] = [
  { key: 'degree', type: 'integer' },
  { key: 'inDegree', type: 'integer' },
  { key: 'outDegree', type: 'integer' },
  { key: 'weightedDegree', type: 'double' },
  { key: 'pagerank', type: 'double' },
  { key: 'betweenness', type: 'double' },
  { key: 'community', type: 'integer' },
];

/** A colour per model label (colour-blind-safe Okabe-Ito palette, then greys). */
export const TYPE_COLOURS: Record<string, [number, number, number]> = {
  Person: [0, 114, 178],
  Organisation: [213, 94, 0],
  Council: [0, 158, 115],
  Group: [0, 90, 70],
  Report: [204, 121, 167],
  Framework: [230, 159, 0],
  Statement: [86, 180, 233],
  Claim: [240, 228, 66],
  Outcome: [153, 153, 153],
  Rating: [102, 102, 102],
  Source: [51, 51, 51],
};

function present<K extends keyof NodeMetrics>(network: Network, key: K): boolean {
  return network.nodes.some((n) => n.metrics[key] !== undefined);
}

function evidenceAttributes(edge: NetworkEdge, texts: EvidenceText): { evidence: string; quotes: string } {
  return { evidence: JSON.stringify(edge.evidence), quotes: JSON.stringify(edge.evidence.map((id) => texts.get(id) ?? '')) };
}

/** Node size from weighted degree (else degree), 4..40. */
function sizes(network: Network): Map<string, number> {
  const value = (n: NetworkNode) => Math.abs(n.metrics.weightedDegree ?? n.metrics.degree ?? 0);
  const max = Math.max(0, ...network.nodes.map(value));
  return new Map(network.nodes.map((n) => [n.id, max === 0 ? 10 : Math.round((4 + 36 * Math.sqrt(value(n) / max)) * 100) / 100]));
}

export function toGexf(network: Network, texts: EvidenceText, description = 'Chorus network'): string {
  const columns = METRIC_COLUMNS.filter((c) => present(network, c.key));
  const size = sizes(network);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>Chorus</creator><description>${xmlEscape(description)}</description></meta>`,
    `  <graph defaultedgetype="${network.directed ? 'directed' : 'undirected'}" mode="dynamic" timeformat="date" timerepresentation="interval">`,
    '    <attributes class="node" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="firstDate" title="firstDate" type="string"/>',
    '      <attribute id="lastDate" title="lastDate" type="string"/>',
    ...columns.map((c) => `      <attribute id="${c.key}" title="${c.key}" type="${c.type}"/>`),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="stance" title="stance" type="string"/>',
    '      <attribute id="firstDate" title="firstDate" type="string"/>',
    '      <attribute id="lastDate" title="lastDate" type="string"/>',
    '      <attribute id="evidence" title="evidence" type="string"/>',
    '      <attribute id="quotes" title="quotes" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  const interval = (first?: string, last?: string) => {
    const start = dayBounds(first, 'from');
    const end = dayBounds(last, 'to');
    return `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
  };
  const attvalue = (key: string, value: unknown) => (value === undefined || value === null ? '' : `<attvalue for="${key}" value="${xmlEscape(String(value))}"/>`);
  for (const n of network.nodes) {
    const [r, g, b] = TYPE_COLOURS[n.type] ?? [128, 128, 128];
    const values = [attvalue('type', n.type), attvalue('firstDate', n.firstDate), attvalue('lastDate', n.lastDate), ...columns.map((c) => attvalue(c.key, n.metrics[c.key]))].join('');
    const position = n.metrics.x !== undefined && n.metrics.y !== undefined ? `<viz:position x="${n.metrics.x}" y="${n.metrics.y}" z="0"/>` : '';
    lines.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"${interval(n.firstDate, n.lastDate)}><attvalues>${values}</attvalues><viz:color r="${r}" g="${g}" b="${b}"/><viz:size value="${size.get(n.id)}"/>${position}</node>`,
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of network.edges) {
    const { evidence, quotes } = evidenceAttributes(e, texts);
    const values = [attvalue('type', e.type), attvalue('stance', e.stance), attvalue('firstDate', e.firstDate), attvalue('lastDate', e.lastDate), attvalue('evidence', evidence), attvalue('quotes', quotes)].join('');
    lines.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" kind="${xmlEscape(e.type)}" label="${xmlEscape(e.type)}" weight="${e.weight}"${interval(e.firstDate, e.lastDate)}><attvalues>${values}</attvalues></edge>`,
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

export function toGraphml(network: Network, texts: EvidenceText): string {
  const columns = METRIC_COLUMNS.filter((c) => present(network, c.key));
  const hasLayout = present(network, 'x');
  const key = (id: string, domain: 'node' | 'edge', type: string) => `  <key id="${domain[0]}_${id}" for="${domain}" attr.name="${id}" attr.type="${type}"/>`;
  const data = (domain: 'node' | 'edge', id: string, value: unknown) => (value === undefined || value === null ? '' : `<data key="${domain[0]}_${id}">${xmlEscape(String(value))}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('label', 'node', 'string'),
    key('type', 'node', 'string'),
    key('firstDate', 'node', 'string'),
    key('lastDate', 'node', 'string'),
    ...columns.map((c) => key(c.key, 'node', c.type === 'integer' ? 'int' : 'double')),
    ...(hasLayout ? [key('x', 'node', 'double'), key('y', 'node', 'double')] : []),
    key('type', 'edge', 'string'),
    key('weight', 'edge', 'double'),
    key('stance', 'edge', 'string'),
    key('firstDate', 'edge', 'string'),
    key('lastDate', 'edge', 'string'),
    key('evidence', 'edge', 'string'),
    key('quotes', 'edge', 'string'),
    `  <graph id="chorus" edgedefault="${network.directed ? 'directed' : 'undirected'}">`,
  ];
  for (const n of network.nodes) {
    const values = [
      data('node', 'label', n.label),
      data('node', 'type', n.type),
      data('node', 'firstDate', n.firstDate),
      data('node', 'lastDate', n.lastDate),
      ...columns.map((c) => data('node', c.key, n.metrics[c.key])),
      ...(hasLayout ? [data('node', 'x', n.metrics.x), data('node', 'y', n.metrics.y)] : []),
    ].join('');
    lines.push(`    <node id="${xmlEscape(n.id)}">${values}</node>`);
  }
  for (const e of network.edges) {
    const { evidence, quotes } = evidenceAttributes(e, texts);
    const values = [
      data('edge', 'type', e.type),
      data('edge', 'weight', e.weight),
      data('edge', 'stance', e.stance),
      data('edge', 'firstDate', e.firstDate),
      data('edge', 'lastDate', e.lastDate),
      data('edge', 'evidence', evidence),
      data('edge', 'quotes', quotes),
    ].join('');
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${values}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

const nodeData = (n: NetworkNode) => ({ id: n.id, label: n.label, type: n.type, firstDate: n.firstDate ?? null, lastDate: n.lastDate ?? null, ...n.metrics });
const edgeData = (e: NetworkEdge, texts: EvidenceText) => ({
  id: e.id,
  source: e.source,
  target: e.target,
  type: e.type,
  weight: e.weight,
  stance: e.stance ?? null,
  firstDate: e.firstDate ?? null,
  lastDate: e.lastDate ?? null,
  evidence: e.evidence,
  quotes: e.evidence.map((id) => texts.get(id) ?? ''),
});

/** Cytoscape.js JSON: `cytoscape({ elements })` (or `cy.json(…)`) opens it; positions from the layout when computed. */
export function toCytoscape(network: Network, texts: EvidenceText): object {
  return {
    data: { kind: network.kind, directed: network.directed, truncated: network.truncated, ...(network.message ? { message: network.message } : {}) },
    elements: {
      nodes: network.nodes.map((n) => ({
        data: nodeData(n),
        ...(n.metrics.x !== undefined && n.metrics.y !== undefined ? { position: { x: n.metrics.x, y: n.metrics.y } } : {}),
      })),
      edges: network.edges.map((e) => ({ data: edgeData(e, texts) })),
    },
  };
}

/** D3 force-layout JSON: `{nodes, links}`, links naming node ids (d3.forceLink().id(d => d.id)). */
export function toD3(network: Network, texts: EvidenceText): object {
  return {
    kind: network.kind,
    directed: network.directed,
    truncated: network.truncated,
    ...(network.message ? { message: network.message } : {}),
    nodes: network.nodes.map(nodeData),
    links: network.edges.map((e) => edgeData(e, texts)),
  };
}
