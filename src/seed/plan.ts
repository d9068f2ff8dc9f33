/**
 * A seed plan: everything a seed folder says, converted, validated against
 * the model and derived, before a single write. A plan with problems is
 * never written. A folder of drafts names nodes it does not define (the
 * actors and reports already in the graph): `planSeedInto` resolves those
 * against the store the plan goes into, so only an id found in neither is
 * a problem.
 */
import { createHash } from 'node:crypto';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { validateNode, validateRelationship } from '../model/validate.js';
import type { Label } from '../model/schema.js';
import { deriveRelationships } from '../derive/derive.js';
import { readSeedFolder } from './read.js';
import { SeedConverter, type HeldBackNotice, type SeedProblem } from './records.js';
import type { GraphStore } from '../store/port.js';

export interface SeedPlan {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  derived: RelationshipRecord[];
  problems: SeedProblem[];
  /** sha256 over every file read: tells whether a store holds this seed. */
  contentHash: string;
  files: string[];
  /** Ids the folder links to but does not define, found in the store (planSeedInto); absent: none. */
  outside?: string[];
  /** Proposals kept in the files but not loaded, with what each is missing; absent: none. */
  heldBack?: HeldBackNotice[];
}

type Converted = { folder: ReturnType<typeof readSeedFolder>; records: SeedConverter['records'] };

function convert(dir: string): Converted {
  const folder = readSeedFolder(dir);
  const converter = new SeedConverter((textFile) => folder.readText(textFile));
  for (const file of folder.files) converter.addFile(file);
  return { folder, records: converter.records };
}

/** The plan of a folder on its own: every id it links to must be defined in it. */
export function planSeed(dir: string): SeedPlan {
  return plan(convert(dir), new Map());
}

/** The plan of a folder that goes into `store`: ids it links to resolve in the folder or in the store. */
export async function planSeedInto(store: GraphStore, dir: string): Promise<SeedPlan> {
  const converted = convert(dir);
  const defined = new Set(converted.records.nodes.map((n) => n.id));
  const linked = [...new Set(converted.records.relationships.flatMap((r) => [r.from, r.to]))].filter((id) => !defined.has(id));
  const found = (await store.getNodes(linked, [])).filter((n): n is NodeRecord => n !== null);
  return plan(converted, new Map(found.map((n) => [n.id, n.label])));
}

function plan({ folder, records }: Converted, outside: ReadonlyMap<string, Label>): SeedPlan {
  const { nodes, relationships, origins, problems } = records;
  problems.unshift(...folder.problems);

  const labels = new Map<string, Label>([...outside, ...nodes.map((n) => [n.id, n.label] as const)]);
  for (const node of nodes) {
    for (const p of validateNode(node)) {
      const origin = origins.get(node.id)!;
      problems.push({ ...origin, id: node.id, message: `${p.path.join('.')}: ${p.message}` });
    }
  }
  const relationshipIds = new Set<string>();
  for (const rel of relationships) {
    const origin = origins.get(rel.id) ?? { file: '?', path: '?' };
    if (relationshipIds.has(rel.id)) {
      problems.push({ ...origin, id: rel.from, message: `${rel.type} from ${rel.from} to ${rel.to} is stated twice` });
      continue;
    }
    relationshipIds.add(rel.id);
    for (const p of validateRelationship(rel, (id) => labels.get(id) ?? null)) problems.push({ ...origin, id: rel.from, message: p.message });
  }

  const hash = createHash('sha256');
  for (const file of folder.files) hash.update(file.file).update(JSON.stringify(file.data));
  for (const node of nodes) if (node.label === 'Source') hash.update(String(node.properties.contentHash));

  return {
    nodes,
    relationships,
    // Edges derived from the folder alone would miss the statements already in the store: a plan that links
    // outside itself has its edges derived again from the store once it is written (load.ts).
    derived: problems.length || outside.size ? [] : deriveRelationships(nodes, relationships),
    problems,
    contentHash: hash.digest('hex'),
    files: folder.files.map((f) => f.file),
    outside: [...outside.keys()],
    heldBack: records.heldBack,
  };
}

export function formatProblems(problems: SeedProblem[]): string {
  return problems.map((p) => `  ${p.file} › ${p.path}${p.id ? ` (${p.id})` : ''}: ${p.message}`).join('\n');
}
