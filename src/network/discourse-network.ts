/**
 * Reads the statements a discourse network is built from, in a fixed number
 * of store round trips whatever their number: the statements (filtered by
 * target and date), then for all of them at once their speakers, targets with
 * stances and SAME_WORDS links, and the organisations they count for (SPOKE_FOR,
 * the roll-up that derived edges, filters and stance breakdowns also use).
 */
import type { NodeRecord } from '../model/records.js';
import type { Label, Stance } from '../model/schema.js';
import type { GraphStore } from '../store/port.js';
import { statementTargets } from '../store/statement-targets.js';
import { discourseNetwork, type DiscourseOptions, type DiscourseStatement, type NodeInfo } from './discourse.js';
import { displayText, NETWORK_NODE_PROPERTIES, truncationMessage } from './graph-network.js';
import type { Network } from './network.js';

export interface DiscourseSelection extends DiscourseOptions {
  /** Actors as the people who spoke, or as the organisations and councils their statements count for (SPOKE_FOR); a person who spoke for none stays themselves. */
  actors: 'person' | 'organisation';
  /** Count statements linked by SAME_WORDS once. */
  sameWordsOnce: boolean;
  /** Only statements about these nodes (and only these targets count). */
  targets?: string[];
  /** Only targets of these labels. */
  targetTypes?: Label[];
  /** Day strings: statements whose date overlaps [dateFrom, dateTo]. */
  dateFrom?: string;
  dateTo?: string;
  /** At most this many statements are read. */
  limit: number;
}

export interface DiscourseResult {
  network: Network;
  /** The statements counted, by id. */
  statements: Map<string, NodeRecord>;
}

export async function readDiscourseNetwork(store: GraphStore, selection: DiscourseSelection): Promise<DiscourseResult> {
  const page = await store.findStatements({
    filter: { targets: selection.targets, dateFrom: selection.dateFrom, dateTo: selection.dateTo },
    sort: { property: 'id', direction: 'ASC' },
    limit: selection.limit,
  });
  const ids = page.nodes.map((n) => n.id);
  const [speakers, about, sameOut, sameIn, spokeFor] = await Promise.all([
    // Of speakers, targets and organisations only what a network node shows (`remember`); of the same words, the ids.
    store.related(ids, { type: 'SAID', direction: 'in', properties: NETWORK_NODE_PROPERTIES }),
    statementTargets((query) => store.related(ids, query), { properties: NETWORK_NODE_PROPERTIES }),
    selection.sameWordsOnce ? store.related(ids, { type: 'SAME_WORDS', direction: 'out', properties: [] }) : Promise.resolve(ids.map(() => [])),
    selection.sameWordsOnce ? store.related(ids, { type: 'SAME_WORDS', direction: 'in', properties: [] }) : Promise.resolve(ids.map(() => [])),
    selection.actors === 'organisation' ? store.related(ids, { type: 'SPOKE_FOR', direction: 'out', properties: NETWORK_NODE_PROPERTIES }) : Promise.resolve(ids.map(() => [])),
  ]);

  const info = new Map<string, NodeInfo>();
  const remember = (node: NodeRecord) => {
    if (!info.has(node.id)) info.set(node.id, { type: node.label, label: displayText(node), ...(typeof node.properties.date === 'string' ? { date: node.properties.date } : {}) });
  };

  // Same words: union-find over the SAME_WORDS links among the selected statements.
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  ids.forEach((id, i) => [...sameOut[i], ...sameIn[i]].forEach((hit) => union(id, hit.node.id)));

  const targetSet = selection.targets?.length ? new Set(selection.targets) : null;
  const typeSet = selection.targetTypes?.length ? new Set<string>(selection.targetTypes) : null;
  const statements: DiscourseStatement[] = [];
  const counted = new Map<string, NodeRecord>();
  page.nodes.forEach((statement, i) => {
    const speakerNodes = speakers[i].map((h) => h.node);
    const targets = about[i]
      .filter((hit) => (!targetSet || targetSet.has(hit.node.id)) && (!typeSet || typeSet.has(hit.node.label)))
      .map((hit) => (remember(hit.node), { id: hit.node.id, stance: hit.stance }));
    if (speakerNodes.length === 0 || targets.length === 0) return;
    const bodies = spokeFor[i].map((hit) => (remember(hit.node), hit.node.id));
    const actors = bodies.length ? bodies : speakerNodes.map((speaker) => (remember(speaker), speaker.id));
    counted.set(statement.id, statement);
    statements.push({
      id: statement.id,
      ...(typeof statement.properties.date === 'string' ? { date: statement.properties.date } : {}),
      actors,
      targets,
      group: find(statement.id),
    });
  });

  const network = discourseNetwork(statements, info, selection);
  if (page.hasMore) {
    network.truncated = true;
    network.message = truncationMessage(selection.limit, 'statements');
  }
  // Projections count only the poles: the statements behind their edges are the evidence; two-mode counts every statement.
  return { network, statements: counted };
}
