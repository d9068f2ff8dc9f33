/**
 * What an operation would make the server do, measured from its document alone before anything runs:
 * how deep its fields nest, how many fields it selects once its fragments are expanded, and how much it
 * would cost. (How deeply introspection nests is graphql-js's own MaxIntrospectionDepthRule, run in validation.)
 *
 * Each fragment is measured once per operation and its measures reused wherever it is spread, so the time
 * taken is linear in the document's size however the fragments fan out (`F2 { ...F1 ...F1 }` doubles what
 * F2 selects, not the time to measure it). The expanded counts are computed, never the expansion itself.
 *
 * The cost of a field is a pluggable rule (`FieldCost`): today a page of results multiplies what is under it;
 * a later rule can read other arguments (a `where`) or the field's own declared weight.
 */
import {
  GraphQLIncludeDirective, GraphQLSkipDirective, Kind, SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef,
  getArgumentValues, getDirectiveValues, getNamedType, isAbstractType, isCompositeType, isObjectType,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionNode, type SelectionSetNode,
} from 'graphql';

export interface OperationMeasures {
  /** The longest chain of nested fields, introspection fields left out. */
  depth: number;
  /** Fields selected once every fragment is expanded where it is spread (what validation and execution walk). */
  fields: number;
  /** The cost as `FieldCost` prices each field; where a selection depends on the concrete type, the dearest type. */
  cost: number;
}

/** What a cost rule is told of one field. */
export interface FieldCostInput {
  field: GraphQLField<unknown, unknown>;
  /** The field's arguments, with variables and defaults applied. */
  args: Record<string, unknown>;
  /** The type the field is selected on. */
  parentType: GraphQLCompositeType;
  /** The cost of what is selected under the field. */
  childCost: number;
}

export type FieldCost = (input: FieldCostInput) => number;

/** Thrown when an argument cannot be read with the request's variables (a client mistake, never a fault). */
export class ArgumentValueError extends Error {}

const NOTHING: OperationMeasures = { depth: 0, fields: 0, cost: 0 };

const isIntrospectionField = (name: string) => name.startsWith('__');

export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  fieldCost: FieldCost,
): OperationMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  // A fragment's measures do not depend on where it is spread: its type condition fixes the type it selects on.
  const measuredFragments = new Map<string, OperationMeasures>();
  const inProgress = new Set<string>();

  const included = (node: SelectionNode): boolean => {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  };

  const fieldDefinition = (parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (parentType === schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    return 'getFields' in parentType ? parentType.getFields()[name] : undefined;
  };

  const measureField = (node: FieldNode, parentType: GraphQLCompositeType): OperationMeasures => {
    const field = fieldDefinition(parentType, node.name.value);
    // An unknown field is reported by validation, which runs before this.
    if (!field) return NOTHING;
    const namedType = getNamedType(field.type);
    const child = node.selectionSet && isCompositeType(namedType) ? measureSelections(node.selectionSet, namedType) : NOTHING;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
    } catch (error) {
      throw new ArgumentValueError((error as Error).message);
    }
    return {
      depth: isIntrospectionField(node.name.value) ? 0 : 1 + child.depth,
      fields: 1 + child.fields,
      cost: fieldCost({ field, args, parentType, childCost: child.cost }),
    };
  };

  const measureFragment = (name: string): OperationMeasures => {
    const known = measuredFragments.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and fragment cycles are validation errors; measuring stops at them.
    if (!fragment || inProgress.has(name)) return NOTHING;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return NOTHING;
    inProgress.add(name);
    const measure = measureSelections(fragment.selectionSet, type);
    inProgress.delete(name);
    measuredFragments.set(name, measure);
    return measure;
  };

  /**
   * A selection set's measures. Depth is the most over its selections, fields the sum. Cost: what every concrete type selects is always paid;
   * a fragment on a narrower type is paid only by that type's objects, so of those, the dearest type's share counts.
   */
  const measureSelections = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType): OperationMeasures => {
    let depth = 0;
    let fields = 0;
    let sharedCost = 0;
    const costByType = new Map<string, number>();
    const add = (measure: OperationMeasures, condition: GraphQLCompositeType | undefined) => {
      depth = Math.max(depth, measure.depth);
      fields += measure.fields;
      if (!condition || condition === parentType || isObjectType(parentType)) {
        sharedCost += measure.cost;
        return;
      }
      const types = isAbstractType(condition) ? schema.getPossibleTypes(condition) : [condition];
      for (const type of types) costByType.set(type.name, (costByType.get(type.name) ?? 0) + measure.cost);
    };
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) add(measureField(selection, parentType), undefined);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (!condition || !isCompositeType(condition)) continue;
        add(measureSelections(selection.selectionSet, condition), condition);
      } else {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!condition || !isCompositeType(condition)) continue;
        add(measureFragment(selection.name.value), condition);
      }
    }
    const narrowest = costByType.size ? Math.max(...costByType.values()) : 0;
    return { depth, fields, cost: sharedCost + narrowest };
  };

  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { ...NOTHING };
  return measureSelections(operation.selectionSet, rootType);
}
