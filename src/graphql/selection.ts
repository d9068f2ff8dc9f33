/** What a selection asks of one object type: its fields, through fragments that apply to it and skipping @skip/@include'd ones, and those with resolvers as calls. */
import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** A selected field with a resolver, and the arguments it is called with. */
export interface FieldCall {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  args: Record<string, unknown>;
}

/** Each field selected on `type` under these field nodes that has a resolver; one whose arguments are bad is left to GraphQL to report. */
export function fieldCalls(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): FieldCall[] {
  const fields = type.getFields();
  const calls: FieldCall[] = [];
  for (const node of selectedFields(info, type, fieldNodes)) {
    const field = fields[node.name.value];
    if (!field?.resolve) continue;
    try {
      calls.push({ field, node, args: getArgumentValues(field, node, info.variableValues) });
    } catch {
      // GraphQL reports the same error when it resolves the field.
    }
  }
  return calls;
}

/** The fields selected directly on `type` under these field nodes: through fragments that apply to it, skipping @skip/@include'd ones. */
export function selectedFields(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!selection.name.value.startsWith('__') && !seen.has(key)) {
          seen.add(key);
          found.push(selection);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || applies(info, selection.typeCondition.name.value, type)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(info, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return found;
}

function applies(info: GraphQLResolveInfo, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
