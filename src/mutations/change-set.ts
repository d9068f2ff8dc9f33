/** What a mutation wants to do to the explicit (non-derived) graph, before it is validated and written. */
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import type { GraphStore } from '../store/port.js';
import type { MutationReads } from './footprint.js';

export interface ChangeSet {
  operation: string;
  summary: string;
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  /** Detach-deleted: their relationships are recorded in the audit trail so an undo can restore them. */
  deleteNodes: string[];
  deleteRelationships: string[];
  /** The node the mutation is about, returned to the client. */
  subject?: string;
  /** For an undo: the change it reverses. */
  undoes?: string;
  /**
   * What the change was built on, checked again when it is prepared for writing (it may have been built
   * while other changes were written): throws when that no longer holds. Reading what it depends on
   * through `reads` makes a change to it in the same group go first, and this check run again after.
   */
  precondition?: (store: GraphStore, reads: MutationReads) => Promise<void>;
}

export function emptyChangeSet(operation: string, summary: string): ChangeSet {
  return { operation, summary, nodes: [], relationships: [], deleteNodes: [], deleteRelationships: [] };
}

/** The explicit records a change touches, as JSON in the audit trail. */
export interface RecordState {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}
