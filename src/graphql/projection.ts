/**
 * What one operation asks of each label's properties: the fields selected on the label's node type
 * anywhere in it (directly, through fragments, or on an interface the type implements), as model keys.
 * Neighbour reads then read only those (port.ts `RelatedQuery.properties`), as the Neo4j GraphQL Library
 * projects only the selected fields: for a page of a report's statements with their speakers, roles and
 * sources at 1M statements, the properties no field selected were a fifth of Neo4j's CPU for the statement.
 *
 * Large properties (a source's text) are never in it: a field that needs one reads the node whole by id,
 * in one batch for all such nodes (relations.ts `largeProperty`), as before projections.
 *
 * One answer per operation, the union over all its selections of a label, not one per field: every read
 * of a label in a request then asks the same question, so reads still share DataLoaders, and the reads
 * planned ahead (read-plan.ts) are the reads they stand for. @skip and @include are not looked at: a field
 * they leave out is read anyway, never the reverse.
 */
import { getNamedType, GraphQLInterfaceType, GraphQLObjectType, isAbstractType, Kind, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { isLabel, largeProperties, type Label } from '../model/schema.js';
import { nodeRecordKeys } from '../model/storage.js';

/**
 * Properties that a field's resolver reads of its node, where the field is not named after them. A test
 * (test/graphql/projection.test.ts) runs every resolver of a node type on a recording node and fails on a
 * read that is neither the id nor listed here.
 */
export const PROPERTIES_READ_BY_RESOLVERS: Partial<Record<Label, Record<string, readonly string[]>>> = {
  Change: { nodes: ['nodeIds'], diff: ['before', 'after'] },
  Claim: { quantities: ['values', 'valueUnits', 'valueCounts', 'value', 'unit'] },
};

export class Projection {
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly byLabel: ReadonlyMap<Label, ReadonlySet<string>>) {}

  /** The properties to read of a node that may have any of these labels, in a stable order (they are part of a loader's key). */
  propertiesOf(labels: readonly Label[]): readonly string[] {
    const key = labels.join();
    let properties = this.cache.get(key);
    if (!properties) {
      const keys = new Set<string>();
      for (const label of labels) for (const property of this.byLabel.get(label) ?? []) keys.add(property);
      this.cache.set(key, (properties = [...keys].sort()));
    }
    return properties;
  }
}

const byOperation = new WeakMap<OperationDefinitionNode, Projection>();

/** The projection of an operation (with its document's fragments), worked out once per parsed operation (Apollo caches parsed documents). */
export function projectionOf(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Readonly<Record<string, FragmentDefinitionNode>>): Projection {
  let projection = byOperation.get(operation);
  if (!projection) {
    const root = schema.getRootType(operation.operation);
    const byLabel = new Map<Label, Set<string>>();
    if (root) collect(schema, fragments, root, operation.selectionSet, byLabel, new Set());
    byOperation.set(operation, (projection = new Projection(byLabel)));
  }
  return projection;
}

/** Adds to `byLabel` the model keys that the fields selected on `type` ask of each label it may be. */
function collect(
  schema: GraphQLSchema,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  byLabel: Map<Label, Set<string>>,
  visiting: Set<string>,
): void {
  const labels = (isAbstractType(type) ? schema.getPossibleTypes(type) : [type]).map((t) => t.name).filter(isLabel);
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      for (const label of labels) {
        const keys = byLabel.get(label) ?? byLabel.set(label, new Set()).get(label)!;
        if (nodeRecordKeys(label).includes(name) && !largeProperties(label).includes(name)) keys.add(name);
        for (const key of PROPERTIES_READ_BY_RESOLVERS[label]?.[name] ?? []) keys.add(key);
      }
      const field = type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType ? type.getFields()[name] : undefined;
      const below = field && getNamedType(field.type);
      if (selection.selectionSet && below && isComposite(below)) collect(schema, fragments, below, selection.selectionSet, byLabel, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      if (narrowed && isComposite(narrowed)) collect(schema, fragments, narrowed, selection.selectionSet, byLabel, visiting);
    } else {
      const fragment = fragments[selection.name.value];
      const narrowed = fragment && schema.getType(fragment.typeCondition.name.value);
      // A fragment spread twice under one type adds nothing the second time; validation has ruled out cycles.
      const visit = `${selection.name.value}@${type.name}`;
      if (narrowed && isComposite(narrowed) && !visiting.has(visit)) {
        visiting.add(visit);
        collect(schema, fragments, narrowed, fragment.selectionSet, byLabel, visiting);
      }
    }
  }
}

function isComposite(type: unknown): type is GraphQLCompositeType {
  return type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || isAbstractType(type);
}
