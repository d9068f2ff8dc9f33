/**
 * A seed plan: everything a seed folder says, converted, validated against
 * the model and derived, before a single write. A plan with problems is
 * never written.
 */
import { createHash } from 'node:crypto';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { validateNode, validateRelationship } from '../model/validate.js';
import type { Label } from '../model/schema.js';
import { deriveRelationships } from '../derive/derive.js';
import { readSeedFolder } from './read.js';
import { SeedConverter, type SeedProblem } from './records.js';

export interface SeedPlan {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  derived: RelationshipRecord[];
  problems: SeedProblem[];
  /** sha256 over every file read: tells whether a store holds this seed. */
  contentHash: string;
  files: string[];
}

export function planSeed(dir: string): SeedPlan {
  const folder = readSeedFolder(dir);
  const converter = new SeedConverter((textFile) => folder.readText(textFile));
  for (const file of folder.files) converter.addFile(file);
  const { nodes, relationships, origins, problems } = converter.records;
  problems.unshift(...folder.problems);

  const labels = new Map<string, Label>(nodes.map((n) => [n.id, n.label]));
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
    derived: problems.length ? [] : deriveRelationships(nodes, relationships),
    problems,
    contentHash: hash.digest('hex'),
    files: folder.files.map((f) => f.file),
  };
}

export function formatProblems(problems: SeedProblem[]): string {
  return problems.map((p) => `  ${p.file} › ${p.path}${p.id ? ` (${p.id})` : ''}: ${p.message}`).join('\n');
}
